"""The `minutes` command. Thin: parses options and calls the modules that do the work.

Heavy imports (pdfplumber, spaCy, Datasette) happen inside the commands that need
them, so `minutes --help` answers at once.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

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
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--json",
    is_flag=True,
    expose_value=False,
    help="Accepted, as the contract writes `extract FILE [--json]`; the record is JSON either way.",
)
@click.option("--max-pages", type=int, default=None, help="Refuse PDFs with more pages.")
@reader_option
@ocr_option
def extract(file: Path, max_pages: int | None, reader: str, ocr: str | None) -> None:
    """Parse one .pdf or .pptx and print its record as JSON (always: JSON is the only
    output, so --json changes nothing).

    Exits 2 with a one-line reason on stderr when the file cannot be read or is over
    a limit (size, memory: see the README).
    """
    from extractors import UnreadableDocument
    from extractors import extract as extract_record

    def work() -> None:
        try:
            record = extract_record(file, max_pages=max_pages, reader=reader, ocr=ocr)
        except UnreadableDocument as exc:
            fail(file, exc.reason)
        click.echo(record.to_json())

    in_bounded_child(file, work)


@cli.command()
@click.argument("directory", default=DEFAULT_CORPUS, type=click.Path(path_type=Path))
@click.option(
    "--db", "db_path", default=DEFAULT_DB, type=click.Path(path_type=Path), show_default=True
)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Default: CPU cores.")
@click.option(
    "--max-pages", type=int, default=2000, show_default=True, help="Refuse PDFs with more pages."
)
@reader_option
@ocr_option
@click.option(
    "--cluster",
    metavar="ADDRESS",
    default=None,
    help="Extract on a Dask cluster: a scheduler's tcp://host:8786, or local[:N] for N "
    "worker processes here (needs the 'cluster' extra).",
)
@click.option(
    "--ship-files",
    is_flag=True,
    help="With --cluster: send each file's bytes to the workers (no shared file system).",
)
def ingest(
    directory: Path,
    db_path: Path,
    workers: int | None,
    max_pages: int | None,
    reader: str,
    ocr: str | None,
    cluster: str | None,
    ship_files: bool,
) -> None:
    """Parse every new or changed .pdf/.pptx under DIRECTORY into the database.

    Unchanged files are skipped by content hash; a copy of a file is no document of
    its own; files that left the corpus leave every table; a file that cannot be read
    is recorded in ingest_errors and the run goes on.
    """
    from extractors.files import shown
    from pipeline.ingest.lock import ingest_lock
    from pipeline.ingest.progress import Reporter
    from pipeline.ingest.run import ingest as run_ingest
    from pipeline.store.writer import Store

    if not directory.is_dir():
        fail(directory, "not a directory")

    def waiting(pid: str) -> None:
        click.echo(f"minutes: another ingest (pid {pid}) is writing {db_path}; waiting", err=True)

    if ship_files and cluster is None:
        fail(directory, "--ship-files needs --cluster")
    try:
        with ingest_lock(db_path, on_wait=waiting), _cluster(cluster, ship_files) as dask:
            store = Store(db_path)
            try:
                with Reporter() as reporter:
                    summary = run_ingest(
                        directory,
                        store,
                        workers,
                        max_pages,
                        reporter.report,
                        reader=reader,
                        ocr=ocr,
                        cluster=dask,
                        begin=reporter.begin,
                    )
            finally:
                store.close()
    except (sqlite3.OperationalError, OSError) as exc:
        reason = cannot_write(exc)
        if reason is None:
            raise
        fail(db_path, f"cannot write: {reason}")
    for file, reason in summary.errors:
        click.echo(f"failed: {shown(file)}: {one_line(reason)}", err=True)
    for file, reason in summary.warnings:
        click.echo(f"warning: {shown(file)}: {one_line(reason)}", err=True)
    for newest, *older in summary.possible_duplicates:
        others = ", ".join(shown(f) for f in older)
        click.echo(
            f"possible duplicate: {shown(newest)} (current, the newest) and {others} "
            "(see possible_duplicates)",
            err=True,
        )
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

    from pipeline.publish.serve import port_in_use, serve_command, write_inspect

    if not db_path.is_file():
        fail(db_path, "no such database; run `minutes ingest` first")
    busy = port_in_use(host, port)
    if busy:
        click.echo(f"minutes: port {port} on {host} is in use; try --port {busy}", err=True)
        sys.exit(2)
    if immutable:
        write_inspect(db_path)
    command = serve_command(db_path, corpus, host, port, immutable)
    click.echo(f"Serving {db_path} at http://{host}:{port}/", err=True)
    os.execv(command[0], command)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the check as JSON.")
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a page showing each attendance page beside the extracted table.",
)
@click.option(
    "--corrections",
    type=click.Path(path_type=Path),
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
    from pipeline.review.check import check_data, render
    from pipeline.review.corrections import CorrectionsError, find_corrections

    if corrections is not None and not corrections.is_file():
        fail(corrections, "no such corrections file")
    if corrections is None and not no_corrections and file.exists():
        corrections = find_corrections(file, corpus)

    def work() -> None:
        try:
            extraction = extract_with_warnings(file, reader=reader, ocr=ocr)
            data = check_data(extraction, corrections)
            if html_out is not None:
                from pipeline.review.check_html import write_html

                write_html(data, extraction.document, html_out)
                click.echo(f"Wrote {html_out}", err=True)
        except UnreadableDocument as exc:
            fail(file, exc.reason)
        except CorrectionsError as exc:
            click.echo(f"minutes: {one_line(str(exc))}", err=True)
            sys.exit(2)
        if as_json:
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            render(data, Console(width=120))

    in_bounded_child(file, work)


def cannot_write(exc: BaseException) -> str | None:
    """What a person should know and do when the database cannot be written; None for
    an error that is not about writing (a bug: let it show)."""
    text = str(exc).casefold()
    errno_ = getattr(exc, "errno", None)
    if "disk is full" in text or errno_ in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        what, todo = "the disk is full", "free some space"
    elif "disk i/o error" in text or errno_ == errno.EIO:
        what, todo = "a disk I/O error (is the disk full?)", "free some space"
    elif "readonly" in text or "read-only" in text or errno_ in (errno.EROFS, errno.EACCES):
        what, todo = "the database or its folder is read-only", "make it writable"
    else:
        return None
    return f"{what}; {todo} and run ingest again (what was stored is kept)"


@contextmanager
def _cluster(address: str | None, ship_files: bool):
    """The Dask cluster of --cluster (pipeline/ingest/cluster.py), or None without it."""
    if address is None:
        yield None
        return
    try:
        from pipeline.ingest.cluster import Cluster

        cluster = Cluster(address, ship_files).__enter__()
    except ImportError as exc:
        fail(address, f"needs Dask: pip install -e '.[cluster]' ({exc})")
    except (OSError, ValueError) as exc:
        fail(address, f"cannot reach the Dask cluster: {one_line(str(exc))}")
    try:
        click.echo(f"minutes: Dask cluster {address}, dashboard {cluster.dashboard}", err=True)
        yield cluster
    finally:
        cluster.__exit__(None, None, None)


def fail(path: Path | str, reason: str) -> NoReturn:
    """One line on stderr naming the file, and exit 2."""
    click.echo(f"minutes: {shown_name(path)}: {one_line(reason)}", err=True)
    sys.exit(2)


def one_line(text: str) -> str:
    return " ".join(text.split())


def over_memory() -> str:
    from extractors.readers.limits import MAX_MEMORY_BYTES, mb

    return f"needs more memory than the limit of {mb(MAX_MEMORY_BYTES)}"


def in_bounded_child(file: Path, work: Callable[[], None]) -> NoReturn:
    """Run `work` in a child process whose memory is capped at the documented bound,
    and exit as it did. Past the cap an allocation fails: Python's own raise
    `MemoryError`, but a C library (PDFium) may abort the process, so this one waits
    and answers for it in one line. A backstop to the readers' limits."""
    import os
    import signal
    import traceback

    from extractors.readers.limits import MAX_MEMORY_BYTES
    from pipeline.ingest.guard import die_with_parent, limit_memory

    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    child = os.fork()
    if child == 0:
        code: int = 1
        try:
            die_with_parent(parent)
            limit_memory(MAX_MEMORY_BYTES)
            work()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except MemoryError:
            click.echo(f"minutes: {shown_name(file)}: {over_memory()}", err=True)
            code = 2
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    while True:
        try:
            _, status = os.waitpid(child, 0)
            break
        except (InterruptedError, KeyboardInterrupt):  # Ctrl-C reaches the child too
            continue
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        if number == signal.SIGINT:
            sys.exit(130)
        name = signal.Signals(number).name if number in signal.valid_signals() else number
        fail(file, f"{over_memory()} (the reader was stopped by {name})")
    sys.exit(os.waitstatus_to_exitcode(status))


def shown_name(path: Path | str) -> str:
    from extractors.files import shown

    return shown(path)


def main() -> None:
    cli()
