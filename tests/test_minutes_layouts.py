"""Minutes in layouts other than the sample's, generated here as real PDFs."""

from __future__ import annotations

import pytest

from builders import MinutesLayout, minutes_pdf
from extractors import extract

MEMBERS = [
    "Anna Andersson (S), ordförande",
    "Bo Berg (M), vice ordförande",
    "Carl af Ekström (C)",
    "Dana Lilja-Stenholm (SD)",
    "Erik Nilsson (s) ersätter Fia Holm (s)",
]
ITEMS = [
    ("§ 45 Budget 2025 Dnr KS 2024/123", [
        "Ekonomichef Gun Ek föredrar ärendet.",
        "Beslut",
        "Kommunstyrelsen beslutar",
        "att godkänna budgeten för 2025,",
        "att uppdra åt förvaltningen att återkomma.",
        "Reservation",
        "Bo Berg (M) reserverar sig mot beslutet.",
    ]),
    ("§ 46 Delegationsbeslut", ["Redovisningen läggs till handlingarna."]),
    ("§ 47 Nästa sammanträde", ["Nästa sammanträde äger rum den 14 oktober 2024 kl. 13.00."]),
]  # fmt: skip


def protocol(**overrides) -> MinutesLayout:
    base = dict(
        header=["Sala kommun", "Kommunstyrelsen", "Sammanträdesprotokoll"],
        title="Kommunstyrelsen",
        rows=[
            ("Plats och tid", ["Stadshuset, Sala, tisdagen den 10 september 2024 kl. 13.15-16.30"]),
            ("Beslutande", MEMBERS),
            ("Ej tjänstgörande ersättare", ["Gustav Lund (L)", "Hanna Berg (V)"]),
            ("Övriga närvarande", ["Ida Persson, kommunsekreterare", "Jan Holm, kommunchef"]),
            ("Utses att justera", ["Bo Berg"]),
        ],
        items=ITEMS,
    )
    base.update(overrides)
    return MinutesLayout(**base)


@pytest.mark.parametrize(
    "style", [{}, {"heading_rows": True}, {"value_x": 160}], ids=["columns", "headings", "narrow"]
)
def test_protocol_layouts(tmp_path, style):
    record = extract(minutes_pdf(tmp_path / "ks.pdf", protocol(**style)))
    meeting = record.meeting
    assert (meeting.body, meeting.organisation) == ("Kommunstyrelsen", "Sala kommun")
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-09-10", "13:15", "16:30")
    assert meeting.location == "Stadshuset, Sala"
    groups = {}
    for a in record.attendees:
        groups.setdefault(a.group.value, []).append(a.name)
    assert groups == {
        "decision_maker": ["Anna Andersson", "Bo Berg", "Carl af Ekström", "Dana Lilja-Stenholm",
                           "Erik Nilsson"],
        "substitute_not_serving": ["Gustav Lund", "Hanna Berg"],
        "other_present": ["Ida Persson", "Jan Holm"],
    }  # fmt: skip
    roles = {a.name: a.roles for a in record.attendees if a.roles}
    assert roles == {
        "Anna Andersson": ["ordförande"],
        "Bo Berg": ["vice ordförande", "justerare"],
        "Ida Persson": ["kommunsekreterare"],
        "Jan Holm": ["kommunchef"],
    }
    assert [(s.substitute, s.replaced, s.replaced_party) for s in record.substitutions] == [
        ("Erik Nilsson", "Fia Holm", "S")
    ]
    items = [(i.number, i.title) for i in record.agenda_items]
    assert items == [
        ("45", "Budget 2025"),
        ("46", "Delegationsbeslut"),
        ("47", "Nästa sammanträde"),
    ]
    budget = record.agenda_items[0]
    assert budget.presenters == ["Gun Ek"]
    assert budget.decisions == [
        "Kommunstyrelsen beslutar",
        "att godkänna budgeten för 2025,",
        "att uppdra åt förvaltningen att återkomma.",
    ] or budget.decisions == [
        "Kommunstyrelsen beslutar att godkänna budgeten för 2025,",
        "att uppdra åt förvaltningen att återkomma.",
    ]
    # a decision in prose, without a heading: the passive records what the meeting decided
    assert record.agenda_items[1].decisions == ["Redovisningen läggs till handlingarna."]
    assert (record.next_meeting.date, record.next_meeting.text) == (
        "2024-10-14",
        "den 14 oktober 2024",
    )


