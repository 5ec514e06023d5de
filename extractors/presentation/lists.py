"""Bulleted lists on slides, each under its heading and with the period it names.

A list is a run of two or more bullet paragraphs at one level (or the cells of a table
whose cells are bullets, read column by column). Its heading is the nearest paragraph
above it that is not an entry of the same list (a non-bullet line, or the parent
bullet of a nested list), else the slide title. Its period is the first one named in
the heading, else in the nearest non-bullet line above, else in the slide title.
A list of one entry counts only under a period (a timeline phase with one bullet).
Bullets under a numbered entry are that entry's description, not a list.
"""

from __future__ import annotations

from extractors.presentation.paragraphs import (
    NUMBERED,
    Paragraph,
    SlideContent,
    is_bullet,
    strip_bullet,
)
from extractors.presentation.parameters import MIN_LIST_ITEMS
from extractors.presentation.periods import Period, find_period
from schemas.record import DeckList


def deck_lists(slides: list[SlideContent]) -> list[DeckList]:
    out: list[DeckList] = []
    for slide in slides:
        out.extend(_slide_lists(slide))
    return out


def _is_entry(paragraph: Paragraph) -> bool:
    if paragraph.cells:
        return all(is_bullet(cell) for cell in paragraph.cells)
    return paragraph.bullet


def _slide_lists(slide: SlideContent) -> list[DeckList]:
    paragraphs = slide.paragraphs
    lists = []
    consumed: set[int] = set()
    for k, start in enumerate(paragraphs):
        if not _is_entry(start) or k in consumed:
            continue
        run = [start]
        j = k + 1
        while j < len(paragraphs) and paragraphs[j].level >= start.level:
            if paragraphs[j].level == start.level:
                if not _is_entry(paragraphs[j]):
                    break
                run.append(paragraphs[j])
                consumed.add(j)
            j += 1
        heading_at = _heading_index(paragraphs, k)
        heading = paragraphs[heading_at] if heading_at is not None else None
        items = _items(run)
        period = _period(slide, paragraphs, heading, k)
        enough = len(items) >= (1 if period else MIN_LIST_ITEMS)
        if enough and not (heading and NUMBERED.match(heading.text)):
            heading_text = _heading_text(heading.plain) if heading else slide.title
            lists.append(
                DeckList(
                    slide=slide.number,
                    heading=heading_text,
                    period=period.text if period else None,
                    start_year=period.start_year if period else None,
                    end_year=period.end_year if period else None,
                    items=items,
                )
            )
    return lists


def _items(run: list[Paragraph]) -> list[str]:
    """Entries in reading order; table cells column by column (each column a list part)."""
    width = max(len(p.cells) for p in run)
    if width <= 1:
        return [strip_bullet(p.cells[0] if p.cells else p.text) for p in run]
    columns: list[list[str]] = [[] for _ in range(width)]
    for paragraph in run:
        for c, cell in enumerate(paragraph.cells or [paragraph.text]):
            columns[c].append(strip_bullet(cell))
    return [item for column in columns for item in column]


def _heading_index(paragraphs: list[Paragraph], k: int) -> int | None:
    level = paragraphs[k].level
    for i in range(k - 1, -1, -1):
        p = paragraphs[i]
        if p.level < level or (p.level == level and not _is_entry(p)):
            return i
    return None


def _heading_text(text: str) -> str:
    return text.rstrip(" :") or text


def _period(
    slide: SlideContent, paragraphs: list[Paragraph], heading: Paragraph | None, k: int
) -> Period | None:
    if heading is not None:
        period = find_period(heading.plain)
        if period:
            return period
    for i in range(k - 1, -1, -1):
        if not _is_entry(paragraphs[i]):
            period = find_period(paragraphs[i].plain)
            if period:
                return period
    return find_period(slide.title or "")
