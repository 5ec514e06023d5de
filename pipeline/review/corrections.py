"""Corrections: plain YAML files an archivist keeps beside the corpus, applied to a
record after extraction, so the database stays reproducible from corpus + corrections.

`corpus/corrections/<document path>.yml`, for example
`corpus/corrections/2024-05-03_minnesanteckningar.pdf.yml`:

    attendees:
      change:
        Paolo Sandbom: {name: Paulo Sandbom}     # matched by name, any case/spacing
        Lina Eriksson: {roles: [ordförande]}
      remove: [Felaktigt Namn]
      add:
        - {name: Anna Ek, party: S, organisation: Sala, group: decision_maker}
    substitutions:
      change:
        Roger Ingvarsson: {replaced_party: SD}   # matched by the substitute's name
    agenda_items:
      change:
        "3": {title: Seniorhälsovårdsprogrammet}  # matched by number as printed
    meeting: {location: Regionhuset}

Removals run first, then changes, then additions. A correction that no longer
matches the document (nobody of that name, an addition already extracted) is kept
as *stale*: reported and recorded, never silently dropped.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from extractors.swedish.names import name_key
from pipeline import safe_yaml
from schemas.record import AgendaItem, Attendee, Meeting, Substitution
from schemas.stored import StoredCorrection, StoredDocument

CORRECTIONS_DIR = "corrections"

# target list in the record → (model of one row, the field a row is matched by, noun)
TARGETS: dict[str, tuple[type[BaseModel], str, str]] = {
    "attendees": (Attendee, "name", "attendee"),
    "substitutions": (Substitution, "substitute", "substitution by"),
    "agenda_items": (AgendaItem, "number", "agenda item"),
}
ACTIONS = ("remove", "change", "add")


class CorrectionsError(Exception):
    """A corrections file that cannot be used; `str()` is a one-line reason."""


@dataclass
class Correction:
    """One correction as applied: what the extractor said and what the file says."""

    target: str  # attendees | substitutions | agenda_items | meeting
    action: str  # remove | change | add
    key: str  # the name or number it matched
    extracted: dict | None
    corrected: dict | None
    stale: str | None = None  # why it no longer matches the document

    def describe(self) -> str:
        return f"{self.target} {self.action} {self.key!r}" + (
            f": {self.stale}" if self.stale else ""
        )


@dataclass
class Corrected:
    """Corrections applied to a record as JSON data (`apply`): the record, where each
    attendee was read (name → page or box) and the positions of the corrected rows."""

    record: dict
    locations: dict[str, object]  # attendee name → where it was read (page or box)
    corrections: list[Correction] = field(default_factory=list)
    rows: dict[str, set[int]] = field(default_factory=dict)  # target → corrected positions

    @property
    def stale(self) -> list[Correction]:
        return [c for c in self.corrections if c.stale]


@dataclass
class _Work:
    """The rows being corrected, as dicts: each carries its own extras (an attendee's box,
    a substitution's page, an item's text) and its `corrected` flag, so a removed row takes
    them along and the rows after it keep theirs."""

    record: dict
    corrections: list[Correction] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # targets a row was corrected in
    added_substitutions: list[dict] = field(default_factory=list)  # their pages to find


def corrections_path(root: Path, file: str) -> Path:
    """Where the corrections of corpus file `file` (relative, '/'-separated) live."""
    return root / CORRECTIONS_DIR / f"{file}.yml"


def find_corrections(document: Path, corpus: Path) -> Path | None:
    """The corrections file ingest would apply to `document`: under the corpus's
    `corrections/` when the document lies in `corpus`, else in a `corrections/` folder
    beside it (as if its folder were the corpus)."""
    document = document.resolve()
    root = corpus.resolve()
    if not document.is_relative_to(root):
        root = document.parent
    candidate = corrections_path(root, document.relative_to(root).as_posix())
    return candidate if candidate.is_file() else None


def load(path: Path) -> dict:
    """The corrections file as data, checked for shape; CorrectionsError otherwise."""
    try:
        # every scalar as the text written: '3.10', '13:15', '2024-05-03' stay as they are
        data = safe_yaml.load(path.read_text("utf-8"), safe_yaml.BoundedBaseLoader)
    except safe_yaml.YAMLLimitError as exc:
        raise CorrectionsError(f"{path}: refused: {exc}") from exc
    except OSError as exc:
        raise CorrectionsError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise CorrectionsError(f"{path}: not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise CorrectionsError(f"{path}: not valid YAML{where}") from exc
    data = _plain(data or {})
    if not isinstance(data, dict):
        raise CorrectionsError(f"{path}: expected a mapping of attendees/substitutions/…")
    unknown = set(data) - {*TARGETS, "meeting"}
    if unknown:
        raise CorrectionsError(f"{path}: unknown section {sorted(unknown)[0]!r}")
    for target in TARGETS:
        section = data.get(target) or {}
        if not isinstance(section, dict) or set(section) - set(ACTIONS):
            raise CorrectionsError(f"{path}: {target} takes only add, remove and change")
        shapes = {"remove": list, "change": dict, "add": list}
        for action, shape in shapes.items():
            if not isinstance(section.get(action) or shape(), shape):
                kind = "a list" if shape is list else "a mapping"
                raise CorrectionsError(f"{path}: {target}.{action} must be {kind}")
    if not isinstance(data.get("meeting") or {}, dict):
        raise CorrectionsError(f"{path}: meeting must be a mapping of fields")
    return data


def apply_to(
    document: StoredDocument, spec: dict, path: Path
) -> tuple[StoredDocument, list[Correction]]:
    """The document with the corrections in `spec` applied, each corrected row flagged
    (the input is not changed); with every correction, applied or stale."""
    work = _Work(document.model_dump(mode="json"))
    _apply(work, spec, path)
    return StoredDocument.model_validate(work.record), work.corrections


def apply(record: dict, locations: dict[str, object], spec: dict, path: Path) -> Corrected:
    """The record (contract JSON data) with the corrections in `spec` applied (the inputs
    are not changed). `locations` (attendee name → page or box) follows renamed and
    removed attendees."""
    work = _Work(copy.deepcopy(record))
    for target in TARGETS:
        for row in work.record.get(target) or []:
            row["corrected"] = False
    for row in work.record.get("attendees") or []:
        row["box"] = locations.get(row["name"])
    if "meeting" in work.record:
        work.record["meeting"]["corrected"] = False
    _apply(work, spec, path)
    rows = {
        target: {i for i, row in enumerate(work.record[target]) if row["corrected"]}
        for target in work.touched - {"meeting"}
    }
    if "meeting" in work.touched:
        rows["meeting"] = {0}
    named = {row["name"] for row in record.get("attendees") or []}
    moved = {name: where for name, where in locations.items() if name not in named}
    for row in work.record.get("attendees") or []:
        if row["box"] is not None:
            moved[row["name"]] = row["box"]
    for target in TARGETS:
        if target in work.record:
            work.record[target] = [_public(target, row) for row in work.record[target]]
    if "meeting" in work.record:
        work.record["meeting"] = _public("meeting", work.record["meeting"])
    return Corrected(work.record, moved, work.corrections, rows)


def _apply(work: _Work, spec: dict, path: Path) -> None:
    for target in TARGETS:
        section = spec.get(target) or {}
        for key in section.get("remove") or []:
            _remove(work, target, str(key))
        for key, fields in (section.get("change") or {}).items():
            _change(work, target, str(key), _fields(fields, path, target, key), path)
        keys = _keys(work.record[target], target)  # kept up to date by the additions
        for fields in section.get("add") or []:
            _add(work, target, _fields(fields, path, target, "add"), path, keys)
    if work.added_substitutions:  # the page of the entry of the substitute's name
        first: dict[str, dict] = {}
        for attendee in work.record["attendees"]:
            first.setdefault(attendee["name"], attendee)
        for sub in work.added_substitutions:
            sub["page"] = _page(first.get(sub["substitute"]))
    if spec.get("meeting"):
        row = work.record["meeting"]
        before = _public("meeting", row)
        after = _valid(Meeting, {**before, **spec["meeting"]}, path, "meeting")
        work.record["meeting"] = {**row, **after, "corrected": True}
        work.corrections.append(Correction("meeting", "change", "meeting", before, after))
        work.touched.add("meeting")


def _public(target: str, row: dict) -> dict:
    """A row as the contract has it, without the extras it carries."""
    model = Meeting if target == "meeting" else TARGETS[target][0]
    return {k: v for k, v in row.items() if k in model.model_fields}


def _fields(fields, path: Path, target: str, key) -> dict:
    if not isinstance(fields, dict):
        raise CorrectionsError(f"{path}: {target} {key!r}: expected a mapping of fields")
    return fields


def _find(rows: list[dict], target: str, key: str) -> int | None:
    wanted = _wanted(target, key)
    for i, row in enumerate(rows):
        if _row_key(target, row) == wanted:
            return i
    return None


def _wanted(target: str, key: str) -> str:
    """What a key in a corrections file matches: a name in any case and spacing, a
    number with or without its '§'."""
    return name_key(key) if TARGETS[target][1] != "number" else key.strip().lstrip("§ ")


def _row_key(target: str, row: dict) -> str:
    match = TARGETS[target][1]
    value = row.get(match) or ""
    return name_key(value) if match != "number" else value


def _keys(rows: list[dict], target: str) -> dict[str, int]:
    """The position of the first row with each key: additions look names up here,
    so 20,000 of them take linear time, not one scan of the rows each."""
    keys: dict[str, int] = {}
    for i, row in enumerate(rows):
        keys.setdefault(_row_key(target, row), i)
    return keys


def _not_found(target: str, key: str) -> str:
    return f"no {TARGETS[target][2]} {key!r} in the document"


def _remove(work: _Work, target: str, key: str) -> None:
    rows = work.record[target]
    i = _find(rows, target, key)
    if i is None:
        work.corrections.append(
            Correction(target, "remove", key, None, None, _not_found(target, key))
        )
        return
    row = rows.pop(i)  # with its text, page or box
    work.touched.add(target)
    work.corrections.append(Correction(target, "remove", key, _public(target, row), None))
    if target == "attendees":
        if row.get("replaces"):
            _remove_substitution_of(work, row["name"])
    elif target == "substitutions":
        _substitution_changed(work, row, {**row, "replaced": None})


def _change(work: _Work, target: str, key: str, fields: dict, path: Path) -> None:
    rows = work.record[target]
    i = _find(rows, target, key)
    if i is None:
        work.corrections.append(
            Correction(target, "change", key, None, fields, _not_found(target, key))
        )
        return
    before = rows[i]
    extracted = _public(target, before)
    after = _valid(TARGETS[target][0], {**extracted, **fields}, path, f"{target} {key!r}")
    rows[i] = {**before, **after, "corrected": True}
    work.touched.add(target)
    work.corrections.append(Correction(target, "change", key, extracted, after))
    if target == "attendees":
        _attendee_changed(work, before, rows[i])
    elif target == "substitutions":
        _substitution_changed(work, before, rows[i])


def _add(work: _Work, target: str, fields: dict, path: Path, keys: dict[str, int]) -> None:
    """Add a row; `keys` (see `_keys`) holds the rows of target, this one then too."""
    model, match, _ = TARGETS[target]
    row = _valid(model, fields, path, f"{target} add")
    key = str(row.get(match))
    if _wanted(target, key) in keys:
        stale = f"{TARGETS[target][2]} {key!r} is already in the document"
        work.corrections.append(Correction(target, "add", key, None, row, stale))
        return
    rows = work.record[target]
    keys[_row_key(target, row)] = len(rows)
    rows.append({**row, **_EXTRAS_OF_ADDED[target](row), "corrected": True})
    if target == "substitutions":
        work.added_substitutions.append(rows[-1])
    work.touched.add(target)
    work.corrections.append(Correction(target, "add", key, None, row))
    if target == "attendees" and row.get("replaces"):
        _attendee_changed(work, {**rows[-1], "replaces": None}, rows[-1])


# what an added row carries beyond the contract: an attendee was read nowhere, an item has
# its description for text, a substitution the page of its substitute (found once all
# corrections are applied)
_EXTRAS_OF_ADDED = {
    "attendees": lambda row: {"box": None},
    "agenda_items": lambda row: {"text": row.get("description") or ""},
    "substitutions": lambda row: {"page": None},
}


def _page(attendee: dict | None) -> int | None:
    """The page an attendee's name was read on (its box as stored), if known."""
    box = (attendee or {}).get("box")
    return box.get("page") if isinstance(box, dict) else None


