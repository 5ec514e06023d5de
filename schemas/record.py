"""Pydantic models of the extraction record (schema_version 1).

These models are the source of truth for the contract; `record.schema.json` beside
this file is generated from them (`make schema`) and checked by a test.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
HH_MM = r"^\d{2}:\d{2}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentType(StrEnum):
    minutes = "minutes"
    presentation = "presentation"


class Group(StrEnum):
    decision_maker = "decision_maker"
    substitute_not_serving = "substitute_not_serving"
    other_present = "other_present"
    absent = "absent"


class Source(_Model):
    file: str = Field(description="File name of the source document (no directory).")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: Literal["pdf", "pptx"]
    pages: int = Field(ge=0, description="Pages (PDF) or slides (PPTX).")


class Meeting(_Model):
    body: str | None = Field(None, description="The meeting body, e.g. 'Kommunstyrelsen'.")
    organisation: str | None = Field(None, description="Municipality or region.")
    date: str | None = Field(None, pattern=ISO_DATE)
    start_time: str | None = Field(None, pattern=HH_MM)
    end_time: str | None = Field(None, pattern=HH_MM)
    location: str | None = None


class Attendee(_Model):
    name: str
    party: str | None = Field(None, description="Party abbreviation as printed, upper-case.")
    organisation: str | None = None
    group: Group
    roles: list[str] = Field(default_factory=list, description="Lower-case, as worded.")
    replaces: str | None = Field(None, description="The member this person substitutes for.")


class Substitution(_Model):
    substitute: str
    substitute_party: str | None = None
    replaced: str
    replaced_party: str | None = None
    organisation: str | None = None


class AgendaItem(_Model):
    number: str | None = Field(None, description="As printed, without the § sign.")
    title: str
    presenters: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    page: int | None = Field(None, ge=1)


class NextMeeting(_Model):
    date: str | None = Field(None, pattern=ISO_DATE)
    text: str | None = Field(None, description="The phrase the date was read from.")


class Slide(_Model):
    number: int = Field(ge=1)
    title: str | None = None
    text: str = ""


class Record(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    source: Source
    document_type: DocumentType
    meeting: Meeting = Field(default_factory=Meeting)
    attendees: list[Attendee] = Field(default_factory=list)
    substitutions: list[Substitution] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
    slides: list[Slide] = Field(default_factory=list)

    def to_json(self) -> str:
        """The record as contract JSON: every field present, nulls kept, UTF-8 text."""
        return self.model_dump_json(indent=2)


def json_schema() -> dict:
    """The JSON Schema of `Record`, as committed in record.schema.json."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
