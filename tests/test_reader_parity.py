"""The PDFium reader (the default) against the pdfplumber reader (the reference).

Every PDF the project has, and generated ones with the awkward cases, must give the
same lines on every page (text, furniture, size, boldness) and the same record. Where
they differ, the PDFium reader is fixed, not this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import MinutesLayout, _fonts, minutes_pdf
from conftest import CORPUS, FIXTURES
from extractors import UnreadableDocument, extract_with_warnings, read

SEED = Path("/work/shared/eval/seed")  # outside the repository: used when present
PDFS = sorted((FIXTURES / "minutes").glob("*.pdf")) + sorted(
    p
    for p in CORPUS.glob("*.pdf")
    if "skannad" not in p.name  # a scan: OCR, no text layer
)
PDFS += sorted(SEED.glob("*.pdf")) if SEED.is_dir() else []


def lines(path: Path, reader: str) -> list[list[tuple]]:
    return [
        [(line.text, line.furniture, line.size, line.bold) for line in page.lines]
        for page in read(path, reader=reader).pages
    ]


def assert_same(path: Path) -> None:
    assert lines(path, "pdfium") == lines(path, "pdfplumber")
    fast = extract_with_warnings(path, reader="pdfium")
    reference = extract_with_warnings(path, reader="pdfplumber")
    assert fast.record.to_json() == reference.record.to_json()
    assert [i.text for i in fast.stored.agenda_items] == [
        i.text for i in reference.stored.agenda_items
    ]
    assert [a.page for a in fast.stored.attendees] == [a.page for a in reference.stored.attendees]


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_every_committed_pdf_reads_the_same(path):
    assert_same(path)


def test_the_words_carry_the_same_boxes_and_fonts(tmp_path):
    """Boxes within a point, font names equal but for the subset tag ('AAAAAA+')."""
    path = FIXTURES / "minutes" / "01_kommunstyrelsen_harnosand_2024-11-12.pdf"
    fast, reference = read(path, reader="pdfium"), read(path, reader="pdfplumber")
    for a, b in zip(fast.lines(True), reference.lines(True), strict=True):
        for x, y in zip(a.words, b.words, strict=True):
            assert x.text == y.text and x.font == y.font.split("+")[-1]
            assert abs(x.size - y.size) < 0.01
            for side in ("x0", "x1", "top", "bottom"):
                assert abs(getattr(x, side) - getattr(y, side)) < 1.0, (x, side)


LONG = " ".join(["Kommunstyrelsen informerar om ärendets bakgrund och beslutar."] * 30)
LAYOUTS = {
    "two columns": MinutesLayout(
        header=["Sala kommun", "Kommunstyrelsen"],
        title="Kommunstyrelsen",
        rows=[
            ("Plats och tid", ["Stadshuset, Sala, 2024-03-12 kl. 13.15-16.30"]),
            ("Beslutande", ["Anna Andersson (S), ordförande", "Erik Nilsson (S) ersätter "
                            "Fia Holm (SD)", "Cecilia Dahl (M)"]),
            ("Övriga närvarande", ["Eva Ek, sekreterare"]),
        ],
        items=[(f"§ {n} Ärende {n}", ["Beslut", LONG]) for n in range(1, 5)],
    ),
    "inline rows, landscape": MinutesLayout(
        title="Socialnämnden", inline_rows=True, landscape=True,
        rows=[("Beslutande", ["Bo Berg (C), ordf.", "Åsa Öst (V)"])],
        items=[("§ 7 Budget", ["Åsa Öst informerar. " + LONG])],
    ),
    "heading rows": MinutesLayout(
        title="Minnesanteckningar", heading_rows=True, footer="{page}/{pages}",
        rows=[("Närvarande", ["Lena Ås, Region Jönköping", "Per Yt (KD), Hofors"])],
        items=[("1. Inledning", ["Mötet öppnades."])],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", LAYOUTS)
def test_generated_layouts_read_the_same(tmp_path, name):
    assert_same(minutes_pdf(tmp_path / "a.pdf", LAYOUTS[name]))


def awkward_pdf(path: Path) -> Path:
    """Ligatures, letter spacing, words split over text objects with small and large
    gaps, a bold word run into a regular one, a hyphen at a line end, sideways text and
    decomposed å/ö."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont(regular, 10)
    c.drawString(72, 780, "Officiell ﬁnansiering och ﬂöden")
    for k, spacing in enumerate((0.3, 1.0, 1.4, 1.6, 3.0)):
        text = c.beginText(72, 760 - 14 * k)
        text.setFont(regular, 10)
        text.setCharSpace(spacing)
        text.textOut(f"Spärrat {spacing} text")
        text.setCharSpace(0)
        c.drawText(text)
    for k, gap in enumerate((0.0, 0.8, 1.4, 1.6, 2.5)):
        y = 680 - 14 * k
        c.drawString(72, y, "Anna")
        c.drawString(72 + c.stringWidth("Anna", regular, 10) + gap, y, "Berg")
    c.setFont(bold, 12)
    c.drawString(72, 600, "Fet")
    c.setFont(regular, 12)
    c.drawString(72 + c.stringWidth("Fet", bold, 12), 600, "mager text")
    c.setFont(regular, 10)
    c.drawString(72, 580, "Pris 12 000 kr – 5 % · §§ 56-59 kommun-")
    c.drawString(72, 566, "övergripande")
    c.saveState()
    c.translate(40, 300)
    c.rotate(90)
    c.drawString(0, 0, "Justerandes sign")
    c.restoreState()
    c.setFont("DejaVu", 10)
    c.drawString(72, 540, "Bo Bergstro\u0308m (M) och A\u030asa")
    c.showPage()
    c.save()
    return path


