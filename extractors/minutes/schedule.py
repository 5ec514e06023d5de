"""The meeting's own time among the other times a header prints beside it: "lunch 12-13,
Hotell Linnea / möte 13-17, kommunhuset", "Gruppmöten 09:00–10:00". A line that
starts with a side activity is not the meeting's; a line that starts with the meeting
word is, and its bare hours ("möte 13-17") are its time."""

from __future__ import annotations

import datetime as dt
import re

from extractors.document import Line
from extractors.swedish.dates import MONTHS, WEEKDAYS
from extractors.swedish.meetings import CLOSING_TIME, MEETING_ACTIVITY, SIDE_ACTIVITY


def meeting_lines(texts: list[str]) -> list[str]:
    """The lines of a time or place value that describe the meeting itself."""
    own = [t for t in texts if MEETING_ACTIVITY.match(t.strip())]
    if own:
        m = MEETING_ACTIVITY.match(own[0].strip())
        assert m is not None
        return ["kl " + m.group("hours") + own[0].strip()[m.end() :]]
    return [t for t in texts if not SIDE_ACTIVITY.match(t.strip())]


_Y = r"((?:19|20)\d{2})"
_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# The tokens a year is read from: a date ("2024-01-08", "8.1.2024", "januari 2024") or the
# minutes' own number ("Protokoll 3/2024", "FN 12/2024": number first, then the year)
_YEAR_TOKENS = re.compile(
    rf"\b{_Y}-\d{{1,2}}-\d{{1,2}}\b"
    rf"|(?<![\d.])\d{{1,2}}[./]\d{{1,2}}[./]{_Y}(?!\d)"
    rf"|\b{_MONTH_NAME}\s+{_Y}(?!\d)"
    rf"|(?<![\d/])\d{{1,3}}\s*/\s*{_Y}(?![\d/])",
    re.IGNORECASE,
)
# A case number is no date of the meeting: "Dnr KS 2024/145", "Diarienummer 12/2024"
CASE_NUMBER = re.compile(
    r"\b(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|ärende\s+nr)\b\.?[\s:]*"
    r"(?:[A-ZÅÄÖa-zåäö]{1,8}\.?\s*)?[\d\s./:-]*",
    re.IGNORECASE,
)


def only_year(text: str) -> int | None:
    """The one year a header's dates or its protocol number print ('Protokoll 9/2024'), or
    None when they print none or several; a case number ('Dnr KS 2024/145') gives none."""
    text = CASE_NUMBER.sub(" ", text)
    years = {int(next(g for g in m.groups() if g)) for m in _YEAR_TOKENS.finditer(text)}
    return years.pop() if len(years) == 1 else None


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")(?:en)?\b", re.IGNORECASE)


def weekday_agrees(text: str, iso: str) -> bool:
    """False when text prints a weekday ('Måndagen den 8 januari') that the date is not."""
    m = _WEEKDAY.search(text)
    if m is None:
        return True
    return WEEKDAYS.index(m.group(1).casefold()) == dt.date.fromisoformat(iso).weekday()


def closing_time(lines: list[Line], start: str) -> str | None:
    """The end a header leaves out ('Tid: kl. 17.00') as the closing item prints it
    ('… förklarade mötet avslutat kl. 19.05'): the last such time after the start, read
    only on lines that say 'avslut…' (with the line below, where the time may wrap)."""
    found = None
    for i, line in enumerate(lines):
        if "avslut" not in line.text.casefold():
            continue
        text = " ".join(" ".join(ln.text for ln in lines[i : i + 2]).split())
        for m in CLOSING_TIME.finditer(text):
            end = f"{int(m.group(1)):02d}:{m.group(2)}"
            if end > start:
                found = end
    return found
