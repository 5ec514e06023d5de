"""The person resolution rules have no version to bump by hand: their version is a digest
of their source and of the project modules they import (pipeline/people/tables.py), and a
new one resolves persons again at the next ingest."""

from __future__ import annotations

from pipeline.ingest.run import ingest
from pipeline.people import tables
from pipeline.store.writer import Store


def test_the_version_covers_the_rules_and_what_they_import():
    modules = tables._imported_modules("pipeline.people.rules")
    assert {"pipeline.people.rules", "extractors.swedish.names"} <= set(modules)
    assert all(name.split(".")[0] in tables.PROJECT for name in modules)
    assert len(tables.rules_version()) == 16


def test_changed_rules_resolve_persons_again(corpus, db_path, monkeypatch):
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    assert ingest(corpus, store, workers=1).persons is None  # nothing changed: not resolved
    monkeypatch.setattr(tables, "rules_version", lambda: "a rule changed")
    assert ingest(corpus, store, workers=1).persons > 0
    assert ingest(corpus, store, workers=1).persons is None
    store.close()
