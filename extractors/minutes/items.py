"""Agenda items: numbered headings (§ 3, KF § 61, '3 Rubrik' set in a heading style),
their text, presenters and decisions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Line, join_wrapped, running_text
from extractors.minutes.attendance import leading_person
from extractors.minutes.blocks import same_row
from extractors.minutes.decisions import decisions, line_pitch
from extractors.minutes.parameters import (
    COLUMN_X_TOLERANCE,
    CONTENTS_LOOKAHEAD,
    HEADING_SIZE_STEP,
    MARGIN_TOLERANCE,
    MAX_CAPTION_WORDS,
    MAX_HEADING_CHARS,
    MAX_TITLE_CONTINUATIONS,
    MAX_TITLE_WORDS,
    MIN_CAPTIONS,
    NEAR_LINE_GAP,
    OUTSIZED_WORD,
    ROW_TOLERANCE,
    SAME_SIZE,
    TITLE_INDENT_TOLERANCE,
    TITLE_LINE_GAP,
    TITLE_LOOKAHEAD,
)
from extractors.swedish import nlp
from extractors.swedish.decisions import DECISION_HEAD, PROPOSAL_HEAD, SECTION_HEAD
from extractors.swedish.headings import ITEM_WORD_HEADING
from extractors.swedish.labels import PRESENTER_HEAD, PRESENTER_LINE
from extractors.swedish.names import same_person
from extractors.swedish.roles import ROLE_WORDS
from schemas.record import AgendaItem

# "§ 3 Rubrik", "KF § 61 Rubrik", "§3. Rubrik", "Sn § 49"
PARAGRAPH_HEADING = re.compile(
    r"^(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}\s+)?§\s*(\d{1,4}[a-z]?)\b\s*[.:]?\s*(.*)$"
)
# Finland-Swedish minutes put the number first: "39 § Rubrik", "12 §"
NUMBER_FIRST_HEADING = re.compile(r"^(\d{1,4}[a-z]?)\s*§(?!§)\s*[.:]?\s*(.*)$")
# "3 Rubrik", "3. Rubrik", "3) Rubrik", "3 – Rubrik", "3 a Rubrik" (a sub-item, numbered
# as printed): a heading only when set apart typographically.
NUMBERED_HEADING = re.compile(
    r"^(\d{1,3}\s[a-h](?=\s)|\d{1,3}[a-z]?)(?:[.)]\s*|\s+[–—-]\s+|\s+)([A-ZÅÄÖÉ0-9\"'«].*)$"
)
# "5", "5 a", "5b.": a number alone, its title beside it in a column of its own
BARE_NUMBER = re.compile(r"^(\d{1,3}(?:\s[a-h]|[a-z])?)[.)]?()$")
# "AU 1 Rubrik", "KHR 12 Rubrik": the body's abbreviation before the number, without '§'
# (styled only, as NUMBERED_HEADING; "KS 2024/123" is a case number, not a heading)
PREFIXED_HEADING = re.compile(r"^(?:[A-ZÅÄÖ]{2,4}\s+)(\d{1,4}[a-z]?)\s+([A-ZÅÄÖÉ\"'«].*)$")
CASE_NUMBER = re.compile(
    r"\s*(?:\b(?:Dnr|Diarienr|Diarienummer|Dnr\.?:?|Ärendenr)\b.*|\b[A-ZÅÄÖ]{2,5}\s+\d{4}/\d+.*)$",
    re.IGNORECASE,
)
# four dots, spaced or not (the lookahead lets a search skip other characters at C speed)
TOC_LEADER = re.compile(r"(?=[._…])(?:\.(?:\s*\.){3,}|…{2,}|_{4,})")
# The case number as a token, where a title follows it in the same row of a list:
# "§ 12 Dnr KS 2024/31 Delårsrapport 2024", "§ 8 Diarienummer 0442/19"
CASE_TOKEN = re.compile(
    r"\(?\b(?:Dnr|Diarienr|Diarienummer|Ärendenr)\b\.?:?\s*"
    r"(?:[A-ZÅÄÖ]{1,6}[\s-]?)?\d{1,4}[/.:-]\d{1,6}(?:[/.:-]\d{1,6})*\)?",
    re.IGNORECASE,
)


def strip_case_number(text: str) -> str:
    """A heading's text less its case number: the token where it is one, else all from
    the case word on ('Dnr KS 2024/123' far right, or a case number the token misses)."""
    text = CASE_TOKEN.sub(" ", text)
    return " ".join(CASE_NUMBER.sub("", text).split())


# A paragraph's caption over its number, as Finland-Swedish minutes print one over each:
# the body and the meeting's date ("Tekniska nämnden 11.6.2024" / "54 § Rubrik")
ITEM_CAPTION = re.compile(
    r"^[A-ZÅÄÖ][^\d§.:;!?]{1,80}?,?\s+(?:den\s+)?"
    r"(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})$"
)


def item_captions(lines: list[Line]) -> set[int]:
    """The lines (ids) that caption the item heading just under them: one text over at
    least MIN_CAPTIONS headings, neither an item nor part of the item above it."""
    over: dict[str, list[Line]] = {}
    for line, below in zip(lines, lines[1:], strict=False):
        text = line.text
        if not text[-1:].isdigit() or below.page != line.page:  # most lines: no date last
            continue
        text = " ".join(text.split())
        if len(text.split()) > MAX_CAPTION_WORDS or not ITEM_CAPTION.match(text):
            continue
        if below.top - line.bottom > NEAR_LINE_GAP * max(line.size, 1.0):
            continue
        heading = below.spaced
        if PARAGRAPH_HEADING.match(heading) or NUMBER_FIRST_HEADING.match(heading):
            over.setdefault(text.casefold(), []).append(line)
    return {id(ln) for found in over.values() if len(found) >= MIN_CAPTIONS for ln in found}


@dataclass
class Heading:
    number: str | None
    title: str
    line: Line
    body: list[Line] = field(default_factory=list)
    title_lines: list[Line] = field(default_factory=list)  # the lines the title was read from


def find_headings(
    lines: list[Line], body_size: float, margins: dict[int, float] | None = None
) -> list[Heading]:
    """The agenda item headings among content lines, in order; `margins` gives the left
    edge of a line's text column where a page is set in two (by the line's id)."""
    headings: list[Heading] = []
    rows = _same_row_index(lines)
    margin = None  # the left margin, found on first need
    for i, line in enumerate(lines):
        text = _text(line)
        if TOC_LEADER.search(text):
            continue
        m = PARAGRAPH_HEADING.match(text) or NUMBER_FIRST_HEADING.match(text)
        styled = line.bold or line.size > body_size + HEADING_SIZE_STEP
        if m is None and styled and text[:1] in "ÄäPp":  # "Ärende 3" over its title
            m = _item_word_heading(text)
        if m is not None and rows.get(i - 1) == i:  # a cell right of another in its row:
            continue  # a table's column head ("Parti | § 141 | § 144"), no item
        if (m is None) == styled:  # where the line starts decides
            margin = _left_margin(lines) if margin is None else margin
            left = margins.get(id(line), margin) if margins else margin
            at_margin = line.x0 <= left + MARGIN_TOLERANCE
            if m is not None:  # an unstyled "§ 53" in a table cell ("Helén Holm | § 53")
                m = m if at_margin else None
            else:
                numbered = (
                    NUMBERED_HEADING.match(text)
                    or PREFIXED_HEADING.match(text)
                    or _number_column(lines, i, rows, text)
                )
                m = numbered if at_margin else None
                if m and (len(text) > MAX_HEADING_CHARS or text.rstrip().endswith((",", ";"))):
                    m = None
        if m is None:
            continue
        if _in_table_of_contents(lines, i):
            continue
        number, title = m.group(1), m.group(2).strip()
        title_lines, last = [line], i
        title = strip_case_number(title)
        if not title:  # "§ 12" (and its Dnr): the title is
            beside = rows.get(i)  # beside it or on the next line
            if beside is not None and not strip_case_number(lines[beside].text):
                title_lines.append(lines[beside])  # "Dnr SN 2024/118" far right
                beside = rows.get(beside)
            if beside is not None:
                last = beside
            elif headings and headings[-1].number == number:
                pass  # the number repeated atop the next page or under its heading
            elif above := _title_above(lines, i, title_lines, body_size, headings):
                title = " ".join(strip_case_number(ln.text) for ln in above)
                headings.append(Heading(number, title, above[0], title_lines=above + title_lines))
                continue
            elif (below := _title_below(lines, i, title_lines)) is not None:
                last = below
            if last != i:
                title_lines.append(lines[last])
        cell = last != i and rows.get(i) == last  # the title in a cell beside the number
        title_lines += _title_continuation(lines, last, lines[last], cell)
        for extra in title_lines[1:]:
            if more := strip_case_number(_text(extra)):  # not the Dnr beside the number
                title = join_wrapped(title, more)
        title = CASE_NUMBER.sub("", " ".join(title.split())).strip(" .:–-")
        if not title and not number:
            continue
        if RUNNING_HEADER_TITLE.fullmatch(title) or (
            not title and _repeats(headings, number, lines, i)
        ):
            continue  # "7 § | 14.02.2024" atop each page; "14 §" under "14§ Rubrik"
        headings.append(Heading(number, title or f"§ {number}", line, title_lines=title_lines))
    return headings


def _text(line: Line) -> str:
    """A line's text, spaces collapsed, less any word set OUTSIZED_WORD times its size."""
    if len(line.sizes) > 1:
        size = line.size * OUTSIZED_WORD
        return " ".join(" ".join(w.text for w in line.words if w.size < size).split())
    return line.spaced


