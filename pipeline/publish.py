"""Publishing through Datasette: read-only, with metadata, facets, canned queries,
full-text search and a static mount of the corpus for source links."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yml"
PLUGINS = HERE / "plugins"

# Settings for a published archive: no facet suggestions (they scan big tables),
# bounded SQL and facet time, bounded result size.
SETTINGS = {
    "sql_time_limit_ms": 1000,
    "facet_time_limit_ms": 300,
    "max_returned_rows": 1000,
    "suggest_facets": False,
    "allow_download": False,
    "default_cache_ttl": 60,
}


def metadata(database_name: str) -> dict:
    """metadata.yml, with its database section renamed to the served file's name."""
    data = yaml.safe_load(METADATA.read_text("utf-8"))
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
        settings=SETTINGS,
    )


def serve_command(db: Path, corpus: Path, host: str, port: int, immutable: bool) -> list[str]:
    """The `datasette serve` command line for the database."""
    import tempfile

    meta = Path(tempfile.mkdtemp(prefix="minutes-")) / "metadata.yml"
    meta.write_text(yaml.safe_dump(metadata(db.stem), allow_unicode=True), "utf-8")
    command = [sys.executable, "-m", "datasette", "serve"]
    command += ["-i", str(db)] if immutable else [str(db)]
    command += ["--metadata", str(meta), "--plugins-dir", str(PLUGINS)]
    command += ["--static", f"corpus:{corpus.resolve()}", "--host", host, "--port", str(port)]
    for name, value in SETTINGS.items():
        text = ("on" if value else "off") if isinstance(value, bool) else str(value)
        command += ["--setting", name, text]
    return command