def test_unknown_stays_null(tmp_path):
    layout = MinutesLayout(
        header=[], footer=None, title="Anteckningar", rows=[("Närvarande", ["Eva Ek", "Per Ek"])],
        items=[("1 Inledning", ["Mötet öppnades."])],
    )  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "bare.pdf", layout))
    assert record.meeting.model_dump() == {
        "body": None, "organisation": None, "date": None, "start_time": None, "end_time": None,
        "location": None,
    }  # fmt: skip
    assert [(a.name, a.party, a.organisation) for a in record.attendees] == [
        ("Eva Ek", None, None),
        ("Per Ek", None, None),
    ]
    assert record.next_meeting is None


def test_an_adjournment_under_place_and_time_is_not_the_place(tmp_path):
    layout = MinutesLayout(
        header=["Sammanträdesprotokoll"], title="Kommunstyrelsen",
        rows=[
            ("Plats och tid", ["Kommunhuset, Sessionssalen, onsdagen den 14 februari 2024 kl. "
                               "08.30–11.45", "Ajournering kl. 10.00–10.15"]),
            ("Beslutande", ["Per Olsson (C), ordförande"]),
        ],
        items=[("§ 12 Val av justerare", ["Beslut", "Per Olsson utses att justera."])],
    )  # fmt: skip
    meeting = extract(minutes_pdf(tmp_path / "ks.pdf", layout)).meeting
    assert (meeting.location, meeting.start_time, meeting.end_time) == (
        "Kommunhuset, Sessionssalen", "08:30", "11:45",
    )  # fmt: skip


def test_a_sentence_after_the_place_is_not_the_place(tmp_path):
    layout = MinutesLayout(
        title="Folkhälsonätverket",
        rows=[
            ("Tid", ["09.00–12.00"]),
            ("Plats", ["Regionkontoret, rum Testeboån, Gävle. Deltagare kunde även ansluta."]),
            ("Närvarande", ["Anna Berg, Region Jönköping"]),
        ],
        items=[("1. Inledning", ["Mötet öppnades."])],
    )
    meeting = extract(minutes_pdf(tmp_path / "plats.pdf", layout)).meeting
    assert meeting.location == "Regionkontoret, rum Testeboån, Gävle"


def test_presenters_are_people_not_their_titles(tmp_path):
    """'Föredragande:' lines list people with titles and organisations beside them, and
    prose names presenters before a verb, after a title between commas, or after 'av'."""
    items = [
        ("§ 1 Budget 2025", ["Föredragande: Anna Berg, ekonomichef, och controller Per Holm"]),
        ("§ 2 Läget", ["Föredragande: Karin Lund, Region Jönköping"]),
        ("§ 3 Delårsrapport", ["Information lämnas av Per Holm, controller."]),
        ("§ 4 Motion", ["Sara Ek (S) och Olle Berg (M) redovisar motionen."]),
        ("§ 5 Äldreomsorgen", ["Karin Lund, verksamhetschef, informerar om läget."]),
        ("§ 6 Enkäten", ["Magnus Eld, Region Jönköping, presenterade tidsplanen."]),
        (
            "§ 7 Statistik",
            ["Statistik från Region Jönköping, SCB och kommunerna, visar en ökning."],
        ),
    ]
    layout = MinutesLayout(
        title="Socialnämnden", rows=[("Beslutande", ["Anna Ek (S)"])], items=items
    )
    record = extract(minutes_pdf(tmp_path / "presenters.pdf", layout))
    assert [item.presenters for item in record.agenda_items] == [
        ["Anna Berg", "Per Holm"],
        ["Karin Lund"],
        ["Per Holm"],
        ["Sara Ek", "Olle Berg"],
        ["Karin Lund"],
        ["Magnus Eld"],
        [],
    ]


