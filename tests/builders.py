"""Build real minutes PDFs and decks for tests (reportlab, python-pptx), in varied layouts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def _fonts() -> tuple[str, str]:
    """Register Bitstream Vera (shipped with reportlab; has å, ä, ö) once."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    return "Vera", "VeraBd"


@dataclass
class MinutesLayout:
    """What to put on the pages, and where."""

    header: list[str] = field(default_factory=list)  # repeated at the top of every page
    footer: str | None = "Sida {page}({pages})"  # repeated at the bottom of every page
    title: str = ""
    title_size: float = 16
    rows: list[tuple[str, list[str]]] = field(default_factory=list)  # label, value lines
    inline_rows: bool = False  # "Label: value" on one line instead of two columns
    heading_rows: bool = False  # label on its own line, values below it
    items: list[tuple[str, list[str]]] = field(default_factory=list)  # heading, paragraphs
    label_x: float = 57
    value_x: float = 200
    body_size: float = 10
    landscape: bool = False
    # a table after the items, from a new page: rows of (x, text, bold) cells; None breaks
    # the page (a list that goes on, under its header row repeated)
    appendix: list[list[tuple[float, str, bool]] | None] = field(default_factory=list)


def minutes_pdf(path: Path, layout: MinutesLayout) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    size = landscape(A4) if layout.landscape else A4
    width, height = size
    pages: list[list[tuple]] = [[]]  # per page: (font, size, x, y, text)
    y = height - 110
    bottom = 80

    def emit(font: str, fsize: float, x: float, text: str, gap: float = 0.0) -> None:
        nonlocal y
        if y - fsize - gap < bottom:
            pages.append([])
            y = height - 90
        y -= gap
        pages[-1].append((font, fsize, x, y, text))
        y -= fsize * 1.45

    if layout.title:
        emit(bold, layout.title_size, layout.label_x, layout.title, gap=4)
    value_width = width - layout.value_x - 50
    for label, values in layout.rows:
        if layout.inline_rows:
            text = f"{label}: " + ", ".join(values)
            for i, part in enumerate(simpleSplit(text, regular, layout.body_size, width - 110)):
                emit(regular, layout.body_size, layout.label_x, part, gap=4 if i == 0 else 0)
            continue
        if layout.heading_rows:
            emit(bold, layout.body_size, layout.label_x, label + ":", gap=5)
            for value in values:
                for part in simpleSplit(value, regular, layout.body_size, width - 110):
                    emit(regular, layout.body_size, layout.label_x, part)
            continue
        parts = [p for v in values for p in simpleSplit(v, regular, layout.body_size, value_width)]
        emit(regular, layout.body_size, layout.value_x, parts[0] if parts else "", gap=5)
        ly = pages[-1][-1][3]  # the label sits on the first value line's baseline
        # a label wider than its column wraps, as in a word processor's table cell
        label_width = layout.value_x - layout.label_x - 8
        label_parts = simpleSplit(label, bold, layout.body_size, label_width)
        for k, label_part in enumerate(label_parts):
            row = ly - k * layout.body_size * 1.45
            pages[-1].append((bold, layout.body_size, layout.label_x, row, label_part))
        for part in parts[1:]:
            emit(regular, layout.body_size, layout.value_x, part)
        while len(parts) < len(label_parts):
            emit(regular, layout.body_size, layout.value_x, "")
            parts.append("")
    for heading, paragraphs in layout.items:
        emit(bold, layout.body_size + 2, layout.label_x, heading, gap=10)
        for paragraph in paragraphs:
            lines = simpleSplit(paragraph, regular, layout.body_size, width - 110)
            for i, part in enumerate(lines):
                emit(regular, layout.body_size, layout.label_x, part, gap=4 if i == 0 else 0)
    for i, cells in enumerate(layout.appendix):
        if i == 0 or cells is None:
            pages.append([])
            y = height - 90
        for k, (x, text, is_bold) in enumerate(cells or []):
            font = bold if is_bold else regular
            if k == 0:
                emit(font, layout.body_size, x, text, gap=3)
            else:
                pages[-1].append((font, layout.body_size, x, pages[-1][-1][3], text))

    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        for i, text in enumerate(layout.header):
            c.setFont(regular, 9)
            c.drawString(layout.label_x, height - 40 - 12 * i, text)
        if layout.footer:
            c.setFont(regular, 9)
            c.drawRightString(width - 50, 40, layout.footer.format(page=number, pages=total))
        for font, fsize, x, ly, text in page:
            c.setFont(font, fsize)
            c.drawString(x, ly, text)
        c.showPage()
    c.save()
    return path


