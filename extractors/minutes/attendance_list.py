"""An attendance list printed as a table of its own ('Närvarolista', 'Närvaro- och
omröstningslista'), usually on a last page or in an appendix that the header points to
('Beslutande: Se bifogad närvarolista').

The table is read by its header row: one column of members, their party, a mark for who
served ('Tjänstgör', 'Närvarande') or stayed away ('Frånvarande'), and the substitute who
served in a member's place with the substitute's party. Vote columns ('Ja', 'Nej',
'Avstår', '§ 25') are left alone, and so are heads the list does not know ('Nr'). Sections
below the members ('Närvarande ersättare, ej tjänstgörande') list people of another group,
under a header row of their own or none. Other columns: the people's organisation
('Kommun', 'Organisation') and a note on each ('Närvarande som', 'Anmärkning'); names may
carry their marks in their cells ('– förhinder', '– tjänstgör').

The same table may stand in the header under a word alone ('Närvaro', 'Deltagare') or no
heading at all (then names first and a column of marks). A list heading on a later page
may stand over labelled sections instead of a table ('Närvarande ledamöter', …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Line, Word
from extractors.minutes.attendance import Attendance, Person, parse_entry, read_attendance
from extractors.minutes.blocks import beside_another, by_row, find_blocks, same_row
from extractors.minutes.labels import group_of, label_key
from extractors.minutes.parameters import (
    COLUMN_X_TOLERANCE,
    MAX_CAPTION_ROWS,
    MAX_LIST_HEADING_WORDS,
    MAX_UNKNOWN_HEAD_WORDS,
)
from extractors.swedish.headings import ATTENDANCE_LIST_HEAD
from extractors.swedish.labels import (
    ATTENDANCE_LIST_COLUMNS,
    CELL_MARK,
    LIST_SUMMARY_ROW,
    REPLACED_IN_REMARK,
)
from extractors.swedish.parties import normalise_party
from schemas.record import Group

_COLUMN_OF = [
    (kind, re.compile(rf"(?:{p})", re.IGNORECASE)) for kind, p in ATTENDANCE_LIST_COLUMNS.items()
]
# a section heading with its people after a colon: 'Ej tjänstgörande ersättare: Ylva Ek (S)'
_INLINE_SECTION = re.compile(r"^([^:,()]{3,50}):\s*(\S.*)$")
_NO_MARK = {"", "-", "–", "0", "nej"}
# a mark that says served, not only present: 'T', 'Tjg', 'Tjänstgör'
_SERVING_MARK = re.compile(r"t|tj\.?|tjg\.?|tjänstg(?:\.|ör|örande)?", re.IGNORECASE)
# marks of the substitutes' own, right of their names: the ersättare are a roster of their own
_SUBSTITUTE_MARKS = {"substitute_present", "substitute_serving"}
_MARKS = {"present", "serving", "absent"}
# a header row without a heading over it heads an attendance list only with a column that
# says who was there
_HEADLESS_MARKS = _MARKS | {"seat"}
_NAME_HEAD = re.compile(ATTENDANCE_LIST_COLUMNS["name"], re.IGNORECASE)


@dataclass
class Column:
    # name, party, present, serving, absent, substitute, substitute_party,
    # substitute_present, substitute_serving, vote, seat (present, whoever sat in it),
    # other (a head the list does not know)
    kind: str
    x0: float


@dataclass
class AttendanceList:
    attendance: Attendance
    lines: list[Line] = field(default_factory=list)  # the list's lines, heading included


def read_attendance_list(lines: list[Line]) -> AttendanceList | None:
    """The first attendance list table in the lines; None when there is none."""
    for index, line in enumerate(lines):
        if (
            ATTENDANCE_LIST_HEAD.match(line.text.strip())
            and len(line.text.split()) <= MAX_LIST_HEADING_WORDS
            and (len(line.words) > 1 or not beside_another(lines, index))  # 'Närvaro' alone
        ):
            found = _read_table(line, lines[index + 1 :])
            if found is not None:
                return found
    # no heading: a row of column heads with names and a mark ('Namn | Organisation |
    # Närvarande'), wherever it stands
    for index, line in enumerate(lines):
        if _NAME_HEAD.fullmatch(line.text.strip(" .:")):
            start = index
            while start > 0 and same_row(lines[start - 1], line):
                start -= 1
            found = _read_table(None, lines[start:])
            if found is not None:
                return found
    return None


def read_attendance_sections(lines: list[Line], council: bool) -> AttendanceList | None:
    """Attendance in labelled sections under a list heading after the first page, where a
    header that defers to it points ('se närvarolistan på protokollets sista sida'):
    'Närvarolista' / 'Närvarande ledamöter' / names / 'Tjänstgörande ersättare' / …, no
    table. The sections run from the heading while their labels are attendance labels;
    None when the first is none (a list of other names: a sändlista)."""
    first_page = lines[0].page if lines else 0
    for index, line in enumerate(lines):
        text = line.text.strip()
        if (
            line.page == first_page
            or not ATTENDANCE_LIST_HEAD.match(text)
            or len(text.split()) > MAX_LIST_HEADING_WORDS
            or group_of(text) is not None  # 'Närvarande': a label of its own
        ):
            continue
        page = [ln for ln in lines[index + 1 :] if ln.page == line.page]
        sections = []
        for block in find_blocks(page):
            if not block.label or group_of(block.label) is None:
                break
            sections.append(block)
        attendance = read_attendance(sections, council) if sections else None
        if attendance is not None and attendance.attendees:
            used = [line]
            for block in sections:
                used += [ln for ln in (block.label_line, *block.values) if ln is not None]
            return AttendanceList(attendance, used)
    return None


def _read_table(heading: Line | None, lines: list[Line]) -> AttendanceList | None:
    """The list under heading, or without one from its header row on (which then must
    have a column of marks)."""
    page = lines[0].page if lines else None
    table = _Table(any(CELL_MARK.search(ln.text) for ln in lines if ln.page == page))
    used: list[Line] = [heading] if heading is not None else []
    captions = MAX_CAPTION_ROWS if heading is not None else 1
    left: float | None = None  # the table's left edge, once its header row is read
    for number, row in enumerate(by_row(lines)):
        if left is not None:
            # a list set beside the header's labels and values shares its rows with them:
            # what ends left of the list's heading and header row is another column's
            row = [ln for ln in row if ln.x1 >= left - COLUMN_X_TOLERANCE]
            if not row:
                continue
        had_columns = table.columns is not None
        if not table.read(row):
            if table.columns is not None or number + 1 >= captions:
                break
            # before the header row: a caption ("Kommunfullmäktige 2024-04-22, §§ 21–27")
        elif heading is None and not _headless_header(table.columns or []):
            return None
        elif not had_columns and table.columns is not None:
            left = min(ln.x0 for ln in (row if heading is None else [heading, *row]))
        used.extend(row)
    if table.columns is None or not table.result.attendees:
        return None
    if heading is None and all(a.group is Group.absent for a in table.result.attendees):
        return None  # no mark in the text: boxes drawn, read as boxes
    return AttendanceList(table.result, used)


def _headless_header(columns: list[Column]) -> bool:
    """Whether a header row with no heading over it heads an attendance list: names first,
    then a column that says who was there ('Namn | Organisation | Närvarande'); a mark
    left of the names is a label ('Närvarande | Ordinarie | Ersättare')."""
    return (
        bool(columns)
        and columns[0].kind == "name"
        and any(c.kind in _HEADLESS_MARKS for c in columns)
    )


class _Table:
    """The rows of one list, read in order: header rows, section headings, people."""

    def __init__(self, marked_in_cells: bool = False) -> None:
        self.result = Attendance()
        self.columns: list[Column] | None = None
        self.group = Group.decision_maker
        self.member: Person | None = None  # the last member: a substitute's row may follow
        self.seen: set[str] = set()
        # names marked in their cells ('Aina Ek (M) – förhinder', 'Bo Ek (M) – tjänstgör')
        self.marked_in_cells = marked_in_cells
        # the last row of people and the state before it: a row may wrap onto the next
        self.last: tuple[list[Line], int, int, set[str], Person | None] | None = None

    def read(self, row: list[Line]) -> bool:
        """Take one row; False when it is not a row of the list."""
        heads = _heads(row)
        header = _header(heads or _heads(row, unknown=True) or [])
        if header is not None:
            self.columns = header
            return True
        if self.columns is None:
            return False
        if not any(ch.isalnum() for line in row for ch in line.text):
            return True  # a rule, or the dot of a head that wrapped ('Närv' / '.')
        if self.last is not None and self._wrapped(row):
            # the rest of the row above ('Camilla Ek (S),' / 'ordförande'): read it again whole
            above, attendees, substitutions, seen, self.member = self.last
            del self.result.attendees[attendees:]
            del self.result.substitutions[substitutions:]
            self.seen, self.last = seen, None
            return self._people(_cells(above + row, self.columns), above + row)
        if heads and heads[0].x0 > self.columns[0].x0 + COLUMN_X_TOLERANCE:
            # more heads under the header: "Ja Nej Avstår" of each vote, over their columns;
            # in the names' column, '§ 31' is the item after the list
            self.columns = sorted(self.columns + heads, key=lambda c: c.x0)
            return True
        inline = _INLINE_SECTION.match(" ".join(ln.text for ln in row).strip())
        if inline is not None and group_of(inline.group(1)) is not None:
            # 'Ej tjänstgörande ersättare: Ylva Ek (S), Bo Berg (C)': a section and its
            # people on one line, across the columns
            self.group, self.member = group_of(inline.group(1)) or self.group, None
            for person in parse_entry(inline.group(2)):
                self._add(person, self.group, row)
            return True
        cells = _cells(row, self.columns)
        text = cells.get("name", "")
        if LIST_SUMMARY_ROW.match(text):
            return True
        # a heading inside the list: 'Närvarande ersättare, ej tjänstgörande'
        section = group_of(text) if len(cells) == 1 and text else None
        if section is not None:
            self.group, self.member = section, None
            return True
        self.last = (
            row,
            len(self.result.attendees),
            len(self.result.substitutions),
            set(self.seen),
            self.member,
        )
        return self._people(cells, row)

    def _wrapped(self, row: list[Line]) -> bool:
        """Whether a row continues the cells of the row above: in a list whose first column
        is an organisation's ('Kommun | Ledamot | Ersättare'), a row with none."""
        columns = self.columns or []
        return (
            len(columns) > 1
            and columns[0].kind == "organisation"
            and min(ln.x0 for ln in row) >= columns[1].x0 - COLUMN_X_TOLERANCE
        )

    def _people(self, cells: dict[str, str], row: list[Line]) -> bool:
        kinds = {c.kind for c in self.columns or []}
        person = _person(cells.get("name", ""), cells.get("party"))
        substitute = _person(cells.get("substitute", ""), cells.get("substitute_party"))
        organisation = cells.get("organisation", "").strip()
        for someone in (person, substitute):
            if organisation and someone is not None and someone.organisation is None:
                someone.organisation = organisation  # 'Kommun': the member's and the substitute's
        if "note" in kinds and person is not None and substitute is None:
            return self._noted(person, cells, row)
        if kinds & _SUBSTITUTE_MARKS and self.group is Group.decision_maker:
            return self._rosters(cells, kinds, person, substitute, row)
        if self.marked_in_cells and self.group is Group.decision_maker and person is not None:
            return self._marked_in_cells(cells, person, substitute, row)
        if person is None:
            if substitute is None or self.member is None:
                return False
            # a substitute on a row of its own, under the member it replaced: without a
            # serving mark to say otherwise, the member was away, as on a shared row
            self._add(substitute, Group.decision_maker, row, replaces=self.member)
            if "present" not in kinds:
                for attendee in self.result.attendees:
                    if attendee.name == self.member.name:
                        attendee.group = Group.absent
            return True
        if substitute is not None and substitute.party is None and "substitute_party" not in kinds:
            substitute.party = person.party  # a seat's substitute is of its party's list
        marked = _marked(cells, "present") or _marked(cells, "serving")
        away = _marked(cells, "absent")
        if self.group is Group.decision_maker:
            if "seat" in kinds:  # the seat's mark: the member's when no one sat in for them
                served = substitute is None and _marked(cells, "seat")
            elif kinds & {"present", "serving"}:
                served = marked
            else:
                served = not away and substitute is None
            self._add(person, Group.decision_maker if served else Group.absent, row)
            if substitute is not None:
                self._add(substitute, Group.decision_maker, row, replaces=person)
            self.member = person
        elif not kinds & {"present", "serving", "seat"} or marked or _marked(cells, "seat"):
            # unmarked: was not there
            self._add(person, self.group, row)
        return True

    def _marked_in_cells(
        self, cells: dict[str, str], member: Person, substitute: Person | None, row: list[Line]
    ) -> bool:
        """A list whose names carry their marks ('Ledamot | Ersättare' with 'Aina Ek (M) –
        förhinder', 'Bo Ek (M) – tjänstgör'): a member marked away was absent, any other
        decided; a substitute marked serving decided in the place of an absent member of
        the row, any other attended without serving."""
        away = _cell_mark(cells.get("name", "")) == "absent"
        self._add(member, Group.absent if away else Group.decision_maker, row)
        if substitute is not None:
            if _cell_mark(cells.get("substitute", "")) == "serving":
                self._add(substitute, Group.decision_maker, row, replaces=member if away else None)
            else:
                self._add(substitute, Group.substitute_not_serving, row)
        return True

    def _noted(self, person: Person, cells: dict[str, str], row: list[Line]) -> bool:
        """A row with a note on the person ('Namn | Parti | Närvarande som | Anmärkning'):
        a group ('tjänstgörande ersättare', 'ersättare', 'frånvarande'), or roles and whom
        a substitute replaced ('vice ordförande', 'ersättare för Eva Ek (S)', 'för Eva Ek
        (S)'); in a list of parties, one without a party and with a role is staff."""
        note = cells.get("note", "").strip(" ,")
        group = group_of(note) if note else None
        if group is not None:
            self._add(person, group, row)
            return True
        group = self.group
        replaced = REPLACED_IN_REMARK.match(note)
        if replaced is not None:
            entry = parse_entry(replaced.group(1))
            if entry:
                person.replaces, person.replaced_party = entry[0].name, entry[0].party
        elif note:
            entry = parse_entry(f"{person.name}, {note}")
            if entry and entry[0].name == person.name:
                noted = entry[0]
                person.roles, person.membership, person.serving = (
                    noted.roles,
                    noted.membership,
                    noted.serving,
                )
                person.replaces, person.replaced_party = noted.replaces, noted.replaced_party
            if group is Group.decision_maker and person.party is None and not person.replaces:
                if "party" in {c.kind for c in self.columns or []} and person.roles:
                    group = Group.other_present
        self._add(person, group, row)
        return True

    def _rosters(
        self,
        cells: dict[str, str],
        kinds: set[str],
        member: Person | None,
        substitute: Person | None,
        row: list[Line],
    ) -> bool:
        """A row of two rosters side by side, each with its own marks ('Ledamöter | Parti |
        Närv. ‖ Ersättare | Parti | Närv. | Tjg'): the substitute on a member's row is no
        more than printed there. A member with a mark decided and one without was away; a
        substitute marked as serving decided (in whose place the list does not say), one
        marked only present did not, unless no serving column says otherwise and the
        member of the row was away; an unmarked substitute was not there."""
        if member is None and substitute is None:
            return False
        served = _marked(cells, "present") or _marked(cells, "serving")
        if member is not None:
            self._add(member, Group.decision_maker if served else Group.absent, row)
        if substitute is None:
            return True
        if _marked(cells, "substitute_serving"):
            self._add(substitute, Group.decision_maker, row)
        elif _marked(cells, "substitute_present"):
            if _SERVING_MARK.fullmatch(cells.get("substitute_present", "").strip()):
                # 'T' (tjänstgör) where others have 'X': served, for the row's member when
                # the member was away ('T = ersättaren tjänstgör för ledamoten på samma rad')
                away = member if member is not None and not served else None
                self._add(substitute, Group.decision_maker, row, replaces=away)
                return True
            stood_in = "substitute_serving" not in kinds and member is not None and not served
            self._add(
                substitute, Group.decision_maker if stood_in else Group.substitute_not_serving, row
            )
        return True

    def _add(
        self, person: Person, group: Group, row: list[Line], replaces: Person | None = None
    ) -> None:
        if person.name in self.seen:
            return
        self.seen.add(person.name)
        if replaces is not None:
            person.replaces, person.replaced_party = replaces.name, replaces.party
        self.result.add(person, group, row)


