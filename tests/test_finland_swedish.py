"""Minutes as Swedish-speaking municipalities in Finland print them: a header of 'Organ',
'Sammanträdestid 14.3.2024 kl. 17.00–18.45', attendance as checkbox columns with names
surname first, 'N §' headings with the number first and an 'Ärenden … Sida' contents page.
Real PDFs, generated here; every name is invented."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract

LEFT, RIGHT, VALUE = 71, 330, 200

COVER = [
    (LEFT, 60, "Protokoll 2/2024", True),
    (LEFT, 100, "Organ", True),
    (VALUE, 100, "Tekniska nämnden", True),
    (LEFT, 115, "Sammanträdestid", True),
    (VALUE, 115, "14.3.2024 kl. 17.00–18.45"),
    (LEFT, 130, "Sammanträdesplats", True),
    (VALUE, 130, "Kommunhuset, sessionssalen"),
    (LEFT, 145, "Ärenden", True),
    (VALUE, 145, "10 – 12 §"),
    (LEFT, 190, "Beslutande", True),
    (LEFT, 205, "ordinarie", True),
    (RIGHT, 205, "ersättare", True),
    (LEFT, 220, "[X] Lindqvist Stina, ordförande"),
    (RIGHT, 220, "[ ] Holm Per"),
    (LEFT, 235, "[ ] Berg Olle, vice ordförande"),
    (RIGHT, 235, "[X] Ek Greger"),
    (LEFT, 250, "[X] Rask Tyra"),
    (RIGHT, 250, "[ ] Nyman Åsa"),
    (LEFT, 295, "Övriga närvarande", True),
    (LEFT, 310, "Forsman Ulrika, nämndsekreterare, protokollförare"),
    (LEFT, 360, "Elektroniska underskrifter", True),
    (LEFT, 385, "Stina Lindqvist"),
    (RIGHT, 385, "Ulrika Forsman"),
    (LEFT, 400, "ordförande"),
    (RIGHT, 400, "protokollförare"),
]
CONTENTS = [
    (LEFT, 60, "Protokoll 2/2024", True),
    (LEFT, 100, "Ärenden", True),
    (480, 100, "Sida", True),
    (LEFT, 120, "10 § Sammanträdets laglighet och beslutförhet ........................ 1"),
    (LEFT, 135, "11 § Val av protokolljusterare ............................................. 2"),
    (LEFT, 150, "12 § Övriga ärenden och nästa möte ...................................... 3"),
]


def item_page(number: int, *body: tuple) -> list[tuple]:
    """A page of one item under the running header every page of the item repeats."""
    header = [
        (LEFT, 30, "Protokoll", False, 12),
        (VALUE, 30, f"{number} §", False, 12),
        (267, 30, "14.03.2024", False, 12),
        (LEFT, 45, "Tekniska nämnden", False, 12),
    ]
    return header + list(body)


ITEMS = [
    item_page(
        10,
        (LEFT, 100, "10 § Sammanträdets laglighet och beslutförhet", True),
        (LEFT, 120, "Ordföranden konstaterar att nämnden är lagligt sammankallad."),
        (LEFT, 140, "Tekniska nämndens beslut:", True),
        (LEFT, 155, "Nämnden konstateras vara lagligt sammankallad och beslutför."),
        (LEFT, 200, "11 § Val av protokolljusterare", True),
        (LEFT, 220, "Tekniska nämndens beslut:", True),
        (LEFT, 235, "Till protokolljusterare valdes Tyra Rask och Greger Ek."),
    ),
    item_page(
        12,
        (LEFT, 100, "12 § Övriga ärenden och nästa möte", True),
        (LEFT, 120, "Nästa möte hålls 18.4.2024 kl. 17.00 i kommunhuset."),
    ),
    [  # an appendix: a report with numbered headings of its own
        (LEFT, 60, "Bilaga Tekniska nämnden, 14.03.2024 § 12", False, 9),
        (40, 100, "3. Trafiksäkerhet och underhåll", True),
        (40, 120, "Rapporten beskriver läget för vägarna i kommunen."),
        (40, 160, "4. Kostnader", True),
        (40, 180, "Kostnaderna beräknas till 12 000 euro."),
    ],
]


def protocol(tmp_path, cover=COVER):
    return extract(placed_pdf(tmp_path / "protokoll.pdf", [cover, CONTENTS, *ITEMS]))


def test_checkbox_columns_give_members_substitutes_and_the_absent(tmp_path):
    record = protocol(tmp_path)
    people = {a.name: a for a in record.attendees}
    assert people["Stina Lindqvist"].group.value == "decision_maker"
    assert "ordförande" in people["Stina Lindqvist"].roles
    assert people["Olle Berg"].group.value == "absent"  # an empty box in the members' column
    assert people["Olle Berg"].roles == ["vice ordförande"]
    assert people["Greger Ek"].group.value == "decision_maker"  # a marked substitute served
    assert people["Greger Ek"].replaces is None  # nothing printed says for whom
    assert people["Tyra Rask"].group.value == "decision_maker"
    assert "Per Holm" not in people and "Åsa Nyman" not in people  # unmarked substitutes
    assert people["Ulrika Forsman"].group.value == "other_present"
    assert record.substitutions == []


def test_checkboxes_drawn_as_squares_with_an_x_in_the_marked_ones(tmp_path):
    """Boxes drawn as squares, not printed as text: an empty one leaves no text at all, a
    marked one an "X" before the name; the heads of the columns stand over the names, beside
    the block's label."""
    names, members, substitutes = 160, 140, 360
    rows = [  # (top, member, marked, substitute, marked)
        (220, "Berg Olle, vice ordförande", False, "Holm Per", False),
        (235, "Lindqvist Stina, ordförande", True, "Ek Greger", True),
        (250, "Rask Tyra", True, "Nyman Åsa", False),
        (265, "Dahl Rut", True, "Sjö Kalle", False),
    ]
    cover = [entry for entry in COVER if not 190 <= entry[1] <= 250]
    cover += [(LEFT, 205, "Närvarande", True), (names, 205, "Ordinarie", True)]
    cover += [(substitutes, 205, "Ersättare", True)]
    squares = []
    for top, member, member_marked, substitute, substitute_marked in rows:
        for x, name, marked in ((members, member, member_marked),
                                (substitutes - 20, substitute, substitute_marked)):  # fmt: skip
            squares.append((x, top - 1, 12))
            cover.append((x + 20, top, name))
            if marked:
                cover.append((x + 3, top, "X"))
    pdf = placed_pdf(tmp_path / "protokoll.pdf", [cover, CONTENTS, *ITEMS], squares=[squares])
    record = extract(pdf)
    people = {a.name: a for a in record.attendees}
    groups = {name: a.group.value for name, a in people.items()}
    assert groups["Stina Lindqvist"] == groups["Tyra Rask"] == "decision_maker"
    assert groups["Rut Dahl"] == "decision_maker"
    assert groups["Olle Berg"] == "absent"  # no X in the members' column
    assert people["Olle Berg"].roles == ["vice ordförande"]
    assert people["Olle Berg"].organisation is None
    assert groups["Greger Ek"] == "decision_maker"  # a marked substitute served
    assert not {"Per Holm", "Åsa Nyman", "Kalle Sjö"} & set(people)  # unmarked substitutes
    assert groups["Ulrika Forsman"] == "other_present"


