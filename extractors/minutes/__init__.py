"""Swedish minutes: a `Document` → the minutes parts of a record, plus warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Box, Document, Line, running_text
from extractors.minutes.attendance import (
    Attendance,
    Unplaced,
    is_council,
    merge_attendance,
    organisations_in_a_council,
    read_attendance,
)
from extractors.minutes.attendance_list import read_attendance_list, read_attendance_sections
from extractors.minutes.blocks import find_blocks
from extractors.minutes.checkboxes import read_checkboxes
from extractors.minutes.columns import in_reading_order
from extractors.minutes.contents import listed_only
from extractors.minutes.decisions import column_decisions, decision_columns, line_pitch
from extractors.minutes.header import meeting_body, meeting_day, read_meeting
from extractors.minutes.item_list import date_of_lists, find_item_lists, listed_headings
from extractors.minutes.items import (
    TOC_LEADER,
    Heading,
    agenda_items,
    find_headings,
    item_captions,
    split_items,
)
from extractors.minutes.labels import group_of
from extractors.minutes.name_order import natural_order
from extractors.minutes.next_meeting import read_next_meeting
from extractors.minutes.organisation import organisation_in_titles
from extractors.minutes.parameters import COLUMN_X_TOLERANCE, OPENING_ITEMS, TITLE_LINES
from extractors.minutes.schedule import closing_time
from extractors.minutes.signatures import read_signatures
from extractors.minutes.unnumbered import unnumbered_headings
from extractors.swedish.furniture import MINUTES_FURNITURE
from extractors.swedish.labels import ATTENDANCE_DEFERRED
from extractors.swedish.names import leading_name
from extractors.swedish.roles import signing_roles
from schemas.record import AgendaItem, Attendee, Group, Meeting, NextMeeting, Substitution


@dataclass
class Minutes:
    meeting: Meeting
    attendees: list[Attendee]
    substitutions: list[Substitution]
    agenda_items: list[AgendaItem]
    item_texts: list[str]
    next_meeting: NextMeeting | None
    attendee_boxes: dict[int, Box] = field(default_factory=dict)  # id(attendee) → its box
    unplaced: list[Unplaced] = field(default_factory=list)


def extract_minutes(document: Document) -> Minutes:
    lines = [ln for ln in document.lines() if not MINUTES_FURNITURE.match(ln.text.strip())]
    body_size = document.body_size()
    lines, margins = in_reading_order(document, lines, body_size)  # two text columns
    captions = item_captions(lines)  # "Tekniska nämnden 11.6.2024" over each "54 §"
    if captions:
        lines = [ln for ln in lines if id(ln) not in captions]
    listed = read_attendance_list(lines)  # a table of its own, neither header nor item
    sections = None
    if listed is None:  # or labelled sections under its heading, on a later page
        sections = listed = read_attendance_sections(lines, is_council(_top(document)))
    if listed is not None:
        in_list = {id(line) for line in listed.lines}
        lines = [ln for ln in lines if id(ln) not in in_list]
    boxed = read_checkboxes(lines)  # "[X] Holm Per  [ ] Ek Stina": columns of boxes
    if boxed is not None:
        in_boxes = {id(line) for line in boxed.lines}
        lines = [ln for ln in lines if id(ln) not in in_boxes]
    contents = lines  # a contents page tells items from headings in the appendices
    item_lists = find_item_lists(lines, body_size)  # "Ärendelista": neither header nor items
    in_lists = {id(line) for listed in item_lists for line in listed.lines}
    lines = [ln for ln in lines if id(ln) not in in_lists]
    headings = _headings(lines, body_size, margins, contents)
    beside = _left_column(lines, headings[0].line) if headings else []
    if beside:  # the header's column goes on beside the first items: read it whole first
        first = _index_of(lines, headings[0].line)
        moved = {id(line) for line in beside}
        lines = lines[:first] + beside + [ln for ln in lines[first:] if id(ln) not in moved]
        headings = _headings(lines, body_size, margins, contents)
    first_item = _index_of(lines, headings[0].line) if headings else len(lines)
    # the header: everything before the first item, less a table of contents
    header = [ln for ln in lines[:first_item] if not _table_of_contents(ln)]
    blocks = find_blocks(header)
    body = meeting_body(document, blocks)
    headings = listed_headings(item_lists, headings, body)
    top = _top(document)
    attendance: Attendance = read_attendance(blocks, is_council([body or "", *top]))
    if boxed is not None:
        attendance = merge_attendance(boxed.attendance, attendance)
    if listed is not None and (sections is None or _deferred(header, attendance)):
        attendance = merge_attendance(attendance, listed.attendance)
    natural_order(attendance, "\n".join(ln.text for ln in document.lines(include_furniture=True)))
    items, item_texts = agenda_items(headings)
    _decisions_in_columns(items, headings, lines)
    unlabelled = [
        ln
        for b in blocks
        if not b.label
        for ln in [b.label_line, *b.values]
        if ln and not ln.furniture
    ]
    opening = [running_text(unlabelled), *item_texts[:OPENING_ITEMS]]
    attendance = read_signatures(blocks, lines, opening, attendance, tail=lines[first_item:])
    meeting = read_meeting(document, blocks, header, attendance.attendees)
    if meeting.start_time is not None and meeting.end_time is None:
        meeting.end_time = closing_time(lines, meeting.start_time)
    if meeting.date is None:
        meeting.date = date_of_lists(item_lists, meeting.body)
    if meeting.organisation is None:
        meeting.organisation = organisation_in_titles([item.title for item in items], meeting.body)
    organisations_in_a_council(attendance.attendees, [meeting.body or "", *top])
    next_meeting = read_next_meeting(lines, meeting_day(meeting))
    if next_meeting is None:  # no sentence names it: perhaps an item fixing the dates does
        next_meeting = _scheduled(headings, meeting_day(meeting))
    return Minutes(
        meeting=meeting,
        attendees=attendance.attendees,
        substitutions=attendance.substitutions,
        agenda_items=items,
        item_texts=item_texts,
        next_meeting=next_meeting,
        attendee_boxes=attendance.boxes,
        unplaced=attendance.unplaced,
    )


def _headings(
    lines: list[Line], body_size: float, margins: dict[int, float], contents: list[Line]
) -> list[Heading]:
    """The items' headings among lines, numbered (those the contents page lists, where it
    lists some) and unnumbered, in order, each with the lines under it."""
    numbered = listed_only(find_headings(lines, body_size, margins), contents)
    return split_items(
        lines, _in_order(lines, numbered + unnumbered_headings(lines, numbered, body_size))
    )


def _left_column(lines: list[Line], heading: Line) -> list[Line]:
    """The lines of a first page set in two columns, the header's labels and names in the
    left one and the items beginning in the right one: the lines after the first item's
    heading that stand wholly left of it, from the header's left edge on (not a margin's
    vertical text), when they hold an attendance label; none otherwise."""
    first = _index_of(lines, heading)
    edge = [ln.x0 for ln in lines[:first] if ln.page == heading.page and not ln.furniture]
    if not edge:
        return []
    left = min(edge) - COLUMN_X_TOLERANCE
    beside = [
        ln
        for ln in lines[first + 1 :]
        if ln.page == heading.page
        and left <= ln.x0
        and ln.x1 < heading.x0 - COLUMN_X_TOLERANCE
        and ln.top >= heading.top - COLUMN_X_TOLERANCE
    ]
    if not any(group_of(ln.text) is not None for ln in beside):
        return []
    return beside


def _top(document: Document) -> list[str]:
    return [ln.text for ln in document.pages[0].lines[:TITLE_LINES]] if document.pages else []


def _deferred(header: list[Line], attendance: Attendance) -> bool:
    """Whether the header leaves the attendance to a list elsewhere: it says so ('se
    närvarolistan', 'enligt bilaga'), or it names no one who decided."""
    return not any(a.group is Group.decision_maker for a in attendance.attendees) or any(
        ATTENDANCE_DEFERRED.search(line.text) for line in header
    )


def _decisions_in_columns(items: list, headings: list, lines: list[Line]) -> None:
    """Items set as the rows of a table with a 'Beslut' column: the decision is that
    column's cell (only where such a header row is found)."""
    columns = decision_columns(lines)
    if not columns:
        return
    pitch = line_pitch([line for h in headings for line in h.body])
    for item, heading in zip(items, headings, strict=True):
        found = column_decisions(heading.line, heading.body, columns, pitch)
        if found is not None:
            item.decisions = found


def _scheduled(headings: list, day) -> NextMeeting | None:
    """The next meeting from an item that fixes the coming meetings' dates."""
    from extractors.minutes.next_meeting import next_from_schedule

    return next_from_schedule([(h.title, h.body) for h in headings], day)


def _table_of_contents(line: Line) -> bool:
    text = line.text.strip()
    if signing_roles(re.split(r"[.…_]{2,}", text)[0]) is not None:
        return False  # 'Sekreterare ……' over a signature: a caption, no table of contents
    leaders = list(TOC_LEADER.finditer(text))
    if leaders and _leaders_between_fields(text, leaders):
        return False  # 'Anna Ek ........ S ........ ordförande': a row of attendance
    return bool(leaders or re.fullmatch(r"§\s*\d+[a-z]?", text))


# what a contents line ends in after its leader dots: a page number or a range of pages
_PAGE_AFTER_LEADER = re.compile(r"(?:s\.|sid\.?|sidan)?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?", re.I)


def _leaders_between_fields(text: str, leaders: list[re.Match]) -> bool:
    """Whether leader dots part the fields of a row that is no contents line: a name
    before them and words after them, not a page number ('Anna Ek ..... C ..... ordförande',
    'Bo Berg ..... ..... miljöchef')."""
    before = text[: leaders[0].start()].strip()
    after = text[leaders[-1].end() :].strip(" .…_")
    if not before or not after or before[:1] == "§" or before[:1].isdigit():
        return False
    return _PAGE_AFTER_LEADER.fullmatch(after) is None and leading_name(before) is not None


def _in_order(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    position = {id(line): i for i, line in enumerate(lines)}
    return sorted(headings, key=lambda h: position.get(id(h.line), len(lines)))


def _index_of(lines: list[Line], target: Line) -> int:
    for i, line in enumerate(lines):
        if line is target:
            return i
    return len(lines)
