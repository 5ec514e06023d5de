"""Odd things in a corpus: symlink loops, named pipes, names that are not UTF-8, a file
that changes while it is read. Each fails alone with a reason; nothing hangs."""

from __future__ import annotations

import json
import os

import sqlite_utils

from broken import truncated_pdf
from builders import good_pdf
from commands import minutes
from extractors import sha256_of
from pipeline.ingest.run import ingest, parse_file
from pipeline.store.writer import Store


def run(corpus, db):
    store = Store(db)
    try:
        return ingest(corpus, store, workers=2)
    finally:
        store.close()


def errors(db) -> dict[str, str]:
    return {r["file"]: r["reason"] for r in sqlite_utils.Database(db)["ingest_errors"].rows}


def test_a_symlink_loop_fails_alone(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    good_pdf(corpus / "bra.pdf")
    (corpus / "a.pdf").symlink_to(corpus / "b.pdf")
    (corpus / "b.pdf").symlink_to(corpus / "a.pdf")
    summary = run(corpus, tmp_path / "db.sqlite")
    assert (summary.new, summary.failed) == (1, 2)
    assert errors(tmp_path / "db.sqlite") == {"a.pdf": "a symlink loop", "b.pdf": "a symlink loop"}


def test_a_named_pipe_is_not_read(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    good_pdf(corpus / "bra.pdf")
    os.mkfifo(corpus / "x.pdf")
    done = minutes("ingest", str(corpus), "--db", str(tmp_path / "db.sqlite"), timeout=120)
    assert done.returncode == 0, done.stderr
    assert "new 1," in done.stdout and "failed 1;" in done.stdout
    assert "failed: x.pdf: a named pipe (FIFO), not a file" in done.stderr
    done = minutes("extract", str(corpus / "x.pdf"), timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip() == f"minutes: {corpus / 'x.pdf'}: a named pipe (FIFO), not a file"


def test_a_file_name_that_is_not_utf8(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    good_pdf(corpus / "bra.pdf")
    latin1 = os.path.join(os.fsencode(corpus), b"latin1_\xe5\xe4\xf6.pdf")
    good_pdf(corpus / "tmp.pdf").rename(os.fsdecode(latin1))
    summary = run(corpus, tmp_path / "db.sqlite")
    assert (summary.new, summary.failed) == (1, 1)
    assert errors(tmp_path / "db.sqlite") == {
        "latin1_\\xe5\\xe4\\xf6.pdf": "the file name is not UTF-8; rename the file"
    }
    assert run(corpus, tmp_path / "db.sqlite").failed == 1  # and again, without a crash
    done = minutes("extract", os.fsdecode(latin1))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["file"] == "latin1_\\xe5\\xe4\\xf6.pdf"


def test_the_hash_recorded_is_of_what_was_read(tmp_path):
    """The ingest hashed the whole file; it was being copied again when the worker read
    it (cut short): the failure carries the hash of the cut file, so the whole file is
    read again by the next run instead of being skipped as unchanged."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    path = corpus / "protokoll.pdf"
    good_pdf(path)
    whole = path.read_bytes()
    digest_seen_by_ingest = sha256_of(path)
    truncated_pdf(path)  # the file changes before the worker reads it
    outcome = parse_file("protokoll.pdf", str(path), digest_seen_by_ingest)
    assert outcome.parsed is None and "corrupt PDF" in outcome.reason
    assert outcome.sha256 == sha256_of(path) != digest_seen_by_ingest
    store = Store(tmp_path / "db.sqlite")
    store.record_error(outcome.file, outcome.sha256, outcome.stage, outcome.reason)
    store.close()
    path.write_bytes(whole)  # the copy finishes
    summary = run(corpus, tmp_path / "db.sqlite")
    assert (summary.new, summary.unchanged, summary.failed) == (1, 0, 0)
