"""Attendance headings and signature captions set side by side, substitutions as Swedish
minutes and company boards word them, and attendance lists in running text that wrap.
Real PDFs, generated here; every name is invented."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf, placed_pdf
from extractors import extract

LEFT, MIDDLE, RIGHT = 62, 290, 430
DOTS = "……………………………"


ITEM = [
    (LEFT, 100, "§ 7 Godkännande av dagordning", True),
    (LEFT, 120, "Beslut", True),
    (LEFT, 138, "Dagordningen godkänns."),
]


def _placed(tmp_path, *pages: list[tuple]) -> object:
    """The record of the pages drawn as placed, and a page with one item after them."""
    return extract(placed_pdf(tmp_path / "protokoll.pdf", [*pages, ITEM], size=10))


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


def test_signature_captions_side_by_side_and_beside_the_heading(tmp_path):
    """'Underskrifter  Sekreterare' with the secretary's name below; 'Ordförande  Justerare'
    over 'Tora Blom  Nils Ekvall': each name takes the caption above it."""
    cover = [
        *_header_grid(),
        (LEFT, 160, "Närvarande ledamöter", True),
        (LEFT, 176, "Tora Blom (C), ordf."),
        (LEFT, 188, "Nils Ekvall (S)"),
        (LEFT, 204, "Övriga närvarande", True),
        (LEFT, 220, "Maria Dahlin, nämndsekreterare"),
        (LEFT, 240, "Justerare", True),
        (LEFT, 256, "Nils Ekvall (S)"),
        (LEFT, 300, "Underskrifter"),
        (150, 300, "Sekreterare"),
        (150, 322, DOTS),
        (150, 334, "Maria Dahlin"),
        (150, 356, "Ordförande"),
        (350, 356, "Justerare"),
        (150, 378, DOTS),
        (350, 378, DOTS),
        (150, 390, "Tora Blom"),
        (350, 390, "Nils Ekvall"),
    ]
    people = _people(_placed(tmp_path, cover))
    assert people["Tora Blom"][1] == ["ordförande"]
    assert people["Nils Ekvall"][1] == ["justerare"]
    assert people["Maria Dahlin"][1] == ["nämndsekreterare", "sekreterare"]


def test_a_caption_beside_its_name_at_the_end(tmp_path):
    """'Underskrifter | Sekreterare | Anna Ek' and 'Ordförande | Bo Berg' on one row each
    after the last item: the secretary gets 'sekreterare' beside the title."""
    cover = [
        (LEFT, 60, "Protokoll", True, 14),
        (LEFT, 100, "Plats och tid", True),
        (180, 100, "Kommunhuset, 11 mars 2024 kl. 08.30–11.45"),
        (LEFT, 120, "Beslutande", True),
        (180, 120, "Tora Blom (C), ordförande, Nils Ekvall (S)"),
        (LEFT, 140, "Övriga deltagande", True),
        (180, 140, "Maria Dahlin, kommunsekreterare"),
        (LEFT, 160, "Paragrafer", True),
        (180, 160, "§ 7"),
    ]
    item = [
        (LEFT, 100, "§ 7 Godkännande av dagordning", True),
        (LEFT, 120, "Beslut", True),
        (LEFT, 138, "Dagordningen godkänns."),
        (275, 400, "______________________________"),
        (LEFT, 412, "Underskrifter", True),
        (176, 412, "Sekreterare"),
        (275, 412, "Maria Dahlin"),
        (275, 444, "______________________________"),
        (176, 456, "Ordförande"),
        (275, 456, "Tora Blom"),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, item], size=10))
    people = _people(record)
    assert people["Maria Dahlin"][1] == ["kommunsekreterare", "sekreterare"]
    assert people["Tora Blom"][1] == ["ordförande"]


def test_a_running_list_wraps_inside_a_person_and_before_a_name(tmp_path):
    """'Närvarande ledamöter: …; Eva Ek, PRO' / 'Staden, vice ordförande; …' (people parted
    by semicolons, a line wrapped inside one) and 'Övriga närvarande: socialchef Bo Berg,
    …, controller' / 'Cia Lund, …' (a role printed before its name on the next line)."""
    width = 440
    cover = [
        (LEFT, 60, "Kommunala pensionärsrådet", True, 14),
        (LEFT, 90, "Tid: Tisdagen den 28 maj 2024, kl. 13.30–15.45"),
        (LEFT, 106, "Närvarande ledamöter: Ivar Holm (KD), ordförande; Berit Fahlén, PRO"),
        (LEFT, 120, "Norrvik, vice ordförande; Lars-Olof Nyrén, PRO Norrvik; Greta Ek, SPF"),
        (LEFT, 134, "Seniorerna Norrvik; Sture Alm, SPF Seniorerna Norrvik; Gun Rydh,"),
        (LEFT, 148, "SKPF avd 12; Annika Sund (S)"),
        (LEFT, 166, "Övriga närvarande: socialchef Mia Hedman, enhetschef Per Strand, controller"),
        (LEFT, 180, "Johanna Lind (§ 5), nämndsekreterare Karin Östlund"),
        (LEFT, 198, "Justerare: Greta Ek"),
    ]
    assert all(len(text) * 5 < width for _, _, text, *_ in cover)  # lines the width of a page
    people = _people(_placed(tmp_path, cover))
    orgs = {a.name: a.organisation for a in _placed(tmp_path, cover).attendees}
    assert set(people) == {
        "Ivar Holm",
        "Berit Fahlén",
        "Lars-Olof Nyrén",
        "Greta Ek",
        "Sture Alm",
        "Gun Rydh",
        "Annika Sund",
        "Mia Hedman",
        "Per Strand",
        "Johanna Lind",
        "Karin Östlund",
    }
    assert people["Berit Fahlén"][1] == ["vice ordförande"]
    assert orgs["Greta Ek"] == "SPF Seniorerna Norrvik"
    assert people["Johanna Lind"] == ("other_present", ["controller"], None)
    assert people["Per Strand"][1] == ["enhetschef"]


