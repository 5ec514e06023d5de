"""Datasette plugin: links that make the published tables walkable.

- `source_url` cells link to the original file and page;
- the counts in `meeting_overview` link to the rows they count (a meeting's attendance
  is one click from the overview).
"""

from __future__ import annotations

from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

# meeting_overview column → (table, extra filters) of the rows it counts
OVERVIEW_LINKS = {
    "attendees": ("attendees", {}),
    "decision_makers": ("attendees", {"group": "decision_maker"}),
    "substitutions": ("substitutions", {}),
    "items": ("agenda_items", {}),
}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "source_url" and isinstance(value, str) and value.startswith("/corpus/"):
        label = value.rsplit("/", 1)[-1].replace("#page=", " p. ")
        return Markup(f'<a href="{escape(value)}">{escape(label)}</a>')
    if table == "meeting_overview" and column in OVERVIEW_LINKS and isinstance(value, int):
        target, filters = OVERVIEW_LINKS[column]
        query = urlencode({"meeting_id": row["meeting_id"], **filters, "_sort": "id"})
        url = datasette.urls.table(database, target) + "?" + query
        return Markup(f'<a href="{escape(url)}">{value}</a>')
    return None
