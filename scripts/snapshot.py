#!/usr/bin/env python3
"""Write what the pipeline makes of every document the project can see, for a byte diff.

Usage::

    python scripts/snapshot.py OUT          # write OUT/records/… and OUT/database.txt
    diff -r BEFORE AFTER                    # a refactoring changed nothing when this is empty

For each document (corpus/, the test fixtures and regression PDFs, and the shared real
sets in ../shared/eval when they are beside the repository) it writes the contract record
(what ``minutes extract`` prints) and the stored hand-off (``StoredDocument``: item texts,
boxes, warnings). It then ingests corpus/ and the fixtures into a fresh database with one
worker and writes every table and view, rows sorted, with the columns that carry a clock
(ingest times, durations, file times) left out. Nothing from ../shared is written into the
repository: OUT is wherever you say.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
SUFFIXES = {".pdf", ".pptx"}
# columns whose values come from the clock or the machine, not from the documents
VOLATILE = ("_at", "modified", "seconds", "elapsed", "duration", "mtime", "path_on_disk")


def document_sets() -> dict[str, Path]:
    """Name → directory of every set of documents there is."""
    sets = {
        "corpus": REPO / "corpus",
        "fixtures-minutes": REPO / "tests" / "fixtures" / "minutes",
        "fixtures-decks": REPO / "tests" / "fixtures" / "decks",
        "regressions": REPO / "tests" / "pdfs",
    }
    for name in ("seed", "realdev", "realpdf"):
        if (SHARED_EVAL / name).is_dir():
            sets[name] = SHARED_EVAL / name
    return sets


def write_records(out: Path) -> int:
    from extractors import UnreadableDocument, extract_with_warnings

    count = 0
    for name, directory in document_sets().items():
        for path in sorted(p for p in directory.rglob("*") if p.suffix.lower() in SUFFIXES):
            target = out / "records" / name / path.relative_to(directory)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                extraction = extract_with_warnings(path, ocr="never")
            except UnreadableDocument as exc:
                target.with_suffix(".error.txt").write_text(f"{exc.reason}\n", encoding="utf-8")
                continue
            target.with_suffix(".record.json").write_text(
                extraction.record.to_json() + "\n", encoding="utf-8"
            )
            target.with_suffix(".stored.json").write_text(
                extraction.stored.model_dump_json(indent=1) + "\n", encoding="utf-8"
            )
            count += 1
    return count


def write_database(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(REPO / "corpus", corpus)
        for name in ("minutes", "decks"):
            source = REPO / "tests" / "fixtures" / name
            for path in sorted(source.glob("*")):
                if path.suffix.lower() in SUFFIXES:
                    shutil.copy(path, corpus / f"fixture-{name}-{path.name}")
        db_path = Path(tmp) / "minutes.db"
        # the CLI, not a Python API, so the snapshot survives a reorganised pipeline
        minutes = Path(sys.executable).parent / "minutes"
        subprocess.run(
            [minutes, "ingest", corpus, "--db", db_path, "--workers", "1", "--ocr", "never"],
            check=True,
            capture_output=True,
        )
        dump(db_path, out / "database.txt")


def dump(db_path: Path, target: Path) -> None:
    """Every table and view, its rows sorted, clock columns left out."""
    db = sqlite3.connect(db_path)
    names = [
        row[0]
        for row in db.execute(
            "select name from sqlite_master where type in ('table', 'view') "
            "and name not like 'sqlite_%' and name not like '%_fts_%' order by name"
        )
    ]
    with target.open("w", encoding="utf-8") as out:
        for name in names:
            cursor = db.execute(f'select * from "{name}"')
            columns = [d[0] for d in cursor.description]
            keep = [i for i, c in enumerate(columns) if c != "at" and not c.endswith(VOLATILE)]
            rows = sorted(repr(tuple(row[i] for i in keep)) for row in cursor)
            out.write(f"## {name} {[columns[i] for i in keep]}\n")
            out.writelines(f"{row}\n" for row in rows)
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    count = write_records(args.out)
    write_database(args.out)
    print(f"{count} documents and the database written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
