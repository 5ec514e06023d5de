"""Attendance printed as checkbox columns, as Finland-Swedish minutes do:

    Beslutande
    ordinarie                               ersättare
    [X] Lindqvist Anna, ordförande          [ ] Berg Olle
    [ ] Holm Per                            [X] Ek Stina

A marked box is a person who was there, an empty one a person who was not. A column
headed "ersättare" lists the members' substitutes: a marked substitute served (a
decision maker; nothing printed says for whom), an unmarked one is no attendee. Every
other column lists members: unmarked, they were absent. Names are read as printed
(often surname first); `name_order.py` puts them in natural order afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Line, Word
from extractors.minutes.attendance import Attendance, parse_entry
from extractors.minutes.parameters import (
    BOX_HEAD_REACH,
    CHECKBOX_ROW_GAP,
    HEAD_GAP_POINTS,
    HEAD_GAP_SIZES,
    HEAD_LOOKBACK,
    MIN_LIST_ENTRIES,
    ROW_TOLERANCE,
)
from extractors.swedish.labels import MEMBER_COLUMN_HEAD, SUBSTITUTE_COLUMN_HEAD
from schemas.record import Group

# "[X]", "[x]", "[ ]", "[]" as text, or the ballot box characters fonts draw
MARKED = re.compile(r"^(?:\[\s*[xX✓✔]\s*\]|[☒☑■✓✔])$")
EMPTY = re.compile(r"^(?:\[\s*\]|\[|[☐□])$")
# what every word MARKED or EMPTY matches starts with
_BOX_START = re.compile(r"[\[☒☑■✓✔☐□]")


@dataclass
class CheckboxList:
    attendance: Attendance
    lines: list[Line] = field(default_factory=list)  # the rows and the column heads


@dataclass
class _Entry:
    marked: bool
    x0: float
    words: list[Word]
    line: Line


def read_checkboxes(lines: list[Line]) -> CheckboxList | None:
    """The first run of checkbox rows in the lines, with the column heads above it."""
    rows: list[Line] = []
    for line in lines:
        if _boxes_in(line):
            if rows and not _same_list(rows[-1], line):
                break
            rows.append(line)
        elif rows and not (
            line.page == rows[-1].page and abs(line.bottom - rows[-1].bottom) < ROW_TOLERANCE
        ):
            # a line between rows ends the list, unless it sits on a row's baseline
            break
    if not rows:
        return None
    heads = _heads_above(lines, rows[0])
    attendance = Attendance()
    skipped = 0
    for line in rows:
        for entry in _entries(line):
            substitute = _in_substitute_column(entry.x0, heads)
            if substitute and not entry.marked:
                skipped += 1
                continue  # an unmarked substitute was not there
            group = Group.decision_maker if entry.marked else Group.absent
            text = " ".join(w.text for w in entry.words)
            for person in parse_entry(text)[:1]:
                attendance.add(person, group, [entry.line])
    if len(attendance.attendees) + skipped < MIN_LIST_ENTRIES:  # one box in a text is no list
        return None
    head_lines = list({id(h): h for h, _, _ in heads}.values())
    return CheckboxList(attendance, [*head_lines, *rows])


def _boxes_in(line: Line) -> bool:
    if not _BOX_START.search(line.text):  # most lines: no word that could be a box
        return False
    return any(MARKED.match(w.text) or EMPTY.match(w.text) for w in line.words[:1]) or any(
        MARKED.match(w.text) for w in line.words
    )


def _same_list(above: Line, line: Line) -> bool:
    if above.page != line.page:
        return False
    return line.top - above.bottom <= CHECKBOX_ROW_GAP * max(above.size, 1.0)


def _entries(line: Line) -> list[_Entry]:
    """The people of a row: each box starts one, up to the next box."""
    entries: list[_Entry] = []
    words = _split_boxes(line.words)
    for word in words:
        marked, empty = MARKED.match(word.text), EMPTY.match(word.text)
        if marked or empty:
            entries.append(_Entry(bool(marked), word.x0, [], line))
        elif entries:
            entries[-1].words.append(word)
    return [e for e in entries if e.words]


def _split_boxes(words: list[Word]) -> list[Word]:
    """Words with an empty box printed as two words ("[", "]") joined into one."""
    out: list[Word] = []
    for word in words:
        if out and out[-1].text == "[" and word.text == "]":
            joined = out.pop()
            out.append(
                Word("[ ]", joined.x0, joined.top, word.x1, word.bottom, word.font, word.size)
            )
            continue
        out.append(word)
    return out


def _heads_above(lines: list[Line], first_row: Line) -> list[tuple[Line, float, bool]]:
    """The column heads on the row just above the first row of boxes: (line, x, whether
    the column lists substitutes); [] when that row is no row of heads."""
    index = next(i for i, ln in enumerate(lines) if ln is first_row)
    above = [
        ln
        for ln in lines[max(0, index - HEAD_LOOKBACK) : index]
        if ln.page == first_row.page
        and 0 <= first_row.top - ln.bottom <= HEAD_GAP_SIZES * ln.size + HEAD_GAP_POINTS
    ]
    if not above:
        return []
    row = [ln for ln in above if abs(ln.bottom - above[-1].bottom) < ROW_TOLERANCE]
    heads: list[tuple[Line, float, bool]] = []
    for line in row:
        for word in line.words:
            text = word.text.strip().rstrip(":")
            if SUBSTITUTE_COLUMN_HEAD.match(text):
                heads.append((line, word.x0, True))
            elif MEMBER_COLUMN_HEAD.match(text):
                heads.append((line, word.x0, False))
            else:
                return []
    return heads


def _in_substitute_column(x0: float, heads: list[tuple[Line, float, bool]]) -> bool:
    """Whether a box stands under a head of substitutes (the nearest head to its left)."""
    nearest: tuple[float, bool] | None = None
    for _, head_x, substitutes in heads:
        if head_x - BOX_HEAD_REACH <= x0 and (nearest is None or head_x > nearest[0]):
            nearest = (head_x, substitutes)
    return bool(nearest and nearest[1])
