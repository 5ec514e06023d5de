"""Attendance as real Swedish minutes print it (issue 16, classes 1–3), on generated PDFs
with invented people."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf
from extractors import extract

ITEMS = [("§ 12 Budget", ["Nämnden beslutar att godkänna budgeten."])]


def _record(tmp_path, rows, **layout):
    layout.setdefault("items", ITEMS)
    pdf = minutes_pdf(
        tmp_path / "m.pdf",
        MinutesLayout(header=["Tibro kommun"], title="Kulturnämnden", rows=rows, **layout),
    )
    return extract(pdf)


def _people(record):
    return {a.name: (a.group.value, a.roles) for a in record.attendees}


def test_a_label_whose_value_starts_with_a_sub_heading_is_no_second_column(tmp_path):
    """'Beslutande | Ledamöter' over the names: the sub-heading sits in the value column
    beside its label; it does not start a column read after the labels."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Måndagen den 11 mars 2024, klockan 10.30–12.00"]),
            ("Beslutande", ["Ledamöter", "Klara Hedin, ordförande", "Olle Brandt"]),
            ("Övriga närvarande", ["Tjänstemän", "Rut Palm, kultursekreterare"]),
            ("Justeringens plats och tid", ["Kommunhuset den 18 mars 2024"]),
        ],
    )
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Olle Brandt": ("decision_maker", []),
        "Rut Palm": ("other_present", ["kultursekreterare"]),
    }


def test_signatures_and_justering_give_roles_and_the_chair_printed_only_there(tmp_path):
    """The justerare named under 'Utses att justera' (not the one 'som ersättare'), the
    captions of 'Underskrifter' and the chair printed only there; the signer of the notice
    of publication (ANSLAG/BEVIS) is no attendee."""
    dots = "." * 40
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Olle Brandt (M)", "Sara Lind (C)", "Klara Hedin (S)"]),
            ("Övriga närvarande", ["Rut Palm, nämndsekreterare"]),
            ("Utses att justera", ["Olle Brandt med Sara Lind som ersättare"]),
            ("Underskrifter", [f"Sekreterare {dots}", "Rut Palm", f"Ordförande {dots}",
                               "Per Ahl", f"Justerande {dots}", "Olle Brandt"]),
            ("ANSLAG/BEVIS", ["Protokollet är justerat."]),
            ("Underskrift", ["Lisa Ström"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Olle Brandt": ("decision_maker", ["justerare"]),
        "Sara Lind": ("decision_maker", []),
        "Klara Hedin": ("decision_maker", []),
        "Rut Palm": ("other_present", ["nämndsekreterare", "sekreterare"]),
        "Per Ahl": ("decision_maker", ["ordförande"]),
    }


def test_electronic_signatures_and_justering(tmp_path):
    """'Elektroniska underskrifter': names over their captions; 'Elektronisk
    protokolljustering': the justerare."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Olle Brandt", "Sara Lind", "Klara Hedin, ordförande"]),
        ],
        appendix=[
            [(57, "Elektroniska underskrifter", True)],
            [(57, "Klara Hedin", False), (300, "Eva Strand", False)],
            [(57, "ordförande", False), (300, "protokollförare", False)],
            [(57, "Elektronisk protokolljustering", True)],
            [(57, "Olle Brandt", False), (300, "Sara Lind", False)],
        ],
    )
    assert _people(record) == {
        "Olle Brandt": ("decision_maker", ["justerare"]),
        "Sara Lind": ("decision_maker", ["justerare"]),
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Eva Strand": ("other_present", ["protokollförare", "sekreterare"]),
    }


def test_the_chair_and_the_justerare_named_in_the_opening_items(tmp_path):
    pdf = minutes_pdf(
        tmp_path / "m.pdf",
        MinutesLayout(
            header=["Tibro kommun"],
            title="Kulturnämnden",
            rows=[("Närvarande", ["Olle Brandt, Tibro", "Sara Lind, Tibro", "Klara Hedin, Tibro"])],
            items=[
                ("§ 1 Mötet öppnas", ["Mötet öppnades av ordförande Klara Hedin."]),
                ("§ 2 Val av justerare", ["Till justeringsperson valdes Sara Lind."]),
            ],
        ),
    )
    assert _people(extract(pdf)) == {
        "Olle Brandt": ("decision_maker", []),
        "Sara Lind": ("decision_maker", ["justerare"]),
        "Klara Hedin": ("decision_maker", ["ordförande"]),
    }


def test_what_is_a_role_and_what_is_not(tmp_path):
    """Membership words are groups, attendance qualifiers no roles, a vacant seat no
    person, a word printed twice or a unit after the role no role; a middle initial and
    two joined first names are part of the name; a role may come before the name."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Klara Hedin (S), ordförande", "Olle Brandt (M) (M)",
                            "Sara Lind (C), ledamot", "Nils K Ahl (C) utom § 14",
                            "JanOlof Berg (KD)", "Vakant (L)"]),
            ("Övriga närvarande", ["Rut Palm (S), ersättare", "Karl Ek (V), observerande ersättare",
                                   "Bo Falk, ekonomichef, ekonomiavdelningen, delvis",
                                   "Eva Holm, kanslichef, kl. 08.15–11.15",
                                   "Per Nord, bitr. förvaltningschef, på distans",
                                   "socialchef Maja Holm, controller Ulf Ek och ekonom Ann Ny"]),
        ],
    )  # fmt: skip
    people = {a.name: (a.group.value, a.party, a.organisation, a.roles) for a in record.attendees}
    assert people == {
        "Klara Hedin": ("decision_maker", "S", None, ["ordförande"]),
        "Olle Brandt": ("decision_maker", "M", None, []),
        "Sara Lind": ("decision_maker", "C", None, []),
        "Nils K Ahl": ("decision_maker", "C", None, []),
        "JanOlof Berg": ("decision_maker", "KD", None, []),
        "Rut Palm": ("substitute_not_serving", "S", None, []),
        "Karl Ek": ("substitute_not_serving", "V", None, []),
        "Bo Falk": ("other_present", None, "ekonomiavdelningen", ["ekonomichef"]),
        "Eva Holm": ("other_present", None, None, ["kanslichef"]),
        "Per Nord": ("other_present", None, None, ["biträdande förvaltningschef"]),
        "Maja Holm": ("other_present", None, None, ["socialchef"]),
        "Ulf Ek": ("other_present", None, None, ["controller"]),
        "Ann Ny": ("other_present", None, None, ["ekonom"]),
    }


