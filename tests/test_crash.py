"""Nothing lost: a killed ingest, two ingests at once, a reader during a write."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

import sqlite_utils

from builders import COPIES, big_corpus
from commands import stored
from pipeline.ingest.lock import ingest_lock


def start_ingest(corpus, db):
    command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        [*command, "--workers", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def assert_consistent(db):
    """Every stored minutes document has all of its rows; nothing else is there."""
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    rows = conn.execute(
        "select d.file, (select count(*) from attendees a where a.document_id = d.id),"
        " (select count(*) from agenda_items i where i.document_id = d.id),"
        " (select count(*) from substitutions s where s.document_id = d.id)"
        " from documents d where d.format = 'pdf'"
    ).fetchall()
    assert rows and all(row[1:] == (22, 11, 2) for row in rows), rows
    orphans = conn.execute(
        "select count(*) from attendees where document_id not in (select id from documents)"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()


def test_sigkill_mid_ingest_then_rerun(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    process = start_ingest(corpus, db)
    deadline = time.monotonic() + 120
    while stored(db) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = stored(db)
    assert 3 <= partial < COPIES + 1, "the kill should land mid-run"
    assert_consistent(db)
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"new {COPIES + 1 - partial}," in done.stdout
    assert f"unchanged {partial}," in done.stdout
    assert stored(db) == COPIES + 1
    assert_consistent(db)


def test_a_second_ingest_waits_for_the_first(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    with ingest_lock(db):  # an ingest in progress
        process = start_ingest(corpus, db)
        time.sleep(3)
        assert process.poll() is None  # still waiting
        assert stored(db) == 0
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0
    assert "another ingest (pid" in err and "waiting" in err
    assert f"new {COPIES + 1}," in out


def test_two_ingests_at_once_store_each_document_once(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    first, second = start_ingest(corpus, db), start_ingest(corpus, db)
    outs = [p.communicate(timeout=300)[0] for p in (first, second)]
    assert first.returncode == second.returncode == 0
    assert sorted(o.split(": ", 1)[1].split(",")[0] for o in outs) == ["new 0", f"new {COPIES + 1}"]
    assert sqlite_utils.Database(db)["documents"].count == COPIES + 1
    assert_consistent(db)


def test_a_reader_during_ingest_sees_whole_documents(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    process = start_ingest(corpus, db)
    checks = 0
    while process.poll() is None:
        if stored(db):
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            counts = conn.execute(
                "select (select count(*) from attendees a where a.document_id = d.id)"
                " from documents d where d.format = 'pdf'"
            ).fetchall()
            conn.close()
            assert all(c == (22,) for c in counts), counts
            checks += 1
        time.sleep(0.05)
    assert process.returncode == 0 and checks > 0
