"""The structure in slide decks: the seed deck as PPTX and as a PDF export, and
generated decks for each rule (periods, lists, figures, timeline, levels)."""

from __future__ import annotations

import json

import pytest

from builders import deck_pptx, slides_pdf
from conftest import CORPUS
from extractors import extract
from extractors.presentation.figures import deck_figures
from extractors.presentation.paragraphs import Paragraph, SlideContent
from extractors.presentation.periods import find_period, leading_period

DECK_PDF = CORPUS / "samverkansgrupp_nara_vard_presentation.pdf"
DECK_PPTX = CORPUS / "samverkansgrupp_nara_vard_presentation.pptx"


@pytest.fixture(scope="module", params=[DECK_PPTX, DECK_PDF], ids=["pptx", "pdf"])
def deck(request):
    return extract(request.param)


@pytest.fixture(scope="module")
def both():
    return [json.loads(extract(path).to_json()) for path in (DECK_PPTX, DECK_PDF)]


def test_the_pdf_export_is_classified_as_a_presentation(deck):
    assert deck.document_type.value == "presentation"
    assert len(deck.slides) == 10


@pytest.mark.parametrize("field", ["slides", "agenda_items", "lists", "figures", "timeline"])
def test_pptx_and_pdf_export_give_the_same_record(both, field):
    pptx, pdf = both
    if field == "slides":  # a PDF export carries no speaker notes
        for slide in pptx[field]:
            slide["notes"] = ""
    assert pptx[field] == pdf[field]


def test_seven_development_areas_with_descriptions(deck):
    items = deck.agenda_items
    assert [(i.number, i.page) for i in items] == [(str(n), 2) for n in range(1, 8)]
    assert items[1].title == "Samfinansierade kombinationstjänster"
    assert items[1].description.startswith("En pilot igång i Fagersta.")
    assert items[5].description.splitlines() == [
        "Fortsatt vidareutveckla Närvårdsteamen i länet för mer likvärdigt utbud",
        "Förstärkning med läkarstöd första tiden efter utskrivning från sjukhus för skör patient",
    ]


def _list(deck, heading):
    return next(x for x in deck.lists if x.heading == heading)


def test_priority_lists_carry_their_periods(deck):
    first = _list(deck, "Prioriterade frågor 2024-2025")
    assert (first.slide, first.period, first.start_year, first.end_year) == (
        4, "2024-2025", 2024, 2025,
    )  # fmt: skip
    assert len(first.items) == 13 and first.items[0] == "7 gemensamma utvecklingsområden"
    focus = _list(deck, "Fokusfrågor 2025-2026")
    assert focus.period == "2025-2026" and len(focus.items) == 6
    nested = _list(deck, "Sju gemensamma utvecklingsfrågor")
    assert nested.period == "2025-2026"  # inherited from the slide's heading
    assert nested.items[0] == "Kompetensutveckling i samverkan" and len(nested.items) == 7
    phases = [(x.period, x.heading, len(x.items)) for x in deck.lists if x.slide == 10]
    assert phases == [
        ("2018-2023", "Varför och riktning", 4),
        ("2018-2023", "Projekt och etablering av Nära vårdarbetssätt", 6),
        ("2024-2025", "Göra, lära, bredda", 7),
        ("2025>", "Befästa det nya", 1),
    ]


def test_indicator_list_reads_the_table_column_by_column(deck):
    indicators = _list(deck, "Gemensam rapport Nära vård")
    assert indicators.period is None
    assert len(indicators.items) == 18
    assert indicators.items[0] == "Antal akutbesök/1000 inv. > 80 år"
    assert indicators.items[9] == "Tillgänglighet primärvård – medicinsk bedömning inom 3 dagar"
    assert indicators.items[10] == "Antal öppenvårdskontakter/1000 inv."


def test_items_for_kannedom_eller_beslut(deck):
    decide = next(x for x in deck.lists if x.slide == 8)
    assert "kännedom eller beslut" in decide.heading
    assert decide.items[-1] == "HoS29 med fokus kopplat till kommunerna"


def test_figures_with_their_context(deck):
    got = {
        (f.value, f.unit, f.counts, f.qualifier, f.change, f.place)
        for f in deck.figures
        if f.slide == 6
    }
    assert got == {
        (4.0, "team", "team", None, None, None),
        (68.0, "%", "anslutna", None, None, None),
        (230.0, "patienter", "patienter anslutna", "ca", None, None),
        (150.0, "patienter", "patienter anslutna", "ca", None, "Västerås"),
        (50.0, "%", "vårdtillfällen", None, "minskar", None),
        (33.3, "%", "Akutbesök och ambulansresor", None, "minskar", None),
        (25.0, "%", "Besök i specialistöppenvård", None, "minskar", None),
    }
    part = next(f for f in deck.figures if f.place == "Västerås")
    assert deck.figures[part.part_of].value == 230.0


