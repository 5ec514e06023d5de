"""Person resolution: which name mentions, across all documents, are one real person.

A pure function: mentions with their evidence in, clusters with the reason for every
join out. The rules, applied in this order (so the result does not depend on the
order the mentions come in):

1. people.yml `same` entries are joined (method `override`).
2. Names equal after normalisation (case, spaces, Unicode NFC, hyphen or space between
   parts) are joined (method `exact`) unless the mentions contradict each other.
3. Different spellings are joined (method `fuzzy`, with a rapidfuzz score) when one
   part differs by one letter (Paulo/Paolo, Vivanne/Vivianne; not a Swedish feminine
   '-a': Erik/Erika, Ann/Anna), or when one name adds middle names or surname parts to
   the other with the same first name (Yvonne Svensson/Yvonne Blucher Svensson) — a
   one-letter difference only when one spelling is rare (printed in one meeting, or in
   at most a quarter as many as the other: Lena and Lina Eriksson, both printed meeting
   after meeting, are two people) — and
   only with same-person evidence: a shared party, organisation or body, active within
   two years of each other, with neither party nor organisation differing. (The name
   rule is the extractors' too: `extractors.swedish.names.same_person`.)

A contradiction keeps two groups of mentions apart (except for people.yml `same`):
both parties known and different *and* both organisations known and different; or
two entries of one meeting's attendance (including 'X ersätter Y': nobody substitutes
for themselves); or a people.yml `not_same` entry.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz

from extractors.swedish.names import (
    MIN_TYPO_LENGTH,
    name_key,
    same_person,
    same_person_parts,
    spelling_key,
)

NEAR_DAYS = 2 * 366  # "near in time" for a fuzzy join


@dataclass(frozen=True)
class Mention:
    """One printed name in one place, with what the document says about the person."""

    ref: tuple  # where it is stored, e.g. ("attendees", 12); opaque here
    name: str
    kind: str = "attendee"  # attendee, replaces, substitute, replaced, presenter
    party: str | None = None
    organisation: str | None = None
    body: str | None = None
    body_organisation: str | None = None
    date: str | None = None  # YYYY-MM-DD
    meeting: int | None = None
    group: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonRef:
    """A person named in people.yml: 'Erik Larsson' or 'Erik Larsson (S, Sala)'.

    Each word in brackets must be the mention's party, organisation or body (or the
    body's organisation).
    """

    text: str
    name: str
    qualifiers: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> PersonRef:
        text = unicodedata.normalize("NFC", text).strip()
        m = re.fullmatch(r"([^()]+?)\s*(?:\(([^()]*)\))?", text)
        if not m or len(exact_key(m[1]).split()) < 2:
            raise ValueError(f"{text!r} is not 'First Last' or 'First Last (party, place)'")
        qualifiers = tuple(q.strip() for q in (m[2] or "").split(",") if q.strip())
        return cls(text, m[1], qualifiers)


@dataclass
class Overrides:
    same: list[list[PersonRef]] = field(default_factory=list)
    not_same: list[list[PersonRef]] = field(default_factory=list)


@dataclass(frozen=True)
class NameDecision:
    """Why a spelling belongs to its person."""

    name: str  # the spelling, as printed most often
    key: str
    method: str  # exact, fuzzy, override
    rule: str
    score: float
    matched_name: str | None  # the spelling it was joined to
    evidence: str | None
    mentions: int


@dataclass
class ResolvedPerson:
    name: str
    key: str
    mentions: list[Mention]
    names: list[NameDecision]


@dataclass
class Resolution:
    persons: list[ResolvedPerson]
    warnings: list[str] = field(default_factory=list)


# -- normalisation ---------------------------------------------------------------


def exact_key(name: str) -> str:
    """Names equal under this key are the same spelling: 'Anita Lilja-Stenholm' ==
    'anita lilja – stenholm' == 'Anita Lilja Stenholm'."""
    return spelling_key(name)


def org_key(organisation: str | None) -> str | None:
    """'Köpings kommun' and 'Köping' are one organisation."""
    if not organisation:
        return None
    key = " ".join(unicodedata.normalize("NFC", organisation).casefold().split())
    key = re.sub(r"s? kommun$", "", key)
    return key or None


def party_key(party: str | None) -> str | None:
    return party.strip().upper() or None if party else None


def _given(name_key_: str) -> str:
    """The first name as written, hyphen kept: 'anna-karin' is not 'anna'."""
    return name_key_.split()[0] if name_key_ else ""


# -- nodes: mentions that are certainly one person ----------------------------------


@dataclass
class _Node:
    key: str
    party: str | None
    org: str | None
    body: tuple[str, str] | None
    mentions: list[Mention]
    written: str = ""  # the name_key() most often printed (hyphens kept)
    parts: tuple[str, ...] = ()
    first: str | None = None
    last: str | None = None
    meetings: frozenset[int] = frozenset()  # meetings it is in the attendance of
    places: frozenset = frozenset()  # meetings (or rows) it is printed in at all

    @property
    def sort_key(self) -> tuple:
        return (self.key, self.party or "", self.org or "", self.body or ("", ""))


def _nodes(mentions: list[Mention]) -> list[_Node]:
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    names, orgs = _Memo(exact_key), _Memo(org_key)
    for mention in mentions:
        body = None
        if mention.body or mention.body_organisation:
            body = ((mention.body or "").casefold(), orgs(mention.body_organisation) or "")
        key = (names(mention.name), party_key(mention.party), orgs(mention.organisation))
        groups[(*key, body)].append(mention)
    nodes = []
    written_keys = _Memo(name_key)
    for (key, party, org, body), members in groups.items():
        members.sort(key=_mention_order)
        dates = [m.date for m in members if m.date]
        written = Counter(written_keys(m.name) for m in members)
        nodes.append(
            _Node(
                key=key,
                party=party,
                org=org,
                body=body,
                mentions=members,
                written=min(written, key=lambda w: (-written[w], w)),
                parts=tuple(key.split()),
                first=min(dates, default=None),
                last=max(dates, default=None),
                meetings=frozenset(
                    m.meeting for m in members if m.kind != "presenter" and m.meeting is not None
                ),
                places=frozenset(m.meeting if m.meeting is not None else m.ref for m in members),
            )
        )
    nodes.sort(key=lambda n: n.sort_key)
    return nodes


class _Memo(dict):
    """A function's answers kept per argument (names repeat a lot)."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __call__(self, value):
        if value not in self:
            self[value] = self.function(value)
        return self[value]


