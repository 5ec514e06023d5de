"""Signature and justering blocks → the roles of the people who sign.

Swedish minutes name who checks them ('Utses att justera: Ida Ek', 'Justerare'), and end
their first page with the signatures under captions ('Underskrifter  Sekreterare ……
Ida Ek  Ordförande …… Bo Berg  Justerande …… Cia Lund'). Electronic minutes print
'Elektroniska underskrifter' with names over captions ('ordförande', 'protokollförare')
and 'Elektronisk protokolljustering' over the justerare. Those people get the roles
`justerare`, `sekreterare` and `ordförande`; a person printed only there (often the chair
of a fullmäktige) is an attendee. The opening sentences name them too: 'Mötet öppnades
av ordförande Bo Berg', 'Att jämte ordföranden justera protokollet utsågs Cia Lund'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.document import Line
from extractors.minutes.attendance import Attendance, Person, parse_entry
from extractors.minutes.blocks import Block, by_row
from extractors.minutes.labels import label_key, meta_of
from extractors.swedish.names import leading_name, name_key
from extractors.swedish.roles import SIGNING_ROLES, signing_roles
from schemas.record import Group

# The page's notice of publication ('ANSLAG/BEVIS', 'Bevis om anslag'): who signs it
# certifies the copy and is no attendee, so the signatures end there.
_NOTICE = re.compile(r"\b(?:anslag|bevis|intygar)\b", re.IGNORECASE)
# 'Justerare Jens Olsson' inside a justering block: the caption before the name.
_LEADING_CAPTION = re.compile(rf"^(?:{SIGNING_ROLES})\b[\s.…_:]*", re.IGNORECASE)
# 'Ann Åström med Bo Ek som ersättare': the substitute justerare is no justerare.
_STANDBY = re.compile(r"\s+(?:med|och)\s+[^,]*?\bsom\s+ersättare\b.*$", re.IGNORECASE)
# 'Elektroniska underskrifter', 'Elektronisk protokolljustering' (a damaged text layer
# may drop the 't' of 'underskrifter')
_E_SIGNATURES = re.compile(r"^elektroniska?\s+underskrif", re.IGNORECASE)
_E_JUSTERING = re.compile(r"^elektronisk\s+(?:protokoll)?justering", re.IGNORECASE)
# rows read under an e-signature heading before giving up
_E_ROWS = 4
# the opening sentences that name the chair and the justerare
_CHAIR_BEFORE = re.compile(
    r"(?<!vice )(?:\bordförande(?:n)?,?|\btill\s+(?:mötes)?ordförande\s+(?:utses|valdes|utsågs))"
    r"\s+$",
    re.IGNORECASE,
)
_JUSTERING_WORD = r"\b(?:justera(?:re|nde)?|justeringsperson(?:er)?|protokolls?justerare)\b"
_CHOSEN = r"\b(?:utses|utsågs|valdes|väljs|utsedd|vald)\b"
_JUSTERING_SENTENCE = re.compile(
    rf"{_JUSTERING_WORD}.*{_CHOSEN}|{_CHOSEN}.*{_JUSTERING_WORD}", re.IGNORECASE
)
# items read for the chair and the justerare: they are chosen at the start of a meeting
OPENING_ITEMS = 3


@dataclass
class Signer:
    person: Person
    roles: list[str]
    lines: list[Line]


def read_signatures(
    blocks: list[Block], lines: list[Line], opening: str, attendance: Attendance
) -> Attendance:
    """attendance with the roles of the people who sign or justera; those not listed are
    added. `lines` are the document's lines (for electronic signatures), `opening` the
    running text of the header and the first items."""
    for signer in _from_blocks(blocks) + _electronic(lines):
        _apply(attendance, signer)
    _from_prose(opening, attendance)
    return attendance


def _from_blocks(blocks: list[Block]) -> list[Signer]:
    signers: list[Signer] = []
    for block in blocks:
        label = block.label or (block.label_line.text if block.label_line else "")
        if meta_of(label) == "notice" or _NOTICE.search(label):
            break
        kind = meta_of(label)
        if kind not in ("adjuster", "signature"):
            continue
        caption = signing_roles(label_key(label))
        texts = [block.inline] if block.inline else []
        rows = [(t, block.label_line) for t in texts] + [(v.text, v) for v in block.values]
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
            for person in parse_entry(text):
                roles = list(caption or [])
                own = [r for role in person.roles for r in (signing_roles(role) or [])]
                person.roles = [r for r in person.roles if signing_roles(r) is None]
                for role in own:
                    if role not in roles:
                        roles.append(role)
                signers.append(Signer(person, roles, [line] if line else []))
    return signers


def _caption_of(text: str) -> str:
    return label_key(re.sub(r"[.…_]{2,}.*$", "", text))


def _electronic(lines: list[Line]) -> list[Signer]:
    """Names over captions under 'Elektroniska underskrifter', and the names under
    'Elektronisk protokolljustering' (justerare)."""
    signers: list[Signer] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        justering = bool(_E_JUSTERING.match(text))
        if not justering and not _E_SIGNATURES.match(text):
            continue
        following = [ln for ln in lines[index + 1 :] if ln.page == line.page]
        names: list[tuple[Person, Line]] = []
        for row in by_row(following)[:_E_ROWS]:
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
        justering = bool(_JUSTERING_SENTENCE.search(sentence))
        for attendee in attendance.attendees:
            for m in re.finditer(re.escape(attendee.name), sentence):
                if _CHAIR_BEFORE.search(sentence[: m.start()][-60:]):
                    _add_roles(attendee.roles, ["ordförande"])
                elif justering and not re.match(
                    r"\s*(?:\([^)]*\)\s*)?som\s+ersättare", sentence[m.end() :]
                ):
                    _add_roles(attendee.roles, ["justerare"])


def _apply(attendance: Attendance, signer: Signer) -> None:
    attendee = _find(attendance, signer.person.name)
    if attendee is None:
        if not signer.roles:
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


def _find(attendance: Attendance, name: str):
    """The attendee a signature names: the same name, the same names in another order
    ('Haverinen Emilia'), or the same first and last name ('Karolina H Wessman')."""
    key = name_key(name)
    tokens = key.split()
    for attendee in attendance.attendees:
        if name_key(attendee.name) == key:
            return attendee
    for attendee in attendance.attendees:
        other = name_key(attendee.name).split()
        if sorted(other) == sorted(tokens):
            return attendee
        if (
            len(tokens) >= 2
            and len(other) >= 2
            and (other[0], other[-1]) == (tokens[0], tokens[-1])
        ):
            return attendee
    return None
