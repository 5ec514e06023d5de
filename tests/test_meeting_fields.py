"""The meeting's body and organisation as real Swedish minutes print them: a body in a
compound ('Direktionsprotokoll'), never a room or a person; the organisation in the
letterhead, the adjustment's notice or the meeting's own item titles."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf, placed_pdf
from extractors import extract


def _meeting(tmp_path, **layout):
    base = dict(
        rows=[
            ("Plats och tid", ["Förbundets sammanträdesrum, kl. 9.00–11.00"]),
            ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
            ("Övriga", ["Lena Strand, förbundsdirektör", "Per Alm (S), ordf. fritidsnämnden"]),
        ],
        items=[("§ 1 Val av justerare", ["Till justerare utsågs Siv Ek."])],
    )
    base.update(layout)
    return extract(minutes_pdf(tmp_path / "m.pdf", MinutesLayout(**base))).meeting


def test_the_body_in_a_compound_and_not_a_person_or_a_room(tmp_path):
    meeting = _meeting(tmp_path, header=["Direktionsprotokoll"])
    assert meeting.body == "Direktionen"
    meeting = _meeting(tmp_path, title="Protokoll från sammanträde med Barn- och skolnämnden")
    assert meeting.body == "Barn- och skolnämnden"
    meeting = _meeting(tmp_path, title="Fritidsnämnden, Tierps kommun")
    assert (meeting.body, meeting.organisation) == ("Fritidsnämnden", "Tierps kommun")
    meeting = _meeting(tmp_path, title="Stadsdelsnämnden Centrum, Lunds kommun")
    assert meeting.body == "Stadsdelsnämnden Centrum"  # no room: "Centrum" is a district
    meeting = _meeting(tmp_path, header=["Regionrådsmöte"], title="Minnesanteckningar")
    assert meeting.body == "Regionrådet"
    rows = [("Plats och tid", ["Kommunstyrelsens sammanträdesrum"]),
            ("Beslutande", ["Ola Lind (S), ordförande"])]  # fmt: skip
    meeting = _meeting(tmp_path, header=["PROTOKOLL", "Kommunstyrelsen"], rows=rows)
    assert meeting.body == "Kommunstyrelsen"


def test_the_body_before_its_organisation(tmp_path):
    meeting = _meeting(
        tmp_path,
        header=["Regionförbundet Kalmar län"],
        title="Förbundsstyrelsen för Regionförbundet Kalmar län",
    )
    assert (meeting.body, meeting.organisation) == (
        "Förbundsstyrelsen",
        "Regionförbundet Kalmar län",
    )


def test_the_organisation_in_the_notice_or_the_item_titles(tmp_path):
    notice = [
        ("Plats och tid", ["Stationshuset, kl. 9.00–11.00"]),
        ("Beslutande", ["Ola Lind (S), ordförande"]),
        ("ANSLAG/BEVIS", ["Protokollet är justerat."]),
        ("Organ", ["Tierps kommun, Fritidsnämnden"]),
    ]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=notice)
    assert meeting.organisation == "Tierps kommun"
    items = [("§ 5 Årsredovisning för Alvesta kommun 2019", ["Ärendet bordläggs."])]
    meeting = _meeting(tmp_path, header=["Kommunstyrelsen"], items=items)
    assert meeting.organisation == "Alvesta kommun"
    meeting = _meeting(tmp_path, header=["Kommunstyrelsen"])
    assert meeting.organisation is None  # unknown stays null


def test_the_meetings_own_time_beside_lunch_and_group_meetings(tmp_path):
    rows = [
        ("Tid", ["lunch 12-13, Hotell Linnea", "möte 13-17, Kommunhuset, sal B"]),
        ("Närvarande", ["Ola Lind, Orsa", "Siv Ek, Rättvik"]),
    ]
    meeting = _meeting(tmp_path, header=["Samverkansrådet"], rows=rows)
    assert (meeting.start_time, meeting.end_time) == ("13:00", "17:00")
    assert meeting.location == "Kommunhuset, sal B"
    rows = [
        ("Plats och tid", ["Stadshuset", "Gruppmöten 08:30–09:30"]),
        ("Beslutande", ["Ola Lind (S), ordförande"]),
    ]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
    assert (meeting.start_time, meeting.end_time, meeting.location) == (None, None, "Stadshuset")
    rows = [("Tid", ["8:30: - 11:15"]), ("Beslutande", ["Ola Lind (S), ordförande"])]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
    assert (meeting.start_time, meeting.end_time) == ("08:30", "11:15")


def test_a_break_in_brackets_after_the_time_leaves_nothing_of_itself_in_the_place(tmp_path):
    rows = [
        ("Plats och tid", ["Stadshuset, sal B, onsdagen den 3 april 2024, kl. 08.15–12.00 "
                           "(ajournering 10.00–10.20)"]),
        ("Beslutande", ["Ola Lind (S), ordförande"]),
    ]  # fmt: skip
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
    assert (meeting.location, meeting.start_time, meeting.end_time) == (
        "Stadshuset, sal B", "08:15", "12:00")  # fmt: skip


def test_the_notices_dates_are_not_the_meetings_and_a_year_printed_once(tmp_path):
    rows = [
        ("Plats", ["Stadshuset"]),
        ("Beslutande", ["Ola Lind (S), ordförande"]),
        ("Justeringens plats och tid", ["Kansliet den 12 april 2019"]),
        ("ANSLAG/BEVIS", ["Protokollet är justerat."]),
        ("Anslaget till och med", ["2019-05-02"]),
    ]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
    assert meeting.date is None  # unknown stays null
    rows = [("Tid", ["Onsdagen den 3 april"]), ("Beslutande", ["Ola Lind (S), ordförande"])]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden", "FN 12/2019"], rows=rows)
    assert meeting.date == "2019-04-03"


def _grid_header(path, body_row_label: str):
    """A boxed grid header: a row of labels over a row of values, then a list and a § item."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Vallby kommun")
    c.drawString(450, y, "PROTOKOLL")
    y -= 40
    c.setFont("Helvetica", 8)
    for x, text in ((50, body_row_label), (260, "Sammanträdesdatum"), (420, "Tid")):
        c.drawString(x, y, text)
    y -= 14
    c.setFont("Helvetica", 10)
    for x, text in ((50, "Tekniska nämnden"), (260, "2024-03-05"), (420, "kl 09:00-11:00")):
        c.drawString(x, y, text)
    y -= 30
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Närvarande ledamöter")
    c.setFont("Helvetica", 10)
    for name in ("Ola Lind (S), ordförande", "Siv Ek (M)", "Rut Berg (C)"):
        y -= 14
        c.drawString(50, y, name)
    y -= 40
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "§ 4 Val av justerare")
    c.setFont("Helvetica", 10)
    y -= 16
    c.drawString(50, y, "Nämnden beslutar att utse Siv Ek att justera protokollet.")
    c.save()
    return path


