"""The decisions of an item: its decision section ("Beslut", "Nämndens beslut"), else the
sentences of its text that decide (extractors/swedish/decisions.py has the vocabulary).

A proposal ("Förslag till beslut", "Yrkande"), the background ("Ärendebeskrivning") and
what a sentence only plans or recalls ("ska utses", "har beslutat") are no decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.document import Line, join_wrapped
from extractors.minutes.blocks import BULLET
from extractors.minutes.parameters import (
    COLUMN_X_TOLERANCE,
    MAX_LINE_PITCH,
    MAX_PROSE_SENTENCES,
    MIN_LIST_ENTRIES,
    NOTE_SIZE_STEP,
    PARAGRAPH_EDGE_TOLERANCE,
    PARAGRAPH_SPACE,
    PITCH_STEP,
    ROW_TOLERANCE,
    TABLE_ROW_NEIGHBOURS,
)
from extractors.swedish.decisions import (
    ACTIVE_DECISION,
    CLOSING,
    DECIDING_LEAD,
    DECIDING_SUBJECT,
    DECISION_HEAD,
    DECISION_SENTENCE,
    EARLIER_DECISION,
    MAX_SUBJECT_WORDS,
    NEXT_MEETING_LABEL,
    NOT_DECIDED_HERE,
    PASSIVE_DECISION,
    PROPOSAL_HEAD,
    PROPOSING,
    PROPOSING_UPWARDS,
    SECTION_HEAD,
    SIGNATURE_CAPTION,
)

# A rule printed under the decision ("______"): what follows is the item's history or the
# next item
RULE = re.compile(r"^[_\-–—]{4,}(?:\s|$)")
# A clause of a decision list: "att …", "1. …", "• …"
ATT_CLAUSE = re.compile(r"^(?:\d+[.)]\s*|[-–•]\s*)?att\s", re.IGNORECASE)
LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]\s+)")
# Where one sentence ends and the next begins ("… godkändes. Dagordningen …")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«”A-ZÅÄÖ0-9])")


# Where an item prints its earlier handling, as Finland-Swedish minutes do, each handling
# starts under the body, the date and the paragraph: "Tekniska nämnden 8.2.2024, 4 §"
# (one stray glyph after the "§" is what a damaged text layer leaves there)
HANDLING = re.compile(r"^[A-ZÅÄÖ][^\d§]{1,80}\s\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,4}\s*§.?$")


def decisions(lines: list[Line], pitch: float | None = None) -> list[str]:
    """The decision text of an item: its 'Beslut' section, else its deciding sentences;
    `pitch` how far apart a paragraph's lines are set (`line_pitch`), where known."""
    lines = _this_handling(lines)
    found: list[str] = []
    collecting: list[Line] | None = None
    sections: list[list[Line]] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        head = DECISION_HEAD.match(text)
        if head or _lead_as_heading(line, text) or (collecting is None and _heads_points(lines, i)):
            collecting = []
            sections.append(collecting)
            if head and head.group(1):
                collecting.append(_with_text(line, head.group(1)))
            continue
        if (
            SECTION_HEAD.match(text)
            or PROPOSAL_HEAD.match(text)
            or RULE.match(text)
            or NEXT_MEETING_LABEL.match(text)
            or (CLOSING.match(text) and not _goes_on(collecting, text) and collecting != [])
            or (collecting is not None and line.bold)
            or _signature_caption(collecting, text)
            or _note_under(collecting, line)
        ):
            collecting = None
            continue
        if collecting is not None:
            collecting.append(line)
    for section in sections:
        found.extend(_clauses(section, pitch))
    if found:
        return found
    sentences = _sentences(_outside_sections(lines))
    if len(sentences) > MAX_PROSE_SENTENCES:  # a long text (a report, the item's history):
        return [s for s in sentences if DECISION_SENTENCE.search(s)]  # only "beslutar att"
    return [s for s in sentences if is_decision(s)]


def _goes_on(collected: list[Line] | None, text: str) -> bool:
    """A line that goes on with the sentence above it ("… Protokollet" / "justeras …"),
    no closing label, however it starts."""
    if not collected or not text[:1].islower():
        return False
    return not collected[-1].text.rstrip().endswith((".", "!", "?", ":"))


def _note_under(collected: list[Line] | None, line: Line) -> bool:
    """A line in smaller type than the decision, after its sentence's end: a note."""
    if not collected or line.size > collected[0].size - NOTE_SIZE_STEP:
        return False
    return collected[-1].text.rstrip().endswith((".", "!", "?"))


def _lead_as_heading(line: Line, text: str) -> bool:
    """'Miljönämnden beslutar' alone on its line in bold: the decision's heading, as
    'Miljönämndens beslut' is (the clauses under it are the decision, not the heading)."""
    return line.bold and "besl" in text and bool(DECIDING_LEAD.match(text))


