"""The labels Swedish minutes put in their left column, and what each one means."""

from __future__ import annotations

import functools
import re

from extractors.minutes.parameters import MAX_LABEL_EDITS, MAX_LABEL_WORDS, MIN_FUZZY_LABEL
from schemas.record import Group

# Attendance headings → group. Matched on the whole label, case-folded, colon removed.
GROUP_LABELS: dict[str, Group] = {
    "beslutande": Group.decision_maker,
    "beslutande ledamöter": Group.decision_maker,
    "ledamöter": Group.decision_maker,
    "närvarande ledamöter": Group.decision_maker,
    "ledamöter närvarande": Group.decision_maker,
    "tjänstgörande ledamöter": Group.decision_maker,
    "tjänstgörande ersättare": Group.decision_maker,
    "beslutande ersättare": Group.decision_maker,
    "närvarande beslutande": Group.decision_maker,
    "ersättare": Group.substitute_not_serving,
    "ej tjänstgörande ersättare": Group.substitute_not_serving,
    "icke tjänstgörande ersättare": Group.substitute_not_serving,
    "ej tjänstgörande": Group.substitute_not_serving,
    "närvarande ersättare": Group.substitute_not_serving,
    "övriga ersättare": Group.substitute_not_serving,
    "insynsplatser": Group.other_present,
    "övriga": Group.other_present,
    "övriga deltagande": Group.other_present,
    "övriga deltagare": Group.other_present,
    "övriga närvarande": Group.other_present,
    "övriga närvarande tjänstepersoner": Group.other_present,
    "tjänstemän": Group.other_present,
    "tjänstepersoner": Group.other_present,
    "närvarande tjänstemän": Group.other_present,
    "närvarande tjänstepersoner": Group.other_present,
    "deltagande tjänstemän": Group.other_present,
    "föredragande": Group.other_present,
    "föredragande tjänstemän": Group.other_present,
    "adjungerade": Group.other_present,
    "inbjudna": Group.other_present,
    "inbjuden": Group.other_present,
    "gäst": Group.other_present,
    "gäster": Group.other_present,
    "inbjudna gäster": Group.other_present,
    "insynsplats": Group.other_present,
    "insyn": Group.other_present,
    "yttranderätt": Group.other_present,
    "med yttranderätt": Group.other_present,
    "närvarande med yttranderätt": Group.other_present,
    "yttrande- och närvarorätt": Group.other_present,
    "närvaro- och yttranderätt": Group.other_present,
    "observatörer": Group.other_present,
    "observatör": Group.other_present,
    "adjungerad": Group.other_present,
    "inbjudna gäster och tjänstemän": Group.other_present,
    "observerande ersättare": Group.substitute_not_serving,
    "närvarande": Group.decision_maker,
    "deltagare": Group.decision_maker,
    "deltagande": Group.decision_maker,
    "frånvarande": Group.absent,
    "frånvarande ledamöter": Group.absent,
    "ej närvarande": Group.absent,
    "ej närvarande ledamöter": Group.absent,
    "anmält förhinder": Group.absent,
    "anmält frånvaro": Group.absent,
    "förhinder": Group.absent,
}

# Header labels that are not attendance.
META_LABELS = {
    "plats och tid": "place_time",
    "tid och plats": "place_time",
    "plats": "place",
    "lokal": "place",
    "mötesplats": "place",
    "sammanträdesplats": "place",
    "tid": "time",
    "mötestid": "time",
    "datum": "date",
    "mötesdatum": "date",
    "sammanträdesdatum": "date",
    "datum och tid": "date_time",
    "datum, tid": "date_time",
    "sammanträdestid": "date_time",  # Finland-Swedish: "Sammanträdestid 14.3.2024 kl. 17.00"
    "mötestid och plats": "place_time",
    "utses att justera": "adjuster",
    "justerare": "adjuster",
    "justerande": "adjuster",
    "justeringsperson": "adjuster",
    "justeringspersoner": "adjuster",
    "protokolljusterare": "adjuster",
    "protokollsjusterare": "adjuster",
    "protokollförare": "signature",
    "ordföranden": "signature",
    "underskrift": "signature",
    "justering": "adjustment",
    "justeringens plats och tid": "adjustment",
    "justeringens tid och plats": "adjustment",
    "justeringsdatum": "adjustment",
    "paragrafer": "paragraphs",
    "protokollet omfattar": "paragraphs",
    "ärenden": "paragraphs",
    "sekreterare": "signature",
    "ordförande": "signature",
    "underskrifter": "signature",
    "anslag/bevis": "notice",
    "organ": "body",
    "sammanträdande organ": "body",
    "beslutande organ": "body",
    "nämnd": "body",
    "förvaring av protokollet": "notice",
    "datum då anslaget sätts upp": "notice",
    "datum då anslaget tas ned": "notice",
}


