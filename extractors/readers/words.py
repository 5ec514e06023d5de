"""Characters → words by pdfplumber's rules, for readers that get characters elsewhere.

The same rules as `pdfplumber.utils.extract_words` with the parameters `pdf.py` uses
(x_tolerance 1.5, y_tolerance 2.5, no blank characters kept, no text flow, words split
where the font or size changes): runs of characters with the same uprightness, font and
size are cut into lines by clustering their tops (sideways text: their x0), each line
sorted left to right (sideways: top to bottom), and a new word starts at a blank
character, where the next character steps back, or past the tolerance ahead or off the
line. Ligatures are expanded as pdfplumber does.
"""

from __future__ import annotations

from itertools import groupby
from typing import NamedTuple

from extractors.document import Word, nfc
from extractors.readers.layout import X_TOLERANCE, Y_TOLERANCE

LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


class Char(NamedTuple):
    """One character as pdfplumber sees it: top-left coordinates, PDF points."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float
    upright: bool = True


def chars_to_words(chars: list[Char]) -> list[Word]:
    """Words (NFC text, boxes, font and size of their first character), blank ones dropped."""
    words: list[Word] = []
    for (upright, _font, _size), run in groupby(chars, key=lambda c: (c.upright, c.font, c.size)):
        for line in _lines(list(run), upright):
            for word in _split(line, upright):
                text = "".join(LIGATURES.get(c.text, c.text) for c in word)
                if not text.strip():
                    continue
                first = word[0]
                words.append(
                    Word(
                        text=nfc(text),
                        x0=min(c.x0 for c in word),
                        top=min(c.top for c in word),
                        x1=max(c.x1 for c in word),
                        bottom=max(c.bottom for c in word),
                        font=first.font,
                        size=first.size,
                    )
                )
    return words


def _lines(run: list[Char], upright: bool) -> list[list[Char]]:
    """Cluster a run into lines (chained within the tolerance), each sorted along the line."""
    if upright:
        key, tolerance = (lambda c: c.top), Y_TOLERANCE
        along = lambda c: c.x0  # noqa: E731
    else:
        key, tolerance = (lambda c: c.x0), X_TOLERANCE
        along = lambda c: (c.top, c.bottom)  # noqa: E731
    cluster: dict[float, int] = {}
    last: float | None = None
    index = -1
    for value in sorted({key(c) for c in run}):
        if last is None or value > last + tolerance:
            index += 1
        cluster[value] = index
        last = value
    lines: list[list[Char]] = [[] for _ in range(index + 1)]
    for c in run:
        lines[cluster[key(c)]].append(c)
    return [sorted(line, key=along) for line in lines]


def _split(line: list[Char], upright: bool) -> list[list[Char]]:
    """Cut a sorted line into words at blanks, steps back and gaps past the tolerance."""
    words: list[list[Char]] = []
    current: list[Char] = []
    for c in line:
        if c.text.isspace():
            if current:
                words.append(current)
            current = []
            continue
        if current:
            p = current[-1]
            if upright:
                new = c.x0 < p.x0 or c.x0 > p.x1 + X_TOLERANCE or abs(c.top - p.top) > Y_TOLERANCE
            else:
                new = (
                    c.top < p.top
                    or c.top > p.bottom + Y_TOLERANCE
                    or abs(c.x0 - p.x0) > X_TOLERANCE
                )
            if new:
                words.append(current)
                current = [c]
                continue
        current.append(c)
    if current:
        words.append(current)
    return words
