"""Periods as decks write them: '2024-2025', '2025–2026', '2024/25', 'hösten 2025',
'våren 2026', '2025>' (open-ended), a single year."""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = r"(?:19|20)\d{2}"
RANGE = re.compile(rf"(?<![\d/-])({_YEAR})\s*[-–—/]\s*({_YEAR}|\d{{2}})(?![\d-])")
OPEN = re.compile(
    rf"(?<![\d/-])({_YEAR})\s*(?:->|–>|→|>|[-–]\s*$|[-–](?=\s)|\s+och\s+framåt|\s+framåt)"
)
SEASON = re.compile(
    rf"\b(våren|hösten|sommaren|vintern|början\s+av|slutet\s+av|mitten\s+av)\s+({_YEAR})\b",
    re.IGNORECASE,
)
SINGLE = re.compile(rf"(?<![\d/\-–])({_YEAR})(?![\d/\-–>])")


@dataclass(frozen=True)
class Period:
    text: str
    start_year: int
    end_year: int | None  # None: open-ended


def _end_year(start: str, end: str) -> int:
    return int(start[:2] + end) if len(end) == 2 else int(end)


def _candidates(text: str) -> list[tuple[int, int, Period, int]]:
    """(position, priority, period, end position) of every period in text."""
    found = []
    for m in RANGE.finditer(text):
        end = _end_year(m.group(1), m.group(2))
        if end >= int(m.group(1)):
            found.append((m.start(), 0, Period(m.group(0), int(m.group(1)), end), m.end()))
    for m in SEASON.finditer(text):
        year = int(m.group(2))
        found.append((m.start(), 1, Period(m.group(0), year, year), m.end()))
    for m in OPEN.finditer(text):
        phrase = m.group(0).strip()
        found.append((m.start(), 2, Period(phrase, int(m.group(1)), None), m.end()))
    for m in SINGLE.finditer(text):
        year = int(m.group(1))
        found.append((m.start(), 3, Period(m.group(0), year, year), m.end()))
    return sorted(found, key=lambda c: (c[0], c[1]))


def find_period(text: str) -> Period | None:
    """The first period named in text; a range wins over the single years in it."""
    found = _candidates(text)
    return found[0][2] if found else None


def leading_period(text: str) -> tuple[Period, str] | None:
    """A text that opens with a period: (period, the rest) — '2025> Befästa det nya'."""
    text = text.strip()
    found = [c for c in _candidates(text) if c[0] == 0]
    if not found:
        return None
    _, _, period, end = found[0]
    return period, text[end:].strip(" :–-")
