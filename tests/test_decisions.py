"""Decisions as real Swedish minutes print them: in prose without a heading, as passives,
as the body deciding, as numbered or bulleted lists; proposals are no decision."""

from __future__ import annotations

import pytest

from builders import MinutesLayout, minutes_pdf, placed_pdf
from extractors import extract
from extractors.minutes.decisions import is_decision


def _items(tmp_path, items):
    layout = MinutesLayout(
        title="Fritidsnämnden",
        rows=[("Datum", ["2021-03-04"]), ("Beslutande", ["Per Holm (S), ordförande"])],
        items=items,
    )
    return extract(minutes_pdf(tmp_path / "fn.pdf", layout)).agenda_items


def test_decisions_in_prose_without_a_heading(tmp_path):
    items = _items(tmp_path, [
        ("§ 1 Mötets öppnande", ["Ordföranden hälsade alla välkomna och förklarade mötet öppnat."]),
        ("§ 2 Val av justerare", ["Till justerare utsågs Eva Lund."]),
        ("§ 3 Dagordning", ["En övrig fråga lades till dagordningen. Dagordningen godkändes."]),
        ("§ 4 Dagordning", ["att fastställa dagordningen"]),
        ("§ 5 Information", [
            "Representanter för föreningen presenterar sommarens program. Nämnden kommer "
            "att besöka anläggningen i maj.",
            "Fritidsnämnden godkänner informationen.",
        ]),
        ("§ 6 Val", ["Enligt reglementet ska nämnden utse två ledamöter. Fullmäktige "
                     "väljer ersättarna."]),
    ])  # fmt: skip
    assert [i.decisions for i in items] == [
        [],
        ["Till justerare utsågs Eva Lund."],
        ["En övrig fråga lades till dagordningen.", "Dagordningen godkändes."],
        ["att fastställa dagordningen"],
        ["Fritidsnämnden godkänner informationen."],
        [],
    ]


def test_a_proposal_is_no_decision(tmp_path):
    items = _items(tmp_path, [
        ("§ 7 Ny taxa", [
            "Förvaltningens förslag",
            "Taxan fastställs enligt bilaga.",
            "Beslut",
            "Nämnden beslutar att återremittera ärendet.",
        ]),
        ("§ 8 Bidrag", [
            "Yrkande m m",
            "Eva Lund (C): Föreningen beviljas bidrag om 5 000 kr.",
        ]),
        ("§ 9 Motion", ["Bo Ek (M) föreslår i en motion att en ny plan antas."]),
    ])  # fmt: skip
    assert [i.decisions for i in items] == [
        ["Nämnden beslutar att återremittera ärendet."],
        [],
        [],
    ]


def test_numbered_and_bulleted_decision_lists(tmp_path):
    items = _items(tmp_path, [
        ("§ 10 Budget", [
            "Nämndens beslut",
            "1. Budgeten för 2022 fastställs.",
            "2. Förvaltningen får i uppdrag att redovisa utfallet.",
            "Paragrafen förklaras omedelbart justerad.",
        ]),
    ])  # fmt: skip
    assert items[0].decisions == [
        "1. Budgeten för 2022 fastställs.",
        "2. Förvaltningen får i uppdrag att redovisa utfallet.",
        "Paragrafen förklaras omedelbart justerad.",
    ]


def test_the_body_deciding_as_the_heading_of_a_numbered_list(tmp_path):
    """'Nämnden beslutar' alone on its line heads the points under it; an utskott's
    proposal to the board is its att-clauses, each its own; the closing sentence under
    'Beslut' is that item's decision."""
    items = _items(tmp_path, [
        ("§ 15 Badhusets sommar", [
            "Förvaltningen beskriver hur badet används på vintern.",
            "Fritidsnämnden beslutar",
            "1. Badhuset stänger för renovering under juli.",
            "2. Föreningarna erbjuds tider i skolans gymnastiksal.",
        ]),
        ("§ 16 Taxor", [
            "Utskottets förslag till kommunstyrelsen",
            "Beredningsutskottet föreslår kommunstyrelsen besluta",
            "att anta nya taxor enligt bilaga,",
            "att taxorna gäller från och med den 1 april.",
        ]),
        ("§ 17 Motion om belysning", [
            "Utskottets förslag till kommunstyrelsen",
            "Beredningsutskottet föreslår kommunstyrelsen besluta",
            "att bifalla motionen.",
        ]),
        ("§ 18 Mötets avslutande", ["Beslut", "Ordföranden förklarar sammanträdet avslutat."]),
    ])  # fmt: skip
    assert [i.decisions for i in items] == [
        [
            "1. Badhuset stänger för renovering under juli.",
            "2. Föreningarna erbjuds tider i skolans gymnastiksal.",
        ],
        ["att anta nya taxor enligt bilaga,", "att taxorna gäller från och med den 1 april."],
        ["att bifalla motionen."],
        ["Ordföranden förklarar sammanträdet avslutat."],
    ]