def test_a_grid_of_labels_over_values_gives_no_label_as_the_body(tmp_path):
    """'Organ | Sammanträdesdatum | Tid' over the values: the body is the value under
    'Organ', never the label beside it."""
    meeting = extract(_grid_header(tmp_path / "grid.pdf", "Organ")).meeting
    assert meeting.body == "Tekniska nämnden"
    assert meeting.date == "2024-03-05"


def test_a_label_or_a_decision_heading_is_no_body(tmp_path):
    """An attendance label or 'Arbetsutskottets beslut' on page one is no body's name."""
    meeting = _meeting(
        tmp_path,
        header=["Närvarande styrelseledamöter"],
        items=[("§ 1 Val av justerare", ["Arbetsutskottets beslut", "Siv Ek utses."])],
    )
    assert meeting.body not in ("Närvarande styrelseledamöter", "Arbetsutskottets beslut")


def test_a_municipality_in_the_titles_only_as_the_owner_and_only_for_a_municipal_body():
    from extractors.minutes.organisation import organisation_in_titles

    party = ["Avtal med Tierps kommun om räddningstjänst"]
    assert organisation_in_titles(party, "Kommunstyrelsen") is None
    assert organisation_in_titles(["Överföring till Tierps kommun"], "Kommunstyrelsen") is None
    cooperation = ["Arkiv i samverkan med Tierps kommun"]
    assert organisation_in_titles(cooperation, "Kommunstyrelsen") is None
    own = ["Årsredovisning för Tierps kommun 2024"]
    assert organisation_in_titles(own, "Kommunstyrelsen") == "Tierps kommun"
    assert organisation_in_titles(["Tierps kommuns arkivreglemente"], "Tekniska nämnden") == (
        "Tierps kommun"
    )
    assert organisation_in_titles(["Årsredovisning 2024 Tierps kommun"], "Kommunfullmäktige") == (
        "Tierps kommun"
    )
    for body in ("Förbundsstyrelsen", "Pensionärsrådet", "Regionstyrelsen", None):
        assert organisation_in_titles(own, body) is None


