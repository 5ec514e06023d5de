"""The pure resolution rules (pipeline.people.rules) and the people.yml reader."""

from __future__ import annotations

import random
import unicodedata

import pytest

from pipeline.people.overrides import OverrideError, load
from pipeline.people.rules import Mention, Overrides, PersonRef, name_rule, resolve

BODY = dict(body="Kommunstyrelsen", body_organisation="Sala kommun")
_next_ref = iter(range(1, 10**6))


def m(name: str, party=None, org=None, date="2024-03-12", meeting=None, kind="attendee", **kw):
    """A mention in Sala's Kommunstyrelsen unless told otherwise; each in its own meeting."""
    ref = next(_next_ref)
    where = {**BODY, **kw}
    return Mention(("t", kind, ref), name, kind, party, org, date=date,
                   meeting=ref if meeting is None else meeting, **where)  # fmt: skip


def people(mentions, overrides=None) -> list[set[str]]:
    """The persons as sets of printed spellings, sorted for comparison."""
    result = resolve(mentions, overrides)
    return sorted((sorted({x.name for x in p.mentions}) for p in result.persons), key=str)


def test_case_space_hyphen_and_unicode_variants_are_one_spelling():
    decomposed = unicodedata.normalize("NFD", "Åsa Lilja-Stenholm")
    variants = ["Åsa Lilja-Stenholm", "åsa  lilja-stenholm", "Åsa Lilja – Stenholm",
                "Åsa Lilja Stenholm", decomposed]  # fmt: skip
    result = resolve([m(v, date=None, body=None, body_organisation=None) for v in variants])
    assert len(result.persons) == 1  # no evidence needed: the names are the same
    (person,) = result.persons
    assert [(n.method, n.score) for n in person.names] == [("exact", 100.0)]


def test_one_letter_typo_in_one_body_is_joined_with_its_reason():
    result = resolve([m("Paulo Sandbom", kind="presenter", date="2024-05-03"),
                      m("Paolo Sandbom", kind="presenter", date="2024-05-03"),
                      m("Paolo Sandbom", kind="presenter", date="2024-09-20")])  # fmt: skip
    (person,) = result.persons
    assert person.name == "Paolo Sandbom"  # the spelling printed most often
    variant = next(n for n in person.names if n.name == "Paulo Sandbom")
    assert (variant.method, variant.rule, variant.matched_name) == (
        "fuzzy",
        "one letter differs",
        "Paolo Sandbom",
    )
    assert 90 <= variant.score < 100
    assert "body Kommunstyrelsen (Sala kommun)" in variant.evidence


def test_a_typo_without_shared_evidence_stays_apart():
    other_body = dict(body="Socialnämnden", body_organisation="Köpings kommun")
    assert len(resolve([m("Vivianne Holm"), m("Vivanne Holm", **other_body)]).persons) == 2


def test_a_typo_more_than_two_years_apart_stays_apart():
    near = [m("Vivianne Holm", "MP", date="2022-01-10"), m("Vivanne Holm", "MP", date="2023-06-01")]
    far = [m("Vivianne Holm", "MP", date="2019-01-10"), m("Vivanne Holm", "MP", date="2023-06-01")]
    assert len(resolve(near).persons) == 1
    assert len(resolve(far).persons) == 2


def test_different_first_names_sharing_a_surname_are_different_people():
    found = people([m("Anna Svensson", "S", "Sala"), m("Karin Svensson", "S", "Sala"),
                    m("Anna-Karin Svensson", "S", "Sala")])  # fmt: skip
    assert len(found) == 3


@pytest.mark.parametrize(
    "erika",
    [("V", "Köping"), ("S", "Sala")],  # different party and organisation; even the same
)
def test_erik_and_erika_are_different_people(erika):
    assert len(resolve([m("Erik Larsson", "S", "Sala"), m("Erika Larsson", *erika)]).persons) == 2


