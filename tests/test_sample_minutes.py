"""The sample minutes (corpus/): every fact the foundation issue names, asserted."""

from __future__ import annotations

import json

from conftest import FIXTURES

DECISION_MAKERS = {
    "Lina Eriksson": ("L", "Region Västmanland", ["ordförande"]),
    "Stephanie Bruksgård": ("M", "Region Västmanland", []),
    "Ulrika Spårebo": ("S", "Region Västmanland", []),
    "Rahaf Ramdo": ("KD", "Arboga", []),
    "Niclas Bergström": ("S", "Fagersta", []),
    "Ingvor Regnemer": ("S", "Hallstahammar", []),
    "Linda Söder Jonsson": ("S", "Kungsör", []),
    "Anna Eriksson": ("S", "Köping", ["vice ordförande"]),
    "Karl Karlsson": ("S", "Norberg", []),
    "Roger Ingvarsson": ("S", "Skinnskatteberg", []),
    "Inge Larsson": ("C", "Surahammar", []),
    "Denise Norström": ("S", None, []),
}
SUBSTITUTES = {
    "Bernt Bergsten": ("C", "Region Västmanland"),
    "Annica Lindholm": ("V", "Fagersta"),
    "Rolf Korsbäck": ("S", "Hallstahammar"),
    "Yvonne Blucher Svensson": ("V", "Köping"),
    "Anita Lilja-Stenholm": ("L", "Norberg"),
}
OTHERS = {
    "Sara Fredin": (["processledare"], None),
    "Lars Almroth": (["hälso- och sjukvårdsdirektör"], None),
    "Annasarah Pavasson": (["förvaltningschef"], "Köpings kommun"),
    "Eva Wilhelmsson": (["mötessekreterare"], None),
    "Eva-Lena Odeling": (["socialchef"], "Surahammars kommun"),
}
ITEMS = [
    ("1", "Ordförande hälsar samverkansgrupp nära vård välkomna", []),
    ("2", "Nästa sammanträde", []),
    ("3", "Seniorhälsovårdsprogram", ["Åsa Revenäs"]),
    ("4", "Förebyggandeenheten", ["Paulo Sandbom"]),
    ("5", "Dokumenterad överenskommelse", ["Maria Gill"]),
    ("6", "Sammanhållen vy 1177", ["Maria Gill"]),
    ("7", "Gemensam primärvårdsplan", ["Sara Fredin"]),
    ("8", "Gemensam målbild Nära vård Västmanland", ["Sara Fredin"]),
    ("9", "Gemensam uppföljning", ["Sara Fredin"]),
    ("10", "HoS2029 (Hälso- och sjukvården 2029)", ["Lars Almroth"]),
    ("11", "Övriga frågor", []),
]


def by_group(record, group):
    return {a.name: a for a in record.attendees if a.group.value == group}


def test_meeting_header(sample_record):
    meeting = sample_record.meeting
    assert sample_record.document_type.value == "minutes"
    assert meeting.date == "2024-05-03"
    assert (meeting.start_time, meeting.end_time) == ("09:00", "12:00")
    assert meeting.location == "Sammanträdesrum Mälaren, Regionhuset, ingång 4"
    assert meeting.body == "Samverkansgrupp Nära vård"
    assert meeting.organisation == "Region Västmanland"


def test_twelve_decision_makers_with_party_organisation_and_roles(sample_record):
    found = by_group(sample_record, "decision_maker")
    assert list(found) == list(DECISION_MAKERS)
    for name, (party, organisation, roles) in DECISION_MAKERS.items():
        attendee = found[name]
        assert (attendee.party, attendee.organisation, attendee.roles) == (
            party,
            organisation,
            roles,
        ), name


def test_five_substitutes_not_serving(sample_record):
    found = by_group(sample_record, "substitute_not_serving")
    assert {n: (a.party, a.organisation) for n, a in found.items()} == SUBSTITUTES


def test_five_others_present_with_titles_as_roles(sample_record):
    found = by_group(sample_record, "other_present")
    assert {n: (a.roles, a.organisation) for n, a in found.items()} == OTHERS
    assert all(a.party is None for a in found.values())


def test_substitutions_both_ways(sample_record):
    pairs = [
        (s.substitute, s.substitute_party, s.replaced, s.replaced_party, s.organisation)
        for s in sample_record.substitutions
    ]
    assert pairs == [
        ("Roger Ingvarsson", "S", "Therese Emtin", "SD", "Skinnskatteberg"),
        ("Denise Norström", "S", "Amanda Grönlund", "KD", None),
    ]
    replaces = {a.name: a.replaces for a in sample_record.attendees if a.replaces}
    assert replaces == {"Roger Ingvarsson": "Therese Emtin", "Denise Norström": "Amanda Grönlund"}


def test_eleven_items_with_titles_and_presenters(sample_record):
    items = [(i.number, i.title, i.presenters) for i in sample_record.agenda_items]
    assert items == ITEMS
    assert all(item.decisions == [] for item in sample_record.agenda_items)
    assert sample_record.agenda_items[0].page == 1
    assert sample_record.agenda_items[-1].page == sample_record.source.pages


def test_next_meeting(sample_record):
    assert sample_record.next_meeting.date == "2024-09-20"
    assert sample_record.next_meeting.text == "fredagen den 20 september 2024"


def test_golden_record(sample_record):
    """The whole record, field for field, against the hand-checked gold file."""
    gold = json.loads((FIXTURES / "golden" / "sample_minutes.json").read_text("utf-8"))
    produced = json.loads(sample_record.to_json())
    assert produced == gold