def _mention_order(m: Mention) -> tuple:
    return (m.date or "", m.body or "", m.kind, m.name, m.party or "", m.organisation or "")


# -- pair rules ------------------------------------------------------------------


def _contradicts(a: _Node, b: _Node) -> bool:
    party_differs = bool(a.party and b.party and a.party != b.party)
    org_differs = bool(a.org and b.org and a.org != b.org)
    if party_differs and org_differs:
        return True
    if a.meetings & b.meetings:  # two entries of one meeting's attendance ('X ersätter Y')
        return a.key != b.key or party_differs or org_differs
    return False


def _shared(a: _Node, b: _Node) -> list[str]:
    """The evidence two nodes share, worded for the person_names table."""
    shared = []
    if a.party and a.party == b.party:
        shared.append(f"party {a.party}")
    if a.org and a.org == b.org:
        shared.append(f"organisation {a.mentions[0].organisation}")
    if a.body and a.body == b.body:
        m = a.mentions[0]
        where = f" ({m.body_organisation})" if m.body_organisation else ""
        shared.append(f"body {m.body}{where}")
    return shared


def _gap_days(a: _Node, b: _Node) -> int | None:
    if not (a.first and b.first):
        return None
    if a.last < b.first:
        earlier, later = a.last, b.first
    elif b.last < a.first:
        earlier, later = b.last, a.first
    else:
        return 0
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def name_rule(a: str, b: str) -> str | None:
    """Why two different exact keys may be one person's name, or None: the same-person
    rule across documents."""
    return same_person(a, b)


def _blocks(node: _Node) -> list[tuple]:
    """Blocking keys: spellings are compared only with spellings sharing one of these."""
    parts = node.parts
    if len(parts) < 2:
        return []
    # one part differs by one letter: the other parts, and the part or the part less one
    # letter (two parts one edit apart share one of these)
    keys: list[tuple] = []
    for i, part in enumerate(parts):
        if len(part) >= MIN_TYPO_LENGTH:
            rest = parts[:i] + parts[i + 1 :]
            variants = {part} | {part[:k] + part[k + 1 :] for k in range(len(part))}
            keys += [("typo", i, rest, variant) for variant in variants]
    # parts added: the first name as written and one of the other parts
    given = _given(node.written)
    keys += [("added", given, part) for part in parts[1:]]
    return keys


