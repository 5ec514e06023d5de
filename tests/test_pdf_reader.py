"""The PDF reader: words → lines, columns by position, repeated furniture marked."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf
from extractors import read
from extractors.document import running_text
from extractors.minutes.blocks import find_blocks, find_value_column

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # scripts/system-deps.sh
LONG = " ".join(["Kommunstyrelsen informerar om ärendet och dess bakgrund."] * 40)


def layout(**overrides) -> MinutesLayout:
    base = dict(
        header=["Kommunstyrelsen", "Sammanträdesprotokoll 2024-03-12"],
        title="Kommunstyrelsen",
        rows=[
            ("Plats och tid", ["Stadshuset, Sala, kl. 13.15-16.30"]),
            ("Beslutande", ["Anna Andersson (S), ordförande", "Bo Berg (M)"]),
        ],
        items=[(f"§ {n} Ärende {n}", [LONG]) for n in range(1, 4)],
    )
    base.update(overrides)
    return MinutesLayout(**base)


def test_repeated_header_and_page_numbers_are_furniture(tmp_path):
    document = read(minutes_pdf(tmp_path / "a.pdf", layout()))
    assert len(document.pages) >= 2
    for page in document.pages:
        furniture = {line.text for line in page.lines if line.furniture}
        assert "Kommunstyrelsen" in furniture
        assert f"Sida {page.number}({len(document.pages)})" in furniture
    content = " ".join(line.text for line in document.lines())
    assert "Sida 1(" not in content and "Sammanträdesprotokoll" not in content
    assert "Ärende 3" in content  # content is kept


def test_label_column_is_found_by_position(tmp_path):
    document = read(minutes_pdf(tmp_path / "a.pdf", layout(value_x=230)))
    label_x, value_x = find_value_column(document.lines())
    assert abs(label_x - 57) < 1 and abs(value_x - 230) < 1
    blocks = {b.label: [v.text for v in b.values] for b in find_blocks(document.lines()[:6])}
    assert blocks["Beslutande"] == ["Anna Andersson (S), ordförande", "Bo Berg (M)"]
    assert blocks["Plats och tid"] == ["Stadshuset, Sala, kl. 13.15-16.30"]


def test_a_value_that_starts_like_a_label_stays_a_value(tmp_path):
    rows = [("Övriga närvarande", ["Tid och plats bokas av sekreteraren", "Eva Ek, sekreterare"])]
    document = read(minutes_pdf(tmp_path / "a.pdf", layout(rows=rows)))
    blocks = find_blocks(document.lines()[:4])
    assert [b.label for b in blocks if b.label] == ["Övriga närvarande"]


def test_words_carry_font_size_and_boldness(tmp_path):
    document = read(minutes_pdf(tmp_path / "a.pdf", layout()))
    heading = next(line for line in document.lines() if line.text.startswith("§ 1"))
    assert heading.bold and heading.size == 12
    assert document.body_size() == 10


def test_hyphenated_line_breaks_are_joined():
    from extractors.document import Line, Word

    def line(text, top):
        return Line([Word(t, 0, top, 10, top + 10, "", 10) for t in text.split()], 1)

    lines = [line("ett kommun-", 0), line("övergripande arbete kl. 09:00-", 12), line("12:00", 24)]
    assert running_text(lines) == "ett kommunövergripande arbete kl. 09:00-12:00"
    kept = [line("hälso-", 0), line("och sjukvård", 12)]
    assert running_text(kept) == "hälso- och sjukvård"


def test_decomposed_swedish_letters_come_out_nfc(tmp_path):
    """Some PDFs carry å as a + combining ring; the reader hands out NFC text."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))  # has the combining marks
    path = tmp_path / "nfd.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("DejaVu", 10)
    page.drawString(100, 700, "Bo Bergstro\u0308m (M) och A\u030asa")
    page.save()
    assert [line.text for line in read(path).lines()] == ["Bo Bergstr\u00f6m (M) och \u00c5sa"]


def test_a_heading_that_opens_two_pages_of_four_is_no_furniture(tmp_path):
    """One § a page: the items of pages 1 and 3 run over, so pages 2 and 4 open with their
    'Beslut' heading at the same height. A running header is on more than half of the
    pages; this heading is on half, and stays content (its decision was lost)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from builders import _fonts

    regular, bold = _fonts()
    path = tmp_path / "beslut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for number in range(1, 5):
        c.setFont(regular, 9)
        c.drawString(57, height - 40, "Kultur- och fritidsnämnden")
        c.drawString(57, height - 52, "Sammanträdesdatum 2024-03-12")
        lines = (
            [(bold, f"§ {number + 10} Ärende {number + 10}")] + [(regular, "Bakgrund.")] * 40
            if number % 2
            else [
                (bold, "Beslut"),
                (regular, f"Nämnden beslutar att godkänna ärende {number + 9}."),
            ]
        )
        y = height - 110
        for font, text in lines:
            c.setFont(font, 11)
            c.drawString(57, y, text)
            y -= 16
        c.showPage()
    c.save()
    document = read(path)
    furniture = {line.text for page in document.pages for line in page.lines if line.furniture}
    assert furniture == {"Kultur- och fritidsnämnden", "Sammanträdesdatum 2024-03-12"}
    from extractors import extract

    decisions = [item.decisions for item in extract(path).agenda_items]
    assert decisions == [
        ["Nämnden beslutar att godkänna ärende 11."],
        ["Nämnden beslutar att godkänna ärende 13."],
    ]
