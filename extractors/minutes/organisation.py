"""The meeting's organisation where the letterhead does not name it: in the notice of the
adjustment ("ANSLAG/BEVIS … Organ: Vallby kommun, Pensionärsrådet"; "Beslutsinstans,
Åsby kommun"), or in the meeting's own item titles where a municipal body's titles name
exactly one municipality as the owner of the business ("Årsredovisning för Vallby kommun
2024", "Vallby kommuns arkivreglemente"); a municipality named as a party
("Avtal med Åsby kommun …") is none."""

from __future__ import annotations

import re

from extractors.document import Document, Line
from extractors.minutes.parameters import NOTICE_LINES
from extractors.swedish.bodies import MUNICIPAL_BODY, NOT_MUNICIPAL
from extractors.swedish.headings import NOTICE_HEAD
from extractors.swedish.places import find_organisation, municipalities

# "Vallby kommuns arkivreglemente", "för Vallby kommun 2024": a municipality, genitive or not
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+(kommuns?)\b")
# The words before a municipality that name it as the owner of the business: "för X kommun"
OWNER_BEFORE = re.compile(r"\bför\s*$", re.IGNORECASE)
# The words before a municipality that name it as a party or a place, not the owner:
# "Avtal med X kommun", "överföring till/från X kommun", "mellan A och X kommun",
# "tillsyn över X kommun", "anställda hos X kommun", "i samverkan med X kommun"
PARTY_BEFORE = re.compile(
    r"\b(?:med|till|från|mellan|och|samt|över|hos|mot|åt|av|i\s+samverkan\s+med)\s*$",
    re.IGNORECASE,
)
# A title that reports on the whole municipality: "Årsredovisning 2024 Vallby kommun"
_REPORT = re.compile(
    r"^(?:årsredovisning|delårsrapport|delårsbokslut|bokslut|budget|verksamhetsplan"
    r"|årsbokslut|mål\s+och\s+budget)\b",
    re.IGNORECASE,
)


def organisation_in_notice(document: Document) -> str | None:
    """The organisation the adjustment's notice names."""
    lines: list[Line] = document.lines()
    for i, line in enumerate(lines):
        if not NOTICE_HEAD.match(line.spaced):
            continue
        for following in lines[i + 1 : i + 1 + NOTICE_LINES]:
            if following.page != line.page:
                break
            found = find_organisation(following.text)
            if found:
                return found
    return None


def organisation_in_titles(titles: list[str], body: str | None) -> str | None:
    """The one municipality a municipal body's item titles name as the owner of the
    business, or None."""
    if not body or not MUNICIPAL_BODY.search(body) or NOT_MUNICIPAL.search(body):
        return None
    named = set()
    for title in titles:
        for m in _MUNICIPALITY.finditer(title):
            name, start = m.group(1), m.start()
            if not _known(name) and " " in name:  # "Budget Vallby kommun"
                name, start = name.split()[-1], m.start() + name.rindex(" ") + 1
            if not _known(name):
                continue
            before = title[:start]
            if PARTY_BEFORE.search(before):
                continue
            genitive = m.group(2).casefold() == "kommuns"
            if genitive or OWNER_BEFORE.search(before) or _REPORT.match(title.strip()):
                named.add(f"{name} kommun")
    return named.pop() if len(named) == 1 else None


def _known(name: str) -> bool:
    """A municipality as a name prints it before 'kommun': 'Alvesta', 'Tierps' (Tierp)."""
    return name in municipalities() or (name.endswith("s") and name[:-1] in municipalities())


def notice_lines(lines: list[Line]) -> list[Line]:
    """The lines of the adjustment's notice: from its heading to the end of its page (its
    dates are the posting's, not the meeting's)."""
    found: list[Line] = []
    page = None
    for line in lines:
        if NOTICE_HEAD.match(line.spaced):
            page = line.page
        elif page is not None and line.page != page:
            page = None
        if page is not None:
            found.append(line)
    return found
