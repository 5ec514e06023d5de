"""Where a record's text came from: which pages were OCR'd, and how sure OCR was of
the document, of each attendee's name and of each item's heading."""

from __future__ import annotations

from extractors.document import Box, Document, Line, Word
from schemas.record import Record

# A word belongs to a box when its middle lies within the box widened by this (points).
BOX_SLACK = 1.5


def mean_confidence(words: list[Word]) -> float | None:
    """The mean OCR confidence of words (0–100), None when none was OCR'd."""
    values = [w.confidence for w in words if w.confidence is not None]
    return round(sum(values) / len(values), 1) if values else None


def ocr_source(document: Document) -> dict:
    """The `Source` fields of OCR: none for a document read from its text layer."""
    pages = [page for page in document.pages if page.ocr]
    if not pages:
        return {}
    words = [w for page in pages for line in page.lines for w in line.words]
    return {
        "ocr": True,
        "ocr_pages": [page.number for page in pages],
        "ocr_confidence": mean_confidence(words),
    }


def with_confidence(record: Record, document: Document, boxes: dict[int, Box]) -> None:
    """Give each attendee and item read from an OCR'd page its OCR confidence (`boxes`:
    where each attendee's name was read, by the attendee's id())."""
    ocr_pages = {page.number: page for page in document.pages if page.ocr}
    if not ocr_pages:
        return
    for attendee in record.attendees:
        box = boxes.get(id(attendee))
        page = ocr_pages.get(box.page) if box else None
        if page is not None:
            attendee.ocr_confidence = mean_confidence(_words_in(page.lines, box))
    for item in record.agenda_items:
        page = ocr_pages.get(item.page) if item.page else None
        line = _heading_line(page.lines, item.title) if page is not None else None
        if line is not None:
            item.ocr_confidence = mean_confidence(line.words)


def _words_in(lines: list[Line], box: Box) -> list[Word]:
    s = BOX_SLACK
    return [
        w
        for line in lines
        for w in line.words
        if box.x0 - s <= (w.x0 + w.x1) / 2 <= box.x1 + s
        and box.top - s <= (w.top + w.bottom) / 2 <= box.bottom + s
    ]


def _heading_line(lines: list[Line], title: str) -> Line | None:
    """The line an item's title starts on: the first whose words begin the title."""
    start = " ".join(title.split()[:3]).casefold()
    for line in lines:
        if start and start in line.spaced.casefold():
            return line
    return None
