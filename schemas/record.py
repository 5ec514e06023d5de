"""Pydantic models of the extraction record (schema_version 3).

These models are the source of truth for the contract; `record.schema.json` beside
this file is generated from them (`make schema`) and checked by a test.

Version 2 added, all optional (empty or null by default, so minutes read as before):
`Slide.notes`, `AgendaItem.description`, and the structure of slide decks in `lists`,
`figures` and `timeline`.

Version 3 added the document type `agenda` (kallelse, föredragningslista: the meeting and
its items as an agenda lists them, no attendance and no decisions) and, all optional, where
text was read by OCR (`Source.ocr`, `ocr_pages`, `ocr_confidence`) and how sure OCR was of
each attendee's name and each item's heading (`ocr_confidence`; null for text read from a
text layer).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 3

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
HH_MM = r"^\d{2}:\d{2}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentType(StrEnum):
    minutes = "minutes"
    presentation = "presentation"
    agenda = "agenda"  # kallelse, föredragningslista (schema_version 3)


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
    ocr: bool = Field(False, description="Some pages were read by OCR from their image.")
    ocr_pages: list[int] = Field(
        default_factory=list, description="The pages read by OCR (scans, damaged text layers)."
    )
    ocr_confidence: float | None = Field(
        None, ge=0, le=100, description="Mean OCR confidence (0-100) of the OCR'd words."
    )


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
    ocr_confidence: float | None = Field(
        None,
        ge=0,
        le=100,
        description="Mean OCR confidence (0-100) of the words the name was "
        "read from; null when they came from a text layer.",
    )


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
    description: str | None = Field(
        None,
        description="Slide decks: the text under a numbered entry, one line per paragraph; "
        "minutes leave it null.",
    )
    ocr_confidence: float | None = Field(
        None,
        ge=0,
        le=100,
        description="Mean OCR confidence (0-100) of the words the heading was "
        "read from; null when they came from a text layer.",
    )


class NextMeeting(_Model):
    date: str | None = Field(None, pattern=ISO_DATE)
    text: str | None = Field(None, description="The phrase the date was read from.")


class Slide(_Model):
    number: int = Field(ge=1)
    title: str | None = None
    text: str = Field(
        "",
        description="One line per paragraph, two spaces of indent per bullet level; a table "
        "row is one line with its cells joined by ' | '.",
    )
    notes: str = Field("", description="Speaker notes (PPTX; a PDF export has none).")


class DeckList(_Model):
    """A bulleted list on a slide, under its heading, with the period the heading names."""

    slide: int = Field(ge=1)
    heading: str | None = Field(
        None, description="The line the list stands under, or the slide title."
    )
    period: str | None = Field(
        None,
        description="The period as written in the heading or above it: '2024-2025', "
        "'hösten 2025', '2025>'.",
    )
    start_year: int | None = Field(None, description="First year of the period.")
    end_year: int | None = Field(
        None, description="Last year of the period; null when open-ended ('2025>')."
    )
    items: list[str] = Field(
        default_factory=list, description="The entries, without their bullet glyphs."
    )


class Figure(_Model):
    """A number a slide reports ('Ca 230 patienter', 'minskar … med 50%'), with context."""

    slide: int = Field(ge=1)
    value: float = Field(description="The number; a fraction word ('en tredjedel') in %.")
    unit: str | None = Field(
        None, description="'%' or the counted noun as written ('patienter', 'team')."
    )
    counts: str | None = Field(
        None,
        description="What the figure counts or is a share or change of, as worded "
        "('vårdtillfällen', 'patienter anslutna').",
    )
    qualifier: str | None = Field(
        None, description="An approximation or bound before it: 'ca', 'drygt', 'över'."
    )
    change: str | None = Field(
        None, description="The direction it reports, as worded: 'minskar', 'ökar'."
    )
    place: str | None = Field(None, description="Municipality or region it is given for.")
    part_of: int | None = Field(
        None,
        ge=0,
        description="Index in `figures` of the figure this is a part of ('varav ca 150').",
    )
    text: str = Field(description="The clause the figure was read from.")


class TimelinePhase(_Model):
    """One phase of a timeline: '2024-2025 Göra, lära, bredda'."""

    slide: int = Field(ge=1)
    period: str = Field(description="The period as written: '2018-2023', '2025>'.")
    start_year: int | None = None
    end_year: int | None = Field(None, description="Null when open-ended ('2025>').")
    title: str | None = Field(None, description="The phase's name, e.g. 'Befästa det nya'.")


class Record(_Model):
    schema_version: Literal[3] = SCHEMA_VERSION
    source: Source
    document_type: DocumentType
    meeting: Meeting = Field(default_factory=Meeting)
    attendees: list[Attendee] = Field(default_factory=list)
    substitutions: list[Substitution] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
    slides: list[Slide] = Field(default_factory=list)
    lists: list[DeckList] = Field(
        default_factory=list, description="Slide decks: bulleted lists with their periods."
    )
    figures: list[Figure] = Field(
        default_factory=list, description="Slide decks: reported numbers with their context."
    )
    timeline: list[TimelinePhase] = Field(
        default_factory=list, description="Slide decks: the phases of a timeline, in order."
    )

    def to_json(self) -> str:
        """The record as contract JSON: every field present, nulls kept, UTF-8 text."""
        return self.model_dump_json(indent=2)


def json_schema() -> dict:
    """The JSON Schema of `Record`, as committed in record.schema.json."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
