"""The meeting: body, organisation, date, start and end time, location."""

from __future__ import annotations

import datetime as dt
import difflib
import re

from extractors.document import Document, Line, running_text
from extractors.minutes.blocks import Block
from extractors.minutes.body import body_name, not_a_body
from extractors.minutes.labels import is_label, meta_of
from extractors.minutes.organisation import notice_lines, organisation_in_notice
from extractors.minutes.parameters import (
    BODY_NAME_ZONE,
    COLUMN_X_TOLERANCE,
    LABEL_ABOVE_VALUE_GAP,
    MAX_BODY_NAME_WORDS,
    ROW_TOLERANCE,
    SAME_NAME_RATIO,
    SAME_SIZE,
)
from extractors.minutes.schedule import meeting_lines, only_year, weekday_agrees
from extractors.swedish.bodies import BODY_WORDS, body_of_compound
from extractors.swedish.capitals import capitalised
from extractors.swedish.dates import find_date, find_times, strip_dates_and_times
from extractors.swedish.decisions import DECISION_HEAD
from extractors.swedish.headings import ADJUSTMENT_WORDS, DOCUMENT_WORDS
from extractors.swedish.meetings import ADJOURNMENT, SIDE_ACTIVITY
from extractors.swedish.places import (
    COMPANY_NAME,
    find_organisation,
    names_a_building,
    reads_as_place,
)
from schemas.record import Attendee, Meeting

