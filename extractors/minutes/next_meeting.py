"""The next meeting: 'Nästa sammanträde ska äga rum fredagen den 20 september 2024'."""

from __future__ import annotations

import datetime as dt
import re

from extractors.document import Line, running_text
from extractors.minutes.parameters import NEXT_MEETING_LINES, NEXT_MEETING_REACH
from extractors.swedish.dates import find_date
from extractors.swedish.meetings import (
    MEETINGS,
    NEXT_MEETING,
    NOTICE_CONTEXT,
    SCHEDULE_NOUN,
    SEASON_OR_YEAR,
)
from schemas.record import NextMeeting

# What may come before a phrase that opens its line: an item number or a bullet.
_LINE_START = re.compile(r"^(?:§\s*\d+\s*|\d+[.)]?\s+|[•\-–*]\s*)?")

# A sentence's end: a full stop (or ! ?) before a capital or the next item's '§' ('kl. 13.00',
# 'dec. 2024' go on)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ§])")


def read_next_meeting(lines: list[Line], meeting_date: dt.date | None) -> NextMeeting | None:
    """The date of the next meeting: after a line that opens with 'Nästa sammanträde/möte'
    (a label, a heading, a closing sentence), within it and the lines below
    (NEXT_MEETING_LINES in all); else the first date after such a phrase anywhere, within
    NEXT_MEETING_REACH characters and its sentence ('… till nästa möte' in passing does not
    outrank a labelled line further down; '… vid nästa sammanträde.' takes no date from the
    sentences after it)."""
    for i, line in enumerate(lines):
        text = line.spaced  # as running_text writes it
        opening = NEXT_MEETING.match(text, _LINE_START.match(text).end())
        if opening:
            found = _date_after(
                running_text(lines[i : i + NEXT_MEETING_LINES])[opening.start() :], meeting_date
            )
            if found:
                return found
    text = running_text(lines)
    # every phrase holds 'nästa' (in any case; 'ſ' is the one letter a case-blind pattern
    # also reads as 's'): a document without it is not searched through, at C speed
    if "nästa" not in text.lower() and "ſ" not in text:
        return None
    for m in NEXT_MEETING.finditer(text):
        window = text[m.start() : m.end() + NEXT_MEETING_REACH]
        end = _SENTENCE_END.search(window, m.end() - m.start())
        found = _date_after(window[: end.start() if end else None], meeting_date)
        if found:
            return found
    return None


def _date_after(window: str, meeting_date: dt.date | None) -> NextMeeting | None:
    """The first date in window, after its 'nästa …' phrase, after the meeting's, and
    before an adjustment's or a posting's notice ('justerat den 3 maj')."""
    m = NEXT_MEETING.match(window)
    start = m.end() if m else 0
    notice = NOTICE_CONTEXT.search(window, start)
    found = find_date(window[start : notice.start() if notice else None], base=meeting_date)
    if found is None:
        return None
    iso, phrase = found
    if meeting_date is not None and dt.date.fromisoformat(iso) <= meeting_date:
        return None  # this meeting's date (a running header after a contents line)
    return NextMeeting(date=iso, text=phrase)


NOT_A_SCHEDULE = re.compile(r"\b(?:från|med)\b", re.IGNORECASE)


def schedule_title(title: str) -> bool:
    """True when an item's title says it fixes the coming meetings' dates."""
    if NOT_A_SCHEDULE.search(title):
        return False
    if SCHEDULE_NOUN.search(title):
        return True
    return bool(MEETINGS.search(title) and SEASON_OR_YEAR.search(title))


def next_from_schedule(
    items: list[tuple[str, list[Line]]], meeting_date: dt.date | None
) -> NextMeeting | None:
    """Where no sentence names the next meeting: the earliest date after this meeting in
    an item that fixes the coming meetings' dates (title, lines of each item). A date
    without a year ('den 15 februari, 25 april') takes the plan's year ('Sammanträdesplan
    2026'); without one, only full dates count."""
    if meeting_date is None:
        return None
    found: list[tuple[str, str]] = []
    for title, lines in items:
        if not schedule_title(title):
            continue
        text = running_text(lines)
        base = _plan_year(title, text)
        while (date := find_date(text, base=base)) is not None:
            iso, phrase = date
            if dt.date.fromisoformat(iso) > meeting_date:
                found.append((iso, phrase))
            text = text[text.index(phrase) + len(phrase) :]
    if not found:
        return None
    iso, phrase = min(found)
    return NextMeeting(date=iso, text=phrase)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _plan_year(title: str, text: str) -> dt.date | None:
    """The first day of the year a schedule is for: the one year its title prints, else
    the one year its text prints ('Nämnden sammanträder 2026 den …'); None when there
    is none or more than one."""
    for source in (title, text):
        years = set(_YEAR.findall(source))
        if len(years) == 1:
            return dt.date(int(years.pop()), 1, 1)
        if years:
            return None
    return None
