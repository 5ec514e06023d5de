"""Layout steps shared by the PDF readers: words → lines, and page furniture."""

from __future__ import annotations

import math
import operator
import re
from collections import defaultdict

from extractors.document import Document, Line, Page, Word
from extractors.errors import UnreadableDocument
from extractors.readers.limits import MAX_PAGE_CHARS, MAX_PAGE_POINTS, MIN_PAGE_POINTS

# pdfplumber's word extraction parameters; the PDFium reader follows the same rules.
X_TOLERANCE = 1.5
Y_TOLERANCE = 2.5
NO_TEXT_LAYER = "no text layer (a scanned PDF? OCR is off: --ocr never, or no Tesseract)"
# A horizontal gap wider than this many font sizes separates two columns.
COLUMN_GAP_EMS = 1.5
# Words whose baselines are within this many font sizes (of the smaller), and at least
# MIN_BASELINE_TOLERANCE points, share a row.
BASELINE_TOLERANCE_EMS = 0.45
MIN_BASELINE_TOLERANCE = 1.0
# The font size (points) a word without one is measured by.
FALLBACK_SIZE = 10
# Furniture lives in the top and bottom bands of a page (fraction of the height), and
# repeats within this many points of the same height.
FURNITURE_BAND = 0.13
NEAR = 8

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


def check_page(number: int, width: float, height: float, chars: int = 0) -> None:
    """Refuse a page of an impossible size (zero, negative, not a number, miles wide)
    or with more characters than any real page holds."""
    sides = (width, height)
    if not all(math.isfinite(s) and MIN_PAGE_POINTS <= s <= MAX_PAGE_POINTS for s in sides):
        raise UnreadableDocument(
            f"corrupt PDF (page {number} has an impossible size, {width:g} × {height:g} pt)"
        )
    if chars > MAX_PAGE_CHARS:
        raise UnreadableDocument(
            f"page {number} has {chars:,} characters, over the limit of {MAX_PAGE_CHARS:,}"
        )


def finish(document: Document, damaged_streams: int = 0) -> Document:
    """Refuse a document without text (a corrupt one when some of its compressed
    streams do not inflate); mark its page furniture."""
    if not any(page.lines for page in document.pages):
        if damaged_streams:
            raise UnreadableDocument(
                f"corrupt PDF ({damaged_streams} compressed stream(s) damaged, no text read)"
            )
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
    # (min and max written out, the parameters as locals: this runs for every word)
    fallback, ems, least = FALLBACK_SIZE, BASELINE_TOLERANCE_EMS, MIN_BASELINE_TOLERANCE
    for word in sorted(words, key=_BASELINE_ORDER):
        size = word.size or fallback
        # same row: baselines close, measured by the smaller font size
        if row:
            tolerance = ems * (size if size < row_size else row_size)
            if tolerance < least:
                tolerance = least
            if abs(word.bottom - row_bottom) <= tolerance:
                row.append(word)
                continue
        row = [word]
        rows.append(row)
        row_bottom, row_size = word.bottom, size
    lines: list[Line] = []
    gap_ems = COLUMN_GAP_EMS
    for row in rows:
        row.sort(key=_LEFT_ORDER)
        segment = [row[0]]
        previous = row[0]
        for word in row[1:]:
            size = (previous.size if previous.size > word.size else word.size) or fallback
            if word.x0 - previous.x1 > gap_ems * size:
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

    Linear in the lines (after a sort): the lines alike are counted by page in a window
    sliding down their heights, not compared pairwise (pages crowded with lines alike
    in their bands made that quadratic).
    """
    banded: list[tuple[Page, Line, str, float]] = []  # each line's key and top, found once
    for page in pages:
        for line in page.lines:
            if _in_band(line, page):
                banded.append((page, line, furniture_key(line.text), line.top))
    by_key: dict[str, list[tuple[float, int, int]]] = defaultdict(list)  # (top, page, index)
    by_text: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    for index, (page, line, key, top) in enumerate(banded):
        by_key[key].append((top, page.number, index))
        by_text[line.text].append((top, page.number, index))
    near_pages = _pages_near(by_key.values(), len(banded))  # alike but for digits
    same_pages = _pages_near(by_text.values(), len(banded))  # the same text
    for index, (page, line, _, _) in enumerate(banded):
        text = line.text
        if _PAGE_NUMBER.match(text.strip()):
            line.furniture = True
            continue
        same = same_pages[index]
        if (same > 1 and same * 2 > len(pages)) or (
            near_pages[index] > 1 and _has_number(text, page.number)
        ):
            line.furniture = True


def _pages_near(groups, count: int) -> list[int]:
    """For each line (by index), how many pages have a line of its group less than
    NEAR points above or below it (its own page included)."""
    pages_near = [0] * count
    for group in groups:
        group.sort()
        on_page: dict[int, int] = defaultdict(int)  # lines in the window, by page
        low = high = 0
        for top, _, index in group:
            while high < len(group) and group[high][0] < top + NEAR:
                on_page[group[high][1]] += 1
                high += 1
            while group[low][0] <= top - NEAR:
                number = group[low][1]
                on_page[number] -= 1
                if not on_page[number]:
                    del on_page[number]
                low += 1
            pages_near[index] = len(on_page)
    return pages_near


def _has_number(text: str, number: int) -> bool:
    """Whether `number` stands in text as a number of its own ('2' in 'Sida 2(14)', not
    in '12'). One pattern for all pages: a pattern per page number would be compiled
    again and again past the regex cache in a long document."""
    return str(number) in _DIGITS.findall(text)


_DIGITS = re.compile(r"\d+")


def _in_band(line: Line, page: Page) -> bool:
    band = FURNITURE_BAND * page.height
    return line.top < band or line.bottom > page.height - band