def _heads_points(lines: list[Line], index: int) -> bool:
    """'Kulturnämnden beslutar' alone on its line over numbered points that are sentences
    of their own ('1. Biblioteket stänger …'): a heading, no part of the decision."""
    text = lines[index].text.strip()
    if index + 1 >= len(lines) or "besl" not in text or not DECIDING_LEAD.match(text):
        return False
    below = lines[index + 1].text.strip()
    return bool(LIST_MARK.match(below)) and not ATT_CLAUSE.match(below)


def _signature_caption(collected: list[Line] | None, text: str) -> bool:
    """A signature's caption alone on its line ('Ordförande') after a sentence's end: the
    signatures under the last item, no part of its decision."""
    if not collected or len(text) > 20 or not SIGNATURE_CAPTION.match(text):
        return False
    return collected[-1].text.rstrip().endswith((".", "!", "?"))


def _this_handling(lines: list[Line]) -> list[Line]:
    """An item's lines from its last handling on, where it prints its earlier ones (the
    earlier meetings' proposals and decisions above, this meeting's last), when a decision
    heading follows; else all its lines."""
    last = None
    for i, line in enumerate(lines):
        if "§" in line.text[-3:] and HANDLING.match(line.text.strip()):
            last = i
    if last is None or not any(DECISION_HEAD.match(ln.text.strip()) for ln in lines[last:]):
        return lines
    return lines[last + 1 :]


def is_decision(sentence: str) -> bool:
    """A sentence that records a decision of the meeting."""
    if PROPOSING.search(sentence):
        return bool(PROPOSING_UPWARDS.match(sentence))
    if ATT_CLAUSE.match(sentence):
        return True  # "att fastställa dagordningen", "att jämte ordföranden justera protokollet"
    for m in PASSIVE_DECISION.finditer(sentence):
        if not _elsewhere(sentence, m):
            return True
    for m in ACTIVE_DECISION.finditer(sentence):
        subject = sentence[: m.start()].strip(" ,")
        if _elsewhere(sentence, m):
            continue
        words = subject.split()
        if not words:  # the body left out: "beslutar i enlighet med …"
            return True
        if len(words) <= MAX_SUBJECT_WORDS and DECIDING_SUBJECT.search(words[-1]):
            return True
    return False


def _elsewhere(sentence: str, verb: re.Match) -> bool:
    """A deciding verb that plans, recalls or cites a decision made elsewhere."""
    return bool(
        NOT_DECIDED_HERE.search(sentence[: verb.start()])
        or EARLIER_DECISION.match(sentence[verb.end() :])
    )


def _outside_sections(lines: list[Line]) -> list[Line]:
    """The item's lines less its sections (background, proposals, reservations …): the
    text a decision is written in when the item has no decision heading."""
    kept: list[Line] = []
    inside = False
    for line in lines:
        text = line.text.strip()
        if SECTION_HEAD.match(text) or PROPOSAL_HEAD.match(text):
            inside = True
            continue
        closing = (CLOSING.match(text) and not _goes_on(kept, text)) or _signature_caption(
            kept, text
        )
        if NEXT_MEETING_LABEL.match(text) or closing or RULE.match(text):
            inside = True
            continue
        if not inside:
            kept.append(line)
    return kept


def _sentences(lines: list[Line]) -> list[str]:
    """Sentences of the lines; a line that starts a clause ('att …', '1. …', '• …')
    starts a sentence of its own."""
    units: list[str] = []
    heading = False  # a line in bold heads what follows, as a unit of its own
    for line in lines:
        text = line.spaced
        if not text:
            continue
        if not units or heading or line.bold or _starts_clause(units[-1], text):
            units.append(BULLET.sub("", text))
        else:
            units[-1] = join_wrapped(units[-1], text)
        heading = line.bold
    return [s.strip() for unit in units for s in SENTENCE_END.split(unit) if s.strip()]


def _starts_clause(before: str, text: str) -> bool:
    """A line that starts a clause of a list, not one that goes on with a sentence that
    wraps ("… kommer" / "att läggas …"): a mark, or 'att' after a clause's end or the
    deciding verb."""
    if BULLET.match(text) or LIST_MARK.match(text):
        return True
    if not ATT_CLAUSE.match(text):
        return False
    last = before.split()[-1] if before.split() else ""
    return (
        before.endswith((",", ";", ":", "."))
        or bool(ACTIVE_DECISION.fullmatch(last))
        or last.casefold() == "besluta"  # "… föreslår kommunstyrelsen besluta" / "att …"
    )


def _with_text(line: Line, text: str) -> Line:
    words = line.words[len(line.words) - len(text.split()) :]
    return Line(words, line.page, line.furniture, line.level)


def _clauses(section: list[Line], pitch: float | None = None) -> list[str]:
    """One string per clause when the decision is a list (att-clauses, numbered points,
    bullets), else one string; where its text stops deciding, the decision ends."""
    clauses: list[_Clause] = []
    above: Line | None = None
    for line in section:
        text = line.spaced
        starts = bool(ATT_CLAUSE.match(text) or BULLET.match(text) or LIST_MARK.match(text))
        if starts:
            text = BULLET.sub("", text)  # "• att …": the mark is no part of the decision
        after_sentence = bool(clauses) and clauses[-1].text.endswith(".") and text[:1].isupper()
        if clauses and not starts and not after_sentence:
            clauses[-1].text = join_wrapped(clauses[-1].text, text)
        else:
            clauses.append(_Clause(text, starts, _new_paragraph(above, line, pitch)))
        above = line
    kept = _deciding(clauses)
    if sum(1 for clause in kept if clause.marked) >= MIN_LIST_ENTRIES:
        return [clause.text for clause in kept]
    out = ""
    for clause in kept:
        out = join_wrapped(out, clause.text)
    return [out.strip()] if out.strip() else []


