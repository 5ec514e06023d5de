"""The meeting's organisation where the letterhead does not name it: in the notice of the
adjustment ("ANSLAG/BEVIS … Organ: Halmstads kommun, Kommunala handikapprådet";
"Beslutsinstans, Eslövs kommun"), or in the meeting's own item titles ("Årsredovisning
för Kramfors kommun 2017"), where exactly one municipality is named."""

from __future__ import annotations

import re

from extractors.document import Document, Line
from extractors.swedish.places import find_organisation, municipalities

# The heading of the notice that the minutes were adjusted and posted
NOTICE_HEAD = re.compile(
    r"^(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|anslagsbevis|bevis\s+om\s+anslag|bevis"
    r"|anslag|tillkännagivande\s+om\s+justering)\s*:?$",
    re.IGNORECASE,
)
NOTICE_LINES = 12  # lines under the notice's heading that belong to it
# "Timrå kommuns växelfunktion", "för Kramfors kommun 2017": a municipality, genitive or not
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?)\s+kommuns?\b")


def organisation_in_notice(document: Document) -> str | None:
    """The organisation the adjustment's notice names."""
    lines: list[Line] = document.lines()
    for i, line in enumerate(lines):
        if not NOTICE_HEAD.match(" ".join(line.text.split())):
            continue
        for following in lines[i + 1 : i + 1 + NOTICE_LINES]:
            if following.page != line.page:
                break
            found = find_organisation(following.text)
            if found:
                return found
    return None


def organisation_in_titles(titles: list[str]) -> str | None:
    """The one municipality the meeting's item titles name, or None."""
    named = set()
    for title in titles:
        for m in _MUNICIPALITY.finditer(title):
            name = m.group(1)
            if name in municipalities():
                named.add(f"{name} kommun")
    return named.pop() if len(named) == 1 else None


def notice_lines(lines: list[Line]) -> list[Line]:
    """The lines of the adjustment's notice: from its heading to the end of its page (its
    dates are the posting's, not the meeting's)."""
    found: list[Line] = []
    page = None
    for line in lines:
        if NOTICE_HEAD.match(" ".join(line.text.split())):
            page = line.page
        elif page is not None and line.page != page:
            page = None
        if page is not None:
            found.append(line)
    return found
