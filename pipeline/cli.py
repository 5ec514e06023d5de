"""The `minutes` command. Thin: parses options and calls the modules that do the work.

Heavy imports (pdfplumber, spaCy, Datasette) happen inside the commands that need
them, so `minutes --help` answers at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

DEFAULT_DB = "data/minutes.db"
DEFAULT_CORPUS = "corpus"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutes")
def cli() -> None:
    """Swedish meeting minutes (PDF) and slide decks (PPTX) → structured records."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, default=True, help="Print the record as JSON.")
@click.option("--max-pages", type=int, default=None, help="Refuse PDFs with more pages.")
def extract(file: Path, as_json: bool, max_pages: int | None) -> None:
    """Parse one .pdf or .pptx and print its record as JSON.

    Exits 2 with a one-line reason on stderr when the file cannot be read.
    """
    from extractors import UnreadableDocument
    from extractors import extract as extract_record

    try:
        record = extract_record(file, max_pages=max_pages)
    except UnreadableDocument as exc:
        click.echo(f"minutes: {file}: {exc.reason}", err=True)
        sys.exit(2)
    click.echo(record.to_json())


def main() -> None:
    cli()
