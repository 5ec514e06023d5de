"""Lists of the meeting's items printed apart from the items themselves: an "Ärendelista",
"Innehållsförteckning" or "Föredragningslista" table, one item a row ("§ 12 | Dnr KS
2024/31 | Delårsrapport 2024 | 4", "207 Utredning om …", or a title without a number).

Minutes print such a list before the items, or instead of them in an extract; the list
gives the items' titles where the body's headings are bare numbers ("§ 26" alone), and
the items where the body has no heading of its own for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Line, join_wrapped
from extractors.minutes.blocks import by_row
from extractors.minutes.items import TOC_LEADER, Heading, strip_case_number
from extractors.minutes.labels import is_label
from extractors.minutes.parameters import (
    CONTINUATION_INDENT,
    HEADING_SIZE_STEP,
    ITEM_LIST_ROW_GAP,
    MAX_ENTRY_CHARS,
    MAX_TITLE_WORDS,
    MIN_LIST_ENTRIES,
)
from extractors.swedish.bodies import BODY_NOUN, DEFINITE
from extractors.swedish.dates import find_date
from extractors.swedish.headings import ITEM_LIST_HEAD

# The body a list's heading names: "Ärenden till kommunfullmäktige den 3 mars 2025",
# "Ärenden vid tekniska nämndens sammanträde"
_NAMED_BODY = re.compile(r"^ärenden\s+(?:till|vid|på|för)\s+(.*)$", re.IGNORECASE)
_MEETING_WORDS = re.compile(
    r"\b(?:sammanträde|sammanträdet|möte|mötet|extra)\b|\bden\b.*$|\d.*$", re.IGNORECASE
)


def named_body(head: str) -> str | None:
    """The body a list's heading names ('kommunfullmäktige'), casefolded, or None."""
    m = _NAMED_BODY.match(" ".join(head.split()).rstrip(" :"))
    if m is None:
        return None
    name = " ".join(_MEETING_WORDS.sub(" ", m.group(1)).split()).casefold()
    return name if BODY_NOUN.search(name) or "fullmäktige" in name else None


def names_another_body(head: str, body: str | None) -> bool:
    """True when a list's heading names a body that is not the meeting's own ('Ärenden
    till kommunfullmäktige …' in the minutes of the kommunstyrelse); a bare 'nämnden',
    'styrelsen' is the meeting's own when its body is one; an unknown own body is no
    match."""
    named = named_body(head)
    if named is None:
        return False
    own = " ".join((body or "").split()).casefold()
    if not own:
        return True
    if named.rstrip("s") in DEFINITE.values() and named != "fullmäktige":
        return not own.endswith(named.rstrip("s"))  # "Ärenden till nämnden": the body's own
    return named not in (own, own + "s")


# "§ 27 …", "KS § 27 …", "27 …", "27. …", "27 § …"
_NUMBERED_ENTRY = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s+)?§\s*(\d{1,4}[a-z]?)"
    r"|(\d{1,4}[a-z]?)(?:\s*§)?(?=[.)]?\s))[.):]?\s*(.*)$"
)
# A page number in a list's last column, or after its leader dots
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_TRAILING_PAGE = re.compile(r"(?:\s*(?:\.\s*){3,}|\s*…{2,}|\s*_{4,})\s*\d{0,3}\s*$")

# "2.3 Analys av enkätsvar": the contents of a report (an attachment), not the items
SECTION_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\b")


@dataclass
class ListEntry:
    number: str | None
    title: str
    line: Line


@dataclass
class ItemList:
    head: Line
    entries: list[ListEntry] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # the head and every row


def find_item_lists(lines: list[Line], body_size: float) -> list[ItemList]:
    """The lists of items among the content lines, with at least MIN_LIST_ENTRIES rows each."""
    found: list[ItemList] = []
    rows = by_row(lines)
    k = 0
    while k < len(rows):
        row = rows[k]
        head = row[0]
        styled = head.bold or head.size > body_size + HEADING_SIZE_STEP
        if len(row) == 1 and styled and ITEM_LIST_HEAD.match(head.spaced):
            listed = _read_list(rows, k, body_size)
            numbered = any(entry.number is not None for entry in listed.entries)
            report = any(SECTION_NUMBER.match(e.title) for e in listed.entries)
            if len(listed.entries) >= MIN_LIST_ENTRIES and numbered and not report:
                found.append(listed)
                k = _row_after(rows, listed.lines[-1])
                continue
        k += 1
    return found


