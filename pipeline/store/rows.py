"""Rows into a table, many a statement, as sqlite-utils' `insert_all` inserts them but
without its conversion of each value in Python: the writer stores every row of every
document this way (a quarter of its CPU, which the workers share their cores with)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

ROWS_A_STATEMENT = 100


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[dict]) -> None:
    """Insert rows (dicts; a key a row lacks is NULL, as in sqlite-utils) into an existing
    table. Values are what SQLite takes, but for lists and dicts: stored as JSON."""
    rows = list(rows)
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    names = ", ".join(f"[{column}]" for column in columns)
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    for at in range(0, len(rows), ROWS_A_STATEMENT):
        chunk = rows[at : at + ROWS_A_STATEMENT]
        values = [_sqlite_value(row.get(column)) for row in chunk for column in columns]
        marks = ", ".join([row_marks] * len(chunk))
        conn.execute(f"insert into [{table}] ({names}) values {marks}", values)


def _sqlite_value(value):
    """A list or dict as the JSON sqlite-utils stores; anything else as it is."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return value
