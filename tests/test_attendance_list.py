"""Attendance printed as a table of its own after the items ('Närvarolista'), which the
header only points to ('Beslutande: Se bifogad närvarolista'). Real PDFs, generated."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf, placed_pdf
from extractors import extract

ITEMS = [
    ("§ 21 Val av justerare", ["Kommunfullmäktiges beslut", "Bengt Ullberg utses att justera."]),
    ("§ 22 Meddelanden", ["Kommunfullmäktiges beslut", "Meddelandena läggs till handlingarna."]),
]  # fmt: skip
NAME, PARTY, MARK, SUBSTITUTE, SUBSTITUTE_PARTY = 57, 220, 268, 330, 480


def council(appendix, items=ITEMS) -> MinutesLayout:
    return MinutesLayout(
        header=["OCKELBO KOMMUN", "Sammanträdesprotokoll"],
        title="Kommunfullmäktige",
        rows=[
            ("Plats och tid", ["Kommunhuset, Ockelbo, måndagen den 22 april 2024 kl. 18.30–20.50"]),
            ("Beslutande", ["Se bifogad närvarolista"]),
            ("Övriga närvarande", ["Karin Sjödin, kommundirektör"]),
            ("Utses att justera", ["Bengt Ullberg (M)"]),  # listed nowhere else: an attendee
        ],
        items=items,
        appendix=appendix,
    )


def row(*cells: tuple[float, str], bold: bool = False) -> list[tuple[float, str, bool]]:
    return [(x, text, bold) for x, text in cells]


def groups(record) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for attendee in record.attendees:
        found.setdefault(attendee.group.value, []).append(attendee.name)
    return found


def test_a_list_with_a_serving_mark_and_substitutes_beside_members(tmp_path):
    appendix = [
        row((NAME, "Närvarolista"), bold=True),
        row((NAME, "Kommunfullmäktige 2024-04-22, §§ 21–22")),
        row(
            (NAME, "Ledamöter"),
            (PARTY, "Parti"),
            (MARK, "Tjänstgör"),
            (SUBSTITUTE, "Ersättare"),
            (SUBSTITUTE_PARTY, "Parti"),
            bold=True,
        ),
        row((NAME, "Sven Berglund, ordf."), (PARTY, "S"), (MARK + 15, "X")),
        row((NAME, "Anna Lund, 1:e vice ordf."), (PARTY, "M"), (MARK + 15, "X")),
        row(
            (NAME, "Tomas Wallin"),
            (PARTY, "S"),
            (SUBSTITUTE, "Ann-Christin Mattsson"),
            (SUBSTITUTE_PARTY, "S"),
        ),
        row((NAME, "Bengt Ullberg"), (PARTY, "M"), (MARK + 15, "X")),
        row((NAME, "Ida Sandström"), (PARTY, "MP")),
        row((NAME, "Summa tjänstgörande 4")),
        row((NAME, "Närvarande ersättare, ej tjänstgörande"), bold=True),
        row((NAME, "Namn"), (PARTY, "Parti"), bold=True),
        row((NAME, "Kjell Hansson"), (PARTY, "S")),
        row((NAME, "Marita Larsson"), (PARTY, "C")),
    ]
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    assert groups(record) == {
        "decision_maker": ["Sven Berglund", "Anna Lund", "Ann-Christin Mattsson", "Bengt Ullberg"],
        "other_present": ["Karin Sjödin"],
        "absent": ["Tomas Wallin", "Ida Sandström"],
        "substitute_not_serving": ["Kjell Hansson", "Marita Larsson"],
    }
    people = {a.name: a for a in record.attendees}
    assert (people["Sven Berglund"].party, people["Sven Berglund"].roles) == ("S", ["ordförande"])
    assert people["Anna Lund"].roles == ["1:e vice ordförande"]
    assert people["Ann-Christin Mattsson"].replaces == "Tomas Wallin"
    assert [s.model_dump() for s in record.substitutions] == [
        {
            "substitute": "Ann-Christin Mattsson",
            "substitute_party": "S",
            "replaced": "Tomas Wallin",
            "replaced_party": "S",
            "organisation": None,
        }
    ]
    # the list is no part of the last item: its decision ends where the item does
    assert record.agenda_items[-1].decisions == ["Meddelandena läggs till handlingarna."]


def test_a_voting_list_over_two_pages_with_an_absence_mark(tmp_path):
    header = row(
        (NAME, "Ledamot"),
        (200, "Parti"),
        (235, "Frånvarande"),
        (320, "Ersättare"),
        (430, "Parti"),
        (470, "Ja"),
        (495, "Nej"),
        (520, "Avstår"),
        bold=True,
    )
    members = [
        ("Lena Dahl", "S", "", "", "", "X"),
        ("Olle Hägglund", "S", "X", "Britt-Marie Söderberg", "S", "X"),
        ("Camilla Forsberg", "SD", "X", "", "", ""),
        ("Karin Wikander", "M", "", "", "", "X"),
        ("Susanne Fors", "C", "", "", "", "X"),
        ("Gustav Berg", "KD", "X", "Inger Persson", "KD", "X"),
    ]

    def member(name, party, away, substitute, substitute_party, yes):
        cells = [
            (NAME, name),
            (200, party),
            (255, away),
            (320, substitute),
            (430, substitute_party),
        ]
        return row(*[(x, t) for x, t in [*cells, (475, yes)] if t])

    appendix = [
        row((NAME, "Närvaro- och omröstningslista"), bold=True),
        header,
        *[member(*m) for m in members[:3]],
        None,
        header,
        *[member(*m) for m in members[3:]],
    ]
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    assert groups(record) == {
        "decision_maker": [
            "Lena Dahl",
            "Britt-Marie Söderberg",
            "Karin Wikander",
            "Susanne Fors",
            "Inger Persson",
            "Bengt Ullberg",
        ],
        "other_present": ["Karin Sjödin"],
        "absent": ["Olle Hägglund", "Camilla Forsberg", "Gustav Berg"],
    }
    assert [(s.substitute, s.replaced) for s in record.substitutions] == [
        ("Britt-Marie Söderberg", "Olle Hägglund"),
        ("Inger Persson", "Gustav Berg"),
    ]


def test_a_sentence_that_names_the_list_is_no_list(tmp_path):
    items = [
        *ITEMS,
        ("§ 23 Närvaro", ["Närvarolista bifogas protokollet.", "Noteras till protokollet."]),
    ]
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council([], items=items)))

    assert groups(record) == {
        "other_present": ["Karin Sjödin"],
        "decision_maker": ["Bengt Ullberg"],
    }
    assert [item.title for item in record.agenda_items] == [
        "Val av justerare",
        "Meddelanden",
        "Närvaro",
    ]


def test_heads_set_close_together_and_a_row_of_vote_heads_under_them(tmp_path):
    """'Närv. Tjänstgörande ersättare' read as one line is still two columns; the 'Ja Nej
    Avstår' heads of each vote, and the votes' own '§ 24' over them, are no people."""
    appendix = [
        row((NAME, "Närvaro- och voteringslista"), bold=True),
        row((470, "§ 24")),
        row((NAME, "Ledamot"), (200, "Parti"), (232, "Närv."), (270, "Tjänstgörande ersättare"),
            (420, "Parti"), bold=True),
        row((470, "Ja"), (492, "Nej"), (514, "Avstår"), bold=True),
        row((NAME, "Elisabeth Nord, ordf."), (200, "S"), (240, "X"), (472, "X")),
        row((NAME, "Peter Söderlund"), (200, "M"), (240, "–"), (270, "Ida Lundqvist"),
            (420, "M"), (494, "X")),
        row((NAME, "Summa"), (240, "1"), (472, "1"), (494, "1")),
    ]  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "bun.pdf", council(appendix)))

    assert [(a.name, a.group.value, a.party, a.roles, a.replaces) for a in record.attendees] == [
        ("Karin Sjödin", "other_present", None, ["kommundirektör"], None),
        ("Elisabeth Nord", "decision_maker", "S", ["ordförande"], None),
        ("Peter Söderlund", "absent", "M", [], None),
        ("Ida Lundqvist", "decision_maker", "M", [], "Peter Söderlund"),
        ("Bengt Ullberg", "decision_maker", "M", ["justerare"], None),
    ]
    assert [item.number for item in record.agenda_items] == ["21", "22"]


def test_a_substitute_on_a_row_of_its_own_under_the_member(tmp_path):
    appendix = [
        row((NAME, "Närvarolista"), bold=True),
        row((NAME, "Ledamöter"), (PARTY, "Parti"), (SUBSTITUTE, "Ersättare"),
            (SUBSTITUTE_PARTY, "Parti"), bold=True),
        row((NAME, "Lena Dahl"), (PARTY, "S")),
        row((NAME, "Olle Berg"), (PARTY, "M")),
        row((SUBSTITUTE, "Birgitta Nord"), (SUBSTITUTE_PARTY, "M")),
    ]  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    assert [(a.name, a.group.value, a.replaces) for a in record.attendees[1:]] == [
        ("Lena Dahl", "decision_maker", None),
        ("Olle Berg", "absent", None),
        ("Birgitta Nord", "decision_maker", "Olle Berg"),
        ("Bengt Ullberg", "decision_maker", None),
    ]


def test_a_section_with_its_people_after_a_colon_below_the_list(tmp_path):
    """'Ej tjänstgörande ersättare: Lisa Ahl (S), Per Moberg (C), Eva Tiger (V)' on one
    line below the members, across the columns: three substitutes who did not serve, each
    with the party beside the name, none replacing anyone."""
    appendix = [
        row((NAME, "Närvarolista"), bold=True),
        row(
            (NAME, "Ledamot"),
            (PARTY, "Parti"),
            (MARK, "Närv."),
            (SUBSTITUTE, "Tjänstgörande ersättare"),
            (SUBSTITUTE_PARTY, "Parti"),
            bold=True,
        ),
        row((NAME, "Sven Berglund, ordförande"), (PARTY, "S"), (MARK + 5, "X")),
        row((NAME, "Tomas Wallin"), (PARTY, "S"), (SUBSTITUTE, "Mona Rask"),
            (SUBSTITUTE_PARTY, "S")),
        row((NAME, "Bengt Ullberg"), (PARTY, "M"), (MARK + 5, "X")),
        row((NAME, "Summa"), (MARK + 5, "2"), bold=True),
        row((NAME, "Ej tjänstgörande ersättare: Lisa Ahl (S), Per Moberg (C), Eva Tiger (V)")),
    ]  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    people = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert people["Lisa Ahl"] == ("substitute_not_serving", "S", None)
    assert people["Per Moberg"] == ("substitute_not_serving", "C", None)
    assert people["Eva Tiger"] == ("substitute_not_serving", "V", None)
    assert people["Mona Rask"] == ("decision_maker", "S", "Tomas Wallin")
    assert not [s for s in record.substitutions if s.substitute in ("Lisa Ahl", "Eva Tiger")]


def test_substitutes_with_marks_of_their_own_beside_the_members(tmp_path):
    """'Ledamöter | Parti | Närv. | Ersättare | Parti | Närv. | Tjg' with the dot of each
    'Närv.' wrapped onto a row of its own: the ersättare column is a roster with its own
    marks, not the member's substitute on that row. A member with a mark is a decision
    maker, one without is absent; a substitute marked 'Tjg' serves (no one named as
    replaced), one marked only present does not, one without marks is no attendee."""
    party, mark, substitute, substitute_party, present, serving = 200, 232, 262, 400, 432, 462
    appendix = [
        row((NAME, "Närvarolista"), bold=True),
        row((NAME, "Kommunfullmäktige 2024-04-22")),
        row((NAME, "Ledamöter"), (party, "Parti"), (mark, "Närv"), (substitute, "Ersättare"),
            (substitute_party, "Parti"), (present, "Närv"), (serving, "Tjg"), bold=True),
        row((mark + 20, "."), (present + 20, "."), bold=True),
        row((NAME, "Sven Berglund, ordf."), (party, "C"), (mark, "x"), (substitute, "Rut Palm"),
            (substitute_party, "C"), (present, "x"), (serving, "x")),
        row((NAME, "Maja Ekholm"), (party, "S"), (mark, "x"), (substitute, "Leo Strand"),
            (substitute_party, "M"), (present, "x")),
        row((NAME, "Tomas Wallin"), (party, "S"), (substitute, "Eja Norrman"),
            (substitute_party, "V")),
        row((NAME, "Bengt Ullberg"), (party, "M"), (mark, "x")),
        row((NAME, "Ida Sandström"), (party, "KD")),
        row((NAME, "Summa närvarande ledamöter: 3"), (substitute, "Tjänstgörande ersättare: 1")),
    ]  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    people = {a.name: (a.group.value, a.party, a.roles, a.replaces) for a in record.attendees}
    assert people == {
        "Karin Sjödin": ("other_present", None, ["kommundirektör"], None),
        "Sven Berglund": ("decision_maker", "C", ["ordförande"], None),
        "Rut Palm": ("decision_maker", "C", [], None),
        "Maja Ekholm": ("decision_maker", "S", [], None),
        "Leo Strand": ("substitute_not_serving", "M", [], None),
        "Tomas Wallin": ("absent", "S", [], None),
        "Bengt Ullberg": ("decision_maker", "M", ["justerare"], None),
        "Ida Sandström": ("absent", "KD", [], None),
    }
    assert record.substitutions == []


def test_the_item_after_a_list_is_no_vote_head(tmp_path):
    """A list that ends a page before the first item: '§ 5' at the top of the next page, in
    the names' column, is the item, not the head of a vote column under the list's header."""
    cover = [
        (57, 60, "Kommunfullmäktige", True, 14),
        (57, 90, "Plats och tid: Kommunhuset, måndagen den 22 april 2024 kl. 18.30–20.50"),
        (57, 106, "Beslutande: Enligt bifogad närvarolista"),
        (57, 140, "Närvarolista", True),
        (70, 160, "Ledamöter", True),
        (200, 160, "Parti", True),
        (240, 160, "Närv.", True),
        (70, 176, "Märta Holm, ordf."),
        (200, 176, "S"),
        (245, 176, "x"),
        (70, 192, "Jöns Alvin"),
        (200, 192, "M"),
    ]
    item = [
        (57, 100, "§ 5", True),
        (57, 120, "Upprop", True),
        (57, 140, "Upprop förrättas."),
    ]
    record = extract(placed_pdf(tmp_path / "kf.pdf", [cover, item], size=10))

    assert [(a.name, a.group.value) for a in record.attendees] == [
        ("Märta Holm", "decision_maker"),
        ("Jöns Alvin", "absent"),
    ]
    assert [(i.number, i.title) for i in record.agenda_items] == [("5", "Upprop")]


def test_a_numbered_list_with_the_seat_s_mark_after_the_serving_substitute(tmp_path):
    """'Nr | Ledamot | Parti | Tjänstgörande ersättare | Närv. | Ja | Nej | Avstår': a head
    the list does not know ('Nr') is a column of its own, whose cells are no part of the
    names; the one mark column, right of the substitutes, is the seat's: a member with a
    substitute in the row was away, the substitute served in the member's place (of the
    member's party, as the list prints no party of the substitute's)."""
    number, party, substitute, mark = 57, 200, 235, 380
    name = 80
    appendix = [
        row((NAME, "Bilaga 1. Närvaro- och voteringslista"), bold=True),
        row((NAME, "Kommunfullmäktige 2024-04-22. Votering § 22")),
        row((number, "Nr"), (name, "Ledamot"), (party, "Parti"),
            (substitute, "Tjänstgörande ersättare"), (mark, "Närv"), (420, "Ja"), (445, "Nej"),
            (470, "Avstår"), bold=True),
        row((mark + 15, "."), bold=True),
        row((number, "1"), (name, "Sven Berglund"), (party, "S"), (mark, "X"), (420, "X")),
        row((number, "2"), (name, "Tomas Wallin"), (party, "S"), (substitute, "Mona Rask"),
            (mark, "X"), (445, "X")),
        row((number, "3"), (name, "Bengt Ullberg"), (party, "M"), (mark, "X"), (420, "X")),
        row((number, "4"), (name, "Ida Sandström"), (party, "KD")),
    ]  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "kf.pdf", council(appendix)))

    people = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert people == {
        "Karin Sjödin": ("other_present", None, None),
        "Sven Berglund": ("decision_maker", "S", None),
        "Tomas Wallin": ("absent", "S", None),
        "Mona Rask": ("decision_maker", "S", "Tomas Wallin"),
        "Bengt Ullberg": ("decision_maker", "M", None),
        "Ida Sandström": ("absent", "KD", None),
    }
    assert [(s.substitute, s.substitute_party, s.replaced) for s in record.substitutions] == [
        ("Mona Rask", "S", "Tomas Wallin")
    ]


def _table(top: float, rows: list[list[tuple[float, str]]], step: float = 14) -> list:
    """Rows of cells placed from top down, the first row bold (the column heads)."""
    return [
        (x, top + number * step, text, number == 0)
        for number, cells in enumerate(rows)
        for x, text in cells
    ]


def _item(x: float, top: float, number: str, title: str, decision: str) -> list:
    """An item after the header: its number, title and decision, one under the other."""
    return [(x, top, number, True), (x, top + 16, title, True), (x, top + 32, decision)]


def test_a_table_under_a_bare_heading_with_what_each_attended_as_and_a_remark(tmp_path):
    """'Närvaro' over 'Namn | Parti | Närvarande som | Anmärkning' in the header: the
    note says the group ('ersättare', 'frånvarande') or the role, and a remark whom a
    serving substitute replaced; staff have no party. Names from elsewhere in Europe
    ('Marić') are names."""
    heads = [(150, "Namn"), (320, "Parti"), (375, "Närvarande som"), (530, "Anmärkning")]
    people = [
        [(150, "Maja Holm"), (320, "S"), (375, "ordförande")],
        [(150, "Lejla Begović"), (320, "M"), (375, "ledamot"), (530, "§§ 71–73")],
        [(150, "Ebbe Strand"), (320, "S"), (375, "tjänstgörande ersättare"),
         (530, "för Viktor Sand (S)")],
        [(150, "Helga Åberg"), (320, "M"), (375, "ersättare")],
        [(150, "Rune Ek"), (320, "KD"), (375, "frånvarande")],
        [(150, "Cilla Haag"), (375, "förvaltningschef")],
    ]  # fmt: skip
    page = [
        (57, 40, "Kultur- och fritidsnämnden – protokoll", True, 14),
        (57, 70, "Sammanträde: tisdag 23 november 2021, kl. 18.00–20.10"),
        (57, 110, "Närvaro", True),
        *_table(128, [heads, *people]),
        *_item(57, 240, "§ 70", "Val av justerare", "Maja Holm utses att justera."),
    ]
    record = extract(placed_pdf(tmp_path / "kfn.pdf", [page], size=9))

    found = {a.name: (a.group.value, a.party, a.roles, a.replaces) for a in record.attendees}
    assert found == {
        "Maja Holm": ("decision_maker", "S", ["ordförande", "justerare"], None),
        "Lejla Begović": ("decision_maker", "M", [], None),
        "Ebbe Strand": ("decision_maker", "S", [], "Viktor Sand"),
        "Helga Åberg": ("substitute_not_serving", "M", [], None),
        "Rune Ek": ("absent", "KD", [], None),
        "Cilla Haag": ("other_present", None, ["förvaltningschef"], None),
    }


def test_a_table_without_a_heading_with_organisations_and_a_yes_no_mark(tmp_path):
    """'Namn | Organisation | Närvarande (ja/nej)' under no heading: names, a mark
    and a head the list reads as the people's organisations."""
    rows = [
        [(57, "Namn"), (220, "Organisation"), (380, "Närvarande (ja/nej)")],
        [(57, "Hanna Vik"), (220, "Skövde kommun"), (380, "ja")],
        [(57, "Olof Tevander"), (220, "Falköpings kommun"), (380, "nej")],
        [(57, "Ana Kovačić"), (220, "Tibro kommun"), (380, "ja")],
    ]
    page = [
        (57, 40, "Minnesanteckningar", True, 14),
        (57, 70, "Datum: 3/3 2022, kl. 09.00–11.30"),
        (57, 85, "Plats: Digitalt via Teams"),
        *_table(110, rows),
        (57, 180, "1. Välkomna och godkännande av dagordning", True),
        (57, 196, "Dagordningen godkändes."),
    ]
    record = extract(placed_pdf(tmp_path / "natverk.pdf", [page], size=9))

    assert [(a.name, a.group.value, a.organisation) for a in record.attendees] == [
        ("Hanna Vik", "decision_maker", "Skövde kommun"),
        ("Olof Tevander", "absent", "Falköpings kommun"),
        ("Ana Kovačić", "decision_maker", "Tibro kommun"),
    ]