def _attendee_changed(work: _Work, before: dict, after: dict) -> None:
    """Keep the substitution of a corrected attendee in step with its `replaces`."""
    if before.get("replaces") == after.get("replaces") and before["name"] == after["name"]:
        return
    subs = work.record["substitutions"]
    i = _find(subs, "substitutions", before["name"])
    if after.get("replaces") is None:
        if i is not None:
            _remove_substitution_of(work, before["name"])
        return
    fields = {"substitute": after["name"], "replaced": after["replaces"]}
    if i is None:
        subs.append(
            {"substitute_party": after.get("party"), "replaced_party": None,
             "organisation": after.get("organisation"), **fields, "page": _page(after),
             "corrected": True}
        )  # fmt: skip
    else:
        same_replaced = subs[i]["replaced"] == after["replaces"]
        subs[i] = {
            **subs[i], **fields, **({} if same_replaced else {"replaced_party": None}),
            "corrected": True,
        }  # fmt: skip
    work.touched.add("substitutions")


def _substitution_changed(work: _Work, before: dict, after: dict) -> None:
    """Keep the substituting attendee's `replaces` in step with a corrected substitution."""
    attendees = work.record["attendees"]
    i = _find(attendees, "attendees", before["substitute"])
    if i is None:
        return
    attendees[i] = {
        **attendees[i], "name": after["substitute"], "replaces": after["replaced"],
        "corrected": True,
    }  # fmt: skip
    work.touched.add("attendees")


