"""Datasette plugin: links that make the published tables walkable.

- `source_url` cells link to the original file and page;
- the counts in `meeting_overview` link to the rows they count (a meeting's attendance
  is one click from the overview);
- a meeting's date and a person's name (in persons, attendees, substitutions, presenters)
  link to the meeting or person page;
- the ids in views link to the meeting or person page, labelled with the row's date or
  name as a table's foreign keys are (views have no foreign keys for Datasette to follow).
"""

from __future__ import annotations

from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from pipeline.store.schema import VIEWS

# meeting_overview column → (table, extra filters) of the rows it counts
OVERVIEW_LINKS = {
    "attendees": ("attendees", {}),
    "decision_makers": ("attendees", {"group": "decision_maker"}),
    "substitutions": ("substitutions", {}),
    "items": ("agenda_items", {}),
}

# table → the column that titles its rows: it links to the row's page (a meeting's date
# to the meeting page, a person's name to the person page)
TITLE_LINKS = {"meetings": "date", "persons": "name"}

# (table, name column) → the id column of the person it names: the name links to the
# person page (the id column itself moves to the end, plugins/table_rows.py)
NAME_LINKS = {
    ("attendees", "name"): "person_id",
    ("attendees", "replaces"): "replaces_person_id",
    ("presenters", "name"): "person_id",
    ("substitutions", "substitute"): "substitute_person_id",
    ("substitutions", "replaced"): "replaced_person_id",
}

# id column of a view → (table it points at, the row's columns that may label it)
VIEW_ID_LINKS = {
    "meeting_id": ("meetings", ("date",)),
    "person_id": ("persons", ("person", "member")),
    "substitute_person_id": ("persons", ("substitute",)),
    "replaced_person_id": ("persons", ("replaced",)),
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
    if TITLE_LINKS.get(table) == column and value and "id" in row.keys():
        url = datasette.urls.row(database, table, tilde_encode(str(row["id"])))
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    if (table, column) in NAME_LINKS and value and isinstance(value, str):
        person = row[NAME_LINKS[table, column]] if NAME_LINKS[table, column] in row.keys() else None
        if isinstance(person, dict):  # a foreign key expanded to its label
            person = person.get("value")
        if isinstance(person, int):
            url = datasette.urls.row(database, "persons", tilde_encode(str(person)))
            return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    if table in VIEWS and column in VIEW_ID_LINKS and isinstance(value, int):
        target, label_columns = VIEW_ID_LINKS[column]
        keys = row.keys()
        labels = [row[c] for c in label_columns if c in keys and row[c]]
        url = datasette.urls.row(database, target, tilde_encode(str(value)))
        return Markup(f'<a href="{escape(url)}">{escape(labels[0] if labels else value)}</a>')
    return None
