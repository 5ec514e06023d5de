"""Slide decks (PPTX, or PDF exports of slides): slides and the numbered lists in them."""

from __future__ import annotations

import re

from extractors.document import Document, Page
from schemas.record import AgendaItem, Slide

NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def slide_title(page: Page, from_placeholder: bool) -> str | None:
    """The title placeholder (PPTX) or the largest text near the top of the page (PDF)."""
    if from_placeholder or not page.lines:
        return page.title
    biggest = max(line.size for line in page.lines)
    title = [ln for ln in page.lines if ln.size == biggest and ln.top < page.height * 0.4]
    return " ".join(" ".join(ln.text for ln in title).split()) or None


def slides(document: Document) -> list[Slide]:
    out = []
    for page in document.pages:
        title = slide_title(page, from_placeholder=document.format == "pptx")
        lines = [ln for ln in page.lines if not ln.furniture]
        if document.format == "pdf" and title:
            lines = [ln for ln in lines if ln.text not in title]
        text = "\n".join("  " * ln.level + " ".join(ln.text.split()) for ln in lines)
        out.append(Slide(number=page.number, title=title, text=text))
    return out


def numbered_items(document: Document) -> list[AgendaItem]:
    """Numbered list entries ('1. Kompetensutveckling i samverkan') as items, per slide."""
    items: list[AgendaItem] = []
    for page in document.pages:
        found = []
        for line in page.lines:
            m = NUMBERED.match(" ".join(line.text.split()))
            if m and line.level == 0:
                found.append(AgendaItem(number=m.group(1), title=m.group(2), page=page.number))
        numbers = [int(item.number) for item in found]
        if len(found) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            items.extend(found)
    return items