def test_what_a_time_leaves_is_a_place_only_when_it_reads_as_one(tmp_path):
    for value in (
        "13.00-16.30, ajournering 14.30-14.45",
        "kl. 13.15-15.00 (mötet ajournerades 14.00-14.10)",
        "09.00-12.00 med paus för lunch",
    ):
        rows = [("Tid", [value]), ("Beslutande", ["Ola Lind (S), ordförande"])]
        meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
        assert meeting.location is None, value  # unknown stays null
    rows = [("Tid", ["kl. 13.00-15.00, Åsby kommunhus"]), ("Beslutande", ["Ola Lind (S)"])]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden"], rows=rows)
    assert meeting.location == "Åsby kommunhus"


def test_a_year_from_a_case_number_or_a_wrong_weekday_is_no_year():
    from extractors.minutes.schedule import only_year, weekday_agrees

    assert only_year("Fritidsnämnden Dnr FN 2019/145") is None
    assert only_year("Fritidsnämnden Diarienummer 12/2019") is None
    assert only_year("Protokoll 3/2019 Dnr FN 2018/145") == 2019
    assert only_year("Fritidsnämnden 2019-01-08") == 2019
    assert weekday_agrees("Onsdagen den 3 april", "2019-04-03")
    assert not weekday_agrees("Måndagen den 3 april", "2019-04-03")


def test_a_year_less_date_takes_no_year_from_a_case_number_or_a_wrong_weekday(tmp_path):
    rows = [("Tid", ["Onsdagen den 3 april"]), ("Beslutande", ["Ola Lind (S), ordförande"])]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden", "Dnr FN 2019/145"], rows=rows)
    assert meeting.date is None  # unknown stays null
    rows = [("Tid", ["Måndagen den 3 april"]), ("Beslutande", ["Ola Lind (S), ordförande"])]
    meeting = _meeting(tmp_path, header=["Fritidsnämnden", "FN 12/2019"], rows=rows)
    assert meeting.date is None  # 3 April 2019 was a Wednesday


def _attendees(tmp_path, header, rows):
    layout = MinutesLayout(
        header=header, rows=rows, items=[("§ 1 Val av justerare", ["Till justerare utsågs."])]
    )
    record = extract(minutes_pdf(tmp_path / "r.pdf", layout))
    return {a.name: a.group for a in record.attendees}


def test_representatives_of_the_staff_attend_and_only_a_councils_members_decide(tmp_path):
    staff = [
        ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
        (
            "Representanter från personalen",
            ["Anna Berg, huvudskyddsombud", "Bo Ek, fackligt ombud"],
        ),
    ]
    groups = _attendees(tmp_path, ["Personalutskottet"], staff)
    assert groups["Anna Berg"] == groups["Bo Ek"] == "other_present"
    assert groups["Ola Lind"] == "decision_maker"
    members = [("Representanter från föreningarna", ["Anna Berg, PRO", "Bo Ek, SPF"])]
    groups = _attendees(tmp_path, ["Pensionärsrådet"], members)
    assert groups["Anna Berg"] == groups["Bo Ek"] == "decision_maker"
    guests = [
        ("Beslutande", ["Ola Lind (S), ordförande"]),
        ("Representanter från föreningarna", ["Anna Berg, PRO"]),
    ]
    groups = _attendees(tmp_path, ["Tekniska nämnden"], guests)
    assert groups["Anna Berg"] == "other_present"


