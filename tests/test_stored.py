"""The hand-off from extraction to store (schemas/stored.py): the record, each row with
what the store needs beyond the contract inside it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractors import extract_with_warnings
from schemas.record import Record
from schemas.stored import StoredDocument

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_the_stored_document_has_every_field_of_the_record():
    assert set(Record.model_fields) <= set(StoredDocument.model_fields)


@pytest.mark.parametrize("sample", ["sample_pdf", "sample_deck"])
def test_the_stored_document_gives_back_the_record(sample, request):
    extraction = extract_with_warnings(request.getfixturevalue(sample))
    assert extraction.stored.to_record().to_json() == extraction.record.to_json()


def test_each_row_carries_its_own_extras(sample_pdf):
    stored = extract_with_warnings(sample_pdf).stored
    assert all(a.box is not None and a.page == a.box.page for a in stored.attendees)
    assert stored.agenda_items[1].text.startswith("Nästa sammanträde ska äga rum")
    assert all(sub.page is not None for sub in stored.substitutions)
    assert not any(row.corrected for row in [stored.meeting, *stored.attendees])


def test_schemas_import_nothing_of_ours_but_schemas():
    for path in SCHEMAS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                top = node.module.split(".")[0]
                assert top not in ("extractors", "pipeline", "bench"), (path.name, node.module)