def test_labelled_sections_under_a_list_heading_on_the_last_page(tmp_path):
    """'Beslutande: se närvarolistan på protokollets sista sida': on the last page a
    'Närvarolista' of labelled sections, no table ('Närvarande ledamöter', 'Tjänstgörande
    ersättare: X för Y', 'Frånvarande ledamöter', 'Tjänstepersoner'); none of it is the
    last item's text."""
    first = [
        (63, 60, "Tekniska nämnden", True, 14),
        (63, 90, "Sammanträdesprotokoll"),
        (63, 110, "Plats och tid: Kommunhuset, onsdagen den 21 februari 2024 kl. 17.30–19.50"),
        (63, 126, "Beslutande, övriga närvarande: se närvarolistan på protokollets sista sida"),
        (63, 142, "Justerare: Berit Lönnqvist"),
        (63, 180, "§ 12. Justering av protokoll", True),
        (63, 198, "Tekniska nämndens beslut", True),
        (63, 214, "Nämnden utser Berit Lönnqvist (KD) att justera protokollet."),
        (63, 240, "§ 13. Avfallstaxa", True),
        (63, 258, "Tekniska nämndens beslut", True),
        (63, 274, "Beslut enligt förslag."),
    ]
    last = [
        (63, 70, "Närvarolista", True, 12),
        (63, 92, "Närvarande ledamöter", True),
        (77, 107, "Måns Grönlund (M), ordförande"),
        (77, 122, "Berit Lönnqvist (KD)"),
        (77, 137, "Yngve Demirel (S)"),
        (63, 156, "Tjänstgörande ersättare", True),
        (77, 171, "Inga Falk (M) för Per Wester (M)"),
        (63, 190, "Närvarande ersättare", True),
        (77, 205, "Sören Bring (C)"),
        (63, 224, "Frånvarande ledamöter", True),
        (77, 239, "Per Wester (M)"),
        (63, 258, "Tjänstepersoner", True),
        (77, 273, "Annie Sjöberg, nämndsekreterare"),
    ]
    record = extract(placed_pdf(tmp_path / "tn.pdf", [first, last], size=9))

    found = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert found == {
        "Måns Grönlund": ("decision_maker", "M", None),
        "Berit Lönnqvist": ("decision_maker", "KD", None),
        "Yngve Demirel": ("decision_maker", "S", None),
        "Inga Falk": ("decision_maker", "M", "Per Wester"),
        "Sören Bring": ("substitute_not_serving", "C", None),
        "Per Wester": ("absent", "M", None),
        "Annie Sjöberg": ("other_present", None, None),
    }
    assert record.agenda_items[-1].decisions == ["Beslut enligt förslag."]


