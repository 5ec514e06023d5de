#!/usr/bin/env python3
"""Page furniture on pages crowded in their top and bottom bands (issue 17, case 9).

    python bench/furniture.py [--pages 1000] [--lines 40]

Builds a PDF whose every page has `lines` thin lines of text in its top band and as
many in its bottom band, all alike (the case that made furniture detection
quadratic), then times `minutes extract` on it in three parts: reading the PDF,
marking the furniture, and the whole extraction.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def crowded_pdf(path: Path, pages: int, lines: int) -> Path:
    """`pages` A4 pages, each with `lines` 2-pt lines of '- - -' at the top and the bottom
    and a sentence in the middle."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 2)
        for n in range(lines):
            pdf.drawString(72, height - 10 - n * 2.5, "- - - - - -")
            pdf.drawString(72, 8 + n * 2.5, "- - - - - -")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, height / 2, f"Protokoll sida {number}: beslutet fattades.")
        pdf.showPage()
    pdf.save()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args()
    from extractors import extract_with_warnings, read
    from extractors.readers import layout

    with tempfile.TemporaryDirectory() as folder:
        path = crowded_pdf(Path(folder) / "crowded.pdf", args.pages, args.lines)
        started = time.perf_counter()
        document = read(path, max_pages=None)
        read_s = time.perf_counter() - started
        banded = sum(1 for page in document.pages for _ in page.lines) - args.pages
        started = time.perf_counter()
        layout.mark_furniture(document.pages)
        furniture_s = time.perf_counter() - started
        started = time.perf_counter()
        extract_with_warnings(path)
        whole_s = time.perf_counter() - started
    print(
        f"{args.pages} pages, {banded} lines in the bands: read {read_s:.1f} s, "
        f"furniture {furniture_s:.2f} s, whole extract {whole_s:.1f} s"
    )


if __name__ == "__main__":
    main()
