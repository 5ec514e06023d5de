"""Items as real Swedish minutes print them: a number alone with the title under it, lists
of items ("Ärendelista"), unnumbered points, headings with the body's abbreviation."""

from __future__ import annotations

from pathlib import Path

from extractors import extract

# A row: cells of (x, text, size, bold); None leaves a blank row. A page: its rows.
Cell = tuple[float, str, float, bool]


def drawn_pdf(path: Path, pages: list[list[list[Cell] | None]], header: str = "") -> Path:
    """Pages drawn cell by cell, each row 1.5 times its largest size under the last."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from builders import _fonts

    regular, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for rows in pages:
        if header:
            c.setFont(bold, 11)
            c.drawString(57, A4[1] - 45, header)
        y = A4[1] - 90
        for row in rows:
            size = max((cell[2] for cell in row), default=10) if row else 10
            y -= size * 1.5
            for x, text, cell_size, is_bold in row or []:
                c.setFont(bold if is_bold else regular, cell_size)
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path


def label_row(label: str, value: str) -> list[Cell]:
    return [(57, label, 10, True), (200, value, 10, False)]


def text(value: str, size: float = 10, bold: bool = False, x: float = 57) -> list[Cell]:
    return [(x, value, size, bold)]


HEADER_PAGE = [
    text("Protokoll", 16, True),
    None,
    label_row("Plats och tid", "Rådhuset, kl. 13.00–15.00"),
    label_row("Beslutande", "Kim Alm (S), ordförande"),
    [(200, "Lo Berg (M)", 10, False)],
    label_row("Utses att justera", "Lo Berg"),
]


def test_a_number_with_its_case_number_and_the_title_on_the_next_line(tmp_path):
    body = [
        text("§ 12 Diarienummer 0442/19", 12, True),
        text("Uppföljning av budget för Tallbacka skola", 12, True),
        text("Förvaltningen redovisar utfallet för perioden."),
    ]
    record = extract(drawn_pdf(tmp_path / "a.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("12", "Uppföljning av budget för Tallbacka skola")
    ]


def test_an_item_list_gives_titles_numbers_and_unnumbered_items(tmp_path):
    """An 'Ärendelista' as a table (number, case number, title that wraps, page), and a
    list with a title that has no number; no body headings follow."""
    table = [
        text("Ärendelista", 12, True),
        [
            (60, "§ 7 Dnr KS 2019/14", 9, False),
            (170, "Information", 9, False),
            (500, "3", 9, False),
        ],
        [
            (60, "§ 8 Dnr KS 2019/88 Svar på medborgarförslag om", 9, False),
            (500, "4", 9, False),
        ],
        [(170, "belysning vid Ekbacken", 9, False)],
        [(60, "§ 9 Dnr KS 2018/301 Delårsrapport", 9, False), (500, "6", 9, False)],
    ]
    plain = [
        text("Ärenden till nämnden den 3 mars 2019", 12, True),
        text("Val av justerare"),
        text("41 Taxa för bygglov 2020"),
        text("42 Delegationsbeslut"),
    ]
    record = extract(drawn_pdf(tmp_path / "l.pdf", [HEADER_PAGE, table], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("7", "Information"),
        ("8", "Svar på medborgarförslag om belysning vid Ekbacken"),
        ("9", "Delårsrapport"),
    ]
    record = extract(drawn_pdf(tmp_path / "p.pdf", [HEADER_PAGE, plain], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        (None, "Val av justerare"),
        ("41", "Taxa för bygglov 2020"),
        ("42", "Delegationsbeslut"),
    ]
    assert record.meeting.location == "Rådhuset"  # the list is no part of the header
    assert record.meeting.date == "2019-03-03"  # the list's heading names the meeting


def test_a_list_of_matters_sent_on_to_another_body_is_neither_items_nor_date(tmp_path):
    body = [
        text("§ 41 Taxa för bygglov 2020", 12, True),
        text("Kommunstyrelsen föreslår kommunfullmäktige att anta taxan."),
        None,
        text("Ärenden till kommunfullmäktige den 3 mars 2019", 12, True),
        text("41 Taxa för bygglov 2020"),
        text("50 Detaljplan för Ekbacken"),
    ]
    record = extract(drawn_pdf(tmp_path / "k.pdf", [HEADER_PAGE, body], "Kommunstyrelsen"))
    assert record.meeting.body == "Kommunstyrelsen"
    assert [(i.number, i.title) for i in record.agenda_items] == [("41", "Taxa för bygglov 2020")]
    assert record.meeting.date is None  # the list's date is the other body's meeting


def test_unnumbered_points_of_minnesanteckningar(tmp_path):
    body = [
        text("Mötet öppnas", 12, True),
        text("Ordföranden hälsade alla välkomna och öppnade mötet."),
        None,
        text("Presentation av Stadsbiblioteket", 12, True),
        text("Bibliotekschefen berättade om verksamheten."),
        None,
        text("Övriga frågor", 12, True),
        text("Inga övriga frågor anmäldes."),
        None,
        text("3. Nästa möte", 12, True),
        text("Nästa möte hålls i Gävle."),
    ]
    record = extract(drawn_pdf(tmp_path / "m.pdf", [HEADER_PAGE, body], "Samverkansrådet"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        (None, "Mötet öppnas"),
        (None, "Presentation av Stadsbiblioteket"),
        (None, "Övriga frågor"),
        ("3", "Nästa möte"),
    ]
    assert [a.name for a in record.attendees] == ["Kim Alm", "Lo Berg"]


def test_a_heading_with_the_bodys_abbreviation_before_the_number(tmp_path):
    body = [
        text("AU 4 Ansökan om bidrag till Föreningen Exempel", 12, True),
        text("Föreningen ansöker om bidrag för år 2020."),
    ]
    record = extract(drawn_pdf(tmp_path / "au.pdf", [HEADER_PAGE, body], "Arbetsutskottet"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("4", "Ansökan om bidrag till Föreningen Exempel")
    ]


def test_a_heading_over_sentences_is_no_list_of_items(tmp_path):
    body = [
        text("§ 2 Fastställande av dagordning", 12, True),
        text("Dagordning", 10, True),
        text("Dagordningen godkändes."),
        text("Inga ärenden tillkom."),
    ]
    record = extract(drawn_pdf(tmp_path / "d.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("2", "Fastställande av dagordning")
    ]
    assert record.agenda_items[0].decisions == ["Dagordningen godkändes."]


def test_a_bare_number_with_its_case_number_and_a_plain_title_below(tmp_path):
    body = [
        text("§ 26", 12, True),
        text("Dnr FN 2019/31"),
        None,
        text("Taxor för simhallen 2020"),
        text("Förvaltningen har tagit fram ett förslag till nya taxor för simhallen och gymmet, "),
        text("som redovisas i bilagan."),
    ]
    record = extract(drawn_pdf(tmp_path / "b.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("26", "Taxor för simhallen 2020")
    ]


def test_a_reports_contents_and_its_appeal_notice_are_no_items(tmp_path):
    """An attachment after the items: a report's contents ('3.1 …') and the instructions
    for an appeal, set as headings, are no items of the meeting."""
    body = [
        text("§ 4 Vägrapport", 12, True),
        text("Rapporten läggs till handlingarna."),
        None,
        text("Innehåll", 12, True),
        text("3 Resultat"),
        text("3.1 Analys av enkätsvar"),
        text("3.2 Antal resultat"),
        None,
        text("ANVISNING FÖR ÖVERKLAGANDE", 12, True),
        text("Den som vill överklaga beslutet ska skriva till förvaltningsrätten."),
    ]
    record = extract(drawn_pdf(tmp_path / "r.pdf", [HEADER_PAGE, body], "Tekniska nämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [("4", "Vägrapport")]


def test_an_items_sections_in_the_headings_style_are_no_items(tmp_path):
    body = [
        text("§ 3 Budget för rådet", 12, True),
        text("Förvaltningens förslag", 12, True),
        text("Rådet föreslås godkänna budgeten."),
        text("Beslut", 12, True),
        text("Rådet godkänner budgeten."),
        text("Beslutet skickas till", 12, True),
        text("Kommunstyrelsen"),
    ]
    record = extract(drawn_pdf(tmp_path / "s.pdf", [HEADER_PAGE, body], "Pensionärsrådet"))
    assert [(i.number, i.title, i.decisions) for i in record.agenda_items] == [
        ("3", "Budget för rådet", ["Rådet godkänner budgeten."])
    ]


def test_an_agenda_numbered_apart_from_the_paragraphs_adds_no_items(tmp_path):
    body = [
        text("Föredragningslista", 12, True),
        text("1. Val av justerare"),
        text("2. Budget 2020"),
        None,
        text("§ 45 Val av justerare", 12, True),
        text("Till justerare utsågs Lo Berg."),
        text("§ 46 Budget 2020", 12, True),
        text("Budgeten fastställs."),
    ]
    record = extract(drawn_pdf(tmp_path / "f.pdf", [HEADER_PAGE, body], "Kommunstyrelsen"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("45", "Val av justerare"),
        ("46", "Budget 2020"),
    ]


def test_a_number_repeated_under_its_heading_takes_no_title(tmp_path):
    """'§ 16' printed again under '§ 16 Rubrik' (atop a page, or a running header) takes no
    title from the line under it, and a labelled line under a bare number ('Beredning: …')
    is no title."""
    body = [
        text("§ 16 Översyn av taxor", 12, True),
        text("Förvaltningen har sett över taxorna för 2021 och föreslår att de höjs med två"),
        text("procent från och med den första januari."),
        text("§ 16", 12, True),
        text("Ny taxa för simhallen"),
        text("§ 17", 12, True),
        text("Beredning: Anna Lund"),
        text("Förvaltningen har tagit fram ett förslag till ny avgift för uthyrning av lokaler."),
    ]
    record = extract(drawn_pdf(tmp_path / "r.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    titles = [i.title for i in record.agenda_items]
    assert "Ny taxa för simhallen" not in titles and "Beredning: Anna Lund" not in titles
    assert ("17", "§ 17") in [(i.number, i.title) for i in record.agenda_items]


def test_two_presenters_each_after_a_title(tmp_path):
    body = [
        text("Besök på Stadsbiblioteket", 12, True),
        text("Chef för Stadsbiblioteket, Ulla Berg och bibliotekarie vid barnavdelningen,"),
        text("Kim Roos presenterade verksamheten."),
    ]
    record = extract(drawn_pdf(tmp_path / "p.pdf", [HEADER_PAGE, body], "Kulturrådet"))
    assert [(i.title, sorted(i.presenters)) for i in record.agenda_items] == [
        ("Besök på Stadsbiblioteket", ["Kim Roos", "Ulla Berg"])
    ]


def test_an_item_word_and_number_above_the_title(tmp_path):
    """'Ärende 3' (or 'Punkt 3') set alone above the title, in larger or in smaller type:
    the number of the item under it; the last item keeps its own decision, and the
    signature captions after it are no part of it."""
    body = [
        text("Ärende 1", 9, True),
        text("Val av protokolljusterare", 12, True),
        text("Nämndens beslut"),
        text("Lo Berg utses att justera protokollet."),
        text("Ärende 2", 9, True),
        text("Ombyggnad av Ekuddens förskola", 12, True),
        text("Nämndens beslut"),
        text("Nämnden godkänner förstudien."),
        None,
        None,
        [(57, "Ordförande", 10, False), (220, "Justerare", 10, False)],
        None,
        [(57, "Kim Alm", 10, False), (220, "Lo Berg", 10, False)],
    ]
    record = extract(drawn_pdf(tmp_path / "w.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.title, i.decisions) for i in record.agenda_items] == [
        ("1", "Val av protokolljusterare", ["Lo Berg utses att justera protokollet."]),
        ("2", "Ombyggnad av Ekuddens förskola", ["Nämnden godkänner förstudien."]),
    ]
    big = [
        text("Punkt 4", 13.5, True),
        text("Anmälan av delegationsbeslut", 11, True),
        text("Utskottets beslut", 11, True),
        text("Delegationsbesluten läggs till handlingarna."),
    ]
    record = extract(drawn_pdf(tmp_path / "p.pdf", [HEADER_PAGE, big], "Exempelnämnden"))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("4", "Anmälan av delegationsbeslut")
    ]


def test_a_table_of_items_with_cells_that_wrap(tmp_path):
    """Items as rows of a table (number, title, decision): a title and a decision that
    wrap to a second line are read whole; a nämnd proposing to fullmäktige decides so."""
    body = [
        text("Ärenden", 11, True),
        [(57, "§", 9, True), (97, "Ärende", 9, True), (323, "Beslut", 9, True)],
        [(57, "§ 12", 9, False), (97, "Budgetuppföljning maj", 9, False),
         (323, "Nämnden godkänner uppföljningen.", 9, False)],
        [(57, "§ 13", 9, False), (97, "Parkeringsnorm för Åsby centrum", 9, False),
         (323, "Nämnden föreslår kommunfullmäktige att fastställa", 9, False)],
        [(323, "normen.", 9, False)],
        [(57, "§ 14", 9, False), (97, "Stipendier för unga musiker och", 9, False),
         (323, "Nämnden fördelar stipendierna till fyra", 9, False)],
        [(97, "dansare", 9, False), (323, "sökande.", 9, False)],
        [(57, "§ 15", 9, False), (97, "Skrivelser", 9, False),
         (323, "Skrivelserna läggs till handlingarna.", 9, False)],
    ]  # fmt: skip
    record = extract(drawn_pdf(tmp_path / "t.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.title, i.decisions) for i in record.agenda_items] == [
        ("12", "Budgetuppföljning maj", ["Nämnden godkänner uppföljningen."]),
        (
            "13",
            "Parkeringsnorm för Åsby centrum",
            ["Nämnden föreslår kommunfullmäktige att fastställa normen."],
        ),
        (
            "14",
            "Stipendier för unga musiker och dansare",
            ["Nämnden fördelar stipendierna till fyra sökande."],
        ),
        ("15", "Skrivelser", ["Skrivelserna läggs till handlingarna."]),
    ]


def test_an_e_signing_pages_heading_is_no_item(tmp_path):
    body = [
        text("Mötets öppnande", 12, True),
        text("Ordföranden öppnade mötet."),
        text("Övriga frågor", 12, True),
        text("Inga övriga frågor togs upp."),
    ]
    signing = [
        text("Verifikat", 12, True),
        text("Underskrifterna är gjorda med e-legitimation", 9.5),
        text("Signerat av: Kim Alm", 9.5),
    ]
    record = extract(drawn_pdf(tmp_path / "v.pdf", [HEADER_PAGE, body, signing], "Rådet"))
    assert [i.title for i in record.agenda_items] == ["Mötets öppnande", "Övriga frågor"]


def test_a_presenter_in_a_table_cell_that_wraps(tmp_path):
    body = [
        [(57, "§", 9, True), (97, "Ärende", 9, True), (323, "Beslut", 9, True),
         (480, "Anteckningar", 9, True)],
        [(57, "§ 21", 9, False), (97, "Lägesrapport om simhallen", 9, False),
         (323, "Rapporten noteras.", 9, False),
         (480, "Föredragande: projektledare Signe", 9, False)],
        [(480, "Ekvall", 9, False)],
    ]  # fmt: skip
    record = extract(drawn_pdf(tmp_path / "c.pdf", [HEADER_PAGE, body], "Exempelnämnden"))
    assert [(i.number, i.presenters) for i in record.agenda_items] == [("21", ["Signe Ekvall"])]


def test_a_network_decides_and_a_note_in_smaller_type_is_no_decision(tmp_path):
    body = [
        text("§ 4 Vårens konferens", 12, True),
        text("Samtal om program och talare."),
        text("Nätverket godkänner programmet för konferensen."),
        text("§ 5 Hyresavtal för förrådet", 12, True),
        text("Utskottets beslut", 11, True),
        text("Avtalet förlängs med två år.", 11),
        text("Avtalets villkor finns i bilaga 3.", 9),
    ]
    record = extract(drawn_pdf(tmp_path / "n.pdf", [HEADER_PAGE, body], "Exempelnätverket"))
    assert [i.decisions for i in record.agenda_items] == [
        ["Nätverket godkänner programmet för konferensen."],
        ["Avtalet förlängs med två år."],
    ]