def test_members_and_substitutes_by_municipality_with_marks_in_their_cells(tmp_path):
    """'Deltagare' over 'Kommun | Ledamot | Ersättare': each municipality's member and
    substitute, marked in the cell ('– förhinder', '– tjänstgör'), cells wrapping onto a
    row of their own. A member marked away was absent; a substitute marked serving
    replaced the row's member, one unmarked attended without serving."""
    rows = [
        [(62, "Kommun"), (220, "Ledamot"), (380, "Ersättare")],
        [(62, "Alingsås kommun"), (220, "Carina Rehnberg (S),"), (380, "Leif Östman (M)")],
        [(220, "ordförande")],
        [(62, "Marks kommun"), (220, "Aino Stål (M) – förhinder"), (380, "Fred Sandell (M) –")],
        [(380, "tjänstgör")],
        [(62, "Tranemo kommun"), (220, "Hans Bäckström (KD)"), (380, "–")],
    ]
    page = [
        (62, 40, "Protokoll", True, 14),
        (62, 70, "Sammanträdesdag"),
        (300, 70, "Torsdag 28 november 2019"),
        (62, 86, "Lokal"),
        (300, 86, "Kommunhuset, rum Åsunden"),
        (62, 116, "Deltagare", True),
        *_table(134, rows, step=12),
        *_item(62, 220, "§ 41", "Val av justerare", "Hans Bäckström (KD) väljs att justera."),
    ]
    record = extract(placed_pdf(tmp_path / "hmn.pdf", [page], size=9))

    found = [(a.name, a.group.value, a.organisation, a.roles, a.replaces) for a in record.attendees]
    assert found == [
        ("Carina Rehnberg", "decision_maker", "Alingsås kommun", ["ordförande"], None),
        ("Leif Östman", "substitute_not_serving", "Alingsås kommun", [], None),
        ("Aino Stål", "absent", "Marks kommun", [], None),
        ("Fred Sandell", "decision_maker", "Marks kommun", [], "Aino Stål"),
        ("Hans Bäckström", "decision_maker", "Tranemo kommun", ["justerare"], None),
    ]
    assert record.meeting.location == "Kommunhuset, rum Åsunden"


