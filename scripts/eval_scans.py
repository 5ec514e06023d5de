#!/usr/bin/env python3
"""Score the fixtures as scans beside the fixtures themselves (`make eval-scans`).

Every fixture PDF with a gold record is rasterised into an image-only PDF as a scanner
makes it (grey paper, a slight skew, noise: tests/scanner.py), its gold copied beside
it, and both folders are scored by scripts/evaluate.py. Prints F1 per field for the
text layer and the scans, and whether the scans reach the floors of issue 20: overall
F1 at least 0.95 of the text layer's, attendee names at least 0.95.

    python scripts/eval_scans.py [DIR] [--jobs N] [--keep FOLDER] [--check]

Exits 1 below the floors with --check, else 0.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from scanner import WORN, scan  # noqa: E402

RELATIVE_FLOOR = 0.95
ATTENDEE_FLOOR = 0.95
_ROW = re.compile(r"^(\w+)\s+[\d.]+\s+\d+\s+\d+\s+\S+\s+\S+\s+(\S+)$")


def score(folder: Path, jobs: int) -> tuple[dict[str, str], float]:
    """F1 per field and overall F1 of a folder, as scripts/evaluate.py prints them."""
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "evaluate.py"), str(folder), "--jobs", str(jobs)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    fields = {}
    for line in done.stdout.splitlines():
        m = _ROW.match(line.strip())
        if m:
            fields[m.group(1)] = m.group(2)
    overall = float(done.stdout.strip().splitlines()[-1].split()[-1])
    return fields, overall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=REPO / "tests" / "fixtures" / "minutes")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Write the scans here and keep them.")
    parser.add_argument("--check", action="store_true", help="Exit 1 below the floors.")
    args = parser.parse_args()
    source = Path(args.folder)
    scans = args.keep or Path(tempfile.mkdtemp(prefix="scans-"))
    scans.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(source.glob("*.pdf")):
        gold = pdf.with_suffix(".gold.json")
        if gold.exists():
            scan(pdf, scans / pdf.name, WORN)
            shutil.copy(gold, scans / gold.name)
    try:
        text, text_overall = score(source, args.jobs)
        scanned, scanned_overall = score(scans, args.jobs)
    finally:
        if args.keep is None:
            shutil.rmtree(scans)
    print(f"{'field':<22} {'text layer':>10} {'scans':>8}")
    for name in text:
        print(f"{name:<22} {text[name]:>10} {scanned.get(name, '-'):>8}")
    print(f"{'overall':<22} {text_overall:>10.3f} {scanned_overall:>8.3f}")
    attendees = float(scanned.get("attendees", "0").replace("-", "0"))
    ok = scanned_overall >= RELATIVE_FLOOR * text_overall and attendees >= ATTENDEE_FLOOR
    print(
        f"scans {'reach' if ok else 'miss'} the floors: overall >= {RELATIVE_FLOOR} x text "
        f"layer ({RELATIVE_FLOOR * text_overall:.3f}), attendee names >= {ATTENDEE_FLOOR}"
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
