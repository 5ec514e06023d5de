"""Swedish party abbreviations as printed in minutes: '(S)', '(s)', '((L)', '(M,)'."""

from __future__ import annotations

import re

# The Riksdag parties and common older or regional ones. Local parties are accepted
# by shape (a short token in parentheses), not only from this list.
KNOWN_PARTIES: dict[str, str] = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "SD": "Sverigedemokraterna",
    "C": "Centerpartiet",
    "V": "Vänsterpartiet",
    "KD": "Kristdemokraterna",
    "L": "Liberalerna",
    "MP": "Miljöpartiet",
    "FP": "Folkpartiet",
    "FI": "Feministiskt initiativ",
    "SPI": "Sjukvårdspartiet",
}
PARTY_NAMES = {name.casefold(): abbr for abbr, name in KNOWN_PARTIES.items()}
# the names a party is printed by over a list of its people ('Moderaterna: Bo Ek, …'),
# besides those above: the long form and the forms of one party's name
PARTY_NAMES |= {
    "miljöpartiet de gröna": "MP",
    "miljöpartiet de gröne": "MP",
    "folkpartiet liberalerna": "L",
    "vänstern": "V",
}


def party_of_name(text: str) -> str | None:
    """The abbreviation of a party printed by its name ('Socialdemokraterna',
    'Miljöpartiet de gröna', 'Miljöpartiet (de gröna)'); None for other text."""
    key = " ".join(re.sub(r"[()]", " ", text).split()).casefold()
    return PARTY_NAMES.get(key)


# A parenthesised party: one to five letters, tolerant of doubled brackets and stray
# punctuation inside ("((L)", "(M,)", "( S )").
PARENTHESISED_PARTY = re.compile(r"\(+\s*([A-Za-zÅÄÖåäö]{1,5})\s*[,.;]?\s*\)+")

_NOT_PARTIES = {"ej", "och", "ers", "tjg", "ordf", "sekr", "tf", "vice", "adj"}


def normalise_party(token: str) -> str | None:
    """The party abbreviation in canonical case, or None when the token is not one.

    Known abbreviations are upper-cased ('s' → 'S'); local parties keep the case they
    were printed in when it is mixed ('ÖrP'), otherwise upper-case.
    """
    token = token.strip().strip("(),.;: ")
    if not token:
        return None
    if token.casefold() in PARTY_NAMES:
        return PARTY_NAMES[token.casefold()]
    if not re.fullmatch(r"[A-Za-zÅÄÖåäö]{1,5}", token) or token.casefold() in _NOT_PARTIES:
        return None
    if token.upper() in KNOWN_PARTIES:
        return token.upper()
    if token.islower() and len(token) > 3:
        return None  # a short lower-case word, not a party
    if token[0].isupper() and any(c.islower() for c in token[1:]):
        if len(token) > 3 and sum(c.isupper() for c in token) == 1:
            return None  # an ordinary capitalised word ("Kommun")
        return token  # a local party such as 'ÖrP'
    return token.upper()


def is_known_party(token: str) -> bool:
    return token.strip().strip("(),.;: ").upper() in KNOWN_PARTIES


# 'Moderaterna: Bo Ek, Eva Lind', 'Miljöpartiet (de gröna) – Bo Ek': a party's name
# before its people
_PARTY_NAMED = re.compile(r"([A-ZÅÄÖ][\w()]*(?:\s+[\w()]+){0,2}?)\s*(?::|\s[-–])\s*")


def party_named(text: str) -> tuple[str | None, str]:
    """('M', 'Bo Ek, Eva Lind') for 'Moderaterna: Bo Ek, Eva Lind': the party named before
    a list of its people, and the list; (None, text) for text that starts otherwise."""
    m = _PARTY_NAMED.match(text)
    party = party_of_name(m.group(1)) if m else None
    return (party, text[m.end() :]) if m and party else (None, text)
