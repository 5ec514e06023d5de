"""What a candidate line for the meeting's body says: the body's name, or no body at all
(a person, a room, a fragment of a longer name)."""

from __future__ import annotations

import re

from extractors.swedish.bodies import BODY_NOUN, FRAGMENT_START, ROOM, body_of_compound
from extractors.swedish.names import leading_name
from extractors.swedish.places import find_organisation, is_place

# "Förbundsstyrelsen för Regionförbundet Norrvik län": the body, then its organisation
_FOR_ORGANISATION = re.compile(r"^(?P<body>.+?)\s+(?:för|i|inom)\s+(?P<org>[A-ZÅÄÖ].*)$")


# "… sammanträde med Barn- och utbildningsnämnden": the body after the meeting word
_MEETING_WITH = re.compile(r"\b(?:sammanträde|möte)\s+med\s+(?P<body>[A-ZÅÄÖ].+)$", re.IGNORECASE)


def not_a_body(text: str) -> bool:
    """A line that names no body: a person with a title or party ('Lena Ek,
    förbundsdirektör'), a room ('Kommunstyrelsens sammanträdesrum'), a fragment."""
    text = " ".join(text.split())
    if not text or FRAGMENT_START.match(text) or text[:1].islower():
        return True
    found = leading_name(text)
    if found is not None and not is_place(found[0]) and not BODY_NOUN.search(found[0]):
        rest = found[1].lstrip()
        if rest.startswith((",", "(")):
            return True
    first = re.split(r",|\s+kl\b", text, maxsplit=1)[0]  # "… sammanträdesrum, kl. 9.00"
    words = re.findall(r"[\wåäöÅÄÖ-]+", first)
    return bool(words) and bool(ROOM.search(words[-1])) and body_of_compound(words[-1]) is None


def body_name(text: str) -> str:
    """The body's name in a cleaned candidate: a compound's body ('Direktionsprotokoll' →
    'Direktionen'), or the body before its organisation ('X för Regionförbundet …')."""
    for word in text.split():
        body = body_of_compound(word.strip(" ,.:;"))
        if body is not None:
            return body
    m = _MEETING_WITH.search(text)
    if m:  # "Protokoll från sammanträde med Barn- och utbildningsnämnden"
        text = m.group("body")
    m = _FOR_ORGANISATION.match(text)
    if m and find_organisation(m.group("org")):
        return m.group("body")
    parts = [p.strip() for p in text.split(",")]
    if len(parts) > 1:  # "Socialnämnden, Leksands kommun": the body, then its organisation
        kept = [p for p in parts if find_organisation(p) != p]
        return ", ".join(kept) if kept else text
    return text
