"""The pipeline run as the tests run it: the `minutes` command in a real process, one
ingest in this one, and how many documents a database holds while an ingest writes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from pipeline.ingest.run import ingest
from pipeline.store.writer import Store


def minutes(*args: str, cwd=None, timeout: float = 120, **options) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        **options,
    )


def run(corpus, db_path, workers: int = 1, **options):
    """One `ingest` of corpus into the database at db_path, as the CLI runs it."""
    store = Store(db_path)
    try:
        return ingest(corpus, store, workers=workers, **options)
    finally:
        store.close()


def stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
