"""The hand-off from extraction to store (schemas/stored.py): the record, each row with
what the store needs beyond the contract inside it."""

from __future__ import annotations

import ast
from pathlib import Path

from schemas.record import Record
from schemas.stored import StoredDocument

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_the_stored_document_has_every_field_of_the_record():
    assert set(Record.model_fields) <= set(StoredDocument.model_fields)


def test_schemas_import_nothing_of_ours_but_schemas():
    for path in SCHEMAS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                top = node.module.split(".")[0]
                assert top not in ("extractors", "pipeline", "bench"), (path.name, node.module)
