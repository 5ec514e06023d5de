"""Item headings whose title stands apart from the number: over it, beside it after a
word or dash, in a drawn page's number column; and who presents under such a heading.
Real PDFs, generated."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract

LEFT, VALUE, DNR = 57, 210, 430

HEADER = [
    (LEFT, 60, "PROTOKOLL", True, 16),
    (LEFT, 95, "Kulturnämndens arbetsutskott", True),
    (LEFT, 120, "Plats och tid", True),
    (VALUE, 120, "Stadshuset, rum Ugglan, 2024-03-11 kl. 13.00–15.10"),
    (LEFT, 140, "Beslutande", True),
    (VALUE, 140, "Per Holmgård (S), ordförande"),
    (VALUE, 155, "Ada Nybacka (M)"),
    (LEFT, 175, "Övriga deltagare", True),
    (VALUE, 175, "Lisa Strand, sekreterare"),
]


def test_a_title_over_its_number_and_case_number(tmp_path):
    # The title in bold over a small "AU § n" with the Dnr far right; under it a bold
    # decision heading, a label, or a sentence: none of them the title.
    page = [
        (LEFT, 60, "Val av justerare", True, 12),
        (LEFT, 76, "AU § 11", False, 9),
        (DNR, 76, "Dnr KUN 2024/0010", False, 9),
        (LEFT, 95, "Arbetsutskottets beslut", True),
        (LEFT, 110, "Ada Nybacka utses att justera protokollet."),
        (LEFT, 140, "Bidrag till studieförbunden", True, 12),
        (LEFT, 156, "AU § 12", False, 9),
        (DNR, 156, "Dnr KUN 2024/0031", False, 9),
        (LEFT, 175, "Föredragande: kulturchef Olle Berglöv"),
        (LEFT, 190, "Förvaltningen har fördelat bidragen enligt de nya reglerna och om"),
        (LEFT, 203, "fördelningen råder enighet."),
        (LEFT, 222, "Arbetsutskottets beslut", True),
        (LEFT, 237, "Bidragen fördelas enligt förvaltningens förslag."),
        (LEFT, 267, "Kulturchefen informerar", True, 12),
        (LEFT, 283, "AU § 13", False, 9),
        (DNR, 283, "Dnr KUN 2024/0002", False, 9),
        (LEFT, 302, "Kulturchef Olle Berglöv informerar om arbetet med biblioteksplanen och om"),
        (LEFT, 315, "läget i kulturskolan."),
        (LEFT, 334, "Arbetsutskottets beslut", True),
        (LEFT, 349, "Informationen noteras."),
    ]
    record = extract(placed_pdf(tmp_path / "au.pdf", [HEADER, page], size=10))
    assert [(i.number, i.title, i.page) for i in record.agenda_items] == [
        ("11", "Val av justerare", 2),
        ("12", "Bidrag till studieförbunden", 2),
        ("13", "Kulturchefen informerar", 2),
    ]
    assert [i.decisions for i in record.agenda_items] == [
        ["Ada Nybacka utses att justera protokollet."],
        ["Bidragen fördelas enligt förvaltningens förslag."],
        ["Informationen noteras."],
    ]


def test_an_item_word_and_number_before_a_spaced_dash(tmp_path):
    # "Ärende 3 – Rubrik" in bold; a title may hold a dash of its own
    page = [
        *HEADER,
        (LEFT, 210, "Ärende 1 – Mötets öppnande", True, 11.5),
        (LEFT, 228, "Ordföranden öppnade mötet."),
        (LEFT, 255, "Ärende 2 – Bokbussen – ny turlista från 2025", True, 11.5),
        (LEFT, 273, "Per Holmgård informerar om den nya turlistan."),
        (LEFT, 300, "Ärende 3 – Övriga frågor", True, 11.5),
        (LEFT, 318, "Inga övriga frågor anmäldes."),
    ]
    record = extract(placed_pdf(tmp_path / "arende.pdf", [page], size=10))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1", "Mötets öppnande"),
        ("2", "Bokbussen – ny turlista från 2025"),
        ("3", "Övriga frågor"),
    ]


def test_a_number_alone_in_a_column_beside_its_title(tmp_path):
    # A page drawn line by line: the number in bold in a left column, the title in bold
    # beside it; "3 a", "3 b" are sub-items of their own, numbered as printed
    page = [
        *HEADER,
        (LEFT, 210, "1", True, 9.5),
        (85, 210, "Inledning", True, 9.5),
        (85, 224, "Ordföranden hälsade välkommen.", False, 8.5),
        (LEFT, 240, "2", True, 9.5),
        (85, 240, "Biblioteksplan 2025", True, 9.5),
        (85, 254, "Beslut: Planen skickas på remiss.", False, 8.5),
        (LEFT, 270, "3", True, 9.5),
        (85, 270, "Kulturskolan", True, 9.5),
        (LEFT, 286, "3 a", True, 9.5),
        (85, 286, "Avgifter", True, 9.5),
        (85, 300, "Lisa Strand redovisade avgifterna.", False, 8.5),
        (LEFT, 316, "3 b", True, 9.5),
        (85, 316, "Lokaler", True, 9.5),
        (85, 330, "Beslut: Frågan tas upp på nästa möte.", False, 8.5),
    ]
    record = extract(placed_pdf(tmp_path / "drawn.pdf", [page], size=8.5))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1", "Inledning"),
        ("2", "Biblioteksplan 2025"),
        ("3", "Kulturskolan"),
        ("3 a", "Avgifter"),
        ("3 b", "Lokaler"),
    ]
    assert record.agenda_items[1].decisions == ["Planen skickas på remiss."]


def test_a_paragraph_in_a_vote_table_header_is_no_item(tmp_path):
    # A voting list after the items: its bold header row names the items voted on
    # ("Parti | § 2 | § 3") over a column of names; those cells are no item headings
    items = [
        *HEADER,
        (LEFT, 210, "§ 1", True, 11),
        (110, 210, "Val av justerare", True, 11),
        (LEFT, 228, "Ada Nybacka utses att justera protokollet."),
        (LEFT, 255, "§ 2", True, 11),
        (110, 255, "Budget för kulturskolan 2025", True, 11),
        (LEFT, 273, "Nämnden fastställer budgeten efter omröstning."),
        (LEFT, 300, "§ 3", True, 11),
        (110, 300, "Motion om gratis museibesök", True, 11),
        (LEFT, 318, "Motionen avslås efter omröstning."),
    ]
    names = ["Holmgård Per", "Nybacka Ada", "Strand Lisa", "Berglöv Olle", "Ek Stina"]
    names += ["Ljungberg Axel", "Sävström Maja", "Trana Nils", "Uddman Eva", "Vik Rolf"]
    table = [
        (LEFT, 60, "Omröstningslista", True, 12),
        (80, 90, "Ledamot", True),
        (250, 90, "Parti", True),
        (330, 90, "§ 2", True),
        (380, 90, "§ 3", True),
    ]
    for k, name in enumerate(names):
        top = 106 + 15 * k
        table += [(80, top, name), (250, top, "S" if k % 2 else "M")]
        table += [(330, top, "Ja" if k % 2 else "Nej"), (380, top, "Nej" if k % 3 else "Ja")]
    record = extract(placed_pdf(tmp_path / "votes.pdf", [items, table], size=10))
    assert [(i.number, i.title, i.page) for i in record.agenda_items] == [
        ("1", "Val av justerare", 1),
        ("2", "Budget för kulturskolan 2025", 1),
        ("3", "Motion om gratis museibesök", 1),
    ]


def test_a_watermark_letter_on_a_heading_line_is_no_part_of_its_title(tmp_path):
    # A large stamp's letters ("KOPIA" over the page) end where headings end, and
    # the reader puts them on the headings' lines
    page = [
        *HEADER,
        (LEFT, 210, "§ 5 Verksamhetsberättelse", True, 11),
        (360, 110, "J", True, 90),
        (LEFT, 228, "Informationen noteras."),
        (LEFT, 330, "§ 6 Redovisning av delegationsbeslut", True, 11),
        (135, 230, "U", True, 90),
        (LEFT, 348, "Redovisningen läggs till handlingarna."),
    ]
    record = extract(placed_pdf(tmp_path / "stamp.pdf", [page], size=10))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("5", "Verksamhetsberättelse"),
        ("6", "Redovisning av delegationsbeslut"),
    ]


def test_a_number_and_a_paragraph_before_a_spaced_dash(tmp_path):
    page = [
        *HEADER,
        (LEFT, 210, "1 – Mötets öppnande", True, 11.5),
        (LEFT, 228, "Ordföranden öppnade mötet."),
        (LEFT, 255, "2 – Bokbussen – ny turlista", True, 11.5),
        (LEFT, 273, "Per Holmgård informerar om den nya turlistan."),
        (LEFT, 300, "§ 3 – Övriga frågor", True, 11.5),
        (LEFT, 318, "Inga övriga frågor anmäldes."),
    ]
    record = extract(placed_pdf(tmp_path / "dash.pdf", [page], size=10))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("1", "Mötets öppnande"),
        ("2", "Bokbussen – ny turlista"),
        ("3", "Övriga frågor"),
    ]


def test_a_title_over_its_number_with_the_case_number_under_it(tmp_path):
    page = [
        *HEADER,
        (LEFT, 210, "Bidrag till hembygdsföreningar", True, 12),
        (LEFT, 226, "AU § 14", False, 9),
        (LEFT, 237, "Dnr KUN 2024/0044", False, 7),
        (LEFT, 256, "Föredragande: kulturchef Olle Berglöv"),
        (LEFT, 271, "Arbetsutskottets beslut", True),
        (LEFT, 286, "Bidragen fördelas enligt förvaltningens förslag."),
        (LEFT, 316, "Lokalfrågor", True, 12),
        (LEFT, 332, "AU § 15", False, 9),
        (LEFT, 343, "Dnr KUN 2024/0051", False, 7),
        (LEFT, 362, "Kulturchef Olle Berglöv informerar om lokalerna för kulturskolan och om"),
        (LEFT, 375, "hyresavtalen."),
        (LEFT, 394, "Arbetsutskottets beslut", True),
        (LEFT, 409, "Informationen noteras."),
    ]
    record = extract(placed_pdf(tmp_path / "dnr.pdf", [page], size=10))
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("14", "Bidrag till hembygdsföreningar"),
        ("15", "Lokalfrågor"),
    ]
    assert [i.decisions for i in record.agenda_items] == [
        ["Bidragen fördelas enligt förvaltningens förslag."],
        ["Informationen noteras."],
    ]


def test_a_name_under_a_label_does_not_run_on_into_the_presenter(tmp_path):
    # "Närvarande under punkten: X" with no full stop, X then presenting on the next line
    page = [
        *HEADER,
        (LEFT, 210, "§ 7 Biblioteksplan", True, 11),
        (LEFT, 228, "Närvarande under punkten: Greta Lindmark"),
        (LEFT, 243, "Greta Lindmark informerar om arbetet med biblioteksplanen."),
        (LEFT, 258, "Informationen noteras."),
    ]
    record = extract(placed_pdf(tmp_path / "label.pdf", [page], size=10))
    assert [i.presenters for i in record.agenda_items] == [["Greta Lindmark"]]
