"""Minutes or slides, from the layout of generated PDFs (never from the file name)."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf, slides_pdf
from extractors import is_presentation, read
from extractors.presentation.classify import layout_score
from extractors.presentation.parameters import SLIDES_SCORE as THRESHOLD

PARAGRAPH = (
    "Kommunstyrelsen beslutar att godkänna förslaget till budget för år 2025 och att "
    "uppdra åt förvaltningen att återkomma med en plan för uppföljning av verksamheten. "
) * 3


def _minutes(path, landscape: bool):
    layout = MinutesLayout(
        header=["Sala kommun", "Kommunstyrelsen"],
        title="Kommunstyrelsen",
        rows=[("Beslutande", ["Anna Andersson (S), ordförande", "Bo Berg (M)"])],
        items=[(f"§ {n} Ärende {n}", [PARAGRAPH, PARAGRAPH]) for n in range(1, 9)],
        landscape=landscape,
    )
    return read(minutes_pdf(path, layout))


SLIDES = [
    ("Uppdrag", [(0, "• Samverkan mellan kommunerna"), (0, "• Gemensam uppföljning")]),
    ("Resultat 2024", [(0, "• Ca 230 patienter anslutna"), (1, "• Varav 150 i Västerås")]),
    ("Nästa steg", [(0, "• Breddinförande 2026")]),
]


def test_portrait_minutes_are_minutes(tmp_path):
    document = _minutes(tmp_path / "presentation.pdf", landscape=False)  # name misleads
    assert not is_presentation(document)


def test_dense_landscape_minutes_stay_minutes(tmp_path):
    document = _minutes(tmp_path / "protokoll.pdf", landscape=True)
    assert all(page.landscape for page in document.pages)
    assert layout_score(document) < THRESHOLD and not is_presentation(document)


def test_a_slide_export_is_a_presentation(tmp_path):
    document = read(slides_pdf(tmp_path / "protokoll_2024.pdf", SLIDES))
    assert layout_score(document) >= THRESHOLD and is_presentation(document)


def test_a_portrait_slide_export_with_large_fonts_is_a_presentation(tmp_path):
    document = read(slides_pdf(tmp_path / "deck.pdf", SLIDES, pagesize=(540, 960)))
    assert not any(page.landscape for page in document.pages)
    assert is_presentation(document)


def test_a_landscape_page_of_small_print_is_not_a_slide(tmp_path):
    document = read(
        slides_pdf(tmp_path / "small.pdf", SLIDES, title_size=11, body_size=10, footer=None)
    )
    assert not is_presentation(document)
