"""Person resolution against the database: read every person mention of the current
documents, resolve them in one pass (pipeline/people/rules.py), and rewrite persons,
person_names, memberships and the person ids of attendees, substitutions and
presenters in one transaction.

The pass runs when the current documents, people.yml or the rules changed since the
last one (a fingerprint in person_resolution), so its result never depends on the
order documents were ingested in. The rules' version is a digest of their source
(`rules_version`): no number to bump by hand.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from pipeline.people import overrides as people_overrides
from pipeline.people import rules
from pipeline.people.rules import Mention, Overrides, Resolution, ResolvedPerson, resolve
from pipeline.store.rows import insert_rows
from pipeline.store.schema import now
from pipeline.store.writer import documents_state

PROJECT = ("extractors", "schemas", "pipeline")  # whose modules the rules' version covers

# (table, person id column, mention kind) for every place a person is linked from.
LINKS = [
    ("attendees", "person_id", "attendee"),
    ("attendees", "replaces_person_id", "replaces"),
    ("substitutions", "substitute_person_id", "substitute"),
    ("substitutions", "replaced_person_id", "replaced"),
    ("presenters", "person_id", "presenter"),
]
MEMBERSHIP_KINDS = {"attendee": None, "replaced": "absent"}  # kind → group (None: as printed)

_MEETING = """
join documents d on d.id = x.document_id
left join meetings m on m.id = x.meeting_id
where d.status = 'current'
"""
QUERIES = {
    "attendee": f"""select x.id, x.name, x.party, x.organisation, x."group", x.roles,
  x.meeting_id, m.body, m.organisation as body_organisation, m.date
from attendees x {_MEETING}""",
    "replaces": f"""select x.id, x.replaces as name, null as party, x.organisation,
  null as "group", null as roles, x.meeting_id, m.body,
  m.organisation as body_organisation, m.date
from attendees x {_MEETING} and x.replaces is not null and x.replaces != ''""",
    "substitute": f"""select x.id, x.substitute as name, x.substitute_party as party,
  x.organisation, null as "group", null as roles, x.meeting_id, m.body,
  m.organisation as body_organisation, m.date
from substitutions x {_MEETING} and x.substitute is not null and x.substitute != ''""",
    "replaced": f"""select x.id, x.replaced as name, x.replaced_party as party,
  x.organisation, null as "group", null as roles, x.meeting_id, m.body,
  m.organisation as body_organisation, m.date
from substitutions x {_MEETING} and x.replaced is not null and x.replaced != ''""",
    "presenter": f"""select x.id, x.name, null as party, null as organisation,
  null as "group", null as roles, x.meeting_id, m.body,
  m.organisation as body_organisation, m.date
