"""Pages set in two text columns (a newspaper-like section: the attendance in the left
column, the items going on in the right one): their lines in reading order, the left
column's before the right one's, instead of row by row across both.

A page is read so only where its right column is plain to see: many lines start at one
x in the middle of the page, one of them an item heading in a heading's style ('§ 21
Rubrik', '6) Rubrik' in bold), and no word stands across the gutter left of that x in
the stretch of the page the columns fill. A header's label/value table, an attendance
table's columns or a margin of § numbers carry no item heading at the value column's
left edge, and keep their row order. A line that the reader joined across the gutter
(two lines of the two columns on one baseline) is split at the gutter.

Glyphs set at a fraction of the body text's size (a vertical margin text, whose rotated
characters the reader gives as tiny words one by one) are no text to read, and dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.document import Document, Line
from extractors.minutes.labels import group_of
from extractors.minutes.parameters import (
    COLUMN_GUTTER,
    COLUMN_X_TOLERANCE,
    HEADING_SIZE_STEP,
    MAX_LABEL_WORDS,
    MIN_COLUMN_LINES,
    MIN_TEXT_SIZE,
    TEXT_COLUMN_BAND,
)

# "§ 21 Rubrik", "KS § 4 Rubrik", "6) Rubrik", "6. Rubrik": an item heading with its title
_HEADING = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s+)?§\s*\d{1,4}[a-z]?|\d{1,3}[.)])\s*[A-ZÅÄÖÉ]"
)


def in_reading_order(
    document: Document, lines: list[Line], body_size: float
) -> tuple[list[Line], dict[int, float]]:
    """lines, with each page set in two text columns read column by column; and the left
    edge of the right column (its margin) for each line in it, by the line's id."""
    widths = {page.number: page.width for page in document.pages}
    margins: dict[int, float] = {}
    # (a line without a size, as some readers give, is kept: nothing says it is small)
    lines = [line for line in lines if not 0 < line.size < body_size * MIN_TEXT_SIZE]
    out: list[Line] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].page == lines[start].page:
            end += 1
        page_lines = lines[start:end]
        width = widths.get(lines[start].page)
        ordered = _columns(page_lines, width, body_size, margins) if width else None
        out += ordered if ordered is not None else page_lines
        start = end
    return out, margins


def _columns(
    lines: list[Line], width: float, body_size: float, margins: dict[int, float]
) -> list[Line] | None:
    right_x = _right_column_x(lines, width)
    if right_x is None:
        return None
    split: list[Line] = []
    for line in lines:
        split += _split_at(line, right_x)
    sides = [_side(line, right_x) for line in split]
    heads = [
        i
        for i, line in enumerate(split)
        if sides[i] == "right"
        and abs(line.x0 - right_x) <= COLUMN_X_TOLERANCE
        and _HEADING.match(line.spaced)
        and (line.bold or line.size > body_size + HEADING_SIZE_STEP)
    ]
    if not heads:
        return _attendance_columns(split, sides, right_x, margins)
    first = heads[0]
    begin = first
    while begin > 0 and sides[begin - 1] != "across":
        begin -= 1
    end = first
    while end < len(split) and sides[end] != "across":
        end += 1
    return _column_by_column(split, sides, range(begin, end), right_x, margins)


def _column_by_column(
    split: list[Line], sides: list[str], zone: range, right_x: float, margins: dict[int, float]
) -> list[Line] | None:
    """The lines with those of zone read column by column, the left column's first; the
    right column's lines get its edge as their margin. None when either column of zone
    has fewer than MIN_COLUMN_LINES lines (no text set in columns)."""
    left = [split[i] for i in zone if sides[i] == "left"]
    right = [split[i] for i in zone if sides[i] == "right"]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return None
    margins.update((id(line), right_x) for line in right)
    return split[: zone.start] + left + right + split[zone.stop :]


def _right_column_x(lines: list[Line], width: float) -> float | None:
    """The x where most lines (or segments after a gutter) start in the page's middle."""
    low, high = width * TEXT_COLUMN_BAND[0], width * TEXT_COLUMN_BAND[1]
    starts: Counter[int] = Counter()
    for line in lines:
        previous = None
        for word in line.words:
            if low <= word.x0 <= high and (
                previous is None or word.x0 - previous.x1 >= COLUMN_GUTTER
            ):
                starts[round(word.x0 / 2)] += 1
            previous = word
    if not starts:
        return None
    best, count = starts.most_common(1)[0]
    if count < MIN_COLUMN_LINES:
        return None
    return min(w.x0 for line in lines for w in line.words if round(w.x0 / 2) == best)


def _split_at(line: Line, right_x: float) -> list[Line]:
    """A line joined across the gutter, as its two lines."""
    words = line.words
    for k in range(1, len(words)):
        if words[k - 1].x1 <= right_x - COLUMN_GUTTER and words[k].x0 >= right_x - 1:
            if words[0].x0 >= right_x - 1:
                return [line]
            return [
                Line(words[:k], line.page, line.furniture, line.level),
                Line(words[k:], line.page, line.furniture, line.level),
            ]
    return [line]


def _side(line: Line, right_x: float) -> str:
    if line.x0 >= right_x - 1:
        return "right"
    if line.x1 <= right_x - COLUMN_GUTTER:
        return "left"
    return "across"


def _attendance_label(line: Line) -> bool:
    text = line.spaced
    return line.bold and len(text.split()) <= MAX_LABEL_WORDS and group_of(text) is not None


def _attendance_columns(
    split: list[Line], sides: list[str], right_x: float, margins: dict[int, float]
) -> list[Line] | None:
    """A section of attendance set in two text columns (a word processor's column
    section): an attendance label in bold at the left column's top ('Beslutande') and
    another at the right column's edge ('Övriga närvarande') on no row of a label of the
    left column, its lists flowing on from the left column to the right one. Read from
    the left label to the first item heading, column by column; None when the page
    has no such section."""
    left_labels = [
        i for i, line in enumerate(split) if sides[i] == "left" and _attendance_label(line)
    ]
    if not left_labels:
        return None
    begin = left_labels[0]
    rows = [split[i] for i in left_labels]
    right_label = any(
        sides[i] == "right"
        and abs(split[i].x0 - right_x) <= COLUMN_X_TOLERANCE
        and split[i].top > split[begin].top
        and _attendance_label(split[i])
        and not any(abs(split[i].top - r.top) <= COLUMN_X_TOLERANCE for r in rows)
        for i in range(begin, len(split))
    )
    first_right = next((split[i] for i in range(begin, len(split)) if sides[i] == "right"), None)
    if not right_label or first_right is None or first_right.bold:
        return None  # the right column starts with a heading of its own: lists side by side
    end = begin
    while end < len(split) and sides[end] != "across" and not _HEADING.match(split[end].spaced):
        end += 1
    return _column_by_column(split, sides, range(begin, end), right_x, margins)
