"""The PDF reader: words → lines, columns by position, repeated furniture marked."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf
from extractors import read
from extractors.minutes.blocks import find_blocks, find_value_column
from extractors.minutes.items import body_text

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
    assert body_text(lines) == "ett kommunövergripande arbete kl. 09:00-12:00"
    kept = [line("hälso-", 0), line("och sjukvård", 12)]
    assert body_text(kept) == "hälso- och sjukvård"


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