def test_a_title_printed_after_the_name_without_a_comma(tmp_path):
    record = _record(
        tmp_path,
        [("Övriga", ["Lena Lind Ekonom", "Eva Ek Vård och omsorgschef", "Bo Ahl IT-chef"])],
    )
    assert {a.name: a.roles for a in record.attendees} == {
        "Lena Lind": ["ekonom"],
        "Eva Ek": ["vård och omsorgschef"],
        "Bo Ahl": ["it-chef"],
    }


def test_groups_of_a_council_and_of_the_rights_to_speak(tmp_path):
    """In a council the 'Representanter från …' decide and a bracketed abbreviation
    that is no party is the member's organisation; 'Yttranderätt' and 'Insynsplats' are
    other_present; a bold label that runs up to its value still ends where it starts."""
    pdf = minutes_pdf(
        tmp_path / "council.pdf",
        MinutesLayout(
            header=["Tillgänglighetsrådet"],
            title="Tillgänglighetsrådet",
            rows=[
                ("Plats och tid", ["Stadshuset, måndagen den 11 mars 2024, kl. 17.00–19.00"]),
                ("Beslutande", ["Klara Hedin (S), ordförande", "Olle Brandt (M)"]),
                ("Representanter från pensionärsorganisationerna",
                 ["Sara Lind (ÅPF)", "Ivar Ek (Syn- och hörselföreningen)",
                  "Ola Bro (NSF), Eva By (Diabetesföreningen)"]),
                ("Yttranderätt", ["Rut Palm (V)"]),
                ("Insynsplats", ["Bo Falk (L)"]),
            ],
            items=ITEMS,
            value_x=215.2,  # the bold 'pensionärsorganisationerna' ends half a point past it
        ),
    )  # fmt: skip
    people = {a.name: (a.group.value, a.party, a.organisation) for a in extract(pdf).attendees}
    assert people == {
        "Klara Hedin": ("decision_maker", "S", None),
        "Olle Brandt": ("decision_maker", "M", None),
        "Sara Lind": ("decision_maker", None, "ÅPF"),
        "Ivar Ek": ("decision_maker", None, "Syn- och hörselföreningen"),
        "Ola Bro": ("decision_maker", None, "NSF"),
        "Eva By": ("decision_maker", None, "Diabetesföreningen"),
        "Rut Palm": ("other_present", "V", None),
        "Bo Falk": ("other_present", "L", None),
    }


