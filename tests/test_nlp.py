"""The spaCy pipeline: blank Swedish with rule-based entities and the presenter matcher."""

from __future__ import annotations

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
