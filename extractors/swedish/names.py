"""Person names as written in Swedish minutes: 'Anna Andersson', 'Eva-Lena Odeling',
'Yvonne Blucher Svensson', 'Carl af Ekström', 'Linda Söder Jonsson'."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

PARTICLES = {"af", "von", "de", "van", "der", "den", "la", "du", "di", "da", "del", "al"}
# a part may be two joined ('PerOlof', 'AnnKatrin') or hyphenated ('Eva-Lena')
_NAME_PART = (
    r"[A-ZÅÄÖÉÈÜØÆ][a-zåäöéèüøæáíóúñ'’]+(?:[A-ZÅÄÖ][a-zåäöéèüøæ'’]+)?"
    r"(?:-[A-ZÅÄÖÉa-zåäöé][a-zåäöéèüøæ'’]+)*"
)
# a middle initial: 'Olle K Lindgren', 'Stina B. Holm'
INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
NAME_TOKEN = re.compile(rf"^{_NAME_PART}$")


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