def test_a_dropped_middle_name_or_added_surname_part_is_joined_on_evidence():
    found = people([
        m("Yvonne Blucher Svensson", "V", "Köping"), m("Yvonne Svensson", "V", "Köping"),
        m("Anna Lilja", "C", "Fagersta", date="2023-01-01"), m("Anna Lilja-Stenholm", "C"),
    ])  # fmt: skip
    assert found == [["Anna Lilja", "Anna Lilja-Stenholm"],
                     ["Yvonne Blucher Svensson", "Yvonne Svensson"]]  # fmt: skip


def test_a_dropped_middle_name_with_a_different_party_stays_apart():
    assert len(resolve([m("Yvonne Blucher Svensson", "V"), m("Yvonne Svensson", "M")]).persons) == 2


def test_a_party_change_in_one_organisation_is_one_person():
    result = resolve([m("Cecilia Dahl", "M", "Arboga", date="2023-02-10"),
                      m("Cecilia Dahl", "L", "Arboga", date="2024-02-09")])  # fmt: skip
    assert len(result.persons) == 1


def test_same_name_with_other_party_and_organisation_is_another_person():
    found = people([m("Erik Larsson", "S", "Västerås"), m("Erik Larsson", "M", "Hallstahammar"),
                    m("Erik Larsson", "S", "Västerås", date="2024-05-03")])  # fmt: skip
    assert len(found) == 2


def test_two_entries_of_one_meeting_are_two_people():
    same_meeting = [m("Erik Larsson", "S", "Sala", meeting=7), m("Erik Larsson", "S", "Köping",
                                                                 meeting=7)]  # fmt: skip
    assert len(resolve(same_meeting).persons) == 2
    typo_in_one_meeting = [m("Vivianne Holm", "MP", meeting=8), m("Vivanne Holm", "MP", meeting=8)]
    assert len(resolve(typo_in_one_meeting).persons) == 2


def test_a_name_without_party_joins_one_of_two_namesakes_only():
    result = resolve([m("Erik Larsson", "S", "Sala"), m("Erik Larsson", "M", "Köping"),
                      m("Erik Larsson", kind="presenter")])  # fmt: skip
    assert sorted(len(p.mentions) for p in result.persons) == [1, 2]


def test_persons_only_replaced_get_a_row():
    result = resolve([m("Roger Ingvarsson", "S", kind="substitute"),
                      m("Therese Emtin", "SD", kind="replaced")])  # fmt: skip
    assert [p.name for p in result.persons] == ["Roger Ingvarsson", "Therese Emtin"]


def test_the_result_does_not_depend_on_the_order_of_mentions():
    mentions = [
        m("Paulo Sandbom", kind="presenter"), m("Paolo Sandbom", kind="presenter"),
        m("Erik Larsson", "S", "Sala"), m("Erik Larsson", "M", "Köping"), m("Erik Larsson"),
        m("Yvonne Blucher Svensson", "V"), m("Yvonne Svensson", "V"), m("Yvonne Svensson"),
        m("Cecilia Dahl", "M"), m("Cecilia Dahl", "L"), m("Anna Svensson", "V"),
    ]  # fmt: skip

    def shape(result):
        return [(p.name, sorted(x.ref for x in p.mentions), p.names) for p in result.persons]

    expected = shape(resolve(mentions))
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert shape(resolve(shuffled)) == expected


def test_overrides_split_a_wrong_merge_and_join_a_missed_one():
    mentions = [m("Johan Berg", "S", "Surahammar"), m("Johan Berg", "S", "Kungsör"),
                m("Maria Gill", kind="presenter"), m("Mia Gill", kind="presenter")]  # fmt: skip
    assert people(mentions) == [["Johan Berg"], ["Maria Gill"], ["Mia Gill"]]
    refs = [PersonRef.parse("Johan Berg (Surahammar)"), PersonRef.parse("Johan Berg (s, KUNGSÖR)")]
    overrides = Overrides(
        same=[[PersonRef.parse("Maria Gill"), PersonRef.parse("Mia Gill")]], not_same=[refs]
    )
    result = resolve(mentions, overrides)
    assert sorted(len(p.mentions) for p in result.persons) == [1, 1, 2]
    gill = next(p for p in result.persons if len(p.mentions) == 2)
    joined = next(n for n in gill.names if n.method == "override")
    assert joined.evidence == "people.yml same: Maria Gill, Mia Gill"
    assert result.warnings == []


