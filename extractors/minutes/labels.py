"""Reading the labels Swedish minutes put in their left column: which group or header
field a label stands for, also when the text layer damaged it, and several labels on
one line. The labels themselves are `extractors/swedish/labels.py`'s."""

from __future__ import annotations

import functools
import re

from extractors.minutes.parameters import MAX_LABEL_EDITS, MAX_LABEL_WORDS, MIN_FUZZY_LABEL
from extractors.swedish.labels import (
    AUDITORS_LABEL,
    GROUP_LABELS,
    MEMBERSHIP_WORDS,
    META_LABELS,
    NOT_SERVING_LABEL,
    STAFF,
    SUBSTITUTE_LABEL,
    SUPPLEANT_LABEL,
)
from schemas.record import Group

# texts whose reading as a label is remembered: every line of a document is asked, some
# by several readers, and page furniture repeats on every page
LABELS_REMEMBERED = 4096


@functools.lru_cache(maxsize=LABELS_REMEMBERED)
def near_label(key: str) -> str | None:
    """The one known label within a few edits of a long label key, with its first letter
    and number of words; None when none or several: a long label whose text layer lost or
    swapped a few glyphs ("Sammanträdcstkd" for "Sammanträdestid") is still that label."""
    if (
        len(key) < MIN_FUZZY_LABEL
        or len(key.split()) > MAX_LABEL_WORDS
        or re.search(r"[\d§(:,]", key)
    ):
        return None
    from rapidfuzz.distance import Levenshtein

    near = [
        label
        for label in _LABEL_KEYS
        if label[0] == key[0]
        and len(label) >= MIN_FUZZY_LABEL
        and len(label.split()) == len(key.split())
        and Levenshtein.distance(key, label, score_cutoff=MAX_LABEL_EDITS) <= MAX_LABEL_EDITS
    ]
    return near[0] if len(near) == 1 else None


@functools.lru_cache(maxsize=LABELS_REMEMBERED)
def label_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).casefold()


@functools.lru_cache(maxsize=LABELS_REMEMBERED)
def group_of(label: str) -> Group | None:
    """The attendance group a label stands for, or None when it is not an attendance label."""
    key = label_key(label)
    if key in GROUP_LABELS:
        return GROUP_LABELS[key]
    if key not in META_LABELS and (near := near_label(key)) in GROUP_LABELS:
        return GROUP_LABELS[near]  # a label the text layer damaged: "Övrlga närvarande"
    if len(key.split()) > MAX_LABEL_WORDS or re.search(r"[\d§(]", key):
        return None  # a sentence or an entry ('Närvarande §§ 3-5'), not a heading
    if NOT_SERVING_LABEL.search(key):  # 'Ersättare, ej tjg'
        return Group.substitute_not_serving
    if SUBSTITUTE_LABEL.fullmatch(key):  # 'Övriga närvarande ersättare', 'Inkallade ersättare'
        return Group.substitute_not_serving
    if AUDITORS_LABEL.search(key):  # 'Närvarande revisorer'
        return Group.other_present
    if key.startswith("ersättare"):  # 'Ersättare närvarande', 'Ersättare tjänstgörande'
        return Group.decision_maker if "tjänstgörande" in key else Group.substitute_not_serving
    if SUPPLEANT_LABEL.fullmatch(key):  # a company board's ersättare: 'Närvarande suppleanter'
        return Group.decision_maker if "tjänstgörande" in key else Group.substitute_not_serving
    if "förhinder" in key or key.startswith(("frånvarande", "ej närvarande")):
        return Group.absent
    if key.startswith("tjänstgörande") or key.startswith("beslutande"):
        return Group.decision_maker
    if key.startswith("övriga") or key.startswith("tjänste"):
        return Group.other_present
    if key.startswith(("närvarande", "deltagande", "deltagare", "representanter")):
        # 'Närvarande från kommunerna'; 'Representanter från förvaltningen' are staff (a
        # council's 'Representanter från föreningarna' are its members: see attendance)
        return Group.other_present if STAFF.search(key) else Group.decision_maker
    return None


@functools.lru_cache(maxsize=LABELS_REMEMBERED)
def meta_of(label: str) -> str | None:
    key = label_key(label)
    found = META_LABELS.get(key)
    if found is None and key not in GROUP_LABELS:
        found = META_LABELS.get(near_label(key) or "")  # damaged: "Sammanträdcstkd"
    return found


def is_label(text: str) -> bool:
    return group_of(text) is not None or meta_of(text) is not None


_LABEL_KEYS = tuple(GROUP_LABELS) + tuple(META_LABELS)
_ALL_LABELS = sorted(set(GROUP_LABELS) | set(META_LABELS), key=len, reverse=True)

# Several inline labels on one line: "Datum: 2024-12-02 Tid: 13.30–15.00 Plats: Stadshuset".
ANY_INLINE_LABEL = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(re.escape(k) for k in _ALL_LABELS) + r")\s*:\s*", re.IGNORECASE
)


def split_inline_labels(text: str) -> list[tuple[str, str]]:
    """[(label, value), …] for a line made of 'Label: value' parts; [] when it is not."""
    matches = list(ANY_INLINE_LABEL.finditer(text))
    if not matches or matches[0].start() != 0:
        return []
    parts = []
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        parts.append((m.group(1), text[m.end() : end].strip()))
    return parts


def membership_of(text: str) -> tuple[Group | None, bool] | None:
    """(group, holds in any block) for a membership word; None when text is none.
    'ledamot' gives (None, False): the person keeps the block's group."""
    key = label_key(text).strip(" .,;")
    for pattern, group, strong in MEMBERSHIP_WORDS:
        if pattern.fullmatch(key):
            return group, strong
    return None
