"""Shared fixtures: the sample documents and generated PDFs/decks in varied layouts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_PDF = CORPUS / "2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf"
SAMPLE_DECK = CORPUS / "samverkansgrupp_nara_vard_presentation.pptx"

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def sample_pdf() -> Path:
    return SAMPLE_PDF


@pytest.fixture(scope="session")
def sample_deck() -> Path:
    return SAMPLE_DECK


@pytest.fixture(scope="session")
def sample_record(sample_pdf):
    from extractors import extract

    return extract(sample_pdf)


@pytest.fixture
def corpus(tmp_path, sample_pdf, sample_deck) -> Path:
    """A corpus folder with the two samples and two generated protocols."""
    import shutil

    from builders import MinutesLayout, minutes_pdf

    root = tmp_path / "corpus"
    (root / "ks").mkdir(parents=True)
    shutil.copy(sample_pdf, root / sample_pdf.name)
    shutil.copy(sample_deck, root / sample_deck.name)
    for day, chair in (("2024-03-12", "Anna Andersson"), ("2024-04-09", "Bo Berg")):
        layout = MinutesLayout(
            header=["Sala kommun", "Kommunstyrelsen"],
            title="Kommunstyrelsen",
            rows=[
                ("Plats och tid", [f"Stadshuset, {day} kl. 13.15-16.30"]),
                ("Beslutande", [f"{chair} (S), ordförande", "Cecilia Dahl (M)",
                                "Erik Nilsson (S) ersätter Fia Holm (SD)"]),
            ],
            items=[("§ 12 Årsredovisning", ["Beslut", "Kommunstyrelsen beslutar att godkänna "
                                            "årsredovisningen för år 2023."])],
        )  # fmt: skip
        minutes_pdf(root / "ks" / f"ks_{day}.pdf", layout)
    return root


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "data" / "minutes.db"
