"""Layout steps shared by the PDF readers: words → lines, and page furniture."""

from __future__ import annotations

import operator
import re
from collections import defaultdict

from extractors.document import Document, Line, Page, Word
from extractors.errors import UnreadableDocument

# pdfplumber's word extraction parameters; the PDFium reader follows the same rules.
X_TOLERANCE = 1.5
Y_TOLERANCE = 2.5
NO_TEXT_LAYER = "no text layer (a scanned PDF? OCR is off: --ocr never, or no Tesseract)"
# A horizontal gap wider than this many font sizes separates two columns.
COLUMN_GAP_EMS = 1.5
# Furniture lives in the top and bottom bands of a page (fraction of the height).
FURNITURE_BAND = 0.13

_PAGE_NUMBER = re.compile(
    r"^(sida|page|s\.)?\s*[-–(]?\s*\d{1,4}\s*(\(\s*\d{1,4}\s*\)|/\s*\d{1,4}|av\s+\d{1,4}|[-–)])?$",
    re.IGNORECASE,
)


def check_page_count(count: int, max_pages: int | None) -> None:
    """Refuse a PDF without pages or with more than max_pages, in the readers' words."""
    if count == 0:
        raise UnreadableDocument("PDF has no pages")
    if max_pages is not None and count > max_pages:
        raise UnreadableDocument(f"PDF has {count} pages, over the limit of {max_pages}")


def finish(document: Document) -> Document:
    """Refuse a document without text; mark its page furniture."""
    if not any(page.lines for page in document.pages):
        raise UnreadableDocument(NO_TEXT_LAYER)
    mark_furniture(document.pages)
    return document


def short_reason(exc: object) -> str:
    """An exception's message on one line, at most 120 characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]


def words_to_lines(words: list[Word], page: int) -> list[Line]:
    """Group words into lines: same baseline, then split where a wide gap opens a column.

    Returned in reading order: top to bottom, then left to right.
    """
    if not words:
        return []
    rows: list[list[Word]] = []
    row: list[Word] = []
    row_bottom = row_size = 0.0
    for word in sorted(words, key=_BASELINE_ORDER):
        size = word.size or 10
        # same row: baselines within 0.45 of the smaller font size (at least 1 pt)
        if row and abs(word.bottom - row_bottom) <= max(1.0, 0.45 * min(size, row_size)):
            row.append(word)
            continue
        row = [word]
        rows.append(row)
        row_bottom, row_size = word.bottom, size
    lines: list[Line] = []
    for row in rows:
        row.sort(key=_LEFT_ORDER)
        segment = [row[0]]
        previous = row[0]
        for word in row[1:]:
            size = max(previous.size, word.size) or 10
            if word.x0 - previous.x1 > COLUMN_GAP_EMS * size:
                lines.append(Line(segment, page))
                segment = [word]
            else:
                segment.append(word)
            previous = word
        lines.append(Line(segment, page))
    return lines


_BASELINE_ORDER = operator.attrgetter("bottom", "x0")
_LEFT_ORDER = operator.attrgetter("x0")


def furniture_key(text: str) -> str:
    """Text with digits folded, so 'Sida 2(14)' and 'Sida 3(14)' compare equal."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().casefold()))


def mark_furniture(pages: list[Page]) -> None:
    """Mark headers, footers and page numbers that repeat across pages.

    A line in the top or bottom band of its page is furniture when the same text sits
    at about the same height on more than half of the pages (a running header may skip
    the first page; a 'Beslut' heading that happens to open two pages of four is no
    header), or when the text differs only in its digits and carries the page's own
    number ('Sida 2(14)' / 'Sida 3(14)'; but not '§ 266' / '§ 267' heading one item per
    page), or when it is a bare page number.
    """
    seen: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    banded: list[tuple[Page, Line, str, float]] = []  # each line's key and top, found once
    for page in pages:
        for line in page.lines:
            if _in_band(line, page):
                key, top = furniture_key(line.text), line.top
                seen[key].append((page.number, top, line.text))
                banded.append((page, line, key, top))
    for page, line, key, top in banded:
        text = line.text
        if _PAGE_NUMBER.match(text.strip()):
            line.furniture = True
            continue
        same = {page.number}  # pages with the same text near this height
        near = False  # a text differing only in digits near it on another page
        for number, other_top, other in seen[key]:
            if number != page.number and abs(other_top - top) < 8:
                near = True
                if other == text:
                    same.add(number)
        if (len(same) > 1 and len(same) * 2 > len(pages)) or (
            near and _has_number(text, page.number)
        ):
            line.furniture = True


def _has_number(text: str, number: int) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", text) is not None


def _in_band(line: Line, page: Page) -> bool:
    band = FURNITURE_BAND * page.height
    return line.top < band or line.bottom > page.height - band
