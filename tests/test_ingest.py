"""Ingest into a real SQLite file: incremental, atomic per document, failures recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from commands import run
from pipeline.ingest.run import corpus_files
from pipeline.store.schema import DOCUMENT_ROWS
from pipeline.store.writer import Store
from schemas.record import SCHEMA_VERSION


def snapshot(path) -> dict:
    db = sqlite_utils.Database(path)
    tables = DOCUMENT_ROWS + ["documents", "persons", "ingest_errors"]
    return {t: list(db.query(f"select * from [{t}] order by id")) for t in tables}


def test_first_ingest_stores_everything(corpus, db_path):
    summary = run(corpus, db_path, workers=1)
    assert (summary.new, summary.failed, summary.unchanged) == (4, 0, 0)
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 4
    assert db["meetings"].count == 3
    assert db["slides"].count == 10
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    files = {r["file"] for r in db["documents"].rows}
    assert "ks/ks_2024-03-12.pdf" in files  # relative to the corpus, '/'-separated
    overview = list(db.query("select * from meeting_overview where body = 'Kommunstyrelsen'"))
    assert [(o["date"], o["attendees"], o["substitutions"], o["items"]) for o in overview] == [
        ("2024-04-09", 3, 1, 1),
        ("2024-03-12", 3, 1, 1),
    ]


def test_the_same_person_across_meetings_is_one_row(corpus, db_path):
    run(corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select person, date from attendance_by_person where person = ?",
                         ["Cecilia Dahl"]))  # fmt: skip
    assert [r["date"] for r in rows] == ["2024-03-12", "2024-04-09"]
    assert db["persons"].count_where("name = 'Cecilia Dahl'") == 1


def test_second_run_skips_everything_and_changes_nothing(corpus, db_path):
    run(corpus, db_path, workers=1)
    before = snapshot(db_path)
    summary = run(corpus, db_path, workers=1)
    assert (summary.new, summary.changed, summary.unchanged, summary.pages) == (0, 0, 4, 0)
    assert snapshot(db_path) == before


def test_a_changed_file_replaces_only_its_own_rows(corpus, db_path, sample_pdf):
    run(corpus, db_path, workers=1)
    before = snapshot(db_path)
    target = corpus / "ks" / "ks_2024-03-12.pdf"
    shutil.copy(sample_pdf, target)  # new content under the same name
    (corpus / sample_pdf.name).unlink()  # (not a copy of another file of the corpus)
    before = {t: [r for r in rows if r.get("file", r.get("source_file")) != sample_pdf.name]
              for t, rows in before.items()}  # fmt: skip
    summary = run(corpus, db_path, workers=1)
    assert (summary.changed, summary.unchanged, summary.removed) == (1, 2, 1)
    after = snapshot(db_path)
    db = sqlite_utils.Database(db_path)
    changed_id = db.execute(
        "select id from documents where file = 'ks/ks_2024-03-12.pdf'"
    ).fetchone()[0]
    for table in DOCUMENT_ROWS:
        untouched = [r for r in before[table] if r["document_id"] != changed_id]
        assert [r for r in after[table] if r["document_id"] != changed_id] == untouched, table
    meetings = [r for r in after["meetings"] if r["document_id"] == changed_id]
    assert [m["body"] for m in meetings] == ["Samverkansgrupp Nära vård"]
    assert db["attendees"].count_where("document_id = ?", [changed_id]) == 22


def test_a_corrupt_file_is_recorded_and_the_rest_stored(corpus, db_path):
    (corpus / "trasig.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    (corpus / "tom.pptx").write_bytes(b"")
    summary = run(corpus, db_path, workers=2)
    assert (summary.new, summary.failed) == (4, 2)
    db = sqlite_utils.Database(db_path)
    errors = {r["file"]: r for r in db["ingest_errors"].rows}
    assert set(errors) == {"trasig.pdf", "tom.pptx"}
    assert errors["tom.pptx"]["reason"] == "empty file (0 bytes)"
    assert errors["trasig.pdf"]["reason"].startswith(("corrupt PDF", "no text layer"))
    assert all(e["sha256"] and e["stage"] and e["at"] for e in errors.values())
    assert db["documents"].count == 4
    # a broken file is not retried until it changes
    assert run(corpus, db_path, workers=1).unchanged == 6


def test_a_fixed_file_clears_its_error(corpus, db_path, sample_pdf):
    broken = corpus / "later.pdf"
    broken.write_bytes(b"not a pdf")
    run(corpus, db_path, workers=1)
    shutil.move(corpus / "ks" / "ks_2024-04-09.pdf", broken)  # (a copy would be no document)
    summary = run(corpus, db_path, workers=1)
    assert (summary.new, summary.failed, summary.still_failing) == (1, 0, 0)
    assert sqlite_utils.Database(db_path)["ingest_errors"].count == 0


def test_a_removed_file_leaves_the_public_views(corpus, db_path):
    run(corpus, db_path, workers=1)
    (corpus / "ks" / "ks_2024-03-12.pdf").unlink()
    summary = run(corpus, db_path, workers=1)
    assert summary.removed == 1
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count_where("file = 'ks/ks_2024-03-12.pdf'") == 0
    removed = list(db["removed_documents"].rows)
    assert [(r["file"], r["document_type"]) for r in removed] == [
        ("ks/ks_2024-03-12.pdf", "minutes")
    ]
    assert removed[0]["sha256"] and removed[0]["removed_at"]
    dates = [r["date"] for r in db.query("select date from meeting_overview")]
    assert "2024-03-12" not in dates and "2024-04-09" in dates
    # the tables researchers query hold the corpus as it is now
    assert [r["date"] for r in db.query("select date from meetings where body = ?",
                                        ["Kommunstyrelsen"])] == ["2024-04-09"]  # fmt: skip
    assert db["attendees"].count_where("source_file = 'ks/ks_2024-03-12.pdf'") == 0
    assert db["agenda_items"].count_where("source_file = 'ks/ks_2024-03-12.pdf'") == 0
    # Anna Andersson chaired only the removed meeting: she is no longer a person
    assert db["persons"].count_where("name = 'Anna Andersson'") == 0
    assert db["persons"].count_where("name = 'Bo Berg'") == 1


def test_a_crash_mid_document_leaves_no_half_stored_document(corpus, db_path, monkeypatch):
    """An exception after a document's first rows: that document is wholly absent."""
    calls = {"n": 0}
    original = Store._store_items

    def failing(self, *args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash after attendees were written")
        return original(self, *args)

    monkeypatch.setattr(Store, "_store_items", failing)
    with pytest.raises(RuntimeError):
        run(corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 1  # the first document, fully
    document_id = db.execute("select id from documents").fetchone()[0]
    for table in DOCUMENT_ROWS:
        assert db[table].count_where("document_id != ?", [document_id]) == 0, table
    monkeypatch.undo()
    summary = run(corpus, db_path, workers=1)
    assert (summary.new, summary.unchanged) == (3, 1)  # the re-run completes the corpus


def test_workers_give_the_same_database(corpus, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run(corpus, one, workers=1)
    run(corpus, two, workers=2)

    def content(path):
        db = sqlite_utils.Database(path)
        return sorted(
            (r["source_file"], r["name"], r["group"], r["party"])
            for r in db.query("select * from attendees")
        )

    assert content(one) == content(two)


def test_hidden_temporary_and_other_files_are_ignored(corpus):
    (corpus / ".DS_Store").write_bytes(b"x")
    (corpus / "~$deck.pptx").write_bytes(b"x")
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "a.pdf").write_bytes(b"x")
    (corpus / "notes.txt").write_text("x")
    (corpus / "VERSALER.PDF").write_bytes(b"x")
    names = [name for name, _ in corpus_files(corpus)]
    assert "VERSALER.PDF" in names
    assert not any(n.startswith((".", "~$")) or "/." in n or n.endswith(".txt") for n in names)


def test_documents_read_by_an_older_record_version_are_read_again(corpus, db_path):
    run(corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    db.execute("update documents set schema_version = 1 where file like 'ks/%'")
    db.conn.commit()
    summary = run(corpus, db_path, workers=1)
    assert (summary.changed, summary.unchanged) == (2, 2)
    versions = {r["schema_version"] for r in db.query("select schema_version from documents")}
    assert versions == {SCHEMA_VERSION}


def test_a_file_that_failed_under_an_older_version_is_tried_again(corpus, db_path):
    (corpus / "tom.pptx").write_bytes(b"")
    run(corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    db.execute("update ingest_errors set schema_version = 1")
    db.conn.commit()
    summary = run(corpus, db_path, workers=1)
    assert (summary.failed, summary.unchanged) == (1, 4)  # read again, still empty
    assert run(corpus, db_path, workers=1).unchanged == 5  # and then left alone


def test_links_across_documents_survive_an_ingest_stopped_after_a_store(corpus, db_path):
    from extractors import sha256_of
    from pipeline.ingest.run import parse_file

    run(corpus, db_path, workers=1)
    db = sqlite_utils.Database(db_path)
    linked = "select count(*) from deck_meetings"
    assert db.execute(linked).fetchone()[0] >= 1
    # an ingest that stored the minutes again and was killed before relinking
    minutes = next(corpus.glob("*.pdf"))
    store = Store(db_path)
    store.store(parse_file(minutes.name, str(minutes), sha256_of(minutes)).parsed)
    store.close()
    assert db.execute(linked).fetchone()[0] == 0
    assert db.execute("select count(*) from attendees where person_id is null").fetchone()[0]

    assert run(corpus, db_path, workers=1).unchanged == 4
    assert db.execute(linked).fetchone()[0] >= 1
    assert db.execute("select count(*) from attendees where person_id is null").fetchone() == (0,)


def test_documents_an_older_version_kept_marked_removed_leave_the_tables(corpus, db_path):
    run(corpus, db_path, workers=1)
    (corpus / "ks" / "ks_2024-03-12.pdf").unlink()
    db = sqlite_utils.Database(db_path)
    db.execute("update documents set status = 'removed' where file = 'ks/ks_2024-03-12.pdf'")
    db.conn.commit()
    summary = run(corpus, db_path, workers=1)
    assert (summary.removed, summary.unchanged) == (0, 3)
    assert db["attendees"].count_where("source_file = 'ks/ks_2024-03-12.pdf'") == 0
    assert [r["file"] for r in db["removed_documents"].rows] == ["ks/ks_2024-03-12.pdf"]


# An ingest in a process of its own that writes down every open() of a corpus file, in
# it and in the workers it forks (an audit hook: os.open, io.open, pathlib alike).
COUNT_OPENS = """
import os, sys
from pathlib import Path

corpus, db, log = sys.argv[1:]
root = os.path.realpath(corpus) + os.sep
out = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)


def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        if path.startswith(root) and path.endswith((".pdf", ".pptx")):
            os.write(out, (path[len(root):] + "\\n").encode())


sys.addaudithook(hook)
from pipeline.ingest.run import ingest
from pipeline.store.writer import Store

store = Store(Path(db))
print(ingest(Path(corpus), store, workers=2).line())
store.close()
"""


def opens_during_ingest(corpus, db_path, log) -> tuple[str, dict[str, int]]:
    import subprocess
    import sys
    from collections import Counter

    log.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", COUNT_OPENS, str(corpus), str(db_path), str(log)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout, dict(Counter(log.read_text().split()))


def test_a_new_file_is_read_and_hashed_once(corpus, db_path, tmp_path):
    """The hash stored is of the bytes the worker read (extractors.load); ingest reads a
    file itself first only to tell an unchanged file or a copy, which a new file of a
    size no other file has cannot be."""
    shutil.copy(corpus / "ks" / "ks_2024-03-12.pdf", corpus / "kopia.pdf")
    summary, opens = opens_during_ingest(corpus, db_path, tmp_path / "opens.log")
    assert "new 4," in summary and "copies 1;" in summary, summary
    single = {f: n for f, n in opens.items() if f not in ("kopia.pdf", "ks/ks_2024-03-12.pdf")}
    assert single == {f: 1 for f in single} and len(single) == 3, opens
    # a file and its copy: each read to tell that they are one, and one of them extracted
    assert opens["kopia.pdf"] + opens["ks/ks_2024-03-12.pdf"] <= 3, opens
    db = sqlite_utils.Database(db_path)
    paths = {r["file"]: r["document_id"] for r in db["document_paths"].rows}
    assert len(paths) == 5 and paths["kopia.pdf"] == paths["ks/ks_2024-03-12.pdf"]
    # nothing new: each file is read once, to see that it has not changed
    summary, opens = opens_during_ingest(corpus, db_path, tmp_path / "opens.log")
    assert "new 0, changed 0, unchanged 4," in summary, summary
    assert opens == {f: 1 for f in opens} and len(opens) == 5, opens


def test_a_new_file_that_fails_before_it_is_hashed_keeps_its_hash(corpus, db_path, monkeypatch):
    """An extractor bug (or a dead worker) before the worker hashed a new file: ingest
    hashes it then, so its error row has the hash and the next run leaves it be."""
    import extractors
    from extractors import sha256_of

    real = extractors.extract_with_warnings

    def buggy(path, *args, **kwargs):  # the workers are forked: they run this too
        if Path(path).name == "ks_2024-03-12.pdf":
            raise RuntimeError("a bug")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(extractors, "extract_with_warnings", buggy)
    summary = run(corpus, db_path, workers=1)
    assert (summary.new, summary.failed) == (3, 1)
    [error] = sqlite_utils.Database(db_path)["ingest_errors"].rows
    assert error["reason"] == "RuntimeError: a bug"
    assert error["sha256"] == sha256_of(corpus / "ks" / "ks_2024-03-12.pdf")
    summary = run(corpus, db_path, workers=1)
    assert (summary.unchanged, summary.failed) == (4, 0)