def test_override_references_that_match_no_one_or_everyone_are_reported():
    overrides = Overrides(
        same=[[PersonRef.parse("Nils Nilsson"), PersonRef.parse("Johan Berg")]],
        not_same=[[PersonRef.parse("Johan Berg"), PersonRef.parse("Johan Berg (S)")]],
    )
    result = resolve([m("Johan Berg", "S", "Sala")], overrides)
    assert len(result.persons) == 1
    assert result.warnings == [
        "people.yml: not_same 'Johan Berg' and 'Johan Berg (S)' name the same mentions; "
        "add the party or organisation in brackets",
        "people.yml: same 'Nils Nilsson' matches no one",
    ]


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("paulo sandbom", "paolo sandbom", "one letter differs"),
        ("vivanne holm", "vivianne holm", "one letter differs"),
        ("anna svensson", "karin svensson", None),
        ("erik larsson", "erika larsson", None),
        ("bo ek", "bo ik", None),  # too short to call it a typo
        ("yvonne svensson", "yvonne blucher svensson", "middle name or surname part added"),
        ("anna svensson", "anna-karin svensson", None),
        ("paulo sandbom", "paolo sandbomm", None),  # two parts differ
    ],
)
def test_name_rule(a, b, rule):
    assert name_rule(a, b) == rule


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("same: [[Paolo Sandbom, Paulo Sandbom]\n", "people.yml: not valid YAML at line 2"),
        ("- [a, b]\n", "people.yml: expected only the keys 'same' and 'not_same'"),
        ("samma: []\n", "people.yml: expected only the keys 'same' and 'not_same', found samma"),
        ("same: [[Paolo Sandbom]]\n", "people.yml: same entry 1: expected a list of two or more"),
        ("not_same: [[Anna, Bo Berg]]\n", "people.yml: not_same entry 1: 'Anna' is not"),
        ("same: Paolo Sandbom\n", "people.yml: 'same' must be a list"),
    ],
)
def test_a_bad_people_file_is_one_line_naming_it(tmp_path, text, message):
    path = tmp_path / "people.yml"
    path.write_text(text, "utf-8")
    with pytest.raises(OverrideError) as error:
        load(path)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_people_file_syntax(tmp_path):
    path = tmp_path / "people.yml"
    assert load(path) == Overrides()  # no file, no overrides
    text = (
        "same:\n  - [Paolo Sandbom, Paulo Sandbom]\n"
        "not_same:\n  - [Erik Larsson (S, Sala), Erik Larsson (M, Köping)]\n"
    )
    path.write_text(text, "utf-8")
    overrides = load(path)
    assert [[r.name for r in e] for e in overrides.same] == [["Paolo Sandbom", "Paulo Sandbom"]]
    qualifiers = [[r.qualifiers for r in e] for e in overrides.not_same]
    assert qualifiers == [[("S", "Sala"), ("M", "Köping")]]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lena Eriksson", "Lina Eriksson"), ("Maria Andersson", "Marie Andersson"),
     ("Eva Lind", "Eva Lund")],
)  # fmt: skip
def test_two_spellings_each_printed_again_and_again_are_two_people(a, b):
    dates = ["2024-02-01", "2024-03-01", "2024-04-01"]
    mentions = [m(name, "S", date=d) for name in (a, b) for d in dates]
    assert people(mentions) == [[a], [b]]


def test_nobody_substitutes_for_themselves():
    meeting = 7001
    mentions = [
        m("Lina Eriksson", "S", meeting=meeting, kind="substitute"),
        m("Lena Eriksson", "S", meeting=meeting, kind="replaced"),
        m("Lena Eriksson", "S", date="2024-04-01"),
    ]
    assert people(mentions) == [["Lena Eriksson"], ["Lina Eriksson"]]
