"""Reading helpers shared by the page modules."""

from __future__ import annotations

import json
import sqlite3


def dicts(conn: sqlite3.Connection, sql: str, params: list | tuple = ()) -> list[dict]:
    """The rows of a query as dicts (the connection's row factory is left alone)."""
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def json_list(text: str | None) -> list[str]:
    """A JSON list column (roles, presenters) as a list; anything else as no entries."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


# The groups of an attendance list, in the order minutes print them.
GROUPS = {
    "decision_maker": "Decision makers (beslutande)",
    "substitute_not_serving": "Substitutes not serving (ersättare)",
    "other_present": "Others present (övriga närvarande)",
    "absent": "Absent (frånvarande)",
}


def group_label(group: str | None) -> str:
    return GROUPS.get(group or "", group or "No group")
