"""Layout steps shared by the PDF readers: words → lines, and page furniture."""

from __future__ import annotations

import re
from collections import defaultdict

from extractors.document import Line, Page, Word

# A horizontal gap wider than this many font sizes separates two columns.
COLUMN_GAP_EMS = 1.5
# Furniture lives in the top and bottom bands of a page (fraction of the height).
FURNITURE_BAND = 0.13

_PAGE_NUMBER = re.compile(
    r"^(sida|page|s\.)?\s*[-–(]?\s*\d{1,4}\s*(\(\s*\d{1,4}\s*\)|/\s*\d{1,4}|av\s+\d{1,4}|[-–)])?$",
    re.IGNORECASE,
)


def words_to_lines(words: list[Word], page: int) -> list[Line]:
    """Group words into lines: same baseline, then split where a wide gap opens a column.

    Returned in reading order: top to bottom, then left to right.
    """
    if not words:
        return []
    words = sorted(words, key=lambda w: (w.bottom, w.x0))
    rows: list[list[Word]] = []
    for word in words:
        if rows:
            last = rows[-1]
            tolerance = max(1.0, 0.45 * min(word.size or 10, last[0].size or 10))
            if abs(word.bottom - last[0].bottom) <= tolerance:
                last.append(word)
                continue
        rows.append([word])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        segment = [row[0]]
        for word in row[1:]:
            size = max(segment[-1].size, word.size) or 10
            if word.x0 - segment[-1].x1 > COLUMN_GAP_EMS * size:
                lines.append(Line(segment, page))
                segment = [word]
            else:
                segment.append(word)
        lines.append(Line(segment, page))
    return lines


def furniture_key(text: str) -> str:
    """Text with digits folded, so 'Sida 2(14)' and 'Sida 3(14)' compare equal."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().casefold()))


def mark_furniture(pages: list[Page]) -> None:
    """Mark headers, footers and page numbers that repeat across pages.

    A line in the top or bottom band of its page is furniture when the same text sits
    at about the same height on another page, or when the text differs only in its
    digits and carries the page's own number ('Sida 2(14)' / 'Sida 3(14)'; but not
    '§ 266' / '§ 267' heading one item per page), or when it is a bare page number.
    """
    seen: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            if _in_band(line, page):
                seen[furniture_key(line.text)].append((page.number, line.top, line.text))
    for page in pages:
        for line in page.lines:
            if not _in_band(line, page):
                continue
            if _PAGE_NUMBER.match(line.text.strip()):
                line.furniture = True
                continue
            others = [
                text
                for number, top, text in seen[furniture_key(line.text)]
                if number != page.number and abs(top - line.top) < 8
            ]
            if line.text in others or (others and _has_number(line.text, page.number)):
                line.furniture = True


def _has_number(text: str, number: int) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", text) is not None


def _in_band(line: Line, page: Page) -> bool:
    band = FURNITURE_BAND * page.height
    return line.top < band or line.bottom > page.height - band
