"""Counts that tell the truth: one content is one document, what left the corpus leaves
the tables researchers query, and the summary says what still fails. Real PDFs, a real
SQLite file, the real `minutes` command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import sqlite_utils

README = Path(__file__).resolve().parent.parent / "README.md"


def minutes(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ingest(corpus: Path, db: Path) -> subprocess.CompletedProcess:
    done = minutes("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert done.returncode == 0, done.stderr
    return done


def readme_queries() -> list[str]:
    """The statements of the README's example SQL."""
    text = README.read_text("utf-8")
    block = re.search(r"Example SQL.*?```sql\n(.*?)```", text, re.S).group(1)
    lines = [line for line in block.splitlines() if not line.startswith("--")]
    return [q.strip() for q in "\n".join(lines).split(";") if q.strip()]


def answers(db: Path) -> list[list[tuple]]:
    conn = sqlite_utils.Database(db)
    return [sorted(conn.execute(q).fetchall(), key=repr) for q in readme_queries()]


def test_three_copies_of_one_protocol_are_one_meeting(tmp_path, sample_pdf):
    corpus = tmp_path / "corpus"
    (corpus / "arkiv").mkdir(parents=True)
    shutil.copy(sample_pdf, corpus / sample_pdf.name)
    shutil.copy(sample_pdf, corpus / "arkiv" / "kopia.pdf")
    os.symlink(corpus / sample_pdf.name, corpus / "arkiv" / "länk.pdf")
    db = tmp_path / "minutes.db"
    done = ingest(corpus, db)
    assert "new 1, " in done.stdout and "copies 2" in done.stdout, done.stdout
    conn = sqlite_utils.Database(db)
    assert conn["documents"].count == 1
    assert conn["meetings"].count == 1
    paths = {r["file"] for r in conn["document_paths"].rows}
    assert paths == {sample_pdf.name, "arkiv/kopia.pdf", "arkiv/länk.pdf"}
    held = {r["meetings_held"] for r in conn.query("select * from attendance_rate")}
    assert held == {1}
    # a second run: nothing new, nothing removed, the paths kept
    done = ingest(corpus, db)
    assert "new 0, changed 0, unchanged 1, removed 0, failed 0, copies 2;" in done.stdout
    assert conn["document_paths"].count == 3
    # the first file goes, its copies stay: still one document, found under two names
    (corpus / "arkiv" / "länk.pdf").unlink()
    (corpus / sample_pdf.name).unlink()
    ingest(corpus, db)
    assert [r["file"] for r in conn["document_paths"].rows] == ["arkiv/kopia.pdf"]
    assert conn["meetings"].count == 1


def test_a_justerat_version_is_a_possible_duplicate_and_the_newer_counts(tmp_path, sample_pdf):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    first = corpus / "protokoll.pdf"
    shutil.copy(sample_pdf, first)
    justerat = corpus / "protokoll_justerat.pdf"
    # the same meeting, other bytes (a comment after the end of the file)
    justerat.write_bytes(sample_pdf.read_bytes() + b"\n% justerat\n")
    os.utime(first, (1_700_000_000, 1_700_000_000))
    os.utime(justerat, (1_700_100_000, 1_700_100_000))
    db = tmp_path / "minutes.db"
    done = ingest(corpus, db)
    assert "possible duplicate: protokoll_justerat.pdf (current, the newest) and " \
        "protokoll.pdf" in done.stderr, done.stderr  # fmt: skip
    conn = sqlite_utils.Database(db)
    rows = {r["file"]: r["status"] for r in conn.query("select * from possible_duplicates")}
    assert rows == {"protokoll_justerat.pdf": "current", "protokoll.pdf": "superseded"}
    overview = list(conn.query("select source_file from meeting_overview"))
    assert overview == [{"source_file": "protokoll_justerat.pdf"}]
    alone = tmp_path / "alone"  # the README's example SQL counts the meeting once
    alone.mkdir()
    shutil.copy(justerat, alone / justerat.name)
    ingest(alone, tmp_path / "alone.db")
    assert answers(db) == answers(tmp_path / "alone.db")
    # unchanged on a second run; the older one counts again once the newer one goes
    assert "unchanged 2" in ingest(corpus, db).stdout
    justerat.unlink()
    ingest(corpus, db)
    assert conn["possible_duplicates"].count == 0
    overview = list(conn.query("select source_file from meeting_overview"))
    assert overview == [{"source_file": "protokoll.pdf"}]


