"""Numbers a deck reports, with what they count: 'Ca 230 patienter anslutna varav ca 150
i Västerås', 'Av de anslutna är 68% är över 80 år', 'Minskar antalet vårdtillfällen med
50%', 'Akutbesök … minskar med en tredjedel'.

A figure is a percentage, a fraction word, or a count followed by what it counts. Not
figures: years, thresholds and denominators of indicator definitions ('/1000 inv.',
'> 80 år', 'inom 30 dagar'), durations and ages, numbering and codes ('1.', 'HoS29',
'1177 och', '5/50', 'mål 5').
"""

from __future__ import annotations

import re

from extractors.presentation.paragraphs import SlideContent, strip_bullet
from extractors.presentation.parameters import MAX_CHANGE_SUBJECT_WORDS
from extractors.swedish.numbers import (
    CHANGE_VERBS,
    FRACTIONS,
    NOT_COUNTED,
    NUMBER_QUALIFIERS,
    NUMBERING_WORDS,
    WORD_NUMBERS,
)
from extractors.swedish.places import is_place
from schemas.record import Figure

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:,\d+)?"

_QUAL = "|".join(re.escape(q) for q in sorted(NUMBER_QUALIFIERS, key=len, reverse=True))
_WORD_NUM = "|".join(WORD_NUMBERS)
_FRACTION = "|".join(FRACTIONS)
_PREFIX = rf"(?:(?P<qual>{_QUAL})\s+)?"
PERCENT = re.compile(rf"{_PREFIX}(?<![\w/<>-])(?P<num>{_NUMBER})\s?%", re.IGNORECASE)
FRACTION = re.compile(rf"\b(?:med|till|är)\s+(?P<frac>{_FRACTION})\b", re.IGNORECASE)
COUNT = re.compile(
    rf"{_PREFIX}(?<![\w/<>.,-])(?P<num>{_NUMBER}|\b(?:{_WORD_NUM}))"
    r"\s+(?P<words>[a-zåäöé]+(?:\s+[a-zåäöé]+){0,2})",
    re.IGNORECASE,
)
SUBCOUNT = re.compile(
    rf"\bvarav\s+{_PREFIX}(?P<num>{_NUMBER})(?:\s+(?P<noun>[a-zåäöé]+))?", re.IGNORECASE
)
PLACE_AFTER = re.compile(r"^\s*i\s+((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s*){1,3})")
SHARE_OF = [
    re.compile(r"\b(?:antalet|andelen|antal|andel)\s+([\wåäöÅÄÖ-]+)", re.IGNORECASE),
    re.compile(r"\bav\s+(?:de|alla|samtliga)\s+([\wåäöÅÄÖ-]+)", re.IGNORECASE),
]
CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÅÄÖ0-9])|\s+[–—-]\s+")
PARTICIPLE = re.compile(r"(?:na|da|ade|ta|de)$")
ADJECTIVE = re.compile(r"(?:a|ade|ande|ende)$")  # 'gemensamma', 'prioriterade'; not 'invånare'


def deck_figures(slides: list[SlideContent]) -> list[Figure]:
    figures: list[Figure] = []
    for slide in slides:
        for paragraph in slide.paragraphs:
            for text in paragraph.cells or [paragraph.text]:
                for clause in CLAUSE_BREAK.split(strip_bullet(text)):
                    figures.extend(_clause_figures(slide.number, clause.strip(), len(figures)))
    return figures


def _number(text: str) -> float | None:
    word = WORD_NUMBERS.get(text.casefold())
    if word is not None:
        return float(word)
    digits = re.sub(r"[ \u00a0\u202f]", "", text).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _qualifier(m: re.Match) -> str | None:
    qual = m.group("qual")
    return qual.casefold().rstrip(".") if qual else None


def _change(clause: str) -> str | None:
    m = CHANGE_VERBS.search(clause)
    return m.group(1).casefold() if m else None


