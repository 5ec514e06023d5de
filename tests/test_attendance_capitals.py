"""Attendance printed in capitals throughout, as a typewriter or a form prints it: names,
organisations and roles read as running text writes them."""

from __future__ import annotations

import pytest

from builders import placed_pdf
from extractors import extract
from extractors.minutes.attendance import parse_entry
from extractors.swedish.capitals import normal_case

CAPITALS = [
    ("GÖRAN AF LINDHOLM (S), ORDFÖRANDE", "Göran af Lindholm (S), ordförande"),
    ("ANNA-KARIN VON HALLE, RPG, VICE ORDFÖRANDE", "Anna-Karin von Halle, RPG, vice ordförande"),
    ("LISA ÅSTRÖM, NYA SENIORFÖRBUNDET", "Lisa Åström, NYA Seniorförbundet"),
    ("ULF EK, RPG, I STÄLLET FÖR BO LUND, RPG", "Ulf Ek, RPG, i stället för Bo Lund, RPG"),
    ("TORA BLOM - KULTURCHEF", "Tora Blom - kulturchef"),
    ("SOCIALCHEF TORA BLOM", "socialchef Tora Blom"),
    ("ERIK HOLM SD", "Erik Holm SD"),
    # not in capitals throughout, or no name: as printed
    ("Anna Ek (S), ordförande", "Anna Ek (S), ordförande"),
    ("MBP", "MBP"),
]


@pytest.mark.parametrize("text, expected", CAPITALS, ids=[c[0][:30] for c in CAPITALS])
def test_an_entry_in_capitals_in_the_case_of_running_text(text, expected):
    assert normal_case(text) == expected


def test_a_substitution_in_capitals():
    [person] = parse_entry("ULF EK, RPG, I STÄLLET FÖR BO LUND, RPG")
    assert (person.name, person.organisation, person.replaces) == ("Ulf Ek", "RPG", "Bo Lund")


def _beside(x: float, text: str, size: float) -> float:
    """The x one space after text drawn at x."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    return x + pdfmetrics.stringWidth(f"{text} ", "Vera", size)


def test_minutes_in_capitals(tmp_path):
    """A header in capitals: labels with their values at one x, the lists under their
    labels indented, a signature under 'VID PROTOKOLLET'; one indented name's second word
    starts at the values' x by chance, and is no value of a label."""
    size, label, value, indent = 10, 50, 98, 62
    second = value  # 'TORA' ends one space before the values' x
    first = second - (_beside(0, "TORA", size))
    page = [
        (label, 40, "NÄMNDEN FÖR SENIORFRÅGOR", True),
        (label, 70, "DATUM:"),
        (value, 70, "3.4.2024"),
        (label, 84, "TID:"),
        (value, 84, "KL. 9.30-11.00"),
        (label, 98, "PLATS:"),
        (value, 98, "RÅDHUSET, SAL EKEN"),
        (label, 124, "NÄRVARANDE LEDAMÖTER:", True),
        (indent, 138, "GÖRAN AF LINDHOLM (S), ORDFÖRANDE"),
        (indent, 150, "ANNA-KARIN VON HALLE, RPG, VICE ORDFÖRANDE"),
        (indent, 162, "LISA ÅSTRÖM, NYA SENIORFÖRBUNDET"),
        (label, 184, "TJÄNSTGÖRANDE ERSÄTTARE:", True),
        (indent, 198, "ULF EK, RPG, I STÄLLET FÖR BO LUND, RPG"),
        (label, 220, "ÖVRIGA:", True),
        (first, 234, "TORA"),
        (second, 234, "BLOM - KULTURCHEF"),
        (indent, 246, "MATS HED - NÄMNDSEKRETERARE"),
        (label, 268, "FRÅNVARANDE: BO LUND, RPG"),
        (label, 300, "ÄRENDE 1: VAL AV JUSTERARE", True),
        (label, 314, "BESLUT: Lisa Åström utses att justera protokollet."),
        (label, 340, "ÄRENDE 2: INFORMATION", True),
        (label, 354, "Kulturchefen informerade om sommarens program."),
        (label, 400, "VID PROTOKOLLET:"),
        (label, 440, "MATS HED"),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=size))
    people = {
        a.name: (a.group.value, a.party, a.organisation, sorted(a.roles), a.replaces)
        for a in record.attendees
    }
    assert people == {
        "Göran af Lindholm": ("decision_maker", "S", None, ["ordförande"], None),
        "Anna-Karin von Halle": ("decision_maker", None, "RPG", ["vice ordförande"], None),
        "Lisa Åström": ("decision_maker", None, "NYA Seniorförbundet", ["justerare"], None),
        "Ulf Ek": ("decision_maker", None, "RPG", [], "Bo Lund"),
        "Tora Blom": ("other_present", None, None, ["kulturchef"], None),
        "Mats Hed": ("other_present", None, None, ["nämndsekreterare", "sekreterare"], None),
        "Bo Lund": ("absent", None, "RPG", [], None),
    }
