"""Ingest: walk the corpus, hash, skip what is unchanged, extract in worker processes,
store each document in one transaction, record every failure and go on."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extractors import DEFAULT_READER, UnreadableDocument, sha256_of, warm_up
from extractors.files import is_utf8, os_reason, shown
from extractors.readers.limits import MAX_FILE_BYTES, MAX_MEMORY_BYTES, mb
from pipeline.ingest import workers as worker_pool
from pipeline.ingest.decks import link_decks
from pipeline.people import tables as person_tables
from pipeline.people.overrides import FILE_NAME as PEOPLE_FILE
from pipeline.review.corrections import CORRECTIONS_DIR, CorrectionsError, correct, corrections_path
from pipeline.store.writer import Store
from schemas.stored import StoredDocument

log = logging.getLogger("minutes.ingest")

SUFFIXES = {".pdf", ".pptx"}
# allocations between two collections of the youngest objects while documents are read
YOUNG_COLLECTION = 10_000
# The stage of a failure recorded because the worker reading the file died: tried again.
CRASH = "crash"


@dataclass
class Outcome:
    """A worker's answer for one file: the document as the store takes it, or the reason
    it failed."""

    file: str
    sha256: str | None  # of what was read; None when nothing was
    parsed: StoredDocument | None = None
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
    copies: int = 0  # files whose content is stored under another name (document_paths)
    still_failing: int = 0  # files in ingest_errors after the run, failed before or now
    pages: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    persons: int | None = None  # persons after re-resolution; None when it was not needed
    warnings: list[tuple[str, str]] = field(
        default_factory=list
    )  # (file, what): stale corrections, …

    possible_duplicates: list[list[str]] = field(default_factory=list)  # newest first

    def line(self) -> str:
        failing = (
            f", still failing {self.still_failing} (see ingest_errors)"
            if self.still_failing > self.failed
            else ""
        )
        copies = f", copies {self.copies}" if self.copies else ""
        return (
            f"new {self.new}, changed {self.changed}, unchanged {self.unchanged}, "
            f"removed {self.removed}, failed {self.failed}{failing}{copies}; "
            f"{self.pages} pages in {self.seconds:.1f} s"
        )


def corpus_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(relative name, path) of every PDF and PPTX under root, in sorted order.

    Hidden files and folders, Office lock files ('~$x.pptx'), symlinks that lead out
    of the corpus and the corrections folder are skipped. What is not a regular file
    (a named pipe, a symlink loop) is listed: reading it fails with a reason.
    """
    root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False):
        top = Path(folder) == root
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not (top and d == CORRECTIONS_DIR)
        )
        for name in sorted(files):
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = Path(folder) / name
            if path.is_symlink() and not _inside(path, root):
                log.warning("skipped %s: a symlink out of the corpus", shown(path))
                continue
            yield path.relative_to(root).as_posix(), path


def _inside(link: Path, root: Path) -> bool:
    """Whether a symlink leads into root (a loop or a dangling link counts as inside:
    reading it fails with its reason)."""
    try:
        return link.resolve(strict=True).is_relative_to(root)
    except (OSError, RuntimeError):
        return True


def parse_file(
    file: str,
    path: str,
    sha256: str | None,
    max_pages: int | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
) -> Outcome:
    """Extract one file (runs in a worker process). Never raises. `sha256` is the hash
    ingest took of the file, or None when it left the hashing to the reading."""
    from extractors import extract_with_warnings

    try:
        with _collector_paused():
            extraction = extract_with_warnings(path, max_pages=max_pages, reader=reader, ocr=ocr)
    except UnreadableDocument as exc:  # the hash of what was read, if it was
        return Outcome(file, exc.sha256 or sha256, stage=exc.stage, reason=exc.reason)
    except MemoryError:  # past the worker's ceiling (guard.py)
        reason = f"needs more memory than the limit of {mb(MAX_MEMORY_BYTES)}"
        return Outcome(file, sha256, stage="extract", reason=reason)
    except Exception as exc:  # an extractor bug must not stop the batch
        return Outcome(file, sha256, stage="extract", reason=f"{type(exc).__name__}: {exc}"[:200])
    source = extraction.record.source
    parsed = extraction.stored.model_copy(update={"file": file})  # where in the corpus
    return Outcome(file, source.sha256, parsed=parsed, pages=source.pages)