def _row_after(rows: list[list[Line]], last: Line) -> int:
    for k, row in enumerate(rows):
        if any(line is last for line in row):
            return k + 1
    return len(rows)


def _read_list(rows: list[list[Line]], k: int, body_size: float) -> ItemList:
    head = rows[k][0]
    listed = ItemList(head=head, lines=[head])
    previous = head
    number_x: float | None = None
    for row in rows[k + 1 :]:
        first = row[0]
        if first.page == previous.page and first.top - previous.bottom > ITEM_LIST_ROW_GAP * max(
            previous.size, 1
        ):
            break
        text = _row_text(row)
        if first.page != previous.page and previous is not head and first.bold != previous.bold:
            break  # a new page that starts in another style: the items themselves
        if (
            not text
            or len(text) > MAX_ENTRY_CHARS
            or first.size > body_size + HEADING_SIZE_STEP
            or (first.bold and not _NUMBERED_ENTRY.match(text))
            or is_label(text)
            or (text.endswith(".") and len(text.split()) > MAX_TITLE_WORDS)
        ):
            break
        m = _NUMBERED_ENTRY.match(text)
        if m is None and text.endswith((".", ":")):
            break  # a sentence under a heading, not an unnumbered title
        if m:
            number_x = first.x0 if number_x is None else number_x
            title = strip_case_number(m.group(3)).strip(" .:–-")
            listed.entries.append(ListEntry(m.group(1) or m.group(2), title, first))
        elif (
            listed.entries
            and number_x is not None
            and first.x0 > number_x + CONTINUATION_INDENT
            and listed.entries[-1].number is not None
        ):
            entry = listed.entries[-1]  # the title wraps inside its column
            entry.title = join_wrapped(entry.title, text)
        else:
            listed.entries.append(ListEntry(None, strip_case_number(text).strip(" .:–-"), first))
        listed.lines.extend(row)
        previous = first
    return listed


def _row_text(row: list[Line]) -> str:
    """A row's cells as one text, less the page number of its last column."""
    cells = [line.spaced for line in row]
    if len(cells) >= 2 and _PAGE_NUMBER.match(cells[-1]):
        cells = cells[:-1]
    text = " ".join(cells)
    if TOC_LEADER.search(text):
        text = _TRAILING_PAGE.sub("", text)
    return text.strip()


def listed_headings(
    item_lists: list[ItemList], headings: list[Heading], body: str | None = None
) -> list[Heading]:
    """The body's headings, titled from the lists where the body prints a bare number,
    and the listed items the body has no heading for (in list order, after them); a list
    of matters sent on to another body ('Ärenden till kommunfullmäktige') adds none."""
    by_number = {h.number: h for h in headings if h.number is not None}
    unnumbered = [h.title.casefold() for h in headings if h.number is None]
    added: list[Heading] = []
    for listed in item_lists:
        numbers = {e.number for e in listed.entries if e.number is not None}
        if headings and not numbers & set(by_number):
            continue  # an agenda numbered apart from the paragraphs ("1. …" against "§ 45")
        elsewhere = names_another_body(listed.head.text, body)
        for entry in listed.entries:
            if not entry.title:
                continue
            if entry.number is not None and entry.number in by_number:
                heading = by_number[entry.number]
                if heading.title == f"§ {heading.number}":  # a bare number in the body
                    heading.title = entry.title
                continue
            if elsewhere or (entry.number is None and entry.title.casefold() in unnumbered):
                continue
            if entry.number is not None:
                by_number[entry.number] = Heading(entry.number, entry.title, entry.line)
                added.append(by_number[entry.number])
            else:
                added.append(Heading(None, entry.title, entry.line))
    return headings + added


def date_of_lists(item_lists: list[ItemList], body: str | None = None) -> str | None:
    """The meeting's date as a list's heading names it ('Ärenden den 3 mars 2025',
    'Ärenden till tekniska nämnden den 3 mars 2025' in that nämnd's minutes); a list for
    another body's meeting gives none."""
    for listed in item_lists:
        if names_another_body(listed.head.text, body):
            continue
        found = find_date(listed.head.spaced)
        if found:
            return found[0]
    return None