def test_names_printed_surname_first_are_turned_by_what_the_document_prints(tmp_path):
    names = {a.name for a in protocol(tmp_path).attendees}
    # turned: the signatures print them first name first; the others follow the list
    assert {"Stina Lindqvist", "Ulrika Forsman", "Tyra Rask", "Greger Ek"} <= names
    assert not {"Lindqvist Stina", "Rask Tyra", "Ek Greger"} & names


def test_a_list_in_natural_order_stays_as_printed(tmp_path):
    natural = {
        "[X] Lindqvist Stina, ordförande": "[X] Stina Lindqvist, ordförande",
        "[X] Rask Tyra": "[X] Tyra Rask",
        "[ ] Berg Olle, vice ordförande": "[ ] Olle Berg, vice ordförande",
        "[X] Ek Greger": "[X] Greger Ek",
        "Forsman Ulrika, nämndsekreterare, protokollförare": "Ulrika Forsman, nämndsekreterare",
    }
    cover = [(x, top, natural.get(text, text), *style) for x, top, text, *style in COVER]
    names = {a.name for a in protocol(tmp_path, cover).attendees}
    assert {"Stina Lindqvist", "Tyra Rask", "Olle Berg", "Greger Ek", "Ulrika Forsman"} <= names


def test_the_header_labels_and_dotted_dates(tmp_path):
    meeting = protocol(tmp_path).meeting
    assert meeting.body == "Tekniska nämnden"
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-03-14", "17:00", "18:45")
    assert meeting.location == "Kommunhuset, sessionssalen"


