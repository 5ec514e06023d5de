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
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from extractors.swedish.names import name_key
from pipeline import safe_yaml
from pipeline.store import Parsed
from schemas.record import AgendaItem, Attendee, Meeting, Substitution

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
    record: dict
    locations: dict[str, object]  # attendee name → where it was read (page or box)
    corrections: list[Correction] = field(default_factory=list)
    rows: dict[str, set[int]] = field(default_factory=dict)  # target → corrected positions

    @property
    def stale(self) -> list[Correction]:
        return [c for c in self.corrections if c.stale]


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


def apply(record: dict, locations: dict[str, object], spec: dict, path: Path) -> Corrected:
    """The record with the corrections in `spec` applied (the inputs are not changed).
    `locations` (attendee name → page or box) follows renamed and removed attendees."""
    out = Corrected(copy.deepcopy(record), dict(locations))
    for target in TARGETS:
        section = spec.get(target) or {}
        for key in section.get("remove") or []:
            _remove(out, target, str(key))
        for key, fields in (section.get("change") or {}).items():
            _change(out, target, str(key), _fields(fields, path, target, key), path)
        keys = _keys(out.record[target], target)  # kept up to date by the additions
        for fields in section.get("add") or []:
            _add(out, target, _fields(fields, path, target, "add"), path, keys)
    if spec.get("meeting"):
        before = out.record["meeting"]
        after = _valid(Meeting, {**before, **spec["meeting"]}, path, "meeting")
        out.record["meeting"] = after
        out.corrections.append(Correction("meeting", "change", "meeting", before, after))
        out.rows["meeting"] = {0}
    return out


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


def _remove(out: Corrected, target: str, key: str) -> None:
    rows = out.record[target]
    i = _find(rows, target, key)
    if i is None:
        out.corrections.append(
            Correction(target, "remove", key, None, None, _not_found(target, key))
        )
        return
    row = _pop(out, target, i)
    out.corrections.append(Correction(target, "remove", key, row, None))
    if target == "attendees":
        out.locations.pop(row["name"], None)
        if row.get("replaces"):
            _remove_substitution_of(out, row["name"])
    elif target == "substitutions":
        _substitution_changed(out, row, {**row, "replaced": None})


def _change(out: Corrected, target: str, key: str, fields: dict, path: Path) -> None:
    rows = out.record[target]
    i = _find(rows, target, key)
    if i is None:
        out.corrections.append(
            Correction(target, "change", key, None, fields, _not_found(target, key))
        )
        return
    before = rows[i]
    after = _valid(TARGETS[target][0], {**before, **fields}, path, f"{target} {key!r}")
    rows[i] = after
    out.rows.setdefault(target, set()).add(i)
    out.corrections.append(Correction(target, "change", key, before, after))
    if target == "attendees":
        _attendee_changed(out, before, after)
    elif target == "substitutions":
        _substitution_changed(out, before, after)


def _add(out: Corrected, target: str, fields: dict, path: Path, keys: dict[str, int]) -> None:
    """Add a row; `keys` (see `_keys`) holds the rows of target, this one then too."""
    model, match, _ = TARGETS[target]
    row = _valid(model, fields, path, f"{target} add")
    key = str(row.get(match))
    if _wanted(target, key) in keys:
        stale = f"{TARGETS[target][2]} {key!r} is already in the document"
        out.corrections.append(Correction(target, "add", key, None, row, stale))
        return
    keys[_row_key(target, row)] = len(out.record[target])
    out.record[target].append(row)
    out.rows.setdefault(target, set()).add(len(out.record[target]) - 1)
    out.corrections.append(Correction(target, "add", key, None, row))
    if target == "attendees" and row.get("replaces"):
        _attendee_changed(out, {**row, "replaces": None}, row)


def _attendee_changed(out: Corrected, before: dict, after: dict) -> None:
    """Keep the substitution of a corrected attendee in step with its `replaces`."""
    _move_location(out, before["name"], after["name"])
    if before.get("replaces") == after.get("replaces") and before["name"] == after["name"]:
        return
    subs = out.record["substitutions"]
    i = _find(subs, "substitutions", before["name"])
    if after.get("replaces") is None:
        if i is not None:
            _remove_substitution_of(out, before["name"])
        return
    fields = {"substitute": after["name"], "replaced": after["replaces"]}
    if i is None:
        subs.append(
            {"substitute_party": after.get("party"), "replaced_party": None,
             "organisation": after.get("organisation"), **fields}
        )  # fmt: skip
        i = len(subs) - 1
    else:
        same_replaced = subs[i]["replaced"] == after["replaces"]
        subs[i] = {**subs[i], **fields, **({} if same_replaced else {"replaced_party": None})}
    out.rows.setdefault("substitutions", set()).add(i)


def _substitution_changed(out: Corrected, before: dict, after: dict) -> None:
    """Keep the substituting attendee's `replaces` in step with a corrected substitution."""
    i = _find(out.record["attendees"], "attendees", before["substitute"])
    if i is None:
        return
    attendee = out.record["attendees"][i]
    corrected = {**attendee, "name": after["substitute"], "replaces": after["replaced"]}
    out.record["attendees"][i] = corrected
    out.rows.setdefault("attendees", set()).add(i)
    _move_location(out, attendee["name"], corrected["name"])


def _move_location(out: Corrected, old: str, new: str) -> None:
    if old != new and old in out.locations:
        out.locations[new] = out.locations.pop(old)


def _remove_substitution_of(out: Corrected, name: str) -> None:
    i = _find(out.record["substitutions"], "substitutions", name)
    if i is not None:
        _pop(out, "substitutions", i)


def _pop(out: Corrected, target: str, i: int) -> dict:
    """Remove row i of target, keeping the corrected positions of the rows after it."""
    out.rows[target] = {j - (j > i) for j in out.rows.get(target, set()) if j != i}
    return out.record[target].pop(i)


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


def correct(parsed: Parsed, path: Path, digest: str, name: str) -> tuple[Parsed, list[Correction]]:
    """A worker's parsed document with its corrections file applied, ready for the store;
    with the stale corrections. `name` is the file as reported (relative to the corpus)."""
    out = apply(parsed.record, parsed.attendee_pages, load(path), path)
    rows = [
        {
            "target": c.target,
            "action": c.action,
            "key": c.key,
            "extracted": json.dumps(c.extracted, ensure_ascii=False) if c.extracted else None,
            "corrected": json.dumps(c.corrected, ensure_ascii=False) if c.corrected else None,
            "status": "stale" if c.stale else "applied",
            "reason": c.stale,
            "corrections_file": name,
        }
        for c in out.corrections
    ]
    corrected = replace(
        parsed,
        record=out.record,
        attendee_pages=out.locations,
        corrections_sha256=digest,
        corrections=rows,
        corrected_rows=out.rows,
    )
    return corrected, out.stale
