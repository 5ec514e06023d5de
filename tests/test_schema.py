"""The record models are the contract: the committed JSON Schema must match them."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from conftest import ROOT
from schemas.record import Record, json_schema

CONTRACT_EXAMPLE = {
    "schema_version": 1,
    "source": {"file": "a.pdf", "sha256": "0" * 64, "format": "pdf", "pages": 3},
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
         "decisions": [], "page": 2}
    ],
    "next_meeting": {"date": "2024-09-20", "text": "fredagen den 20 september 2024"},
    "slides": [],
}  # fmt: skip


def test_committed_schema_matches_models():
    committed = json.loads((ROOT / "schemas" / "record.schema.json").read_text("utf-8"))
    assert committed == json_schema(), "run `make schema` and commit the result"


def test_contract_example_round_trips():
    record = Record.model_validate(CONTRACT_EXAMPLE)
    assert json.loads(record.to_json()) == CONTRACT_EXAMPLE


def test_json_keeps_swedish_letters_unescaped():
    assert "Åsa Revenäs" in Record.model_validate(CONTRACT_EXAMPLE).to_json()


@pytest.mark.parametrize(
    "path, value",
    [
        (("attendees", 0, "group"), "member"),
        (("document_type",), "protokoll"),
        (("meeting", "date"), "3 maj 2024"),
        (("meeting", "start_time"), "9"),
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
