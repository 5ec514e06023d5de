"""Person names as written in Swedish minutes: 'Anna Andersson', 'Eva-Lena Odeling',
'Yvonne Blucher Svensson', 'Carl af Ekström', 'Linda Söder Jonsson'."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

PARTICLES = {"af", "von", "de", "van", "der", "den", "la", "du", "di", "da", "del", "al"}
# a part may be two joined ('PerOlof', 'AnnKatrin') or hyphenated ('Eva-Lena')
# letters of names from elsewhere in Europe: 'Marić', 'Babič', 'Łukasz', 'Gonçalves'
_MORE_LOWER = "čćžšđłńśźżřěůýťďňőűçãõâêîôûëïàìò"
_MORE_UPPER = "ČĆŽŠĐŁŚŹŻŘ"
_NAME_PART = (
    rf"[A-ZÅÄÖÉÈÜØÆ{_MORE_UPPER}][a-zåäöéèüøæáíóúñ{_MORE_LOWER}'’]+"
    rf"(?:[A-ZÅÄÖ][a-zåäöéèüøæ{_MORE_LOWER}'’]+)?"
    rf"(?:-[A-ZÅÄÖÉa-zåäöé{_MORE_UPPER}][a-zåäöéèüøæ{_MORE_LOWER}'’]+)*"
)
# a middle initial: 'Olle K Lindgren', 'Stina B. Holm'
INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
NAME_TOKEN = re.compile(rf"^{_NAME_PART}$")


# texts whose name is remembered: the same line is asked about by several readers of a
# document (attendance, signatures, item lists), and a person's name again on every page
NAMES_REMEMBERED = 8192


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def leading_name(text: str) -> tuple[str, str] | None:
    """Split 'Anna Andersson (S), Köping' into ('Anna Andersson', ' (S), Köping').

    The name is the longest run of capitalised name parts (and particles between
    them) at the start of the text; None when it does not start with one of two or
    more parts.
    """
    parts: list[str] = []
    pending: list[str] = []
    end = 0
    for m in re.finditer(r"\S+", text):
        token = m.group(0)
        bare = token.rstrip(",;:")
        if NAME_TOKEN.match(bare):
            parts.extend(pending)
            pending = []
            parts.append(bare)
            end = m.start() + len(bare)
            if bare != token:  # "Fredin," ends the name
                break
        elif (token in PARTICLES or INITIAL.match(token)) and parts:
            pending.append(token)
        else:
            break
    if len(parts) < 2:
        return None
    return " ".join(parts), text[end:]


# 'Lindahl, Greta (C)', 'Lind-Ek, Anna Karin, sekreterare': one surname, a comma, the
# given names, then what follows a name (a bracket, a comma, a lower-case word, the end)
_SURNAME_COMMA = re.compile(
    rf"({_NAME_PART}),\s*({_NAME_PART})((?:\s+{_NAME_PART})?)"
    r"(?=\s*(?:[(,;:]|\.(?:\s|$)|$)|\s+[a-zåäö§])"
)


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def surname_comma(text: str) -> tuple[str, str, str] | None:
    """('Greta Lindahl', 'Lindahl', ' (C), ordförande') for 'Lindahl, Greta (C),
    ordförande': a name printed surname first with a comma, in natural order, with its
    surname and the text after it. A second given name must be a common first name
    ('Ek, Anna Lena'): 'Ek, Anna Berg' is a word before a name. None for other text."""
    m = _SURNAME_COMMA.match(text)
    if m is None:
        return None
    surname, given, more = m.group(1), m.group(2), m.group(3).strip()
    if more and not is_first_name(more):
        return None
    return " ".join(filter(None, (given, more, surname))), surname, text[m.end() :]


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def name_key(name: str) -> str:
    """A normalised key for comparing names: NFC, case-folded, single spaces, one hyphen."""
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"[\u2010-\u2015\u2212]", "-", name)
    name = re.sub(r"\s*-\s*", "-", name)
    return " ".join(name.casefold().split())


@functools.cache
def first_names() -> frozenset[str]:
    """Common first names (case-folded), from data/first_names.txt."""
    path = Path(__file__).parent / "data" / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        unicodedata.normalize("NFC", ln.strip()).casefold()
        for ln in lines
        if ln.strip() and not ln.startswith("#")
    )


def is_first_name(token: str) -> bool:
    """Whether a name part is a common first name ('Anna', 'Per'); a double first name
    counts by its first part ('Eva-Lena')."""
    key = unicodedata.normalize("NFC", token).casefold()
    return key in first_names() or key.split("-")[0] in first_names() and "-" in key


# -- one person, two spellings ---------------------------------------------------------
#
# One rule says when two printed names may be one person's, for the extractors (a
# presenter named twice in an item, a signature beside the attendance list) and for
# person resolution across documents (pipeline/people/rules.py), with one parameter for its
# strictness: `within_document`. Across documents the rule is only half of a join:
# person resolution also asks for evidence (a shared party, organisation or body, near in
# time) and, for a one-letter difference, that one spelling is rare.

# characters: a one-letter difference is a typo only in name parts at least this long
# ('Bo Ek' and 'Bo Ik' are two names)
MIN_TYPO_LENGTH = 4

# The reasons, nearest first; the first three are person resolution's (stored with each
# join), the last two hold within one document only.
SAME_NAME = "same name"
MIDDLE_ADDED = "middle name or surname part added"
ONE_LETTER = "one letter differs"
OTHER_ORDER = "same names in another order"
SAME_ENDS = "same first and last name"
REASONS = (SAME_NAME, OTHER_ORDER, MIDDLE_ADDED, SAME_ENDS, ONE_LETTER)


def spelling_key(name: str) -> str:
    """Names equal under this key are one spelling: 'Tove Lind-Ek' == 'tove lind – ek'
    == 'Tove Lind Ek'."""
    return _spelling(name_key(name))


def _spelling(key: str) -> str:
    """spelling_key() of a name already name_key()'d."""
    return " ".join(key.replace("-", " ").split())