def ingest(
    root: Path,
    store: Store,
    workers: int | None = None,
    max_pages: int | None = None,
    progress: Callable[[Outcome], None] | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
    cluster=None,
    begin: Callable[[int], None] | None = None,
) -> Summary:
    """Bring the database up to date with the corpus under root. `begin` hears the
    number of files to read once the corpus is hashed; `progress` each file's outcome."""
    started = time.monotonic()
    summary = Summary()
    known = store.known_hashes()
    failed_before = store.failed_hashes()
    seen: set[str] = set()
    pending: list[tuple[str, Path, str | None]] = []
    first: dict[str, str] = {}  # sha256 → the file its document is stored under
    paths: dict[str, list[tuple[str, str]]] = {}  # sha256 → [(file, modified)]
    copies: set[str] = set()
    corrections: dict[str, str | None] = {}  # file → sha256 of its corrections file
    # New files that no other file can be a copy of, as none has their size: the worker
    # reading one hashes what it read (extractors.files.load), so ingest does not hash it
    # too: a new file is read and hashed once. file → (path, modified)
    hashed_when_read: dict[str, tuple[Path, str]] = {}
    files = list(corpus_files(root))
    size_of = {file: _readable_size(path) for file, path in files}
    sizes = Counter(size for size in size_of.values() if size is not None)

    def failed(file: str, sha256: str | None, stage: str, reason: str) -> None:
        store.record_error(file, sha256, stage, reason, corrections.get(file))
        summary.failed += 1
        summary.errors.append((file, reason))

    for file, path in files:
        if not is_utf8(file):
            file = shown(file)
            seen.add(file)
            failed(file, None, "read", "the file name is not UTF-8; rename the file")
            continue
        seen.add(file)
        size = size_of[file]
        new = file not in known and file not in failed_before
        alone = size is not None and size <= MAX_FILE_BYTES and sizes[size] == 1
        try:
            digest = None if new and alone else sha256_of(path)
            corrections[file] = _digest_if_exists(corrections_path(root, file))
        except UnreadableDocument as exc:
            failed(file, None, "read", exc.reason)
            continue
        except OSError as exc:
            failed(file, None, "read", os_reason(exc))
            continue
        if digest is None:  # new, and a copy of nothing: extracted
            hashed_when_read[file] = (path, _modified(path))
            pending.append((file, path, None))
            continue
        paths.setdefault(digest, []).append((file, _modified(path)))
        if digest in first:  # a copy (or symlink) of a file already seen: one document
            summary.copies += 1
            copies.add(file)
            earlier = first[digest]
            if known.get(file, (None,))[0] == digest and known.get(earlier, (None,))[0] != digest:
                # stored under this name before, not under the earlier one: keep it so
                pending = [p for p in pending if p[0] != earlier]
                copies.symmetric_difference_update({file, earlier})
                first[digest] = file
                summary.unchanged += 1
            copy = copies.intersection({file, first[digest]}).pop()
            if corrections.get(copy) is not None:
                name = corrections_path(root, copy).relative_to(root).as_posix()
                why = f"not applied: {copy} is a copy of {first[digest]}; correct that one"
                summary.warnings.append((name, why))
            continue
        first[digest] = file
        state = (digest, corrections[file])
        if known.get(file) == state or failed_before.get(file) == state:
            summary.unchanged += 1
            continue
        pending.append((file, path, digest))
    stored = set(first.values())
    removed = sorted(set(known) - seen)
    if removed:
        summary.removed = len(removed)
    # removed, or now a copy of another file (and what an older version kept, marked)
    store.mark_removed(sorted(set(known) - stored))
    summary.warnings += _orphan_corrections(root, seen)

    if begin is not None:
        begin(len(pending))
    for outcome in _run(pending, workers, max_pages, reader, ocr, cluster):
        if outcome.file in hashed_when_read:
            path, modified = hashed_when_read[outcome.file]
            if outcome.sha256 is None:  # failed before it was read: hashed here after all
                outcome.sha256 = _digest_or_none(path)
            if outcome.sha256 is not None:
                paths.setdefault(outcome.sha256, []).append((outcome.file, modified))
        if outcome.parsed is not None:
            outcome = _corrected(outcome, root, corrections.get(outcome.file), summary)
        if outcome.parsed is not None:
            store.store(outcome.parsed)
            if outcome.file in known:
                summary.changed += 1
            else:
                summary.new += 1
            summary.pages += outcome.pages
        else:
            failed(outcome.file, outcome.sha256, outcome.stage, outcome.reason)
        if progress is not None:
            progress(outcome)
    store.record_paths(paths)
    summary.possible_duplicates = store.mark_possible_duplicates()
    summary.still_failing = store.forget_errors(seen - copies)
    link_decks(store)  # recomputed only when documents changed since it last ran
    resolved = person_tables.update(store.db, root / PEOPLE_FILE)
    summary.warnings += [
        (PEOPLE_FILE, w.removeprefix(f"{PEOPLE_FILE}: ")) for w in resolved.warnings
    ]
    if resolved.resolved:
        summary.persons = resolved.persons
    summary.seconds = time.monotonic() - started
    return summary