# -- clustering --------------------------------------------------------------------


@dataclass(order=True)
class _Edge:
    order: tuple
    a: int = field(compare=False)
    b: int = field(compare=False)
    method: str = field(compare=False)
    rule: str = field(compare=False)
    score: float = field(compare=False)
    evidence: str | None = field(compare=False)


class _Clusters:
    """Union-find over nodes that refuses joins across a contradiction."""

    def __init__(self, nodes: list[_Node], forbidden: set[tuple[int, int]]):
        self.nodes = nodes
        self.forbidden = forbidden
        self.parent = list(range(len(nodes)))
        self.members = {i: [i] for i in range(len(nodes))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        for x in self.members[ra]:
            for y in self.members[rb]:
                if (min(x, y), max(x, y)) in self.forbidden:
                    return False
                if not forced and _contradicts(self.nodes[x], self.nodes[y]):
                    return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return True


def _select(ref: PersonRef, by_key: dict[str, list[int]], nodes: list[_Node]) -> list[int]:
    wanted = [q.casefold() for q in ref.qualifiers]
    found = []
    for i in by_key.get(exact_key(ref.name), []):
        node = nodes[i]
        values = {node.party.casefold() if node.party else None, node.org}
        if node.body:
            values |= {node.body[0], node.body[1] or None}
        if all(q in values or org_key(q) in values for q in wanted):
            found.append(i)
    return found


def _override_edges(
    overrides: Overrides, nodes: list[_Node], warnings: list[str]
) -> tuple[list[_Edge], set[tuple[int, int]]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_key[node.key].append(i)

    def selected(entry: list[PersonRef], what: str) -> list[list[int]]:
        sets = []
        for ref in entry:
            found = _select(ref, by_key, nodes)
            if not found:
                warnings.append(f"people.yml: {what} {ref.text!r} matches no one")
            sets.append(found)
        return sets

    forbidden: set[tuple[int, int]] = set()
    for entry in overrides.not_same:
        sets = selected(entry, "not_same")
        for (ra, sa), (rb, sb) in combinations(zip(entry, sets, strict=True), 2):
            if set(sa) & set(sb):
                warnings.append(
                    f"people.yml: not_same {ra.text!r} and {rb.text!r} name the same mentions; "
                    "add the party or organisation in brackets"
                )
                continue
            forbidden |= {(min(x, y), max(x, y)) for x in sa for y in sb}
    edges = []
    for entry in overrides.same:
        found = sorted({i for s in selected(entry, "same") for i in s})
        text = "people.yml same: " + ", ".join(ref.text for ref in entry)
        edges += [
            _Edge((0, 0, found[0], i), found[0], i, "override", "people.yml same", 100.0, text)
            for i in found[1:]
        ]
    return edges, forbidden


def _exact_edges(nodes: list[_Node]) -> list[_Edge]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_key[node.key].append(i)
    edges = []
    for members in by_key.values():
        for a, b in combinations(members, 2):
            shared = _shared(nodes[a], nodes[b])
            evidence = "; ".join(shared) or None
            order = (1, -len(shared), a, b)
            edges.append(_Edge(order, a, b, "exact", "same name", 100.0, evidence))
    return edges


def _fuzzy_edges(nodes: list[_Node]) -> list[_Edge]:
    blocks: dict[tuple, set[str]] = defaultdict(set)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_key[node.key].append(i)
        for block in _blocks(node):
            blocks[block].add(node.key)
    pairs = {pair for keys in blocks.values() for pair in combinations(sorted(keys), 2)}
    edges = []
    for ka, kb in sorted(pairs):
        na, nb = nodes[by_key[ka][0]], nodes[by_key[kb][0]]
        rule = same_person_parts(_given(na.written), na.parts, _given(nb.written), nb.parts)
        if rule is None or rule == "same name":
            continue
        if rule == "one letter differs" and not _one_is_rare(
            [nodes[i] for i in by_key[ka]], [nodes[i] for i in by_key[kb]]
        ):
            continue  # Lena and Lina Eriksson, both printed meeting after meeting
        score = round(fuzz.ratio(ka, kb), 1)
        for a in by_key[ka]:
            for b in by_key[kb]:
                na, nb = nodes[a], nodes[b]
                if (na.party and nb.party and na.party != nb.party) or (
                    na.org and nb.org and na.org != nb.org
                ):
                    continue
                shared = _shared(na, nb)
                gap = _gap_days(na, nb)
                if not shared or gap is None or gap > NEAR_DAYS:
                    continue
                evidence = "; ".join(shared) + f"; {gap} days apart"
                order = (2, -score, -len(shared), gap, a, b)
                edges.append(_Edge(order, a, b, "fuzzy", rule, score, evidence))
    return edges


def _one_is_rare(a: list[_Node], b: list[_Node]) -> bool:
    """A typo is printed rarely: one spelling in a single meeting, or in at most a quarter
    as many meetings as the other. Two spellings both printed again and again are two
    names (Lena/Lina, Maria/Marie, Lind/Lund)."""
    seen_a = len(frozenset().union(*(n.places for n in a)))
    seen_b = len(frozenset().union(*(n.places for n in b)))
    rare, common = sorted((seen_a, seen_b))
    return rare <= 1 or rare * 4 <= common


# -- the result ----------------------------------------------------------------------


def _printed(mentions: list[Mention]) -> str:
    counts = Counter(unicodedata.normalize("NFC", m.name) for m in mentions)
    return min(counts, key=lambda n: (-counts[n], n))


def _person(
    cluster: list[int], nodes: list[_Node], joins: dict[int, list[tuple[int, _Edge]]]
) -> ResolvedPerson:
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for i in cluster:
        by_key[nodes[i].key].extend(nodes[i].mentions)
    # the spelling printed most often; on a tie the fuller one (a typo drops letters more often)
    key = min(by_key, key=lambda k: (-len(by_key[k]), -len(k.split()), -len(k), k))
    printed = {k: _printed(ms) for k, ms in by_key.items()}
    names = []
    for k in sorted(by_key, key=lambda k: (k != key, k)):
        count = len(by_key[k])
        decision = NameDecision(printed[k], k, "exact", "same name", 100.0, None, None, count)
        if k != key:
            # the first join that brought this spelling to another one
            _, edge = min(
                (n, e)
                for i in cluster
                if nodes[i].key == k
                for n, e in joins.get(i, [])
                if nodes[e.a].key != nodes[e.b].key
            )
            other = nodes[edge.b].key if nodes[edge.a].key == k else nodes[edge.a].key
            decision = NameDecision(
                printed[k], k, edge.method, edge.rule, edge.score, printed[other],
                edge.evidence, len(by_key[k]),
            )  # fmt: skip
        names.append(decision)
    mentions = sorted((m for ms in by_key.values() for m in ms), key=_mention_order)
    return ResolvedPerson(printed[key], key, mentions, names)


def resolve(mentions: list[Mention], overrides: Overrides | None = None) -> Resolution:
    """Cluster mentions into persons; the same input in any order gives the same output."""
    warnings: list[str] = []
    nodes = _nodes(mentions)
    override_edges, forbidden = _override_edges(overrides or Overrides(), nodes, warnings)
    clusters = _Clusters(nodes, forbidden)
    accepted = []
    for edge in override_edges:
        if clusters.join(edge.a, edge.b, forced=True):
            accepted.append(edge)
        elif clusters.find(edge.a) != clusters.find(edge.b):
            warnings.append(f"people.yml: {edge.evidence} conflicts with a not_same entry")
    for edge in sorted(_exact_edges(nodes)) + sorted(_fuzzy_edges(nodes)):
        if clusters.join(edge.a, edge.b):
            accepted.append(edge)
    joins: dict[int, list[tuple[int, _Edge]]] = defaultdict(list)
    for n, edge in enumerate(accepted):
        joins[edge.a].append((n, edge))
        joins[edge.b].append((n, edge))
    persons = [_person(members, nodes, joins) for members in clusters.members.values()]
    persons.sort(key=lambda p: (p.key, p.mentions[0].date or "", _mention_order(p.mentions[0])))
    return Resolution(persons, warnings)
