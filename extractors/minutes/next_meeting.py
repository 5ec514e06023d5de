"""The next meeting: 'Nästa sammanträde ska äga rum fredagen den 20 september 2024'."""

from __future__ import annotations

import datetime as dt
import re

from extractors.document import Line
from extractors.minutes.items import body_text
from extractors.swedish.dates import find_date
from schemas.record import NextMeeting

NEXT = re.compile(
    r"\bnästa\s+(?:ordinarie\s+)?(?:sammanträde|möte|mötestillfälle|träff|sammankomst|mötet)\b",
    re.IGNORECASE,
)


def read_next_meeting(lines: list[Line], meeting_date: dt.date | None) -> NextMeeting | None:
    """The first date that follows a 'nästa sammanträde/möte' phrase, within 300 characters."""
    text = body_text(lines)
    for m in NEXT.finditer(text):
        window = text[m.end() : m.end() + 300]
        found = find_date(window, base=meeting_date)
        if found is None:
            continue
        iso, phrase = found
        if meeting_date is not None and dt.date.fromisoformat(iso) < meeting_date:
            continue
        return NextMeeting(date=iso, text=phrase)
    return None
