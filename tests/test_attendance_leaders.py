"""Attendance rows whose fields are parted by leader dots ('Anna Ek ....... C .......
ordförande'): rows of the header, not lines of a table of contents. Real PDFs, generated
here; every name is invented."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract

LEFT, NAME = 62, 90


def _row(top: float, name: str, party: str = "", role: str = "") -> list[tuple]:
    """One row as a typist sets it: leader dots after the name up to the party's place,
    then (with a role) dots from the party to the role, or from the name to an
    official's title."""
    dots = "." * (48 - len(name))
    if role:
        text = f"{name} {dots} {party or '..........'} .......... {role}"
    else:
        text = f"{name} {dots} {party}"
    return [(NAME, top, text)]


def test_leader_dots_part_name_party_and_role(tmp_path):
    cover = [
        (LEFT, 50, "Miljönämnden", True, 14),
        (LEFT, 80, "Plats och tid", True),
        (LEFT, 94, "Kommunhuset, sal Ljusnan, 2024-02-07 kl. 13.00–15.00"),
        (LEFT, 114, "Beslutande", True),
        *_row(128, "Vilma Storck", "C", "ordförande"),
        *_row(140, "Hugo Brandt-Ekman", "S", "vice ordförande"),
        *_row(152, "Tyra Lindholm", "M"),
        *_row(164, "Axel Wennström", "SD", "tjänstgörande ersättare för Rut Falk (SD)"),
        (LEFT, 184, "Ej tjänstgörande ersättare", True),
        *_row(198, "Ines Bergkvist", "S"),
        (LEFT, 218, "Övriga närvarande", True),
        *_row(232, "Olle Nyhammar", "", "miljöchef"),
        *_row(244, "Saga Tjernberg", "", "nämndsekreterare"),
    ]
    item = [
        (LEFT, 100, "§ 7 Godkännande av dagordning", True),
        (LEFT, 120, "Beslut", True),
        (LEFT, 138, "Dagordningen godkänns."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, item], size=9))
    people = {a.name: (a.party, a.group.value, a.roles, a.replaces) for a in record.attendees}
    assert people == {
        "Vilma Storck": ("C", "decision_maker", ["ordförande"], None),
        "Hugo Brandt-Ekman": ("S", "decision_maker", ["vice ordförande"], None),
        "Tyra Lindholm": ("M", "decision_maker", [], None),
        "Axel Wennström": ("SD", "decision_maker", [], "Rut Falk"),
        "Ines Bergkvist": ("S", "substitute_not_serving", [], None),
        "Olle Nyhammar": (None, "other_present", ["miljöchef"], None),
        "Saga Tjernberg": (None, "other_present", ["nämndsekreterare"], None),
    }
    assert [(s.substitute, s.replaced) for s in record.substitutions] == [
        ("Axel Wennström", "Rut Falk")
    ]


def test_attendance_in_two_text_columns_is_read_column_by_column(tmp_path):
    """A word processor's two-column section: 'Beslutande' at the left column's top, its
    list going on below; the right column goes on with the substitutes before its own
    'Övriga närvarande' and 'Justerare', on rows of their own. The left column is read
    whole before the right one: the members decide, the staff do not, and a substitution
    wrapped to the next line keeps the replaced member's name whole."""
    left, right = 71, 320
    cover = [
        (left, 50, "Nämnden för kultur och fritid", True, 14),
        (left, 80, "Tid: 2024-03-05 kl. 09.00–12.00"),
        (left, 94, "Plats: Stadshuset, sal Norrsken"),
        (left, 120, "Beslutande", True),
        (right, 120, "Viggo Almkvist (V)"),
        (left, 133, "Kerstin Hallberg (KD), ordförande"),
        (right, 138, "Övriga närvarande", True),
        (left, 146, "Osvald Lindell (M), vice ordförande"),
        (right, 152, "Maja Frostell, kulturchef"),
        (left, 159, "Tilda Ringborg (S)"),
        (right, 165, "Nils Åkerblad, nämndsekreterare"),
        (left, 172, "Erik Stenmark (C)"),
        (left, 185, "Hanna Vidlund (L)"),
        (right, 196, "Justerare", True),
        (left, 198, "Gösta Rydh (S), ersättare för Elsa"),
        (right, 210, "Tilda Ringborg"),
        (left, 211, "Lindgård (S)"),
        (right, 228, "Paragrafer", True),
        (left, 232, "Ersättare", True),
        (right, 242, "§§ 1–4"),
        (left, 245, "Pia Munter (M)"),
    ]
    item = [
        (left, 100, "§ 1 Val av justerare", True),
        (left, 120, "Beslut", True),
        (left, 138, "Nämnden utser Tilda Ringborg att justera protokollet."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, item], size=9.5))
    groups = {a.name: a.group.value for a in record.attendees}
    assert groups == {
        "Kerstin Hallberg": "decision_maker",
        "Osvald Lindell": "decision_maker",
        "Tilda Ringborg": "decision_maker",
        "Erik Stenmark": "decision_maker",
        "Hanna Vidlund": "decision_maker",
        "Gösta Rydh": "decision_maker",
        "Pia Munter": "substitute_not_serving",
        "Viggo Almkvist": "substitute_not_serving",
        "Maja Frostell": "other_present",
        "Nils Åkerblad": "other_present",
    }
    assert [(s.substitute, s.replaced) for s in record.substitutions] == [
        ("Gösta Rydh", "Elsa Lindgård")
    ]


def test_role_after_a_dash_and_a_substitute_who_serves_in_stead(tmp_path):
    """'Bo Ek (S) – ordförande': the role without its dash; 'Eva Lind (M) – suppleant,
    tjänstgör i stället för Ulf Berg (M)': a serving substitute, no role 'tjänstgör' and
    no organisation '– suppleant'."""
    cover = [
        (62, 50, "Styrelseprotokoll", True, 14),
        (62, 80, "Närvarande ledamöter", True),
        (62, 94, "Greta Falkenby (S) – ordförande"),
        (62, 106, "Tore Wikström (M) – vice ordförande"),
        (62, 118, "Ronja Helin (S)"),
        (62, 130, "Edvin Sallmark (M) – suppleant, tjänstgör i stället för Ulla Krantz (M)"),
        (62, 150, "Övriga", True),
        (62, 164, "Jesper Norling – verkställande direktör"),
    ]
    item = [
        (62, 100, "Punkt 1. Mötets öppnande", True),
        (62, 120, "Ordföranden förklarade mötet öppnat."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, item], size=10))
    people = {a.name: (a.organisation, a.group.value, a.roles) for a in record.attendees}
    assert people["Greta Falkenby"] == (None, "decision_maker", ["ordförande"])
    assert people["Tore Wikström"] == (None, "decision_maker", ["vice ordförande"])
    assert people["Edvin Sallmark"] == (None, "decision_maker", [])
    assert people["Jesper Norling"] == (None, "other_present", ["verkställande direktör"])
    assert [(s.substitute, s.replaced) for s in record.substitutions] == [
        ("Edvin Sallmark", "Ulla Krantz")
    ]
