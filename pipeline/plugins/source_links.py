"""Datasette plugin: render `source_url` cells as links to the original file and page."""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape


@hookimpl
def render_cell(value, column):
    if column != "source_url" or not isinstance(value, str) or not value.startswith("/corpus/"):
        return None
    label = value.rsplit("/", 1)[-1].replace("#page=", " p. ")
    return Markup(f'<a href="{escape(value)}">{escape(label)}</a>')