def _modified(path: Path) -> str:
    """The file's modification time (UTC, ISO): which of two versions is newer."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat()


def _digest_if_exists(path: Path) -> str | None:
    return sha256_of(path) if path.is_file() else None


def _digest_or_none(path: Path) -> str | None:
    try:
        return sha256_of(path)
    except (UnreadableDocument, OSError):
        return None


def _readable_size(path: Path) -> int | None:
    """The size of a regular file (through a symlink) this process may read; None for
    anything else (ingest hashes it, and so reports why it cannot be read, as it goes)."""
    try:
        info = path.stat()
    except (OSError, RuntimeError):
        return None
    if not stat.S_ISREG(info.st_mode) or not os.access(path, os.R_OK):
        return None
    return info.st_size


def _corrected(outcome: Outcome, root: Path, digest: str | None, summary: Summary) -> Outcome:
    """The outcome with the file's corrections applied; a failure if they cannot be read
    (the stored version of the document is then kept as it was)."""
    if digest is None:
        return outcome
    path = corrections_path(root, outcome.file)
    name = path.relative_to(root).as_posix()
    try:
        parsed, stale = correct(outcome.parsed, path, digest, name)
    except CorrectionsError as exc:
        reason = str(exc).replace(str(path), name)
        return Outcome(outcome.file, outcome.sha256, stage="corrections", reason=reason)
    for correction in stale:
        summary.warnings.append((name, f"stale correction: {correction.describe()}"))
    return Outcome(outcome.file, outcome.sha256, parsed=parsed, pages=outcome.pages)


def _orphan_corrections(root: Path, files: set[str]) -> list[tuple[str, str]]:
    """Corrections files whose document is not in the corpus (a typo in the name), and
    corrections folders below the top, which ingest does not read."""
    folder = root / CORRECTIONS_DIR
    orphans = []
    for path in sorted(folder.rglob("*.yml")) if folder.is_dir() else []:
        document = path.relative_to(folder).as_posix().removesuffix(".yml")
        if document not in files:
            name = path.relative_to(root).as_posix()
            orphans.append((name, f"no document {document!r} in the corpus"))
    for nested in sorted({Path(f).parent for f in files if "/" in f}):
        if (root / nested / CORRECTIONS_DIR).is_dir():
            name = f"{nested.as_posix()}/{CORRECTIONS_DIR}"
            orphans.append((name, f"not read: corrections go in {CORRECTIONS_DIR}/ at the top"))
    return orphans


def _run(
    pending: list[tuple[str, Path, str | None]],
    workers: int | None,
    max_pages: int | None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
    cluster=None,
) -> Iterator[Outcome]:
    """Outcomes as they finish, read in worker processes (even for one worker: a file
    that kills its reader fails alone). A worker that dies fails only its own file, as
    a crash: the next run tries that file again. With a `cluster` (pipeline/ingest/cluster.py),
    Dask workers read them instead."""
    workers = workers or os.cpu_count() or 1
    if not pending:
        return
    if cluster is not None:
        yield from cluster.outcomes(pending, max_pages, reader, ocr)
        return
    if len(pending) > 1:  # once, before workers fork (they share it) and the heap freezes;
        warm_up(reader)  # one file loads only what it needs (a deck needs no spaCy)
    with _long_lived_frozen():
        # largest files first, so no worker is left with a long file while the others idle
        pending = sorted(pending, key=lambda p: -_size(p[1]))
        tasks = [
            (file, str(path), digest, max_pages, reader, ocr) for file, path, digest in pending
        ]
        for answer in worker_pool.run(tasks, parse_file, workers, memory=MAX_MEMORY_BYTES):
            if isinstance(answer, worker_pool.Died):
                file, _, digest, *_ = answer.task
                yield Outcome(file, digest, stage=CRASH, reason=answer.reason)
            else:
                yield answer


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Leave the objects alive now (modules, the spaCy pipeline) out of garbage collection
    while documents are extracted, here and in workers forked meanwhile: a collection
    then walks only the documents' objects (about 9 % of extraction time), and workers
    do not touch, and so copy, the memory they share with this process. A document is
    hundreds of thousands of young objects with no cycles among them: the youngest
    generation is collected every `YOUNG_COLLECTION` allocations instead of Python's 700
    (another 5 %)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while one file is extracted, one collection of what it left
    after: a document's objects hold almost no cycles (a 205-page file leaves about 1,500
    objects in cycles), so the collections in between find nothing and cost 2-3 % of
    extraction; peak memory on that file grows from 142 to 152 MB."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect(0)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
