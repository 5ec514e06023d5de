#!/usr/bin/env python3
"""Ingest on Dask against the local pool, and the single writer's ceiling (issue 21).

    python bench/scale_out.py OUT_DIR [--workers 2] [--copies 10]

On OUT_DIR/corpus (bench/make_corpus.py; `make bench` runs it from bench/run.py):
(a) ingest with the local pool of N workers, and with `--cluster local:N`, best of
`--rounds` each, alternating (the cluster's start-up apart: a scheduler and N worker
processes, paid once a run), pages/s each;
(b) Dask's overhead per file: a task that does nothing, through the same submit /
as_completed path, pipelined (per file of throughput) and one at a time (round trip);
(c) the writer's ceiling: the real ingest, fed records extracted beforehand (the corpus
`--copies` times over, under other names), records/s and pages/s it stores, and so the
number of workers it keeps busy.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _fresh(db: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def _ingest(corpus: Path, db: Path, **options):
    from pipeline.ingest.run import ingest
    from pipeline.store.writer import Store

    store = Store(_fresh(db))
    try:
        started = time.perf_counter()
        summary = ingest(corpus, store, **options)
        return summary, time.perf_counter() - started
    finally:
        store.close()


def pdf_pages(paths: list[Path]) -> int:
    """The pages of PDF files (bench/run.py counts with it too)."""
    import pypdfium2

    total = 0
    for path in paths:
        document = pypdfium2.PdfDocument(path)
        total += len(document)
        document.close()
    return total


def noop(file, source, sha256, *args):
    """A task that reads nothing: what Dask costs a file."""
    from pipeline.ingest.run import Outcome

    return Outcome(file, sha256, stage="noop", reason="")


class Replay:
    """Stands in for a cluster: yields outcomes extracted before, and times the writer
    (from the first outcome handed over until the last one is stored)."""

    def __init__(self, outcomes) -> None:
        self.given = outcomes
        self.seconds = 0.0

    def outcomes(self, pending, max_pages, reader=None, ocr=None):
        started = time.perf_counter()
        yield from self.given
        self.seconds = time.perf_counter() - started


def pre_extracted(corpus: Path, copies: int, workers: int) -> list:
    """Every file's outcome, `copies` times, each copy under its own name and hash."""
    from extractors import sha256_of
    from pipeline.ingest.run import _run, corpus_files

    pending = [(file, path, sha256_of(path)) for file, path in corpus_files(corpus)]
    extracted = [o for o in _run(pending, workers, 2000) if o.parsed is not None]
    outcomes = []
    for k in range(copies):
        for outcome in extracted:
            clone = copy.deepcopy(outcome)
            clone.file = clone.parsed.file = f"copy{k:03d}/{outcome.file}"
            digest = hashlib.sha256(f"{k}:{outcome.sha256}".encode()).hexdigest()
            clone.sha256 = clone.parsed.source.sha256 = digest
            outcomes.append(clone)
    return outcomes


def bench_cluster(
    corpus: Path, out: Path, workers: int = 2, copies: int = 10, rounds: int = 2
) -> None:
    try:
        from distributed import as_completed
    except ImportError:
        print("\ningest on Dask: not measured (no Dask; pip install -e '.[cluster]')")
        return

    from pipeline.ingest.cluster import Cluster

    files = sorted(p for p in corpus.iterdir() if p.suffix in (".pdf", ".pptx"))
    pages = pdf_pages([p for p in files if p.suffix == ".pdf"])

    local_s = dask_s = start_s = float("inf")
    for _ in range(rounds):  # best of each, alternating (a shared machine's speed wanders)
        local, seconds = _ingest(corpus, out / "local_pool.db", workers=workers)
        local_s = min(local_s, seconds)
        started = time.perf_counter()
        with Cluster(f"local:{workers}") as cluster:
            start_s = min(start_s, time.perf_counter() - started)
            dask, seconds = _ingest(corpus, out / "dask.db", cluster=cluster)
            dask_s = min(dask_s, seconds)
            assert dask.line().split(";")[0] == local.line().split(";")[0], (dask, local)
    with Cluster(f"local:{workers}") as cluster:
        # (b) a task that does nothing, as many as files, through the same path
        pending = [(p.name, p, "0" * 64) for p in files]
        list(cluster.outcomes(pending[:4], 2000, job=noop))  # the workers warmed up
        started = time.perf_counter()
        list(cluster.outcomes(pending, 2000, job=noop))
        pipelined = (time.perf_counter() - started) / len(files)
        client = cluster.client
        started = time.perf_counter()
        for p in files[:20]:
            future = client.submit(noop, p.name, str(p), "0" * 64, pure=False)
            next(iter(as_completed([future]))).result()
        round_trip = (time.perf_counter() - started) / min(len(files), 20)
        dashboard = cluster.dashboard

    print(
        f"\ningest on Dask ({len(files)} files, {pages} PDF pages; decks in the time; "
        f"best of {rounds}, alternating)"
    )
    print(f"{'':<36} {'s':>7} {'pages/s':>8}")
    print(f"{f'local pool, {workers} workers':<36} {local_s:7.2f} {pages / local_s:8.1f}")
    print(f"{f'--cluster local:{workers}':<36} {dask_s:7.2f} {pages / dask_s:8.1f}")
    print(f"  + the cluster's start-up: {start_s:.2f} s once a run (dashboard {dashboard})")
    print(
        f"Dask's overhead per file: {(dask_s - local_s) / len(files) * 1000:+.1f} ms over the "
        f"local pool; a task that does nothing: {pipelined * 1000:.1f} ms a file pipelined, "
        f"{round_trip * 1000:.1f} ms a round trip"
    )

    # (c) the writer alone
    given = pre_extracted(corpus, copies, workers)
    replay = Replay(given)
    summary, whole_s = _ingest(corpus, out / "writer.db", cluster=replay)
    assert summary.new == len(given), summary.line()
    stored_pages = sum(o.pages for o in given)
    per_worker = pages / local_s / workers  # pages/s a worker of the local pool, whole run
    print(
        f"\nthe single writer, extraction free: {len(given)} records ({stored_pages} pages, "
        f"slides included) stored in {replay.seconds:.2f} s: "
        f"{len(given) / replay.seconds:.0f} records/s, "
        f"{stored_pages / replay.seconds:.0f} pages/s (whole run with the persons pass "
        f"{whole_s:.2f} s: {stored_pages / whole_s:.0f} pages/s)"
    )
    print(
        f"  one worker extracts {per_worker:.0f} pages/s here: the writer keeps about "
        f"{stored_pages / replay.seconds / per_worker:.0f} workers busy (text-layer PDFs; "
        f"OCR at a few pages/s a core needs hundreds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "bench" / "out")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    out = args.out.resolve()
    if not (out / "corpus").is_dir():
        parser.error(f"{out / 'corpus'} does not exist; run bench/make_corpus.py {out}")
    bench_cluster(out / "corpus", out, args.workers, args.copies, args.rounds)


if __name__ == "__main__":
    main()