def _number_column(
    lines: list[Line], i: int, rows: dict[int, int], text: str
) -> re.Match[str] | None:
    """A styled number alone at the margin ('5', '5 a', '5.'), its title beside it in a
    column of its own in the number's style: a numbered item, the title read beside it."""
    m = BARE_NUMBER.match(text)
    if m is None or i not in rows:
        return None
    beside = lines[rows[i]]
    if not _same_style(beside, lines[i]) or not beside.text.lstrip()[:1].isupper():
        return None
    return m


def _item_word_heading(text: str) -> re.Match[str] | None:
    """'Ärende 3', 'Punkt 3 Rubrik' set as a heading: the number, and a title beside it
    only where one begins there ('Punkt 3 på dagordningen …' is a sentence)."""
    m = ITEM_WORD_HEADING.match(text)
    if m is None or (m.group(2) and not m.group(2)[:1].isupper()):
        return None
    return m


# The title beside a number in a page's running header: a date ("7 § 14.02.2024")
RUNNING_HEADER_TITLE = re.compile(r"\d{1,4}(?:[./-]\d{1,2}){1,2}[./-]?(?:\d{2,4})?")


def _repeats(headings: list[Heading], number: str | None, lines: list[Line], index: int) -> bool:
    """Whether a bare number repeats the heading on the line above it ('14§ Rubrik' / '14 §')."""
    if not headings or headings[-1].number != number or index == 0:
        return False
    return headings[-1].title_lines[-1] is lines[index - 1]