def test_the_decision_ends_where_its_text_stops_deciding(tmp_path):
    """Under "Beslut": a list of the documents a decided sentence names, and a paragraph
    without a heading of its own that decides nothing, are no part of the decision."""
    items = _items(tmp_path, [
        ("§ 20 Anmälningsärenden", [
            "Beslut",
            "Anmälningsärendena läggs till handlingarna.",
            "• Protokoll från förbundsstyrelsen 2023-10-13",
            "• Skrivelse från länsstyrelsen om krisberedskap",
        ]),
        ("§ 21 Delegationsbeslut", [
            "Förvaltningen redovisar de beslut som fattats med stöd av delegation under "
            "perioden: beslut om bidrag, om upplåtelse av lokaler och om avgifter, som "
            "nämnden har delegerat till förvaltningschefen och till enhetscheferna.",
            "Beslut",
            "Redovisningen av delegationsbeslut läggs till handlingarna.",
            "Förteckning över delegationsbeslut fattade under perioden redovisas.",
        ]),
        ("§ 22 Dagordning", [
            "Beslut",
            "Fritidsnämnden fastställer dagordningen.",
            "Ordföranden föreslår att ärendet om badhuset behandlas först.",
        ]),
        ("§ 23 Avgifter", [
            "Beslut",
            "Fritidsnämnden beslutar:",
            "• att höja avgiften för hallhyra",
            "• att sänka avgiften för ungdomslag",
        ]),
        ("§ 24 Plan", [
            "Beslut",
            "Planen antas.",
            "Förvaltningen får i uppdrag att följa upp planen.",
        ]),
    ])  # fmt: skip
    assert [i.decisions for i in items] == [
        ["Anmälningsärendena läggs till handlingarna."],
        ["Redovisningen av delegationsbeslut läggs till handlingarna."],
        ["Fritidsnämnden fastställer dagordningen."],
        ["Fritidsnämnden beslutar:", "att höja avgiften för hallhyra",
         "att sänka avgiften för ungdomslag"],
        ["Planen antas. Förvaltningen får i uppdrag att följa upp planen."],
    ]  # fmt: skip


def test_in_a_long_text_only_the_body_deciding_decides(tmp_path):
    history = " ".join(f"Punkt {n} i utredningen behandlades i arbetsgruppen." for n in range(8))
    items = _items(tmp_path, [
        ("§ 12 Utredning", [history, "Förra årets plan fastställdes av styrelsen."]),
        ("§ 13 Plan", [history, "Nämnden beslutar att anta planen."]),
    ])  # fmt: skip
    assert [i.decisions for i in items] == [[], ["Nämnden beslutar att anta planen."]]


def test_a_rule_under_the_decision_ends_it(tmp_path):
    items = _items(tmp_path, [
        ("§ 11 Taxor", [
            "Beslut",
            "Taxorna fastställs.",
            "______",
            "Fritidsnämnden 12.5.2021, 40 § Beredning: fritidschef Eva Lund",
        ]),
    ])  # fmt: skip
    assert items[0].decisions == ["Taxorna fastställs."]


