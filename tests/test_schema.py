"""The record models are the contract: the committed JSON Schema must match them."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from conftest import ROOT
from schemas.record import Record, json_schema

CONTRACT_EXAMPLE = {
    "schema_version": 3,
    "source": {"file": "a.pdf", "sha256": "0" * 64, "format": "pdf", "pages": 3, "ocr": True,
               "ocr_pages": [1, 2], "ocr_confidence": 91.5},
    "document_type": "minutes",
    "meeting": {
        "body": "Samverkansgrupp Nära vård",
        "organisation": "Region Västmanland",
        "date": "2024-05-03",
        "start_time": "09:00",
        "end_time": "12:00",
        "location": "Sammanträdesrum Mälaren",
    },
    "attendees": [
        {
            "name": "Roger Ingvarsson",
            "party": "S",
            "organisation": "Skinnskatteberg",
            "group": "decision_maker",
            "roles": [],
            "replaces": "Therese Emtin",
            "ocr_confidence": 88.0,
        }
    ],
    "substitutions": [
        {
            "substitute": "Roger Ingvarsson",
            "substitute_party": "S",
            "replaced": "Therese Emtin",
            "replaced_party": "SD",
            "organisation": "Skinnskatteberg",
        }
    ],
    "agenda_items": [
        {"number": "3", "title": "Seniorhälsovårdsprogram", "presenters": ["Åsa Revenäs"],
         "decisions": [], "page": 2, "description": None, "ocr_confidence": 93.5}
    ],
    "next_meeting": {"date": "2024-09-20", "text": "fredagen den 20 september 2024"},
    "slides": [],
    "lists": [],
    "figures": [],
    "timeline": [],
}  # fmt: skip

DECK_EXAMPLE = {
    **CONTRACT_EXAMPLE,
    "document_type": "presentation",
    "slides": [{"number": 6, "title": "Resultat", "text": "• Ca 230 patienter", "notes": ""}],
    "lists": [{"slide": 4, "heading": "Prioriterade frågor 2024-2025", "period": "2024-2025",
               "start_year": 2024, "end_year": 2025, "items": ["Gemensam uppföljning"]}],
    "figures": [
        {"slide": 6, "value": 230.0, "unit": "patienter", "counts": "patienter anslutna",
         "qualifier": "ca", "change": None, "place": None, "part_of": None,
         "text": "Ca 230 patienter anslutna varav ca 150 i Västerås"},
        {"slide": 6, "value": 150.0, "unit": "patienter", "counts": "patienter anslutna",
         "qualifier": "ca", "change": None, "place": "Västerås", "part_of": 0,
         "text": "Ca 230 patienter anslutna varav ca 150 i Västerås"},
    ],
    "timeline": [{"slide": 10, "period": "2025>", "start_year": 2025, "end_year": None,
                  "title": "Befästa det nya"}],
}  # fmt: skip


def test_committed_schema_matches_models():
    committed = json.loads((ROOT / "schemas" / "record.schema.json").read_text("utf-8"))
    assert committed == json_schema(), "run `make schema` and commit the result"


def test_contract_example_round_trips():
    record = Record.model_validate(CONTRACT_EXAMPLE)
    assert json.loads(record.to_json()) == CONTRACT_EXAMPLE


def test_deck_example_round_trips():
    record = Record.model_validate(DECK_EXAMPLE)
    assert json.loads(record.to_json()) == DECK_EXAMPLE


@pytest.mark.parametrize("version", [1, 2])
def test_records_of_older_versions_are_refused(version):
    with pytest.raises(ValidationError):
        Record.model_validate({**CONTRACT_EXAMPLE, "schema_version": version})


def test_an_agenda_is_a_document_type():
    record = Record.model_validate({**CONTRACT_EXAMPLE, "document_type": "agenda"})
    assert record.document_type.value == "agenda"


def test_a_version_2_record_without_ocr_fields_reads_as_version_3():
    """The OCR fields are optional: a record without them means text from a text layer."""
    old = json.loads(json.dumps(CONTRACT_EXAMPLE))
    for key in ("ocr", "ocr_pages", "ocr_confidence"):
        del old["source"][key]
    del old["attendees"][0]["ocr_confidence"], old["agenda_items"][0]["ocr_confidence"]
    record = Record.model_validate({**old, "schema_version": 3})
    assert record.source.ocr is False and record.source.ocr_pages == []
    assert record.attendees[0].ocr_confidence is None


def test_minutes_leave_the_deck_fields_empty():
    minimal = {k: CONTRACT_EXAMPLE[k] for k in ("source", "document_type")}
    record = json.loads(Record.model_validate(minimal).to_json())
    assert record["lists"] == record["figures"] == record["timeline"] == []


def test_json_keeps_swedish_letters_unescaped():
    assert "Åsa Revenäs" in Record.model_validate(CONTRACT_EXAMPLE).to_json()


@pytest.mark.parametrize(
    "path, value",
    [
        (("attendees", 0, "group"), "member"),
        (("document_type",), "protokoll"),
        (("meeting", "date"), "3 maj 2024"),
        (("meeting", "start_time"), "9"),
        (("agenda_items", 0, "page"), 0),
    ],
)
def test_values_outside_the_contract_are_refused(path, value):
    data = json.loads(json.dumps(CONTRACT_EXAMPLE))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        Record.model_validate(data)


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        Record.model_validate({**CONTRACT_EXAMPLE, "extra": 1})
