"""Publishing through Datasette: read-only, with metadata, facets, canned queries,
full-text search and a static mount of the corpus for source links."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

import yaml

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yml"
PLUGINS = HERE / "plugins"
TEMPLATES = HERE / "templates"  # _table.html: rows written by plugins/table_rows.py
# The Datasette the templates are written against: templates/_table.html is a copy of its
# _table.html, table.html and row.html extend its own. Pinned in pyproject.toml; a test
# fails when another version is installed (tests/test_datasette_version.py).
DATASETTE_VERSION = "0.65.5"

# Settings for a published archive: no facet suggestions (they scan big tables),
# bounded SQL and facet time, bounded result size, 50 rows a page (rendering the cells
# is most of an HTML table page; `_size=` asks for more, up to max_returned_rows).
# num_sql_threads stays at Datasette's 3: without the pool (0) table pages answer 1.5–3×
# as fast on 2 cores, but one query at the 1 s limit stalls every other request (README,
# Performance).
SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 300,
    "max_returned_rows": 1000,
    "suggest_facets": False,
    "allow_download": False,
    "default_cache_ttl": 60,
}


def metadata(database_name: str) -> dict:
    """metadata.yml, with its database section (and the links to it) renamed to the served
    file's name."""
    text = METADATA.read_text("utf-8")
    if database_name != "minutes":  # the links of the descriptions too
        text = text.replace('href="/minutes/', f'href="/{quote(database_name)}/')
    data = yaml.safe_load(text)
    databases = data.get("databases", {})
    if "minutes" in databases and database_name != "minutes":
        databases[database_name] = databases.pop("minutes")
    return data


def datasette(db: Path, corpus: Path):
    """A Datasette instance configured as `minutes serve` runs it (used by the tests)."""
    from datasette.app import Datasette

    return Datasette(
        files=[str(db)],
        metadata=metadata(db.stem),
        static_mounts=[("corpus", str(corpus.resolve()))],
        plugins_dir=str(PLUGINS),
        template_dir=str(TEMPLATES),
        settings=SETTINGS,
    )


def inspect_file(db: Path) -> Path:
    """Where the precomputed counts of a finished database live: beside it."""
    return db.with_name(db.name + ".inspect.json")


def write_inspect(db: Path) -> Path:
    """Count every table once (`datasette inspect`), for serving the database immutable.

    Datasette then shows these counts instead of counting big tables on every page.
    Rewritten when the database is newer than the file.
    """
    import subprocess

    target = inspect_file(db)
    if not target.exists() or target.stat().st_mtime < db.stat().st_mtime:
        command = [sys.executable, "-m", "datasette", "inspect", str(db)]
        subprocess.run(command + ["--inspect-file", str(target)], check=True)
    return target


def _metadata_file(db: Path) -> Path:
    """The served metadata, in one file per content in the temporary folder: every run
    with the same metadata uses the same file, so none is left behind per run."""
    import hashlib
    import os
    import tempfile

    text = yaml.safe_dump(metadata(db.stem), allow_unicode=True)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"minutes-metadata-{digest}.yml"
    if not target.is_file() or target.read_text("utf-8") != text:
        partial = target.with_name(f"{target.name}.{os.getpid()}")
        partial.write_text(text, "utf-8")
        partial.replace(target)  # whole, even with two serves starting at once
    return target


def serve_command(db: Path, corpus: Path, host: str, port: int, immutable: bool) -> list[str]:
    """The `datasette serve` command line for the database.

    Immutable: the database is opened with `-i` and its counts come from the inspect
    file (`write_inspect`), when there is one.
    """
    meta = _metadata_file(db)
    command = [sys.executable, "-m", "datasette", "serve"]
    command += ["-i", str(db)] if immutable else [str(db)]
    if immutable and inspect_file(db).exists():
        command += ["--inspect-file", str(inspect_file(db))]
    command += ["--metadata", str(meta), "--plugins-dir", str(PLUGINS)]
    command += ["--template-dir", str(TEMPLATES)]
    command += ["--static", f"corpus:{corpus.resolve()}", "--host", host, "--port", str(port)]
    for name, value in SETTINGS.items():
        text = ("on" if value else "off") if isinstance(value, bool) else str(value)
        command += ["--setting", name, text]
    return command


def port_in_use(host: str, port: int) -> int | None:
    """None when Datasette can listen on host:port; else a free port to suggest (the next
    one that is free, or 0 when none of the next 50 is)."""
    import errno
    import socket

    def free(number: int) -> bool:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, number))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    return False
                return True  # another problem (a host not to be had): Datasette says it
            return True

    if free(port):
        return None
    return next((n for n in range(port + 1, min(port + 51, 65536)) if free(n)), 0)
