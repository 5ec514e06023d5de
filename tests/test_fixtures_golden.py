"""A golden test per fixture layout (tests/fixtures/minutes/): the record against its
hand-authored gold. Structural facts must match exactly; decision text by tokens."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from conftest import FIXTURES
from extractors import extract

GOLD = sorted((FIXTURES / "minutes").glob("*.gold.json"))


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.casefold()))


def token_f1(gold: str, pred: str) -> float:
    g, p = tokens(gold), tokens(pred)
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    return 0.0 if common == 0 else 2 * common / (sum(g.values()) + sum(p.values()))


@pytest.fixture(scope="module", params=GOLD, ids=[p.name.split("_")[0] for p in GOLD])
def pair(request):
    gold = json.loads(request.param.read_text("utf-8"))
    pdf = request.param.with_name(request.param.name.replace(".gold.json", ".pdf"))
    return gold, json.loads(extract(pdf).to_json())


def test_there_are_twelve_layouts():
    assert len(GOLD) >= 12


# fields a later schema version added, empty for a text PDF; the gold (version 1) has none
OCR_FIELDS = {"ocr", "ocr_pages", "ocr_confidence"}


def without_ocr(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in OCR_FIELDS}


def test_source_and_meeting(pair):
    gold, pred = pair
    assert without_ocr(pred["source"]) == gold["source"]
    assert not pred["source"]["ocr"]
    assert pred["document_type"] == gold["document_type"]
    assert pred["meeting"] == gold["meeting"]
    assert pred["next_meeting"] == gold["next_meeting"]


def test_attendance(pair):
    gold, pred = pair
    assert [without_ocr(a) for a in pred["attendees"]] == gold["attendees"]
    assert pred["substitutions"] == gold["substitutions"]


def test_items(pair):
    gold, pred = pair
    fields = ("number", "title", "presenters", "page")
    assert [{k: i[k] for k in fields} for i in pred["agenda_items"]] == [
        {k: i[k] for k in fields} for i in gold["agenda_items"]
    ]
    for g, p in zip(gold["agenda_items"], pred["agenda_items"], strict=True):
        assert token_f1(" ".join(g["decisions"]), " ".join(p["decisions"])) >= 0.6, g["number"]
