"""The data of a person page: spellings, parties, organisations, memberships over time,
and every current meeting the person attended, substituted in, was replaced at or
presented an item in."""

from __future__ import annotations

import sqlite3

from pipeline.publish.pages.rows import dicts, group_label, json_list

# What a person did at a meeting, in the order the page's timeline draws the lanes.
KINDS = {
    "attended": "attended",  # decision maker, or present
    "substituted": "substituted",  # served in place of a member
    "replaced": "replaced",  # absent, a substitute served in their place
    "absent": "absent",  # listed as absent, nobody in their place
    "presented": "presented",  # presented an item
}

_CURRENT = "join documents d on d.id = x.document_id where d.status = 'current'"


def person_page(conn: sqlite3.Connection, person_id: int) -> dict | None:
    """Everything the person page shows, or None for no such person."""
    found = dicts(conn, "select * from persons where id = ?", [person_id])
    if not found:
        return None
    return {
        "person": found[0],
        "spellings": dicts(
            conn,
            "select name, method, rule, score, matched_name, evidence, mentions "
            "from person_names where person_id = ? order by mentions desc, name",
            [person_id],
        ),
        "memberships": dicts(
            conn,
            'select body, body_organisation, organisation, party, "group", role, first_date, '
            "last_date, meetings from memberships where person_id = ? "
            "order by first_date, last_date, body",
            [person_id],
        ),
        "meetings": meetings(conn, person_id),
    }


def meetings(conn: sqlite3.Connection, person_id: int) -> list[dict]:
    """One row per current meeting of the person, newest last: the kinds of what they did
    there, and the details (group, roles, party, whom they replaced or were replaced by,
    the items presented), each with its source page."""
    by_meeting: dict[int, dict] = {}

    def row_of(meeting_id: int) -> dict:
        if meeting_id not in by_meeting:
            by_meeting[meeting_id] = {
                "meeting_id": meeting_id, "kinds": [], "group": None, "group_label": None,
                "party": None, "organisation": None, "roles": [], "name_as_printed": None,
                "replaces": [], "replaced_by": [], "presented": [], "source_url": None,
                "source_file": None, "page": None,
            }  # fmt: skip
        return by_meeting[meeting_id]

    def add_kind(row: dict, kind: str) -> None:
        if kind not in row["kinds"]:
            row["kinds"].append(kind)

    for a in dicts(
        conn,
        'select x.meeting_id, x.name, x."group", x.party, x.organisation, x.roles, '
        "x.replaces, x.replaces_person_id, x.source_url, x.source_file, x.page "
        f"from attendees x {_CURRENT} "
        "and x.person_id = ? and x.meeting_id is not null",
        [person_id],
    ):
        row = row_of(a["meeting_id"])
        row.update(
            group=a["group"], group_label=group_label(a["group"]), party=a["party"],
            organisation=a["organisation"], roles=json_list(a["roles"]),
            name_as_printed=a["name"], source_url=a["source_url"],
            source_file=a["source_file"], page=a["page"],
        )  # fmt: skip
        add_kind(row, "absent" if a["group"] == "absent" else "attended")
        if a["replaces"]:
            add_kind(row, "substituted")
            row["replaces"].append({"name": a["replaces"], "person_id": a["replaces_person_id"]})
    for s in dicts(
        conn,
        "select x.meeting_id, x.substitute, x.substitute_person_id, x.replaced, "
        "x.replaced_person_id, x.replaced_party, x.substitute_party, x.source_url, "
        "x.source_file, x.page "
        f"from substitutions x {_CURRENT} "
        "and (x.substitute_person_id = ? or x.replaced_person_id = ?)",
        [person_id, person_id],
    ):
        row = row_of(s["meeting_id"])
        _source(row, s)
        if s["substitute_person_id"] == person_id:
            add_kind(row, "substituted")
            if s["replaced"] not in [r["name"] for r in row["replaces"]]:
                row["replaces"].append(
                    {"name": s["replaced"], "person_id": s["replaced_person_id"]}
                )
        if s["replaced_person_id"] == person_id:
            add_kind(row, "replaced")
            row["party"] = row["party"] or s["replaced_party"]
            row["replaced_by"].append(
                {"name": s["substitute"], "person_id": s["substitute_person_id"]}
            )
    for p in dicts(
        conn,
        "select x.meeting_id, i.id as item_id, i.number, i.title, i.source_url, "
        "i.source_file, i.page "
        f"from presenters x join agenda_items i on i.id = x.item_id {_CURRENT} "
        "and x.person_id = ? and x.meeting_id is not null order by i.position",
        [person_id],
    ):
        row = row_of(p["meeting_id"])
        add_kind(row, "presented")
        row["presented"].append(p)
        _source(row, p)
    if not by_meeting:
        return []
    marks = ",".join("?" * len(by_meeting))
    for m in dicts(
        conn,
        f"select id, body, organisation, date, source_url from meetings where id in ({marks})",
        list(by_meeting),
    ):
        by_meeting[m["id"]].update(
            body=m["body"], body_organisation=m["organisation"], date=m["date"],
            meeting_url=m["source_url"],
        )  # fmt: skip
    rows = [r for r in by_meeting.values() if "date" in r]
    return sorted(rows, key=lambda r: (r["date"] or "", r["meeting_id"]))


def _source(row: dict, other: dict) -> None:
    """The first source page found for a meeting is the one the row links to."""
    if row["source_url"] is None:
        row.update(
            source_url=other["source_url"], source_file=other["source_file"], page=other["page"]
        )


def counts(rows: list[dict]) -> dict[str, int]:
    """Meetings per kind (a meeting where the person substituted counts as attended too)."""
    return {kind: sum(kind in r["kinds"] for r in rows) for kind in KINDS}