def test_a_grid_of_everyone_present_takes_groups_from_the_role_column(tmp_path):
    """'Närvarande' over 'Namn | Organisation | Roll': 'Ersättare' in the role column does
    not serve, 'Ersättare, tjänstgör för X' does, and people without a party whose roles are
    titles ('Processledare', 'Undervisningsråd') are staff, not decision makers."""
    org, role = 210, 375
    rows = [
        ("Elsa Grahn (S)", "Norrby kommun", "Ordförande"),
        ("Anton Wiik (M)", "Söderås stad", "Vice ordförande"),
        ("Kerstin Falk (C)", "Västby kommun", "Ledamot"),
        ("Jonas Rehn (SD)", "Österås kommun", "Ersättare, tjänstgör för Ola Brask (SD)"),
        ("Sofia Hult (L)", "Ågårda kommun", "Ersättare"),
        ("Pia Sandell", "Kommunalförbundet Väst", "Processledare"),
        ("Tor Gren", "Kommunalförbundet Väst", "Utbildningsstrateg, sekreterare"),
        ("Hedda Ling", "Skolverket", "Undervisningsråd"),
    ]
    cover = [
        (LEFT, 60, "Minnesanteckningar", True, 14),
        (LEFT, 84, "Datum och tid: 2023-10-06, kl. 09:00–12:00"),
        (LEFT, 100, "Plats: Kommunalförbundet Väst, Storgatan 3"),
        (LEFT, 124, "Närvarande", True),
        (LEFT, 142, "Namn"),
        (org, 142, "Organisation"),
        (role, 142, "Roll"),
        *[
            cell
            for k, (name, where, what) in enumerate(rows)
            for cell in ((LEFT, 160 + 16 * k, name), (org, 160 + 16 * k, where),
                         (role, 160 + 16 * k, what))
        ],
        (LEFT, 300, "Anmält förhinder: Ola Brask (SD), Österås kommun"),
    ]  # fmt: skip
    people = _people(_placed(tmp_path, cover))
    assert {name: group for name, (group, _, _) in people.items()} == {
        "Elsa Grahn": "decision_maker",
        "Anton Wiik": "decision_maker",
        "Kerstin Falk": "decision_maker",
        "Jonas Rehn": "decision_maker",
        "Sofia Hult": "substitute_not_serving",
        "Pia Sandell": "other_present",
        "Tor Gren": "other_present",
        "Hedda Ling": "other_present",
        "Ola Brask": "absent",
    }
    assert people["Jonas Rehn"][2] == "Ola Brask"
    assert people["Hedda Ling"][1] == ["undervisningsråd"]


