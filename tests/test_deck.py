"""Slide decks: the sample PPTX, and generated decks."""

from __future__ import annotations

import json

from builders import deck_pptx
from conftest import FIXTURES
from extractors import extract, read

TITLES = [
    "Samverkansgruppens syfte och övergripande uppdrag",
    "Sju primära gemensamma utvecklingsområden framåt",
    "Vad primärvårdsplanen ska innehålla",
    "Prioriterade frågor 2024-2025",
    "Vad vet vi om resultaten hittills?",
    "Vad vet vi om resultaten hittills?",
    "Fokusfrågor 2025-2026",
    "Ev frågor för kännedom eller beslut i SRB och/eller andra politiska församlingar",
    "Här är vi nu!",
    "Här är vi nu!",
]


def test_every_slide_in_order_with_its_title(sample_deck):
    record = extract(sample_deck)
    assert record.document_type.value == "presentation"
    assert record.source.format == "pptx" and record.source.pages == 10
    assert [s.number for s in record.slides] == list(range(1, 11))
    assert [s.title for s in record.slides] == TITLES


def test_title_comes_from_the_placeholder_not_the_first_text_box(sample_deck):
    slide = extract(sample_deck).slides[1]
    assert slide.title == TITLES[1]
    assert "Region Västmanland" in slide.text  # the decoy box is text, not the title


def test_text_keeps_order_and_bullet_levels(sample_deck):
    text = extract(sample_deck).slides[1].text.splitlines()
    assert text[0] == "Region och kommuner"
    assert text[1] == "1. Kompetensutveckling i samverkan"
    assert text[2].startswith("  Inventering gjord.")  # level 1, indented


def test_tables_and_groups_are_read(sample_deck):
    slides = extract(sample_deck).slides
    assert "▪ Antal akutbesök/1000 inv. > 80 år | ▪ Antal öppenvårdskontakter/1000 inv." in (
        slides[4].text
    )
    timeline = slides[9].text
    assert timeline.index("2018-2023") < timeline.index("2024-2025") < timeline.index("2025>")


def test_speaker_notes_are_read(sample_deck):
    page = read(sample_deck).pages[0]
    assert page.notes == "Syftet med samverkansgrupperna enligt överenskommelse."


def test_numbered_areas_become_items(sample_deck):
    items = extract(sample_deck).agenda_items
    assert [i.number for i in items] == [str(n) for n in range(1, 8)]
    assert items[0].title == "Kompetensutveckling i samverkan"
    assert items[6].title.startswith("Gemensam primärvårdsplan (Innefattar")
    assert {i.page for i in items} == {2}


def test_golden_record(sample_deck):
    gold = json.loads((FIXTURES / "golden" / "sample_deck.json").read_text("utf-8"))
    assert json.loads(extract(sample_deck).to_json()) == gold


def test_generated_deck(tmp_path):
    path = deck_pptx(
        tmp_path / "deck.pptx",
        [
            ("Åtgärder för äldre", [(0, "Första punkten"), (1, "Underpunkt"), (0, "Andra")]),
            ("Tidplan", [(0, "1. Förstudie"), (0, "2. Införande"), (0, "3. Uppföljning")]),
        ],
    )
    record = extract(path)
    assert [s.title for s in record.slides] == ["Åtgärder för äldre", "Tidplan"]
    assert record.slides[0].text == "Första punkten\n  Underpunkt\nAndra"
    assert [(i.number, i.title, i.page) for i in record.agenda_items] == [
        ("1", "Förstudie", 2),
        ("2", "Införande", 2),
        ("3", "Uppföljning", 2),
    ]
    assert record.meeting.date is None and record.attendees == []


def test_placeholder_positions_are_those_python_pptx_gives(tmp_path):
    """The reader works out a placeholder's inherited position once a layout; it must be
    the position python-pptx gives each shape: inherited (from the layout, or through it
    from the master), its own, or own in one coordinate only."""
    from pptx import Presentation
    from pptx.util import Pt

    from extractors.readers.pptx import EMU_PER_POINT, _shapes_in_reading_order

    deck = Presentation()
    for layout in list(deck.slide_layouts)[:6]:
        slide = deck.slides.add_slide(layout)
        for shape in slide.placeholders:
            if shape.has_text_frame:
                shape.text_frame.text = f"Text i {layout.name}"
    moved = deck.slides[1].placeholders[1]
    moved.left = Pt(300)  # its own left; its top still inherited
    path = tmp_path / "layouts.pptx"
    deck.save(path)

    layouts: dict = {}
    for slide in Presentation(path).slides:
        expected = {
            (s.shape_id, s.left / EMU_PER_POINT, s.top / EMU_PER_POINT) for s in slide.shapes
        }
        found = {
            (s.shape_id, left, top) for s, left, top in _shapes_in_reading_order(slide, layouts)
        }
        assert found == expected
    assert len(layouts) == 6