def test_the_next_meeting_said_as_next_time_or_under_coming_meetings(tmp_path):
    """'Direktionen sammanträder nästa gång onsdagen den …' under 'Kommande sammanträden'."""
    from extractors.minutes.next_meeting import schedule_title

    assert schedule_title("Kommande sammanträden")
    items = [
        ("§ 1 Val av justerare", ["Siv Ek utses att justera protokollet."]),
        (
            "§ 2 Övrigt",
            ["Direktionen sammanträder nästa gång onsdagen den 25 september 2024 i Åsby."],
        ),
    ]
    rows = [
        ("Plats och tid", ["Förbundshuset, onsdagen den 12 juni 2024 kl. 9.00–11.00"]),
        ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
    ]
    record = extract(minutes_pdf(tmp_path / "m.pdf", MinutesLayout(rows=rows, items=items)))
    assert record.next_meeting is not None and record.next_meeting.date == "2024-09-25"


def test_the_adjustment_date_after_a_next_meeting_in_passing_is_no_next_meeting(tmp_path):
    """'… redovisas vid nästa möte.' and then '… justerades 2024-06-14': the
    adjustment's date is not the next meeting's."""
    items = [
        ("§ 1 Val av justerare", ["Siv Ek utses att justera protokollet."]),
        ("§ 2 Delegation", ["Uppföljningen redovisas vid nästa möte."]),
        ("§ 3 Avslutning", ["Dagens anteckningar justerades 2024-06-14 och anslogs 2024-06-15."]),
    ]
    rows = [
        ("Plats och tid", ["Förbundshuset, onsdagen den 12 juni 2024 kl. 9.00–11.00"]),
        ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
    ]
    record = extract(minutes_pdf(tmp_path / "m.pdf", MinutesLayout(rows=rows, items=items)))
    assert record.next_meeting is None


def test_a_next_meeting_in_passing_takes_no_date_from_the_sentences_after_it(tmp_path):
    """'… redovisas vid nästa sammanträde.' and then, in the next item, 'Starten planeras
    till den 1 april 2025': that date is no next meeting."""
    items = [
        ("§ 1 Val av justerare", ["Siv Ek utses att justera protokollet."]),
        ("§ 2 Ekonomi", ["Förvaltningen redovisar åtgärder vid nästa sammanträde."]),
        ("§ 3 Nytt ärendesystem", ["Starten planeras till den 1 april 2025."]),
    ]
    rows = [
        ("Plats och tid", ["Förbundshuset, onsdagen den 13 november 2024 kl. 9.00–11.00"]),
        ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
    ]
    record = extract(minutes_pdf(tmp_path / "m.pdf", MinutesLayout(rows=rows, items=items)))
    assert record.next_meeting is None


def test_the_next_meeting_from_a_plan_whose_dates_take_the_year_of_its_title(tmp_path):
    """'§ 3 Sammanträdesplan 2025' with 'Nämnden sammanträder den 12 februari, 9 april och
    4 juni': the dates are 2025's, the first is the next meeting."""
    items = [
        ("§ 1 Val av justerare", ["Siv Ek utses att justera protokollet."]),
        ("§ 2 Budget", ["Budgeten fastställs."]),
        (
            "§ 3 Sammanträdesplan 2025",
            ["Nämnden sammanträder den 12 februari, 9 april och 4 juni."],
        ),
    ]
    rows = [
        ("Plats och tid", ["Förbundshuset, onsdagen den 13 november 2024 kl. 9.00–11.00"]),
        ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
    ]
    record = extract(minutes_pdf(tmp_path / "m.pdf", MinutesLayout(rows=rows, items=items)))
    assert record.next_meeting is not None and record.next_meeting.date == "2025-02-12"


