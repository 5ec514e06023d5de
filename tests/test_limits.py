"""Bounded work for every input: bombs, huge pages, deep nesting, odd page sizes.

Each hostile file is built here and read by `minutes` in a subprocess whose address
space is capped (bombs.run_bounded), so a reader that does not refuse it fails the
test instead of exhausting the machine. Memory is measured (peak RSS), never time.
"""

from __future__ import annotations

import base64
import re
import struct
import zlib

import pytest
import sqlite_utils
from bombs import (
    big_slide_deck,
    deep_level_deck,
    flate_bomb_pdf,
    garbage_streams_pdf,
    lying_zip,
    many_streams_pdf,
    media_box_pdf,
    one_page_pdf,
    run_bounded,
    stream,
    text_ops,
)

from builders import deck_pptx, good_pdf
from extractors.readers.limits import MAX_MEMORY_BYTES


@pytest.fixture
def deck(tmp_path):
    return deck_pptx(tmp_path / "bas.pptx", [("Titel", [(0, "Text")])])


def refused(path, reason: str, command: str = "extract", *options: str) -> int:
    """Run `minutes command path [options]`: exit 2, one line naming the file and the
    reason; return the peak memory."""
    done, peak = run_bounded(command, str(path), *options)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"minutes: {path}: ") and reason in line, line
    return peak


BOMBS = [
    ("flate bomb.pdf", lambda p, deck: flate_bomb_pdf(p, 400 << 20), "decompression bomb"),
    ("lying zip.pptx", lambda p, deck: lying_zip(p, deck, "ppt/slides/slide1.xml", 300 << 20),
     "inflates past the limit of 8 MB"),
    ("big slide.pptx", lambda p, deck: big_slide_deck(p, deck, 20 << 20), "limit"),
    ("lvl.pptx", lambda p, deck: deep_level_deck(p, deck, 100_000_000),
     "paragraph level 100000000, the format allows 0–8"),
    ("lvl max.pptx", lambda p, deck: deep_level_deck(p, deck, 2_147_483_647),
     "paragraph level 2147483647"),
    ("many chars.pdf",
     lambda p, deck: p.write_bytes(one_page_pdf(stream(zlib.compress(text_ops(15_000))))),
     "over the limit of 100,000"),
]  # fmt: skip


@pytest.mark.parametrize("name, make, reason", BOMBS, ids=[b[0] for b in BOMBS])
def test_a_bomb_is_refused_in_bounded_memory(tmp_path, deck, name, make, reason):
    path = tmp_path / name
    make(path, deck)
    peak = refused(path, reason)
    assert peak < MAX_MEMORY_BYTES // 2, f"{peak >> 20} MB"
    refused(path, reason, command="check")


def test_an_ingest_of_bombs_stores_the_good_files(tmp_path, deck):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    for name, make, _ in BOMBS:
        make(corpus / name, deck)
    good_pdf(corpus / "bra.pdf")
    db = tmp_path / "db.sqlite"
    done, _ = run_bounded("ingest", str(corpus), "--db", str(db), "--workers", "2")
    assert done.returncode == 0, done.stderr
    reasons = {r["file"]: r["reason"] for r in sqlite_utils.Database(db)["ingest_errors"].rows}
    for name, _, reason in BOMBS:
        assert reason in reasons[name], name
    assert [r["file"] for r in sqlite_utils.Database(db)["documents"].rows] == ["bra.pdf"]


def test_garbage_in_the_streams_is_a_corrupt_pdf(tmp_path):
    refused(garbage_streams_pdf(tmp_path / "skräp.pdf"), "corrupt PDF (1 compressed stream")


@pytest.mark.parametrize(
    "box, size", [(b"[0 0 0 0]", "0 × 0 pt"), (b"[0 0 1000000000 1000000000]", "")]
)
def test_an_impossible_page_size_is_one_line(tmp_path, box, size):
    path = media_box_pdf(tmp_path / "ruta.pdf", box)
    refused(path, f"corrupt PDF (page 1 has an impossible size, {size}")
    refused(path, "impossible size", command="check")


def test_check_html_renders_a_huge_page_at_a_bounded_size(tmp_path, sample_pdf):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(sample_pdf))
    for index in range(len(pdf)):
        pdf[index].set_mediabox(0, 0, 14400, 14400)
    pdf.save(str(tmp_path / "affisch.pdf"))
    pdf.close()
    out = tmp_path / "affisch.html"
    done, peak = run_bounded("check", str(tmp_path / "affisch.pdf"), "--html", str(out))
    assert done.returncode == 0, done.stderr
    assert peak < MAX_MEMORY_BYTES // 2, f"{peak >> 20} MB"
    images = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", out.read_text())
    assert images
    for image in images:
        width, height = struct.unpack(">II", base64.b64decode(image)[16:24])
        assert width * height <= 4_000_000 and width > 1000


def test_a_zip_bomb_in_an_image_part_counts_real_bytes(tmp_path, deck):
    """A 1 GB media part whose headers claim 1 KB: refused by what it inflates to."""
    path = lying_zip(tmp_path / "media.pptx", deck, "ppt/media/image1.bin", 1 << 30)
    assert path.stat().st_size < 2 << 20
    refused(path, "inflates past the limit")


def test_real_files_fit_under_the_documented_memory_bound(tmp_path, sample_pdf, sample_deck):
    for path in (sample_pdf, sample_deck):
        done, peak = run_bounded("check", str(path), "--json", ceiling=MAX_MEMORY_BYTES)
        assert done.returncode == 0, done.stderr
        assert peak < MAX_MEMORY_BYTES // 2


def test_past_the_memory_ceiling_is_one_line(tmp_path):
    """The backstop: a page every stream of which passes its limit, yet PDFium would
    take gigabytes for it, stops at the 1 GB ceiling (PDFium aborts there) with one
    line; in an ingest, the worker reading it dies and the rest is stored."""
    path = many_streams_pdf(tmp_path / "många strömmar.pdf")
    # the text layer's reader (with OCR, a page without text is rendered instead)
    peak = refused(path, "needs more memory than the limit of 1 GB", "extract", "--ocr", "never")
    assert peak < MAX_MEMORY_BYTES + (64 << 20), f"{peak >> 20} MB"
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    path.rename(corpus / path.name)
    good_pdf(corpus / "bra.pdf")
    db = tmp_path / "db.sqlite"
    done, _ = run_bounded(
        "ingest", str(corpus), "--db", str(db), "--workers", "2", "--ocr", "never"
    )
    assert done.returncode == 0, done.stderr
    [error] = list(sqlite_utils.Database(db)["ingest_errors"].rows)
    assert error["file"] == path.name and error["stage"] == "crash"
    assert "(out of memory?)" in error["reason"]
    assert [r["file"] for r in sqlite_utils.Database(db)["documents"].rows] == ["bra.pdf"]