def _table(top: int, heads: tuple, rows: list[tuple], xs: tuple, step: int = 14) -> list[tuple]:
    """A ruled table of people: a bold row of heads, then a row per person, each cell at
    its column's x (an empty cell is left out)."""
    cells = [(x, top, head, True) for x, head in zip(xs, heads, strict=True)]
    for k, row in enumerate(rows, start=1):
        cells += [(x, top + step * k, text) for x, text in zip(xs, row, strict=False) if text]
    return cells


def test_a_table_of_people_under_a_label_without_a_value_column(tmp_path):
    """'Beslutande ledamöter' over a bold 'Namn | Parti | Roll' and a row per member, in a
    header whose labels stand over their values: the heads do not end the block, and each
    row is a member with the party and role of its columns."""
    rows = [
        ("Ingela Rosén", "KD", "Ordförande"),
        ("Bengt Hallgren", "S", "Vice ordförande"),
        ("Tove Askling", "M"),
        ("Reine Dalström", "C"),
        ("Hamid Sorani", "SD"),
    ]
    cover = [
        (LEFT, 60, "Protokoll", True, 14),
        (LEFT, 90, "Plats och tid", True),
        (LEFT, 104, "Kommunhuset, sal Gräsbo, onsdagen den 4 oktober 2023 kl. 08.30–11.45"),
        (LEFT, 126, "Beslutande ledamöter", True),
        *_table(142, ("Namn", "Parti", "Roll"), rows, (LEFT + 40, 300, 360)),
        (LEFT, 230, "Tjänstgörande ersättare", True),
        (LEFT, 244, "Pål Lindqvist (L) ersätter Ebba Forsman (L)"),
        (LEFT, 266, "Justerare", True),
        (LEFT, 280, "Bengt Hallgren"),
    ]
    record = _placed(tmp_path, cover)
    people = _people(record)
    assert people == {
        "Ingela Rosén": ("decision_maker", ["ordförande"], None),
        "Bengt Hallgren": ("decision_maker", ["justerare", "vice ordförande"], None),
        "Tove Askling": ("decision_maker", [], None),
        "Reine Dalström": ("decision_maker", [], None),
        "Hamid Sorani": ("decision_maker", [], None),
        "Pål Lindqvist": ("decision_maker", [], "Ebba Forsman"),
    }
    assert {a.name: a.party for a in record.attendees}["Hamid Sorani"] == "SD"


def test_a_table_with_a_slash_joined_head_and_a_wrapped_cell(tmp_path):
    """'Närvarande' over 'Namn | Parti/organisation | Funktion' in a header with a value
    column: the slash-joined head is a head, an organisation that wraps in its cell
    ('Hörsel- och' / 'Synförbundet') stays with its row, and the rows after it are read."""
    rows = [
        ("Lovisa Brandt", "S", "Ordförande"),
        ("Sune Hedberg", "RTP", "Vice ordförande"),
        ("Greta Nyholm", "M"),
        ("Arvid Kling", "Hörsel- och"),
        ("", "Synförbundet"),
        ("Dagny Sandell", "Strokeförbundet", "Ersättare"),
    ]
    cover = [
        (LEFT, 60, "Kommunala tillgänglighetsrådet", True, 14),
        (LEFT, 90, "Datum"),
        (MIDDLE + 10, 90, "Torsdagen den 16 maj 2024"),
        (LEFT, 106, "Tid"),
        (MIDDLE + 10, 106, "13.30–15.30"),
        (LEFT, 122, "Plats"),
        (MIDDLE + 10, 122, "Stadshuset, sammanträdesrum Kvarnen"),
        (LEFT, 146, "Närvarande", True),
        *_table(162, ("Namn", "Parti/organisation", "Funktion"), rows, (LEFT, 210, 375), 12),
        (LEFT, 250, "Övriga: Malin Ekstedt, sekreterare"),
        (LEFT, 266, "Justerare: Sune Hedberg"),
    ]
    record = _placed(tmp_path, cover)
    people = _people(record)
    assert {name: group for name, (group, _, _) in people.items()} == {
        "Lovisa Brandt": "decision_maker",
        "Sune Hedberg": "decision_maker",
        "Greta Nyholm": "decision_maker",
        "Arvid Kling": "decision_maker",
        "Dagny Sandell": "substitute_not_serving",
        "Malin Ekstedt": "other_present",
    }
    assert people["Sune Hedberg"][1] == ["justerare", "vice ordförande"]
    orgs = {a.name: a.organisation for a in record.attendees}
    assert orgs["Sune Hedberg"] == "RTP"
    assert orgs["Arvid Kling"] == "Hörsel- och Synförbundet"
    assert orgs["Dagny Sandell"] == "Strokeförbundet"


