"""Is a PDF a slide deck or minutes? Scored from its layout, never from its file name.

Four signals, each worth 0 to 1: the share of landscape pages, few words per page, a
large body font, and a title-like line (much larger than the body text) at the top of
most pages. Slides score high on all four; dense minutes score at most on orientation
and a title on the first page, however their pages are turned. A slide title that
repeats on the next slide is marked as page furniture and so not counted: a deck still
has a title on most pages.
"""

from __future__ import annotations

import statistics

from extractors.document import Document, Page, dominant_size
from extractors.presentation.parameters import (
    FEW_WORDS,
    LARGE_BODY,
    MANY_WORDS,
    PAGE_TITLE_RATIO,
    PAGE_TITLE_ZONE,
    SLIDES_SCORE,
    SMALL_BODY,
)


def layout_score(document: Document) -> float:
    """0 (minutes-like) to 4 (slide-like)."""
    pages = document.pages
    if not pages:
        return 0.0
    shape = _shape(pages)
    body = _typical_body_size(pages)
    large_body = _ramp(body - SMALL_BODY, LARGE_BODY - SMALL_BODY)
    titled = sum(_has_title(page, body) for page in pages) / len(pages)
    return shape + large_body + titled


def looks_like_slides(document: Document) -> bool:
    pages = document.pages
    # the font signals add at most 2: pages that are neither turned nor sparse are minutes
    # without reading every line's font sizes (most PDFs)
    if not pages or _shape(pages) + 2.0 < SLIDES_SCORE:
        return False
    return layout_score(document) >= SLIDES_SCORE


def _shape(pages: list[Page]) -> float:
    """The two signals of the pages' shape: the share of landscape pages, few words."""
    landscape = sum(page.landscape for page in pages) / len(pages)
    words = statistics.median(sum(len(ln.words) for ln in page.content()) for page in pages)
    return landscape + _ramp(MANY_WORDS - words, MANY_WORDS - FEW_WORDS)


def _typical_body_size(pages: list[Page]) -> float:
    """The median over pages of each page's dominant font size: one text-heavy page
    does not make a deck of large type look like small print."""
    sizes = [
        dominant_size([line.sizes for line in lines])
        for lines in (page.content() for page in pages)
        if any(line.words for line in lines)
    ]
    return statistics.median(sizes) if sizes else 0.0


def _ramp(value: float, full: float) -> float:
    return min(1.0, max(0.0, value / full))


def _has_title(page: Page, body: float) -> bool:
    """A line near the top set well above the body size, not a header repeated on
    every page (a letterhead is not a slide title)."""
    return any(
        line.top < page.height * PAGE_TITLE_ZONE and line.size >= body * PAGE_TITLE_RATIO
        for line in page.content()
    )
