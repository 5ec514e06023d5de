"""Slide decks as office suites export them to PDF: titles and bullets that wrap are
joined as the slide shows them.

The fixtures in tests/fixtures/decks are written by its make_fixtures.py (see there):
a python-pptx deck exported by LibreOffice Impress, a reportlab PDF that imitates
PowerPoint's export (each line of a wrapped title its own tagged text object at the
same x and size in the title placeholder's region; bullets as text objects of their
own, wrapped lines at the text's indent), and the corpus deck exported by LibreOffice.
"""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, SAMPLE_DECK
from extractors import extract
from extractors.presentation.wraps import join_slide_lines

DECKS = FIXTURES / "decks"
EXPECTED = json.loads((DECKS / "expected.json").read_text(encoding="utf-8"))
READERS = ["pdfium", "pdfplumber"]


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        ("Plan 2025-", "2026", "Plan 2025-2026"),
        ("Stöd till e-", "tjänster", "Stöd till e-tjänster"),
        ("Hälso-", "och sjukvård", "Hälso- och sjukvård"),
        ("Beslut i nämnden och/", "eller fullmäktige", "Beslut i nämnden och/eller fullmäktige"),
        ("i SRB och/eller", "andra församlingar", "i SRB och/eller andra församlingar"),
        ("Region -", "2025", "Region - 2025"),
        ("Nära vård-", "Region Exempel", "Nära vård- Region Exempel"),
        ("", "Första raden", "Första raden"),
    ],
)  # fmt: skip
def test_a_wrapped_line_joins_as_the_slide_shows_it(previous, text, joined):
    assert join_slide_lines(previous, text) == joined


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("producer", ["libreoffice_wraps", "powerpoint_wraps"])
def test_wrapped_titles_read_as_the_slides_show_them(producer, reader):
    """Two- and three-line titles (one overflowing onto the body's first line, one
    shrunk to fit) and a title wrapped after '2025-'."""
    record = extract(DECKS / f"{producer}.pdf", reader=reader)
    assert record.document_type.value == "presentation"
    assert [s.title for s in record.slides] == [s["title"] for s in _expected(producer)]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("producer", ["libreoffice_wraps", "powerpoint_wraps"])
def test_wrapped_bullets_read_as_the_slides_show_them(producer, reader):
    """Bullets wrapped at the text's indent (one after 'e-', one under LibreOffice's
    '–'), bullets drawn further from their text than a word gap at small sizes."""
    record = extract(DECKS / f"{producer}.pdf", reader=reader)
    assert [s.text for s in record.slides] == [s["text"] for s in _expected(producer)]


def _expected(producer: str) -> list[dict]:
    return EXPECTED[producer]["slides"]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("deck", "export"),
    [
        (SAMPLE_DECK, DECKS / "samverkansgrupp_nara_vard_presentation.libreoffice.pdf"),
        (DECKS / "libreoffice_wraps.pptx", DECKS / "libreoffice_wraps.pdf"),
    ],
    ids=["corpus", "generated"],
)
def test_a_deck_exported_by_libreoffice_has_the_titles_of_the_pptx(deck, export, reader):
    pptx = extract(deck)
    pdf = extract(export, reader=reader)
    assert pdf.document_type.value == "presentation"
    assert [s.title for s in pdf.slides] == [s.title for s in pptx.slides]


def test_a_large_figure_beside_its_caption_stays_one_line(tmp_path):
    """Only a title overflowing onto the body is cut from its row by size: a figure set
    large on the caption's baseline in the middle of the slide reads as one line."""
    from reportlab.pdfgen import canvas

    from builders import _fonts

    regular, bold = _fonts()
    path = tmp_path / "figure.pdf"
    c = canvas.Canvas(str(path), pagesize=(960, 540), invariant=1)
    for title in ("Resultat i länet", "Resultat i kommunerna"):
        c.setFont(bold, 40)
        c.drawString(60, 470, title)
        c.setFont(regular, 36)
        c.drawString(60, 300, "68%")
        c.setFont(regular, 18)
        c.drawString(150, 300, "av patienterna är över 80 år")
        c.drawString(60, 250, "Uppgifter från regionens uppföljning")
        c.showPage()
    c.save()
    record = extract(path)
    assert record.slides[0].title == "Resultat i länet"
    assert record.slides[0].text.splitlines()[0] == "68% av patienterna är över 80 år"