def same_person(a: str, b: str, *, within_document: bool = False) -> str | None:
    """Why two printed names may be one person's, one of REASONS; None when they are two
    people's.

    Always: the same spelling (case, spaces, Unicode form, a hyphen or a space between
    parts aside); one part differing by one letter (Vivanne/Vivianne, Margreta/
    Margareta), in parts of at least MIN_TYPO_LENGTH letters and not a Swedish feminine
    '-a' (Erik/Erika, Ann/Anna are two names); or middle names or surname parts added to
    the same first name (Stina Berg/Stina Kajsa Berg). A hyphenated first name is one
    name: Anna-Karin is not Anna.

    within_document: the two are printed in one document, where a name is also read in
    another order ('Berg Stina' in a list, 'Stina Berg' signing) or with another middle
    name or initial ('Stina K Berg', 'Stina M Berg'): the same parts in any order, or the
    same first and last part, are one person too. Across documents those are left
    apart (two people may share a first and last name).
    """
    ka, kb = name_key(a), name_key(b)
    return same_person_parts(
        _first_part(ka),
        tuple(_spelling(ka).split()),
        _first_part(kb),
        tuple(_spelling(kb).split()),
        within_document=within_document,
    )


def same_person_parts(
    given_a: str,
    parts_a: tuple[str, ...],
    given_b: str,
    parts_b: tuple[str, ...],
    *,
    within_document: bool = False,
) -> str | None:
    """`same_person` on names already split: each name's first part as name_key() writes
    it (a hyphen kept) and its spelling_key() parts. For callers that compare one name
    with many (person resolution splits each name once)."""
    if parts_a == parts_b:
        return SAME_NAME
    if len(parts_a) == len(parts_b):
        diff = [(x, y) for x, y in zip(parts_a, parts_b, strict=True) if x != y]
        if len(diff) == 1 and _typo(*diff[0]):
            return ONE_LETTER
        if within_document:
            return _within_document(given_a, parts_a, given_b, parts_b)
        return None
    short, long_ = (parts_a, parts_b) if len(parts_a) < len(parts_b) else (parts_b, parts_a)
    if len(short) >= 2 and given_a == given_b and short[0] == long_[0]:
        it = iter(long_)
        if all(part in it for part in short):  # an ordered subsequence
            return MIDDLE_ADDED
    return _within_document(given_a, parts_a, given_b, parts_b) if within_document else None


def _within_document(
    given_a: str, parts_a: tuple[str, ...], given_b: str, parts_b: tuple[str, ...]
) -> str | None:
    """The reasons that hold within one document only: the same parts in another order,
    or the same first name (as written: Anna-Lena is not Anna) and last part."""
    if min(len(parts_a), len(parts_b)) < 2:
        return None
    if sorted(parts_a) == sorted(parts_b):
        return OTHER_ORDER
    if given_a == given_b and parts_a[-1] == parts_b[-1]:
        return SAME_ENDS
    return None


def _typo(x: str, y: str) -> bool:
    """One letter added, dropped or changed in a part long enough to call it a typo, and
    no feminine pair."""
    if min(len(x), len(y)) < MIN_TYPO_LENGTH or _feminine_pair(x, y):
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(x, y) == 1


def _feminine_pair(x: str, y: str) -> bool:
    """Erik/Erika, Jan/Jana, Ann/Anna: different names, not a typo."""
    short, long_ = sorted((x, y), key=len)
    return long_ == short + "a"


def _first_part(key: str) -> str:
    """The first name as name_key() writes it, hyphen kept: 'anna-karin' is not 'anna'."""
    return key.split()[0] if key else ""
