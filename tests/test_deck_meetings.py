"""Whether a deck names a meeting's body, read from its text (extractors/presentation/
meetings.py) when decks are linked to meetings; the store only hands over the rows."""

from __future__ import annotations

from extractors.presentation.meetings import deck_text, names_body


def test_the_slides_are_one_line_of_text():
    slides = [("Samverkansgrupp  Nära vård", "• Läget\n• Framåt", None), (None, "Tack", "")]
    assert deck_text(slides) == "Samverkansgrupp Nära vård • Läget • Framåt Tack"


def test_a_body_is_named_as_whole_words_in_any_case():
    text = "Dialog med KOMMUNSTYRELSEN 12 mars 2024"
    assert names_body(text, "Kommunstyrelsen")
    assert not names_body(text, "Kommunstyrelsens arbetsutskott")
    assert not names_body("Kommunstyrelsens arbetsutskott", "Kommunstyrelsen")
    assert not names_body(text, None) and not names_body(text, "")


def test_the_year_after_a_body_may_be_left_out():
    assert names_body("Samverkansgrupp Nära vård, maj", "Samverkansgrupp Nära vård 2023")
    assert not names_body("Samverkansgrupp Nära", "Samverkansgrupp Nära vård 2023")