def test_bulleted_attendance_lists(tmp_path):
    """'• Namn, titel, Organisation' under a heading: each bullet is one person."""
    layout = MinutesLayout(
        title="Minnesanteckningar",
        heading_rows=True,
        rows=[
            (
                "Deltagare",
                [
                    "• Anna Berg, utvecklingsledare, Region Dalarna, ordförande",
                    "• Per Holm, socialchef, Falu kommun,",
                    "• Lena Ek, rektor, Borlänge kommun",
                ],
            ),
            ("Förhinder", ["- Karin Lund, Mora kommun"]),
        ],  # fmt: skip
        items=[("1. Mötets öppnande", ["Ordföranden öppnade mötet."])],
    )
    record = extract(minutes_pdf(tmp_path / "bullets.pdf", layout))
    assert [(a.name, a.organisation, a.group.value, a.roles) for a in record.attendees] == [
        ("Anna Berg", "Region Dalarna", "decision_maker", ["utvecklingsledare", "ordförande"]),
        ("Per Holm", "Falu kommun", "decision_maker", ["socialchef"]),
        ("Lena Ek", "Borlänge kommun", "decision_maker", ["rektor"]),
        ("Karin Lund", "Mora kommun", "absent", []),
    ]


@pytest.mark.parametrize(
    "letterhead, organisation",
    [
        ("OCKELBO KOMMUN", "Ockelbo kommun"),
        ("MALUNG-SÄLENS KOMMUN", "Malung-Sälens kommun"),
        ("REGION JÖNKÖPINGS LÄN", "Region Jönköpings län"),
        ("PROTOKOLL KOMMUN", None),  # no municipality of that name: unknown, not guessed
        # a municipality beyond the Swedish list (Finland's): the letterhead's form names it
        ("STRANDVIKS KOMMUN", "Strandviks kommun"),
        ("NORRBACKA STAD", "Norrbacka stad"),
        ("SAMMANTRÄDESPROTOKOLL KOMMUN", None),
        # federations and collaborations of municipalities and regions
        ("Östra Dalbygdens Räddningstjänstförbund", "Östra Dalbygdens Räddningstjänstförbund"),
        ("Räddningstjänstförbundet Norra Dalbygden", "Räddningstjänstförbundet Norra Dalbygden"),
        ("VÅRDSAMVERKAN NORRDALEN", "Vårdsamverkan Norrdalen"),
        ("ÖSTRA NORRDALSREGIONEN", "Östra Norrdalsregionen"),  # a region as one compound
        ("Norrdalshem AB", "Norrdalshem AB"),  # a company's letterhead: its board's minutes
    ],
)
def test_a_letterhead_names_the_organisation(tmp_path, letterhead, organisation):
    layout = MinutesLayout(
        header=[letterhead], title="Kommunstyrelsen", rows=[("Beslutande", ["Anna Ek (S)"])],
        items=[("§ 1 Inledning", ["Mötet öppnades."])],
    )  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "caps.pdf", layout))
    assert record.meeting.organisation == organisation


def test_a_labelled_next_meeting_outranks_one_mentioned_in_passing(tmp_path):
    items = [
        ("5. Rutiner", ["Gruppen tar fram en gemensam rutin till nästa möte."]),
        ("6. Konferens", ["Länets konferens om barns hälsa hålls den 21 november 2024."]),
        ("7. Övrigt", ["Nästa möte: 2024-10-15 kl. 13.00–15.00"]),
    ]
    layout = MinutesLayout(
        title="Minnesanteckningar", rows=[("Datum", ["2024-09-10"]), ("Deltagare", ["Anna Ek"])],
        items=items,
    )  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "next.pdf", layout))
    assert record.next_meeting.date == "2024-10-15"


