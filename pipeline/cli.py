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

# the names in extractors.READERS (not imported here: `minutes --help` stays fast)
reader_option = click.option(
    "--reader",
    type=click.Choice(["pdfium", "pdfplumber"]),
    default="pdfium",
    show_default=True,
    help="PDF reader: PDFium (fast) or pdfplumber (the reference).",
)
# the modes in extractors.readers.hybrid.OCR_MODES; None: auto where Tesseract is installed
ocr_option = click.option(
    "--ocr",
    type=click.Choice(["never", "auto", "always"]),
    default=None,
    help="OCR pages without a usable text layer (scans, damaged text): never, auto "
    "(the default where Tesseract is installed) or always (every page).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minutes")
def cli() -> None:
    """Swedish meeting minutes (PDF) and slide decks (PPTX) → structured records."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, default=True, help="Print the record as JSON.")
@click.option("--max-pages", type=int, default=None, help="Refuse PDFs with more pages.")
@reader_option
@ocr_option
def extract(file: Path, as_json: bool, max_pages: int | None, reader: str, ocr: str | None) -> None:
    """Parse one .pdf or .pptx and print its record as JSON.

    Exits 2 with a one-line reason on stderr when the file cannot be read.
    """
    from extractors import UnreadableDocument
    from extractors import extract as extract_record

    try:
        record = extract_record(file, max_pages=max_pages, reader=reader, ocr=ocr)
    except UnreadableDocument as exc:
        click.echo(f"minutes: {file}: {exc.reason}", err=True)
        sys.exit(2)
    click.echo(record.to_json())


@cli.command()
@click.argument(
    "directory", default=DEFAULT_CORPUS, type=click.Path(file_okay=False, path_type=Path)
)
@click.option(
    "--db", "db_path", default=DEFAULT_DB, type=click.Path(path_type=Path), show_default=True
)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Default: CPU cores.")
@click.option(
    "--max-pages", type=int, default=2000, show_default=True, help="Refuse PDFs with more pages."
)
@reader_option
@ocr_option
def ingest(
    directory: Path,
    db_path: Path,
    workers: int | None,
    max_pages: int | None,
    reader: str,
    ocr: str | None,
) -> None:
    """Parse every new or changed .pdf/.pptx under DIRECTORY into the database.

    Unchanged files are skipped by content hash; files that left the corpus are
    marked removed; a file that cannot be read is recorded in ingest_errors and the
    run goes on.
    """
    from pipeline.ingest import ingest as run_ingest
    from pipeline.lock import ingest_lock
    from pipeline.progress import Reporter
    from pipeline.store import Store

    if not directory.is_dir():
        raise click.UsageError(f"{directory} is not a directory")

    def waiting(pid: str) -> None:
        click.echo(f"minutes: another ingest (pid {pid}) is writing {db_path}; waiting", err=True)

    with ingest_lock(db_path, on_wait=waiting):
        store = Store(db_path)
        try:
            with Reporter() as reporter:
                summary = run_ingest(
                    directory, store, workers, max_pages, reporter.report, reader=reader, ocr=ocr
                )
        finally:
            store.close()
    for file, reason in summary.errors:
        click.echo(f"failed: {file}: {reason}", err=True)
    for file, reason in summary.warnings:
        click.echo(f"warning: {file}: {reason}", err=True)
    click.echo(f"{db_path}: {summary.line()}")


@cli.command()
@click.option(
    "--db", "db_path", default=DEFAULT_DB, type=click.Path(path_type=Path), show_default=True
)
@click.option(
    "--corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=Path), show_default=True
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option(
    "--immutable",
    is_flag=True,
    help="For a finished database: counts precomputed once (datasette inspect), HTTP caching.",
)
def serve(db_path: Path, corpus: Path, host: str, port: int, immutable: bool) -> None:
    """Publish the database read-only through Datasette."""
    import os

    from pipeline.publish import serve_command, write_inspect

    if not db_path.exists():
        raise click.UsageError(f"{db_path} does not exist; run `minutes ingest` first")
    if immutable:
        write_inspect(db_path)
    command = serve_command(db_path, corpus, host, port, immutable)
    click.echo(f"Serving {db_path} at http://{host}:{port}/", err=True)
    os.execv(command[0], command)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the check as JSON.")
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a page showing each attendance page beside the extracted table.",
)
@click.option(
    "--corrections",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Corrections file to apply. Default: corrections/<FILE>.yml in the corpus, if any.",
)
@reader_option
@ocr_option
@click.option("--no-corrections", is_flag=True, help="Show the extractor's output as it is.")
@click.option(
    "--corpus",
    default=DEFAULT_CORPUS,
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="The corpus FILE belongs to (where corrections/ is).",
)
def check(
    file: Path,
    as_json: bool,
    html_out: Path | None,
    corrections: Path | None,
    no_corrections: bool,
    corpus: Path,
    reader: str,
    ocr: str | None,
) -> None:
    """Show what was extracted from FILE, attendance first, grouped as in the minutes."""
    import json

    from rich.console import Console

    from extractors import UnreadableDocument, extract_with_warnings
    from pipeline.check import check_data, render
    from pipeline.corrections import CorrectionsError, find_corrections

    if corrections is None and not no_corrections and file.exists():
        corrections = find_corrections(file, corpus)
    try:
        extraction = extract_with_warnings(file, reader=reader, ocr=ocr)
        data = check_data(extraction, corrections)
    except UnreadableDocument as exc:
        click.echo(f"minutes: {file}: {exc.reason}", err=True)
        sys.exit(2)
    except CorrectionsError as exc:
        click.echo(f"minutes: {exc}", err=True)
        sys.exit(2)
    if html_out is not None:
        from pipeline.check_html import write_html

        write_html(data, extraction.document, html_out)
        click.echo(f"Wrote {html_out}", err=True)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        render(data, Console(width=120))


def main() -> None:
    cli()