def test_indicator_definitions_are_not_figures(deck):
    assert not [f for f in deck.figures if f.slide == 5]
    assert not [f for f in deck.figures if f.unit in ("år", "dagar", "inv")]


def test_timeline_phases(deck):
    assert [(p.period, p.start_year, p.end_year, p.title) for p in deck.timeline] == [
        ("2018-2023", 2018, 2023, "Varför och riktning"),
        ("2024-2025", 2024, 2025, "Göra, lära, bredda"),
        ("2025>", 2025, None, "Befästa det nya"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prioriterade frågor 2024-2025", ("2024-2025", 2024, 2025)),
        ("Fokus 2025–2026", ("2025–2026", 2025, 2026)),
        ("Budget 2024/25", ("2024/25", 2024, 2025)),
        ("Start hösten 2025", ("hösten 2025", 2025, 2025)),
        ("Införande våren 2026 i länet", ("våren 2026", 2026, 2026)),
        ("2025> Befästa det nya", ("2025>", 2025, None)),
        ("Strategidag november 2024", ("2024", 2024, 2024)),
        ("Resultat hittills", None),
        ("RUS mål 18 och 1177", None),
    ],
)
def test_periods(text, expected):
    period = find_period(text)
    assert (period and (period.text, period.start_year, period.end_year)) == expected


def test_leading_period_splits_a_phase_heading():
    period, rest = leading_period("2026 - 2028: Skala upp")
    assert (period.start_year, period.end_year, rest) == (2026, 2028, "Skala upp")
    assert leading_period("Skala upp 2026") is None


def _figures(*texts: str):
    slide = SlideContent(1, "Resultat", [Paragraph(t) for t in texts])
    return deck_figures([slide])


def test_figure_rules_on_other_wordings():
    found = _figures(
        "• Drygt 1 200 invånare har fått ett hälsosamtal, varav 300 i Köping",
        "Andelen återinskrivningar ökade med 12,5 %",
        "Väntetiden halverades",
        "Mätt per 100 000 inv. inom 30 dagar, mål 5",
    )
    assert [(f.value, f.unit, f.qualifier, f.change, f.place) for f in found] == [
        (1200.0, "invånare", "drygt", None, None),
        (300.0, "invånare", None, None, "Köping"),
        (12.5, "%", None, "ökade", None),
    ]
    assert found[1].part_of == 0 and found[2].counts == "återinskrivningar"


def test_generated_deck_lists_periods_and_timeline(tmp_path):
    path = deck_pptx(
        tmp_path / "plan.pptx",
        [
            ("Arbetsplan", [(0, "Insatser hösten 2025"), (1, "• Utbildning"),
                            (1, "• Uppföljning")]),
            ("Tidslinje", [(0, "2022–2023 Förstudie"), (0, "2024-2026 Genomförande"),
                           (0, "2027> Förvaltning")]),
        ],
    )  # fmt: skip
    record = extract(path)
    (plan,) = record.lists
    assert (plan.heading, plan.period, plan.items) == (
        "Insatser hösten 2025", "hösten 2025", ["Utbildning", "Uppföljning"],
    )  # fmt: skip
    assert [(p.start_year, p.end_year, p.title) for p in record.timeline] == [
        (2022, 2023, "Förstudie"), (2024, 2026, "Genomförande"), (2027, None, "Förvaltning"),
    ]  # fmt: skip


def test_pdf_slides_keep_levels_and_drop_furniture(tmp_path):
    path = slides_pdf(
        tmp_path / "export.pdf",
        [
            ("Uppdrag och mål", [(0, "• Första målet"), (1, "• Delmål ett"), (0, "• Andra")]),
            ("Läget 2025", [(0, "Ca 40 kommuner anslutna"), (0, "Andelen ökar med 10%")]),
        ],
    )
    record = extract(path)
    assert record.document_type.value == "presentation"
    assert [s.title for s in record.slides] == ["Uppdrag och mål", "Läget 2025"]
    assert record.slides[0].text == "• Första målet\n  • Delmål ett\n• Andra"
    assert "Region Exempel" not in record.slides[1].text  # the repeated footer
    assert [(f.value, f.unit) for f in record.figures] == [(40.0, "kommuner"), (10.0, "%")]