# Brackets a date or a time leaves empty: "Stadshuset (kl. 9–12)"
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\(\s*$")

# A sentence after the place: "Regionkontoret, Gävle. Deltagare kunde även ansluta via Teams."
_SENTENCE_AFTER = re.compile(r"\.\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")


def read_meeting(
    document: Document, blocks: list[Block], header: list[Line], attendees: list[Attendee]
) -> Meeting:
    meeting = Meeting()
    kept = _header_lines(document, header, blocks)
    prose = running_text(kept)  # the header as running text
    meeting.body = meeting_body(document, blocks)
    meeting.organisation = _organisation(document, blocks, attendees)
    place_time = [b for b in blocks if meta_of(b.label) in ("place_time", "date_time")]
    dated = [b for b in blocks if meta_of(b.label) in ("date", "time", "place_time", "date_time")]
    for block in dated:
        found = find_date(_value(block))
        if found:
            meeting.date = found[0]
            break
    if meeting.date is None:
        found = find_date(prose)  # a date that wraps ('den 10 december' / '2024') is whole
        meeting.date = found[0] if found else None
    if meeting.date is None and (year := only_year(prose)) is not None:
        for block in dated:  # "Onsdagen den 3 april", the year printed once above it
            found = find_date(_value(block), dt.date(year, 1, 1))
            if found and weekday_agrees(_value(block), found[0]):
                meeting.date = found[0]
                break
    for block in [b for b in blocks if meta_of(b.label) in ("time", "place_time", "date_time")]:
        start, end = find_times(_value(block))
        if start:
            meeting.start_time, meeting.end_time = start, end
            break
    if meeting.start_time is None:
        meeting.start_time, meeting.end_time = find_times(prose)
    places = [b for b in blocks if meta_of(b.label) == "place"] + place_time
    for block in places:
        location = _SENTENCE_AFTER.split(_value(block), maxsplit=1)[0]
        location = strip_dates_and_times(ADJOURNMENT.sub("", location))
        location = _EMPTY_BRACKETS.sub("", location).strip(" ,;:-–")
        location = re.sub(r"^(?:[a-zåäö]+dag(?:en)?)\b[\s,]*", "", location, flags=re.I)
        if location:
            meeting.location = location
            break
    if meeting.location is None and not places:
        meeting.location = _place_in_sentence(kept) or _place_after_time(blocks)
    if meeting.location is None:
        meeting.location = _place_under_label(kept)
    if meeting.location is None and not places:
        meeting.location = _place_below_time(kept)
    return meeting


def meeting_body(document: Document, blocks: list[Block]) -> str | None:
    """The body that met: a label's value ('Organ: …'), else page one's most prominent."""
    named = [
        value
        for b in blocks
        if meta_of(b.label) == "body" and (value := _value(b)) and not _label_under_label(b)
    ]
    if named:
        return _best_spelling(named[0], document)
    return _body(document) or _body_in_sentence(document)


def _best_spelling(named: str, document: Document) -> str:
    """named, or the line most like it that the document prints more often than named."""
    counts: dict[str, int] = {}
    for line in document.lines(include_furniture=True):
        text = line.spaced
        if abs(len(text) - len(named)) <= len(named) * (1 - SAME_NAME_RATIO):
            counts[text] = counts.get(text, 0) + 1
    best, best_count = named, counts.get(named, 0)
    for text, count in counts.items():
        if count > best_count and (
            difflib.SequenceMatcher(None, named.casefold(), text.casefold()).ratio()
            >= SAME_NAME_RATIO
        ):
            best, best_count = text, count
    return best


def _label_under_label(block: Block) -> bool:
    """A grid's row of labels over a row of values ('Organ | Sammanträdesdatum | Tid'):
    the label read beside it is no value."""
    return bool(block.values) and is_label(block.values[0].text)


def _value(block: Block) -> str:
    parts = [block.inline] if block.inline else []
    parts += meeting_lines([line.text for line in block.values])
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
        if line.top > page.height * BODY_NAME_ZONE:
            break
        text = line.spaced
        if (
            len(text.split()) > MAX_BODY_NAME_WORDS
            or is_label(text)
            or ":" in text
            or _PART_OF_A_LIST.search(text)
        ):
            continue  # a label ('Närvarande styrelseledamöter') is no body
        if DECISION_HEAD.match(text):
            continue  # 'Arbetsutskottets beslut' heads a decision
        if not_a_body(text):
            continue
        cleaned = body_name(_clean_body(text))
        if not cleaned or not BODY_WORDS.search(cleaned):
            continue
        candidates.append((-line.size, line.furniture, order, cleaned))
    if candidates:
        return min(candidates)[3]
    return None


# "Protokoll fört vid styrelsesammanträde i …": the meeting word compounded with the body
_MEETING_COMPOUND = re.compile(
    r"\b(?:fört|förda|hållet|hållna)\s+vid\s+([a-zåäö-]+(?:sammanträde|möte)t?)\b", re.I
)


def _body_in_sentence(document: Document) -> str | None:
    """The body named in the opening sentence of a protocol written as prose, where no
    line names it: 'Protokoll fört vid styrelsesammanträde …' → 'Styrelsen'."""
    page = document.pages[0] if document.pages else None
    if page is None:
        return None
    text = running_text([ln for ln in page.lines if ln.top <= page.height * BODY_NAME_ZONE])
    m = _MEETING_COMPOUND.search(text)
    return body_of_compound(m[1]) if m else None


# A line of a list or a sentence is no body's name: '… Nyberg, miljöinspektör, § 37 och
# Sara Holm, nämndsekreterare.'
_PART_OF_A_LIST = re.compile(r"§|,.*,|\.$")

# "Protokoll från direktionens sammanträde", "… fört vid kommunstyrelsens möte": the body
# in the genitive before the meeting word
_GENITIVE_BODY = re.compile(
    r"\b(?:från|fört\s+vid|förda\s+vid|vid)\s+(.+?)s\s+(?:extra\s+)?(?:sammanträde|möte)\b",
    re.IGNORECASE,
)


def _clean_body(text: str) -> str:
    genitive = _GENITIVE_BODY.search(text)
    if genitive:  # "direktionens" → "Direktionen"
        text = genitive[1][:1].upper() + genitive[1][1:]
    text = DOCUMENT_WORDS.sub(" ", text)
    text = re.sub(r"\b(19|20)\d{2}(-\d{2}-\d{2})?\b", " ", text)  # a year or date beside it
    text = re.sub(r"\bSida\s+\d+.*$", " ", text)
    text = re.sub(r"\s*\((?=[^()]*[A-ZÅÄÖ]{2})[\w\s&-]{2,15}\)\s*$", " ", text)  # "(LSG BoU)"
    return " ".join(text.split()).strip(" ,.:;–-")


def _organisation(document: Document, blocks: list[Block], attendees: list[Attendee]) -> str | None:
    """The municipality or region: named above the header blocks or in the page furniture
    of page one, else the chair's."""
    first_label = next((b.label_line for b in blocks if is_label(b.label) and b.label_line), None)
    page = document.pages[0] if document.pages else None
    company = None  # a company's board: its name alone on a line of the letterhead
    for line in page.lines if page is not None else []:
        above = first_label is None or (line.page, line.top) < (first_label.page, first_label.top)
        if line.furniture or above:
            found = find_organisation(line.text, letterhead=True)
            if found:
                return found
            if company is None and COMPANY_NAME.match(text := line.spaced):
                company = text
    if company is not None:
        return company
    candidates = [
        ln
        for ln in (page.lines if page is not None else [])
        if ln.furniture
        or first_label is None
        or (ln.page, ln.top) < (first_label.page, first_label.top)
    ]
    if (stacked := _stacked_organisation(candidates)) is not None:
        return stacked
    for attendee in attendees:
        if "ordförande" in attendee.roles and attendee.organisation:
            found = find_organisation(attendee.organisation)
            if found:
                return found
    return organisation_in_notice(document)


# "RÄDDNINGSTJÄNSTEN NORRDAL" over "Kommunalförbund för …": a federation's letterhead
_FEDERATION_LINE = re.compile(r"^(?:kommunalförbund(?:et)?|kommunalt\s+förbund)\b", re.I)


def _stacked_organisation(lines: list[Line]) -> str | None:
    """The organisation a letterhead sets on two lines, one over the other at one left
    edge: 'REGION' / 'NORRLAND', 'ÅSBY' / 'kommun' (a logo's type), or a name over the
    line saying it is a kommunalförbund."""
    for line in lines:
        text = line.spaced
        if not text:
            continue
        under = [
            ln
            for ln in lines
            if ln is not line
            and abs(ln.x0 - line.x0) <= COLUMN_X_TOLERANCE
            and ln.top > line.top + ROW_TOLERANCE
            and ln.top - line.bottom <= LABEL_ABOVE_VALUE_GAP * max(ln.size, 1.0)
        ]
        if not under:
            continue
        below = min(under, key=lambda ln: ln.top).spaced
        if _FEDERATION_LINE.match(below) and text.isupper() and len(text.split()) <= 5:
            return _capitalised(text)
        joined = f"{_capitalised(text)} {_capitalised(below)}"
        if len(joined.split()) <= 4 and (found := find_organisation(joined)) == joined:
            return found
    return None


def _capitalised(text: str) -> str:
    """Words in capitals as a name is written: 'REGION NORRLAND' → 'Region Norrland'."""
    return " ".join(capitalised(w) if w.isupper() and len(w) > 1 else w for w in text.split())


def _header_lines(document: Document, header: list[Line], blocks: list[Block]) -> list[Line]:
    """Page one's furniture and the header, less the adjustment's lines ('Justeringens …
    tid', 'Anslaget till och med' and their values), whose date and time are not the
    meeting's, and less the times of side activities ('Gruppmöten 09:00–10:00')."""
    lines = [ln for ln in _first_lines(document) if ln.furniture] + header
    notice = {id(v) for b in blocks if ADJUSTMENT_WORDS.search(b.label) for v in b.values}
    notice |= {id(ln) for ln in notice_lines(lines)}
    return [
        ln
        for ln in lines
        if not ADJUSTMENT_WORDS.search(ln.text)
        and id(ln) not in notice
        and not SIDE_ACTIVITY.match(ln.text.strip())
    ]


def _place_after_time(blocks: list[Block]) -> str | None:
    """The place printed after the time where no label gives one ('möte 13-17, Åsby
    kommunhus'), when what is left reads as a place (no 'ajournering 14.30-14.45')."""
    for block in [b for b in blocks if meta_of(b.label) == "time"]:
        place = strip_dates_and_times(_value(block))
        place = re.sub(r"^(?:[a-zåäö]+dag(?:en)?)\b[\s,]*", "", place, flags=re.I)
        if place and re.search(r"[A-Za-zÅÄÖåäö]{3}", place) and reads_as_place(place):
            return place
    return None


# "… sammanträde … tisdagen den 10 december 2024 kl. 18.30–21.05 i Stadshuset, rum Kinnekulle."
SENTENCE_PLACE = re.compile(r"\b(?:kl\.?\s*)?[\d.:–-]+\s+i\s+([A-ZÅÄÖ][^.;]{2,80})")
# "… 2 maj 2019, klockan 9:00–11:30, Åsby bygdegård, sal B": the place after the
# time and a comma, or a bar or a dot that sets it apart ('13:00-15:30 · Brandstationen',
# 'kl. 9.30–12.00 | Kommunhuset'), or 'på' ('kl 16.00–18.15, på bolagets kontor'); it
# must read as a place
_TIME_SPAN = r"\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}"
TIME_COMMA_PLACE = re.compile(
    rf"\b(?:(?:kl\.?|klockan)\s*)?{_TIME_SPAN}\s*"
    r"(?:[,|·•]\s*(?:på\s+(?P<on>[a-zåäö][^.;()|·•]{2,80})|(?P<place>[A-ZÅÄÖ][^.;()|·•]{2,80}))"
    r"|\s+på\s+(?P<after>[A-ZÅÄÖa-zåäö][^.;()|·•]{2,80}))"
)
_TIME_RANGE = re.compile(_TIME_SPAN)


def _place_in_sentence(lines: list[Line]) -> str | None:
    """The place of a meeting written as prose: '… kl. 18.30–21.05 i Stadshuset, …',
    within its paragraph: it stops at a heading or a label under it."""
    for run in _paragraphs(lines):
        prose = running_text(run)
        if "kl" not in prose and " i " not in prose and not _TIME_RANGE.search(prose):
            continue
        m = SENTENCE_PLACE.search(prose)
        if m:
            return " ".join(m.group(1).split()).strip(" ,")
        if m := TIME_COMMA_PLACE.search(prose):
            place = " ".join((m["on"] or m["place"] or m["after"]).split()).strip(" ,")
            if reads_as_place(place):
                return place
    return None


def _place_below_time(lines: list[Line]) -> str | None:
    """The place on the line under one that holds only the date and the time
    ('2024-03-05, 09:00-11:00' / 'Kommunhuset, sammanträdesrum Ekeby (plan 3)'), where it
    names a room or a building."""
    for line, below in zip(lines, lines[1:], strict=False):
        if below.page != line.page or not find_times(line.text)[0]:
            continue
        if re.search(r"[A-Za-zÅÄÖåäö]{2}", strip_dates_and_times(_WEEKDAY.sub("", line.text))):
            continue  # more than the date and time on the line
        if below.top - line.bottom > LABEL_ABOVE_VALUE_GAP * max(line.size, 1.0):
            return None
        text = below.spaced.strip(" ,")
        if is_label(text.split(":")[0]) or not names_a_building(text):
            return None
        return text
    return None


_WEEKDAY = re.compile(r"\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|\bden\b", re.I)


def _place_under_label(lines: list[Line]) -> str | None:
    """The value under a 'Plats' label alone on its line, in a grid of labels over a row
    of values ('Datum | Tid | Plats'): the first line below it in its column."""
    for i, label in enumerate(lines):
        if meta_of(label.text.strip().rstrip(":")) != "place":
            continue
        for value in lines[i + 1 :]:
            if value.page != label.page:
                break
            if value.top - label.bottom > LABEL_ABOVE_VALUE_GAP * max(label.size, 1.0):
                break
            if value.top > label.bottom - ROW_TOLERANCE and (
                abs(value.x0 - label.x0) <= COLUMN_X_TOLERANCE
            ):
                place = value.spaced.strip(" ,")
                return place if place and reads_as_place(place) else None
    return None


_BULLET_START = re.compile(r"^[•\-–*]\s")


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines in runs: a line in another weight or size than the one above it, a label
    or a bullet starts a run."""
    runs: list[list[Line]] = []
    for line in lines:
        text = line.text.strip()
        above = runs[-1][-1] if runs else None
        if (
            above is None
            or line.bold != above.bold
            or abs(line.size - above.size) >= SAME_SIZE
            or _BULLET_START.match(text)
            or is_label(text.split(":")[0])
        ):
            runs.append([line])
        else:
            runs[-1].append(line)
    return runs


def meeting_day(meeting: Meeting) -> dt.date | None:
    return dt.date.fromisoformat(meeting.date) if meeting.date else None