def test_the_place_in_a_prose_header_ends_with_its_line(tmp_path):
    """'… kl. 9.15–12.00 i Rum 2, Stadshuset, Åsby' stops before the heading under it;
    '…, klockan 14:00–17:10, Åsby bygdegård, sal Ån' (no 'i') is a place too."""

    def location(prose: str) -> str | None:
        page = [
            (57, 40, "Åsby kommun", True, 11),
            (57, 80, "Fritidsnämnden", True, 18),
            (57, 110, prose, False, 11),
            (57, 140, "Närvarande ledamöter", True, 11),
            (70, 157, "• Moderaterna: Ola Lind (ordförande), Siv Ek", False, 11),
            (57, 190, "§ 1 Val av justerare", True, 13),
            (57, 210, "Siv Ek utses att justera protokollet.", False, 10),
        ]
        return extract(placed_pdf(tmp_path / "p.pdf", [page])).meeting.location

    prose = "Möte onsdagen den 14 oktober 2026 kl. 9.15–12.00 i Rum 2, Stadshuset, Åsby"
    assert location(prose) == "Rum 2, Stadshuset, Åsby"
    prose = "Möte 9 november 2026, klockan 14:00–17:10, Åsby bygdegård, sal Ån"
    assert location(prose) == "Åsby bygdegård, sal Ån"


def test_the_place_under_its_label_in_a_grid_header(tmp_path):
    """'Datum | Tid | Plats' over a row of values: the place is the value under 'Plats'."""
    columns = (63, 233, 346)
    labels = zip(columns, ("Datum", "Tid", "Plats"), strict=True)
    row = ("Måndagen den 5 oktober 2026", "9:30–11:45", "Kommunhuset, rum Ån")
    values = zip(columns, row, strict=True)
    page = [
        (57, 40, "Åsby kommun", True, 11),
        (57, 70, "Fritidsnämndens utskott", True, 14),
        *[(x, 100, label, True, 9) for x, label in labels],
        *[(x, 118, value, False, 11) for x, value in values],
        (63, 145, "Deltagare: Ola Lind (S), Siv Ek (M)", False, 11),
        (63, 175, "Ärende 1", True, 13),
        (63, 195, "Val av justerare", True, 11),
        (63, 215, "Siv Ek utses att justera protokollet.", False, 10),
    ]
    record = extract(placed_pdf(tmp_path / "g.pdf", [page]))
    assert record.meeting.location == "Kommunhuset, rum Ån"


def test_a_federation_whose_name_shares_the_tail_of_two_compounds(tmp_path):
    """'Norrdalens brand- och räddningsförbund' in the running header beside 'PROTOKOLL':
    the kommunalförbund is the organisation."""
    meeting = _meeting(tmp_path, header=["Norrdalens brand- och räddningsförbund   PROTOKOLL"])
    assert meeting.organisation == "Norrdalens brand- och räddningsförbund"


def test_the_end_time_from_the_closing_item_when_the_header_gives_only_the_start(tmp_path):
    """'Tid: kl. 17.00' and, in the last item, '… förklarade mötet avslutat kl. 19.05'."""
    meeting = _meeting(
        tmp_path,
        rows=[
            ("Plats", ["Bolagets kontor, Åsby"]),
            ("Datum", ["2024-05-08"]),
            ("Tid", ["kl. 17.00"]),
            ("Beslutande", ["Ola Lind (S), ordförande", "Siv Ek (M)"]),
        ],
        items=[
            ("§ 1 Val av justerare", ["Till justerare utsågs Siv Ek."]),
            ("§ 2 Mötets avslutande", ["Ordföranden förklarade mötet avslutat kl. 19.05."]),
        ],
    )
    assert (meeting.start_time, meeting.end_time) == ("17:00", "19:05")
