"""Slides from either format: title, paragraphs with bullet levels, table rows, notes.

PPTX: the reader already gives one line per paragraph with its level, the title from
the title placeholder, and table rows with cells joined by ' | '.

PDF export: the title is the large-font text at the top of the page (its lines in one
font and size, one below the other in one region); the body is cut
into bands at wide vertical gaps and each band into columns at wide horizontal gaps;
columns whose paragraphs start on the same rows are a table (read row by row), others
are read one after another. Wrapped lines join into paragraphs; a paragraph's bullet
level is its indentation step within its column. Repeated page furniture is left out.
A title too long for its placeholder overflows onto the body (LibreOffice draws it there):
a row that mixes the title's size with body text is cut apart by size first.
"""

from __future__ import annotations

from extractors.document import Document, Line, Page, Word
from extractors.presentation.paragraphs import (
    CELL_SEPARATOR,
    NUMBERED,
    Paragraph,
    SlideContent,
    clean,
    is_bullet,
)
from extractors.presentation.parameters import (
    BAND_GAP_EMS,
    BASELINE_TOLERANCE_EMS,
    CELL_ROW_TOLERANCE,
    COLUMN_GAP_EMS,
    FALLBACK_SIZE,
    GLYPH_GAP_EMS,
    INDENT_TOLERANCE,
    PARAGRAPH_PITCH,
    SAME_SIZE,
    SIZE_STEP,
    TITLE_RATIO,
    TITLE_ZONE,
)
from extractors.presentation.wraps import join_slide_lines
from extractors.readers.layout import words_to_lines


def read_slides(document: Document) -> list[SlideContent]:
    if document.format == "pptx":
        return [_pptx_slide(page) for page in document.pages]
    body_size = document.body_size()
    return [_pdf_slide(page, body_size) for page in document.pages]


# -- PPTX ------------------------------------------------------------------------------
def _pptx_slide(page: Page) -> SlideContent:
    paragraphs = []
    for line in page.content():
        text = clean(line.text)
        cells = text.split(CELL_SEPARATOR) if CELL_SEPARATOR in text else []
        paragraphs.append(Paragraph(text, line.level, line.bold, cells))
    return SlideContent(page.number, page.title, paragraphs, page.notes)


# -- PDF -------------------------------------------------------------------------------
def _pdf_slide(page: Page, body_size: float) -> SlideContent:
    lines = [ln for ln in _rows(page) if ln.words and not _is_furniture(ln, body_size)]
    lines = _with_glyphs(lines)
    title_lines = _title_lines(lines, page, body_size)
    title = _joined(title_lines) or None
    body = [ln for ln in lines if not any(ln is t for t in title_lines)]
    paragraphs: list[Paragraph] = []
    for band in _cut(body, axis="y"):
        columns = _cut(band, axis="x")
        if len(columns) > 1 and _is_table(columns):
            paragraphs.extend(_table_rows(columns))
        else:
            for column in columns:
                paragraphs.extend(_column_paragraphs(column))
    return SlideContent(page.number, title, paragraphs, "")


def _rows(page: Page) -> list[Line]:
    """The page's lines; where a title overflowing its placeholder shares rows with the
    body, the words are grouped into lines again, one size class at a time (the reader
    groups words by baseline only). Other rows that mix sizes (a large figure beside its
    caption) are left as the reader grouped them."""
    content = [ln for ln in page.lines if not ln.furniture]
    sizes = [w.size for ln in content for w in ln.words]
    if not sizes or not any(_overflows(ln, max(sizes), page) for ln in content):
        return page.lines
    rows = [ln for ln in page.lines if ln.furniture]
    for size_class in _size_classes([w for ln in content for w in ln.words]):
        rows.extend(words_to_lines(size_class, page.number))
    return sorted(rows, key=lambda ln: (ln.top, ln.x0))


