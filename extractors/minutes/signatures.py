"""Signature and justering blocks → the roles of the people who sign.

Swedish minutes name who checks them ('Utses att justera: Ida Ek', 'Justerare'), and end
their first page with the signatures under captions ('Underskrifter  Sekreterare ……
Ida Ek  Ordförande …… Bo Berg  Justerande …… Cia Lund'). Electronic minutes print
'Elektroniska underskrifter' with names over captions ('ordförande', 'protokollförare')
and 'Elektronisk protokolljustering' over the justerare. Those people get the roles
`justerare`, `sekreterare` and `ordförande`; a person printed only there (often the chair
of a fullmäktige) is an attendee. The opening sentences name them too: 'Mötet öppnades
av ordförande Bo Berg', 'Till justerare jämte ordföranden valdes Cia Lund'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.document import Line
from extractors.minutes.attendance import Attendance, Person, parse_entry
from extractors.minutes.blocks import Block, by_row
from extractors.minutes.labels import label_key, meta_of
from extractors.minutes.parameters import (
    CHAIR_REACH,
    CLOSING_GAP_ROWS,
    COLUMN_X_TOLERANCE,
    E_SIGNATURE_ROWS,
    MAX_SENTENCE_WORDS,
)
from extractors.swedish.capitals import normal_case
from extractors.swedish.headings import (
    AT_THE_MINUTES_HEAD,
    E_JUSTERING_HEAD,
    E_SIGNATURES_HEAD,
    JUSTERAS_HEAD,
    NOTICE_WORD,
    SIGNATURES_HEAD,
)
from extractors.swedish.names import REASONS, leading_name, name_key, same_person
from extractors.swedish.roles import SIGNED_BY, SIGNER_ROLE, SIGNING_ROLES, signing_roles
from schemas.record import Attendee, Group

# 'Justerare Bo Lind' inside a justering block: the caption before the name.
_LEADING_CAPTION = re.compile(rf"^(?:{SIGNING_ROLES})\b[\s.…_:]*", re.IGNORECASE)
# 'Eva Lund med Bo Ek som ersättare': the substitute justerare is no justerare.
_STANDBY = re.compile(r"\s+(?:med|och)\s+[^,]*?\bsom\s+ersättare\b.*$", re.IGNORECASE)
# a sentence after the justerare's name: 'Bo Ek. Justeringen äger rum …' (not after an
# initial: 'Stina B. Holm')
_NEXT_SENTENCE = re.compile(r"(?<![\s.][A-ZÅÄÖ])\.\s+[A-ZÅÄÖ].*$")
# the opening sentences that name the chair and the justerare
_CHAIR_BEFORE = re.compile(
    r"(?<!vice )(?:\bordförande(?:n)?,?|\btill\s+(?:mötes)?ordförande\s+(?:utses|valdes|utsågs))"
    r"\s+$",
    re.IGNORECASE,
)
_JUSTERING_WORD = r"\b(?:justera(?:re|nde)?|justeringsperson(?:er)?|protokolls?justerare)\b"
_CHOSEN = r"\b(?:utses|utse|utsågs|valdes|väljs|utsedd|vald)\b"
_JUSTERING_SENTENCE = re.compile(
    rf"{_JUSTERING_WORD}.*{_CHOSEN}|{_CHOSEN}.*{_JUSTERING_WORD}", re.IGNORECASE
)
# a sentence that names the chair opens or leads the meeting, or elects the chair
_OPENS = re.compile(
    r"\b(?:öppna\w*|inled\w*|hälsa\w*|förklara\w*|utses|utsågs|valdes|väljs|led(?:de|er|s)"
    r"|leda)\b",
    re.IGNORECASE,
)
# 'kommunstyrelsens ordförande Anna Ek': another body's chair; 'mötets ordförande' is this one's
_OTHER_BODYS = re.compile(r"\b(?!mötets\b|sammanträdets\b|dagens\b)\w+s\s*$", re.IGNORECASE)


@dataclass
class Signer:
    person: Person
    roles: list[str]
    lines: list[Line]
    # 'Justeras' over the chair and the justerare, no caption of each: the heading's line,
    # and the roles hold for all under it but the chair
    beside_chair: Line | None = None


def read_signatures(
    blocks: list[Block],
    lines: list[Line],
    opening: list[str],
    attendance: Attendance,
    tail: list[Line] | None = None,
) -> Attendance:
    """attendance with the roles of the people who sign or justera; those not listed are
    added. `lines` are the document's lines (for electronic signatures), `opening` the
    running texts of the header and of the first items, `tail` the lines after the header
    (signatures at the end of the minutes)."""
    _apply_all(attendance, _from_blocks(blocks) + _electronic(lines) + _stamped(lines))
    # an appendix may hold another meeting's signatures: only roles of people listed
    _apply_all(attendance, _closing(_before_appendices(tail or [])), add=False)
    header = lines[: len(lines) - len(tail)] if tail else []
    _apply_all(attendance, _aligned_grid(header), add=False)
    for text in opening:
        _from_prose(text, attendance)
    return attendance


def _from_blocks(blocks: list[Block]) -> list[Signer]:
    signers: list[Signer] = []
    placed_until = -1  # blocks up to here were read as a grid of captions and names
    for index, block in enumerate(blocks):
        label = block.label or (block.label_line.text if block.label_line else "")
        if meta_of(label) == "notice" or NOTICE_WORD.search(label):
            break
        if index <= placed_until:
            continue
        kind = meta_of(label)
        if kind not in ("adjuster", "signature"):
            continue
        if kind == "signature":
            end, grid = _signature_grid(blocks, index)
            if grid:
                signers += grid
                placed_until = end
                continue
        caption = signing_roles(label_key(label))
        if kind == "signature" and caption is None and _captions_below(block.values):
            signers += _closing(block.values)  # '……' / 'Anna Ek' / 'Ordförande'
            continue
        texts = [block.inline] if block.inline else []
        rows = [(t, block.label_line) for t in texts] + [(v.text, v) for v in block.values]
        rows = [(part, line) for text, line in rows for part in _captions_inline(text)]
        for text, line in rows:
            text = " ".join(text.split())
            found = signing_roles(_caption_of(text))
            if found is not None and leading_name(_LEADING_CAPTION.sub("", text)) is None:
                caption = found  # 'Sekreterare ……' over the name
                if kind == "adjuster" and found != ["justerare"]:
                    caption = []  # 'Ersättare' of the justerare: no role
                continue
            if kind == "adjuster":
                if re.match(r"ersättare\b", text, re.IGNORECASE):
                    continue
                text = _STANDBY.sub("", _LEADING_CAPTION.sub("", text))
                text = _NEXT_SENTENCE.sub("", text)  # 'Bo Ek. Justeringen äger rum …'
            for person in parse_entry(text):
                roles = list(caption or [])
                own = [r for role in person.roles for r in (signing_roles(role) or [])]
                person.roles = [r for r in person.roles if signing_roles(r) is None]
                for role in own:
                    if role not in roles:
                        roles.append(role)
                signers.append(Signer(person, roles, [line] if line else []))
    return signers


def _block_label(block: Block) -> str:
    return block.label or (block.label_line.text if block.label_line else "")


def _signature_grid(blocks: list[Block], start: int) -> tuple[int, list[Signer]]:
    """(the last block read, the signers) of a signature area that sets its captions
    side by side ('Ordförande   Justerare' over 'Sara Lind   Erik Sundqvist') or beside
    the heading ('Underskrifter  Sekreterare' over the name): each name takes the caption
    above it, by position; (start, []) when the area is not set so."""
    end = start
    while end + 1 < len(blocks):
        label = _block_label(blocks[end + 1])
        if NOTICE_WORD.search(label) or meta_of(label) not in (None, "signature"):
            break
        if meta_of(label) is None and blocks[end + 1].label and not leading_name(label):
            break
        end += 1
    lines = [
        ln for b in blocks[start : end + 1] for ln in [b.label_line, *b.values] if ln is not None
    ]
    rows = by_row(lines)
    captions = [_caption_row(row) or [] for row in rows]
    side_by_side = any(len([c for c in found if c[1]]) >= 2 for found in captions)
    beside_heading = any(
        SIGNATURES_HEAD.match(row[0].text.strip()) and found
        for row, found in zip(rows, captions, strict=True)
    )
    if not (side_by_side or beside_heading):
        return start, []
    return end, _closing(lines)


def _captions_inline(text: str) -> list[str]:
    """'Sekreterare, Olle Dahl, Ordförande, Ann Ek' (captions and names in one line) →
    one part each; a line that starts with a name keeps its roles after the names."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", text) if p.strip()]
    if len(parts) > 1 and signing_roles(_caption_of(parts[0])):
        return parts
    return [text]