def _heads(row: list[Line], unknown: bool = False) -> list[Column] | None:
    """The columns a row of column heads names, left to right; None for any other row.
    With unknown, a head the list does not know ('Nr', 'Anmärkning') is a column of its
    own whose cells are read by none: at most MAX_UNKNOWN_HEAD_WORDS words, and no more
    such heads than known ones."""
    columns: list[Column] = []
    for line in row:
        words, i = line.words, 0
        while i < len(words):  # heads set close together: "Närv. Tjänstgörande ersättare"
            for j in range(len(words), i, -1):  # the longest head from here
                kind = _kind(" ".join(w.text for w in words[i:j]))
                if kind is not None:
                    columns.append(Column(kind, words[i].x0))
                    i = j
                    break
            else:
                if not unknown:
                    return None
                j = i + 1  # the unknown head runs to the next known one
                while j < len(words) and _kind(words[j].text) is None:
                    j += 1
                if j - i > MAX_UNKNOWN_HEAD_WORDS:
                    return None
                columns.append(Column("other", words[i].x0))
                i = j
    others = sum(c.kind == "other" for c in columns)
    if others * 2 > len(columns):
        return None
    return columns or None


def _header(columns: list[Column]) -> list[Column] | None:
    """The columns of a header row: names and at least a party, a mark or a substitute;
    a party or a mark after the substitute is the substitute's."""
    kinds = {c.kind for c in columns}
    if "name" not in kinds or not {"party", "present", "serving", "absent", "substitute"} & kinds:
        return None
    kinds_in_order = [c.kind for c in columns]
    if "substitute" in kinds:
        # 'Ledamot | Parti | Tjänstgörande ersättare | Närv.': the one mark, with none
        # left of the substitutes, is the seat's, whoever sat in it
        start = kinds_in_order.index("substitute")
        before, after = kinds_in_order[:start], kinds_in_order[start:]
        marks = [k for k in after if k in _MARKS]
        if not _MARKS & set(before) and len(marks) == 1:
            next(c for c in columns[start:] if c.kind in _MARKS).kind = "seat"
    after_substitute = False
    for column in columns:
        after_substitute = after_substitute or column.kind == "substitute"
        if column.kind in ("party", "present", "serving") and after_substitute:
            column.kind = f"substitute_{column.kind}"
    return columns


