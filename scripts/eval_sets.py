#!/usr/bin/env python3
"""Score every evaluation set in one table, and guard the real sets' floors.

Usage::

    python scripts/eval_sets.py            # the table: fixtures, seed, realdev, realpdf
    python scripts/eval_sets.py --check    # also exit 1 when a set falls below its floor

Sets:

* ``fixtures`` — the repository's own fixtures, scored by ``scripts/evaluate.py``
  (micro-averaged over fields). They share the team's assumptions: useful for
  finding bugs, no evidence of generality.
* ``seed``, ``realdev``, ``realpdf`` — the shared real sets in ``../shared/eval``, scored by
  its ``score.py`` (the scorer the project owners also run on unseen real minutes: mean over
  documents of each document's mean field score). When ``../shared/eval`` is not beside the
  repository these rows say so and are skipped; nothing from it is ever copied here.

The floors live in ``scripts/eval_floors.toml``: raise them as scores rise, never lower them
to let a change land.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
FLOORS_FILE = REPO / "scripts" / "eval_floors.toml"
REAL_SETS = ("seed", "realdev", "realpdf")
TIMEOUT_SECONDS = 1800

OVERALL = re.compile(r"^overall F1 ([0-9.]+)\s*$", re.MULTILINE)
FAILED = re.compile(r"documents (\d+), failed (\d+)")


@dataclass
class SetScore:
    """One row of the table."""

    name: str
    documents: int | None = None
    failed: int | None = None
    overall: float | None = None
    attendees: float | None = None
    decisions: float | None = None
    note: str = ""


def _run(args: list[str]) -> str:
    """Run a scorer with this interpreter's ``minutes`` first on PATH; its stdout."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        args, cwd=REPO, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])}: exit {done.returncode}: {done.stderr[-300:]}")
    return done.stdout


def _overall(out: str, row: SetScore) -> None:
    """Read the overall figure and the document counts that every scorer prints last."""
    overall = OVERALL.findall(out)
    counts = FAILED.search(out)
    row.overall = float(overall[-1]) if overall else None
    if counts:
        row.documents, row.failed = int(counts.group(1)), int(counts.group(2))


def _number(text: str) -> float | None:
    return None if text == "-" else float(text)


def score_fixtures() -> SetScore:
    """The repository's fixtures through scripts/evaluate.py (micro averages)."""
    row = SetScore("fixtures")
    out = _run([sys.executable, str(REPO / "scripts" / "evaluate.py")])
    _overall(out, row)
    for line in out.splitlines():
        cells = line.split()
        if len(cells) == 7 and cells[0] in ("attendees", "decisions"):
            setattr(row, cells[0], _number(cells[-1]))
    return row


def score_real(name: str) -> SetScore:
    """One shared real set through ../shared/eval/score.py (per-document means)."""
    row = SetScore(name)
    if not (SHARED_EVAL / "score.py").is_file():
        row.note = f"skipped: {SHARED_EVAL} is not here"
        return row
    out = _run(
        [sys.executable, str(SHARED_EVAL / "score.py"), "--project", str(REPO), "--set", name]
    )
    return parse_real(name, out)


def parse_real(name: str, out: str) -> SetScore:
    """The row of one set from score.py's report: its last line and the minutes MEAN row."""
    row = SetScore(name)
    _overall(out, row)
    columns: list[str] = []
    for line in out.splitlines():
        cells = line.split()
        if cells[:2] == ["document", "att_f1"]:
            columns = cells
        elif columns and cells and cells[0] == "MEAN" and len(cells) == len(columns):
            means = dict(zip(columns[1:], cells[1:], strict=True))
            row.attendees = _number(means["att_f1"])
            row.decisions = _number(means["decisions"])
            columns = []
    return row


def load_floors(path: Path | None = None) -> dict[str, float]:
    """Set name → the lowest overall score a change may leave it at."""
    with (path or FLOORS_FILE).open("rb") as f:
        return {name: float(v) for name, v in tomllib.load(f).get("floors", {}).items()}


def verdict(row: SetScore, floors: dict[str, float]) -> str:
    """'ok', 'BELOW' or '' (no floor or not scored)."""
    floor = floors.get(row.name)
    if floor is None or row.overall is None:
        return ""
    return "ok" if row.overall >= floor else "BELOW"


def print_table(rows: list[SetScore], floors: dict[str, float]) -> None:
    def cell(x: float | int | None, fmt: str = ".3f") -> str:
        return "-" if x is None else format(x, fmt)

    head = f"{'set':<10}{'docs':>6}{'failed':>8}{'overall':>9}{'attend.':>9}{'decis.':>8}"
    print(f"{head}{'floor':>8}  verdict")
    print("-" * 70)
    for r in rows:
        floor = floors.get(r.name)
        print(
            f"{r.name:<10}{cell(r.documents, 'd'):>6}{cell(r.failed, 'd'):>8}"
            f"{cell(r.overall):>9}{cell(r.attendees):>9}{cell(r.decisions):>8}"
            f"{cell(floor):>8}  {verdict(r, floors) or r.note}"
        )
    print(
        "(fixtures: micro-averaged F1 by scripts/evaluate.py; real sets: ../shared/eval/score.py)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a set is below its floor")
    ap.add_argument(
        "--sets",
        default="fixtures," + ",".join(REAL_SETS),
        help="comma-separated sets to score (default: all)",
    )
    args = ap.parse_args(argv)
    floors = load_floors()
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    rows = [score_fixtures() if s == "fixtures" else score_real(s) for s in wanted]
    print_table(rows, floors)
    below = [r.name for r in rows if verdict(r, floors) == "BELOW"]
    if args.check and below:
        print(f"eval: below the floor in scripts/eval_floors.toml: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