def test_a_list_whose_substitute_column_is_headed_by_whom_a_member_was_replaced(tmp_path):
    """'Närvaro- och voteringslista' over 'Ledamöter | Parti | Funktion | Närv. | Ersätts
    av (tjg ers.)' and a vote's columns: the column names who served in the place of a
    member marked away ('–'); the serving substitutes' line under the table."""
    rows = [
        [(60, "Ledamöter"), (180, "Parti Funktion"), (295, "Närv. Ersätts av (tjg ers.)")],
        [(60, "Signe Lundell"), (188, "C"), (215, "ordförande"), (303, "X"), (455, "X")],
        [(60, "Tore Ahlqvist"), (188, "S"), (303, "X"), (485, "X")],
        [(60, "Vera Mattsson"), (188, "M"), (304, "–"), (330, "Axel Dufva (M)"), (455, "X")],
        [(60, "Summa"), (455, "2"), (485, "1")],
    ]
    first = [
        (63, 60, "Fritidsnämnden", True, 14),
        (63, 90, "Plats och tid"),
        (200, 90, "Kulturhuset, 12 mars 2024, kl 13:00-15:00"),
        (63, 106, "Beslutande"),
        (200, 106, "Se närvaro- och voteringslista, sidan 2"),
        (63, 122, "Övriga närvarande"),
        (200, 122, "Linn Brodd (sekreterare)"),
        *_item(63, 160, "§ 4", "Val av justerare", "Tore Ahlqvist utses att justera."),
    ]
    last = [
        (56, 100, "Närvaro- och voteringslista", True, 12),
        (448, 123, "§ 4"),
        *_table(129, rows, step=16),
        (453, 134, "Ja"),
        (480, 134, "Nej Avstår"),
        (56, 230, "Ej tjänstgörande ersättare: Mona Wik (S)"),
    ]
    record = extract(placed_pdf(tmp_path / "fn.pdf", [first, last], size=8.5))

    found = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert {name: found.get(name) for name in
            ("Signe Lundell", "Tore Ahlqvist", "Vera Mattsson", "Axel Dufva", "Mona Wik")} == {
        "Signe Lundell": ("decision_maker", "C", None),
        "Tore Ahlqvist": ("decision_maker", "S", None),
        "Vera Mattsson": ("absent", "M", None),
        "Axel Dufva": ("decision_maker", "M", "Vera Mattsson"),
        "Mona Wik": ("substitute_not_serving", "S", None),
    }  # fmt: skip
    assert [i.number for i in record.agenda_items] == ["4"]


