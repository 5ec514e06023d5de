"""Whatever goes wrong with a file, stderr is one line naming it (control characters
escaped), never click's usage text or a traceback."""

from __future__ import annotations

import pytest

from builders import good_pdf
from commands import minutes


def one_line(done, reason: str) -> str:
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert reason in line, line
    return line


def test_a_newline_in_a_file_name_is_escaped(tmp_path):
    path = tmp_path / "rad\nbrytning.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    line = one_line(minutes("extract", str(path)), "corrupt PDF")
    assert "rad\\nbrytning.pdf" in line


def test_a_newline_in_a_corpus_file_name_is_one_line(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "rad\nbrytning.pdf").write_bytes(b"")
    good_pdf(corpus / "bra.pdf")
    done = minutes("ingest", str(corpus), "--db", str(tmp_path / "db.sqlite"))
    assert done.returncode == 0, done.stderr
    failed = [line for line in done.stderr.splitlines() if line.startswith("failed:")]
    assert failed == ["failed: rad\\nbrytning.pdf: empty file (0 bytes)"]


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_directory_is_one_line(tmp_path, command):
    line = one_line(minutes(command, str(tmp_path)), "a directory, not a file")
    assert line.startswith(f"minutes: {tmp_path}: ")


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_missing_file_is_one_line(tmp_path, command):
    one_line(minutes(command, str(tmp_path / "borta.pdf")), "no such file")


def test_an_unreadable_file_is_one_line(tmp_path):
    path = good_pdf(tmp_path / "låst.pdf")
    path.chmod(0)
    done = minutes("extract", str(path))
    if done.returncode == 0:
        pytest.skip("running as root: permissions do not stop reading")
    one_line(done, "Permission denied")


def test_ingest_of_a_file_is_one_line(tmp_path):
    path = good_pdf(tmp_path / "bra.pdf")
    one_line(minutes("ingest", str(path), "--db", str(tmp_path / "db")), "not a directory")


def test_a_missing_corrections_file_is_one_line(tmp_path):
    path = good_pdf(tmp_path / "bra.pdf")
    done = minutes("check", str(path), "--corrections", str(tmp_path / "borta.yml"))
    one_line(done, "no such corrections file")
