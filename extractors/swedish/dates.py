"""Swedish dates and times: ISO dates, '3 maj 2024', 'fredagen den 20 september 2024',
'20/9', and times 'kl. 09:00-12:00', '13.15–16.30'.

dateparser (languages=["sv"]) reads the date phrases; it does not know the weekday
forms ('fredagen') nor 'kl.', so candidates are cut out with regular expressions first.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"

ISO_DATE = re.compile(r"\b(20\d{2}|19\d{2})-(\d{1,2})-(\d{1,2})\b")
# "fredagen den 20 september 2024", "den 3 maj", "Onsdag 30 april 2014", "3:e juni 2024"
TEXT_DATE = re.compile(
    rf"(?:\b{_WEEKDAY}\s+)?(?:den\s+)?\b(\d{{1,2}})(?::[ae])?\s+({_MONTH})(?:\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
# "20/9", "20/9 2024", "20/9-2024"
SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:[\s-]+(\d{4})|/(\d{2,4}))?(?![\d/])")

# Finland's "28.3.2023", "01.06.2023": day, month, four-digit year, dotted
DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])")

_HOUR = r"([01]?\d|2[0-3])"
_CLOCK = rf"{_HOUR}[:.]([0-5]\d)"
_KL = r"\bkl(?:ockan)?\.?\s*"
# between start and end: "-", "–", "till", perhaps "kl." again, and "ca" for an end
# that was only planned ("kl. 09.00–ca 12.00")
_UNTIL = r"[:.]?\s*(?:[-–—]|till)\s*(?:kl\.?\s*)?(?:(?:ca|cirka)\.?\s*)?"  # "9:00: - 12:45"
# "kl. 09:00-12:00", "13.15–16.30", "klockan 9.00 till 11.30"
TIME_RANGE = re.compile(rf"(?:{_KL})?(?<![\d.:]){_CLOCK}{_UNTIL}{_CLOCK}(?!\d)", re.IGNORECASE)
# after "kl" the minutes may be left out: "kl 9–12", "kl. 13-15.30"; never without "kl"
# ("§§ 56-59" is no time)
_HOUR_MINUTES = rf"{_HOUR}(?:[:.]([0-5]\d))?"
_NO_MORE_DIGITS = r"(?![\d:]|\.\d)"
HOUR_RANGE = re.compile(
    rf"{_KL}{_HOUR_MINUTES}{_UNTIL}{_HOUR_MINUTES}{_NO_MORE_DIGITS}", re.IGNORECASE
)
SINGLE_TIME = re.compile(rf"{_KL}{_HOUR_MINUTES}{_NO_MORE_DIGITS}", re.IGNORECASE)
# a meeting that breaks and goes on: "kl. 08.30–11.45 och 13.00–14.50" ends at 14.50
NEXT_RANGE = re.compile(
    rf"\s*(?:,|och|samt)\s*(?:{_KL})?(?<![\d.:]){_CLOCK}{_UNTIL}{_CLOCK}(?!\d)", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _parser():
    """One DateDataParser per process: building it costs more than using it."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["sv"], settings={"DATE_ORDER": "DMY"})


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str, base: dt.date | None = None) -> tuple[str, str] | None:
    """The first date in text as (ISO date, the phrase it was read from), or None.

    A phrase without a year takes it from `base` (the meeting date): the next
    occurrence on or after base. Without a base such a phrase gives None.
    """
    found = []
    for m in ISO_DATE.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((m.start(), iso, m.group(0)))
    for m in TEXT_DATE.finditer(text):
        iso = _parse_text_date(m, base)
        if iso:
            found.append((m.start(), iso, m.group(0).strip()))
    for m in SLASH_DATE.finditer(text):
        iso = _parse_slash_date(m, base)
        if iso:
            found.append((m.start(), iso, m.group(0)))
    for m in DOTTED_DATE.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), iso, m.group(0)))
    if not found:
        return None
    _, iso, phrase = min(found)
    return iso, phrase


def _parse_text_date(m: re.Match, base: dt.date | None) -> str | None:
    day, year = int(m.group(1)), m.group(3)
    phrase = f"{day} {m.group(2).rstrip('.')}" + (f" {year}" if year else "")
    if year is None and base is None:
        return None
    settings = {"PREFER_DATES_FROM": "future"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = _parser().get_date_data(phrase)
    if parsed is None or parsed.date_obj is None:
        return None
    date = parsed.date_obj.date()
    if year is None:
        # dateparser fills a missing year from today; take it from the meeting instead.
        date = _next_on_or_after(date.month, date.day, base)
        return date.isoformat() if date else None
    return date.isoformat()


def _parse_slash_date(m: re.Match, base: dt.date | None) -> str | None:
    day, month = int(m.group(1)), int(m.group(2))
    year_text = m.group(3) or m.group(4)
    if not 1 <= month <= 12:
        return None
    if year_text:
        year = int(year_text)
        year = year + 2000 if year < 100 else year
        return _valid(year, month, day)
    if base is None:
        return None
    date = _next_on_or_after(month, day, base)
    return date.isoformat() if date else None


def _next_on_or_after(month: int, day: int, base: dt.date | None) -> dt.date | None:
    if base is None:
        return None
    for year in (base.year, base.year + 1):
        iso = _valid(year, month, day)
        if iso and dt.date.fromisoformat(iso) >= base:
            return dt.date.fromisoformat(iso)
    return None


def find_times(text: str) -> tuple[str | None, str | None]:
    """Start and end time ('HH:MM') from 'kl. 09:00-12:00', '13.15–16.30' or 'kl 18.00'."""
    m = TIME_RANGE.search(text) or HOUR_RANGE.search(text)
    if m:
        start = _hhmm(m.group(1), m.group(2))
        while more := NEXT_RANGE.match(text, m.end()):
            m = more
        return start, _hhmm(m.group(3), m.group(4))
    m = SINGLE_TIME.search(text)
    if m:
        return _hhmm(m.group(1), m.group(2)), None
    return None, None


def strip_dates_and_times(text: str) -> str:
    """Text without its date and time phrases (what is left of 'Plats och tid')."""
    for pattern in (NEXT_RANGE, TIME_RANGE, HOUR_RANGE, SINGLE_TIME, TEXT_DATE, ISO_DATE,
                    DOTTED_DATE):  # fmt: skip
        text = pattern.sub(" ", text)
    text = re.sub(r"\b(kl(ockan)?\.?)(?=\s|$)", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split()).strip(" ,;:-–")


def _hhmm(hour: str, minute: str | None) -> str:
    return f"{int(hour):02d}:{minute or '00'}"


def find_dates(text: str) -> list[str]:
    """Every full date in text (ISO, or '3 maj 2024' with its year), as ISO dates.

    No dateparser: a date without a year is left out, so nothing is guessed.
    """
    found = []
    for m in ISO_DATE.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append(iso)
    for m in DOTTED_DATE.finditer(text):
        iso = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append(iso)
    for m in TEXT_DATE.finditer(text):
        month = MONTHS.get(m.group(2).rstrip(".").casefold())
        if m.group(3) and month:
            iso = _valid(int(m.group(3)), month, int(m.group(1)))
            if iso:
                found.append(iso)
    return found


# The days of the week, Monday first (as datetime.weekday() counts)
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