def _overflows(line: Line, title_size: float, page: Page) -> bool:
    """A row near the top holding text of the title's size and text a step smaller."""
    sizes = [w.size for w in line.words]
    return (
        line.top < page.height * TITLE_ZONE
        and max(sizes) >= title_size - SAME_SIZE
        and min(sizes) * SIZE_STEP < title_size
    )


def _size_classes(words: list[Word]) -> list[list[Word]]:
    """Words by size, a new class wherever a size is a step above the class's smallest."""
    classes: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.size):
        if not classes or word.size > classes[-1][0].size * SIZE_STEP:
            classes.append([])
        classes[-1].append(word)
    return classes


def _is_glyph(line: Line) -> bool:
    """A line that is one symbol, such as a bullet drawn apart from its text."""
    text = line.text
    return len(text) == 1 and not text.isalnum()


def _with_glyphs(lines: list[Line]) -> list[Line]:
    """A bullet glyph set in a column of its own (a hanging indent wider than the reader's
    column gap, as at small sizes) joins the text it stands beside."""
    out = list(lines)
    for glyph in [ln for ln in lines if _is_glyph(ln)]:
        size = glyph.size or FALLBACK_SIZE
        beside = [
            ln
            for ln in out
            if ln is not glyph
            and not _is_glyph(ln)
            and abs(ln.bottom - glyph.bottom) <= size * BASELINE_TOLERANCE_EMS
            and 0 <= ln.x0 - glyph.x1 <= GLYPH_GAP_EMS * size
        ]
        if not beside:
            continue
        text = min(beside, key=lambda ln: ln.x0)
        joined = Line(glyph.words + text.words, glyph.page, furniture=text.furniture)
        out = [joined if ln is text else ln for ln in out if ln is not glyph]
    return out


def _is_furniture(line: Line, body_size: float) -> bool:
    """Repeated small print; a slide title repeated on the next slide is not furniture."""
    return line.furniture and line.size <= body_size * TITLE_RATIO


def _title_lines(lines: list[Line], page: Page, body_size: float) -> list[Line]:
    """The large-font lines at the top: the topmost such line and those right below it."""
    if not lines:
        return []
    biggest = max(ln.size for ln in lines)
    if biggest < body_size * TITLE_RATIO and len({round(ln.size) for ln in lines}) > 1:
        return []
    big = sorted((ln for ln in lines if ln.size >= biggest - SAME_SIZE), key=lambda ln: ln.top)
    if not big or big[0].top > page.height * TITLE_ZONE:
        return []
    title = [big[0]]
    for line in big[1:]:
        if line.top - max(t.bottom for t in title) > biggest * BAND_GAP_EMS:
            break
        if _font(line) != _font(title[0]) or not _below(line, title, lines):
            break
        title.append(line)
    return title


def _font(line: Line) -> str:
    """The font most of the line's characters are set in."""
    chars: dict[str, int] = {}
    for word in line.words:
        chars[word.font] = chars.get(word.font, 0) + len(word.text)
    return max(chars, key=chars.get) if chars else ""


def _below(line: Line, title: list[Line], lines: list[Line]) -> bool:
    """The line continues the title: under it, in its columns, with nothing in between."""
    left, right = min(t.x0 for t in title), max(t.x1 for t in title)
    if line.x1 <= left or line.x0 >= right:
        return False
    above = max(t.bottom for t in title)
    return not any(
        above <= other.top and other.bottom <= line.top and other.x0 < right and other.x1 > left
        for other in lines
        if other is not line and not any(other is t for t in title)
    )


