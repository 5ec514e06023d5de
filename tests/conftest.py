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
