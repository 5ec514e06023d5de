"""Bringing a database written by an older version up to this one, when `Store` opens it.

Two kinds of change, and nothing is ever dropped:

- What adding makes: a table, column, index or full-text index written in
  store/schema.py and missing from the database is added; a view whose SQL changed is
  created again. Nothing to write here for those: schema.py is the record.
- What adding cannot make (filling a new table from old rows, dropping an index that
  no longer holds, a rename): a named step in `STEPS`. Steps run in the order listed,
  each once per database, after the additions, in one transaction with its line in
  `_migrations` (name, applied_at). Append a new step at the end; never rename or
  reorder one. A new database runs every step too (each finds nothing to do), so a step
  must be harmless where its change is already made, as it is in databases written
  before `_migrations` existed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from pipeline.store.schema import FTS, FTS_TOKENIZE, INDEXES, TABLES, UNIQUE, VIEWS, now

MIGRATIONS_TABLE = "_migrations"


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[sqlite_utils.Database], None]


def _presenters_from_agenda_items(db: sqlite_utils.Database) -> None:
    """`presenters` (one row per presenter of an item) came after `agenda_items.presenters`
    (a JSON list): a database from before gets the rows of its items."""
    (empty,) = db.execute(
        "select not exists(select 1 from presenters)"
        " and exists(select 1 from agenda_items where presenters not in ('[]', ''))"
    ).fetchone()
    if not empty:
        return
    rows = db.query("select id, meeting_id, document_id, presenters, source_file, page,"
                    " source_url from agenda_items order by id")  # fmt: skip
    db["presenters"].insert_all(
        {
            "item_id": item["id"],
            "meeting_id": item["meeting_id"],
            "document_id": item["document_id"],
            "position": k,
            "name": name,
            "person_id": None,
            "source_file": item["source_file"],
            "page": item["page"],
            "source_url": item["source_url"],
        }  # fmt: skip
        for item in rows
        for k, name in enumerate(json.loads(item["presenters"] or "[]"), start=1)
    )


def _persons_may_share_a_name(db: sqlite_utils.Database) -> None:
    """`persons` had one row per name (a unique index on name_key); two people may share
    a name now."""
    for index in db["persons"].indexes:
        if index.unique and index.columns == ["name_key"]:
            db.execute(f"drop index [{index.name}]")
            db["persons"].create_index(["name_key"], if_not_exists=True)


STEPS = [
    Step("presenters_from_agenda_items", _presenters_from_agenda_items),
    Step("persons_may_share_a_name", _persons_may_share_a_name),
]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Bring the database up to this version's schema; returns the names of the steps
    applied now (none for a database this version wrote)."""
    if not _tables_are_current(db):
        _add_tables_and_columns(db)
    _add_indexes(db)
    _replace_changed_views(db)
    if not db[MIGRATIONS_TABLE].exists():
        db[MIGRATIONS_TABLE].create({"name": str, "applied_at": str}, pk="name")
    applied = {row[0] for row in db.execute(f"select name from [{MIGRATIONS_TABLE}]")}
    done = []
    for step in STEPS:
        if step.name in applied:
            continue
        with db.atomic():
            step.run(db)
            db[MIGRATIONS_TABLE].insert({"name": step.name, "applied_at": now()})
        done.append(step.name)
    return done


def _tables_are_current(db: sqlite_utils.Database) -> bool:
    tables = {t.name: t for t in db.tables}
    return all(
        name in tables and set(spec["columns"]) <= set(tables[name].columns_dict)
        for name, spec in TABLES.items()
    )


def _add_tables_and_columns(db: sqlite_utils.Database) -> None:
    """Every table of the schema that is missing, every column missing from a table, and
    the full-text index of each table that has none."""
    with db.atomic():
        for name, spec in TABLES.items():
            table = db[name]
            if not table.exists():
                table.create(
                    spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", [])
                )
                continue
            for column, kind in spec["columns"].items():
                if column not in table.columns_dict:
                    table.add_column(column, kind)
        for table, columns in FTS.items():
            if not db[f"{table}_fts"].exists():
                db[table].enable_fts(
                    columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
                )


def _add_indexes(db: sqlite_utils.Database) -> None:
    """Every index of INDEXES (a database from before an index was added gets it)."""
    have = {(t.name, tuple(ix.columns)) for t in db.tables for ix in t.indexes}
    missing = [
        (table, columns)
        for table, column_sets in INDEXES.items()
        for columns in column_sets
        if (table, tuple(columns)) not in have
    ]
    if missing:
        with db.atomic():
            for table, columns in missing:
                db[table].create_index(
                    columns, unique=columns == UNIQUE.get(table), if_not_exists=True
                )


def _replace_changed_views(db: sqlite_utils.Database) -> None:
    """Every view as this version defines it (a view's SQL may change between versions)."""
    current = {v.name: v.schema for v in db.views}
    stale = {n: sql.strip() for n, sql in VIEWS.items() if sql.strip() not in current.get(n, "")}
    if stale:
        with db.atomic():
            for name, sql in stale.items():
                db.create_view(name, sql, replace=True)
