"""Attendance printed in capitals throughout, as a typewriter or a form prints it: names,
organisations and roles read as running text writes them."""

from __future__ import annotations

import pytest

from builders import placed_pdf
from extractors import extract
from extractors.minutes.attendance import parse_entry
from extractors.swedish.capitals import normal_case

CAPITALS = [
    ("GÖRAN AF UGGLAS (S), ORDFÖRANDE", "Göran af Ugglas (S), ordförande"),
    ("ANNA-KARIN VON BERG, PRO, VICE ORDFÖRANDE", "Anna-Karin von Berg, PRO, vice ordförande"),
    ("LISA ÅSTRÖM, SPF SENIORERNA", "Lisa Åström, SPF Seniorerna"),
    ("ULF EK, PRO, I STÄLLET FÖR BO LUND, PRO", "Ulf Ek, PRO, i stället för Bo Lund, PRO"),
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
    [person] = parse_entry("ULF EK, PRO, I STÄLLET FÖR BO LUND, PRO")
    assert (person.name, person.organisation, person.replaces) == ("Ulf Ek", "PRO", "Bo Lund")


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
        (indent, 138, "GÖRAN AF UGGLAS (S), ORDFÖRANDE"),
        (indent, 150, "ANNA-KARIN VON BERG, PRO, VICE ORDFÖRANDE"),
        (indent, 162, "LISA ÅSTRÖM, SPF SENIORERNA"),
        (label, 184, "TJÄNSTGÖRANDE ERSÄTTARE:", True),
        (indent, 198, "ULF EK, PRO, I STÄLLET FÖR BO LUND, PRO"),
        (label, 220, "ÖVRIGA:", True),
        (first, 234, "TORA"),
        (second, 234, "BLOM - KULTURCHEF"),
        (indent, 246, "MATS HED - NÄMNDSEKRETERARE"),
        (label, 268, "FRÅNVARANDE: BO LUND, PRO"),
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
        "Göran af Ugglas": ("decision_maker", "S", None, ["ordförande"], None),
        "Anna-Karin von Berg": ("decision_maker", None, "PRO", ["vice ordförande"], None),
        "Lisa Åström": ("decision_maker", None, "SPF Seniorerna", ["justerare"], None),
        "Ulf Ek": ("decision_maker", None, "PRO", [], "Bo Lund"),
        "Tora Blom": ("other_present", None, None, ["kulturchef"], None),
        "Mats Hed": ("other_present", None, None, ["nämndsekreterare", "sekreterare"], None),
        "Bo Lund": ("absent", None, "PRO", [], None),
    }
