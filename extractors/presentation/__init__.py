"""Slide decks (PPTX, or slides exported to PDF): slides and the structure in them.

    extract_presentation(document) -> Deck

Slides come from `slides.py` (one paragraph model for both formats); numbered entries
(`items.py`), bulleted lists with their periods (`lists.py`), reported figures
(`figures.py`) and timeline phases (`timeline.py`) are read from those slides.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.document import Document
from extractors.presentation.figures import deck_figures
from extractors.presentation.items import numbered_items
from extractors.presentation.lists import deck_lists
from extractors.presentation.slides import read_slides
from extractors.presentation.timeline import deck_timeline
from schemas.record import AgendaItem, DeckList, Figure, Slide, TimelinePhase

__all__ = ["Deck", "extract_presentation"]


@dataclass
class Deck:
    slides: list[Slide]
    items: list[AgendaItem]
    lists: list[DeckList]
    figures: list[Figure]
    timeline: list[TimelinePhase]


def extract_presentation(document: Document) -> Deck:
    contents = read_slides(document)
    return Deck(
        slides=[
            Slide(number=c.number, title=c.title, text=c.text(), notes=c.notes) for c in contents
        ],
        items=numbered_items(contents),
        lists=deck_lists(contents),
        figures=deck_figures(contents),
        timeline=deck_timeline(contents),
    )