def test_a_role_column_beside_names_is_no_second_list(tmp_path):
    """'Marie Holm | (S) | ordförande': the role word sits where a second column's label
    would, and is still the role of the person on its row."""
    table = [
        ("Beslutande", "Marie Holm", "(S)", "ordförande"),
        ("", "Jonas Åkesson", "(M)", "vice ordförande"),
        ("", "Ingrid Falk", "(SD)", "tjg. ers. för Bo Nyberg (SD)"),
        ("Ersättare", "Elsa Dahlberg", "(C)", ""),
    ]
    rows = [
        [(57, label, True, False), (180, name, False, False), (300, party, False, False),
         (340, function, False, False)]
        for label, name, party, function in table
    ]  # fmt: skip
    path = _drawn_page(tmp_path / "roles.pdf", "Kultur- och fritidsnämnden", rows)
    record = extract(path)
    assert [(a.name, a.party, a.group.value, a.roles, a.replaces) for a in record.attendees] == [
        ("Marie Holm", "S", "decision_maker", ["ordförande"], None),
        ("Jonas Åkesson", "M", "decision_maker", ["vice ordförande"], None),
        ("Ingrid Falk", "SD", "decision_maker", [], "Bo Nyberg"),
        ("Elsa Dahlberg", "C", "substitute_not_serving", [], None),
    ]


def test_a_closing_next_meeting_line_is_no_part_of_the_last_decision(tmp_path):
    items = [
        ("§ 45 Delegationsbeslut", ["Beslut", "Redovisningen läggs till handlingarna.",
                                    "Nästa sammanträde: 12 december 2024, kl. 9.30"]),
    ]  # fmt: skip
    layout = MinutesLayout(
        title="Direktionen", rows=[("Datum", ["2024-11-14"]), ("Beslutande", ["Per Holm (S)"])],
        items=items,
    )  # fmt: skip
    record = extract(minutes_pdf(tmp_path / "closing.pdf", layout))
    assert record.agenda_items[0].decisions == ["Redovisningen läggs till handlingarna."]
    assert record.next_meeting.date == "2024-12-12"


@pytest.mark.parametrize("head", ["Föredragande", "Föredragande:"])
def test_a_presenter_heading_with_the_name_below(tmp_path, head):
    items = [
        ("§ 3 Detaljplan", [head, "Exploateringsingenjör Tove Ring", "Beslut", "Planen antas."])
    ]
    layout = MinutesLayout(title="Utskottet", rows=[("Beslutande", ["Per Holm (S)"])], items=items)
    record = extract(minutes_pdf(tmp_path / "head.pdf", layout))
    assert record.agenda_items[0].presenters == ["Tove Ring"]


@pytest.mark.parametrize(
    "title, body",
    [
        ("Protokoll från direktionens sammanträde", "Direktionen"),
        (
            "Protokoll fört vid barn- och utbildningsnämndens sammanträde",
            "Barn- och utbildningsnämnden",
        ),
        ("Minnesanteckningar från styrgruppens möte", "Styrgruppen"),
        # groups and networks by what they are called, without the definite form
        ("Regionalt folkhälsonätverk Jönköping", "Regionalt folkhälsonätverk Jönköping"),
        ("Ledningsgrupp Nära vård", "Ledningsgrupp Nära vård"),
        # an acronym after the name is no part of it
        (
            "Länsövergripande samverkansgrupp barn och unga (LSG BoU)",
            "Länsövergripande samverkansgrupp barn och unga",
        ),
    ],
)
def test_the_body_in_the_title(tmp_path, title, body):
    layout = MinutesLayout(
        title=title,
        rows=[("Beslutande", ["Per Holm (S)"])],
        items=[("§ 1 Inledning", ["Mötet öppnades."])],
    )
    assert extract(minutes_pdf(tmp_path / "body.pdf", layout)).meeting.body == body


def test_labels_set_flush_right_against_their_values(tmp_path):
    """'      Tid  9.30–12.00' / '    Plats  Brandstationen …': labels right-aligned at the
    column's edge start at different x, and are labels all the same."""
    header = [
        ("Datum", ["2024-11-14"]),
        ("Tid", ["9.30–12.00"]),
        ("Plats", ["Brandstationen Borlänge, konferensrum Dalälven"]),
        ("Beslutande", ["Per Holm (S), Borlänge, ordförande", "Eva Malm (M), Säter"]),
        ("Ersättare", ["Lars Berg (C), Säter"]),
        ("Övriga närvarande", ["Sanna Björk, förbundsdirektör"]),
    ]
    rows = [
        ([(160, label, True, True)] if k == 0 else []) + [(181, value, False, False)]
        for label, values in header
        for k, value in enumerate(values)
    ]
    path = _drawn_page(tmp_path / "right.pdf", "Direktionen", rows)
    record = extract(path)
    assert (record.meeting.start_time, record.meeting.end_time) == ("09:30", "12:00")
    assert record.meeting.location == "Brandstationen Borlänge, konferensrum Dalälven"
    assert [(a.name, a.group.value) for a in record.attendees] == [
        ("Per Holm", "decision_maker"),
        ("Eva Malm", "decision_maker"),
        ("Lars Berg", "substitute_not_serving"),
        ("Sanna Björk", "other_present"),
    ]