def test_awkward_text_reads_the_same(tmp_path):
    path = awkward_pdf(tmp_path / "a.pdf")
    fast, reference = lines(path, "pdfium"), lines(path, "pdfplumber")
    assert [line[:2] for line in fast[0]] == [line[:2] for line in reference[0]]
    # sideways letters (one a line) differ in size: PDFium gives no advance for them
    assert [line for line in fast[0] if len(line[0]) > 1] == [
        line for line in reference[0] if len(line[0]) > 1
    ]
    texts = [line.text for line in read(path).lines(True)]
    assert "Officiell finansiering och flöden" in texts
    assert "S p ä r r a t 3 . 0 t e x t" in texts and "Spärrat 1.0 text" in texts
    assert "AnnaBerg" in texts and "Anna Berg" in texts
    assert "Bo Bergström (M) och Åsa" in texts


def test_overdrawn_text_is_read_once_by_pdfium(tmp_path):
    """A known difference, kept on purpose: text drawn twice on itself (fake bold) is
    'Dubbel' for PDFium, which drops the copy, and 'DDuubbbbeell' for pdfplumber."""
    from reportlab.pdfgen import canvas

    regular, _ = _fonts()
    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont(regular, 10)
    c.drawString(72, 700, "Dubbel")
    c.drawString(72, 700, "Dubbel")
    c.save()
    assert [line.text for line in read(path).lines(True)] == ["Dubbel"]
    assert [line.text for line in read(path, reader="pdfplumber").lines(True)] == ["DDuubbbbeell"]


def bad_cases():
    from broken import CASES, encrypted_pdf, scanned_pdf

    pdfs = [(name, make) for name, make, _ in CASES if name.endswith(".pdf")]
    return pdfs + [("hemlig.pdf", encrypted_pdf), ("skannad.pdf", scanned_pdf)]


@pytest.mark.parametrize("name, make", bad_cases(), ids=[c[0] for c in bad_cases()])
def test_bad_pdfs_get_the_same_reason(tmp_path, name, make):
    """The same reason, up to the detail in brackets ('corrupt PDF (…)')."""
    path = tmp_path / name
    make(path)
    reasons = []
    for reader in ("pdfium", "pdfplumber"):
        with pytest.raises(UnreadableDocument) as caught:
            read(path, reader=reader)
        reasons.append(caught.value.reason.split(" (")[0])
    assert reasons[0] == reasons[1]


def test_a_page_limit_is_the_same(tmp_path):
    layout = MinutesLayout(title="KF", items=[(f"§ {n} Ärende", [LONG]) for n in range(8)])
    path = minutes_pdf(tmp_path / "a.pdf", layout)
    for reader in ("pdfium", "pdfplumber"):
        with pytest.raises(UnreadableDocument, match=r"^PDF has \d+ pages, over the limit of 2$"):
            read(path, max_pages=2, reader=reader)


def test_the_commands_take_a_reader(tmp_path, sample_pdf):
    from commands import minutes

    fast = minutes("extract", str(sample_pdf))
    reference = minutes("extract", "--reader", "pdfplumber", str(sample_pdf))
    assert fast.returncode == reference.returncode == 0
    assert fast.stdout == reference.stdout
    refused = minutes("extract", "--reader", "pdfminer", str(sample_pdf))
    assert refused.returncode == 2 and "pdfminer" in refused.stderr
    checked = minutes("check", "--reader", "pdfplumber", "--json", str(sample_pdf))
    assert checked.returncode == 0
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / sample_pdf.name).write_bytes(sample_pdf.read_bytes())
    db = tmp_path / "db.sqlite"
    done = minutes("ingest", str(corpus), "--db", str(db), "--reader", "pdfplumber")
    assert done.returncode == 0 and "new 1," in done.stdout


def test_an_unknown_reader_is_refused(sample_pdf):
    with pytest.raises(ValueError, match="unknown reader"):
        read(sample_pdf, reader="pdfminer")