# "Beredning: Anna Ek", "Föredragande: …": a label and its value, not a title
LABELLED = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*:\s")


def _title_below(lines: list[Line], i: int, title_lines: list[Line]) -> int | None:
    """The line under a bare '§ 26' that holds its title: set in bold, or a short plain
    line that is no sentence; a line with only the case number ('Dnr KS 2018/14') between
    them is passed over (and kept with the title's lines)."""
    k = i + len(title_lines)
    if k < len(lines) and lines[k].page == lines[i].page and not strip_case_number(lines[k].text):
        title_lines.append(lines[k])
        k += 1
    if k >= len(lines) or lines[k].page != lines[i].page:
        return None
    below = lines[k]
    text = below.spaced
    if below.bold:
        return k
    plain_title = (
        text[:1].isupper()
        and not LABELLED.match(text)
        and len(text.split()) <= MAX_TITLE_WORDS
        and not text.endswith((".", ",", ":", ";"))
        and not DECISION_HEAD.match(text)
        and not SECTION_HEAD.match(text)
        and below.top - lines[k - 1].bottom < NEAR_LINE_GAP * max(lines[i].size, 1)
    )
    return k if plain_title else None


def _title_above(
    lines: list[Line],
    i: int,
    title_lines: list[Line],
    body_size: float,
    headings: list[Heading],
) -> list[Line]:
    """The title over a bare 'AU § 3' (and its Dnr beside or under it, then kept with
    `title_lines`): a heading-styled line (bold, or set larger than the text) at the
    number's left edge, closer to the number than the number is to the line under it,
    and a wrapped title's line over it in its style."""
    line = lines[i]
    k = i + len(title_lines)
    if i == 0 or k >= len(lines) or lines[k].page != line.page:
        return []
    if not strip_case_number(lines[k].text):  # "Dnr KS 2024/12" under the number
        title_lines.append(lines[k])
        k += 1
        if k >= len(lines) or lines[k].page != line.page:
            return []
    gap_below = lines[k].top - title_lines[-1].bottom
    taken = {id(ln) for h in headings[-1:] for ln in h.title_lines}
    found: list[Line] = []
    under = line
    for j in range(i - 1, max(i - 1 - MAX_TITLE_CONTINUATIONS, -1), -1):
        above = lines[j]
        text = above.spaced
        gap = under.top - above.bottom
        styled = above.bold or above.size > body_size + HEADING_SIZE_STEP
        if (
            id(above) in taken
            or above.page != line.page
            or not styled
            or above.size < line.size - SAME_SIZE
            or gap < 0
            or gap > (gap_below if not found else TITLE_LINE_GAP * above.size)
            or gap > NEAR_LINE_GAP * max(above.size, 1)
            or abs(above.x0 - line.x0) > TITLE_INDENT_TOLERANCE
            or (found and not _same_style(above, found[0]))
            or not strip_case_number(text)
            or text.endswith((".", ":", ";", ","))
            or PARAGRAPH_HEADING.match(text)
            or NUMBER_FIRST_HEADING.match(text)
            or DECISION_HEAD.match(text)
            or SECTION_HEAD.match(text)
            or PROPOSAL_HEAD.match(text)
        ):
            break
        found.insert(0, above)
        under = above
    return found