def test_members_and_serving_substitutes_side_by_side_in_a_labels_value(tmp_path):
    """'Beslutande | Ledamöter | Tjänstgörande ersättare': two lists with headings of their
    own in the value column; the next label in the left column ends the right list."""

    def label(text):
        return (57, text, True, False)

    def left(text):
        return (164, text, False, False)

    def right(text):
        return (360, text, False, False)

    rows = [
        [label("Plats och tid"), left("Kommunhuset, Tierp, kl. 08.30–12.15")],
        [label("Beslutande"), left("Ledamöter"), right("Tjänstgörande ersättare")],
        [left("Gunilla Åkerlund (S), ordförande"), right("Tobias Lund (M) ersätter Kerstin Åberg")],
        [left("Mats Wennberg (C), 1:e vice"), right("Jörgen Bäck (S) ersätter Sofia Holm (S)")],
        [left("ordförande")],
        [left("Hassan Ali (S)")],
        [label("Ej tjänstgörande"), left("Erik Norberg (S)"), right("Linnea Berg (V)")],
        [label("ersättare"), left("Siv Olsson (SD)")],
        [label("Övriga närvarande"), left("Helena Dahlström, kommundirektör")],
    ]  # fmt: skip
    record = extract(_drawn_page(tmp_path / "ks.pdf", "Kommunstyrelsen", rows))
    assert record.meeting.location == "Kommunhuset, Tierp"
    assert [(a.name, a.group.value, a.roles, a.replaces) for a in record.attendees] == [
        ("Gunilla Åkerlund", "decision_maker", ["ordförande"], None),
        ("Mats Wennberg", "decision_maker", ["1:e vice ordförande"], None),
        ("Hassan Ali", "decision_maker", [], None),
        ("Tobias Lund", "decision_maker", [], "Kerstin Åberg"),
        ("Jörgen Bäck", "decision_maker", [], "Sofia Holm"),
        ("Erik Norberg", "substitute_not_serving", [], None),
        ("Linnea Berg", "substitute_not_serving", [], None),
        ("Siv Olsson", "substitute_not_serving", [], None),
        ("Helena Dahlström", "other_present", ["kommundirektör"], None),
    ]


def test_a_table_of_people_set_at_the_label_column(tmp_path):
    """'Närvarande:' over a 'Namn | Organisation' table whose names start where the labels
    do, and a dashed list under 'Frånvarande:': rows of the list, not labels."""

    rows = [
        [cell(71, "Datum", True), cell(133, "2024-11-20")],
        [cell(71, "Tid", True), cell(133, "09.00–12.00")],
        [cell(71, "Plats", True), cell(133, "Regionkontoret, Gävle")],
        [cell(71, "Närvarande:")],
        [cell(77, "Namn", True), cell(253, "Organisation", True)],
        [cell(77, "Anna Berg, sammankallande"), cell(253, "Region Jönköping")],
        [cell(77, "Johan Lindgren"), cell(253, "Gävle kommun")],
        [cell(71, "Inbjuden: Karin Wahl, Folkhälsomyndigheten (punkt 4)")],
        [cell(71, "Frånvarande:")],
        [cell(74, "- Jonas Ek, Ljusdals kommun")],
    ]
    record = extract(_drawn_page(tmp_path / "natverk.pdf", "Folkhälsonätverket", rows))
    assert [(a.name, a.group.value, a.organisation, a.roles) for a in record.attendees] == [
        ("Anna Berg", "decision_maker", "Region Jönköping", ["sammankallande"]),
        ("Johan Lindgren", "decision_maker", "Gävle kommun", []),
        ("Karin Wahl", "other_present", "Folkhälsomyndigheten", []),
        ("Jonas Ek", "absent", "Ljusdals kommun", []),
    ]


