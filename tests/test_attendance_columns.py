"""Attendance headings and signature captions set side by side, substitutions as Swedish
minutes and company boards word them, and attendance lists in running text that wrap.
Real PDFs, generated here; every name is invented."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf, placed_pdf
from extractors import extract

LEFT, MIDDLE, RIGHT = 62, 290, 430
DOTS = "……………………………"


def _placed(tmp_path, cover: list[tuple]) -> object:
    item = [
        (LEFT, 100, "§ 7 Godkännande av dagordning", True),
        (LEFT, 120, "Beslut", True),
        (LEFT, 138, "Dagordningen godkänns."),
    ]
    return extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, item], size=10))


def _people(record) -> dict[str, tuple]:
    return {a.name: (a.group.value, sorted(a.roles), a.replaces) for a in record.attendees}


def _header_grid() -> list[tuple]:
    """'Organ | Sammanträdesdatum | Tid' over their values: a row of labels that is no pair
    of columns of lists."""
    return [
        (LEFT, 60, "Protokoll", True, 14),
        (LEFT, 90, "Organ", True),
        (MIDDLE, 90, "Sammanträdesdatum", True),
        (RIGHT, 90, "Tid", True),
        (LEFT, 106, "Kultur- och fritidsnämnden"),
        (MIDDLE, 106, "2024-03-11"),
        (RIGHT, 106, "kl 09:00-11:30"),
        (LEFT, 124, "Plats", True),
        (LEFT, 140, "Kommunhuset, sammanträdesrum Ljusnan"),
    ]


def test_two_attendance_headings_side_by_side_each_head_their_column(tmp_path):
    """'Närvarande ledamöter | Närvarande ersättare' on one row, under a row of labels over
    their values: the left column's people are ledamöter, the right column's ersättare;
    'tjg ersättare för X' in the left column is a serving substitute, no role 'tjg'."""
    cover = [
        *_header_grid(),
        (LEFT, 160, "Närvarande ledamöter", True),
        (RIGHT, 160, "Närvarande ersättare", True),
        (LEFT, 176, "Tora Blom (C), ordf."),
        (RIGHT, 176, "Nils Ekvall (C)"),
        (LEFT, 188, "Oskar Tallberg (S)"),
        (RIGHT, 188, "Vera Sandin (S)"),
        (LEFT, 200, "Ylva Brink (M)"),
        (LEFT, 212, "Gustav Holmqvist (SD) tjg ersättare för Elin Rapp (SD)"),
        (LEFT, 228, "Övriga närvarande", True),
        (LEFT, 244, "Maria Dahlin, nämndsekreterare"),
        (LEFT, 260, "Frånvarande", True),
        (LEFT, 276, "Elin Rapp (SD)"),
    ]
    people = _people(_placed(tmp_path, cover))
    assert people == {
        "Tora Blom": ("decision_maker", ["ordförande"], None),
        "Oskar Tallberg": ("decision_maker", [], None),
        "Ylva Brink": ("decision_maker", [], None),
        "Gustav Holmqvist": ("decision_maker", [], "Elin Rapp"),
        "Nils Ekvall": ("substitute_not_serving", [], None),
        "Vera Sandin": ("substitute_not_serving", [], None),
        "Maria Dahlin": ("other_present", ["nämndsekreterare"], None),
        "Elin Rapp": ("absent", [], None),
    }


def test_a_substitute_who_serves_is_a_decision_maker_under_ersattare(tmp_path):
    """'Ledamöter | Ersättare' side by side: 'Bo Ek (S), tjänstgör för Eva Ek (S)' in the
    Ersättare column serves in Eva Ek's place; the others there do not serve."""
    cover = [
        (LEFT, 60, "Socialnämnden", True, 14),
        (LEFT, 90, "Tid: Onsdag 13 mars 2024 klockan 09.00–12.00"),
        (LEFT, 106, "Plats: Kommunhuset, sammanträdesrum Ån"),
        (LEFT, 130, "Ledamöter", True),
        (MIDDLE, 130, "Ersättare", True),
        (LEFT, 146, "Karl Ståhl (S), ordförande"),
        (MIDDLE, 146, "Pia Norrby (S), tjänstgör för Rolf Ahl (S)"),
        (LEFT, 162, "Lisa Vide (C)"),
        (MIDDLE, 162, "Jon Frost (C)"),
        (LEFT, 178, "Erik Moberg (M)"),
        (LEFT, 200, "Anmält förhinder: Rolf Ahl (S)"),
    ]
    people = _people(_placed(tmp_path, cover))
    assert people["Pia Norrby"] == ("decision_maker", [], "Rolf Ahl")
    assert people["Jon Frost"] == ("substitute_not_serving", [], None)
    assert people["Lisa Vide"] == ("decision_maker", [], None)


def _record(tmp_path, rows, **layout):
    layout.setdefault("items", [("§ 12 Budget", ["Nämnden beslutar att godkänna budgeten."])])
    pdf = minutes_pdf(
        tmp_path / "m.pdf",
        MinutesLayout(header=["Tibro kommun"], title="Direktionen", rows=rows, **layout),
    )
    return extract(pdf)


def test_substitution_forms_give_replaces_never_a_role(tmp_path):
    """'Bo Ek (S), Mora, för Eva Ek (S), Mora' among tjänstgörande ersättare; 'tjänstgörande
    suppleant för X' (a company board's ersättare); 'Suppleanter' do not serve."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Brandstationen, 12 juni 2024 kl. 09.00–11.30"]),
            ("Ledamöter", ["Åke Lindroth (C), Mora, ordförande", "Gun Ferm (M), Orsa"]),
            ("Tjänstgörande ersättare", ["Stig Olander (S), Mora, för Mona Krantz (S), Mora"]),
            (
                "Närvarande styrelseledamöter",
                ["Rut Ahlgren, ordförande", "Kurt Sjövall, tjänstgörande suppleant för Ola Berg"],
            ),
            ("Suppleanter", ["Ebba Stenholm"]),
            ("Förhinder", ["Mona Krantz (S), Mora; Ola Berg"]),
        ],
    )
    people = _people(record)
    assert people["Stig Olander"] == ("decision_maker", [], "Mona Krantz")
    assert people["Kurt Sjövall"] == ("decision_maker", [], "Ola Berg")
    assert people["Ebba Stenholm"] == ("substitute_not_serving", [], None)
    assert {(s.substitute, s.replaced) for s in record.substitutions} == {
        ("Stig Olander", "Mona Krantz"),
        ("Kurt Sjövall", "Ola Berg"),
    }
