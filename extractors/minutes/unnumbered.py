"""Item headings without a number: minnesanteckningar that head their points "Mötet
öppnas", "Presentation av …"; a protocol whose extract lost a number ("Föredragningslista"
between § 57 and § 59).

Such a heading is told from the header's titles and an item's inner sections by its
style and place: set in a heading size at the left margin, after the attendance, with
running text (or the next heading) under it, not a label, a notice or a section of an
item ("Beslut", "Bakgrund"); where the document numbers its items, in their style.
"""

from __future__ import annotations

import re
import statistics

from extractors.document import Line
from extractors.minutes.blocks import beside_another
from extractors.minutes.items import Heading, strip_case_number
from extractors.minutes.labels import group_of, is_label, label_key, meta_of
from extractors.minutes.parameters import (
    HEADING_SIZE_STEP,
    MARGIN_TOLERANCE,
    MAX_TITLE_WORDS,
    SAME_SIZE,
    UNNUMBERED_LOOKAHEAD,
)
from extractors.swedish.decisions import DECISION_HEAD, PROPOSAL_HEAD, SECTION_HEAD
from extractors.swedish.headings import NOT_AN_ITEM, SIGNING_PAGE_HEAD
from extractors.swedish.labels import GROUP_LABELS

# A section number of a report ("3.1 Bearbetning"), an amount or a sum: no item's title
NOT_A_TITLE = re.compile(r"^\d|[€%+=]|\d\s*(?:kr|tkr|mkr|m€)\b")


def unnumbered_headings(
    lines: list[Line], numbered: list[Heading], body_size: float
) -> list[Heading]:
    """Headings without a number among the content lines, in order."""
    numbered_lines = {id(h.line) for h in numbered}
    taken = {id(ln) for h in numbered for ln in h.title_lines}
    style = _numbered_style(numbered)
    start = _after_attendance(lines)
    margin = _left_margin(lines)
    found: list[Heading] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if id(line) in taken or id(line) in numbered_lines:
            continue
        if not _heading_shaped(line, body_size, margin, style):
            continue
        if beside_another(lines, i) or not _text_under(lines, i, numbered_lines):
            continue
        title = strip_case_number(line.spaced).strip(" .:–-")
        if title:
            found.append(Heading(None, title, line, title_lines=[line]))
    return found


def _numbered_style(numbered: list[Heading]) -> tuple[float, bool] | None:
    if not numbered:
        return None
    return statistics.median(h.line.size for h in numbered), numbered[0].line.bold


def _heading_shaped(
    line: Line, body_size: float, margin: float, style: tuple[float, bool] | None
) -> bool:
    text = line.spaced
    if line.size <= body_size + HEADING_SIZE_STEP or line.x0 > margin + MARGIN_TOLERANCE:
        return False
    if style is not None and (abs(line.size - style[0]) > SAME_SIZE or line.bold != style[1]):
        return False
    if not text[:1].isupper() or len(text.split()) > MAX_TITLE_WORDS or text.endswith((",", ";")):
        return False
    return not (
        _exact_label(text)
        or NOT_AN_ITEM.match(text)
        or SIGNING_PAGE_HEAD.match(text)
        or NOT_A_TITLE.search(text)
        or SECTION_HEAD.match(text)
        or DECISION_HEAD.match(text)
        or PROPOSAL_HEAD.match(text)
        or re.search(r"[.!?]$", text)
    )


def _exact_label(text: str) -> bool:
    """A header's label as printed whole ('Övriga närvarande'), not a title that starts
    like one ('Övriga frågor')."""
    return label_key(text) in GROUP_LABELS or meta_of(text) is not None


def _after_attendance(lines: list[Line]) -> int:
    """The index after the first attendance label: titles above it head the document."""
    for i, line in enumerate(lines):
        if group_of(line.text) is not None:
            return i + 1
    return 0


def _left_margin(lines: list[Line]) -> float:
    xs = sorted(line.x0 for line in lines)
    return xs[len(xs) // 10] if xs else 0.0


def _text_under(lines: list[Line], i: int, numbered_lines: set[int]) -> bool:
    """Running text in a smaller size, or the next item, under the candidate; no header
    label."""
    under = lines[i + 1 : i + 1 + UNNUMBERED_LOOKAHEAD]
    if not under or (i > 0 and is_label(lines[i - 1].text)):
        return False  # nothing under it, or the value of the label above it
    if id(under[0]) not in numbered_lines:
        if under[0].size > lines[i].size - HEADING_SIZE_STEP:
            return False  # a list in one size, not a heading over its text
    for line in under:
        if id(line) in numbered_lines:
            return True
        if _exact_label(line.text):
            return False
    return True
