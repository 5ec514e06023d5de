"""Numbered entries on a slide ('1. Kompetensutveckling i samverkan') as agenda items,
with the indented text under each as its description."""

from __future__ import annotations

from extractors.presentation.paragraphs import NUMBERED, SlideContent
from extractors.presentation.parameters import MIN_LIST_ITEMS
from schemas.record import AgendaItem


def numbered_items(slides: list[SlideContent]) -> list[AgendaItem]:
    """Items of every slide holding a run of consecutive numbers (MIN_LIST_ITEMS or more)."""
    items: list[AgendaItem] = []
    for slide in slides:
        found: list[tuple[str, str, int]] = []  # number, title, paragraph index
        top = min((p.level for p in slide.paragraphs), default=0)
        for k, paragraph in enumerate(slide.paragraphs):
            m = NUMBERED.match(paragraph.text)
            if m and paragraph.level == top:
                found.append((m.group(1), m.group(2), k))
        numbers = [int(number) for number, _, _ in found]
        if len(found) < MIN_LIST_ITEMS:
            continue
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        for number, title, k in found:
            items.append(
                AgendaItem(
                    number=number,
                    title=title,
                    page=slide.number,
                    description=_description(slide, k),
                )
            )
    return items


def _description(slide: SlideContent, k: int) -> str | None:
    """The deeper paragraphs right under paragraph k, glyphs removed, one per line."""
    level = slide.paragraphs[k].level
    lines = []
    for paragraph in slide.paragraphs[k + 1 :]:
        if paragraph.level <= level:
            break
        lines.append(paragraph.plain)
    return "\n".join(lines) or None