from presenters x {_MEETING}""",
}


@dataclass
class Outcome:
    """What a resolution run did, for the ingest summary."""

    resolved: bool = False
    persons: int = 0
    warnings: list[str] = field(default_factory=list)


def mentions(db: sqlite_utils.Database) -> list[Mention]:
    """Every person mention of the current documents."""
    found = []
    for kind, sql in QUERIES.items():
        table = next(t for t, _, k in LINKS if k == kind)
        for row in db.query(sql):
            found.append(
                Mention(
                    ref=(table, kind, row["id"]),
                    name=row["name"],
                    kind=kind,
                    party=row["party"],
                    organisation=row["organisation"],
                    body=row["body"],
                    body_organisation=row["body_organisation"],
                    date=row["date"],
                    meeting=row["meeting_id"],
                    group=row["group"],
                    roles=tuple(json.loads(row["roles"])) if row["roles"] else (),
                )
            )
    return found


def fingerprint(db: sqlite_utils.Database, overrides_sha256: str) -> str:
    """Changes when a current document is stored (again), or people.yml or the rules change."""
    return hashlib.sha256(
        f"rules {rules_version()}\noverrides {overrides_sha256}\n{documents_state(db)}".encode()
    ).hexdigest()


@functools.cache
def rules_version() -> str:
    """A digest of the source of the rules (pipeline/people/rules.py) and of every module
    of this project they import, and those import in turn (the name keys of
    extractors/swedish/names.py, …): any change to them, even to a comment, re-resolves
    persons at the next ingest."""
    digest = hashlib.sha256()
    for name in _imported_modules(rules.__name__):
        digest.update(f"{name}\n".encode())
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    return digest.hexdigest()[:16]


def _imported_modules(start: str) -> list[str]:
    """The module and every module of this project it imports, directly or not."""
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        module = importlib.import_module(name)
        tree = ast.parse(Path(module.__file__).read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from package import module` names the module itself
                found = [node.module] + [
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if f"{node.module}.{alias.name}" in sys.modules
                ]
            else:
                continue
            todo += [n for n in found if n.split(".")[0] in PROJECT and n not in seen]
    return sorted(seen)


def update(db: sqlite_utils.Database, people_file: Path, force: bool = False) -> Outcome:
    """Re-resolve persons when documents, people.yml or the rules changed (or force)."""
    outcome = Outcome()
    try:
        overrides = people_overrides.load(people_file)
    except people_overrides.OverrideError as exc:
        outcome.warnings.append(f"{exc} (ignored: persons resolved without it)")
        overrides = Overrides()
    overrides_sha256 = people_overrides.digest(people_file)
    current = fingerprint(db, overrides_sha256)
    state = list(db.query("select fingerprint from person_resolution where id = 1"))
    if not force and state and state[0]["fingerprint"] == current:
        return outcome
    resolution = resolve(mentions(db), overrides)
    write(db, resolution, current, overrides_sha256)
    outcome.resolved = True
    outcome.persons = len(resolution.persons)
    outcome.warnings += resolution.warnings
    return outcome


def write(db: sqlite_utils.Database, resolution: Resolution, fp: str, overrides_sha: str) -> None:
    """Replace persons, person_names, memberships and every person link, atomically."""
    links: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    persons, names, memberships = [], [], []
    for person_id, person in zip(person_ids(resolution), resolution.persons, strict=True):
        persons.append(_person_row(person_id, person))
        names += [
            {"person_id": person_id, "name_key": n.key} | {k: getattr(n, k) for k in NAME_FIELDS}
            for n in person.names
        ]
        memberships += _memberships(person_id, person)
        for mention in person.mentions:
            table, kind, row_id = mention.ref
            column = next(c for t, c, k in LINKS if k == kind)
            links[(table, column)].append((person_id, row_id))
    with db.atomic():
        for table, column, _ in LINKS:
            db.execute(f"update [{table}] set [{column}] = null where [{column}] is not null")
        for table in ("person_names", "memberships", "persons"):
            db.execute(f"delete from [{table}]")
        insert_rows(db.conn, "persons", persons)
        insert_rows(db.conn, "person_names", names)
        insert_rows(db.conn, "memberships", memberships)
        for (table, column), pairs in links.items():
            db.conn.executemany(f"update [{table}] set [{column}] = ? where id = ?", pairs)
        db["person_resolution"].upsert(
            {
                "id": 1,
                "fingerprint": fp,
                "resolved_at": now(),
                "persons": len(persons),
                "overrides_sha256": overrides_sha,
                "warnings": json.dumps(resolution.warnings, ensure_ascii=False),
            },
            pk="id",
        )


def person_ids(resolution: Resolution) -> list[int]:
    """Ids that stay put when other people come and go: a hash of the person's name key
    (and, for the n-th person of one name, n), below 2**52 so JSON readers keep them."""
    ids, taken, seen = [], set(), defaultdict(int)
    for person in resolution.persons:
        seen[person.key] += 1
        salt = person.key if seen[person.key] == 1 else f"{person.key}#{seen[person.key]}"
        number = int(hashlib.sha256(salt.encode()).hexdigest()[:13], 16) or 1
        while number in taken:  # a collision: the next free number, deterministically
            number = number % (2**52 - 1) + 1
        taken.add(number)
        ids.append(number)
    return ids


NAME_FIELDS = ("name", "method", "rule", "score", "matched_name", "evidence", "mentions")


def _person_row(person_id: int, person: ResolvedPerson) -> dict:
    dates = [m.date for m in person.mentions if m.date]
    parties = sorted({m.party.upper() for m in person.mentions if m.party})
    organisations = sorted({m.organisation for m in person.mentions if m.organisation})
    return {
        "id": person_id,
        "name": person.name,
        "name_key": person.key,
        "spellings": len(person.names),
        "parties": ", ".join(parties) or None,
        "organisations": ", ".join(organisations) or None,
        "first_date": min(dates, default=None),
        "last_date": max(dates, default=None),
        "meetings": len({m.meeting for m in person.mentions if m.meeting is not None}),
        "mentions": len(person.mentions),
    }


def _memberships(person_id: int, person: ResolvedPerson) -> list[dict]:
    """Person × body × organisation × party × group × role, first and last date seen."""
    seen: dict[tuple, list] = {}
    for m in person.mentions:
        if m.kind not in MEMBERSHIP_KINDS or m.meeting is None:
            continue
        group = MEMBERSHIP_KINDS[m.kind] or m.group
        role = ", ".join(m.roles) or None
        key = (m.body, m.body_organisation, m.organisation, m.party, group, role)
        dates, meetings = seen.setdefault(key, [[], set()])
        if m.date:
            dates.append(m.date)
        meetings.add(m.meeting)
    return [
        {
            "person_id": person_id,
            "person": person.name,
            "body": body,
            "body_organisation": body_org,
            "organisation": organisation,
            "party": party,
            "group": group,
            "role": role,
            "first_date": min(dates, default=None),
            "last_date": max(dates, default=None),
            "meetings": len(meetings),
        }
        for (body, body_org, organisation, party, group, role), (dates, meetings) in sorted(
            seen.items(), key=lambda kv: (min(kv[1][0], default=""), tuple(map(str, kv[0])))
        )
    ]
