"""The meeting: body, organisation, date, start and end time, location."""

from __future__ import annotations

import datetime as dt
import re

from extractors.document import Document, Line
from extractors.minutes.blocks import Block
from extractors.minutes.labels import meta_of
from extractors.swedish.dates import find_date, find_times, strip_dates_and_times
from extractors.swedish.places import find_organisation
from schemas.record import Attendee, Meeting

DOCUMENT_WORDS = re.compile(
    r"\b(sammanträdesprotokoll|protokoll(sutdrag)?|minnesanteckningar|mötesanteckningar"
    r"|anteckningar|justerat|utdrag|kallelse|föredragningslista)\b",
    re.IGNORECASE,
)
BODY_WORDS = re.compile(
    r"(fullmäktige|styrelsen?|nämnd(en)?|utskott(et)?|beredning(en)?|samverkansgrupp"
    r"|råd(et)?\b|gruppen|direktion(en)?|presidi(um|et)|kommitté(n)?|förbund(et)?|forum"
    r"|delegation(en)?)",
    re.IGNORECASE,
)
ADJUSTMENT = re.compile(r"(?i)juster|anslag|bevis|underskrift|sign")


def read_meeting(
    document: Document, blocks: list[Block], header: list[Line], attendees: list[Attendee]
) -> Meeting:
    meeting = Meeting()
    meeting.body = _body(document)
    meeting.organisation = _organisation(document, blocks, attendees)
    place_time = [b for b in blocks if meta_of(b.label) in ("place_time", "date_time")]
    dated = [b for b in blocks if meta_of(b.label) in ("date", "time", "place_time", "date_time")]
    for block in dated:
        found = find_date(_value(block))
        if found:
            meeting.date = found[0]
            break
    if meeting.date is None:
        meeting.date = _first_date(document, header)
    for block in [b for b in blocks if meta_of(b.label) in ("time", "place_time", "date_time")]:
        start, end = find_times(_value(block))
        if start:
            meeting.start_time, meeting.end_time = start, end
            break
    if meeting.start_time is None:
        for line in header:
            if not ADJUSTMENT.search(line.text):
                start, end = find_times(line.text)
                if start:
                    meeting.start_time, meeting.end_time = start, end
                    break
    places = [b for b in blocks if meta_of(b.label) == "place"] + place_time
    for block in places:
        location = strip_dates_and_times(_value(block))
        location = re.sub(r"^(?:[a-zåäö]+dag(?:en)?)\b[\s,]*", "", location, flags=re.I)
        if location:
            meeting.location = location
            break
    return meeting


def _value(block: Block) -> str:
    parts = [block.inline] if block.inline else []
    parts += [line.text for line in block.values]
    return " ".join(" ".join(parts).split())


def _first_lines(document: Document) -> list[Line]:
    """Page one, page furniture included (headers often carry body and date)."""
    return document.pages[0].lines if document.pages else []


def _body(document: Document) -> str | None:
    """The body that met: the most prominent body-like line of page one."""
    candidates = []
    page = document.pages[0] if document.pages else None
    if page is None:
        return None
    for order, line in enumerate(page.lines):
        if line.top > page.height * 0.45:
            break
        text = " ".join(line.text.split())
        if len(text.split()) > 9 or meta_of(text) or ":" in text:
            continue
        cleaned = _clean_body(text)
        if not cleaned or not BODY_WORDS.search(cleaned):
            continue
        candidates.append((-line.size, line.furniture, order, cleaned))
    if candidates:
        return min(candidates)[3]
    return None


def _clean_body(text: str) -> str:
    text = DOCUMENT_WORDS.sub(" ", text)
    text = re.sub(r"\b(19|20)\d{2}(-\d{2}-\d{2})?\b", " ", text)  # a year or date beside it
    text = re.sub(r"\bSida\s+\d+.*$", " ", text)
    return " ".join(text.split()).strip(" ,.:;–-")


def _organisation(document: Document, blocks: list[Block], attendees: list[Attendee]) -> str | None:
    """The municipality or region: named above the header blocks or in the page furniture
    of page one, else the chair's."""
    first_label = next((b.label_line for b in blocks if b.label and b.label_line), None)
    page = document.pages[0] if document.pages else None
    for line in page.lines if page is not None else []:
        above = first_label is None or (line.page, line.top) < (first_label.page, first_label.top)
        if line.furniture or above:
            found = find_organisation(line.text)
            if found:
                return found
    for attendee in attendees:
        if "ordförande" in attendee.roles and attendee.organisation:
            found = find_organisation(attendee.organisation)
            if found:
                return found
    return None


def _first_date(document: Document, header: list[Line]) -> str | None:
    """The first date of page one that is not the adjustment's ('Justeringens … tid')."""
    for line in _first_lines(document) + header:
        if ADJUSTMENT.search(line.text):
            continue
        found = find_date(line.text)
        if found:
            return found[0]
    return None


def meeting_day(meeting: Meeting) -> dt.date | None:
    return dt.date.fromisoformat(meeting.date) if meeting.date else None
