"""A dead worker loses nothing; workers die with their ingest; no lock outlives its holder.

Real processes, killed with SIGKILL; a real SQLite file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from builders import COPIES, big_corpus
from commands import stored
from pipeline.ingest.lock import ingest_lock


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def ingest(corpus, db, *options) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        [*command, *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_killed_worker_fails_only_its_file_and_the_next_run_retries_it(
    tmp_path, sample_pdf, sample_deck
):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    process = ingest(corpus, db, "--workers", "2")
    wait_for(lambda: stored(db) >= 2 and len(children(process.pid)) == 2)
    os.kill(children(process.pid)[0], signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "failed 1;" in out, out  # the file the worker was reading, no other
    assert "killed by SIGKILL" in err
    database = sqlite_utils.Database(db)
    assert database["documents"].count == COPIES  # every other file was read
    [error] = list(database["ingest_errors"].rows)
    assert error["stage"] == "crash"
    again = ingest(corpus, db, "--workers", "2")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "new 1," in out and "failed 0;" in out and f"unchanged {COPIES}," in out
    assert database["ingest_errors"].count == 0


def test_workers_die_with_a_killed_ingest_and_the_next_one_runs(tmp_path, sample_pdf, sample_deck):
    corpus = big_corpus(tmp_path / "corpus", sample_pdf, sample_deck)
    db = tmp_path / "minutes.db"
    process = ingest(corpus, db, "--workers", "2")
    wait_for(lambda: stored(db) >= 1 and len(children(process.pid)) == 2)
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    wait_for(lambda: not any(alive(pid) for pid in workers), seconds=10)
    again = ingest(corpus, db, "--workers", "2")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "waiting" not in err
    assert stored(db) == COPIES + 1


HOLD = """
import os, sys, time
from pipeline.ingest.lock import ingest_lock
with ingest_lock(sys.argv[1]):
    if os.fork() == 0:  # a child that outlives its parent, as a stray worker would
        time.sleep(120)
        os._exit(0)
    print("locked", flush=True)
    time.sleep(120)
"""


def test_a_lock_held_by_a_dead_process_is_taken_over(tmp_path):
    db = tmp_path / "minutes.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        [orphan] = children(holder.pid)
        waited = []
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert alive(orphan)
        with ingest_lock(db, on_wait=waited.append):
            pass
        assert waited == []  # taken at once, though the holder's child lives on
    finally:
        holder.kill()
        for pid in children(holder.pid) + ([orphan] if "orphan" in locals() else []):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
