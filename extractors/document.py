"""The document model every reader produces: Document → Page → Line → Word.

Readers fill it from a file; extractors read only this model. Coordinates are PDF
points from the top-left corner of the page (x grows right, top grows down).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field


def nfc(text: str) -> str:
    """Unicode NFC: PDFs sometimes carry a decomposed å (a + combining ring)."""
    return unicodedata.normalize("NFC", text)


def join_wrapped(previous: str, text: str) -> str:
    """Join a line to the text above it, undoing hyphenation at the line break.

    'kommun-' + 'övergripande' → 'kommunövergripande'; '09:00-' + '12:00' →
    '09:00-12:00'; but 'hälso-' + 'och sjukvård' keeps the hyphen and the space.
    """
    if not previous:
        return text
    drop, glue = _joint(previous[-2:], text)
    return previous[: len(previous) - drop] + glue + text


def running_text(lines: list[Line]) -> str:
    """Lines as running text, each line's spaces made single and each line joined to the
    text above it as `join_wrapped` joins them, in time linear in the text (a whole
    document's lines are joined too)."""
    texts = [line.spaced for line in lines]
    first = next((i for i, text in enumerate(texts) if text), len(texts))
    if not any(text.endswith("-") for text in texts[first:-1]):
        return " ".join(texts[first:])  # no hyphen to join a line at: a space between each
    parts: list[str] = []
    size = 0
    tail = ""  # the text's last three characters
    for text in texts:
        if not size:
            parts, size, tail = [text], len(text), text[-3:]
            continue
        drop, glue = _joint(tail[-2:], text)
        if drop:  # the hyphen ends the last part
            parts[-1] = parts[-1][:-1]
        parts.append(glue + text)
        size += len(glue) + len(text) - drop
        tail = (tail[: len(tail) - drop] + glue + text)[-3:]
    return "".join(parts)


def _joint(tail: str, text: str) -> tuple[int, str]:
    """How a line joins the text ending in tail (its last two characters): the characters
    taken off the end (a hyphen), and what goes between."""
    if not tail.endswith("-"):
        return 0, " "
    if re.fullmatch(r"[a-zåäöé]-", tail) and re.match(r"[a-zåäöé]", text):
        if not re.match(r"(och|eller|samt|till|resp)\b", text):
            return 1, ""
    if re.fullmatch(r"\d-", tail) and text[:1].isdigit():
        return 0, ""
    return 0, " "


@dataclass(slots=True, eq=False)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str = ""
    size: float = 0.0
    confidence: float | None = None  # OCR: Tesseract's word confidence, 0–100

    @property
    def bold(self) -> bool:
        return _bold_font(self.font)


@functools.cache
def _bold_font(name: str) -> bool:
    name = name.lower()
    return "bold" in name or "black" in name or "heavy" in name


class Line:
    """Words on one baseline, left to right; `level` is a bullet level for slides.

    Lines compare by identity: two lines with the same words are still two lines.
    `words` is never changed once a line is built (split a line by building new ones):
    the text (also with its spaces made single: `spaced`) and box are computed when it is
    built (they are read millions of times a document, as attributes), the sizes and
    weight on first use.
    """

    __slots__ = (
        "words", "page", "furniture", "level", "text", "spaced", "x0", "top", "x1",
        "bottom", "_sizes", "_size", "_bold",
    )  # fmt: skip

    def __init__(self, words: list[Word], page: int, furniture: bool = False, level: int = 0):
        self.words = words
        self.page = page
        self.furniture = furniture
        self.level = level
        self.text = text = " ".join([w.text for w in words])
        # the text with its spaces made single, as running text and the patterns read it
        # (the same string as `text` unless a word holds spaces)
        spaced = " ".join(text.split())
        self.spaced = text if spaced == text else spaced
        # x0 of the first word, the extremes of the others
        if words:
            self.x0 = words[0].x0
            self.top = min([w.top for w in words])
            self.x1 = max([w.x1 for w in words])
            self.bottom = max([w.bottom for w in words])
        else:
            self.x0 = self.top = self.x1 = self.bottom = 0.0
        self._sizes: dict[float, int] | None = None
        self._size: float | None = None
        self._bold: bool | None = None

    def __repr__(self) -> str:
        return f"Line({self.text!r}, page={self.page}, x0={self.x0:.1f}, top={self.top:.1f})"

    @property
    def sizes(self) -> dict[float, int]:
        """Characters per font size (rounded to 0.1 pt), sizes in order of appearance."""
        sizes = self._sizes
        if sizes is None:
            words = self.words
            first = words[0].size if words else 0.0
            if all(w.size == first for w in words):  # most lines: one size
                sizes = {round(first, 1): sum([len(w.text) for w in words])} if words else {}
            else:
                sizes = {}
                for w in words:
                    key = round(w.size, 1)
                    sizes[key] = sizes.get(key, 0) + len(w.text)
            self._sizes = sizes
        return sizes

    @property
    def size(self) -> float:
        """The dominant font size (by characters)."""
        size = self._size
        if size is None:
            size = self._size = dominant_size([self.sizes])
        return size

    @property
    def bold(self) -> bool:
        bold = self._bold
        if bold is None:
            words = self.words
            chars = sum([len(w.text) for w in words])
            font = words[0].font if words else ""
            if all(w.font == font for w in words):  # most lines: one font
                bold = chars > 0 and _bold_font(font)
            else:
                bold = chars > 0 and sum([len(w.text) for w in words if w.bold]) * 2 > chars
            self._bold = bold
        return bold


def dominant_size(weights: list[dict[float, int]]) -> float:
    """The size with most characters over lines' `sizes`; the first seen wins a tie."""
    if len(weights) == 1:
        total = weights[0]
    else:
        total = {}
        for line in weights:
            for size, chars in line.items():
                total[size] = total.get(size, 0) + chars
    return max(total, key=total.get) if total else 0.0


@dataclass(frozen=True, slots=True)
class Box:
    """Where something was read: a page number and a rectangle in points from the top left."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    @staticmethod
    def around(words: list[Word], page: int) -> Box:
        return Box(
            page,
            min(w.x0 for w in words),
            min(w.top for w in words),
            max(w.x1 for w in words),
            max(w.bottom for w in words),
        )


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    title: str | None = None  # slides: the title placeholder
    notes: str = ""  # slides: speaker notes
    ocr: bool = False  # read by OCR from the page image, not from a text layer

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def content(self) -> list[Line]:
        """Lines that are not repeated page furniture (headers, footers, page numbers)."""
        return [line for line in self.lines if not line.furniture]


@dataclass(slots=True)
class Document:
    path: str
    format: str  # "pdf" | "pptx"
    sha256: str
    pages: list[Page] = field(default_factory=list)

    def lines(self, include_furniture: bool = False) -> list[Line]:
        return [
            line
            for page in self.pages
            for line in page.lines
            if include_furniture or not line.furniture
        ]

    def body_size(self) -> float:
        """The most common font size of content text: what 'normal text' looks like."""
        return dominant_size([line.sizes for line in self.lines()])
