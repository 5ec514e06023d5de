"""The decisions of an item: its decision section ("Beslut", "Nämndens beslut"), else the
sentences of its text that decide (extractors/swedish/decisions.py has the vocabulary).

A proposal ("Förslag till beslut", "Yrkande"), the background ("Ärendebeskrivning") and
what a sentence only plans or recalls ("ska utses", "har beslutat") are no decision.
"""

from __future__ import annotations

import re

from extractors.document import Line, join_wrapped, running_text
from extractors.minutes.blocks import BULLET
from extractors.minutes.parameters import MAX_PROSE_SENTENCES, MIN_LIST_ENTRIES
from extractors.swedish.decisions import (
    ACTIVE_DECISION,
    CLOSING,
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
    SECTION_HEAD,
)

# A rule printed under the decision ("______"): what follows is the item's history or the
# next item
RULE = re.compile(r"^[_\-–—]{4,}(?:\s|$)")
# A clause of a decision list: "att …", "1. …", "• …"
ATT_CLAUSE = re.compile(r"^(?:\d+[.)]\s*|[-–•]\s*)?att\s", re.IGNORECASE)
LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]\s+)")
# Where one sentence ends and the next begins ("… godkändes. Dagordningen …")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"«”A-ZÅÄÖ0-9])")


def decisions(lines: list[Line]) -> list[str]:
    """The decision text of an item: its 'Beslut' section, else its deciding sentences."""
    found: list[str] = []
    collecting: list[Line] | None = None
    sections: list[list[Line]] = []
    for line in lines:
        text = line.text.strip()
        head = DECISION_HEAD.match(text)
        if head:
            collecting = []
            sections.append(collecting)
            if head.group(1):
                collecting.append(_with_text(line, head.group(1)))
            continue
        if (
            SECTION_HEAD.match(text)
            or PROPOSAL_HEAD.match(text)
            or RULE.match(text)
            or NEXT_MEETING_LABEL.match(text)
            or CLOSING.match(text)
            or (collecting is not None and line.bold)
        ):
            collecting = None
            continue
        if collecting is not None:
            collecting.append(line)
    for section in sections:
        found.extend(_clauses(section))
    if found:
        return found
    sentences = _sentences(_outside_sections(lines))
    if len(sentences) > MAX_PROSE_SENTENCES:  # a long text (a report, the item's history):
        return [s for s in sentences if DECISION_SENTENCE.search(s)]  # only "beslutar att"
    return [s for s in sentences if is_decision(s)]


def is_decision(sentence: str) -> bool:
    """A sentence that records a decision of the meeting."""
    if PROPOSING.search(sentence):
        return False
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
        if NEXT_MEETING_LABEL.match(text) or CLOSING.match(text) or RULE.match(text):
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
        text = " ".join(line.text.split())
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
    return before.endswith((",", ";", ":", ".")) or bool(ACTIVE_DECISION.fullmatch(last))


def _with_text(line: Line, text: str) -> Line:
    words = line.words[len(line.words) - len(text.split()) :]
    return Line(words, line.page, line.furniture, line.level)


def _clauses(section: list[Line]) -> list[str]:
    """One string per clause when the decision is a list (att-clauses, numbered points,
    bullets), else one string."""
    clauses: list[str] = []
    marked = 0
    for line in section:
        text = " ".join(line.text.split())
        starts = bool(ATT_CLAUSE.match(text) or BULLET.match(text) or LIST_MARK.match(text))
        if starts:
            marked += 1
            text = BULLET.sub("", text)  # "• att …": the mark is no part of the decision
        after_sentence = bool(clauses) and clauses[-1].endswith(".") and text[:1].isupper()
        if clauses and not starts and not after_sentence:
            clauses[-1] = join_wrapped(clauses[-1], text)
        else:
            clauses.append(text)
    if marked >= MIN_LIST_ENTRIES:
        return clauses
    text = running_text(section).strip()
    return [text] if text else []
