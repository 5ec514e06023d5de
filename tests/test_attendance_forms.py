"""Attendance entries in forms other than 'Förnamn Efternamn (Parti)': names printed
surname first with a comma, people listed under their party's name, and roles that are
no roles. Real PDFs where the layout matters, generated here; every name is invented."""

from __future__ import annotations

import pytest

from builders import placed_pdf
from extractors import extract
from extractors.minutes.attendance import parse_entry

LEFT, RIGHT = 62, 320


# an item naming the justerare, under a cover that ends at 220 points
JUSTERING = [
    (LEFT, 230, "§ 12 Justering", True),
    (LEFT, 246, "Beslut: Nämnden utser Ingrid Wester att justera protokollet."),
]


def _extract(tmp_path, *pages: list[tuple]):
    return extract(placed_pdf(tmp_path / "protokoll.pdf", list(pages), size=10))


def _people(record) -> dict[str, tuple]:
    return {a.name: (a.group.value, a.party, sorted(a.roles), a.replaces) for a in record.attendees}


SURNAME_COMMA = [
    # text, [(name, party, roles, replaces)]
    ("Lundmark, Sigrid (C), ordförande", [("Sigrid Lundmark", "C", ["ordförande"], None)]),
    ("Östling, Per-Erik (M), vice ordförande",
     [("Per-Erik Östling", "M", ["vice ordförande"], None)]),
    ("Dahlgren, Anna Lena, kanslisekreterare",
     [("Anna Lena Dahlgren", None, ["kanslisekreterare"], None)]),
    ("Ekwall, Tor (S) tjg ers för Rask, Lovisa (S)", [("Tor Ekwall", "S", [], "Lovisa Rask")]),
    ("Berg, Ingrid (V), Holmgren, Ture (KD)",
     [("Ingrid Berg", "V", [], None), ("Ture Holmgren", "KD", [], None)]),
    # natural order around a single word before a comma: no name turned
    ("Ingrid Berg (V), Kommunledningskontoret, Ekonomi", [("Ingrid Berg", "V", [], None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SURNAME_COMMA, ids=[c[0][:40] for c in SURNAME_COMMA])
def test_names_printed_surname_first_with_a_comma(text, expected):
    people = [(p.name, p.party, p.roles, p.replaces) for p in parse_entry(text)]
    assert people == expected


def test_two_columns_of_names_printed_surname_first(tmp_path):
    """'Beslutande | Övriga närvarande' side by side, each line 'Efternamn, Förnamn (Parti),
    roll', a substitution whose replaced member's party wraps to a line of its own: each
    line is one person, in natural order, and the justerare is named so too."""
    cover = [
        (LEFT, 60, "PROTOKOLL", True, 14),
        (LEFT, 84, "Byggnadsnämndens sammanträde 2023-03-14 i Stadshuset, kl 09.00–11.00."),
        (LEFT, 110, "Beslutande", True),
        (RIGHT, 110, "Övriga närvarande", True),
        (LEFT, 126, "Lundmark, Sigrid (C), ordförande"),
        (RIGHT, 126, "Ahlqvist, Maj (L), ej tjg ers"),
        (LEFT, 140, "Östling, Per-Erik (M), vice ordförande"),
        (RIGHT, 140, "Norell, Tage, stadsarkitekt"),
        (LEFT, 154, "Wester, Ingrid (S)"),
        (RIGHT, 154, "Sandell, Frida, nämndsekreterare"),
        (LEFT, 168, "Ekwall, Tor (S) tjg ers för Rasmusson, Lovisa"),
        (LEFT, 182, "(S)"),
        (LEFT, 204, "Justerare: Wester, Ingrid. Justeringen äger rum 2023-03-16."),
        *JUSTERING,
    ]
    record = _extract(tmp_path, cover)
    assert _people(record) == {
        "Sigrid Lundmark": ("decision_maker", "C", ["ordförande"], None),
        "Per-Erik Östling": ("decision_maker", "M", ["vice ordförande"], None),
        "Ingrid Wester": ("decision_maker", "S", ["justerare"], None),
        "Tor Ekwall": ("decision_maker", "S", [], "Lovisa Rasmusson"),
        "Maj Ahlqvist": ("substitute_not_serving", "L", [], None),
        "Tage Norell": ("other_present", None, ["stadsarkitekt"], None),
        "Frida Sandell": ("other_present", None, ["nämndsekreterare"], None),
    }
    assert [(s.substitute, s.replaced, s.replaced_party) for s in record.substitutions] == [
        ("Tor Ekwall", "Lovisa Rasmusson", "S")
    ]


PARTY_NAMED = [
    # text, [(name, party, roles)]
    ("Moderaterna: Sigrid Lundmark (ordförande), Tage Norell",
     [("Sigrid Lundmark", "M", ["ordförande"]), ("Tage Norell", "M", [])]),
    ("Liberalerna: Maj Ahlqvist", [("Maj Ahlqvist", "L", [])]),
    ("Miljöpartiet (de gröna): Frida Sandell, Tor Ekwall (V)",
     [("Frida Sandell", "MP", []), ("Tor Ekwall", "V", [])]),
    ("Kristdemokraterna – Ingrid Wester", [("Ingrid Wester", "KD", [])]),
    ("Justerare: Ingrid Wester", [("Ingrid Wester", None, ["justerare"])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", PARTY_NAMED, ids=[c[0][:40] for c in PARTY_NAMED])
def test_people_listed_under_their_partys_name(text, expected):
    assert [(p.name, p.party, p.roles) for p in parse_entry(text)] == expected


def test_bulleted_lists_by_party_name_over_a_signature_grid(tmp_path):
    """'• Moderaterna: Sigrid Lundmark (ordförande), Tage Norell' under 'Närvarande
    ledamöter', short lines under 'Närvarande ersättare', and the captions of the
    signatures side by side below: each person with the party named before the list."""
    cover = [
        (LEFT, 60, "Sammanträdesprotokoll", True, 14),
        (LEFT, 84, "Sammanträde onsdagen den 8 mars 2023 kl. 09.00–11.30 i Stadshuset"),
        (LEFT, 110, "Närvarande ledamöter", True),
        (LEFT + 14, 126, "• Moderaterna: Sigrid Lundmark (ordförande), Tage Norell"),
        (LEFT + 14, 140, "• Socialdemokraterna: Per-Erik Östling (vice ordförande)"),
        (LEFT + 14, 154, "• Sverigedemokraterna: Ingrid Wester"),
        (LEFT, 176, "Närvarande ersättare", True),
        (LEFT + 14, 192, "• Liberalerna: Maj Ahlqvist"),
        (LEFT + 14, 206, "• Vänsterpartiet: Tor Ekwall"),
        (LEFT, 228, "Tjänstepersoner", True),
        (LEFT + 14, 244, "• Nämndsekreterare Frida Sandell"),
        (LEFT, 270, "Sekreterare"),
        (220, 270, "Ordförande"),
        (380, 270, "Justerare"),
        (LEFT, 310, "Frida Sandell"),
        (220, 310, "Sigrid Lundmark"),
        (380, 310, "Ingrid Wester"),
    ]
    item = [
        (LEFT, 60, "§ 12 Val av justerare", True),
        (LEFT, 80, "Beslut", True),
        (LEFT, 96, "Ingrid Wester utses att justera protokollet."),
    ]
    record = _extract(tmp_path, cover, item)
    assert _people(record) == {
        "Sigrid Lundmark": ("decision_maker", "M", ["ordförande"], None),
        "Tage Norell": ("decision_maker", "M", [], None),
        "Per-Erik Östling": ("decision_maker", "S", ["vice ordförande"], None),
        "Ingrid Wester": ("decision_maker", "SD", ["justerare"], None),
        "Maj Ahlqvist": ("substitute_not_serving", "L", [], None),
        "Tor Ekwall": ("substitute_not_serving", "V", [], None),
        "Frida Sandell": ("other_present", None, ["nämndsekreterare", "sekreterare"], None),
    }


NO_ROLES = [
    # text, [(name, roles)]: a partial presence is no role; 'tillika' joins two roles
    ("Tage Norell verksamhetschef IFO, ärende 2", [("Tage Norell", ["verksamhetschef ifo"])]),
    ("Maj Ahlqvist, socialsekreterare, ärende 3; Tor Ekwall, enhetschef, ärendena 4-5",
     [("Maj Ahlqvist", ["socialsekreterare"]), ("Tor Ekwall", ["enhetschef"])]),
    ("Frida Sandell, valsamordnare tillika sekreterare",
     [("Frida Sandell", ["valsamordnare", "sekreterare"])]),
    ("Ingrid Wester, ärendehandläggare", [("Ingrid Wester", ["ärendehandläggare"])]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", NO_ROLES, ids=[c[0][:40] for c in NO_ROLES])
def test_partial_presence_and_double_roles(text, expected):
    assert [(p.name, p.roles) for p in parse_entry(text)] == expected


def _board_cover(justering: str) -> list[tuple]:
    return [
        (LEFT, 60, "Protokoll fört vid styrelsemöte i Bostadsbolaget AB", True, 14),
        (LEFT, 90, "Datum: 2023-04-12"),
        (LEFT, 106, "Närvarande styrelseledamöter", True),
        (LEFT, 122, "Sigrid Lundmark, ordförande"),
        (LEFT, 136, "Ingrid Wester"),
        (LEFT, 150, "Tor Ekwall"),
        (LEFT, 172, "Övriga närvarande", True),
        (LEFT, 188, "Frida Sandell, ekonomichef"),
        (LEFT, 212, "§ 1 Val av justerare", True),
        (LEFT, 230, justering),
        (LEFT, 256, "§ 2 Ekonomisk rapport", True),
        (LEFT, 274, "Styrelsen beslutade att godkänna rapporten."),
    ]


def test_justeras_over_the_chair_and_the_justerare(tmp_path):
    """'Vid protokollet | Justeras' over three names, no caption of each: the first signs
    the minutes (the secretary), of those under 'Justeras' the listed chair is the chair
    and the other the justerare."""
    cover = _board_cover("Styrelsen beslutade att godkänna dagordningen.")
    closing = [
        (LEFT, 60, "§ 3 Mötets avslutande", True),
        (LEFT, 78, "Ordföranden avslutade mötet."),
        (LEFT, 120, "Vid protokollet"),
        (220, 120, "Justeras"),
        (LEFT, 190, "Frida Sandell"),
        (220, 190, "Sigrid Lundmark"),
        (380, 190, "Ingrid Wester"),
    ]
    record = _extract(tmp_path, cover, closing)
    roles = {a.name: sorted(a.roles) for a in record.attendees}
    assert roles == {
        "Sigrid Lundmark": ["ordförande"],
        "Ingrid Wester": ["justerare"],
        "Tor Ekwall": [],
        "Frida Sandell": ["ekonomichef", "sekreterare"],
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Styrelsen beslutade att utse Ingrid Wester att jämte ordföranden justera protokollet.",
        "Utses att justera: Ingrid Wester. Justering 2023-04-14, digitalt.",
    ],
)
def test_the_justerare_named_in_a_sentence(tmp_path, sentence):
    record = _extract(tmp_path, _board_cover(sentence))
    assert {a.name: sorted(a.roles) for a in record.attendees}["Ingrid Wester"] == ["justerare"]


def test_signature_captions_ending_a_page_over_names_on_the_next(tmp_path):
    """'Ordförande | Justerare | Sekreterare' the last row of a page, the names the first
    row of the next: one signature area across the page break."""
    cover = _board_cover("Styrelsen beslutade att godkänna dagordningen.")
    cover += [(LEFT, 760, "Ordförande"), (220, 760, "Justerare"), (380, 760, "Sekreterare")]
    names = [(LEFT, 96, "Sigrid Lundmark"), (220, 96, "Ingrid Wester"), (380, 96, "Frida Sandell")]
    record = _extract(tmp_path, cover, names)
    roles = {a.name: sorted(a.roles) for a in record.attendees}
    assert roles["Ingrid Wester"] == ["justerare"]
    assert roles["Frida Sandell"] == ["ekonomichef", "sekreterare"]


def test_an_e_signature_stamp_names_each_signers_role(tmp_path):
    """A verification page, 'Signerat av: Frida Sandell' over 'Roll: Sekreterare': the
    role each signed under."""
    cover = _board_cover("Styrelsen beslutade att godkänna dagordningen.")
    stamp = [
        (LEFT, 60, "Verifikat", True),
        (LEFT, 80, "Detta dokument har signerats elektroniskt"),
        (LEFT, 100, "Signerat av: Ingrid Wester"),
        (LEFT, 114, "Roll: Justerare"),
        (LEFT, 128, "Tidpunkt: 2023-04-14 08:41 Metod: BankID"),
        (LEFT, 150, "Signerat av: Frida Sandell"),
        (LEFT, 164, "Roll: Sekreterare"),
        (LEFT, 178, "Tidpunkt: 2023-04-13 16:22 Metod: BankID"),
    ]
    record = _extract(tmp_path, cover, stamp)
    roles = {a.name: sorted(a.roles) for a in record.attendees}
    assert roles["Ingrid Wester"] == ["justerare"]
    assert roles["Frida Sandell"] == ["ekonomichef", "sekreterare"]


def test_an_inline_list_wrapping_to_the_label_column(tmp_path):
    """Labels in a column of their own over their values, then 'Övriga: …; Frida Sandell,'
    whose role wraps to the next line at the label column: the role goes on the list, no
    label 'Övriga nämndsekreterare'."""
    cover = [
        (LEFT, 60, "Protokoll", True, 14),
        (LEFT, 90, "Sammanträdesdag"),
        (300, 90, "Torsdag 16 mars 2023"),
        (LEFT, 106, "Tid"),
        (300, 106, "kl 09:30 – 12:00"),
        (LEFT, 122, "Lokal"),
        (300, 122, "Kommunhuset, rum Sjön"),
        (LEFT, 146, "Beslutande: Sigrid Lundmark (C), ordförande; Ingrid Wester (S)"),
        (LEFT, 166, "Övriga: Tage Norell, förvaltningschef; Frida Sandell,"),
        (LEFT, 180, "nämndsekreterare"),
        (LEFT, 198, "Justerare: Ingrid Wester"),
        *JUSTERING,
    ]
    record = _extract(tmp_path, cover)
    people = _people(record)
    assert people["Frida Sandell"] == ("other_present", None, ["nämndsekreterare"], None)
    assert people["Tage Norell"] == ("other_present", None, ["förvaltningschef"], None)
