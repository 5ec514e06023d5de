"""A published archive stays fast: every facet and foreign-key column is indexed, and an
immutable database is served with its counts precomputed."""

from __future__ import annotations

import json

import sqlite_utils
import yaml

from pipeline.publish.serve import METADATA, serve_command, write_inspect
from pipeline.store.writer import Store


def indexed_columns(db: sqlite_utils.Database, table: str) -> set[str]:
    """Columns that lead some index of table (what a facet or a join can use)."""
    leading = set()
    for index in db.execute(f"pragma index_list([{table}])").fetchall():
        columns = db.execute(f"pragma index_info([{index[1]}])").fetchall()
        if columns:
            leading.add(columns[0][2])
    return leading


def test_every_facet_and_foreign_key_column_has_an_index(tmp_path):
    Store(tmp_path / "db.sqlite").close()
    db = sqlite_utils.Database(tmp_path / "db.sqlite")
    tables = yaml.safe_load(METADATA.read_text("utf-8"))["databases"]["minutes"]["tables"]
    wanted = {
        (name, column)
        for name, spec in tables.items()
        if name in db.table_names()  # views cannot be indexed
        for column in spec.get("facets", [])
    }
    wanted |= {(t, fk.column) for t in db.table_names() for fk in db[t].foreign_keys}
    assert len(wanted) > 20
    missing = sorted((t, c) for t, c in wanted if c not in indexed_columns(db, t))
    assert missing == []


def test_a_page_filtered_on_an_indexed_column_reads_its_rows_without_sorting(tmp_path):
    """Datasette pages a filtered table in id order (`where c = ? order by id limit 51`).
    An index led by c alone hands the rows over in that order; one on (c, other) makes
    SQLite sort every matching row first (one party's 14,000 attendees on each page)."""
    Store(tmp_path / "db.sqlite").close()
    db = sqlite_utils.Database(tmp_path / "db.sqlite")
    checked, sorting = 0, []
    for table in db.table_names():
        if "id" not in db[table].columns_dict or table.endswith(("_fts", "_data", "_idx")):
            continue
        for column in indexed_columns(db, table):
            sql = f"select * from [{table}] where [{column}] = ? order by id limit 51"
            plan = " ".join(row[3] for row in db.execute("explain query plan " + sql, ["x"]))
            checked += 1
            if "TEMP B-TREE" in plan:
                sorting.append((table, column, plan))
    assert checked > 40
    assert sorting == []


def test_an_older_database_gets_the_new_indexes(tmp_path):
    Store(tmp_path / "db.sqlite").close()
    db = sqlite_utils.Database(tmp_path / "db.sqlite")
    db.execute("drop index idx_attendees_party_organisation")
    db.execute("drop index idx_attendees_party")
    assert "party" not in indexed_columns(db, "attendees")
    db.close()
    Store(tmp_path / "db.sqlite").close()
    indexes = {row[1] for row in sqlite_utils.Database(tmp_path / "db.sqlite").execute(
        "pragma index_list(attendees)")}  # fmt: skip
    assert {"idx_attendees_party", "idx_attendees_party_organisation"} <= indexes


def test_an_immutable_database_is_served_with_precomputed_counts(tmp_path, sample_pdf):
    from pipeline.ingest.run import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / sample_pdf.name).write_bytes(sample_pdf.read_bytes())
    db_path = tmp_path / "minutes.db"
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    sqlite_utils.Database(db_path).execute("pragma wal_checkpoint(truncate)")
    inspect = write_inspect(db_path)
    counts = json.loads(inspect.read_text())["minutes"]["tables"]
    attendees = sqlite_utils.Database(db_path)["attendees"].count
    assert attendees > 5 and counts["attendees"]["count"] == attendees
    command = serve_command(db_path, corpus, "127.0.0.1", 8001, immutable=True)
    assert command[command.index("-i") + 1] == str(db_path)
    assert command[command.index("--inspect-file") + 1] == str(inspect)
    assert "--inspect-file" not in serve_command(db_path, corpus, "127.0.0.1", 8001, False)
    settings = dict(
        zip(
            command[command.index("--setting") + 1 :: 3],
            command[command.index("--setting") + 2 :: 3],
            strict=False,
        )
    )
    assert settings["suggest_facets"] == "off" and int(settings["facet_time_limit_ms"]) <= 500


async def test_the_party_organisation_facet_is_counted_from_an_index(corpus, db_path, monkeypatch):
    """The SQL Datasette itself runs for one party's attendance by organisation reads an
    index only: no lookup of every row of the party in the table."""
    from datasette.database import Database

    from pipeline.ingest.run import ingest
    from pipeline.publish.serve import datasette

    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    ran = []
    execute = Database.execute

    async def recording(self, sql, params=None, *args, **kwargs):
        ran.append((sql, params))
        return await execute(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", recording)
    ds = datasette(db_path, corpus)
    await ds.invoke_startup()
    response = await ds.client.get("/minutes/attendees.json?party=S&_facet=organisation")
    assert response.status_code == 200
    assert response.json()["facet_results"]["organisation"]["results"]
    facet = [(sql, params) for sql, params in ran if "group by organisation" in sql]
    assert len(facet) == 1
    sql, params = facet[0]
    db = sqlite_utils.Database(db_path)
    plan = " ".join(row[3] for row in db.execute("explain query plan " + sql, params).fetchall())
    assert "USING COVERING INDEX idx_attendees_party_organisation (party=?" in plan, plan


async def test_an_immutable_database_is_read_memory_mapped(tmp_path):
    from datasette.app import Datasette

    from pipeline.publish.serve import PLUGINS

    Store(tmp_path / "minutes.db").close()
    Store(tmp_path / "draft.db").close()
    ds = Datasette(
        files=[str(tmp_path / "draft.db")],
        immutables=[str(tmp_path / "minutes.db")],
        plugins_dir=str(PLUGINS),
    )
    await ds.invoke_startup()

    async def mmap_size(name: str) -> int:
        db = ds.get_database(name)
        return await db.execute_fn(lambda conn: conn.execute("pragma mmap_size").fetchone()[0])

    assert await mmap_size("minutes") >= 1 << 28
    assert await mmap_size("draft") == 0  # may be rewritten while served: read as before
    response = await ds.client.get("/minutes/attendees.json")
    assert response.status_code == 200
