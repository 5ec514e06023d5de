"""Rows into a table, many a statement, as sqlite-utils' `insert_all` inserts them but
without its conversion of each value in Python: the writer stores every row of every
document this way (a quarter of its CPU, which the workers share their cores with)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlite_utils.db import jsonify_if_needed

# rows a statement, and variables a statement: as sqlite-utils batches them
ROWS_A_STATEMENT = 100
MAX_VARIABLES = 999


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[dict]) -> None:
    """Insert rows (dicts; a key a row lacks is NULL, as in sqlite-utils) into an existing
    table. Values are what SQLite takes, but for lists and dicts: stored as JSON."""
    rows = list(rows)
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    names = ", ".join(f"[{column}]" for column in columns)
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    batch = max(1, min(ROWS_A_STATEMENT, MAX_VARIABLES // len(columns)))
    for at in range(0, len(rows), batch):
        chunk = rows[at : at + batch]
        values = [_sqlite_value(row.get(column)) for row in chunk for column in columns]
        marks = ", ".join([row_marks] * len(chunk))
        conn.execute(f"insert into [{table}] ({names}) values {marks}", values)


def _sqlite_value(value):
    """What sqlite-utils would store for value: a str, number or None as it is; a list
    or dict as JSON, a date as ISO text and so on by sqlite-utils' own conversion."""
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    return jsonify_if_needed(value)