def test_number_first_headings_not_the_contents_the_running_header_or_an_appendix(tmp_path):
    items = protocol(tmp_path).agenda_items
    assert [(i.number, i.title, i.page) for i in items] == [
        ("10", "Sammanträdets laglighet och beslutförhet", 3),
        ("11", "Val av protokolljusterare", 3),
        ("12", "Övriga ärenden och nästa möte", 4),
    ]


def test_labels_and_a_body_whose_text_layer_swapped_glyphs(tmp_path):
    """A text layer with a broken glyph map: 'Sammanträdcstkd', 'Övrlga närvarande', and
    the body spelt 'Tekniska nämnnen' on the cover while each item page prints it intact."""
    swapped = {
        "Sammanträdestid": "Sammanträdcstkd",
        "Övriga närvarande": "Övrlga närvarande",
        "Tekniska nämnden": "Tekniska nämnnen",
    }
    cover = [(x, top, swapped.get(text, text), *style) for x, top, text, *style in COVER]
    record = protocol(tmp_path, cover)
    assert record.meeting.date == "2024-03-14"
    assert (record.meeting.start_time, record.meeting.end_time) == ("17:00", "18:45")
    assert record.meeting.body == "Tekniska nämnden"
    groups = {a.name: a.group.value for a in record.attendees}
    assert groups["Ulrika Forsman"] == "other_present"


def test_only_long_labels_a_few_glyphs_off_are_read_as_labels():
    from extractors.minutes.labels import near_label

    assert near_label("sammanträdenplatn") == "sammanträdesplats"
    assert near_label("ersätare") is None  # too short to tell from other words
    assert near_label("kristina andersson") is None
    assert near_label("närvarande ledamot") is None  # "ledamöter" is three edits away


def test_the_body_and_date_over_each_paragraph_is_neither_an_item_nor_a_decision(tmp_path):
    """Each paragraph headed by the body and the meeting's date in small print, over its
    number ("Tekniska nämnden 14.3.2024" / "10 § Rubrik"), after a list of the items
    without leader dots."""
    caption = "Tekniska nämnden 14.3.2024"
    contents = [
        (LEFT, 100, "Ärenden", True),
        (LEFT, 120, "10 § Sammanträdets laglighet och beslutförhet"),
        (LEFT, 135, "11 § Val av protokolljusterare"),
        (LEFT, 150, "12 § Gatubelysning"),
    ]
    items = [
        (LEFT, 85, caption, False, 8),
        (LEFT, 100, "10 § Sammanträdets laglighet och beslutförhet", True),
        (LEFT, 120, "Beslut:", True),
        (LEFT, 135, "Enligt förslag."),
        (LEFT, 175, caption, False, 8),
        (LEFT, 190, "11 § Val av protokolljusterare", True),
        (LEFT, 210, "Beslut:", True),
        (LEFT, 225, "Till protokolljusterare valdes Tyra Rask och Greger Ek."),
        (LEFT, 265, caption, False, 8),
        (LEFT, 280, "12 § Gatubelysning", True),
        (LEFT, 300, "Beslut:", True),
        (LEFT, 315, "Antecknades för kännedom."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [COVER, contents, items]))
    assert [(i.number, i.title, i.decisions) for i in record.agenda_items] == [
        ("10", "Sammanträdets laglighet och beslutförhet", ["Enligt förslag."]),
        ("11", "Val av protokolljusterare", [
            "Till protokolljusterare valdes Tyra Rask och Greger Ek."]),
        ("12", "Gatubelysning", ["Antecknades för kännedom."]),
    ]  # fmt: skip