@functools.lru_cache(maxsize=4096)
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


def label_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).casefold()


_SUBSTITUTES = re.compile(
    r"(?:(?:övriga|närvarande|observerande|inkallade|kallade|personliga|icke\s+beslutande"
    r"|ej\s+beslutande)\s+)+ersättare(?:\s+närvarande)?"
)


# A label's words for the staff of the organisation, or their unions' representatives
STAFF = re.compile(r"tjänste|förvaltning|kansli|personal|fack|arbetstagar")
# 'Suppleanter', 'Närvarande suppleant', 'Tjänstgörande suppleanter': a company board's
# ersättare
_SUPPLEANTS = re.compile(
    r"(?:(?:närvarande|övriga|tjänstgörande|ej\s+tjänstgörande)\s+)?suppleant(?:er|erna)?"
    r"(?:\s+närvarande)?"
)


def group_of(label: str) -> Group | None:
    """The attendance group a label stands for, or None when it is not an attendance label."""
    key = label_key(label)
    if key in GROUP_LABELS:
        return GROUP_LABELS[key]
    if key not in META_LABELS and (near := near_label(key)) in GROUP_LABELS:
        return GROUP_LABELS[near]  # a label the text layer damaged: "Övrlga närvarande"
    if len(key.split()) > MAX_LABEL_WORDS or re.search(r"[\d§(]", key):
        return None  # a sentence or an entry ('Närvarande §§ 3-5'), not a heading
    if re.search(r"\b(?:ej|icke)\s+(?:tjänstgörande|tjänstg|tjg)\b", key):  # 'Ersättare, ej tjg'
        return Group.substitute_not_serving
    if _SUBSTITUTES.fullmatch(key):  # 'Övriga närvarande ersättare', 'Inkallade ersättare'
        return Group.substitute_not_serving
    if re.search(r"\brevisor(?:er|erna)?\b", key):  # 'Närvarande revisorer'
        return Group.other_present
    if key.startswith("ersättare"):  # 'Ersättare närvarande', 'Ersättare tjänstgörande'
        return Group.decision_maker if "tjänstgörande" in key else Group.substitute_not_serving
    if _SUPPLEANTS.fullmatch(key):  # a company board's ersättare: 'Närvarande suppleanter'
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


# Membership words after a name ('Bo Lind, ledamot', 'Anna Ek (S) ersättare', 'adj'):
# a group, not a role. (pattern, group, whether it holds in any block): a plain
# 'ersättare' among övriga närvarande is a substitute who does not serve, but listed
# among the beslutande it is one who does.
_MEMBERSHIP: list[tuple[re.Pattern[str], Group | None, bool]] = [
    (re.compile(r"(?:ordinarie\s+)?(?:ledamot|ledamöter)"), None, False),
    (
        re.compile(r"(?:ej|icke)\s+(?:tjänstgörande|tjänstg\.?|tjg\.?)\s+ers(?:\.|ättare)?"),
        Group.substitute_not_serving,
        True,
    ),
    (
        re.compile(r"(?:tjänstgörande|tjänstg\.?|tjg\.?)\s+ers(?:\.|ättare)?"),
        Group.decision_maker,
        True,
    ),
    (re.compile(r"observerande\s+ersättare"), Group.substitute_not_serving, True),
    (
        re.compile(
            r"(?:\d:e\s+|första\s+|andra\s+|närvarande\s+|personlig\s+)?"
            r"(?:ersättare|ers\.?|suppleant)"
        ),
        Group.substitute_not_serving,
        False,
    ),
    (re.compile(r"adj\.?|adjungerad(?:e)?|insynsplats|yttranderätt"), Group.other_present, True),
]


def membership_of(text: str) -> tuple[Group | None, bool] | None:
    """(group, holds in any block) for a membership word; None when text is none.
    'ledamot' gives (None, False): the person keeps the block's group."""
    key = label_key(text).strip(" .,;")
    for pattern, group, strong in _MEMBERSHIP:
        if pattern.fullmatch(key):
            return group, strong
    return None