def _same_style(a: Line, b: Line) -> bool:
    return a.bold == b.bold and abs(a.size - b.size) < SAME_SIZE


def _in_table_of_contents(lines: list[Line], index: int) -> bool:
    """A heading whose line, or the line just under it, ends in leader dots."""
    line = lines[index]
    for near in lines[index : index + CONTENTS_LOOKAHEAD]:
        if near.page != line.page or near.top - line.bottom > NEAR_LINE_GAP * max(line.size, 1):
            break
        if TOC_LEADER.search(near.text):
            return True
    return False


def _title_continuation(
    lines: list[Line], index: int, last: Line, cell: bool = False
) -> list[Line]:
    """Lines under a heading's title set in the same style: a title that wraps; in a
    table's cell (`cell`) a plain title wraps to a line going on in lower case."""
    more: list[Line] = []
    ahead = lines[index + 1 : index + 1 + TITLE_LOOKAHEAD]
    below = [ln for ln in ahead if abs(ln.bottom - last.bottom) > ROW_TOLERANCE]
    # skipping what sits beside the title ("Dnr KS 2024/12")
    for following in below[:MAX_TITLE_CONTINUATIONS]:
        gap = following.top - last.bottom
        same_style = _same_style(following, last)
        wraps = cell and following.text[:1].islower() and not last.text.rstrip().endswith(".")
        if (
            following.page != last.page
            or not (last.bold or wraps)
            or not same_style
            or gap > TITLE_LINE_GAP * last.size
            or abs(following.x0 - last.x0) > TITLE_INDENT_TOLERANCE
            or PARAGRAPH_HEADING.match(following.text)
            or NUMBER_FIRST_HEADING.match(following.text)
            or NUMBERED_HEADING.match(following.text)
            or DECISION_HEAD.match(following.text)
            or SECTION_HEAD.match(following.text)
            or PROPOSAL_HEAD.match(following.text)
        ):
            break
        more.append(following)
        last = following
    return more


def _left_margin(lines: list[Line]) -> float:
    xs = sorted(round(line.x0) for line in lines)
    return xs[len(xs) // 10] if xs else 0.0


def _same_row_index(lines: list[Line]) -> dict[int, int]:
    """Index of the line beside each line on the same baseline (the next segment)."""
    beside = {}
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if same_row(a, b) and b.x0 > a.x1:
            beside[i] = i + 1
    return beside


def split_items(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """Attach to each heading the lines up to the next one; keep one heading per number.

    A number printed twice (a table of contents, then the item) keeps the occurrence
    with the most text under it.
    """
    position = {id(h.line): i for i, h in enumerate(headings)}
    index = {id(line): i for i, line in enumerate(lines)}
    starts = [index[id(h.line)] for h in headings]
    for k, heading in enumerate(headings):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        taken = {id(ln) for ln in heading.title_lines}
        heading.body = [ln for ln in lines[starts[k] + 1 : end] if id(ln) not in taken]
    best: dict[str, Heading] = {}
    for heading in headings:
        if heading.number is None:
            continue
        other = best.get(heading.number)
        if other is None or len(heading.body) > len(other.body):
            best[heading.number] = heading
    kept = [h for h in headings if h.number is None or best[h.number] is h]
    return sorted(kept, key=lambda h: position[id(h.line)])


def presenters(lines: list[Line]) -> list[str]:
    """People who present the item: 'Föredragande: X' lines, then 'X informerar …'."""
    names: list[str] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if PRESENTER_HEAD.match(text):  # a heading: the names on the next line
            names.extend(_listed_names(lines[i + 1].text) if i + 1 < len(lines) else [])
        elif m := PRESENTER_LINE.match(text):
            names.extend(_wrapped_names(m[1], line, lines[i + 1] if i + 1 < len(lines) else None))
    prose = [
        ln
        for ln in lines
        if not SECTION_HEAD.match(ln.text.strip())
        and not PRESENTER_LINE.match(ln.text.strip())
        and not _names_under_label(ln.text)
    ]
    # a name-shaped place or organisation is no presenter: "Region Norrvik, SCB och
    # kommunerna, visar"
    running = running_text(prose)
    names.extend(n for n in nlp.presenters(running) if leading_person(n) == n)
    names.extend(_coordinated_presenters(running))
    return _distinct_people([n for n in names if n])


# "Närvarande under punkten: Eva Ek, Per Holm": a label of up to four words and names
# only, no sentence to run on into the line under it ("Per Holm informerar om …")
NAMES_UNDER_LABEL = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,3}:\s+"
    r"(?:(?:[A-ZÅÄÖÉ][\w-]*|och|af|von|de|van|der|la)[\s,]*)+$"
)


