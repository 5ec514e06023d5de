"""OCR throughput and memory (`make bench`, or `python bench/run.py --only ocr`).

A 50-page PDF of the bench corpus is rasterised as a plain 300 dpi scan
(tests/scanner.py) and `minutes extract` reads it by OCR in one process: Tesseract runs
with one thread (`OMP_THREAD_LIMIT=1`), so pages/s is per core; `ingest` multiplies it
by its workers, a document per worker.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from scanner import PLAIN, scan  # noqa: E402

PAGES = 50


def bench_ocr(source: Path, out: Path, peak_rss_mb, command: list[str]) -> None:
    """Print OCR pages/s per core and the peak memory of reading a PAGES-page scan."""
    scanned = scan(source, out / "scan.pdf", PLAIN, pages=PAGES)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(scanned)
    pages = len(pdf)
    pdf.close()
    started = time.perf_counter()
    mb = peak_rss_mb([*command, "extract", "--ocr", "always", str(scanned)])
    seconds = time.perf_counter() - started
    print(
        f"OCR: minutes extract of a {pages}-page 300 dpi scan: {seconds:.1f} s, "
        f"{pages / seconds:.2f} pages/s per core, peak RSS {mb:.0f} MB"
    )
