"""corpus/people.yml: an archivist's corrections to person resolution.

    same:
      - [Paolo Sandbom, Paulo Sandbom]
    not_same:
      - [Erik Larsson (S, Sala), Erik Larsson (S, Köping)]

Each entry is a list of two or more people; a person is a name, optionally followed by
words in brackets that must each be the mention's party, organisation or body. Quotes
are optional: YAML's split at a comma inside brackets is undone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from pipeline import safe_yaml
from pipeline.people.rules import Overrides, PersonRef

FILE_NAME = "people.yml"
KEYS = ("same", "not_same")


class OverrideError(ValueError):
    """people.yml cannot be used; the message is one line naming the file."""


def digest(path: Path) -> str:
    """SHA-256 of the file, or of nothing when it is missing (a change re-resolves)."""
    return hashlib.sha256(path.read_bytes() if path.is_file() else b"").hexdigest()


def load(path: Path) -> Overrides:
    """The overrides in path (none when the file is missing); OverrideError when bad."""
    if not path.is_file():
        return Overrides()
    try:
        data = safe_yaml.load(path.read_text("utf-8"))
    except safe_yaml.YAMLLimitError as exc:
        raise OverrideError(f"{path.name}: refused: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{path.name}: cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise OverrideError(f"{path.name}: not valid YAML{where} ({problem})") from exc
    if data is None:
        return Overrides()
    if not isinstance(data, dict) or set(data) - set(KEYS):
        unknown = sorted(set(data) - set(KEYS)) if isinstance(data, dict) else None
        raise OverrideError(
            f"{path.name}: expected only the keys 'same' and 'not_same'"
            + (f", found {', '.join(map(str, unknown))}" if unknown else "")
        )
    overrides = Overrides()
    for key in KEYS:
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise OverrideError(f"{path.name}: '{key}' must be a list of [name, name, …] entries")
        for number, entry in enumerate(entries, start=1):
            getattr(overrides, key).append(_entry(path.name, key, number, entry))
    return overrides


def _entry(file: str, key: str, number: int, entry: object) -> list[PersonRef]:
    where = f"{file}: {key} entry {number}"
    if not isinstance(entry, list) or len(entry) < 2:
        raise OverrideError(f"{where}: expected a list of two or more names, got {entry!r}")
    if not all(isinstance(item, str) for item in entry):
        raise OverrideError(f"{where}: {entry!r} is not a list of names")
    refs = []
    for item in _rejoined(entry):
        try:
            refs.append(PersonRef.parse(item))
        except ValueError as exc:
            raise OverrideError(f"{where}: {exc}") from exc
    return refs


def _rejoined(items: list[str]) -> list[str]:
    """Undo YAML's split of an unquoted '[Erik Larsson (S, Sala), …]' at the comma inside
    the brackets."""
    joined: list[str] = []
    for item in items:
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] += ", " + item
        else:
            joined.append(item)
    return joined