def _captions_below(values: list[Line]) -> bool:
    """Whether the first signature under a label is a name with its caption below it."""
    rows = [r for r in by_row(values) if not all(_DOTS.match(ln.text) for ln in r)]
    return (
        len(rows) >= 2
        and _names_row(rows[0]) is not None
        and _caption_row(rows[1]) is not None
        and any(roles for _, roles in _caption_row(rows[1]) or [])
    )


def _caption_of(text: str) -> str:
    return label_key(re.sub(r"[.…_]{2,}.*$", "", text))


def _electronic(lines: list[Line]) -> list[Signer]:
    """Names over captions under 'Elektroniska underskrifter', and the names under
    'Elektronisk protokolljustering' (justerare)."""
    signers: list[Signer] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        justering = bool(E_JUSTERING_HEAD.match(text))
        if not justering and not E_SIGNATURES_HEAD.match(text):
            continue
        following = [ln for ln in lines[index + 1 :] if ln.page == line.page]
        names: list[tuple[Person, Line]] = []
        for row in by_row(following)[:E_SIGNATURE_ROWS]:
            people = [(p, ln) for ln in row for p in _one_name(ln.text)]
            if people and not names:
                names = people
                if justering:
                    break
                continue
            if names:
                for ln in row:
                    roles = signing_roles(label_key(ln.text))
                    if roles is None:
                        continue
                    person, at = min(names, key=lambda n: abs(n[1].x0 - ln.x0))
                    signers.append(Signer(person, roles, [at]))
                break
        if justering:
            signers += [Signer(p, ["justerare"], [ln]) for p, ln in names]
    return signers


