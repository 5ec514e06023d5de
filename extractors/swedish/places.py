"""Swedish municipalities and regions, and the ways organisations are written."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from extractors.swedish.capitals import capitalised


@lru_cache(maxsize=1)
def _places() -> dict:
    text = resources.files("extractors.swedish").joinpath("data/places.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    return frozenset(m["name"] for m in _places()["municipalities"])


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    return frozenset(r["name"] for r in _places()["regions"])


@lru_cache(maxsize=1)
def place_names() -> list[str]:
    """Municipality and region names, longest first (for matching)."""
    names = set(municipalities()) | set(regions())
    return sorted(names, key=len, reverse=True)


_CAP = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*"
# "Köpings kommun", "Västerås stad", "Region Västmanland", "Region Jönköpings län",
# "Västra Götalandsregionen", "Stockholms läns landsting", and federations of them, any
# "-förbund": "Regionförbundet Norrvik län", "Landstinget i Värmland", "Sjuhärads
# kommunalförbund", "Norrviks Räddningstjänstförbund", two compounds sharing their tail
# ("Norrdalens brand- och räddningsförbund"); and their collaborations in care
# ("Vårdsamverkan Norrvik")
_FEDERATION = r"(?:[A-ZÅÄÖ][a-zåäö]*förbundet|Landstinget)"
ORGANISATION = re.compile(
    rf"\b(?:Region\s+{_CAP}(?:\s+(?:län|{_CAP}))?"
    rf"|{_FEDERATION}\s+(?:i\s+)?{_CAP}(?:\s+(?:län|{_CAP}))?"
    rf"|{_CAP}(?:\s+{_CAP})?\s+(?:kommun|stad|Stad|läns\s+landsting|landsting"
    rf"|(?:[a-zåäö]{{2,}}-\s+(?:och|&)\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}förbund)"
    rf"|[A-ZÅÄÖ][a-zåäö]+samverkan\s+{_CAP}"
    rf"|(?:{_CAP}\s+)?{_CAP}regionen)\b"
)


# Letterheads in capitals: "OCKELBO KOMMUN", "REGION DALARNA", "VÄSTERÅS STAD",
# "VÅRDSAMVERKAN NORRVIK"
_UPPER = r"[A-ZÅÄÖ][A-ZÅÄÖ-]+"
_CAPITALS = re.compile(
    rf"\b(?:({_UPPER}(?:\s+{_UPPER})?)\s+(KOMMUN|STAD)|REGION\s+({_UPPER}(?:\s+LÄN)?)"
    rf"|([A-ZÅÄÖ]+SAMVERKAN\s+{_UPPER})"
    rf"|((?:{_UPPER}\s+)?[A-ZÅÄÖ][A-ZÅÄÖ-]+REGIONEN))\b"  # "ÖSTRA NORRDALSREGIONEN"
)
# What a document or a body is called, never a municipality's name ("PROTOKOLL KOMMUN")
_NO_PLACE_NAME = re.compile(
    r"protokoll|kallelse|anteckning|föredragning|lista|utdrag|bevis|anslag|sammanträde|möte"
    r"|nämnd|styrelse|fullmäktige|utskott|råd|beredning|förvaltning|kontor",
    re.IGNORECASE,
)


def find_organisation(text: str, letterhead: bool = False) -> str | None:
    """The first organisation named in text ('Köpings kommun', 'Region Västmanland'), or
    a known municipality or region named in capitals ('OCKELBO KOMMUN'). In a letterhead
    any name in capitals before KOMMUN or STAD is the municipality's ('STRANDVIKS KOMMUN':
    one outside Sweden's list), unless it is a document's or a body's word."""
    match = ORGANISATION.search(text)
    if match:
        return match.group(0)
    for match in _CAPITALS.finditer(text):
        place, kind, region, collaboration, compound = match.groups()
        if collaboration:
            return _title(collaboration)
        if compound:  # a region named as one compound: a known one, or the letterhead's
            name = _title(compound)
            if name in regions() or (letterhead and not _NO_PLACE_NAME.search(name)):
                return name
            continue
        if region:
            name = f"Region {_title(region)}".replace(" Län", " län")
            if name in regions():
                return name
        elif (name := _title(place)) in municipalities() or name[:-1] in municipalities():
            return f"{name} {kind.lower()}"  # "Hudiksvalls": the genitive of Hudiksvall
        elif letterhead and not _NO_PLACE_NAME.search(last := name.split()[-1]):
            return f"{last} {kind.lower()}"
    return None


# A company's name as a letterhead prints it, the whole line: "Norrdalshem AB",
# "Åsby Energi Aktiebolag (publ)"
COMPANY_NAME = re.compile(
    rf"^{_CAP}(?:\s+(?:{_CAP}|&)){{0,3}}\s+(?:AB|Aktiebolag)(?:\s*\(publ\))?$"
)


def _title(words: str) -> str:
    """'MALUNG-SÄLENS' → 'Malung-Sälens', 'UPPLANDS VÄSBY' → 'Upplands Väsby'."""
    return " ".join(capitalised(w) for w in words.split())


def is_place(text: str) -> bool:
    """True when text is exactly a municipality, a region or an organisation form."""
    text = text.strip(" ,.;:")
    if text in municipalities() or text in regions():
        return True
    match = ORGANISATION.fullmatch(text)
    return match is not None


# The head word of a room or a building, a meeting place's common nouns: "kommunhuset",
# "sal B", "sammanträdesrum 3", "Stadshuset", "biblioteket", "via Teams"
_PLACE_WORD = re.compile(
    r"(?:rum|rummet|sal|salen|salongen|lokal|lokalen|lokaler|hus|huset|kontor|kontoret"
    r"|gård|gården|hall|hallen|skola|skolan|bibliotek|biblioteket|hotell|hotellet|center"
    r"|centret|centrum|teams|zoom|skype|digitalt|distans)$",
    re.IGNORECASE,
)
# What a time leaves behind that is no place: a break, a pause, a remark in brackets
_NO_PLACE = re.compile(
    r"[()\[\]]|\b(?:ajourn\w*|paus\w*|lunch\w*|uppehåll\w*|fika\w*|kaffe\w*|middag\w*"
    r"|rast\w*|mötet|sammanträdet)\b",
    re.IGNORECASE,
)


def reads_as_place(text: str) -> bool:
    """True when text reads as a meeting place: a room or a building, a known place, or a
    proper noun ('Kommunhuset, sal B', 'Åsby', 'Teams'); never a break or a remark
    ('ajournering', '(mötet ajournerades)', 'med paus för lunch')."""
    text = " ".join(text.split()).strip(" ,.;:-–")
    if not text or _NO_PLACE.search(text):
        return False
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)
    if any(_PLACE_WORD.search(w) for w in words):
        return True
    if any(w in municipalities() or w in regions() for w in words) or is_place(text):
        return True
    return text[0].isupper()


def names_a_building(text: str) -> bool:
    """True when text names a room or a building by its head noun ('Kommunhuset, rum 3',
    'Stadshus, ledningsrummet (plan 2)'), and is no sentence or person ('(S)')."""
    text = " ".join(text.split())
    if not text or text.endswith(".") or re.search(r"\([A-ZÅÄÖ]{1,3}\)", text):
        return False
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)
    return len(words) <= 10 and any(_PLACE_WORD.search(w) for w in words)
