"""The templates are written against one Datasette: templates/_table.html is a copy of its
_table.html (with the rows written by plugins/table_rows.py), and table.html and row.html
fill blocks of its own. Another version must be a decision: these fail until the copy is
made again from it and the pin moved."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import datasette

from pipeline.publish.serve import DATASETTE_VERSION, TEMPLATES

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def test_the_installed_datasette_is_the_one_the_templates_were_copied_from():
    assert version("datasette") == DATASETTE_VERSION


def test_pyproject_pins_that_version_and_the_template_names_it():
    dependencies = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]
    assert f"datasette=={DATASETTE_VERSION}" in dependencies
    header = (TEMPLATES / "_table.html").read_text("utf-8").splitlines()[0]
    assert f"Datasette {DATASETTE_VERSION}'s _table.html" in header


def test_the_copy_is_datasettes_template_but_for_the_rows_and_their_order():
    theirs = (Path(datasette.__file__).parent / "templates" / "_table.html").read_text("utf-8")
    ours = (TEMPLATES / "_table.html").read_text("utf-8")
    ours = re.sub(r"\A\{#-.*?-#\}\n", "", ours, flags=re.S)  # the note on the copy
    ordering = (
        "{% set ordered = minutes_reading_order(table, display_columns, display_rows) %}\n"
        "{% set display_columns, display_rows = ordered.columns, ordered.rows %}\n"
    )
    assert ours.startswith(ordering)
    # their loop over the rows, to its own endfor (at its indentation)
    rows = re.search(r"\n( *)\{% for row in display_rows %\}.*?\n\1\{% endfor %\}\n", theirs, re.S)
    assert rows is not None
    expected = theirs.replace(
        rows.group(0), f"\n{rows.group(1)}{{{{ display_rows|minutes_rows }}}}\n"
    )
    assert ours.removeprefix(ordering) == expected
