"""A full disk: one line saying what, where and what to do; the database stays whole."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys

from builders import big_corpus

LIMIT = 400_000  # bytes any file of the ingest may grow to: the database fills it


def limited_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def test_a_full_disk_is_one_line_and_the_database_stays_whole(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=300, preexec_fn=limited_file_size
    )
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if not line.startswith("[")]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"minutes: {db}: cannot write: ")
    assert "disk" in lines[0] and "free some space and run ingest again" in lines[0]
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "failed 0;" in again.stdout