def test_a_list_beside_the_header_sharing_its_rows_with_a_t_for_who_served(tmp_path):
    """A 'Närvarolista' set right of the header's labels and values, its rows on their
    baselines: the header's lines left of the list are no cells of it (and stay the
    header's). 'X' present, 'T' the substitute served for the member on the row."""
    heads = [(330, "Ledamot"), (430, "Parti Närv."), (490, "Ersättare"), (550, "Parti Närv.")]
    people = [
        [(330, "Elin Torstensson, ordf."), (432, "M"), (458, "X"), (490, "Olle Brink"),
         (552, "M"), (578, "X")],
        [(330, "Ragnar Lilja"), (432, "S"), (490, "Siv Holmqvist"), (552, "S"), (578, "T")],
        [(330, "Hanna Öberg"), (432, "C"), (458, "X")],
        [(330, "Tobias Ryd"), (432, "KD")],
    ]  # fmt: skip
    page = [
        (40, 60, "Kommunfullmäktige", True, 14),
        (324, 62, "Närvarolista", True, 10),
        *_table(80, [heads, *people], step=13),
        (40, 93, "Plats och tid"),
        (120, 93, "Stadshuset, 7 maj 2024 kl. 18.00–20.30"),
        (40, 119, "Övriga närvarande"),
        (120, 119, "Gun Alm, kommundirektör"),
        (324, 150, "X = närvarande. T = ersättaren tjänstgör för ledamoten på samma rad."),
        *_item(40, 200, "§ 9", "Val av justerare", "Hanna Öberg utses att justera."),
    ]
    record = extract(placed_pdf(tmp_path / "kf.pdf", [page], size=7))

    found = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert found == {
        "Elin Torstensson": ("decision_maker", "M", None),
        "Olle Brink": ("substitute_not_serving", "M", None),
        "Ragnar Lilja": ("absent", "S", None),
        "Siv Holmqvist": ("decision_maker", "S", "Ragnar Lilja"),
        "Hanna Öberg": ("decision_maker", "C", None),
        "Tobias Ryd": ("absent", "KD", None),
        "Gun Alm": ("other_present", None, None),
    }
    assert record.meeting.location == "Stadshuset"
    assert record.meeting.start_time == "18:00"
