"""Datasette plugin: the rows of a table page written by one Python loop.

Datasette's `_table.html` writes each cell through its (async) template loop: on a page of
50 attendees, 800 cells, that loop was about a third of the page's time. `minutes_rows`
writes the same cells (`<td class="col-COLUMN type-TYPE">VALUE</td>`, escaped as the
template escapes them) and `templates/_table.html` calls it instead.

`minutes_reading_order` puts the columns a researcher reads first (name, party,
organisation, group, roles, the meeting, the source link) first and the bookkeeping
ones (position, name_key, the file name again, …) last, on table and row pages.
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import to_css_class
from markupsafe import Markup, escape


def minutes_rows(rows) -> Markup:
    """The <tr> of each row of `display_rows`, as Datasette's `_table.html` writes them."""
    opening: dict[tuple[str, str], str] = {}  # (column, value type) → '<td class="…">'
    out = []
    for row in rows:
        out.append("<tr>")
        for cell in row:
            key = (cell["column"], cell["value_type"])
            td = opening.get(key)
            if td is None:
                css, kind = escape(to_css_class(key[0])), escape(key[1])
                td = opening[key] = f'<td class="col-{css} type-{kind}">'
            out.append(td)
            out.append(escape(cell["value"]))
            out.append("</td>")
        out.append("</tr>\n")
    return Markup("".join(out))


# table → the columns read first, in this order (after the primary key, which links the row)
READ_FIRST = {
    "attendees": ["name", "party", "organisation", "group", "roles", "replaces", "meeting_id",
                  "source_url"],
    "substitutions": ["substitute", "substitute_party", "replaced", "replaced_party",
                      "organisation", "meeting_id", "source_url"],
    "agenda_items": ["number", "title", "presenters", "meeting_id", "text", "source_url"],
    "decisions": ["text", "item_id", "meeting_id", "source_url"],
    "presenters": ["name", "item_id", "meeting_id", "source_url"],
    "meetings": ["date", "body", "organisation", "start_time", "end_time", "location",
                 "source_url"],
    "persons": ["name", "parties", "organisations", "first_date", "last_date", "meetings"],
    "person_names": ["person_id", "name", "method", "rule"],
    "memberships": ["person_id", "body", "body_organisation", "party", "organisation", "group",
                    "role", "first_date", "last_date", "meetings"],
    "slides": ["number", "title", "text", "source_url"],
}  # fmt: skip
# bookkeeping columns, last on every table
# (a person id shows the name its row names already, and that name links to the person)
READ_LAST = [
    "position", "name_key", "source_file", "page", "document_id", "corrected", "person_id",
    "replaces_person_id", "substitute_person_id", "replaced_person_id",
]  # fmt: skip


def reading_order(table: str | None, columns: list[dict], rows: list) -> dict:
    """The table's columns and the rows' cells in reading order: the primary key (the
    row's link) first, then READ_FIRST, the others as they come, READ_LAST at the end."""
    names = [c["name"] for c in columns]
    first = [n for n in READ_FIRST.get(table or "", []) if n in names]
    last = [n for n in READ_LAST if n in names and n not in first]
    keys = [c["name"] for c in columns if c.get("is_pk") or c["name"] in ("Link", "rowid")]
    keys = [n for n in keys if n not in first]
    middle = [n for n in names if n not in first and n not in last and n not in keys]
    order = keys + first + middle + last
    if order == names:
        return {"columns": columns, "rows": rows}
    index = [names.index(n) for n in order]
    return {
        "columns": [columns[i] for i in index],
        "rows": [[cells[i] for i in index] for cells in map(list, rows)],
    }


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["minutes_rows"] = minutes_rows
    env.globals["minutes_reading_order"] = reading_order
