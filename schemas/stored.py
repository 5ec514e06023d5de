"""What one document gives the store: the record, with what each row needs beyond the
contract carried inside that row.

The contract (`Record`, record.py) is what `minutes extract` prints. The store needs
more: the text under each agenda item, where each attendee's name was read, which rows a
corrections file changed, the warnings of the extraction. Each of these travels inside
the row it belongs to (`StoredItem.text`, `StoredAttendee.box`, `….corrected`), so a
correction that removes or adds a row keeps every other row's text and place with it:
nothing is matched up by position, nor by name (two namesakes keep their own pages).
What the record has already (a slide's notes, an item's page) is not carried twice.

Internal, not part of the contract: no JSON Schema is published for it, and
`StoredDocument.to_record()` gives back the contract record.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.record import (
    SCHEMA_VERSION,
    AgendaItem,
    Attendee,
    DeckList,
    DocumentType,
    Figure,
    Meeting,
    NextMeeting,
    Record,
    Slide,
    Source,
    Substitution,
    TimelinePhase,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _contract(model: type[BaseModel], row: BaseModel) -> BaseModel:
    """A stored row as the contract has it: its fields of `model`, none of the extras."""
    return model.model_validate(row.model_dump(include=set(model.model_fields)))


class Box(_Model):
    """Where something was read: a page and a rectangle in points from its top left."""

    page: int = Field(ge=1)
    x0: float
    top: float
    x1: float
    bottom: float


class ExtractionWarning(_Model):
    """What the extractor read but could not use, or could not read well: an attendance
    line it could not place, a damaged word it left as it reads."""

    page: int | None = None
    text: str
    reason: str


CORRECTED = "Changed or added by the document's corrections file."


class StoredMeeting(Meeting):
    corrected: bool = Field(False, description=CORRECTED)

    def public(self) -> Meeting:
        return _contract(Meeting, self)


class StoredAttendee(Attendee):
    box: Box | None = Field(None, description="Where the name was read.")
    corrected: bool = Field(False, description=CORRECTED)

    @property
    def page(self) -> int | None:
        return self.box.page if self.box else None

    def public(self) -> Attendee:
        return _contract(Attendee, self)


class StoredSubstitution(Substitution):
    page: int | None = Field(None, ge=1, description="The page of the substitute's entry.")
    corrected: bool = Field(False, description=CORRECTED)

    def public(self) -> Substitution:
        return _contract(Substitution, self)


class StoredItem(AgendaItem):
    text: str = Field("", description="The text under the item's heading (full-text search).")
    corrected: bool = Field(False, description=CORRECTED)

    def public(self) -> AgendaItem:
        return _contract(AgendaItem, self)


class StoredCorrection(_Model):
    """One correction of the document's corrections file, as applied or found stale."""

    target: str  # attendees | substitutions | agenda_items | meeting
    action: str  # remove | change | add
    key: str  # the name or number it matched
    extracted: str | None = None  # the row before, as JSON
    corrected: str | None = None  # the row after, as JSON
    status: Literal["applied", "stale"]
    reason: str | None = None  # why it is stale
    corrections_file: str


class StoredDocument(_Model):
    """Everything one document gives the store, row by row. Every field of `Record`,
    with the rows that carry more as their stored kind."""

    file: str = Field(description="Where the document lies in the corpus, '/'-separated.")
    schema_version: Literal[3] = SCHEMA_VERSION
    source: Source
    document_type: DocumentType
    meeting: StoredMeeting = Field(default_factory=StoredMeeting)
    attendees: list[StoredAttendee] = Field(default_factory=list)
    substitutions: list[StoredSubstitution] = Field(default_factory=list)
    agenda_items: list[StoredItem] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
    slides: list[Slide] = Field(default_factory=list)
    lists: list[DeckList] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    timeline: list[TimelinePhase] = Field(default_factory=list)
    # beyond the record
    dates: list[str] = Field(default_factory=list, description="Full dates a deck names (ISO).")
    warnings: list[ExtractionWarning] = Field(default_factory=list)
    corrections_sha256: str | None = None
    corrections: list[StoredCorrection] = Field(default_factory=list)

    def to_record(self) -> Record:
        """The contract record of the document (as corrected, when it was)."""
        fields = {name: getattr(self, name) for name in Record.model_fields}
        fields["meeting"] = self.meeting.public()
        for name in ("attendees", "substitutions", "agenda_items"):
            fields[name] = [row.public() for row in fields[name]]
        return Record.model_validate(fields)