def test_an_item_that_prints_its_earlier_handling_decides_under_this_meetings(tmp_path):
    """An item handled before: its earlier handlings listed, then each under its own
    "Organ d.m.yyyy, N §" with its proposal and decision; this meeting's comes last."""
    earlier, before = "Tekniska nämnden 8.2.2024, 4 §", "Kommunstyrelsen 26.2.2024, 31 §"
    texts = [
        "Tidigare behandling:", earlier, before,
        earlier, ("Tekniska nämndens beslut:", True),
        "Nämnden föreslår för kommunstyrelsen att belysningen byts ut.",
        before, ("Kommunstyrelsens beslut:", True),
        "Kommunstyrelsen godkänner att belysningen byts ut.",
        "Tekniska nämnden 14.3.2024, 12 §", ("Tekniska nämndens beslut:", True),
        "Kommunstyrelsens beslut antecknades för kännedom.",
    ]  # fmt: skip
    lines = [(LEFT, 120 + 18 * n, *([t] if isinstance(t, str) else t)) for n, t in enumerate(texts)]
    handled = item_page(12, (LEFT, 100, "12 § Gatubelysning i Åsby", True), *lines)
    pages = [COVER, CONTENTS, ITEMS[0], handled]
    items = extract(placed_pdf(tmp_path / "protokoll.pdf", pages)).agenda_items
    assert items[-1].decisions == ["Kommunstyrelsens beslut antecknades för kännedom."]


def test_a_decision_that_wraps_before_justeras_goes_on(tmp_path):
    """'justeras' at the start of a line that goes on with the sentence above it is no
    closing 'Justeras' label."""
    election = item_page(
        11,
        (LEFT, 100, "11 § Val av protokolljusterare", True),
        (LEFT, 120, "Tekniska nämndens beslut:", True),
        (LEFT, 135, "Till protokolljusterare valdes Tyra Rask och Greger Ek. Protokollet"),
        (LEFT, 150, "justeras elektroniskt senast 20.3.2024."),
    )
    items = extract(placed_pdf(tmp_path / "protokoll.pdf", [COVER, CONTENTS, election]))
    assert items.agenda_items[0].decisions == [
        "Till protokolljusterare valdes Tyra Rask och Greger Ek. Protokollet justeras "
        "elektroniskt senast 20.3.2024."
    ]


def test_the_next_meeting_from_an_item_that_fixes_the_coming_dates(tmp_path):
    schedule = item_page(
        12,
        (LEFT, 100, "12 § Sammanträdestider hösten 2024", True),
        (LEFT, 120, "Tidigare behandling: Tekniska nämnden 8.2.2024, 4 §"),
        (LEFT, 140, "Tekniska nämndens beslut:", True),
        (LEFT, 155, "Nämnden sammanträder 16.5.2024 kl. 17.00 och 18.4.2024 kl. 17.00."),
    )
    pages = [COVER, CONTENTS, ITEMS[0], schedule]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", pages))
    assert record.next_meeting is not None and record.next_meeting.date == "2024-04-18"
    assert protocol(tmp_path).next_meeting.date == "2024-04-18"  # "Nästa möte hålls …"


