"""Damaged text layers: words whose glyphs stand on the page but lost letters in the text.

Some PDF producers map a ligature glyph to its first letter only: "Bertil" set with a
"ti" ligature reads "Bertl", "underskrifter" with "ft" reads "underskrifer". The page
still shows every letter, so the word is wider than its text: that gap is the proof.

For each font, the width of every character (in ems) is learnt from the document's own
words by least squares. A word wider than its characters by at least a narrow glyph is
damaged. It is repaired when exactly one word that the document prints intact elsewhere
(or a word of the vocabulary the caller knows, such as the labels of minutes) is the
damaged word with one or two letters put back whose widths fill the gap. Otherwise the
word keeps its text and is reported, so that nothing reads a damaged name silently.

A word whose width cannot be judged (a font with too few words to learn it from) is
repaired from its text alone only where a ligature stood, after "f" or "t", and only
to the one word the document prints with those letters: "Bertl" beside "Bertil".
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from extractors.document import Document, Line, Word

if TYPE_CHECKING:
    import numpy as np

# a word is damaged when it is wider than its characters by this much (ems): about half
# the narrowest glyph ("i", "l"), well above the fit's noise
DAMAGE_MIN_EM = 0.12
# letters put back must fill the gap to within this much (ems)
FILL_TOLERANCE_EM = 0.06
# at most this many letters are lost in one place (a ligature of two or three glyphs)
MAX_LOST = 2
# a font's widths are learnt only from this many words per character it uses, or more
MIN_WORDS_PER_CHAR = 3
# each fit leaves out the words further than this (ems) from the fit before it: damaged
# words pull the first fit, less so each next one
_TRIM_EM = (0.3, 0.15, 0.08, 0.04, 0.04)
# a character's width is trusted when the fit saw it in this many words, or more
MIN_SEEN = 4
# ... and when at least this share of the words with it fit
MIN_FITTING_SHARE = 0.5
# no letter is narrower than this (ems): a narrower fit was made to damaged words
MIN_LETTER_EM = 0.15
# a word whose width cannot be judged is repaired from its text alone only when it is
# this long or longer, and only where a ligature stood: after one of LIGATURE_HEADS, the
# letters of LIGATURE_TAILS lost ("fi", "fl", "ff", "ft", "fj", "ti", "tt", "tf", "tl")
MIN_UNMEASURED = 4
LIGATURE_HEADS = frozenset("ft")
LIGATURE_TAILS = frozenset("iltfj")
# added to the normal equations' diagonal (a tiny ridge)
RIDGE = 1e-6
# what is stripped from a word before it is looked up ("Bertl," → "Bertl")
_EDGE = " ,.;:()[]\"'«»!?"
# the font names whose design (the name without its subset tag) is remembered
FONTS_REMEMBERED = 1024
_BOX = tuple(operator.attrgetter(name) for name in ("x0", "x1", "size"))
_FONT, _TEXT = operator.attrgetter("font"), operator.attrgetter("text")
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_LETTERS = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@dataclass
class Damage:
    """A damaged word: where it is, what it reads, and what it was repaired to (or None)."""

    page: int
    text: str
    repaired: str | None
    gap_em: float | None  # None: the width could not be judged, the text showed it


def repair_document(document: Document, vocabulary: Iterable[str] = ()) -> list[Damage]:
    """Repair the damaged words of a PDF's document in place; every damaged word found,
    repaired or not, in reading order."""
    if document.format != "pdf":
        return []
    import numpy as np

    words: list[Word] = []
    firsts: list[int] = []  # the index of each page's first word
    for page in document.pages:
        firsts.append(len(words))
        for line in page.lines:
            words += line.words
    if not words:
        return []
    # every word's width in ems and how much wider it is than its characters, by numpy
    # (the same IEEE arithmetic as Python's); NaN where it cannot be judged. A document
    # prints most of its words many times: what depends on the text alone is done once
    # a text.
    fonts, texts = list(map(_FONT, words)), list(map(_TEXT, words))
    x0, x1, size = (np.fromiter(map(get, words), float, len(words)) for get in _BOX)
    ems = np.divide(x1 - x0, size, where=size > 0, out=np.full(len(words), np.nan))
    widths = _learn_widths(fonts, texts, ems, ((size > 0) & (x1 > x0)).tolist())
    gaps = ems - _char_widths(widths, fonts, texts)
    wide = gaps >= DAMAGE_MIN_EM  # False where NaN
    cores: dict[str, tuple[str, bool]] = {}  # a word's text: its core, and if it is letters
    for text in set(texts):
        core = text.strip(_EDGE)
        cores[text] = (core, bool(_LETTERS.match(core)))
    # the words printed intact: as printed, or in a font too rare to judge
    judged = set(compress(texts, (~wide).tolist())) if wide.any() else cores
    intact = {cores[text][0] for text in judged if cores[text][1]}
    # damaged: wider than its characters; or perhaps (the text alone may show it) a word of
    # letters whose width cannot be judged
    perhaps = {t for t, (core, letters) in cores.items() if letters and len(core) >= MIN_UNMEASURED}
    at = np.flatnonzero(wide).tolist()
    at += [i for i in np.flatnonzero(np.isnan(gaps)).tolist() if texts[i] in perhaps]
    damaged: list[tuple[int, Word, float | None]] = [
        (
            document.pages[bisect.bisect_right(firsts, i) - 1].number,
            words[i],
            float(gaps[i]) if wide[i] else None,
        )
        for i in sorted(at)
    ]
    if not damaged:
        return []
    # only words that could be a damaged word with letters put back: its first letter,
    # one or two letters longer
    shapes = {(w.text.strip(_EDGE)[:1].casefold(), len(w.text.strip(_EDGE))) for _, w, _ in damaged}
    known = _Vocabulary(
        {
            v
            for v in intact | set(vocabulary)
            if any((v[:1].casefold(), len(v) - k) in shapes for k in range(1, MAX_LOST + 1))
            and _LETTERS.match(v)
        }
    )
    found: list[Damage] = []
    changed: set[int] = set()
    for page, word, gap in damaged:
        core = word.text.strip(_EDGE)
        if not _LETTERS.match(core):
            repaired = None
        elif gap is None:
            repaired = known.restore_ligature(core)
            if repaired is None:
                continue  # nothing says this word is damaged
        else:
            repaired = known.restore(core, gap, widths[_design(word.font)])
        found.append(Damage(page, word.text, None, None if gap is None else round(gap, 3)))
        if repaired is not None:
            found[-1].repaired = word.text.replace(core, repaired, 1)
            word.text = found[-1].repaired
            changed.add(id(word))
    if changed:  # a line computes its text once: build the lines with a repaired word anew
        for page in document.pages:
            page.lines = [
                Line(ln.words, ln.page, ln.furniture, ln.level)
                if any(id(w) in changed for w in ln.words)
                else ln
                for ln in page.lines
            ]
    return found


def _learn_widths(
    fonts: list[str], texts: list[str], ems: np.ndarray, measured: list[bool]
) -> dict[str, dict[str, float]]:
    """Per font, each character's width in ems, fitted to the words' widths (`ems`, of the
    words `measured`) by least squares, each fit without the words furthest from the fit
    before it."""
    import numpy as np

    by_font: dict[str, dict[tuple[str, float], int]] = defaultdict(lambda: defaultdict(int))
    # a word printed again counts again: the same text at the same width counted in C first
    printed = Counter(compress(zip(fonts, texts, ems.tolist(), strict=True), measured))
    for (font, text, em), count in printed.items():
        by_font[_design(font)][(text, round(em, 4))] += count
    learnt: dict[str, dict[str, float]] = {}
    for font, counted in by_font.items():
        chars = sorted({c for text, _ in counted for c in text})
        if sum(counted.values()) < MIN_WORDS_PER_CHAR * len(chars):
            continue
        index = {c: i for i, c in enumerate(chars)}
        rows = np.zeros((len(counted), len(chars)))
        ems = np.zeros(len(counted))
        weights = np.zeros(len(counted))
        for r, ((text, width), count) in enumerate(counted.items()):
            for c in text:
                rows[r, index[c]] += 1
            ems[r], weights[r] = width, count
        keep = np.ones(len(counted), dtype=bool)
        for limit in _TRIM_EM:
            fit = _least_squares(rows[keep], ems[keep], weights[keep])
            keep = np.abs(ems - np.einsum("ri,i->r", rows, fit)) < limit
        # a character is known well enough to judge by when it was seen in enough words
        # that fit, and most words with it fit (a rare letter fitted to damaged words is
        # not: the intact words with it all seem damaged then)
        has = (rows > 0) * weights[:, None]
        seen, total = has[keep].sum(axis=0), has.sum(axis=0)
        reliable = (seen >= MIN_SEEN) & (seen >= MIN_FITTING_SHARE * total)
        learnt[font] = {
            c: float(fit[i])
            for c, i in index.items()
            if reliable[i] and (fit[i] >= MIN_LETTER_EM or not c.isalpha())
        }
    return learnt


def _least_squares(rows, ems, weights):
    """Weighted least squares by the normal equations: a few characters' widths from many
    words."""
    import numpy as np

    weighted = rows * weights[:, None]
    # einsum, not "@": BLAS threads spin against each other on a busy machine (1 s a fit)
    gram = np.einsum("ri,rj->ij", weighted, rows)
    right = np.einsum("ri,r->i", weighted, ems)
    try:  # a small ridge keeps a letter seen only beside another solvable
        return np.linalg.solve(gram + RIDGE * np.eye(len(gram)), right)
    except np.linalg.LinAlgError:
        return np.linalg.lstsq(gram, right, rcond=None)[0]


@functools.lru_cache(maxsize=FONTS_REMEMBERED)
def _design(font: str) -> str:
    """The font's name without the subset tag: 'BCDEEE+Calibri' and 'Calibri' are one design."""
    return _SUBSET_TAG.sub("", font)


