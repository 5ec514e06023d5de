"""The spaCy pipeline: blank Swedish with rule-based entities and the presenter matcher."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.swedish.nlp import entities, presenters


def test_rule_based_entities_find_parties_and_places():
    found = entities(
        "Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg, Region Västmanland"
    )
    assert found == [
        ("PARTY", "(S)"),
        ("PARTY", "(SD)"),
        ("PLACE", "Skinnskatteberg"),
        ("PLACE", "Region Västmanland"),
    ]


def test_presenters_drop_titles_and_split_pairs():
    text = (
        "Ekonomichef Gun Ek informerar om budgeten. Ingela Söder och Sara Holmqvist redovisar "
        "uppföljningen. Det Regionen informerar. Ulrika Spårebo (S) efterlyser svar."
    )
    assert presenters(text) == ["Gun Ek", "Ingela Söder", "Sara Holmqvist"]


def test_a_title_in_its_definite_form_is_not_part_of_the_name():
    text = "Ekonomichefen Lars Norén redovisar förslaget. Kommundirektören Eva Ek informerar."
    assert presenters(text) == ["Lars Norén", "Eva Ek"]


def test_a_presenter_after_long_prose_full_of_verbs_without_names():
    filler = "Förvaltningen redogör för ärendet och det går bra. " * 40
    text = filler + "Carl af Ekström (M) informerar. Sedan redovisar Åsa Revenäs siffrorna."
    assert presenters(text) == ["Carl af Ekström"]


def test_presenters_in_the_forms_minutes_use():
    text = (
        "Information lämnas av Per Holm, controller. Sara Ek (S) och Olle Berg (M) redovisar "
        "motionen. Karin Lund, verksamhetschef på socialförvaltningen, informerar om läget. "
        "Ärendet föredras av ekonomichef Lena Ström. Rapporten lämnas till nämnden."
    )
    assert presenters(text) == ["Per Holm", "Sara Ek", "Olle Berg", "Karin Lund", "Lena Ström"]


def test_a_company_is_no_presenter():
    text = (
        "Högsta bud lämnades av Norrviks Bygg AB. Dalby Maskin Ab presenterade sitt anbud. "
        "Anbudet redovisades av Eva Lund."
    )
    assert presenters(text) == ["Eva Lund"]


def test_an_organisation_between_commas_after_the_presenter():
    text = (
        "Magnus Eld, Region Jönköping, presenterade tidsplanen. Per Alm, Centralförbundet "
        "för alkohol- och narkotikaupplysning (CAN), presenterade resultaten."
    )
    assert presenters(text) == ["Magnus Eld", "Per Alm"]


def _whole_text_presenters(text: str) -> list[str]:
    """The matcher over the whole text, as before windows: what windows must equal."""
    from extractors.swedish.nlp import matched_names, nlp

    pipeline, matcher = nlp()
    doc = pipeline.make_doc(text)
    return matched_names(doc, matcher(doc))


_PIECES = [
    "Anna", "Berg", "Lars", "Öberg", "af", "von", "der", "Ek", "(S)", "(m)", "( KD )",
    "och", "informerar", "redogör", "går", "visar", "igenom", "Förvaltningen", "Nämnden",
    "Ekonomichef", "att", "om", "budgeten.", "ärendet,", "\n", "-", "§", "3", "Eva-Lena",
    "lämnas", "av", "ekonomichef", ",", "Berg,", "controller,", "presenteras", "Region",
    "Gävleborg,",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=120), st.sampled_from([" ", "  ", "\n"]))
def test_windows_find_what_the_whole_text_finds(pieces, separator):
    text = separator.join(pieces)
    assert presenters(text) == _whole_text_presenters(text)