@dataclass
class _Clause:
    text: str
    marked: bool  # a mark, a number or "att" starts it
    paragraph: bool  # it starts a paragraph of its own


def _deciding(clauses: list[_Clause]) -> list[_Clause]:
    """The clauses of a decision section that belong to the decision: the first, and after
    it those that decide, that an att or a number starts, or that go on with a list the
    clause before opens ("beslutar:" / "• …"), and sentences of the paragraph before.
    Points under a sentence complete in itself that decide nothing list what it names
    ("läggs till handlingarna." / "• Protokoll från …") and are passed over; a paragraph
    that decides nothing is the text after the decision, and ends it."""
    kept = clauses[:1]
    listing = True  # whether bullets here go on with the decision
    for clause in clauses[1:]:
        text = clause.text
        deciding = any(is_decision(s) for s in SENTENCE_END.split(text))
        if clause.marked and not (ATT_CLAUSE.match(text) or LIST_MARK.match(text)):  # a bullet
            before = kept[-1]
            listing = listing and (before.marked or not before.text.endswith("."))
            if listing or deciding:
                kept.append(clause)
            continue
        listing = True
        if not (clause.marked or deciding) and clause.paragraph:
            break
        kept.append(clause)
    return kept


def line_pitch(lines: list[Line]) -> float | None:
    """How far apart, in font sizes, the document sets the baselines of a paragraph's
    lines: the commonest distance over lines a sentence wraps across (the line below goes
    on in lower case; one page, one left edge, one size); None without such lines."""
    counts: dict[float, int] = {}
    for above, line in zip(lines, lines[1:], strict=False):
        if not line.text[:1].islower() or above.text.endswith((".", ":", ";", "!", "?")):
            continue
        if above.page != line.page or above.size != line.size:
            continue
        if abs(above.x0 - line.x0) > PARAGRAPH_EDGE_TOLERANCE:
            continue
        ratio = (line.bottom - above.bottom) / max(line.size, 1.0)
        if 0 < ratio < MAX_LINE_PITCH:
            key = round(ratio / PITCH_STEP) * PITCH_STEP
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _new_paragraph(above: Line | None, line: Line, pitch: float | None) -> bool:
    """Whether a line starts a paragraph: set further below the line above it than the
    document sets a paragraph's lines; unknown (False) across a page or without a pitch."""
    if above is None or pitch is None or above.page != line.page:
        return False
    return (line.bottom - above.bottom) / max(line.size, 1.0) > pitch + PARAGRAPH_SPACE


# The header row of a table of items ('§ | Ärende | Beslut'): the cells left of 'Beslut'
_MATTER_CELL = re.compile(r"^(?:ärende(?:n|mening)?|rubrik|ärenderubrik)$", re.IGNORECASE)


def decision_columns(lines: list[Line]) -> list[tuple[Line, float]]:
    """The 'Beslut' cells of tables whose rows are the items ('§ | Ärende | Beslut'): a
    line 'Beslut' with an 'Ärende' cell left of it on its row (a 'Beslut' heading inside
    an item stands alone on its row), each with where the column ends (the next header
    cell to its right, 'Anteckningar')."""
    found = []
    for i, line in enumerate(lines):
        if line.text.strip().casefold() != "beslut":
            continue
        row = [
            ln
            for ln in lines[max(0, i - TABLE_ROW_NEIGHBOURS) : i + TABLE_ROW_NEIGHBOURS]
            if ln.page == line.page and abs(ln.top - line.top) <= ROW_TOLERANCE
        ]
        if any(ln.x1 < line.x0 and _MATTER_CELL.match(ln.text.strip()) for ln in row):
            right = [ln.x0 for ln in row if ln.x0 > line.x1]
            found.append((line, min(right, default=float("inf"))))
    return found


def column_decisions(
    heading: Line, body: list[Line], columns: list[tuple[Line, float]], pitch: float | None = None
) -> list[str] | None:
    """The decision of an item that is a row of such a table: the lines of its row under
    the 'Beslut' cell of the header above it on its page (the 'Ärende' cell's case number,
    presenter and yrkanden are none of it); None when the item is no such row."""
    above = [c for c in columns if c[0].page == heading.page and c[0].top < heading.top]
    if not above:
        return None
    column, right = max(above, key=lambda c: c[0].top)
    cell = [
        ln
        for ln in body
        if ln.page == heading.page and column.x0 - COLUMN_X_TOLERANCE <= ln.x0 < right
    ]
    return _clauses(cell, pitch)
