"""Text printed in capitals throughout ('ULLA-BRITT VON HALLE, RPG, VICE ORDFÖRANDE', as a
typewriter or a form prints it), set in the case the same words take in running text:
'Ulla-Britt von Halle, RPG, vice ordförande'. Names are capitalised, particles and
the words of roles and substitutions are lower case, a party in brackets and a short
acronym outside a name keep their capitals."""

from __future__ import annotations

import re

from extractors.swedish.names import PARTICLES, is_first_name
from extractors.swedish.parties import is_known_party
from extractors.swedish.roles import ROLE_WORDS

# words that are lower case in running text: the words of substitutions and
# attendance, and what stands before a role ('vice ordförande', 'bitr. chef')
_LOWER_WORDS = {
    "i",
    "för",
    "ställe",
    "stället",
    "ersätter",
    "ersättare",
    "tjänstgörande",
    "tjänstgör",
    "tjg",
    "ers",
    "ej",
    "och",
    "samt",
    "av",
    "under",
    "jämte",
    "från",
    "till",
    "med",
    "på",
    "vid",
    "utom",
    "delvis",
    "kl",
    "vice",
    "bitr",
    "biträdande",
    "tf",
    "t.f",
    "ordf",
    "v",
    "sekr",
    "adj",
    "1:e",
    "2:e",
    "förste",
    "andre",
}
# a word that leads into a name in the same part ('i stället för BO EK')
_BEFORE_NAME = {"för", "ersätter", "av", "jämte"}
# where an entry's parts are parted: a comma, a semicolon, a bracket, a dash between spaces
_PARTS = re.compile(r"(\s*[,;()]\s*|\s+[-–]\s+)")
# an acronym: a short word of capitals outside a name ('RPG', 'HSO')
MAX_ACRONYM = 4
# a party in brackets: kept as printed
_BRACKETED_PARTY = re.compile(r"\(\s*[A-ZÅÄÖ]{1,5}\s*\)")


def in_capitals(text: str) -> bool:
    """Whether text is set in capitals throughout: none of its letters lower case, and
    two words or more of two letters or more, as a name has ('MBP' alone is a party)."""
    # isupper first: at C speed, and false for the most text, which has lower case
    return text.isupper() and len(_CAPITAL_WORDS.findall(text)) >= 2


_CAPITAL_WORDS = re.compile(r"[A-ZÅÄÖÉ]{2,}")


def capitalised(word: str) -> str:
    """A word as a name is written, each part of a double name too: 'BENGT-ÅKE' →
    'Bengt-Åke', 'MALUNG-SÄLENS' → 'Malung-Sälens', 'O'NEIL' → 'O'neil'."""
    return "-".join(p.capitalize() for p in word.split("-"))


def normal_case(text: str) -> str:
    """An attendance entry printed in capitals in the case running text gives it; other
    text as printed.

    >>> normal_case("ULLA-BRITT VON HALLE, HSO NORRA, VICE ORDFÖRANDE")
    'Ulla-Britt von Halle, HSO Norra, vice ordförande'
    """
    if not in_capitals(text):
        return text
    out: list[str] = []
    first_part = True
    pieces = _PARTS.split(text)
    for k, piece in enumerate(pieces):
        if k % 2 == 1 or not piece.strip():
            out.append(piece)
            continue
        bracketed = k > 0 and pieces[k - 1].strip() == "(" and k + 1 < len(pieces)
        if bracketed and _BRACKETED_PARTY.fullmatch(f"({piece.strip()})"):
            out.append(piece)  # '(S)', '(KD)': a party
            continue
        out.append(_part(piece, name_part=first_part))
        first_part = False
    return "".join(out)


def _part(part: str, name_part: bool) -> str:
    """One part of an entry. name_part: the part the entry starts with, its person's name.
    A part that holds a common first name is a name too; after 'för' or 'ersätter' a
    name follows."""
    words = part.split(" ")
    named = name_part or any(is_first_name(w) for w in words if w)
    out: list[str] = []
    after_name_word = False
    for i, word in enumerate(words):
        key = word.casefold().rstrip(".:")
        if not word:
            out.append(word)
        elif key in PARTICLES and (i > 0 or not name_part):
            out.append(word.lower())
        elif is_known_party(word) and not is_first_name(word):
            out.append(word)  # 'ANNA EK SD': a party without brackets
        elif key in _LOWER_WORDS or (ROLE_WORDS.search(word) and not named):
            out.append(word.lower())
        elif ROLE_WORDS.search(word) and not is_first_name(word) and (i > 0 or len(words) > 2):
            out.append(word.lower())  # 'ANNA EK ORDFÖRANDE', 'SOCIALCHEF ANNA EK': a title
        elif (
            len(re.sub(r"\W", "", word)) <= MAX_ACRONYM
            and not (named or after_name_word)
            and not is_first_name(word)
        ):
            out.append(word)  # 'RPG', 'HSO': an acronym
        else:
            out.append(capitalised(word))
        if key in _BEFORE_NAME:
            after_name_word = True
    return " ".join(out)