def test_an_item_that_reports_on_other_meetings_fixes_no_dates(tmp_path):
    report = item_page(
        12,
        (LEFT, 100, "12 § Information från regionala möten", True),
        (LEFT, 120, "Ordföranden rapporterar från mötet 16.5.2024 i Åsby."),
        (LEFT, 140, "Tekniska nämndens beslut:", True),
        (LEFT, 155, "Nämnden antecknar informationen."),
    )
    pages = [COVER, CONTENTS, ITEMS[0], report]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", pages))
    assert record.next_meeting is None  # unknown stays null

    from extractors.minutes.next_meeting import schedule_title

    assert schedule_title("Höstens sammanträden")
    assert schedule_title("Möten under 2025")
    assert schedule_title("Mötesplanering")
    assert not schedule_title("Information från regionala möten")
    assert not schedule_title("Sammanträdesplan med förbundet")
    assert not schedule_title("Digitala möten")


def test_one_box_in_an_item_is_no_attendance_list(tmp_path):
    from builders import MinutesLayout, minutes_pdf

    layout = MinutesLayout(
        title="Kommunstyrelsen",
        rows=[("Beslutande", ["Anna Lind (S), ordförande", "Per Holm (M)"])],
        items=[("§ 5 Enkät", ["[X] Eva Ek svarade ja på enkätens första fråga."])],
    )
    record = extract(minutes_pdf(tmp_path / "ks.pdf", layout))
    assert [a.name for a in record.attendees] == ["Anna Lind", "Per Holm"]


def test_a_contents_page_cut_short_and_an_attached_protocol(tmp_path):
    contents = [c for c in CONTENTS if not c[2].startswith("12 §")]  # lists 10 and 11 only
    attached = [
        (LEFT, 60, "Bilaga Tekniska nämnden, 14.03.2024 § 12", False, 9),
        (LEFT, 100, "Protokoll från samrådsgruppen 1.3.2024", True),
        (LEFT, 120, "§ 1 Mötet öppnades", True),
        (LEFT, 140, "§ 2 Vägarnas skick", True),
    ]
    pages = [COVER, contents, *ITEMS[:2], attached]
    items = extract(placed_pdf(tmp_path / "protokoll.pdf", pages)).agenda_items
    assert [i.number for i in items] == ["10", "11", "12"]


def test_one_person_listed_surname_first_and_signing_first_name_first_is_one_name():
    """Attendance read from a checkbox list and, apart, from a signature block."""
    from extractors.minutes.attendance import Attendance
    from extractors.minutes.name_order import natural_order
    from schemas.record import Attendee

    def attendance(*names: str) -> Attendance:
        return Attendance([Attendee(name=n, group="decision_maker") for n in names])

    listed = attendance("Lindqvist Stina", "Rask Tyra", "Holm Per")
    signed = attendance("Stina Lindqvist")
    text = "\n".join(
        ["[X] Lindqvist Stina, ordförande", "[X] Rask Tyra", "[X] Holm Per",
         "Elektroniska underskrifter", "Stina Lindqvist", "Stina Lindqvist, 20.03.2024"]
    )  # fmt: skip
    natural_order([listed, signed], text)
    assert [a.name for a in listed.attendees] == ["Stina Lindqvist", "Tyra Rask", "Per Holm"]
    assert [a.name for a in signed.attendees] == ["Stina Lindqvist"]


def test_without_evidence_in_the_document_the_lexicon_turns_no_name():
    from extractors.minutes.attendance import Attendance
    from extractors.minutes.name_order import natural_order
    from schemas.record import Attendee

    names = ["Ek Anna", "Berg Per", "Lund Maria", "Björn Holm"]
    listed = Attendance([Attendee(name=n, group="decision_maker") for n in names])
    natural_order(listed, "\n".join(names))  # each printed once: no evidence either way
    assert [a.name for a in listed.attendees] == names
