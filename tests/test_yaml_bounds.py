"""Archivists' YAML (corrections, people.yml) within bounds: an alias bomb or deep
nesting is a one-line refusal, 20,000 additions are applied in linear work."""

from __future__ import annotations

import sqlite_utils
from bombs import run_bounded

from pipeline.review.corrections import _keys, apply
from schemas.record import Attendee

LEVELS = "abcdefghi"


def alias_bomb(top: str = "attendees") -> str:
    """The classic 'billion laughs', 9 aliases of 9 (about 600 bytes, 387 million
    strings when expanded)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip(LEVELS, LEVELS[1:], strict=False):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    lines.append(f"{top}: *i")
    return "\n".join(lines) + "\n"


def deep(levels: int = 5000) -> str:
    return "same: " + "[" * levels + "]" * levels + "\n"


def test_bombs_in_corrections_and_people_fail_alone_in_bounded_memory(tmp_path, sample_pdf):
    corpus = tmp_path / "korpus"
    (corpus / "corrections").mkdir(parents=True)
    for name in ("bomb.pdf", "djup.pdf", "bra.pdf"):  # other bytes each: not copies
        (corpus / name).write_bytes(sample_pdf.read_bytes() + b"\n% " + name.encode())
    (corpus / "corrections" / "bomb.pdf.yml").write_text(alias_bomb())
    (corpus / "corrections" / "djup.pdf.yml").write_text(deep())
    (corpus / "people.yml").write_text(alias_bomb("same"))
    db = tmp_path / "db.sqlite"
    done, peak = run_bounded("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert peak < 1 << 30
    reasons = {r["file"]: r["reason"] for r in sqlite_utils.Database(db)["ingest_errors"].rows}
    assert reasons["bomb.pdf"] == (
        "corrections/bomb.pdf.yml: refused: more than 20 aliases (*name) at line 4"
    )
    assert reasons["djup.pdf"] == (
        "corrections/djup.pdf.yml: refused: nested deeper than 20 levels at line 1"
    )
    assert "bra.pdf" not in reasons
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: people.yml: refused: more than 20 aliases (*name) at line 4"
        " (ignored: persons resolved without it)"
    ]
    (corpus / "people.yml").write_text(deep())
    done, _ = run_bounded("ingest", str(corpus), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "warning: people.yml: refused: nested deeper than 20 levels at line 1" in done.stderr


def test_twenty_thousand_additions_are_linear(tmp_path):
    record = {"meeting": {}, "attendees": [], "substitutions": [], "agenda_items": []}
    adds = [{"name": f"Person {n:05d} Efternamn", "group": "decision_maker"} for n in range(20_000)]
    adds.append({"name": "person 00007  efternamn", "group": "decision_maker"})  # again
    out = apply(record, {}, {"attendees": {"add": adds}}, tmp_path / "c.yml")
    assert len(out.record["attendees"]) == 20_000
    [stale] = out.stale
    assert stale.key == "person 00007  efternamn" and "already in the document" in stale.stale
    keys = _keys(out.record["attendees"], "attendees")
    assert len(keys) == 20_000 and Attendee.model_validate(out.record["attendees"][0])