def _remove_substitution_of(work: _Work, name: str) -> None:
    subs = work.record["substitutions"]
    i = _find(subs, "substitutions", name)
    if i is not None:
        subs.pop(i)
        work.touched.add("substitutions")


def _valid(model: type[BaseModel], data: dict, path: Path, where: str) -> dict:
    try:
        return model.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = ".".join(str(part) for part in error["loc"]) or "?"
        raise CorrectionsError(f"{path}: {where}: {loc}: {error['msg']}") from exc


def _plain(value):
    """YAML read as text, with its empty values as None: `replaces: null`, `party: ~`."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return None if value in ("null", "Null", "NULL", "~", "") else value


def correct(
    document: StoredDocument, path: Path, digest: str, name: str
) -> tuple[StoredDocument, list[Correction]]:
    """A worker's document with its corrections file applied and recorded, ready for the
    store; with the stale corrections. `name` is the file as reported (relative to the
    corpus)."""
    corrected, corrections = apply_to(document, load(path), path)
    recorded = [
        StoredCorrection(
            target=c.target,
            action=c.action,
            key=c.key,
            extracted=json.dumps(c.extracted, ensure_ascii=False) if c.extracted else None,
            corrected=json.dumps(c.corrected, ensure_ascii=False) if c.corrected else None,
            status="stale" if c.stale else "applied",
            reason=c.stale,
            corrections_file=name,
        )
        for c in corrections
    ]
    update = {"corrections_sha256": digest, "corrections": recorded}
    return corrected.model_copy(update=update), [c for c in corrections if c.stale]
