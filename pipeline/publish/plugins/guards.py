"""Datasette plugin: what the published server refuses.

- `/corpus/` serves the documents that were ingested (current PDF/PPTX, not hidden)
  and nothing else of the folder (`.git/`, `corrections/*.yml`, stray files);
- every connection has bounded strings and blobs (`SQLITE_LIMIT_LENGTH`: no query
  builds a 400 MB value), a query's result is bounded in bytes (so is the response
  made of it), and SQLite's heap is capped for the whole process;
- `fts3_tokenizer()` (it answers a memory address) answers NULL;
- arbitrary SQL (`?sql=`, `_where=`) runs at most one query per client at a time and
  two in all, so one of Datasette's three SQL threads is always free for everyone
  else: past that, 429 at once (a client looping slow queries cannot starve others);
- an error is answered 4xx/5xx with one line in the log, never a traceback with
  local variables.
"""

from __future__ import annotations

import logging
import mimetypes
import sqlite3
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, unquote
from weakref import WeakKeyDictionary

import datasette.handle_exception as default_handler
from datasette import Response, hookimpl
from datasette.plugins import pm
from datasette.utils.asgi import Base400, asgi_send_file, asgi_send_html, asgi_send_json
from datasette.views.base import DatasetteError

log = logging.getLogger("minutes.serve")

CORPUS_MOUNT = "corpus"
SUFFIXES = (".pdf", ".pptx")
# The longest string or blob a query may build (the longest stored text is well under).
MAX_VALUE_BYTES = 8 << 20
# Arbitrary SQL queries running at once: per client (by address), and in all (Datasette
# runs SQL in 3 threads: one stays free for table pages and canned queries).
MAX_QUERIES_PER_CLIENT = 1
MAX_QUERIES = 2
# The bytes of the values one query returns (at most 1,000 rows: max_returned_rows).
MAX_RESULT_BYTES = 64 << 20
# SQLite's own memory in the server process, all connections together.
SOFT_HEAP_BYTES = 128 << 20
HARD_HEAP_BYTES = 256 << 20


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"PRAGMA soft_heap_limit={SOFT_HEAP_BYTES}")
    conn.execute(f"PRAGMA hard_heap_limit={HARD_HEAP_BYTES}")
    for arguments in (1, 2):
        conn.create_function("fts3_tokenizer", arguments, _no_tokenizer)
    conn.row_factory = _counted_row


_SPENT: WeakKeyDictionary = WeakKeyDictionary()  # cursor → bytes of the rows it returned


def _counted_row(cursor: sqlite3.Cursor, row: tuple) -> sqlite3.Row:
    """Datasette's sqlite3.Row, counting the bytes of each query's result as it is
    fetched: past MAX_RESULT_BYTES the query fails (400), before it fills the memory."""
    size = sum(len(v) if isinstance(v, str | bytes) else 8 for v in row)
    spent = _SPENT.get(cursor, 0) + size
    if spent > MAX_RESULT_BYTES:
        raise sqlite3.DataError(f"result over the limit of {MAX_RESULT_BYTES >> 20} MB")
    _SPENT[cursor] = spent
    return sqlite3.Row(cursor, row)


def _no_tokenizer(*_) -> None:
    """fts3_tokenizer() answers NULL here: no address of the server's memory."""
    return None


@hookimpl
def asgi_wrapper(datasette):
    # one count per server, however many times its ASGI app is built
    running = _RUNNING.setdefault(datasette, Counter())

    def wrap(app):
        async def admitted(scope, receive, send):
            if scope["type"] != "http" or not _runs_sql(scope):
                return await app(scope, receive, send)
            client = (scope.get("client") or ("?", 0))[0]
            if running[client] >= MAX_QUERIES_PER_CLIENT or running.total() >= MAX_QUERIES:
                log.warning("%s %s -> 429 (too many SQL queries at once)", client, scope["path"])
                info = {"ok": False, "error": "Too many SQL queries at once; try again",
                        "status": 429}  # fmt: skip
                return await asgi_send_json(send, info, 429, headers={"retry-after": "1"})
            running[client] += 1
            try:
                return await app(scope, receive, send)
            finally:
                running[client] -= 1
                if not running[client]:
                    del running[client]

        return admitted

    return wrap


_RUNNING: WeakKeyDictionary = WeakKeyDictionary()  # datasette → queries running, by client


def _runs_sql(scope) -> bool:
    """Whether a request runs SQL of the client's own (not a table page or canned query)."""
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return "sql" in query or "_where" in query


@hookimpl
def register_routes(datasette):
    if any(name == CORPUS_MOUNT for name, _ in datasette.static_mounts):
        return [(rf"^/{CORPUS_MOUNT}/(?P<path>.*)$", corpus_file)]
    return []


async def corpus_file(request, send, datasette):
    """A document of the corpus, if it was ingested and is current; 404 otherwise."""
    root = Path(dict(datasette.static_mounts)[CORPUS_MOUNT]).resolve()
    file = unquote(request.url_vars["path"])
    parts = file.split("/")
    if not file.lower().endswith(SUFFIXES) or any(p.startswith(".") or not p for p in parts):
        return await _not_a_document(send)
    target = (root / file).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        return await _not_a_document(send)
    for name in datasette.databases:
        database = datasette.get_database(name)
        if name.startswith("_") or "documents" not in await database.table_names():
            continue
        rows = await database.execute(
            "select 1 from documents where file = ? and status = 'current'", [file]
        )
        if rows.first():
            content_type = mimetypes.guess_type(file)[0] or "application/octet-stream"
            await asgi_send_file(send, target, content_type=content_type, chunk_size=1 << 16)
            return
    await _not_a_document(send)


async def _not_a_document(send) -> None:
    """404 at once (a NotFound would go through Datasette's redirects for '%' in paths)."""
    await asgi_send_html(send, "404: not a document of the corpus", 404)


# Datasette's own handler prints every error (a 404 too) as a traceback with local
# variables, and fails on some (a POST to an unknown path answers 500): this one
# replaces it.
if pm.is_registered(default_handler):
    pm.unregister(default_handler)


@hookimpl
def handle_exception(datasette, request, exception):
    """One line in the log and an error page or JSON; a bad request is a 400."""

    async def inner():
        status = getattr(exception, "status", None)
        if isinstance(exception, Base400):
            message = exception.args[0] if exception.args else "error"
        elif isinstance(exception, DatasetteError):  # a bad parameter ('_sort=nope')
            status = status if status and status < 500 else 400
            message = exception.message
        elif status and 400 <= status < 500:
            message = getattr(exception, "message", None) or str(exception)
        elif isinstance(exception, sqlite3.Error):  # a query SQLite refused
            status, message = 400, str(exception)
        else:
            status = status or 500
            message = "internal error"
        line = " ".join(f"{type(exception).__name__}: {exception}".split())[:300]
        log.warning("%s %s -> %s (%s)", request.method, request.path, status, line)
        info = {"ok": False, "error": message, "status": status, "title": None}
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        page = await template.render_async(
            dict(
                info,
                urls=datasette.urls,
                app_css_hash=datasette.app_css_hash(),
                menu_links=lambda: [],
            )
        )
        return Response.html(page, status=status)

    return inner
