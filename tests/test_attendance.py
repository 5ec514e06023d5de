"""Attendance entries as Swedish minutes write them, one regression row per form."""

from __future__ import annotations

import pytest

from extractors.minutes.attendance import parse_entry

CASES = [
    # text, [(name, party, organisation, roles, replaces, replaced_party)]
    ("Lina Eriksson (L) (Ordförande), Region Västmanland",
     [("Lina Eriksson", "L", "Region Västmanland", ["ordförande"], None, None)]),
    ("Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg",
     [("Roger Ingvarsson", "S", "Skinnskatteberg", [], "Therese Emtin", "SD")]),
    ("Bernt Bergsten (C) Region Västmanland",
     [("Bernt Bergsten", "C", "Region Västmanland", [], None, None)]),
    ("Annasarah Pavasson (förvaltningschef Köpings kommun)",
     [("Annasarah Pavasson", None, "Köpings kommun", ["förvaltningschef"], None, None)]),
    ("Anna Ek (S), ordf., och Bo Berg (m)",
     [("Anna Ek", "S", None, ["ordförande"], None, None), ("Bo Berg", "M", None, [], None, None)]),
    ("Carl af Ekström ((M), §§ 56-59 tjänstgör för Eva Lund (M) pga jäv",
     [("Carl af Ekström", "M", None, [], "Eva Lund", "M")]),
    ("Kalle Anka, S, vice ordf.", [("Kalle Anka", "S", None, ["vice ordförande"], None, None)]),
    ("Anna Andersson (M,) 1:e vice ordf.",
     [("Anna Andersson", "M", None, ["1:e vice ordförande"], None, None)]),
    ("Per Persson (SPF), tjänstgörande för Lisa Ek",
     [("Per Persson", "SPF", None, [], "Lisa Ek", None)]),
    ("Ulla Lund (s) ersättare för Åke Berg (s)", [("Ulla Lund", "S", None, [], "Åke Berg", "S")]),
    ("Maja Holm (V) i stället för Nils Ek (V)", [("Maja Holm", "V", None, [], "Nils Ek", "V")]),
    ("Eva Ek (ÖrP)", [("Eva Ek", "ÖrP", None, [], None, None)]),
    ("Sara Fredin, processledare", [("Sara Fredin", None, None, ["processledare"], None, None)]),
    ("Sara Fredin, Lars Almroth, Kommunledningskontoret",
     [("Sara Fredin", None, None, [], None, None),
      ("Lars Almroth", None, "Kommunledningskontoret", [], None, None)]),
    ("Yvonne Blucher Svensson (V), Köping",
     [("Yvonne Blucher Svensson", "V", "Köping", [], None, None)]),
    ("Anders Nyberg (L) tjg ers för Eva Lund (M) §§ 12-18",
     [("Anders Nyberg", "L", None, [], "Eva Lund", "M")]),
    ("Ulf Berg (KD) tjänstg. ers. för Lisa Ström (KD)",
     [("Ulf Berg", "KD", None, [], "Lisa Ström", "KD")]),
    ("Enligt förteckning", []),
    # paragraphs ending a person in a list: the comma after them still separates people
    ("Per Nord (V) §§ 56-59, Gun Berg (KD) ersätter Ali Hassan (KD) pga jäv § 12, Kim Ström (L)",
     [("Per Nord", "V", None, [], None, None), ("Gun Berg", "KD", None, [], "Ali Hassan", "KD"),
      ("Kim Ström", "L", None, [], None, None)]),
    ("Lisa Berg (C) §§ 56-59, 62-65, Bo Ek (M)",
     [("Lisa Berg", "C", None, [], None, None), ("Bo Ek", "M", None, [], None, None)]),
    ("Sara Lind, samordnare, Mora kommun (punkt 4)",
     [("Sara Lind", None, "Mora kommun", ["samordnare"], None, None)]),
    ("Hans Berg (M) ersätter Tove Lind (M) fr.o.m. § 5",
     [("Hans Berg", "M", None, [], "Tove Lind", "M")]),
    ("Anna Berg (S), Erik Lindqvist (M,), Per Holm (KD)",
     [("Anna Berg", "S", None, [], None, None), ("Erik Lindqvist", "M", None, [], None, None),
      ("Per Holm", "KD", None, [], None, None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_entry(text, expected):
    people = [
        (p.name, p.party, p.organisation, p.roles, p.replaces, p.replaced_party)
        for p in parse_entry(text)
    ]
    assert people == expected


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("Beslutande ledamöter:", "decision_maker"),
        ("Närvarande från kommunerna", "decision_maker"),
        ("Deltagande", "decision_maker"),
        ("Närvarande från förvaltningen", "other_present"),
        ("Inbjudna gäster", "other_present"),
        ("Icke tjänstgörande ersättare", "substitute_not_serving"),
        ("Närvarande ersättare, ej tjänstgörande", "substitute_not_serving"),
        ("Ersättare, ej tjg", "substitute_not_serving"),
        ("Ersättare närvarande", "substitute_not_serving"),
        ("Inbjuden", "other_present"),
        ("Anmält förhinder", "absent"),
        ("Närvarande §§ 12-14", None),  # a qualifier on an entry, not a heading
        ("Närvarande vid sammanträdet var samtliga ledamöter", None),  # a sentence
    ],
)
def test_attendance_headings(label, group):
    from extractors.minutes.labels import group_of

    assert group_of(label) == group