def test_the_replaced_member_in_a_column_of_its_own(tmp_path):
    """'Tjänstgörande ersättare' over 'Namn | Parti | Ersätter': each row is a substitute
    who serves in the place of the member in the third column, as 'X (S) ersätter Y (S)'
    would say, and no one in that column is an attendee."""
    members = [
        ("Vilma Sundqvist", "S", "Ordförande"),
        ("Erling Åström", "M"),
        ("Jana Vikström", "V"),
    ]
    substitutes = [
        ("Olof Strömgren", "S", "Berit Lundholm (S)"),
        ("Saga Nyberg", "KD", "Kent Lindberg (KD)"),
    ]
    cover = [
        (LEFT, 60, "Gymnasienämnden", True, 14),
        (LEFT, 90, "Plats och tid"),
        (MIDDLE + 10, 90, "Stadshuset, sammanträdesrum Älven, kl. 08.15–12.00"),
        (LEFT, 114, "Närvarande ledamöter", True),
        *_table(130, ("Namn", "Parti", "Funktion"), members, (LEFT, 210, 375), 12),
        (LEFT, 190, "Tjänstgörande ersättare", True),
        *_table(206, ("Namn", "Parti", "Ersätter"), substitutes, (LEFT, 210, 375), 12),
        (LEFT, 250, "Ej tjänstgörande ersättare", True),
        (LEFT, 264, "Rut Holmström (S), Nils Backman (M)"),
        (LEFT, 284, "Justerare"),
        (MIDDLE + 10, 284, "Erling Åström"),
    ]  # fmt: skip
    record = _placed(tmp_path, cover)
    people = _people(record)
    assert people == {
        "Vilma Sundqvist": ("decision_maker", ["ordförande"], None),
        "Erling Åström": ("decision_maker", ["justerare"], None),
        "Jana Vikström": ("decision_maker", [], None),
        "Olof Strömgren": ("decision_maker", [], "Berit Lundholm"),
        "Saga Nyberg": ("decision_maker", [], "Kent Lindberg"),
        "Rut Holmström": ("substitute_not_serving", [], None),
        "Nils Backman": ("substitute_not_serving", [], None),
    }
    assert [
        (s.substitute, s.substitute_party, s.replaced, s.replaced_party)
        for s in record.substitutions
    ] == [
        ("Olof Strömgren", "S", "Berit Lundholm", "S"),
        ("Saga Nyberg", "KD", "Kent Lindberg", "KD"),
    ]