def _cut(lines: list[Line], axis: str) -> list[list[Line]]:
    """Split lines at empty strips across the whole group: bands (y) or columns (x)."""
    if not lines:
        return []
    if axis == "y":
        span = [(ln.top, ln.bottom, ln) for ln in lines]
        gap_ems = BAND_GAP_EMS
    else:
        span = [(ln.x0, ln.x1, ln) for ln in lines]
        gap_ems = COLUMN_GAP_EMS
    span.sort(key=lambda s: s[0])
    groups: list[list[Line]] = [[span[0][2]]]
    reach = span[0][1]
    for start, end, line in span[1:]:
        size = max(line.size, groups[-1][-1].size) or FALLBACK_SIZE
        if start - reach > gap_ems * size:
            groups.append([])
        groups[-1].append(line)
        reach = max(reach, end)
    return [sorted(g, key=lambda ln: (ln.top, ln.x0)) for g in groups]


def _starts_paragraph(line: Line, previous: Line, first: Line) -> bool:
    text = clean(line.text)
    if is_bullet(text) or NUMBERED.match(text):
        return True
    if line.bold != previous.bold or abs(line.size - previous.size) > SAME_SIZE:
        return True
    if line.bottom - previous.bottom > PARAGRAPH_PITCH * max(line.size, 1):
        return True
    return (
        abs(line.x0 - first.x0) > INDENT_TOLERANCE
        and abs(line.x0 - _text_x(first)) > INDENT_TOLERANCE
    )


def _text_x(line: Line) -> float:
    """Where the text after a bullet glyph starts (a hanging indent); any one symbol
    counts as a glyph here ('–' is LibreOffice's second-level bullet)."""
    first = line.words[0].text if line.words else ""
    if len(line.words) > 1 and len(first) == 1 and not first.isalnum():
        return line.words[1].x0
    return line.x0


def _paragraph_lines(column: list[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in column:
        if not groups or _starts_paragraph(line, groups[-1][-1], groups[-1][0]):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _joined(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        text = join_slide_lines(text, clean(line.text))
    return text


def _column_paragraphs(column: list[Line]) -> list[Paragraph]:
    groups = _paragraph_lines(column)
    steps = _indent_steps([g[0].x0 for g in groups])
    return [
        Paragraph(_joined(g), _level(g[0].x0, steps), g[0].bold and all(ln.bold for ln in g))
        for g in groups
    ]


def _indent_steps(starts: list[float]) -> list[float]:
    steps: list[float] = []
    for x in sorted(starts):
        if not steps or x - steps[-1] > INDENT_TOLERANCE:
            steps.append(x)
    return steps


def _level(x: float, steps: list[float]) -> int:
    return max(0, sum(1 for s in steps if s <= x + INDENT_TOLERANCE) - 1)


def _is_table(columns: list[list[Line]]) -> bool:
    """Cells start together: wherever a paragraph starts in one column, every other
    column starts one there too or has no text at that height."""
    starts = [[g[0].top for g in _paragraph_lines(col)] for col in columns]
    if any(len(s) < 2 for s in starts):
        return False
    for i, column_starts in enumerate(starts):
        for top in column_starts:
            for j, other in enumerate(columns):
                if j == i or any(abs(top - t) <= CELL_ROW_TOLERANCE for t in starts[j]):
                    continue
                if any(ln.top - CELL_ROW_TOLERANCE <= top <= ln.bottom for ln in other):
                    return False
    return True


def _table_rows(columns: list[list[Line]]) -> list[Paragraph]:
    cells_by_column = [[(g[0].top, _joined(g)) for g in _paragraph_lines(c)] for c in columns]
    tops = sorted(top for cells in cells_by_column for top, _ in cells)
    rows: list[float] = []
    for top in tops:
        if not rows or top - rows[-1] > CELL_ROW_TOLERANCE:
            rows.append(top)
    out = []
    for k, row_top in enumerate(rows):
        below = rows[k + 1] if k + 1 < len(rows) else float("inf")
        cells = [
            " ".join(text for top, text in cells if row_top - CELL_ROW_TOLERANCE <= top < below)
            for cells in cells_by_column
        ]
        filled = [c for c in cells if c]
        out.append(Paragraph(CELL_SEPARATOR.join(filled), 0, False, filled))
    return out
