"""Ingest: walk the corpus, hash, skip what is unchanged, extract in worker processes,
store each document in one transaction, record every failure and go on."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from extractors import sha256_of
from pipeline.store import Parsed, Store

log = logging.getLogger("minutes.ingest")

SUFFIXES = {".pdf", ".pptx"}


@dataclass
class Outcome:
    """A worker's answer for one file: a parsed document, or the reason it failed."""

    file: str
    sha256: str
    parsed: Parsed | None = None
    stage: str | None = None
    reason: str | None = None
    pages: int = 0


@dataclass
class Summary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"new {self.new}, changed {self.changed}, unchanged {self.unchanged}, "
            f"removed {self.removed}, failed {self.failed}; {self.pages} pages in "
            f"{self.seconds:.1f} s"
        )


def corpus_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(relative name, path) of every PDF and PPTX under root, in sorted order.

    Hidden files and folders, Office lock files ('~$x.pptx') and symlinks that lead
    out of the corpus are skipped.
    """
    root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = Path(folder) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                log.warning("skipped %s: a symlink out of the corpus", path)
                continue
            yield path.relative_to(root).as_posix(), path


def parse_file(
    file: str, path: str, sha256: str, max_pages: int | None = None, reader: str = "pdfium"
) -> Outcome:
    """Extract one file (runs in a worker process). Never raises."""
    from extractors import UnreadableDocument, extract_with_warnings

    try:
        extraction = extract_with_warnings(path, max_pages=max_pages, reader=reader)
    except UnreadableDocument as exc:
        return Outcome(file, sha256, stage=exc.stage, reason=exc.reason)
    except Exception as exc:  # an extractor bug must not stop the batch
        return Outcome(file, sha256, stage="extract", reason=f"{type(exc).__name__}: {exc}"[:200])
    record = extraction.record
    parsed = Parsed(
        file=file,
        record=record.model_dump(mode="json"),
        item_texts=extraction.item_texts,
        attendee_pages=extraction.attendee_pages,
        slide_notes=[page.notes for page in extraction.document.pages],
    )
    return Outcome(file, record.source.sha256, parsed=parsed, pages=record.source.pages)


def ingest(
    root: Path,
    store: Store,
    workers: int | None = None,
    max_pages: int | None = None,
    progress: Callable[[Outcome], None] | None = None,
    reader: str = "pdfium",
) -> Summary:
    """Bring the database up to date with the corpus under root."""
    started = time.monotonic()
    summary = Summary()
    known = store.known_hashes()
    failed_before = store.failed_hashes()
    seen: set[str] = set()
    pending: list[tuple[str, Path, str]] = []
    for file, path in corpus_files(root):
        seen.add(file)
        try:
            digest = sha256_of(path)
        except OSError as exc:
            store.record_error(file, None, "read", f"cannot read ({exc.strerror})")
            summary.failed += 1
            summary.errors.append((file, f"cannot read ({exc.strerror})"))
            continue
        if known.get(file) == digest or failed_before.get(file) == digest:
            summary.unchanged += 1
            continue
        pending.append((file, path, digest))
    removed = sorted(set(known) - seen)
    if removed:
        store.mark_removed(removed)
        summary.removed = len(removed)

    for outcome in _run(pending, workers, max_pages, reader):
        if outcome.parsed is not None:
            store.store(outcome.parsed)
            if outcome.file in known:
                summary.changed += 1
            else:
                summary.new += 1
            summary.pages += outcome.pages
        else:
            store.record_error(outcome.file, outcome.sha256, outcome.stage, outcome.reason)
            summary.failed += 1
            summary.errors.append((outcome.file, outcome.reason))
        if progress is not None:
            progress(outcome)
    summary.seconds = time.monotonic() - started
    return summary


def _run(
    pending: list[tuple[str, Path, str]],
    workers: int | None,
    max_pages: int | None,
    reader: str = "pdfium",
) -> Iterator[Outcome]:
    """Outcomes as they finish: in this process for one worker, else in a process pool."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(pending) <= 1:
        for file, path, digest in pending:
            yield parse_file(file, str(path), digest, max_pages, reader)
        return
    # largest files first, so no worker is left with a long file while the others idle
    pending = sorted(pending, key=lambda p: -_size(p[1]))
    with ProcessPoolExecutor(max_workers=min(workers, len(pending))) as pool:
        futures = {
            pool.submit(parse_file, file, str(path), digest, max_pages, reader): (file, digest)
            for file, path, digest in pending
        }
        for future in as_completed(futures):
            file, digest = futures[future]
            try:
                yield future.result()
            except BrokenProcessPool:
                yield Outcome(file, digest, stage="extract", reason="the worker process died")
            except Exception as exc:
                yield Outcome(file, digest, stage="extract", reason=f"{type(exc).__name__}: {exc}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