def _cells_page(path, rows: list[list[tuple[float, str]]]):
    """Page one drawn cell by cell, rows 13 pt apart, then one item."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from builders import _fonts

    regular, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 90
    c.setFont(bold, 14)
    c.drawString(62, y, "Omsorgsnämnden")
    y -= 30
    for row in rows:
        for x, text in row:
            c.setFont(regular, 10)
            c.drawString(x, y, text)
        y -= 13
    c.setFont(bold, 12)
    c.drawString(62, y - 30, "§ 1 Inledning")
    c.showPage()
    c.save()
    return path


def test_a_table_of_people_with_the_party_column_before_the_names(tmp_path):
    """'Beslutande | C | Ulla Ek, ordförande': the party column stands between the labels
    and the names; 'Övriga | Bo Ek | Förvaltningschef': the names do."""
    rows = [
        [(62, "Plats"), (298, "Kommunhuset, Tibro")],
        [(62, "Beslutande"), (214, "C"), (365, "Ulla Ek, ordförande")],
        [(214, "S"), (365, "Ulf Berg, vice ordförande")],
        [(214, "MBP"), (365, "Ylva Holm")],
        [(62, "Ej tjänstgörande ersättare"), (214, "S"), (365, "Mona Fri")],
        [(62, "Övriga"), (214, "Bo Alm"), (365, "Förvaltningschef")],
        [(214, "Jan Skog"), (365, "Nämndsekreterare")],
    ]
    record = extract(_cells_page(tmp_path / "on.pdf", rows))
    assert [(a.name, a.group.value, a.party, a.roles) for a in record.attendees] == [
        ("Ulla Ek", "decision_maker", "C", ["ordförande"]),
        ("Ulf Berg", "decision_maker", "S", ["vice ordförande"]),
        ("Ylva Holm", "decision_maker", "MBP", []),
        ("Mona Fri", "substitute_not_serving", "S", []),
        ("Bo Alm", "other_present", None, ["förvaltningschef"]),
        ("Jan Skog", "other_present", None, ["nämndsekreterare"]),
    ]


def test_a_council_without_politicians_and_its_secretariat(tmp_path):
    """'Närvarande' members of a council decide; who comes from the secretariat (kansli)
    attends as staff, though listed among them."""
    record = _record(
        tmp_path,
        [
            ("Dag", ["tisdagen den 12 mars 2024"]),
            ("Närvarande", ["Anna Ek, Tibro", "Bo Holm, Hjo", "Lisa Lund, Regionens kansli"]),
        ],
    )
    assert [(a.name, a.group.value, a.organisation) for a in record.attendees] == [
        ("Anna Ek", "decision_maker", "Tibro"),
        ("Bo Holm", "decision_maker", "Hjo"),
        ("Lisa Lund", "other_present", "Regionens kansli"),
    ]


def test_two_roles_joined_and_an_abbreviated_one(tmp_path):
    record = _record(
        tmp_path,
        [("Övriga närvarande", ["Bo Alm, kommundirektör och föredragande",
                                "Eva Alm, skolchef/förvaltningschef",
                                "Kari Alm, ungdomsledare, prot.förare",
                                "Ann Alm, miljö- och hälsoskyddsinspektör"])],
    )  # fmt: skip
    assert {a.name: a.roles for a in record.attendees} == {
        "Bo Alm": ["kommundirektör", "föredragande"],
        "Eva Alm": ["skolchef", "förvaltningschef"],
        "Kari Alm": ["ungdomsledare", "protokollförare"],
        "Ann Alm": ["miljö- och hälsoskyddsinspektör"],
    }


def test_signatures_at_the_end_of_the_minutes_and_none_from_an_appendix(tmp_path):
    """'Vid protokollet' over the secretary; 'Justeras' over two names side by side with
    their captions below; an appendix's signatures are another meeting's."""
    dots = "." * 30
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Klara Hedin (S)", "Olle Brandt (M)"]),
            ("Övriga närvarande", ["Rut Palm, nämndsekreterare"]),
        ],
        items=[("§ 12 Budget", ["Bilaga 1: budgeten.", "Nämnden beslutar att godkänna den."])],
        appendix=[
            [(57, "Vid protokollet", False)],
            [(57, dots, False)],
            [(57, "Rut Palm", False)],
            [(57, "Justeras", False)],
            [(57, dots, False), (300, dots, False)],
            [(57, "Klara Hedin", False), (300, "Olle Brandt", False)],
            [(57, "Ordförande", False), (300, "Justerare", False)],
            None,
            [(57, "Bilaga 1 till protokoll 2024-03-11 § 12", True)],
            [(57, "Ordförande", False)],
            [(57, "Olle Brandt", False)],
        ],
    )
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Olle Brandt": ("decision_maker", ["justerare"]),
        "Rut Palm": ("other_present", ["nämndsekreterare", "sekreterare"]),
    }


def test_signatures_in_the_header_with_the_captions_under_the_names(tmp_path):
    dots = "." * 40
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Klara Hedin (S)", "Olle Brandt (M)"]),
            ("Underskrifter", [dots, "Rut Palm", "Sekreterare", dots, "Klara Hedin", "Ordförande",
                               dots, "Olle Brandt", "Justerande"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Olle Brandt": ("decision_maker", ["justerare"]),
        "Rut Palm": ("other_present", ["sekreterare"]),
    }


def test_more_groups_and_qualifiers(tmp_path):
    """'Övriga närvarande ersättare' do not serve, 'Närvarande revisorer' are other_present,
    'Justeringsperson' names the justerare; what someone did during the meeting is no role."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Klara Hedin (S), lämnade mötet kl. 19.10",
                            "Olle Brandt (M), anmälde jäv § 14", "Sara Lind (C), deltar digitalt"]),
            ("Övriga närvarande ersättare", ["Rut Palm (V)"]),
            ("Närvarande revisorer", ["Bo Falk (L)"]),
            ("Justeringsperson", ["Sara Lind"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", []),
        "Olle Brandt": ("decision_maker", []),
        "Sara Lind": ("decision_maker", ["justerare"]),
        "Rut Palm": ("substitute_not_serving", []),
        "Bo Falk": ("other_present", []),
    }


def test_a_signer_spelt_a_little_differently_is_the_member_listed(tmp_path):
    """'Vivanne Holm' in the list signs as 'Vivianne Holm', 'Karin H Berg' as 'Karin Berg':
    one person each, with the role of the signature."""
    dots = "." * 40
    record = _record(
        tmp_path,
        [
            ("Beslutande", ["Vivanne Holm (S)", "Karin H Berg (M)"]),
            ("Underskrifter", [f"Ordförande {dots}", "Vivianne Holm", f"Justerande {dots}",
                               "Karin Berg"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Vivanne Holm": ("decision_maker", ["ordförande"]),
        "Karin H Berg": ("decision_maker", ["justerare"]),
    }


def test_a_capitalised_role_before_the_name(tmp_path):
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Ordförande Klara Hedin (S)", "Vice ordförande Olle Brandt (M)",
                            "Sara Lind (C)"]),
            ("Övriga närvarande", ["Kommunchef Rut Palm"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Olle Brandt": ("decision_maker", ["vice ordförande"]),
        "Sara Lind": ("decision_maker", []),
        "Rut Palm": ("other_present", ["kommunchef"]),
    }


def test_only_a_sentence_names_the_justerare_not_a_line_above_it(tmp_path):
    """The running header 'Kansliet, Rut Palm' and a list of labels are no part of the
    sentence that elects the justerare."""
    pdf = minutes_pdf(
        tmp_path / "m.pdf",
        MinutesLayout(
            header=["Tibro kommun", "Kansliet, Rut Palm"],
            title="Kulturnämnden",
            rows=[
                ("Beslutande", ["Klara Hedin (S), ordförande", "Sara Lind (C)"]),
                ("Övriga närvarande", ["Rut Palm, nämndsekreterare"]),
            ],
            items=[("§ 1 Val av justerare", ["Till justerare utses Sara Lind."])],
        ),
    )
    assert _people(extract(pdf)) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Sara Lind": ("decision_maker", ["justerare"]),
        "Rut Palm": ("other_present", ["nämndsekreterare"]),
    }


def test_a_wrapped_label_beside_a_sub_heading_is_no_second_column(tmp_path):
    """'Övriga / närvarande' wraps in a narrow label column beside the sub-heading
    'Tjänsteman': the rest of the label is no list under it."""
    record = _record(
        tmp_path,
        [
            ("Plats och tid", ["Kommunhuset, våning 4, 09.00-11.00"]),
            ("Beslutande ledamöter", ["Klara Hedin (S)", "Olle Brandt (M)"]),
            ("Övriga närvarande", ["Tjänsteman", "Rut Palm, kommunsekreterare",
                                   "Bo Falk, kommunchef"]),
            ("Justerare", ["Olle Brandt (M)"]),
        ],
        value_x=160,
    )  # fmt: skip
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", []),
        "Olle Brandt": ("decision_maker", ["justerare"]),
        "Rut Palm": ("other_present", ["kommunsekreterare"]),
        "Bo Falk": ("other_present", ["kommunchef"]),
    }


def test_a_list_that_wraps_inside_a_name_and_a_member_without_a_party(tmp_path):
    """'…, Ida' / 'Dahlin Strand (C), …' and '…, Ing-Marie' / 'Lund-Berg (L)' are one person
    each; 'Anna Berg' after a member with a party is a person, not a field of hers."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Kommunhuset, måndagen den 11 mars 2024, kl. 18.00–20.00"]),
            ("Beslutande", ["Åsa Ek (S), ordförande, Bo Berg (M), Ida",
                            "Dahlin Strand (C), Eva Holm (KD), Ing-Marie", "Lund-Berg (L)"]),
            ("Underskrifter", ["Åsa Ek (S), ordförande, Anna Berg, kanslisekreterare"]),
        ],
    )  # fmt: skip
    assert _people(record) == {
        "Åsa Ek": ("decision_maker", ["ordförande"]),
        "Bo Berg": ("decision_maker", []),
        "Ida Dahlin Strand": ("decision_maker", []),
        "Eva Holm": ("decision_maker", []),
        "Ing-Marie Lund-Berg": ("decision_maker", []),
        "Anna Berg": ("other_present", ["kanslisekreterare", "sekreterare"]),
    }


def test_captions_and_names_in_one_line(tmp_path):
    record = _record(
        tmp_path,
        [
            ("Beslutande", ["Åsa Ek (S)", "Bo Berg (M)"]),
            ("Underskrift", ["Sekreterare, Rut Palm, Ordförande, Åsa Ek, Justerare, Bo Berg"]),
        ],
    )
    assert _people(record) == {
        "Åsa Ek": ("decision_maker", ["ordförande"]),
        "Bo Berg": ("decision_maker", ["justerare"]),
        "Rut Palm": ("other_present", ["sekreterare"]),
    }


def test_a_council_named_in_the_letterhead_only(tmp_path):
    """The council is named above the minutes, not as the body: its members' bracketed
    abbreviations are still organisations; a kommunalråd's party stays a party."""
    pdf = minutes_pdf(
        tmp_path / "kpr.pdf",
        MinutesLayout(
            header=["Tibro kommun", "Kommunala pensionärsrådet"],
            rows=[
                ("Plats och tid", ["Socialnämndens sammanträdesrum, kl. 17.00–19.00"]),
                (
                    "Närvarande",
                    ["Klara Hedin (S), kommunalråd", "Sara Lind (PRO)", "Olle Ek (SPF)"],
                ),
            ],
            items=ITEMS,
        ),
    )
    people = {a.name: (a.party, a.organisation) for a in extract(pdf).attendees}
    assert people == {
        "Klara Hedin": ("S", None),
        "Sara Lind": (None, "PRO"),
        "Olle Ek": (None, "SPF"),
    }


def test_abbreviated_vice_chairs_and_a_role_in_the_party_bracket(tmp_path):
    record = _record(
        tmp_path,
        [
            ("Beslutande", ["Klara Hedin (S, ordförande)", "Olle Brandt (M), 1:e v ordf",
                            "Sara Lind (C) 2:e v. ordf.", "Bo Falk (L)"]),
        ],
    )  # fmt: skip
    assert [(a.name, a.party, a.roles) for a in record.attendees] == [
        ("Klara Hedin", "S", ["ordförande"]),
        ("Olle Brandt", "M", ["1:e vice ordförande"]),
        ("Sara Lind", "C", ["2:e vice ordförande"]),
        ("Bo Falk", "L", []),
    ]


def test_a_name_cut_at_the_line_end_is_a_first_name_of_any_length_but_no_institution():
    from extractors.minutes.attendance import _cut_name

    assert _cut_name("Bo Ek (S), Bartholomeus")  # a long first name goes on below
    assert _cut_name("Bo Ek (S), Ida")
    assert not _cut_name("Bo Ek, Stadsmuseet")  # an organisation, however short
    assert not _cut_name("Bo Ek, Hembygdsföreningen")
    assert not _cut_name("Bo Ek, Miljöförvaltningen")
