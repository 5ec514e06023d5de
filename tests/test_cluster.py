"""Ingest on a Dask LocalCluster (real worker processes): the same database as the local
pool, workers killed mid-file, and no Dask on the plain path."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import sqlite_utils

from pipeline.ingest.run import ingest
from pipeline.store.schema import DOCUMENT_ROWS
from pipeline.store.writer import Store

pytest.importorskip("distributed")

from pipeline.ingest.cluster import Cluster  # noqa: E402

TABLES = ["documents", *DOCUMENT_ROWS, "persons", "ingest_errors"]


def _own_copy(sample, target) -> None:
    """The sample under another name, with its own content (a copy would be one document)."""
    target.write_bytes(sample.read_bytes() + b"\n% " + target.name.encode() + b"\n")


def content(path) -> dict:
    """Every table's rows without ids, times and generations (they follow the order of
    storing)."""
    db = sqlite_utils.Database(path)
    tables = {}
    for table in TABLES:
        rows = []
        for row in db.query(f"select * from [{table}]"):
            kept = {
                k: v
                for k, v in row.items()
                if not (k == "id" or k.endswith("_id") or k in ("at", "ingested_at", "generation"))
            }
            rows.append(repr(sorted(kept.items())))
        tables[table] = sorted(rows)
    return tables


def run(corpus, db_path, **options):
    store = Store(db_path)
    try:
        return ingest(corpus, store, **options)
    finally:
        store.close()


@pytest.fixture(scope="module")
def cluster():
    with Cluster("local:2") as running:
        yield running


def bad_files(corpus):
    (corpus / "trasig.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    (corpus / "tom.pptx").write_bytes(b"")


@pytest.mark.parametrize("ship_files", [False, True], ids=["shared", "shipped"])
def test_a_local_cluster_gives_the_same_database_as_the_local_pool(
    corpus, tmp_path, cluster, ship_files
):
    bad_files(corpus)
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    expected = run(corpus, local, workers=2)
    cluster.ship_files = ship_files
    try:
        summary = run(corpus, dask, cluster=cluster)
    finally:
        cluster.ship_files = False
    assert (summary.new, summary.failed, summary.pages) == (4, 2, expected.pages)
    assert sorted(summary.errors) == sorted(expected.errors)
    assert content(dask) == content(local)
    assert run(corpus, dask, cluster=cluster).unchanged == 6  # nothing read again


def test_a_killed_worker_is_retried_and_a_file_that_kills_two_is_failed(
    corpus, tmp_path, cluster, sample_pdf
):
    import dying

    bad_files(corpus)
    for n in range(3):
        _own_copy(sample_pdf, corpus / f"kopia_{n}.pdf")
    _own_copy(sample_pdf, corpus / "dies_once.pdf")
    local = tmp_path / "local.db"
    run(corpus, local, workers=2)
    _own_copy(sample_pdf, corpus / "dies_always.pdf")
    dask = tmp_path / "dask.db"
    seen = []
    original = cluster.outcomes

    def outcomes(*args, **kwargs):
        return original(*args, **kwargs, job=dying.dying_extract)

    cluster.outcomes = outcomes
    try:
        summary = run(corpus, dask, cluster=cluster, progress=seen.append)
    finally:
        del cluster.outcomes
    assert (corpus / "dies_once.died").exists()  # it did kill a worker
    assert (summary.new, summary.failed) == (8, 3)
    assert len(seen) == 11
    db = sqlite_utils.Database(dask)
    errors = {r["file"]: r for r in db["ingest_errors"].rows}
    assert set(errors) == {"trasig.pdf", "tom.pptx", "dies_always.pdf"}
    assert errors["dies_always.pdf"]["stage"] == "crash"
    assert "worker processes reading it died" in errors["dies_always.pdf"]["reason"]
    # everything else as the local pool stored it (dies_always.pdf is a copy of a stored
    # file, so only its error row is more)
    got, want = content(dask), content(local)
    got["ingest_errors"] = [r for r in got["ingest_errors"] if "dies_always" not in r]
    assert got == want


def test_the_plain_path_does_not_import_dask(corpus, tmp_path):
    code = (
        "import sys\n"
        "from pipeline.cli import cli\n"
        f"cli(['ingest', {str(corpus)!r}, '--db', {str(tmp_path / 'x.db')!r}, '--workers', '1'],"
        " standalone_mode=False)\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_ship_files_needs_a_cluster(corpus, tmp_path):
    command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--ship-files"]
    done = subprocess.run([*command, "--db", str(tmp_path / "x.db")], capture_output=True)
    assert done.returncode != 0 and b"--ship-files needs --cluster" in done.stderr


def test_the_command_prints_the_dashboard_and_the_same_lines_as_a_local_run(corpus, tmp_path):
    bad_files(corpus)

    def ingest_command(db, *options):
        command = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)]
        done = subprocess.run([*command, *options], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        summary = done.stdout.strip().split(": ", 1)[1].split(" in ")[0]  # no db, no time
        lines = sorted(  # without the rate and time left, which differ from run to run
            re.sub(r" \([\d.]+ pages/s, ETA [\d:]+\)$", "", line.split("] ", 1)[-1])
            for line in done.stderr.splitlines()
            if line.startswith(("[", "failed:", "warning:"))
        )
        return summary, lines, done.stderr

    local = ingest_command(tmp_path / "local.db", "--workers", "2")
    dask = ingest_command(tmp_path / "dask.db", "--cluster", "local:2")
    assert dask[:2] == local[:2]
    assert "minutes: Dask cluster local:2, dashboard http://" in dask[2]
    assert "new 4," in dask[0] and "failed 2;" in dask[0]
