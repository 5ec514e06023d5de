"""The contents page of minutes ('Ärenden … Sida', 'Innehållsförteckning'): the numbers
of the items it lists, to tell the items from numbered headings in the appendices
('4. Trygg uppväxt' in an attached report is no item of the meeting)."""

from __future__ import annotations

import re

from extractors.document import Line
from extractors.minutes.items import (
    NUMBER_FIRST_HEADING,
    PARAGRAPH_HEADING,
    TOC_LEADER,
    Heading,
)
from extractors.minutes.parameters import MIN_LIST_ENTRIES


def listed_numbers(lines: list[Line]) -> set[str]:
    """The item numbers on contents lines ('39 § Rubrik ....... 1', '§ 82 Rubrik ... 12')."""
    numbers = set()
    for line in lines:
        if not TOC_LEADER.search(line.text):  # as in the text with its spaces made single
            continue
        text = line.spaced
        m = PARAGRAPH_HEADING.match(text) or NUMBER_FIRST_HEADING.match(text)
        if m:
            numbers.add(m.group(1))
    return numbers


def listed_only(headings: list[Heading], lines: list[Line]) -> list[Heading]:
    """The headings whose numbers the contents page lists, when it lists some of them;
    all headings when there is no contents page. A '§' heading numbered past the last
    listed item stays (a contents page cut short); one numbered before the first listed
    item is an appendix's (an attached protocol's "§ 1"), as is any plain number."""
    numbers = listed_numbers(lines)
    if len(numbers) < MIN_LIST_ENTRIES or not any(h.number in numbers for h in headings):
        return headings
    last = max(_value(n) for n in numbers)
    return [
        h
        for h in headings
        if h.number is None or h.number in numbers or (_has_sign(h) and _value(h.number) > last)
    ]


def _value(number: str) -> int:
    return int(re.match(r"\d+", number).group())


def _has_sign(heading: Heading) -> bool:
    text = heading.line.spaced
    return bool(PARAGRAPH_HEADING.match(text) or NUMBER_FIRST_HEADING.match(text))
