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

Where the boxes are drawn squares, not characters, the text layer holds only what is in
them: a marked box is a lone "X" just before its name, an empty one leaves nothing. Such a
list is read by position: the marks stand in a column, each the same distance left of its
name, and an unmarked entry starts where the marked names of its column do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Line, Word
from extractors.minutes.attendance import Attendance, parse_entry
from extractors.minutes.blocks import same_row
from extractors.minutes.parameters import (
    BOX_HEAD_REACH,
    CHECKBOX_ROW_GAP,
    HEAD_GAP_POINTS,
    HEAD_GAP_SIZES,
    HEAD_LOOKBACK,
    MARK_GAP_EMS,
    MIN_LIST_ENTRIES,
    ROW_TOLERANCE,
    SAME_COLUMN,
)
from extractors.swedish.labels import MEMBER_COLUMN_HEAD, SUBSTITUTE_COLUMN_HEAD
from schemas.record import Group

# "[X]", "[x]", "[ ]", "[]" as text, or the ballot box characters fonts draw
MARKED = re.compile(r"^(?:\[\s*[xX✓✔]\s*\]|[☒☑■✓✔])$")
EMPTY = re.compile(r"^(?:\[\s*\]|\[|[☐□])$")
# what every word MARKED or EMPTY matches starts with
_BOX_START = re.compile(r"[\[☒☑■✓✔☐□]")
# A mark in a drawn square: a lone "X" as a row's first word (an empty square leaves no text)
DRAWN_MARKS = frozenset({"X", "x"})


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
        elif rows and not same_row(line, rows[-1]):
            # a line between rows ends the list, unless it sits on a row's baseline
            break
    drawn: _Drawn | None = None
    if not rows:
        drawn = _drawn_list(lines)
        if drawn is None:
            return None
        rows = drawn.rows
    heads = _heads_above(lines, rows[0], min(line.x0 for line in rows))
    attendance = Attendance()
    skipped = 0
    for line in rows:
        for entry in _entries(line) if drawn is None else drawn.entries(line):
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


def _heads_above(lines: list[Line], first_row: Line, left: float) -> list[tuple[Line, float, bool]]:
    """The column heads on the row just above the first row of boxes: (line, x, whether
    the column lists substitutes); [] when that row is no row of heads. The block's label
    beside them, left of the list ("Närvarande | Ordinarie | Ersättare"), is no head."""
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
            if word.x0 < left - BOX_HEAD_REACH:
                continue
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


@dataclass
class _Drawn:
    """A list of drawn boxes: its rows, and where the names of each column start."""

    rows: list[Line]
    names: list[float]  # x of each column's names
    offset: float  # from a mark to its name

    def column(self, x: float) -> float | None:
        return next((n for n in self.names if abs(x - n) <= SAME_COLUMN), None)

    def fits(self, line: Line) -> bool:
        """A row of the list: a mark before a name, or an entry where the names start."""
        mark = _mark_offset(line)
        if mark is not None and abs(mark - self.offset) <= SAME_COLUMN:
            return self.column(line.words[1].x0) is not None
        return self.column(line.x0) is not None

    def entries(self, line: Line) -> list[_Entry]:
        """The people of a row: a mark, or a word where a column's names start, starts one."""
        entries: list[_Entry] = []
        for word in line.words:
            mark = self.column(word.x0 + self.offset) if word.text in DRAWN_MARKS else None
            if mark is not None:
                entries.append(_Entry(True, mark, [], line))
                continue
            start = self.column(word.x0)
            after_mark = bool(entries) and entries[-1].marked and not entries[-1].words
            if start is not None and not after_mark:
                entries.append(_Entry(False, start, [], line))
            if entries:
                entries[-1].words.append(word)
        return [e for e in entries if e.words]


def _mark_offset(line: Line) -> float | None:
    """How far right of a lone "X" starting the line its name starts; None for a line
    that starts otherwise."""
    words = line.words
    if len(words) < 2 or words[0].text not in DRAWN_MARKS:
        return None
    mark, name = words[0], words[1]
    if name.x0 - mark.x1 > MARK_GAP_EMS * max(line.size, 1.0) or not name.text[:1].isupper():
        return None
    return name.x0 - mark.x0


def _drawn_list(lines: list[Line]) -> _Drawn | None:
    """The first list of drawn boxes: at least two marks on a page, each as far left of its
    name; its rows run up and down from the marks over lines where its names start."""
    marks = [(i, offset) for i, line in enumerate(lines) if (offset := _mark_offset(line))]
    for n, (first, offset) in enumerate(marks):
        page = lines[first].page
        same = [i for i, o in marks[n:] if lines[i].page == page and abs(o - offset) <= SAME_COLUMN]
        if len(same) < MIN_LIST_ENTRIES:
            continue
        drawn = _Drawn([], [], offset)
        for i in same:
            if drawn.column(lines[i].words[1].x0) is None:
                drawn.names.append(lines[i].words[1].x0)
        _add_beside(drawn, lines, same)
        start = first
        while start > 0 and _row_above(drawn, lines[start - 1], lines[start]):
            start -= 1
        for line in lines[start:]:
            if drawn.rows and not (
                line.page == page and drawn.fits(line) and _near(drawn.rows[-1], line)
            ):
                break
            drawn.rows.append(line)
        if sum(1 for line in drawn.rows if _mark_offset(line) is not None) >= MIN_LIST_ENTRIES:
            return drawn
    return None


def _add_beside(drawn: _Drawn, lines: list[Line], marked: list[int]) -> None:
    """Columns whose names stand beside a marked one on its row ("X Ek Stina | Holm Per"):
    a column no mark stands in (none of its substitutes served)."""
    for i in marked:
        row = lines[i]
        for line in lines[max(0, i - 3) : i + 4]:
            if (
                line is not row
                and line.page == row.page
                and abs(line.bottom - row.bottom) < 2.5
                and line.x0 > row.x1
                and drawn.column(line.x0) is None
                and _mark_offset(line) is None
                and parse_entry(line.text)
            ):
                drawn.names.append(line.x0)


def _row_above(drawn: _Drawn, line: Line, below: Line) -> bool:
    """An unmarked entry above the first mark: a person where the names start."""
    text = line.text.strip().rstrip(":")
    return (
        line.page == below.page
        and _near(line, below)
        and drawn.fits(line)
        and not (MEMBER_COLUMN_HEAD.match(text) or SUBSTITUTE_COLUMN_HEAD.match(text))
        and bool(parse_entry(text))
    )


def _near(above: Line, line: Line) -> bool:
    """Two rows of one list: on one baseline, or the next row down."""
    return line.top - above.bottom <= CHECKBOX_ROW_GAP * max(above.size, 1.0)
