"""A database written by an older version opens, is brought up to this version's schema
(pipeline/store/migrations.py) and keeps its rows; each named step runs once and is
recorded in `_migrations`."""

from __future__ import annotations

import sqlite_utils

from pipeline.ingest.run import ingest
from pipeline.store.migrations import MIGRATIONS_TABLE, STEPS, migrate
from pipeline.store.schema import FTS, TABLES, VIEWS
from pipeline.store.writer import Store

# what a database of schema_version 1 lacked: decks' structure, OCR, copies and removed
# files, persons and presenters (with the columns each table has gained since)
LATER_TABLES = [
    "deck_list_items", "deck_lists", "figures", "timeline", "deck_meetings", "deck_dates",
    "document_paths", "removed_documents", "derived_state", "person_names", "memberships",
    "presenters", "person_resolution", "corrections",
]  # fmt: skip
LATER_COLUMNS = {
    "documents": ["ocr", "ocr_confidence", "generation", "corrections_sha256"],
    "attendees": ["ocr_confidence", "corrected"],
    "ingest_errors": ["corrections_sha256", "schema_version"],
}
KEPT = ["documents", "meetings", "attendees", "substitutions", "agenda_items", "decisions",
        "slides", "ingest_errors"]  # fmt: skip


def ingested(corpus, path) -> None:
    store = Store(path)
    ingest(corpus, store, workers=1)
    store.close()


def counts(path, tables) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    return {table: db[table].count for table in tables}


def schema(path) -> dict:
    """Tables with their columns and types, indexes, views and triggers, as sets (an
    added column comes last, where a new database has it in its place)."""
    db = sqlite_utils.Database(path)
    return {
        "tables": {t.name: {(c.name, c.type) for c in t.columns} for t in db.tables},
        "indexes": {(t.name, tuple(i.columns), i.unique) for t in db.tables for i in t.indexes},
        "views": {v.name: " ".join(v.schema.split()) for v in db.views},
        "triggers": {t.name for t in db.triggers},
    }


def test_a_new_database_records_every_step(tmp_path):
    Store(tmp_path / "new.db").close()
    db = sqlite_utils.Database(tmp_path / "new.db")
    assert [r["name"] for r in db[MIGRATIONS_TABLE].rows] == [s.name for s in STEPS]  # in order
    assert migrate(db) == []  # and runs none again
    assert len({step.name for step in STEPS}) == len(STEPS)


def test_a_database_of_the_version_before_migrations_were_recorded_keeps_every_row(corpus, db_path):
    ingested(corpus, db_path)
    everything = [t for t in TABLES if t != "derived_state"]
    before = counts(db_path, everything)
    db = sqlite_utils.Database(db_path)
    db[MIGRATIONS_TABLE].drop()  # what that version wrote: the same tables, no record
    db.close()
    store = Store(db_path)
    assert ingest(corpus, store, workers=1).unchanged == sum(1 for _ in corpus.rglob("*.p*"))
    store.close()
    assert counts(db_path, everything) == before
    db = sqlite_utils.Database(db_path)
    assert {r["name"] for r in db[MIGRATIONS_TABLE].rows} == {s.name for s in STEPS}


def test_an_older_database_gets_the_schema_of_a_new_one_and_keeps_its_rows(corpus, tmp_path):
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    ingested(corpus, old)
    Store(new).close()
    db = sqlite_utils.Database(old)
    presenters = db["presenters"].count
    for view in db.view_names():
        db[view].drop()
    for table in LATER_TABLES:
        if table in FTS:
            db[f"{table}_fts"].drop()
        db[table].drop()
    for table, columns in LATER_COLUMNS.items():
        for index in db[table].indexes:
            if set(index.columns) & set(columns):
                db.execute(f"drop index [{index.name}]")
        db[table].transform(drop=set(columns))
    db[MIGRATIONS_TABLE].drop()
    db["persons"].drop()
    db["persons"].create({"id": int, "name_key": str, "name": str}, pk="id")
    db["persons"].create_index(["name_key"], unique=True)
    db.close()
    kept = counts(old, KEPT)
    assert presenters > 0 and kept["attendees"] > 0 and kept["slides"] > 0

    store = Store(old)
    assert set(store.db.view_names()) == set(VIEWS)
    assert store.db["presenters"].count == presenters  # filled from agenda_items
    ingest(corpus, store, workers=1)
    store.close()
    assert schema(old) == schema(new)
    assert counts(old, KEPT) == kept
    db = sqlite_utils.Database(old)
    assert db["persons"].count > 0 and db["deck_meetings"].count > 0
    assert db.execute("pragma foreign_key_check").fetchall() == []