def deck_pptx(path: Path, slides: list[tuple[str, list[tuple[int, str]]]]) -> Path:
    """A deck: (title, [(level, paragraph), …]) per slide, titles in the title placeholder."""
    from pptx import Presentation

    deck = Presentation()
    for title, paragraphs in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        for i, (level, text) in enumerate(paragraphs):
            paragraph = body.paragraphs[0] if i == 0 else body.add_paragraph()
            paragraph.text = text
            paragraph.level = level
    deck.save(str(path))
    return path


def slides_pdf(
    path: Path,
    slides: list[tuple[str, list[tuple[int, str]]]],
    pagesize: tuple[float, float] = (960, 540),
    title_size: float = 28,
    body_size: float = 18,
    footer: str | None = "Region Exempel",
) -> Path:
    """A deck exported to PDF: a large title at the top, levelled paragraphs wrapped with
    their glyphs, a repeated footer and slide numbers."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    width, height = pagesize
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    for number, (title, paragraphs) in enumerate(slides, start=1):
        y = height - 40 - title_size
        for part in simpleSplit(title, bold, title_size, width - 80):
            c.setFont(bold, title_size)
            c.drawString(40, y, part)
            y -= title_size * 1.15
        y -= body_size
        for level, text in paragraphs:
            x = 40 + 36 * level
            for part in simpleSplit(text, regular, body_size, width - x - 40):
                c.setFont(regular, body_size)
                c.drawString(x, y, part)
                y -= body_size * 1.2
            y -= body_size * 0.5
        if footer:
            c.setFont(regular, 9)
            c.drawString(40, 16, footer)
            c.drawRightString(width - 40, 16, str(number))
        c.showPage()
    c.save()
    return path


# One piece of text at a place on a page: (x, top, text[, bold[, size[, char_space]]]),
# char_space a space added after each character (points)
Placed = tuple


def placed_pdf(
    path: Path,
    pages: list[list[Placed]],
    size: float = 11,
    squares: list[list[tuple[float, float, float]]] | None = None,
) -> Path:
    """Text drawn where it is told (x and top in points from the top left), page by page:
    for layouts no word processor template gives (checkbox columns, glyph gaps). `squares`
    are outlines drawn on the pages, (x, top, side) each: checkboxes that are no text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    drawn = squares or []
    for number, page in enumerate(pages):
        for x, top, side in drawn[number] if number < len(drawn) else []:
            c.rect(x, height - top - side, side, side, stroke=1, fill=0)
        for x, top, text, *style in page:
            is_bold = bool(style[0]) if style else False
            fsize = style[1] if len(style) > 1 else size
            char_space = style[2] if len(style) > 2 else 0
            c.setFont(bold if is_bold else regular, fsize)
            c.drawString(x, height - top - fsize, text, charSpace=char_space)
        c.showPage()
    c.save()
    return path


def good_pdf(path: Path) -> Path:
    """A short, valid protocol: one attendee, one item."""
    return minutes_pdf(
        path,
        MinutesLayout(title="Kommunstyrelsen", rows=[("Beslutande", ["Anna Ek (S)"])],
                      items=[("§ 1 Upprop", ["Upprop förrättades."])]),
    )  # fmt: skip


COPIES = 16  # the minutes in `big_corpus`, beside one deck


def big_corpus(root: Path, sample_pdf: Path, sample_deck: Path) -> Path:
    """A corpus long enough to stop an ingest midway: COPIES minutes and a deck."""
    import shutil

    root.mkdir()
    for n in range(COPIES):  # other bytes each (a copy of one content is one document)
        (root / f"protokoll_{n:02d}.pdf").write_bytes(sample_pdf.read_bytes() + b"\n%% %d\n" % n)
    shutil.copy(sample_deck, root / "bildspel.pptx")
    return root