def _stamped(lines: list[Line]) -> list[Signer]:
    """The signers an e-signature stamp records, each 'Signerat av: Anna Ek' with the
    caption signed under a few lines below it ('Roll: Sekreterare'), before the next."""
    signers: list[Signer] = []
    for index, line in enumerate(lines):
        signed = SIGNED_BY.match(line.text.strip())
        if signed is None:
            continue
        person = _one_name(line.text.strip()[signed.end() :])
        for below in lines[index + 1 : index + 1 + E_SIGNATURE_ROWS]:
            text = below.text.strip()
            if below.page != line.page or SIGNED_BY.match(text):
                break
            role = SIGNER_ROLE.match(text)
            roles = signing_roles(label_key(text[role.end() :])) if role else None
            if person and roles:
                signers.append(Signer(person[0], roles, [line]))
                break
    return signers


_DOTS = re.compile(r"^[\s.…_]*$")


def _caption_row(row: list[Line]) -> list[tuple[Line, list[str]]] | None:
    """The captions of a row made only of signature captions (and lines to sign on)."""
    found: list[tuple[Line, list[str]]] = []
    for line in row:
        text = line.text.strip()
        if _DOTS.match(text) or (line is row[0] and SIGNATURES_HEAD.match(text)):
            continue
        if AT_THE_MINUTES_HEAD.match(text):
            found.append((line, ["sekreterare"]))
            continue
        if JUSTERAS_HEAD.match(text):
            found.append((line, []))  # decided below
            continue
        roles = signing_roles(_caption_of(text))
        if roles is None or not roles:
            return None
        found.append((line, roles))
    return found or None


def _names_row(row: list[Line]) -> list[tuple[Person, Line]] | None:
    """The people of a row made only of names (a party after a name allowed)."""
    people: list[tuple[Person, Line]] = []
    for line in row:
        text = line.text.strip()
        if _DOTS.match(text):
            continue
        found = leading_name(normal_case(text))  # 'ANNA EK' as 'Anna Ek'
        if found is None or not re.fullmatch(r"\s*(?:\([^()]{1,6}\))?", found[1]):
            return None
        people.extend((p, line) for p in parse_entry(text)[:1])
    return people or None


