"""Datasette plugin: JSON list columns (an attendee's `roles`, an item's `presenters`)
shown as the list they are, "ordförande, sekreterare", not as JSON. JSON and CSV keep
the JSON text."""

from __future__ import annotations

import json

from datasette import hookimpl
from markupsafe import escape

LIST_COLUMNS = {"roles", "presenters"}


@hookimpl
def render_cell(value, column):
    if column not in LIST_COLUMNS or not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return None
    return escape(", ".join(items)) if items else escape("–")