def _share_of(clause: str, before: int) -> str | None:
    for pattern in SHARE_OF:
        m = pattern.search(clause)
        if m and m.group(1).casefold() not in NOT_COUNTED:
            return m.group(1)
    m = CHANGE_VERBS.search(clause)
    if m and 0 < m.start() < before:
        subject = clause[: m.start()].strip(" ,")
        if 0 < len(subject.split()) <= MAX_CHANGE_SUBJECT_WORDS:
            return subject
    return None


def _clause_figures(slide: int, clause: str, offset: int) -> list[Figure]:
    found: list[tuple[int, Figure]] = []
    taken: list[tuple[int, int]] = []
    change = _change(clause)
    for m in PERCENT.finditer(clause):
        value = _number(m.group("num"))
        if value is None:
            continue
        figure = Figure(
            slide=slide, value=value, unit="%", counts=_share_of(clause, m.start()),
            qualifier=_qualifier(m), change=change, text=clause,
        )  # fmt: skip
        found.append((m.start(), figure))
        taken.append(m.span())
    for m in FRACTION.finditer(clause):
        figure = Figure(
            slide=slide, value=FRACTIONS[m.group("frac").casefold()], unit="%",
            counts=_share_of(clause, m.start()), change=change, text=clause,
        )  # fmt: skip
        found.append((m.start(), figure))
    subcounts = list(SUBCOUNT.finditer(clause))
    for m in subcounts:
        taken.append(m.span())
    for m in COUNT.finditer(clause):
        if any(a <= m.start("num") < b for a, b in taken) or not _is_count(clause, m):
            continue
        unit, counts = _noun_phrase(m.group("words").split())
        figure = Figure(
            slide=slide, value=_number(m.group("num")), unit=unit, counts=counts,
            qualifier=_qualifier(m), change=change, place=_place(clause[m.end() :]),
            text=clause,
        )  # fmt: skip
        found.append((m.start(), figure))
    found.sort(key=lambda f: f[0])
    figures = [f for _, f in found]
    for m in subcounts:
        parents = [k for k, (at, f) in enumerate(found) if at < m.start() and f.unit != "%"]
        parent = figures[parents[-1]] if parents else None
        noun = m.group("noun")
        own = noun if noun and noun.casefold() not in NOT_COUNTED else None
        figures.append(
            Figure(
                slide=slide, value=_number(m.group("num")),
                unit=own or (parent.unit if parent else None),
                counts=own or (parent.counts if parent else None),
                qualifier=_qualifier(m), change=change,
                place=_place(clause[m.end("num") :] if not own else clause[m.end() :]),
                part_of=offset + parents[-1] if parents else None, text=clause,
            )
        )  # fmt: skip
    return figures


def _is_count(clause: str, m: re.Match) -> bool:
    number = m.group("num")
    if re.fullmatch(r"(?:19|20)\d{2}", number):
        return False  # a year
    first = m.group("words").split()[0].casefold()
    if first in NOT_COUNTED:
        return False
    before = clause[: m.start("num")].rstrip()
    if before.endswith(("/", ">", "<", "=", "+")):
        return False
    previous = before.split()[-1].casefold() if before.split() else ""
    return previous not in NUMBERING_WORDS


def _noun_phrase(words: list[str]) -> tuple[str, str]:
    """(the counted noun, the phrase as worded): '7 gemensamma utvecklingsområden' →
    ('utvecklingsområden', 'gemensamma utvecklingsområden'); '230 patienter anslutna'
    → ('patienter', 'patienter anslutna')."""
    cut = next((k for k, w in enumerate(words) if w.casefold() in NOT_COUNTED), len(words))
    words = words[:cut] or words[:1]
    if len(words) > 1 and ADJECTIVE.search(words[0].casefold()):
        noun = words[1]
        phrase = words[:2]
        rest = words[2:]
    else:
        noun = words[0]
        phrase = words[:1]
        rest = words[1:]
    if rest and PARTICIPLE.search(rest[0].casefold()):
        phrase.append(rest[0])
    return noun, " ".join(phrase)


def _place(after: str) -> str | None:
    m = PLACE_AFTER.match(after)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n]).strip(" ,.;")
        if is_place(candidate):
            return candidate
    return None
