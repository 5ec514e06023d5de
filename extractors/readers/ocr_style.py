"""Size and weight of OCR'd words, settled over a document.

OCR gives no fonts. A word's size comes from its line's x-height and its weight from
the width of its strokes; both are noisy by a few percent, while the extractors compare
sizes to a tenth of a point. So sizes near the document's body size become the body
size, and a word is bold when its strokes are clearly wider than the body text's.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.document import Word

# A size within this share of the body size is the body size.
SIZE_SNAP = 0.1
# Other sizes are rounded to this step (points).
SIZE_STEP = 0.5
# Bold: strokes (per x-height) this many times as wide as the document's usual text.
BOLD_RATIO = 1.3
BOLD_FONT, REGULAR_FONT = "OCR-Bold", "OCR"


@dataclass(slots=True)
class Styled:
    """An OCR'd word with its raw measures: size (points) and stroke width per x-height."""

    word: Word
    size: float
    stroke: float


def settle(words: list[Styled]) -> None:
    """Set each word's size and font from the measures of all words of a document."""
    if not words:
        return
    body = _weighted_median([(w.size, len(w.word.text)) for w in words])
    usual = _weighted_median([(w.stroke, len(w.word.text)) for w in words if w.stroke > 0])
    sizes = _clustered([w for w in words if abs(w.size - body) > SIZE_SNAP * body])
    for w in words:
        w.word.size = round(sizes.get(id(w), body), 1)
        bold = usual > 0 and w.stroke > BOLD_RATIO * usual
        w.word.font = BOLD_FONT if bold else REGULAR_FONT


def _clustered(words: list[Styled]) -> dict[int, float]:
    """Each word's size, sizes within SIZE_SNAP of each other made one (a heading's two
    lines measure a little apart), rounded to SIZE_STEP; by id of the word."""
    sizes: dict[int, float] = {}
    cluster: list[Styled] = []
    for w in [*sorted(words, key=lambda w: w.size), None]:
        if w is not None and (not cluster or w.size <= cluster[0].size * (1 + SIZE_SNAP)):
            cluster.append(w)
            continue
        if cluster:
            size = _weighted_median([(c.size, len(c.word.text)) for c in cluster])
            for c in cluster:
                sizes[id(c)] = round(size / SIZE_STEP) * SIZE_STEP
        cluster = [w] if w is not None else []
    return sizes


def _weighted_median(values: list[tuple[float, int]]) -> float:
    values = sorted(values)
    total = sum(weight for _, weight in values)
    seen = 0
    for value, weight in values:
        seen += weight
        if 2 * seen >= total:
            return value
    return 0.0
