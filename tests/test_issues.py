"""One test per reported bug, in pdfplumber's manner: each with the small document that
shows it beside it in tests/pdfs/, named after the bug (made by tests/pdfs/make_pdfs.py;
the names in them are invented)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from extractors import extract_with_warnings
from pipeline.ingest.run import ingest
from pipeline.store.writer import Store

PDFS = Path(__file__).resolve().parent / "pdfs"


def ingested(tmp_path: Path, name: str, corrections: str | None = None) -> sqlite3.Connection:
    """The database of a corpus of one document of tests/pdfs/, with its corrections file."""
    root = tmp_path / "corpus"
    root.mkdir()
    shutil.copy(PDFS / name, root / name)
    if corrections is not None:
        (root / "corrections").mkdir()
        (root / "corrections" / f"{name}.yml").write_text(corrections, "utf-8")
    store = Store(tmp_path / "minutes.db")
    try:
        summary = ingest(root, store, workers=1)
    finally:
        store.close()
    assert (summary.new, summary.failed) == (1, 0), summary.errors
    return sqlite3.connect(tmp_path / "minutes.db")


def searched(db: sqlite3.Connection, word: str) -> list[tuple]:
    """The numbers of the items full-text search finds word in."""
    return db.execute(
        "select number from agenda_items where rowid in "
        "(select rowid from agenda_items_fts where agenda_items_fts match ?) order by position",
        [word],
    ).fetchall()


def test_issue_18_removed_item_keeps_its_text(tmp_path):
    """Issue 18: a correction that removed § 1 removed its row but not its text, so § 2
    was stored with the text of § 1 (and § 3 with that of § 2), and full-text search
    found § 1's words under § 2."""
    db = ingested(tmp_path, "removed_item_keeps_its_text.pdf", "agenda_items:\n  remove: [1]\n")
    assert db.execute("select number, text from agenda_items order by position").fetchall() == [
        ("2", "Nämnden informeras om skolskjutsarnas nya tider."),
        ("3", "Nämnden informeras om gatubelysningens kostnader."),
    ]
    assert searched(db, "vattenledningsnätet") == []
    assert searched(db, "skolskjutsarnas") == [("2",)]
    assert searched(db, "gatubelysningens") == [("3",)]


def test_issue_18_namesakes_on_two_pages(tmp_path):
    """Issue 18: where a name was read was kept by name, so two people of one name (of two
    parties: two persons) were both stored with the page, and box, of the first."""
    db = ingested(tmp_path, "namesakes_on_two_pages.pdf")
    namesakes = db.execute(
        'select party, "group", page from attendees where name = ? order by position',
        ["Karin Ljungdahl"],
    ).fetchall()
    assert namesakes == [("S", "decision_maker", 1), ("M", "substitute_not_serving", 2)]
    stored = extract_with_warnings(PDFS / "namesakes_on_two_pages.pdf").stored
    boxes = [a.box for a in stored.attendees if a.name == "Karin Ljungdahl"]
    assert [box.page for box in boxes] == [1, 2] and boxes[0].top != boxes[1].top