def _marked(cells: dict[str, str], kind: str) -> bool:
    """Whether the row has a mark in the column of kind ('X', 'x', '1')."""
    return cells.get(kind, "").strip().casefold() not in _NO_MARK


def _kind(text: str) -> str | None:
    key = label_key(text).strip(" .")
    for kind, pattern in _COLUMN_OF:
        if pattern.fullmatch(key):
            return kind
    return None


def _cells(row: list[Line], columns: list[Column]) -> dict[str, str]:
    """Text per column kind; each word goes to the last column starting left of it."""
    words: dict[str, list[Word]] = {}
    for line in row:
        for word in line.words:
            column = columns[0]
            for candidate in columns:  # a column's label may start a little right of it
                if candidate.x0 - COLUMN_X_TOLERANCE <= word.x0:
                    column = candidate
            words.setdefault(column.kind, []).append(word)
    return {kind: " ".join(w.text for w in ws) for kind, ws in words.items()}


def _cell_mark(text: str) -> str | None:
    """'absent' or 'serving' for a name marked in its cell ('– förhinder', '– tjänstgör')."""
    mark = CELL_MARK.search(text)
    if mark is None:
        return None
    return "serving" if mark.group(1).casefold().startswith("tjänstg") else "absent"


def _person(text: str, party: str | None) -> Person | None:
    text = CELL_MARK.sub("", text)
    people = parse_entry(text) if text.strip() else []
    if not people:
        return None
    person = people[0]
    if party and person.party is None:
        person.party = normalise_party(party.strip("() "))
    return person
