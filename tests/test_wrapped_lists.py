"""Regressions from the bench corpus: an inline attendance list that wraps inside a name,
and namesakes of different parties in one meeting."""

from __future__ import annotations

import pytest

from builders import MinutesLayout, minutes_pdf
from extractors import extract, read

MEMBERS = [
    "Sofia Eriksson (S), ordförande", "Per Larsson (MP) ersätter Cecilia Andersson (S)",
    "Karin Åström (KD)", "Hanna Wikström (SD)", "Bo Larsson (MP)", "Jonas Ek (MP)",
    "Erik Sjöberg (C)", "Erik Lindqvist (M)", "Lars Holm (KD)", "Gustav Eriksson (KD)",
    "Bo Lindqvist (KD)", "Hanna Holm (M)", "Sofia Öberg (L)", "Erik Andersson (M)",
    "Maria Karlsson (V)", "Hanna Larsson (M)", "Bo Larsson (KD)", "Fia Sjöberg (S)",
    "Jonas Wikström (M)", "Anna Lindqvist (S)", "Ulla Nilsson (MP)", "Jonas Holm (MP)",
    "Åsa Ek (S)", "Gustav Eriksson (SD)", "Örjan Öberg (V)",
]  # fmt: skip
SUBSTITUTES = ["Cecilia Dahl (S)", "Erik Sjöberg (M)", "Erik Karlsson (C)", "Nils Holm (KD)"]


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory):
    layout = MinutesLayout(
        header=["Kungsbacka kommun", "Tekniska nämnden"],
        title="Tekniska nämnden",
        inline_rows=True,
        rows=[
            ("Plats och tid", ["Stadshuset, Kungsbacka, 2024-01-21 kl. 13.15-16.30"]),
            ("Beslutande", MEMBERS),
            ("Ersättare", SUBSTITUTES),
            ("Övriga närvarande", ["Örjan Jönsson, sekreterare", "Erik Sjöberg, nämndsekreterare"]),
        ],
        items=[("§ 1 Budget", ["Nämnden beslutar att godkänna förslaget."])],
    )
    return minutes_pdf(tmp_path_factory.mktemp("wrapped") / "wrapped.pdf", layout)


def test_the_list_wraps_inside_names(wrapped):
    """The layout this guards: lines of the list that end inside a name."""
    lines = [ln.text for ln in read(wrapped).pages[0].lines]
    start = next(i for i, t in enumerate(lines) if t.startswith("Beslutande"))
    end = next(i for i, t in enumerate(lines) if t.startswith("Ersättare"))
    assert end - start >= 3
    assert any(not t.rstrip().endswith(",") for t in lines[start : end - 1])


def test_every_member_of_a_wrapped_inline_list_is_read(wrapped):
    record = extract(wrapped)
    deciding = [(a.name, a.party) for a in record.attendees if a.group == "decision_maker"]
    expected = [(m.split(" (")[0], m.split("(")[1][:-1].split(")")[0]) for m in MEMBERS]
    assert deciding == expected
    assert all(a.organisation is None for a in record.attendees)


def test_a_namesake_of_another_party_is_another_person(wrapped):
    record = extract(wrapped)
    sjoberg = [(a.party, a.group) for a in record.attendees if a.name == "Erik Sjöberg"]
    # the member (C) and the substitute (M); the secretary without a party is not told
    # apart from them, and is listed once, as the first
    assert sjoberg == [("C", "decision_maker"), ("M", "substitute_not_serving")]
    assert [(a.name, a.party) for a in record.attendees if a.name == "Bo Larsson"] == [
        ("Bo Larsson", "MP"),
        ("Bo Larsson", "KD"),
    ]


@pytest.mark.parametrize("typo", ["((M)", "(M,)"])
def test_a_list_wrapped_before_a_mistyped_party_goes_on(tmp_path, typo):
    """'… Erik' / 'Lindqvist ((M), …': the next line starts with the rest of a name and a
    party printed with a typo (as real minutes have them), and still continues the list."""
    members = [m.replace("Erik Lindqvist (M)", f"Erik Lindqvist {typo}") for m in MEMBERS]
    layout = MinutesLayout(
        title="Tekniska nämnden",
        inline_rows=True,
        rows=[("Beslutande", members), ("Ersättare", SUBSTITUTES)],
        items=[("§ 1 Budget", ["Nämnden beslutar att godkänna förslaget."])],
    )
    pdf = minutes_pdf(tmp_path / "typo.pdf", layout)
    assert any(ln.text.startswith(f"Lindqvist {typo},") for ln in read(pdf).pages[0].lines)
    deciding = [a for a in extract(pdf).attendees if a.group == "decision_maker"]
    assert len(deciding) == len(MEMBERS)
    assert [a.party for a in deciding if a.name == "Erik Lindqvist"] == ["M"]