def test_a_deleted_file_leaves_what_researchers_query(tmp_path, corpus):
    db = tmp_path / "minutes.db"
    ingest(corpus, db)
    (corpus / "ks" / "ks_2024-03-12.pdf").unlink()
    done = ingest(corpus, db)
    assert "removed 1" in done.stdout
    conn = sqlite_utils.Database(db)
    files = {r[0] for t in ("meetings", "attendees", "substitutions", "agenda_items")
             for r in conn.execute(f"select distinct source_file from {t}")}  # fmt: skip
    assert "ks/ks_2024-03-12.pdf" not in files
    assert [r["file"] for r in conn["removed_documents"].rows] == ["ks/ks_2024-03-12.pdf"]
    # the README's example SQL: the numbers of the corpus as it is now
    fresh = tmp_path / "fresh.db"
    ingest(corpus, fresh)
    assert answers(db) == answers(fresh)
    assert any(answers(db))  # (the queries do answer)


def test_the_summary_says_what_still_fails(tmp_path, corpus):
    db = tmp_path / "minutes.db"
    (corpus / "trasig.pdf").write_bytes(b"not a pdf")
    done = ingest(corpus, db)
    assert "failed 1;" in done.stdout, done.stdout
    done = ingest(corpus, db)
    assert "failed 0, still failing 1 (see ingest_errors);" in done.stdout, done.stdout
    (corpus / "trasig.pdf").unlink()
    done = ingest(corpus, db)
    assert "failed 0;" in done.stdout and "still failing" not in done.stdout, done.stdout
    assert sqlite_utils.Database(db)["ingest_errors"].count == 0


def test_serve_on_a_busy_port_suggests_another(tmp_path):
    import socket

    from pipeline.store.writer import Store

    db = tmp_path / "minutes.db"
    Store(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = minutes("serve", "--db", str(db), "--corpus", str(tmp_path), "--port", str(port),
                       timeout=60)  # fmt: skip
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert re.fullmatch(rf"minutes: port {port} on 127\.0\.0\.1 is in use; try --port \d+", line)


def test_serve_leaves_no_temporary_folder_per_run(tmp_path, monkeypatch):
    import tempfile

    from pipeline.publish.serve import serve_command

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    db = tmp_path / "minutes.db"
    first = serve_command(db, tmp_path, "127.0.0.1", 8001, False)
    second = serve_command(db, tmp_path, "127.0.0.1", 8001, False)
    assert first == second
    assert [p.name for p in (tmp_path / "tmp").iterdir()] == [
        Path(first[first.index("--metadata") + 1]).name
    ]


def test_progress_off_a_terminal_says_i_of_n_the_rate_and_the_time_left(tmp_path, corpus):
    done = ingest(corpus, tmp_path / "minutes.db")  # stderr is a pipe, not a terminal
    lines = [line for line in done.stderr.splitlines() if line.startswith("[")]
    assert lines[0] == "[0/4] reading 4 files"
    assert [line.split("]")[0] for line in lines[1:]] == ["[1/4", "[2/4", "[3/4", "[4/4"]
    for line in lines[1:]:
        assert re.search(r": ok \(\d+\.\d pages/s, ETA \d+:\d\d\)$", line), line
    assert lines[-1].endswith("ETA 0:00)")


def test_progress_eta_from_the_files_done(monkeypatch, capsys):
    from types import SimpleNamespace

    from pipeline.ingest import progress

    now = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    reporter = progress.Reporter(tty=False)
    reporter.begin(10)
    now[0] += 30
    reporter.report(SimpleNamespace(file="a.pdf", parsed=object(), pages=60, reason=None))
    assert capsys.readouterr().err.splitlines()[-1] == "[1/10] a.pdf: ok (2.0 pages/s, ETA 4:30)"


def test_corrections_of_a_copy_are_reported_not_applied(tmp_path, sample_pdf):
    corpus = tmp_path / "corpus"
    (corpus / "corrections").mkdir(parents=True)
    shutil.copy(sample_pdf, corpus / "a.pdf")
    shutil.copy(sample_pdf, corpus / "b.pdf")
    (corpus / "corrections" / "b.pdf.yml").write_text("attendees: []\n", "utf-8")
    done = ingest(corpus, tmp_path / "minutes.db")
    assert (
        "warning: corrections/b.pdf.yml: not applied: b.pdf is a copy of a.pdf; "
        "correct that one" in done.stderr
    ), done.stderr
