"""The one rule for 'two printed names are one person' (extractors/swedish/names.py), with
the cases each of its three callers relied on: presenters named twice in an item
(minutes/items.py), a signature matched to the attendance list (minutes/signatures.py),
and person resolution across documents (pipeline/people/rules.py)."""

from __future__ import annotations

import pytest

from extractors.minutes.attendance import Attendance
from extractors.minutes.items import _distinct_people
from extractors.minutes.signatures import _find
from extractors.swedish.names import (
    MIDDLE_ADDED,
    ONE_LETTER,
    OTHER_ORDER,
    REASONS,
    SAME_ENDS,
    SAME_NAME,
    same_person,
)
from schemas.record import Attendee, Group

# (a, b, across documents, within one document)
CASES = [
    # the same spelling: case, spaces, a hyphen or a space between parts
    ("Olle Dahl", "olle  DAHL", SAME_NAME, SAME_NAME),
    ("Anna-Lena Nord", "Anna Lena Nord", SAME_NAME, SAME_NAME),
    ("Anna-Lena Nord", "Anna – Lena Nord", SAME_NAME, SAME_NAME),
    # one letter: a typo, or a glyph a damaged text layer lost (presenters, signatures,
    # person resolution alike)
    ("Vivanne Holm", "Vivianne Holm", ONE_LETTER, ONE_LETTER),
    ("Margreta Strand", "Margareta Strand", ONE_LETTER, ONE_LETTER),
    ("Tove Lind", "Tove Lindh", ONE_LETTER, ONE_LETTER),
    # not a typo: two letters, two parts, a short part, a feminine '-a'
    ("Olle Dahl", "Olle Dahlin", None, None),
    ("Vivanne Holm", "Vivianne Holmm", None, None),
    ("Bo Ek", "Bo Ik", None, None),
    ("Erik Nord", "Erika Nord", None, None),
    ("Ann Nord", "Anna Nord", None, None),
    # middle names or surname parts added to the same first name ('Karin H Berg' signs
    # as 'Karin Berg')
    ("Stina Berg", "Stina Kajsa Berg", MIDDLE_ADDED, MIDDLE_ADDED),
    ("Karin H Berg", "Karin Berg", MIDDLE_ADDED, MIDDLE_ADDED),
    ("Anna Nord", "Anna-Lena Nord", None, None),  # a hyphenated first name is one name
    # within one document only: another order (a list printed surname first), another
    # middle name or initial
    ("Berg Stina", "Stina Berg", None, OTHER_ORDER),
    ("Stina K Berg", "Stina M Berg", None, SAME_ENDS),
    # two people
    ("Per Holm", "Eva Holm", None, None),
    ("Per Holm", "Per Lund", None, None),
    ("Per Holm", "Per", None, None),
]


@pytest.mark.parametrize(("a", "b", "across", "within"), CASES)
def test_the_rule_across_documents_and_within_one(a, b, across, within):
    assert same_person(a, b) == across
    assert same_person(b, a) == across
    assert same_person(a, b, within_document=True) == within
    assert same_person(b, a, within_document=True) == within


def test_person_resolution_uses_the_rule():
    from pipeline.people.rules import name_rule

    for a, b, across, _ in CASES:
        assert name_rule(a, b) == across


def test_reasons_nearest_first():
    assert REASONS[0] == SAME_NAME and REASONS[-1] == ONE_LETTER


def test_presenters_named_twice_in_an_item_are_one():
    names = ["Vivanne Holm", "Eva Holm", "Vivianne Holm", "vivanne holm", "Per Holm"]
    assert _distinct_people(names) == ["Vivanne Holm", "Eva Holm", "Per Holm"]


def _attendance(*names: str) -> Attendance:
    return Attendance([Attendee(name=name, group=Group.decision_maker) for name in names])


@pytest.mark.parametrize(
    ("signed", "found"),
    [
        ("Stina Berg", "Stina Berg"),
        ("Berg Stina", "Stina Berg"),  # the list's order, not a typo's neighbour
        ("Karin Berg", "Karin H Berg"),
        ("Margareta Strand", "Margreta Strand"),
        ("Erika Nord", None),
    ],
)
def test_a_signature_finds_its_attendee(signed, found):
    attendance = _attendance(
        "Stina Bergh", "Stina Berg", "Karin H Berg", "Margreta Strand", "Erik Nord"
    )
    attendee = _find(attendance, signed)
    assert (attendee.name if attendee else None) == found