def _char_widths(widths: dict[str, dict[str, float]], fonts: list[str], texts: list[str]):
    """Each word's characters' widths added up (ems), once a font and text; NaN where a
    character's width is not known."""
    import numpy as np

    summed: dict[tuple[str, str], float] = {}
    for font, text in set(zip(fonts, texts, strict=True)):
        known = widths.get(_design(font))
        if known is not None and all(c in known for c in text):
            summed[font, text] = sum(known[c] for c in text)
        else:
            summed[font, text] = float("nan")
    each = map(summed.__getitem__, zip(fonts, texts, strict=True))
    return np.fromiter(each, dtype=float, count=len(fonts))


class _Vocabulary:
    """Words, looked up by what they read with one or two letters lost."""

    def __init__(self, words: set[str]) -> None:
        self.lost: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        for word in words:
            for size in range(1, MAX_LOST + 1):
                for at in range(1, len(word) - size + 1):  # never the first letter
                    damaged = word[:at] + word[at + size :]
                    self.lost[damaged.casefold()].add((word, word[at : at + size], word[at - 1]))

    def restore(self, text: str, gap: float, widths: dict[str, float]) -> str | None:
        """The one word text is with letters lost that fill gap; None when not one."""
        fits = set()
        for word, letters, _ in self.lost.get(text.casefold(), ()):
            if all(c in widths for c in letters):
                filled = sum(widths[c] for c in letters)
                if abs(filled - gap) <= FILL_TOLERANCE_EM:
                    fits.add(_in_case_of(word, text))
        return fits.pop() if len(fits) == 1 else None

    def restore_ligature(self, text: str) -> str | None:
        """The one word text is with the tail of a ligature lost ('Bertl' → 'Bertil': 'ti'
        read as 't'), for a word whose width cannot be judged; None when not one."""
        fits = {
            _in_case_of(word, text)
            for word, letters, before in self.lost.get(text.casefold(), ())
            if before.casefold() in LIGATURE_HEADS and set(letters.casefold()) <= LIGATURE_TAILS
        }
        return fits.pop() if len(fits) == 1 else None


def _in_case_of(word: str, text: str) -> str:
    """word written in the case text is written in ('ERSÄTARE' → 'ERSÄTTARE')."""
    if text.isupper():
        return word.upper()
    if text[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    if text[:1].islower() and word[:1].isupper() and not word.isupper():
        return word[:1].lower() + word[1:]
    return word
