"""Datasette plugin: the researchers' pages.

- a meetings row (`/DB/meetings/ID`, where every `meeting_id` links) is a meeting page;
- a persons row (`/DB/persons/ID`, where every `person_id` links) is a person page;
- `/compare` (templates/pages/compare.html) draws attendance per meeting and per party,
  substitutions across party lines and items per month;
- `/search?q=` (templates/pages/search.html) finds people, items, decisions and slides;
- a table page folds its column descriptions away (templates/table.html).

The data comes from pipeline/publish/pages/, read in one call on Datasette's read connection;
templates/row.html draws the pages and falls back to Datasette's own row page for
every other table.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import urlsafe_components

from pipeline.publish.pages import compare, meeting, person, search
from pipeline.publish.pages.links import Links
from pipeline.publish.pages.svg import Bar, Point, bar_chart, timeline

COMPARE_PATH = "/compare"
SEARCH_PATH = "/search"


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name == "row" and table in ("meetings", "persons") and request is not None:
        return _row_page(datasette, database, table, request)
    path = request.path.rstrip("/") if request is not None else None
    if view_name == "page" and path == COMPARE_PATH:
        return _compare_page(datasette)
    if view_name == "page" and path == SEARCH_PATH:
        return _search_page(datasette, request.args.get("q") or "")
    if view_name == "table" and database and table:
        return _folded_columns(datasette, database, table)
    return {}


def _folded_columns(datasette, database: str, table: str) -> dict:
    """The column descriptions leave `metadata` (Datasette writes them as a wall above the
    rows) for templates/table.html, which folds them under the description."""
    metadata = datasette.table_metadata(database, table)
    if not metadata.get("columns"):
        return {}
    rest = {k: v for k, v in metadata.items() if k != "columns"}
    return {"metadata": rest, "minutes_columns": metadata["columns"]}


async def _row_page(datasette, database: str, table: str, request) -> dict:
    try:
        (pk,) = urlsafe_components(request.url_vars["pks"])
        key = int(pk)
    except (KeyError, ValueError):
        return {}
    links = Links(datasette, database)
    db = datasette.get_database(database)
    if table == "meetings":
        data = await db.execute_fn(lambda conn: meeting.meeting_page(conn, key))
        if data is None:
            return {}
        data["chart"] = _party_chart(data["parties"])
        return {"minutes_meeting": data, "links": links}
    data = await db.execute_fn(lambda conn: person.person_page(conn, key))
    if data is None:
        return {}
    data["counts"] = person.counts(data["meetings"])
    data["chart"] = _person_chart(data["person"]["name"], data["meetings"], links)
    return {"minutes_person": data, "links": links}


def _party_chart(parties: list[tuple[str, int, int]]):
    return bar_chart(
        "parties",
        "Attendance per party at this meeting",
        ["decision makers", "others listed"],
        [Bar(party, [serving, others]) for party, serving, others in parties],
    )


def _person_chart(name: str, rows: list[dict], links: Links):
    points = [
        Point(
            r["date"],
            kind,
            f"{r['date']} {r['body'] or ''}: {kind}",
            links.meeting(r["meeting_id"]),
        )
        for r in rows
        for kind in r["kinds"]
    ]
    return timeline("attendance", f"Meetings of {name} over time", list(person.KINDS), points)


async def _minutes_database(datasette):
    """The served database the pages outside a database (/compare, /search) read."""
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("meetings"):
            return name, db
    return None, None


async def _compare_page(datasette) -> dict:
    name, db = await _minutes_database(datasette)
    if db is None:
        return {}
    data = await db.execute_fn(compare.compare_page)
    return {"minutes_compare": _compare_charts(data, Links(datasette, name))}


async def _search_page(datasette, q: str) -> dict:
    name, db = await _minutes_database(datasette)
    if db is None:
        return {}
    data = await db.execute_fn(lambda conn: search.search_page(conn, q))
    return {"minutes_search": data, "links": Links(datasette, name)}


def _compare_charts(data: dict, links: Links) -> dict:
    per_meeting = [
        Bar(
            f"{m['date'] or '?'} {m['body'] or ''}",
            [m["decision_makers"] or 0, m["substitutes"] or 0, m["others"] or 0, m["absent"] or 0],
            links.meeting(m["id"]),
        )
        for m in data["per_meeting"]
    ]
    per_party = [
        Bar(p["party"] or "no party", [p["attended"] or 0, p["absent"] or 0], links.table(
            "attendees", party=p["party"], group="decision_maker") if p["party"] else None)
        for p in data["per_party"]
    ]  # fmt: skip
    cross = [
        Bar(
            f"{c['substitute_party']} in place of {c['replaced_party']}",
            [c["substitutions"]] if c["substitute_party"] != c["replaced_party"]
            else [0, c["substitutions"]],
            links.table("substitutions", substitute_party=c["substitute_party"],
                        replaced_party=c["replaced_party"]),
        )
        for c in data["cross_party"]
    ]  # fmt: skip
    per_month = [Bar(m["month"], [m["items"]]) for m in data["per_month"]]
    return {
        "per_meeting": bar_chart(
            "per-meeting",
            "Attendance per meeting",
            ["decision makers", "substitutes not serving", "others present", "absent"],
            per_meeting,
        ),
        "per_party": bar_chart(
            "per-party",
            "Attendance per party: seats taken by decision makers, seats left empty or replaced",
            ["attended (decision maker)", "absent or replaced"],
            per_party,
        ),
        "cross_party": bar_chart(
            "cross-party",
            "Substitutions by the parties of substitute and replaced member",
            ["across party lines", "within the party"],
            cross,
        ),
        "per_month": bar_chart("per-month", "Agenda items per month", ["items"], per_month),
        "counts": {k: len(v) for k, v in data.items()},
        "links": links,
    }
