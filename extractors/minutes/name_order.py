"""Names printed surname first ("Holm Per, ordförande"), as Finland-Swedish minutes print
their attendance, put in the natural order the record keeps ("Per Holm").

The order is read from the document itself: a name that the document also prints the
other way round (a signature, an e-signature stamp, the text of an item) is turned, one
that it prints again as listed is kept. A document whose evidence says its lists are
surname first turns its other names too, unless the first part is a common first name
and the last is not ('Stina Lindqvist' in a list of 'Holm Per'). A document without
such evidence keeps every name as printed: a first-name lexicon alone never turns one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from enum import Enum

from extractors.minutes.attendance import Attendance
from extractors.swedish.names import is_first_name, name_key


class Order(Enum):
    SURNAME_FIRST = "surname first"
    NATURAL = "natural"


def turned(name: str) -> str:
    """'Holm Per' → 'Per Holm'; 'Ek Anna Lena' → 'Anna Lena Ek' (the surname comes first)."""
    parts = name.split()
    return " ".join([*parts[1:], parts[0]]) if len(parts) >= 2 else name


def natural_order(attendances: Attendance | list[Attendance], text: str) -> None:
    """Turn the names the document prints surname first, in place, in the attendance (or
    each attendance) read from it; text is the whole document's text (signatures and
    stamps included).

    One person read in both orders (listed 'Holm Per', signing 'Per Holm') is named as
    the document prints the name more often, and says the lists print surname first.
    """
    if isinstance(attendances, Attendance):
        attendances = [attendances]
    folded = "\n".join(name_key(line) for line in text.splitlines())  # not across lines
    forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for attendance in attendances:
        for attendee in attendance.attendees:
            forms[tuple(sorted(name_key(attendee.name).split()))].add(attendee.name)
    renamed: dict[str, str] = {}
    single: dict[str, tuple[Order | None, Order | None]] = {}
    votes: list[Order | None] = []
    for names in forms.values():
        if len(names) > 1:  # one person, read in two orders
            best = max(
                sorted(names), key=lambda n: (_count(n, folded), _lexicon(n) is Order.NATURAL)
            )
            renamed.update({n: best for n in names if n != best})
            votes.append(Order.SURNAME_FIRST)
            continue
        (name,) = names
        single[name] = (_evidence(name, folded), _lexicon(name))
        votes.append(single[name][0])  # the document's evidence only, never the lexicon
    surname_first = votes.count(Order.SURNAME_FIRST) > votes.count(Order.NATURAL)
    for name, (evidence, lexicon) in single.items():
        if evidence is None and surname_first and lexicon is not Order.NATURAL:
            evidence = Order.SURNAME_FIRST
        if evidence is Order.SURNAME_FIRST:
            renamed[name] = turned(name)
    listed = {key for names in forms.values() for key in map(name_key, names)}
    for replaced in _replaced_only(attendances, listed):
        # a member named only as the one a substitute replaces ('Ek Bo (C) för Lind Eva
        # (C)'), in the order of the lists around it
        evidence, lexicon = _evidence(replaced, folded), _lexicon(replaced)
        if evidence is Order.SURNAME_FIRST or (
            evidence is None and surname_first and lexicon is not Order.NATURAL
        ):
            renamed[replaced] = turned(replaced)
    if renamed:
        for attendance in attendances:
            _rename(attendance, renamed)


def _replaced_only(attendances: list[Attendance], listed: set[str]) -> set[str]:
    """The names of replaced members that no attendance lists as a person of its own."""
    return {
        s.replaced
        for attendance in attendances
        for s in attendance.substitutions
        if s.replaced and name_key(s.replaced) not in listed
    }


def _rename(attendance: Attendance, renamed: dict[str, str]) -> None:
    for attendee in attendance.attendees:
        attendee.name = renamed.get(attendee.name, attendee.name)
        if attendee.replaces:
            attendee.replaces = renamed.get(attendee.replaces, attendee.replaces)
    for substitution in attendance.substitutions:
        substitution.substitute = renamed.get(substitution.substitute, substitution.substitute)
        substitution.replaced = renamed.get(substitution.replaced, substitution.replaced)


def _count(phrase: str, folded: str) -> int:
    """How often the folded text prints phrase as words of its own (not inside a word)."""
    key = name_key(phrase)
    if not key:
        return len(re.findall(r"(?<!\w)(?!\w)", folded))
    # str.find, not a regex per name: the same matches, left to right, not overlapping
    count, at = 0, folded.find(key)
    while at >= 0:
        end = at + len(key)
        if not _word_char(folded[at - 1 : at]) and not _word_char(folded[end : end + 1]):
            count += 1
            at = folded.find(key, end)
        else:
            at = folded.find(key, at + 1)
    return count


def _word_char(char: str) -> bool:
    """Whether char (one character, or none at an end of the text) is a word character."""
    return bool(_WORD_CHAR.match(char))


_WORD_CHAR = re.compile(r"\w")


def _evidence(name: str, folded: str) -> Order | None:
    """What the document says of a name's order: printed the other way round elsewhere,
    or printed again as listed."""
    if len(name.split()) < 2:
        return None
    other_way = _count(turned(name), folded)
    as_listed = max(_count(name, folded) - 1, 0)  # less the list itself
    if other_way > as_listed:
        return Order.SURNAME_FIRST
    if as_listed > other_way:
        return Order.NATURAL
    return None


def _lexicon(name: str) -> Order | None:
    """What a first-name lexicon says: which end of the name is a common first name."""
    parts = name.split()
    if len(parts) < 2:
        return None
    first, last = is_first_name(parts[0]), is_first_name(parts[-1])
    if last and not first:
        return Order.SURNAME_FIRST
    if first and not last:
        return Order.NATURAL
    return None