def test_numbers_with_the_case_far_right_and_the_title_below(tmp_path):
    """'Sn § 49 … Dnr SN 2024/118' with the title on the line below; a '§ 53' in the
    attendance table is no heading; a meeting that breaks for lunch ends after it; a
    secretary's closing is no part of the last decision; bullets are no part of clauses."""

    rows = [
        [cell(57, "Plats och tid", True), cell(160, "Kommunhuset, kl. 8.30–11.45 och 13.00–14.50")],
        [cell(57, "Beslutande", True), cell(160, "Anna Ek (s), ordförande")],
        [cell(57, "Övriga", True), cell(160, "Helén Holm"), cell(260, "chef"), cell(330, "§ 53")],
        [cell(57, "Sn § 49", True), cell(450, "Dnr SN 2024/118")],
        [cell(57, "Ekonomisk uppföljning maj 2024", True)],
        [cell(57, "Socialnämndens beslut", True)],
        [cell(57, "• att godkänna uppföljningen")],
        [cell(57, "• att uppdra åt socialchefen att redovisa åtgärder")],
        [cell(57, "Sn § 53", True)],
        [cell(57, "Ej verkställda beslut", True)],
        [cell(57, "Socialnämndens beslut", True)],
        [cell(57, "Rapporten överlämnas till fullmäktige.")],
        [cell(57, "Vid protokollet")],
        [cell(57, "Eva Nordqvist, nämndsekreterare")],
    ]  # fmt: skip
    record = extract(_drawn_page(tmp_path / "sn.pdf", "Socialnämnden", rows))
    meeting = record.meeting
    assert (meeting.location, meeting.start_time, meeting.end_time) == (
        "Kommunhuset",
        "08:30",
        "14:50",
    )
    assert [(a.name, a.roles) for a in record.attendees if a.group.value == "other_present"] == [
        ("Helén Holm", ["chef"])
    ]
    assert [(i.number, i.title, i.decisions) for i in record.agenda_items[:2]] == [
        (
            "49",
            "Ekonomisk uppföljning maj 2024",
            ["att godkänna uppföljningen", "att uppdra åt socialchefen att redovisa åtgärder"],
        ),
        ("53", "Ej verkställda beslut", ["Rapporten överlämnas till fullmäktige."]),
    ]


def test_a_meeting_panel_framed_beside_the_attendance(tmp_path):
    """Page one in two frames: the lists on the left, the meeting's data on the right,
    whose signature names start a little left of its labels."""
    rows = [
        [cell(57, "Beslutande", True), cell(312, "Tid", True)],
        [cell(57, "Anna Ek (S), ordförande"), cell(312, "13:15–17:40")],
        [cell(57, "Bo Berg (M)"), cell(312, "Plats", True)],
        [cell(57, "Ej tjänstgörande ersättare", True), cell(312, "Stadshuset, sal Alnö")],
        [cell(57, "Kent Holmgren (S)"), cell(312, "Ordförande", True)],
        [cell(57, "Övriga närvarande", True), cell(305, "Anna Ek")],
        [cell(57, "Ulrika Westberg, förvaltningschef"), cell(312, "Sekreterare", True)],
        [cell(305, "Karin Holm")],
    ]
    record = extract(_drawn_page(tmp_path / "bun.pdf", "Barn- och utbildningsnämnden", rows))
    assert record.meeting.location == "Stadshuset, sal Alnö"
    assert [(a.name, a.group.value, a.roles) for a in record.attendees] == [
        ("Anna Ek", "decision_maker", ["ordförande"]),
        ("Bo Berg", "decision_maker", []),
        ("Kent Holmgren", "substitute_not_serving", []),
        ("Ulrika Westberg", "other_present", ["förvaltningschef"]),
        ("Karin Holm", "other_present", ["sekreterare"]),  # signs, listed nowhere else
    ]


