"""Attendance: the label blocks → attendees, their parties, organisations, roles and
substitutions ('Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.document import Box, Line, join_wrapped
from extractors.minutes.blocks import (
    BULLET,
    PARTY_CELL,
    Block,
    is_column_head,
    is_column_heads,
    role_awaits_name,
    same_row,
)
from extractors.minutes.labels import group_of, label_key, membership_of
from extractors.minutes.parameters import (
    COLUMN_X_TOLERANCE,
    MAX_LABEL_WORDS,
    SPACE_WIDTH,
)
from extractors.swedish.bodies import COUNCIL, ORG_WORDS, SECRETARIAT, is_institution
from extractors.swedish.capitals import normal_case
from extractors.swedish.labels import EVERYONE_PRESENT, REPLACED_COLUMN_HEAD
from extractors.swedish.names import is_first_name, leading_name, name_key, surname_comma
from extractors.swedish.parties import (
    is_known_party,
    normalise_party,
    party_named,
    party_of_name,
)
from extractors.swedish.places import find_organisation, is_place
from extractors.swedish.roles import (
    MEMBER_ROLES,
    PARAGRAPH_QUALIFIERS,
    ROLE_WORDS,
    SERVING,
    SUBSTITUTION,
    SUBSTITUTION_AFTER_PARTY,
    VACANT,
    is_attendance_qualifier,
    normalise_role,
)
from schemas.record import Attendee, Group, Substitution


@dataclass
class Person:
    """One person read from an attendance entry."""

    name: str
    party: str | None = None
    organisation: str | None = None
    roles: list[str] = field(default_factory=list)
    replaces: str | None = None
    replaced_party: str | None = None
    # a membership word printed after the name ('ersättare', 'adj'): (group, holds in any block)
    membership: tuple[Group | None, bool] | None = None
    serving: bool = False  # 'tjänstgör för Y': a substitute who serves, wherever listed

    def group_in(self, block_group: Group) -> Group:
        """The person's group in a block of block_group: a membership word may say another
        ('Anna Ek (S), ersättare' among övriga närvarande does not serve), and so does a
        substitute who serves ('Bo Ek (S), tjänstgör för Eva Ek (S)' under 'Ersättare')."""
        if self.serving and self.replaces and block_group != Group.absent:
            return Group.decision_maker
        if block_group == Group.decision_maker and self.party is None and self.organisation:
            if SECRETARIAT.search(self.organisation):
                return Group.other_present  # 'Lisa Ek, förbundets kansli': staff
        if self.membership is None or self.membership[0] is None:
            return block_group
        group, strong = self.membership
        if strong or block_group == Group.other_present:
            return group
        return block_group


@dataclass
class Unplaced:
    """A line of an attendance block that could not be read as a person."""

    page: int
    text: str
    reason: str


@dataclass
class Attendance:
    attendees: list[Attendee] = field(default_factory=list)
    substitutions: list[Substitution] = field(default_factory=list)
    # id(attendee) → where its name was read: each attendee's own (a namesake has another)
    boxes: dict[int, Box] = field(default_factory=dict)
    unplaced: list[Unplaced] = field(default_factory=list)

    def add(self, person: Person, group: Group, lines: list[Line]) -> None:
        """One person read from lines, with the substitution the person makes."""
        attendee = _attendee(person, person.group_in(group))
        self.attendees.append(attendee)
        self.boxes[id(attendee)] = name_box(person.name, lines)
        if person.replaces:
            self.substitutions.append(
                Substitution(
                    substitute=person.name,
                    substitute_party=person.party,
                    replaced=person.replaces,
                    replaced_party=person.replaced_party,
                    organisation=person.organisation,
                )
            )


def read_attendance(blocks: list[Block], council: bool = True) -> Attendance:
    """Attendees and substitutions from the attendance blocks, in document order.
    council: the body is a council (råd), whose 'Representanter från …' are its members;
    elsewhere representatives attend without deciding."""
    result = Attendance()
    seen: dict[str, set[str | None]] = {}  # name → parties already listed under it
    everyone_lists: list[tuple[int, int]] = []  # the people of each list of everyone present
    for block in blocks:
        group = group_of(block.label)
        if group is None:
            continue
        if group == Group.decision_maker and not council and _representatives(block.label):
            group = Group.other_present
        everyone = label_key(block.label) in EVERYONE_PRESENT
        start = len(result.attendees)
        first = (block.inline, block.label_line) if block.inline else None
        replaced_x: float | None = None  # the x of a column of whom each row replaces
        for text, lines in _entries(block.values, first):
            page = lines[0].page
            sub_group = group_of(text) if len(text.split()) <= MAX_LABEL_WORDS else None
            if sub_group is not None:  # a sub-heading inside the block ("Ersättare")
                group = sub_group
                continue
            if label_key(text) in ("enligt förteckning", "enligt bilaga", "se bilaga", "-", "–"):
                continue
            if VACANT.match(text) or re.fullmatch(r"[-–—\s]+", text):
                continue
            if is_column_heads(lines):  # 'Namn | Organisation' over a table of people
                replaced_x = next(
                    (ln.x0 for ln in lines if REPLACED_COLUMN_HEAD.fullmatch(ln.text)), None
                )
                continue
            if replaced_x is not None:
                text = _replacing(text, lines, replaced_x)
            for sub_group, part in _labelled_parts(text, group):
                group = sub_group
                people = parse_entry(part)
                if not people:
                    result.unplaced.append(Unplaced(page, part, "no name found"))
                    continue
                for person in people:
                    parties = seen.setdefault(name_key(person.name), set())
                    if _listed_already(parties, person.party):
                        continue
                    parties.add(person.party)
                    if everyone and person.membership and person.membership[0] is not None:
                        person.membership = (person.membership[0], True)  # no serving
                    result.add(person, group, lines)
        if everyone:
            everyone_lists.append((start, len(result.attendees)))
    for start, end in everyone_lists:
        _staff_among_politicians(result.attendees[start:end])
    return result


# a label inside a paragraph of attendance, after a full stop or a semicolon: '…, Åsele
# kommun. Tjänstgörande ersättare: Bo Ek (S), …'
_LABEL_IN_TEXT = re.compile(
    r"(?:^|(?<=[.;]))\s*([A-ZÅÄÖa-zåäö][a-zåäö]+(?:\s+[a-zåäö]+){0,3})\s*:\s*"
)
# the plural that heads a group of people in a sentence of attendance: 'ledamöterna Bo
# Ek (M), …; suppleanterna Eva Lind (S), …' (a company board's minutes)
_GROUP_WORD = re.compile(
    r"(?:^|(?<=;))\s*(ledamöterna|ledamöter|suppleanterna|suppleanter|ersättarna|ersättare)"
    r"\s+(?=[A-ZÅÄÖÉ])",
    re.IGNORECASE,
)


def _labelled_parts(text: str, group: Group) -> list[tuple[Group, str]]:
    """An entry as parts, each with its group: a paragraph of attendance may name its
    groups within it, by labels ('…. Ej tjänstgörande ersättare: Eva Lind, …') or by the
    plurals of a sentence ('ledamöterna Bo Ek, …; suppleanterna Eva Lind, …;
    verkställande direktören Cia Berg'). After such a plural, a part that starts with a
    title is the staff's. Other entries are one part of the block's group."""
    cuts: list[tuple[int, int, Group]] = []
    for m in _LABEL_IN_TEXT.finditer(text):
        found = group_of(m.group(1))
        if found is not None and (m.start() > 0 or cuts):
            cuts.append((m.start(), m.end(), found))
    grouped = False
    for m in _GROUP_WORD.finditer(text):
        word = m.group(1).casefold()
        found = group if word.startswith("ledam") else Group.substitute_not_serving
        cuts.append((m.start(), m.end(), found))
        grouped = True
    if not cuts:
        return [(group, text)]
    cuts.sort()
    parts: list[tuple[Group, str]] = []
    if text[: cuts[0][0]].strip(" ;.,"):
        parts.append((group, text[: cuts[0][0]]))
    for k, (_, end, found) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(text)
        body = text[end:stop]
        if grouped and found is not Group.decision_maker:
            parts += _staff_after(found, body)
        else:
            parts.append((found, body))
    if grouped:
        parts[-1:] = _staff_after(*parts[-1])
    return parts


def _staff_after(group: Group, text: str) -> list[tuple[Group, str]]:
    """A group's part of a sentence of attendance, and the staff after its semicolon
    when a title begins them ('…; verkställande direktören Cia Berg, ekonomichefen Bo
    Ek'): other_present."""
    pieces = re.split(r";\s*(?=[a-zåäö])", text, maxsplit=1)
    if len(pieces) == 2 and _role_first(pieces[1].strip()) is not None:
        return [(group, pieces[0]), (Group.other_present, pieces[1])]
    return [(group, text)]


def _replacing(text: str, lines: list[Line], x: float) -> str:
    """A row of a table with a column of whom its substitute replaces ('Bo Ek | S | Eva
    Ek (S)' under 'Namn | Parti | Ersätter'), as the same words in running text say it:
    'Bo Ek, S ersätter Eva Ek (S)'. A row with nothing in that column is as printed."""
    replaced = [ln for ln in lines[1:] if abs(ln.x0 - x) <= COLUMN_X_TOLERANCE]
    if not replaced:
        return text
    rest = [ln for ln in lines if all(ln is not r for r in replaced)]
    person = ", ".join(entry for entry, _ in _entries(rest))
    return f"{person} ersätter {' '.join(entry for entry, _ in _entries(replaced))}"


def _staff_among_politicians(attendees: list[Attendee]) -> None:
    """In a list of everyone present where most have a party ('Namn | Organisation |
    Roll'), one without a party whose roles are all titles ('processledare',
    'utbildningsstrateg, sekreterare') is staff, not a decision maker."""
    if sum(a.party is not None for a in attendees) * 2 < len(attendees):
        return
    for attendee in attendees:
        if (
            attendee.group == Group.decision_maker
            and attendee.party is None
            and attendee.roles
            and not any(MEMBER_ROLES.search(role) for role in attendee.roles)
        ):
            attendee.group = Group.other_present


def merge_attendance(first: Attendance, more: Attendance) -> Attendance:
    """first, then the people of more that first does not list (by name, as a namesake
    of another party is another person), with their substitutions."""
    parties: dict[str, set[str | None]] = {}
    for attendee in first.attendees:
        parties.setdefault(name_key(attendee.name), set()).add(attendee.party)
    merged = Attendance(
        list(first.attendees), list(first.substitutions), dict(first.boxes), list(first.unplaced)
    )
    added: set[str] = set()
    for attendee in more.attendees:
        if _listed_already(parties.get(name_key(attendee.name), set()), attendee.party):
            continue
        merged.attendees.append(attendee)
        added.add(attendee.name)
        merged.boxes[id(attendee)] = more.boxes[id(attendee)]
    merged.substitutions += [s for s in more.substitutions if s.substitute in added]
    merged.unplaced += more.unplaced
    return merged


def _listed_already(parties: set[str | None], party: str | None) -> bool:
    """Whether a name listed with these parties lists the same person again: a namesake
    of another party is another person."""
    return bool(parties) and (party is None or None in parties or party in parties)


def _attendee(person: Person, group: Group) -> Attendee:
    return Attendee(
        name=person.name,
        party=person.party,
        organisation=person.organisation,
        group=group,
        roles=person.roles,
        replaces=person.replaces,
    )


def _entries(
    lines: list[Line], first: tuple[str, Line] | None = None
) -> list[tuple[str, list[Line]]]:
    """Value lines joined into entries, each with the lines it was read from: a wrapped
    line continues the entry above it, and cells of one table row ('Kristian Lövgren |
    M | ordförande') are one entry. `first` is the value printed beside an inline label
    ('Beslutande: Anna Ek (S), …') with the label's line."""
    entries: list[tuple[str, list[Line]]] = [(normal_case(first[0]), [first[1]])] if first else []
    previous: Line | None = first[1] if first else None
    for line in lines:
        text = normal_case(line.spaced)  # 'ANNA EK (S)' → 'Anna Ek (S)'
        bulleted = BULLET.match(text)
        if bulleted:  # "• Anna Berg, utvecklingsledare, Region Dalarna": an entry of its own
            text = text[bulleted.end() :]
        beside = previous is not None and same_row(previous, line) and line.x0 > previous.x1
        if entries and beside:
            entries[-1] = (f"{entries[-1][0]}, {text}", [*entries[-1][1], line])
        elif (
            entries
            and not bulleted
            and (not PARTY_CELL.fullmatch(text) or _party_of_replaced(entries[-1][0], text))
            and _continues(entries[-1][0], text, full=_full_line(previous, line, lines))
        ):  # a party cell starts a row of a table of people ('S | Ulla Ek')
            entries[-1] = (join_wrapped(entries[-1][0], text), [*entries[-1][1], line])
        else:
            entries.append((text, [line]))
        previous = line
    return entries


def _party_of_replaced(previous: str, text: str) -> bool:
    """Whether text is the bracketed party of the member previous ends replacing, wrapped
    to a line of its own ('Bo Ek (S) tjg ers för Eva Lind' / '(S)')."""
    if not re.fullmatch(r"\([A-ZÅÄÖa-zåäö]{1,5}\)", text):
        return False
    found = [m.end() for m in SUBSTITUTION.finditer(previous)]
    replaced = previous[found[-1] :] if found else ""
    return _starts_with_person(replaced) and "(" not in replaced


def name_box(name: str, lines: list[Line]) -> Box:
    """The box of a name's words in the lines it was read from; the first line's box
    when the words cannot be found (a name joined across a hyphenated break)."""
    tokens = name_key(name).split()
    for line in lines:
        words = line.words
        keys = [name_key(w.text.strip(",;:()")) for w in words]
        for i in range(len(words) - len(tokens) + 1):
            if keys[i : i + len(tokens)] == tokens:
                return Box.around(words[i : i + len(tokens)], line.page)
    return Box.around(lines[0].words, lines[0].page)


def _full_line(previous: Line | None, line: Line, lines: list[Line]) -> bool:
    """Whether previous was wrapped: the first word of line would not have fitted after it
    within the block's right edge. What follows a wrapped line may be the rest of a name
    it cut ('…, Ida' / 'Berg Lind, …')."""
    if previous is None or not line.words:
        return False
    right = max([ln.x1 for ln in lines if ln.page == previous.page] + [previous.x1])
    word = line.words[0]
    return previous.x1 + (word.x1 - word.x0) + SPACE_WIDTH >= right


def _continues(previous: str, text: str, full: bool = False) -> bool:
    cut = re.search(r"[,;]\s*([a-zåäö][\w-]*)$", previous)
    if cut and not ROLE_WORDS.search(cut.group(1)) and _role_first(f"{cut.group(1)} {text}"):
        return True  # a title cut after its first word: '…; verkställande' / 'direktören Bo Ek'
    if VACANT.match(text) or _role_first(text) is not None:
        return False  # a seat of its own, or 'socialchef Maja Holm, …'
    balanced = re.sub(r"\(\s*\(", "(", previous)  # "((L)" is a typo, not an open bracket
    if balanced.count("(") > balanced.count(")"):
        return True
    if re.search(r"(\b(ersätter|för|och)|[-,])$", previous) and not _starts_with_person(text):
        return True
    if re.search(r"\b(ersätter|för)$", previous):
        return True
    if _role_first(previous) is not None and role_awaits_name(previous):
        return True  # 'socialchef Eva Ek, controller' / 'Bo Berg, …': the role's name below
    if full and ";" in previous and not re.search(r"[;,]$", previous):
        return True  # people parted by semicolons: a wrapped line goes on within a person
    if (
        full
        and _cut_name(previous)
        and re.match(r"[A-ZÅÄÖÉ][\w'’-]*(?:\s+[A-ZÅÄÖÉ][\w'’-]*)?\s*[,(]", text)
    ):
        return True  # a list that wraps inside a name: '…, Ida' / 'Berg Lind, …'
    return not _starts_with_person(text) and group_of(text) is None


def _cut_name(previous: str) -> bool:
    """Whether a list line ends in a first name whose person goes on below ('…, Ida')."""
    m = re.search(r"[,;]\s*([A-ZÅÄÖÉ][a-zåäöéü'’]+(?:-[A-ZÅÄÖÉ]?[a-zåäöéü'’]+)*)$", previous)
    if m is None or ROLE_WORDS.search(m.group(1)) or is_place(m.group(1)):
        return False
    # 'Stadsmuseet' at the end of a line is an organisation and 'Organisation' a table's
    # column head; a known first name is a name
    word = m.group(1)
    if is_first_name(word):
        return True
    return not is_column_head(word) and not any(is_institution(p) for p in word.split("-"))


def leading_person(text: str) -> str | None:
    """The name text starts with, when it is a person's: not a place or an organisation
    ('Region Norrvik', 'Hjo Energi AB')."""
    found = leading_name(text)
    if found is None:
        return None
    name, _ = found
    return None if is_place(name) or ORG_WORDS.search(name) else name


def _starts_with_person(text: str) -> bool:
    text = party_named(text)[1]
    return leading_person(text) is not None or _surname_first(text) is not None


def _surname_first(text: str) -> tuple[str, str] | None:
    """('Greta Lindahl', ' (C), ordförande') for 'Lindahl, Greta (C), ordförande': a person
    printed surname first with a comma; not an organisation, a role, a party or a place
    before a word ('Socialförvaltningen, Ekonomi', 'Köping, Ekonomi')."""
    found = surname_comma(text)
    if found is None:
        return None
    name, surname, rest = found
    given = name[: -len(surname)].strip()
    for word in (surname, given):
        if ORG_WORDS.search(word) or ROLE_WORDS.search(word):
            return None
        if is_known_party(word) or party_of_name(word):
            return None
    if is_place(given) or (is_place(surname) and not is_first_name(given.split()[0])):
        return None  # a surname may be a place's name ('Berg, Anna'), a given name not
    return name, rest


# where a name may start in an entry that starts with a name printed surname first: after
# a separator ('…, ordförande; Berg, Bo') or a word ('tjg ers för Dahl, Berit')
_NAME_MAY_START = re.compile(r"(?:[,;]\s*|\s)(?=[A-ZÅÄÖÉ])")


def _natural_names(text: str) -> str:
    """An entry that starts with a name printed surname first ('Vallin, Olof (S) tjg ers
    för Dahl, Berit (S)'), its names in natural order: 'Olof Vallin (S) tjg ers
    för Berit Dahl (S)'. Other entries are as printed."""
    found = _surname_first(text)
    if found is None:
        return text
    out = [found[0]]
    rest = found[1]
    while rest:
        m = _NAME_MAY_START.search(rest)
        if m is None:
            break
        turned = _surname_first(rest[m.end() :])
        if turned is None:
            out.append(rest[: m.end()])
            rest = rest[m.end() :]
            continue
        out += [rest[: m.end()], turned[0]]
        rest = turned[1]
    return "".join(out) + rest


def parse_entry(text: str) -> list[Person]:
    """The people in one attendance entry; a substitution gives one person with `replaces`.

    >>> [p.name for p in parse_entry("Anna Ek (S), ordförande, och Bo Berg (M)")]
    ['Anna Ek', 'Bo Berg']
    """
    party, text = party_named(_clean(text))
    people = _people_of(_party_first(_natural_names(text)))
    for person in people if party else []:
        person.party = person.party or party  # 'Moderaterna: Bo Ek, Eva Lind'
    return people


def _people_of(text: str) -> list[Person]:
    if _role_first(text) is not None:
        return _role_first_people(text)
    people: list[Person] = []
    for chunk in _split_people(text):
        person = _parse_substitution(chunk) or _parse_person(chunk)
        if person is not None:
            people.append(person)
        elif people:
            _add_fields(people[-1], chunk)
    return people


def _party_first(text: str) -> str:
    """'C, Ulla Ek, ordförande' (a party column before the names) → 'Ulla Ek (C), ordförande'."""
    m = re.match(r"\(?([A-ZÅÄÖ]{1,5})\)?\s*,\s*", text)
    if m is None or normalise_party(m.group(1)) is None:
        return text
    found = leading_name(text[m.end() :])
    if found is None:
        return text
    return f"{found[0]} ({m.group(1)}){found[1]}"


# lower-case words before a name: 'socialchef Maja Holm', 'bitr. ekonomichef Bo Ek'
# ('Ordförande Anna Ek', 'Vice ordförande Bo Berg': the first word may be capitalised)
_LOWER_WORDS = re.compile(
    r"([A-ZÅÄÖ]?[a-zåäö][\w.:\-–/]*(?:\s+[a-zåäö][\w.:\-–/]*){0,3})\s+(?=[A-ZÅÄÖÉ])"
)


def _role_first(text: str) -> tuple[str, Person] | None:
    """('socialchef', Maja Holm) for 'socialchef Maja Holm (S)': a role printed before the
    name; None when text does not start so."""
    m = _LOWER_WORDS.match(text.strip(" ,;"))
    if m is None or not ROLE_WORDS.search(m.group(1)) or SUBSTITUTION.search(text):
        return None  # 'tjänstgörande ersättare för Bo Ek' continues the entry above
    if re.search(r"\b(?:för|av|till|i|hos|på|med)$", m.group(1)):
        return None
    person = _parse_person(text.strip(" ,;")[m.end() :])
    if person is None or leading_person(person.name) is None:
        return None
    return _indefinite(normalise_role(m.group(1))), person


def _indefinite(role: str) -> str:
    """A title printed in its definite form before a name, as the title: 'ekonomichefen
    Bo Ek' → ekonomichef, 'verkställande direktören' → verkställande direktör."""
    found = list(ROLE_WORDS.finditer(role))
    if not found or found[-1].end() != len(role):
        return role
    last = found[-1]
    return role[: last.start()] + last.group(1).casefold()


def _role_first_people(text: str) -> list[Person]:
    """'socialchef Maja Holm, ekonomichef Anna Berg och controller Bo Ek': three people,
    each after the role."""
    people: list[Person] = []
    for fragment in re.split(r"\s*[,;](?![^()]*\))\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\b", text):
        fragment = re.sub(r"(?<=[a-zåäö])\.$", "", fragment)  # the sentence's full stop
        found = _role_first(fragment) if fragment else None
        if found is not None:
            role, person = found
            roles, person.roles = person.roles, []
            _add_free_text(person, role, in_parentheses=False)  # 'Ersättare Bo Ek': a group
            person.roles += [r for r in roles if r not in person.roles]
            people.append(person)
        elif fragment and _starts_with_person(fragment):
            person = _parse_substitution(fragment) or _parse_person(fragment)
            if person is not None:
                people.append(person)
        elif fragment and people:
            _add_fields(people[-1], fragment)
    return people


def _parse_substitution(text: str) -> Person | None:
    """'X (S) ersätter Y (SD), Ort' → X with replaces=Y; None when text has no substitution."""
    split = SUBSTITUTION.search(text)
    start = split.start() if split else 0
    if split is None:
        split = SUBSTITUTION_AFTER_PARTY.search(text)
        if split is None:
            return None
        start = split.start("sep")  # the place before 'för' is the substitute's
    substitute = _parse_person(text[:start])
    if substitute is None:
        return None
    replaced = _parse_person(text[split.end() :])
    if replaced is not None:
        substitute.serving = bool(SERVING.search(split.group(0)))
        substitute.replaces = replaced.name
        substitute.replaced_party = replaced.party
        substitute.organisation = substitute.organisation or replaced.organisation
        for role in replaced.roles:
            if role not in substitute.roles:
                substitute.roles.append(role)
    return substitute


# a party's letters in a cell of their own before the rest of a row ('Ek Bo | S ordf.',
# 'Ek Bo | C för Lind Eva (C)'): as a bracketed party
_PARTY_BEFORE_WORDS = re.compile(r",\s+([A-ZÅÄÖ]{1,2})\s+(?=[a-zåäö])")


# leader dots between the fields of a row ('Anna Ek ....... C ....... ordförande'), one
# or more runs: a comma
_LEADERS = re.compile(r"(?:\s*(?:\.\s*){4,}|\s*…{2,}\s*)+")


def _clean(text: str) -> str:
    text = normal_case(" ".join(text.replace("\u00a0", " ").split()))
    if "..." in text or "……" in text:
        text = _LEADERS.sub(", ", text)
    text = _PARTY_BEFORE_WORDS.sub(
        lambda m: f" ({m.group(1)}) " if is_known_party(m.group(1)) else m.group(0), text
    )
    text = PARAGRAPH_QUALIFIERS.sub(" ", text)
    text = re.sub(r"\(\s*\(", "(", text)
    text = re.sub(r"\)\s*\)", ")", text)
    return " ".join(text.split()).strip(" ,;")


# A comma, semicolon or 'och' between two people; never one inside brackets: "(M,)", nor
# an 'och' after a word cut short ('Hörsel- och Synskadeförbundet': one organisation)
_BETWEEN_PEOPLE = re.compile(r"\s*[,;](?![^()]*\))\s*(?:och\s+)?|(?<![-–])\s+och\s+(?=[A-ZÅÄÖ])")


def _split_people(text: str) -> list[str]:
    """Split 'Anna Ek (S), Bo Berg (M) och Cia Lund (C)' into one chunk per person.

    A fragment after a comma or 'och' starts a new person only when it starts with
    a name that is not a place or an organisation; otherwise it belongs to the
    person before it (an organisation or a role). A name without a party after members
    with one is a person too: 'Bo Ek (S), ordförande, Anna Berg, kanslisekreterare'.
    """
    fragments = _BETWEEN_PEOPLE.split(text)
    chunks: list[str] = []
    for fragment in fragments:
        if not fragment:
            continue
        if chunks and not _starts_with_person(fragment):
            chunks[-1] = f"{chunks[-1]}, {fragment}"
        else:
            chunks.append(fragment)
    return chunks


def _parse_person(text: str) -> Person | None:
    found = leading_name(text.strip(" ,;"))
    if found is None:
        return None
    name, rest = _role_after_name(*found)
    if is_place(name):
        return None
    person = Person(name=name)
    _add_fields(person, rest)
    return person


def _role_after_name(name: str, rest: str) -> tuple[str, str]:
    """A capitalised title printed after a name without a comma is no part of it: 'Lena
    Lind Ekonom', 'Eva Ek Kultur och fritidschef' (columns flattened into one line)."""
    parts = name.split()
    if len(parts) < 3:
        return name, rest
    last = parts[-1]
    title = ROLE_WORDS.search(last)
    continued = re.match(r"\s+(?:och|&)\s+[a-zåäö]", rest) and ROLE_WORDS.search(rest)
    if (title and title.end() == len(last)) or continued:
        return " ".join(parts[:-1]), f" {last}{rest}"
    return name, rest


def _add_fields(person: Person, rest: str) -> None:
    """Party, organisation and roles from what follows a name."""
    for m in re.finditer(r"\(([^()]*)\)", rest):
        content = m.group(1).strip()
        head, _, tail = content.partition(",")
        if tail.strip() and normalise_party(head) and len(head.strip()) <= 5:
            # '(S, ordförande)': the party and a role in one bracket
            if person.party is None:
                person.party = normalise_party(head)
            _add_free_text(person, tail, in_parentheses=True)
            continue
        party = normalise_party(content) if len(content) <= 6 else None
        if party and person.party is None:
            person.party = party
        elif party and party == person.party:
            continue  # 'Bo Ek (S) (S)': printed twice
        else:
            _add_free_text(person, content, in_parentheses=True)
    rest = re.sub(r"\([^()]*\)", ",", rest)
    # a dash between spaces parts fields, but not in 'Kultur - och fritidsavdelningen'
    for fragment in re.split(r"\s*[,;]\s*|\s+[-–]\s+(?!och\b|eller\b|samt\b)", rest):
        # a dash before the field, after a bracket: 'Bo Ek (S) – ordförande'
        fragment = re.sub(r"^[-–]\s+", "", fragment.strip(" .:"))
        if not fragment:
            continue
        # unbracketed, only a known party ('Eva Ek, S') or a party's name ('Eva Ek,
        # Moderaterna'); 'Bo Berg, PRO' is an organisation
        party = normalise_party(fragment) if is_known_party(fragment) else party_of_name(fragment)
        if party and person.party is None:
            person.party = party
            continue
        _add_free_text(person, fragment, in_parentheses=False)


def _two_roles(text: str) -> list[str]:
    """'kommundirektör och föredragande', 'skolchef/förvaltningschef', 'valsamordnare
    tillika sekreterare': two roles, each with a role word; 'miljö- och
    hälsoskyddsinspektör' and 'vård och omsorgschef' are one."""
    parts = re.split(r"\s+(?:och|tillika)\s+|\s*/\s*", text, maxsplit=1)
    if len(parts) == 2 and not parts[0].endswith("-") and all(ROLE_WORDS.search(p) for p in parts):
        return [parts[0], *_two_roles(parts[1])]
    return [text]


def _add_free_text(person: Person, text: str, in_parentheses: bool) -> None:
    """A role, an organisation or both ('förvaltningschef Köpings kommun')."""
    text = " ".join(text.split()).strip(" ,.;:")
    if not text or is_attendance_qualifier(text):
        return
    membership = membership_of(text)
    if membership is not None:
        person.membership = person.membership or membership
        return
    organisation = text if is_place(text) else find_organisation(text)
    if organisation:
        if person.organisation is None:
            person.organisation = organisation
        text = text.replace(organisation, " ").strip(" ,;:")
        if not text:
            return
    if ORG_WORDS.search(text.split()[-1]) and not ROLE_WORDS.search(text):
        # 'socialförvaltningen', 'ekonomiavdelningen': where the person works, no role
        if person.organisation is None:
            person.organisation = text
        return
    if in_parentheses and text[:1].isupper() and not ROLE_WORDS.search(text):
        if person.organisation is None:  # 'Lena Ek (Hörsel & syn)'
            person.organisation = text
        return
    if text[:1].islower() or ROLE_WORDS.search(text) or in_parentheses:
        for part in _two_roles(text):
            role = normalise_role(part)
            if role not in person.roles:
                person.roles.append(role)
    elif person.organisation is None:
        person.organisation = text


def _representatives(label: str) -> bool:
    return label_key(label).startswith("representanter")


def is_council(names: list[str]) -> bool:
    """True when the body or the first lines of the minutes name a council (råd)."""
    return any(COUNCIL.search(name) for name in names if name)


def organisations_in_a_council(attendees: list[Attendee], names: list[str]) -> None:
    """In a council, an unknown 'party' is the member's organisation. names: the body and
    the first lines of the minutes, where the council is named."""
    if not is_council(names):
        return
    for attendee in attendees:
        if attendee.party and not is_known_party(attendee.party) and attendee.organisation is None:
            attendee.organisation, attendee.party = attendee.party, None
