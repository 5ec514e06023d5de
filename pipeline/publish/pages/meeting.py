"""The data of a meeting page: header, attendance by group, substitutions, items with
presenters and decisions, linked decks, and attendance per party."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from pipeline.publish.pages.rows import GROUPS, dicts, group_label, json_list


def meeting_page(conn: sqlite3.Connection, meeting_id: int) -> dict | None:
    """Everything the meeting page shows, or None for no such meeting."""
    found = dicts(
        conn,
        "select m.*, d.file, d.status, d.source_url as document_url from meetings m "
        "join documents d on d.id = m.document_id where m.id = ?",
        [meeting_id],
    )
    if not found:
        return None
    attendees = dicts(
        conn,
        'select id, person_id, name, party, organisation, "group", roles, replaces, '
        "replaces_person_id, page, source_url, corrected from attendees "
        "where meeting_id = ? order by position, id",
        [meeting_id],
    )
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in attendees:
        row["roles"] = json_list(row["roles"])
        groups[row["group"] or ""].append(row)
    order = [g for g in GROUPS if g in groups] + [g for g in groups if g not in GROUPS]
    return {
        "meeting": found[0],
        "groups": [{"group": g, "label": group_label(g), "rows": groups[g]} for g in order],
        "attendee_count": len(attendees),
        "substitutions": dicts(
            conn,
            "select * from substitutions where meeting_id = ? order by id",
            [meeting_id],
        ),
        "agenda": _items(conn, meeting_id),
        "decks": dicts(
            conn,
            "select d.id as document_id, d.file, d.pages, d.format, d.source_url, x.reason "
            "from deck_meetings x join documents d on d.id = x.document_id "
            "where x.meeting_id = ? and d.status = 'current' order by d.file",
            [meeting_id],
        ),
        "parties": party_counts(attendees),
    }


def _by_item(conn: sqlite3.Connection, sql: str, meeting_id: int) -> dict[int, list[dict]]:
    """The rows of a meeting's per-item table, grouped by their item."""
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in dicts(conn, sql, [meeting_id]):
        grouped[row["item_id"]].append(row)
    return grouped


def _items(conn: sqlite3.Connection, meeting_id: int) -> list[dict]:
    items = dicts(
        conn,
        "select id, number, title, text, page, source_url from agenda_items "
        "where meeting_id = ? order by position, id",
        [meeting_id],
    )
    presenters = _by_item(
        conn,
        "select item_id, name, person_id from presenters where meeting_id = ? "
        "order by item_id, position",
        meeting_id,
    )
    decisions = _by_item(
        conn,
        "select item_id, text, source_url from decisions where meeting_id = ? "
        "order by item_id, position",
        meeting_id,
    )
    for item in items:
        item["presenters"] = presenters.get(item["id"], [])
        item["decisions"] = decisions.get(item["id"], [])
    return items


def party_counts(attendees: list[dict]) -> list[tuple[str, int, int]]:
    """(party, decision makers, others listed) of an attendance list, most decision makers
    first; people printed without a party count under "no party"."""
    serving: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for row in attendees:
        party = row["party"] or "no party"
        (serving if row["group"] == "decision_maker" else others)[party] += 1
    parties = set(serving) | set(others)
    return sorted(((p, serving[p], others[p]) for p in parties), key=lambda t: (-t[1], -t[2], t[0]))