def _names_under_label(text: str) -> bool:
    return ":" in text and NAMES_UNDER_LABEL.match(text.strip()) is not None


# where one sentence ends and the next begins: a full stop (or ! ?) and the spaces after it
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def _coordinated_presenters(text: str) -> list[str]:
    """People who present together, each after a title: 'Förvaltningschef för
    fritid, Per Holm och enhetschef för idrott, Eva Ek presenterade …' → both. What comes
    before the first presenting verb after a space in each sentence is looked at."""
    found: list[str] = []
    verbs = [
        at
        for at, _ in nlp.word_occurrences(text, nlp.PRESENTING_VERBS)
        if at and text[at - 1].isspace()
    ]
    if not verbs:  # no sentence of it presents
        return found
    breaks = list(_SENTENCE_BREAK.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() + 1 for m in breaks), len(text)]
    k = 0
    for start, end in zip(starts, ends, strict=True):
        while k < len(verbs) and verbs[k] - 1 < start:  # in a sentence before, or opening this
            k += 1
        if k == len(verbs):
            break
        if verbs[k] >= end:
            continue
        sentence = text[start:end]
        verb_at = verbs[k] - 1 - start  # the space before the verb, in the sentence
        parts = re.split(r"\s+och\s+", sentence[:verb_at])
        if len(parts) < 2:
            continue
        tails = [part.split(",")[-1].strip() for part in parts]  # after the title
        names = [leading_person(tail) for tail in tails]
        if all(name and name == tail for name, tail in zip(names, tails, strict=True)):
            found.extend(name for name in names if name)
    return found


def _wrapped_names(value: str, line: Line, below: Line | None) -> list[str]:
    """The names of a 'Föredragande:' line whose last name wraps to the line under it in
    its column ('Föredragande: förvaltningschef Signe' / 'Ekvall'), as one."""
    names = _listed_names(value)
    if below is None or below.page != line.page or abs(below.x0 - line.x0) > COLUMN_X_TOLERANCE:
        return names
    if below.top - line.bottom > TITLE_LINE_GAP * line.size:
        return names
    whole = _listed_names(f"{value} {below.text.strip()}")
    return whole if len(whole) > len(names) and whole[: len(names)] == names else names


def _listed_names(text: str) -> list[str]:
    """The people of a 'Föredragande:' line, without their titles and organisations:
    'Anna Berg, ekonomichef, och controller Per Holm (S)' → Anna Berg, Per Holm."""
    names = []
    for chunk in re.split(r"[,;]|\soch\s", re.sub(r"\(.*?\)", "", text)):
        words = chunk.split()
        while words and (
            words[0][:1].islower() or (len(words) > 2 and ROLE_WORDS.search(words[0]))
        ):
            words.pop(0)  # a title before the name
        name = leading_person(" ".join(words))
        if name:
            names.append(name)
    return names


def _distinct_people(names: list[str]) -> list[str]:
    """Names with spelling variants of one person dropped ('Paulo'/'Paolo Sandbom'), by
    the one same-person rule, as names printed in one document."""
    kept: list[str] = []
    for name in names:
        if any(same_person(name, other, within_document=True) for other in kept):
            continue
        kept.append(name)
    return kept


def agenda_items(headings: list[Heading]) -> tuple[list[AgendaItem], list[str]]:
    """The items of split headings, and the running text under each (for search; not part
    of the record)."""
    pitch = line_pitch([line for h in headings for line in h.body])
    items = [
        AgendaItem(
            number=h.number,
            title=h.title,
            presenters=presenters(h.body),
            decisions=decisions(h.body, pitch),
            page=h.line.page,
        )
        for h in headings
    ]
    return items, [running_text(h.body) for h in headings]
