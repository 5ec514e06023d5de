"""A timeline: two or more phases on one slide, each a heading that opens with a period
('2018-2023' over 'Varför och riktning', or '2025> Befästa det nya' on one line), in
chronological order."""

from __future__ import annotations

from extractors.presentation.paragraphs import Paragraph, SlideContent
from extractors.presentation.parameters import MAX_PHASE_TITLE_WORDS, MIN_PHASES
from extractors.presentation.periods import Period, leading_period
from schemas.record import TimelinePhase


def deck_timeline(slides: list[SlideContent]) -> list[TimelinePhase]:
    phases: list[TimelinePhase] = []
    for slide in slides:
        found = _slide_phases(slide)
        starts = [p.start_year for p in found]
        if len(found) >= MIN_PHASES and starts == sorted(starts):
            phases.extend(found)
    return phases


def _heading_period(paragraph: Paragraph) -> tuple[Period, str] | None:
    """A non-bullet line that opens with a period and has at most a short title after it."""
    if paragraph.bullet:
        return None
    found = leading_period(paragraph.text)
    if found and len(found[1].split()) <= MAX_PHASE_TITLE_WORDS:
        return found
    return None


def _is_title(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return (
        not paragraph.bullet
        and 0 < len(text.split()) <= MAX_PHASE_TITLE_WORDS
        and leading_period(text) is None
    )


def _slide_phases(slide: SlideContent) -> list[TimelinePhase]:
    paragraphs = slide.paragraphs
    phases = []
    for k, paragraph in enumerate(paragraphs):
        if paragraph.cells:
            phases.extend(_row_phases(slide.number, paragraphs, k))
            continue
        found = _heading_period(paragraph)
        if not found:
            continue
        period, title = found
        if not title and k + 1 < len(paragraphs) and _is_title(paragraphs[k + 1]):
            title = paragraphs[k + 1].text
        phases.append(_phase(slide.number, period, title))
    return phases


def _row_phases(slide: int, paragraphs: list[Paragraph], k: int) -> list[TimelinePhase]:
    """A table row of periods ('2018-2023 | 2024-2025 | 2025>'), titles in the next row."""
    periods = [leading_period(cell) for cell in paragraphs[k].cells]
    if not all(p and not p[1] for p in periods):
        return []
    following = paragraphs[k + 1].cells if k + 1 < len(paragraphs) else []
    titles = following if len(following) == len(periods) else [""] * len(periods)
    return [_phase(slide, p[0], t) for p, t in zip(periods, titles, strict=True)]


def _phase(slide: int, period: Period, title: str) -> TimelinePhase:
    return TimelinePhase(
        slide=slide,
        period=period.text,
        start_year=period.start_year,
        end_year=period.end_year,
        title=title or None,
    )