def test_an_inline_list_that_wraps_inside_a_name_without_a_party(tmp_path):
    """'…, §§ 34–36, Tina' / 'Nyberg, miljöinspektör, …': one person; and a line of the
    list that happens to hold a body word ('nämndsekreterare') is no body."""
    rows = [
        [cell(57, "Ledamöter: Kjell Nilsson (S), ordförande")],
        [cell(57, "Tjänstepersoner: Anna Dahl, förvaltningschef, Olle Krook, §§ 34–36, Tina")],
        [cell(57, "Nyberg, miljöinspektör, § 37 och Sara Holm, nämndsekreterare.")],
        [cell(57, "Miljö- och byggnadsnämnden", True)],
    ]
    record = extract(_drawn_page(tmp_path / "mbn.pdf", "Sammanträdesprotokoll", rows))
    assert record.meeting.body == "Miljö- och byggnadsnämnden"
    assert [(a.name, a.organisation, a.roles) for a in record.attendees] == [
        ("Kjell Nilsson", None, ["ordförande"]),
        ("Anna Dahl", None, ["förvaltningschef"]),
        ("Olle Krook", None, []),
        ("Tina Nyberg", None, ["miljöinspektör"]),
        ("Sara Holm", None, ["nämndsekreterare"]),
    ]


@pytest.mark.parametrize(
    "footer",
    ["Justerandes sign ______________", "Just.sign. ........ ........ Utdr.bestyrk. ........"],
)
def test_signature_boxes_and_the_closing_are_no_part_of_the_last_decision(tmp_path, footer):
    closing = "Ordföranden tackar för visat intresse och förklarar sammanträdet avslutat."
    layout = MinutesLayout(
        title="Kommunstyrelsen",
        footer=footer,
        rows=[("Beslutande", ["Anna Ek (S)"])],
        items=[("§ 1 Budget", ["Beslut", "Budgeten godkänns.", closing])],
    )
    record = extract(minutes_pdf(tmp_path / "ks.pdf", layout))
    assert record.agenda_items[0].decisions == ["Budgeten godkänns."]


def cell(x: float, text: str, bold: bool = False) -> tuple[float, str, bool, bool]:
    """A cell of a `_drawn_page` row, set flush left."""
    return (x, text, bold, False)


def _drawn_page(path, title: str, rows: list[list[tuple[float, str, bool, bool]]]):
    """A page drawn cell by cell: a title, rows of (x, text, bold, flush right) 15 pt
    apart, then one item heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from builders import _fonts

    regular, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 90
    c.setFont(bold, 16)
    c.drawString(57, y, title)
    y -= 40
    for row in rows:
        for x, text, is_bold, right in row:
            c.setFont(bold if is_bold else regular, 10)
            (c.drawRightString if right else c.drawString)(x, y, text)
        y -= 15
    c.setFont(bold, 12)
    c.drawString(57, y - 30, "§ 1 Inledning")
    c.showPage()
    c.save()
    return path


def test_a_header_label_of_vice_chairs_gives_each_the_role(tmp_path):
    """'Vice ordförande | Bo Ek (S), Eva Lind (M)' beside 'Ordförande | …' in the header:
    both get the role, as the chair gets hers (the attendance list is elsewhere)."""
    layout = MinutesLayout(
        title="Regionfullmäktige",
        rows=[
            ("Plats och tid", ["Regionens hus, fullmäktigesalen, 2023-06-13 kl. 10.00–16.00"]),
            ("Beslutande", ["Tyra Holm (V), Bo Ek (S), Eva Lind (M), Nils Rask (L)"]),
            ("Ordförande", ["Tyra Holm (V)"]),
            ("Vice ordförande", ["Bo Ek (S), Eva Lind (M)"]),
            ("Justerare", ["Nils Rask (L)"]),
        ],
        items=[("§ 61 Val av justerare", ["Beslut", "Nils Rask utses att justera."])],
    )
    record = extract(minutes_pdf(tmp_path / "rf.pdf", layout))
    roles = {a.name: a.roles for a in record.attendees}
    assert roles == {
        "Tyra Holm": ["ordförande"],
        "Bo Ek": ["vice ordförande"],
        "Eva Lind": ["vice ordförande"],
        "Nils Rask": ["justerare"],
    }
