"""The data of the search page: one query over people, agenda items, decisions and slides
of the current documents, with the hit marked in a snippet of each result."""

from __future__ import annotations

import re
import sqlite3

from markupsafe import Markup, escape

from extractors.swedish.names import name_key
from pipeline.publish.pages.rows import dicts

LIMIT = 50  # results per kind
START, END = "\x02", "\x03"  # snippet() marks the hit with these; marked() turns them into <mark>

_SNIPPET = "snippet({fts}, -1, char(2), char(3), '…', 16)"

QUERIES = {
    "items": f"""
select i.id, i.number, i.title, i.meeting_id, m.date, m.body, d.file, i.source_url, i.page,
  {_SNIPPET.format(fts="agenda_items_fts")} as snippet
from agenda_items_fts f
join agenda_items i on i.id = f.rowid
join documents d on d.id = i.document_id
left join meetings m on m.id = i.meeting_id
where agenda_items_fts match :q and d.status = 'current'
order by rank limit {LIMIT}""",
    "decisions": f"""
select x.id, i.id as item_id, i.number, i.title, x.meeting_id, m.date, m.body, d.file,
  x.source_url, x.page, {_SNIPPET.format(fts="decisions_fts")} as snippet
from decisions_fts f
join decisions x on x.id = f.rowid
join agenda_items i on i.id = x.item_id
join documents d on d.id = x.document_id
left join meetings m on m.id = x.meeting_id
where decisions_fts match :q and d.status = 'current'
order by rank limit {LIMIT}""",
    "slides": f"""
select s.id, s.number, s.title, s.document_id, d.file, s.source_url, s.page,
  (select m.id from deck_meetings k join meetings m on m.id = k.meeting_id
     where k.document_id = s.document_id order by m.date limit 1) as meeting_id,
  (select m.date from deck_meetings k join meetings m on m.id = k.meeting_id
     where k.document_id = s.document_id order by m.date limit 1) as date,
  (select m.body from deck_meetings k join meetings m on m.id = k.meeting_id
     where k.document_id = s.document_id order by m.date limit 1) as body,
  {_SNIPPET.format(fts="slides_fts")} as snippet
from slides_fts f
join slides s on s.id = f.rowid
join documents d on d.id = s.document_id
where slides_fts match :q and d.status = 'current'
order by rank limit {LIMIT}""",
}


def marked(snippet: str | None) -> Markup:
    """A snippet, escaped, with the hits between <mark> tags."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(START, "<mark>").replace(END, "</mark>"))


def fts_query(q: str) -> str:
    """Each word of q as a quoted term, a trailing * kept: what a search box means, and
    never an FTS5 syntax error (the canned queries take FTS5 syntax as it is)."""
    terms = []
    for word in re.findall(r"[\w-]+\*?", q):
        star = word.endswith("*")
        terms.append('"' + word.rstrip("*").replace('"', "") + '"' + ("*" if star else ""))
    return " ".join(terms)


def search_page(conn: sqlite3.Connection, q: str) -> dict:
    q = q.strip()
    result: dict = {"q": q, "people": [], "items": [], "decisions": [], "slides": []}
    if not q:
        return result
    key = name_key(q)
    result["people"] = dicts(
        conn,
        "select p.id, p.name, p.parties, p.organisations, p.first_date, p.last_date, "
        "p.meetings, group_concat(n.name, ', ') as spellings from persons p "
        "join person_names n on n.person_id = p.id "
        "where p.id in (select person_id from person_names "
        "  where name like '%' || :q || '%' or name_key like '%' || :key || '%') "
        f"group by p.id order by p.meetings desc, p.name limit {LIMIT}",
        {"q": q, "key": key},
    )
    match = fts_query(q)
    if match:
        for kind, sql in QUERIES.items():
            rows = dicts(conn, sql, {"q": match})
            for row in rows:
                row["snippet"] = marked(row["snippet"])
            result[kind] = rows
    return result
