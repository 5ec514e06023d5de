#!/usr/bin/env python3
"""The performance benchmark (`make bench`): every figure from this one run.

    python bench/run.py [--out bench/out] [--seconds 5] [--only datasette]

(a) pdftotext over the corpus PDFs, one process per file, one after another: the floor;
(b) `minutes ingest` end to end, 1 worker and all cores; (c) re-ingest of the unchanged
corpus against hashing its files; (d) `minutes extract` of a 200-page (and a 50-page)
PDF, peak RSS; (e) Datasette (`minutes serve --immutable`) on the database scaled to
100k attendee rows: requests/s against /-/versions.json. `--only datasette` runs (e)
alone on the bench/out/minutes.db a full run left (opened once by this version's store,
so it gets the indexes and views this version defines, as any older database does);
(f) OCR: pages/s per core and peak RSS of a 50-page scan (bench/ocr.py), also alone
with `--only ocr` on the corpus a full run left; (g) the local pool against
`--cluster local:N`, and the single writer's ceiling (bench/scale_out.py), also alone with
`--only cluster`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINUTES = [sys.executable, "-m", "pipeline"]
sys.path.insert(0, str(ROOT / "bench"))

from ocr import bench_ocr  # noqa: E402
from scale_out import bench_cluster, pdf_pages  # noqa: E402


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def floor(pdfs: list[Path]) -> float:
    started = time.perf_counter()
    for pdf in pdfs:
        subprocess.run(["pdftotext", str(pdf), "-"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def ingest(corpus: Path, db: Path, workers: int) -> float:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return timed([*MINUTES, "ingest", str(corpus), "--db", str(db), "--workers", str(workers)])


def start_up(pdfs: list[Path], out: Path) -> tuple[float, int]:
    """Seconds to ingest a corpus of the smallest PDF alone (best of 3), and its pages."""
    smallest = min(pdfs, key=lambda p: pdf_pages([p]))
    alone = out / "one_file"
    shutil.rmtree(alone, ignore_errors=True)
    alone.mkdir()
    shutil.copy(smallest, alone)
    seconds = min(ingest(alone, out / "one_file.db", 1) for _ in range(3))
    return seconds, pdf_pages([smallest])


def reingest_vs_hashing(corpus: Path, db: Path) -> tuple[float, float]:
    """Best of 5 each: an ingest that finds nothing new, and hashing every file."""
    from extractors import sha256_of
    from pipeline.ingest.run import corpus_files
    from pipeline.ingest.run import ingest as run_ingest
    from pipeline.store.writer import Store

    store = Store(db)
    again, hashing = [], []
    for _ in range(5):
        started = time.perf_counter()
        summary = run_ingest(corpus, store, workers=1)
        again.append(time.perf_counter() - started)
        assert summary.new == summary.changed == summary.failed == 0, summary.line()
        started = time.perf_counter()
        for _, path in corpus_files(corpus):
            sha256_of(path)
        hashing.append(time.perf_counter() - started)
    store.close()
    return min(again), min(hashing)


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of command, from a fresh parent that runs only it."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], check=True, cwd=ROOT, capture_output=True
    )
    return int(done.stdout.split()[-1]) / 1024


def scale(source: Path, target: Path, attendees: int = 100_000) -> dict[str, int]:
    """A copy of the database with its attendee (and item) rows repeated past `attendees`."""
    shutil.copy(source, target)
    db = sqlite3.connect(target)
    db.execute("pragma journal_mode=delete")

    def grow(table: str, until: int) -> None:
        columns = [r[1] for r in db.execute(f"pragma table_info({table})") if r[1] != "id"]
        names = ", ".join(f'"{c}"' for c in columns)
        while db.execute(f"select count(*) from {table}").fetchone()[0] < until:
            db.execute(f"insert into {table} ({names}) select {names} from {table}")
        db.execute(
            f"delete from {table} where id not in (select id from {table} order by id limit ?)",
            [until],
        )

    grow("attendees", attendees)
    grow("agenda_items", attendees // 5)
    db.commit()
    counts = {
        t: db.execute(f"select count(*) from {t}").fetchone()[0]
        for t in ("attendees", "agenda_items")
    }
    db.execute("vacuum")
    db.close()
    return counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rate(url: str, seconds: float, threads: int = 4) -> float:
    """Requests answered per second by url, `threads` clients for `seconds`."""
    done = [0] * threads
    stop = time.perf_counter() + seconds

    def client(k: int) -> None:
        while time.perf_counter() < stop:
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
                assert response.status == 200
            done[k] += 1

    workers = [threading.Thread(target=client, args=(k,)) for k in range(threads)]
    started = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(done) / (time.perf_counter() - started)


def datasette(db: Path, corpus: Path, seconds: float) -> list[tuple[str, str, float]]:
    port = free_port()
    server = subprocess.Popen(
        [*MINUTES, "serve", "--db", str(db), "--corpus", str(corpus), "--immutable",
         "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        name = db.stem
        pages = [
            ("baseline", "/-/versions.json"),
            ("table, HTML", f"/{name}/attendees"),
            ("table, JSON", f"/{name}/attendees.json"),
            ("faceted", f"/{name}/attendees?party=S&_facet=organisation"),
            ("full-text search", f"/{name}/agenda_items?_search=budget"),
        ]
        results = []
        for label, path in pages:
            rate(base + path, 1.0)  # warm up
            results.append((label, path, rate(base + path, seconds)))
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--seconds", type=float, default=5.0, help="per Datasette page")
    parser.add_argument(
        "--only",
        choices=["datasette", "ocr", "cluster"],
        help="measure only Datasette (on OUT/minutes.db) or OCR (of OUT/half.pdf)",
    )
    args = parser.parse_args()
    out: Path = args.out.resolve()
    if args.only == "ocr":
        if not (out / "half.pdf").exists():
            parser.error(f"{out / 'half.pdf'} does not exist; run the full bench once")
        bench_ocr(out / "half.pdf", out, peak_rss_mb, MINUTES)
        return
    if args.only == "cluster":
        bench_cluster(out / "corpus", out)
        return
    if args.only == "datasette":
        from pipeline.store.writer import Store

        if not (out / "minutes.db").exists():
            parser.error(f"{out / 'minutes.db'} does not exist; run the full bench once")
        Store(out / "minutes.db").close()
        bench_datasette(out, out / "corpus", args.seconds)
        return
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(out)], check=True)
    corpus = out / "corpus"
    pdfs = sorted(corpus.glob("*.pdf"))
    pages = pdf_pages(pdfs)
    cores = os.cpu_count() or 1
    print(f"corpus: {len(pdfs)} PDFs, {pages} pages, "
          f"{len(list(corpus.glob('*.pptx')))} decks; {cores} cores")  # fmt: skip

    floor_s = floor(pdfs)
    one_s = ingest(corpus, out / "one.db", 1)
    all_s = ingest(corpus, out / "minutes.db", cores)
    again_s, hash_s = reingest_vs_hashing(corpus, out / "minutes.db")
    start_s, start_pages = start_up(pdfs, out)
    floor_rate = pages / floor_s
    rows = [
        ("pdftotext (floor), 1 process a file", floor_s, pages / floor_s, ""),
        ("minutes ingest, 1 worker", one_s, pages / one_s, f"{pages / one_s / floor_rate:.2f}×"),
        (f"minutes ingest, {cores} workers", all_s, pages / all_s,
         f"{pages / all_s / floor_rate:.2f}×"),
    ]  # fmt: skip
    print(f"\n{'ingest (PDF pages; decks included in the time)':<46} {'s':>7} {'pages/s':>8}"
          f" {'÷ floor':>8}")  # fmt: skip
    for label, seconds, per_s, ratio in rows:
        print(f"{label:<46} {seconds:7.2f} {per_s:8.1f} {ratio:>8}")
    print(f"worker speed-up 1 → {cores}: {one_s / all_s:.2f}×")
    print(
        f"start-up, the ingest of one {start_pages}-page PDF: {start_s:.2f} s (imports, "
        f"spaCy, the persons pass: paid once a run, before and after the workers)"
    )
    for label, seconds in (("1 worker", one_s), (f"{cores} workers", all_s)):
        print(
            f"  beyond it, {label}: {pages / (seconds - start_s):.1f} pages/s "
            f"({pages / (seconds - start_s) / floor_rate:.2f}× the floor)"
        )
    print(f"  speed-up beyond it: {(one_s - start_s) / (all_s - start_s):.2f}×")
    print(f"re-ingest, unchanged: {again_s * 1000:.1f} ms; hashing the files: "
          f"{hash_s * 1000:.1f} ms ({again_s / hash_s:.2f}× the hashing)")  # fmt: skip

    bench_cluster(corpus, out, cores)

    print()
    for name in ("half.pdf", "long.pdf"):
        path = out / name
        started = time.perf_counter()
        mb = peak_rss_mb([*MINUTES, "extract", str(path)])
        seconds = time.perf_counter() - started
        n = pdf_pages([path])
        print(f"minutes extract {name} ({n} pages): peak RSS {mb:.0f} MB, {seconds:.1f} s")

    bench_ocr(out / "half.pdf", out, peak_rss_mb, MINUTES)

    print()
    bench_datasette(out, corpus, args.seconds)
    print(
        f"\nmax RSS of this script: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB"
    )


def bench_datasette(out: Path, corpus: Path, seconds: float) -> None:
    big = out / "published.db"
    for stale in out.glob("published.db*"):
        stale.unlink()
    counts = scale(out / "minutes.db", big)
    print(f"datasette on {big.name}: {counts['attendees']} attendees, "
          f"{counts['agenda_items']} agenda items; minutes serve --immutable")  # fmt: skip
    results = datasette(big, corpus, seconds)
    baseline = results[0][2]
    print(f"{'page':<18} {'req/s':>8} {'baseline ÷':>11}  path")
    for label, path, per_s in results:
        print(f"{label:<18} {per_s:8.1f} {baseline / per_s:10.1f}×  {path}")


if __name__ == "__main__":
    main()
