"""The record every extractor produces: the contract in ../shared/CONTRACT.md."""

from schemas.record import (
    SCHEMA_VERSION,
    AgendaItem,
    Attendee,
    DocumentType,
    Group,
    Meeting,
    NextMeeting,
    Record,
    Slide,
    Source,
    Substitution,
)

__all__ = [
    "SCHEMA_VERSION",
    "AgendaItem",
    "Attendee",
    "DocumentType",
    "Group",
    "Meeting",
    "NextMeeting",
    "Record",
    "Slide",
    "Source",
    "Substitution",
]
