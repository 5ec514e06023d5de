"""The meeting's own time among the other times a header prints beside it: "lunch 12-13,
hotell Forsen / möte 13-17, kommunkontoret", "Gruppmöten 09:00–10:00". A line that
starts with a side activity is not the meeting's; a line that starts with the meeting
word is, and its bare hours ("möte 13-17") are its time."""

from __future__ import annotations

import re

_HOURS = r"\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?"
# "lunch 12-13", "Gruppmöten 09:00–10:00", "Fika 15.00-15.30", "Förmöte kl. 8.30–9.00"
SIDE_ACTIVITY = re.compile(
    r"^(?:lunch|fika|kaffe|middag|frukost|paus|gruppmöten?|förmöten?|partigrupp(?:er|smöten?)?"
    r"|studiebesök|visning|samling|avresa|buss)\b[\s:,]*(?:kl\.?\s*)?" + _HOURS,
    re.IGNORECASE,
)
# "möte 13-17, Vindelns kommunkontor", "Sammanträde kl. 13.00-16.00"
MEETING_ACTIVITY = re.compile(
    r"^(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte|nämndmöte)\b[\s:,]*(?:kl\.?\s*)?"
    rf"(?P<hours>{_HOURS})",
    re.IGNORECASE,
)


def meeting_lines(texts: list[str]) -> list[str]:
    """The lines of a time or place value that describe the meeting itself."""
    own = [t for t in texts if MEETING_ACTIVITY.match(t.strip())]
    if own:
        m = MEETING_ACTIVITY.match(own[0].strip())
        assert m is not None
        return ["kl " + m.group("hours") + own[0].strip()[m.end() :]]
    return [t for t in texts if not SIDE_ACTIVITY.match(t.strip())]


_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


def only_year(text: str) -> int | None:
    """The one year a header prints ('LS 9/2012'), or None when it prints none or several."""
    years = {int(y) for y in _YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None