def test_two_columns_of_lists_whose_headings_stand_at_different_heights(tmp_path):
    """'Beslutande' on the left and 'Ej tjänstgörande ersättare' on the right a little
    lower, on a page of their own that the header points to ('Beslutande | Se sidan 2'):
    each column is read down before the other, so the lines of the two lists, which
    alternate in reading order, stay in their own lists, a wrapped substitution included,
    and a heading of another matter below the right one ends them."""
    value = MIDDLE - 90
    cover = [
        (LEFT, 60, "Protokoll", True, 14),
        (LEFT, 90, "Plats och tid", True),
        (value, 90, "Kommunhuset, sammanträdesrum Orion, onsdagen den 15 maj 2024"),
        (LEFT, 106, "Beslutande", True),
        (value, 106, "Se sidan 2"),
        (LEFT, 122, "Utses att justera", True),
        (value, 122, "Lisa Ström (S)"),
        (LEFT, 138, "Paragrafer", True),
        (value, 138, "§§ 7"),
    ]
    right = MIDDLE + 25
    attendance = [
        (LEFT, 70, "Närvarande", True, 12),
        (LEFT, 90, "Beslutande", True),
        (right, 100, "Ej tjänstgörande ersättare", True),
        (LEFT, 106, "Ola Backe (M), ordförande"),
        (right, 116, "Vera Nord (M)"),
        (LEFT, 122, "Lisa Ström (S), 1:e vice ordförande"),
        (right, 132, "Kim Lager (C)"),
        (LEFT, 138, "Hugo Dal (C)"),
        (right, 152, "Övriga närvarande", True),
        (LEFT, 154, "Elin Vass (S), tjg ersättare för Rolf"),
        (LEFT, 166, "Hed (S)"),
        (right, 168, "Maja Torn, förvaltningschef"),
        (LEFT, 182, "Pia Rask (MP)"),
        (right, 184, "Edvin Sol, nämndsekreterare"),
        (right, 210, "Offentlighet", True),
        (right, 224, "Sammanträdet hölls inom stängda dörrar."),
    ]
    record = _placed(tmp_path, cover, attendance)
    people = _people(record)
    assert {name: (group, replaces) for name, (group, _, replaces) in people.items()} == {
        "Ola Backe": ("decision_maker", None),
        "Lisa Ström": ("decision_maker", None),
        "Hugo Dal": ("decision_maker", None),
        "Elin Vass": ("decision_maker", "Rolf Hed"),
        "Pia Rask": ("decision_maker", None),
        "Vera Nord": ("substitute_not_serving", None),
        "Kim Lager": ("substitute_not_serving", None),
        "Maja Torn": ("other_present", None),
        "Edvin Sol": ("other_present", None),
    }
    assert [(s.substitute, s.replaced) for s in record.substitutions] == [("Elin Vass", "Rolf Hed")]
    # a bold heading in the right column with no one under it ends the lists
    assert people["Edvin Sol"][1] == ["nämndsekreterare"]


def test_a_first_page_in_two_columns_attendance_left_and_the_items_right(tmp_path):
    """The header's attendance in a left column, the first items beginning in a right one
    on the same rows, and a margin's vertical text further left: the left column is the
    header, read whole, and no part of an item's text."""
    left = [
        (56, 130, "Beslutande", True, 10),
        (56, 148, "Ledamöter", True),
        (56, 161, "Vera Lund (S), Alby, ordförande"),
        (56, 174, "Pål Strid (M), Bysta, vice ordförande"),
        (56, 187, "Ina Kron (C), Alby"),
        (56, 206, "Tjänstgörande ersättare", True),
        (56, 219, "Sam Lövdahl (S), Bysta, ersätter Eja Rönn (S)"),
        (56, 238, "Ersättare", True),
        (56, 251, "Tuva Ling (V), Alby"),
        (56, 270, "Övriga deltagande", True),
        (56, 283, "Max Boberg – förbundschef"),
        (56, 296, "Sara Ruth – sekreterare"),
        (56, 320, "Utses att justera", True),
        (56, 333, "Pål Strid"),
    ]
    right = [
        (315, 130, "§ 4 Val av justerare", True, 10),
        (315, 150, "Direktionens beslut", True),
        (315, 163, "Pål Strid utses att justera protokollet."),
        (315, 190, "§ 5 Budget 2025", True, 10),
        (315, 210, "Direktionens beslut", True),
        (315, 223, "Budgeten fastställs."),
        (315, 250, "§ 6 Rapporter", True, 10),
        (315, 270, "Direktionens beslut", True),
        (315, 283, "Rapporterna läggs till handlingarna."),
    ]
    margin = [(18, 200 + 5 * n, letter, False, 4) for n, letter in enumerate("Protokoll")]
    page = [
        (56, 60, "Direktionen", True, 16),
        (56, 84, "Sammanträde 2024-10-03, 13:00-15:00"),
        *left,
        *right,
        *margin,
    ]
    record = extract(placed_pdf(tmp_path / "dir.pdf", [page], size=8.5))

    found = {a.name: (a.group.value, a.party, a.replaces) for a in record.attendees}
    assert found == {
        "Vera Lund": ("decision_maker", "S", None),
        "Pål Strid": ("decision_maker", "M", None),
        "Ina Kron": ("decision_maker", "C", None),
        "Sam Lövdahl": ("decision_maker", "S", "Eja Rönn"),
        "Tuva Ling": ("substitute_not_serving", "V", None),
        "Max Boberg": ("other_present", None, None),
        "Sara Ruth": ("other_present", None, None),
    }
    assert [i.number for i in record.agenda_items] == ["4", "5", "6"]
    assert record.agenda_items[2].decisions == ["Rapporterna läggs till handlingarna."]