@pytest.mark.parametrize(
    "sentence, decided",
    [
        ("beslutar i enlighet med ordförandens förslag.", True),
        ("Kommunala pensionärsrådet beslutar att notera informationen.", True),
        ("Protokollet läggs till handlingarna.", True),
        ("Kommunfullmäktige har beslutat att bygga en ny skola.", False),
        ("En ordförande ska utses vid nästa möte.", False),
        ("Ordföranden föreslår att ärendet utgår.", False),
        ("Minnesanteckningarna gicks igenom.", False),
        ("Kommunfullmäktige beslutade 2019-06-12 § 45 att anta planen.", False),
        ("Planen antogs den 3 maj 2018.", False),
        ("Informationen noteras till protokollet.", True),
        ("Informationen tas till dagens protokoll.", True),
        ("Kommunala pensionärsrådet tackar för informationen.", True),
        ("Ordföranden tackade för besöket.", False),
        ("Ärendet bordläggs.", True),
        ("Nämnden ger förvaltningen i uppdrag att utreda frågan.", True),
        ("Styrelsen ställer sig bakom förslaget.", True),
        ("Ersättning utgår med 500 kronor per sammanträde.", False),
        ("Vid inventeringen noterades 12 km skadad vägkant.", False),
    ],
)
def test_what_decides(sentence, decided):
    assert is_decision(sentence) is decided


def test_a_bold_deciding_lead_heads_the_bullets_after_a_list_of_documents(tmp_path):
    """'Beslutsunderlag' as a bullet list, then 'Miljönämnden beslutar' in bold over
    '• att …' bullets: the bullets under the lead are the decision, the documents not."""
    from builders import placed_pdf
    from extractors import extract

    page = [
        (57, 60, "Miljönämnden", True, 16),
        (57, 90, "Datum 2023-05-04"),
        (57, 130, "MN § 12 Detaljplan för kvarteret Eken", True),
        (57, 150, "Planen ger plats för bostäder vid torget."),
        (57, 170, "Beslutsunderlag", True),
        (60, 185, "• Tjänsteskrivelse 2023-04-20"),
        (60, 200, "• Plankarta"),
        (57, 220, "Miljönämnden beslutar", True),
        (60, 235, "• att godkänna utlåtandet,"),
        (60, 250, "• att anta detaljplanen."),
    ]
    record = extract(placed_pdf(tmp_path / "bullets.pdf", [page], size=10))
    (item,) = record.agenda_items
    assert item.decisions == ["att godkänna utlåtandet,", "att anta detaljplanen."]


def test_the_decision_of_an_item_that_is_a_row_of_a_table_with_a_beslut_column(tmp_path):
    """'§ | Ärende | Beslut': the Beslut cell is the decision; the Ärende cell's case number
    and yrkande and the Anteckningar cell are none of it, and a cell's numbered lines stay
    apart."""
    page = [
        (40, 40, "Åsby kommun", True, 12),
        (40, 60, "Valnämnden 2024-03-05 kl. 17.00–18.00, Stadshuset", False, 9),
        (40, 80, "Beslutande", True, 9),
        (40, 92, "Ola Lind (S), ordförande; Siv Ek (M)", False, 9),
        (40, 120, "§", True, 9),
        (80, 120, "Ärende", True, 9),
        (330, 120, "Beslut", True, 9),
        (500, 120, "Anteckningar", True, 9),
        (40, 134, "§ 1", False, 9),
        (80, 134, "Val av justerare", True, 9),
        (330, 134, "Siv Ek utses att justera protokollet.", False, 9),
        (40, 150, "§ 2", False, 9),
        (80, 150, "Förordnande av valförrättare", True, 9),
        (330, 150, "1. Röstmottagare förordnas.", False, 9),
        (500, 150, "Eva Ros", False, 9),
        (80, 162, "Dnr VN 2024/11", False, 9),
        (330, 162, "2. Ordföranden förordnar ersättare.", False, 9),
        (40, 178, "§ 3", False, 9),
        (80, 178, "Arvoden", True, 9),
        (330, 178, "Arvodet fastställs till 900 kronor", False, 9),
        (80, 190, "Dnr VN 2024/12", False, 9),
        (330, 190, "per dag.", False, 9),
        (80, 202, "Bo Alm (M) yrkar att arvodet höjs.", False, 9),
    ]
    record = extract(placed_pdf(tmp_path / "m.pdf", [page]))
    found = {item.number: item.decisions for item in record.agenda_items}
    assert found["2"] == [
        "1. Röstmottagare förordnas.",
        "2. Ordföranden förordnar ersättare.",
    ]
    assert found["3"] == ["Arvodet fastställs till 900 kronor per dag."]