# an appendix's stamp: 'Bilaga Personalsektionen, 29.05.2023 § 30', 'Bilaga 2 till protokoll
# 2024-05-12' (a reference in the text, 'Bilaga 1: Budget', names no § or date)
_APPENDIX = re.compile(
    r"^bilag(?:a|or)\b.*(?:§|\bprotokoll|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


def _before_appendices(lines: list[Line]) -> list[Line]:
    """The lines before the first page that an appendix marks ('Bilaga 2', 'Bilaga
    Tekniska nämnden, § 12'): the minutes' own closing comes before them."""
    for line in lines:
        if _APPENDIX.match(line.text.strip()):
            return [ln for ln in lines if ln.page < line.page]
    return lines


def _closing(lines: list[Line]) -> list[Signer]:
    """Signatures at the end of the minutes: names under their captions ('Sekreterare' /
    'Anna Ek') or over them ('……' / 'Anna Ek' / 'Ordförande'), side by side or one
    under the other; 'Vid protokollet' over the secretary."""
    rows = by_row([ln for ln in lines if not ln.furniture])
    names = [_names_row(row) for row in rows]
    read: dict[int, list[tuple[Line, list[str]]] | None] = {}

    def captions(k: int) -> list[tuple[Line, list[str]]] | None:
        """The captions of row k: read only for the rows next to names, once."""
        if k not in read:
            read[k] = _caption_row(rows[k])
        return read[k]

    used: set[int] = set()
    signers: list[Signer] = []
    for i, people in enumerate(names):
        if people is None:
            signers += _captions_beside_names(rows[i])
            continue
        above = next(
            (
                k
                for k in range(i - 1, max(i - 1 - CLOSING_GAP_ROWS, -1), -1)
                if captions(k) is not None and _same_signature(rows[k], rows[i], k == i - 1)
            ),
            None,
        )
        below = i + 1 if i + 1 < len(rows) and captions(i + 1) is not None else None
        if below is not None and rows[below][0].page != rows[i][0].page:
            below = None
        if above is not None and above not in used and any(r for _, r in captions(above)):
            chosen = above
        elif below is not None:
            chosen = below
        elif above is not None and above not in used:
            chosen = above  # 'Justeras' over the names, no captions below
        else:
            continue
        used.add(chosen)
        row_captions = captions(chosen)
        for person, line in people:
            at, roles = min(row_captions, key=lambda c: abs(c[0].x0 - line.x0))
            if not roles and JUSTERAS_HEAD.match(at.text.strip()):
                if len(people) == 1:
                    roles = ["justerare"]
                else:  # the chair and the justerare: which is which, the attendance says
                    signers.append(Signer(person, ["justerare"], [line], beside_chair=at))
            if roles:
                signers.append(Signer(person, roles, [line]))
    return signers


def _aligned_grid(lines: list[Line]) -> list[Signer]:
    """Signatures printed before the items ('Anna Ek | Bo Berg | Cia Lund' over
    'Sekreterare | Ordförande | Justerare'): a row of two names or more with a row of as
    many captions right below it, each caption where its name starts. Other rows of the
    header are its labels and values, not signatures."""
    rows = by_row([ln for ln in lines if not ln.furniture])
    signers: list[Signer] = []
    for names_row, captions_row in zip(rows, rows[1:], strict=False):
        people = _names_row(names_row)
        if people is None or len(people) < 2 or len(captions_row) != len(people):
            continue
        captions = _caption_row(captions_row)
        if captions is None or len(captions) != len(people):
            continue
        pairs = list(zip(people, captions, strict=True))
        if any(abs(line.x0 - at.x0) > COLUMN_X_TOLERANCE for (_, line), (at, _) in pairs):
            continue
        signers += [Signer(person, roles, [line]) for (person, line), (_, roles) in pairs if roles]
    return signers


def _same_signature(captions: list[Line], names: list[Line], next_row: bool) -> bool:
    """Whether captions and the names below them are one signature area: on one page,
    or the captions ending a page and the names starting the next (a page break between)."""
    page, names_page = captions[0].page, names[0].page
    return page == names_page or (next_row and names_page == page + 1)


def _captions_beside_names(row: list[Line]) -> list[Signer]:
    """'Underskrifter | Sekreterare | Sanna Björk', 'Ordförande | Per Larsson': a caption
    with the name to its right on one row."""
    cells = [ln for ln in row if not _DOTS.match(ln.text)]
    if cells and SIGNATURES_HEAD.match(cells[0].text.strip()):
        cells = cells[1:]
    if len(cells) != 2 or cells[0].x1 >= cells[1].x0:
        return []
    roles = signing_roles(_caption_of(cells[0].text))
    people = _names_row([cells[1]])
    if not roles or not people:
        return []
    return [Signer(people[0][0], roles, [cells[1]])]


def _one_name(text: str) -> list[Person]:
    """The person a line of an e-signature page names, when the line is only a name."""
    found = leading_name(text.strip())
    if found is None or found[1].strip():
        return []
    return [Person(name=found[0])]


def _from_prose(text: str, attendance: Attendance) -> None:
    """'Mötet öppnades av ordförande Bo Berg': the chair; 'Till justeringsperson valdes Cia
    Lund': the justerare; only people the attendance lists."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(sentence.split()) > MAX_SENTENCE_WORDS or not sentence.rstrip().endswith("."):
            continue  # lines run together (a list, labels, a signature area), no sentence
        justering = bool(_JUSTERING_SENTENCE.search(sentence))
        opening = bool(_OPENS.search(sentence))
        for attendee in attendance.attendees:
            if attendee.name not in sentence:
                continue
            for m in re.finditer(re.escape(attendee.name), sentence):
                before = sentence[: m.start()][-CHAIR_REACH:]
                chair = _CHAIR_BEFORE.search(before)
                if opening and chair and not _OTHER_BODYS.search(before[: chair.start()]):
                    _add_roles(attendee.roles, ["ordförande"])
                elif (
                    justering
                    and not re.match(r"\s*(?:\([^)]*\)\s*)?som\s+ersättare", sentence[m.end() :])
                    and _clause_justerar(sentence, m.start())
                ):
                    _add_roles(attendee.roles, ["justerare"])


# where a sentence choosing people goes on to choose others: 'Till sekreterare utsågs Bo
# Ek och att justera protokollet utsågs Eva Lind', '…; till justerare …'
_NEXT_CLAUSE = re.compile(r";|\s(?:och|samt)\s+(?=att\b|till\b)", re.IGNORECASE)


def _clause_justerar(sentence: str, at: int) -> bool:
    """Whether the clause of a justering sentence that holds position at is the one that
    chooses the justerare: in 'Till sekreterare utsågs Bo Ek och att justera protokollet
    utsågs Eva Lind', Bo Ek is the secretary. A sentence of one clause is the justering's."""
    cuts = [0, *(m.end() for m in _NEXT_CLAUSE.finditer(sentence)), len(sentence)]
    if len(cuts) == 2:
        return True
    start = max(c for c in cuts[:-1] if c <= at)
    end = min(c for c in cuts[1:] if c > at)
    return re.search(_JUSTERING_WORD, sentence[start:end], re.IGNORECASE) is not None


def _apply_all(attendance: Attendance, signers: list[Signer], add: bool = True) -> None:
    """The signers' roles; those under 'Justeras' beside the chair after the others, when
    exactly one of them is the chair by then: the rest are the justerare."""
    beside: dict[int, list[Signer]] = {}
    for signer in signers:
        if signer.beside_chair is None:
            _apply(attendance, signer, add)
        else:
            beside.setdefault(id(signer.beside_chair), []).append(signer)
    for group in beside.values():
        chairs = [s for s in group if "ordförande" in _roles_of(attendance, s.person.name)]
        if len(chairs) == 1:
            for signer in group:
                if signer is not chairs[0]:
                    _apply(attendance, signer, add)


def _roles_of(attendance: Attendance, name: str) -> list[str]:
    attendee = _find(attendance, name)
    return attendee.roles if attendee is not None else []


def _apply(attendance: Attendance, signer: Signer, add: bool = True) -> None:
    attendee = _find(attendance, signer.person.name)
    if attendee is None:
        if not signer.roles or not add:
            return
        person = signer.person
        person.roles = [*person.roles]
        _add_roles(person.roles, signer.roles)
        group = (
            Group.decision_maker
            if {"ordförande", "justerare"} & set(signer.roles)
            else Group.other_present
        )
        if signer.lines:
            attendance.add(person, group, signer.lines)
        return
    _add_roles(attendee.roles, signer.roles)


def _add_roles(roles: list[str], more: list[str]) -> None:
    for role in more:
        if role not in roles:
            roles.append(role)


def _find(attendance: Attendance, name: str) -> Attendee | None:
    """The attendee a signature names: the same name as printed, else the one the
    same-person rule (within one document) finds nearest: the same names in another
    order ('Berg Stina'), a middle name or initial more, less or other ('Stina K
    Berg'), one letter differing ('Vivanne' / 'Vivianne', a glyph a damaged text layer
    lost: 'Margreta' / 'Margareta'); the first listed of equally near ones."""
    key = name_key(name)
    for attendee in attendance.attendees:
        if name_key(attendee.name) == key:
            return attendee
    found = None
    for attendee in attendance.attendees:
        reason = same_person(name, attendee.name, within_document=True)
        if reason is not None and (found is None or REASONS.index(reason) < found[0]):
            found = (REASONS.index(reason), attendee)
    return found[1] if found else None
