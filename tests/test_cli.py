"""The `minutes` command as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import zipfile

import pytest

from broken import encrypted_pdf, garbage_in_the_middle, scanned_pdf
from commands import minutes


def test_extract_prints_the_record(sample_pdf):
    done = minutes("extract", str(sample_pdf), "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["schema_version"] == 3
    assert record["source"]["file"] == sample_pdf.name
    assert record["meeting"]["date"] == "2024-05-03"
    assert "Åsa Revenäs" in done.stdout  # UTF-8, not \\u escapes


def test_extract_is_json_with_or_without_the_flag(sample_pdf):
    """`--json` is accepted (the contract writes `extract FILE [--json]`) and changes
    nothing: JSON is extract's only output, and its --help says so."""
    flagged = minutes("extract", str(sample_pdf), "--json")
    plain = minutes("extract", str(sample_pdf))
    assert flagged.returncode == plain.returncode == 0, plain.stderr
    assert flagged.stdout.encode() == plain.stdout.encode()
    json.loads(plain.stdout)
    usage = " ".join(minutes("extract", "--help").stdout.split())
    assert "--json Accepted" in usage and "the record is JSON either way" in usage


def _zip_without_pptx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/zip")


@pytest.mark.parametrize(
    "name, make, reason",
    [
        ("empty.pdf", lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
        ("text.pdf", lambda p: p.write_text("hej"), "not a PDF or PPTX"),
        ("cut.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<<"), "corrupt PDF"),
        ("garbage.pdf", garbage_in_the_middle, "corrupt PDF"),
        ("deck.pptx", lambda p: p.write_text("no zip"), "not a PDF or PPTX"),
        ("fake.pptx", _zip_without_pptx, "a zip archive without PowerPoint parts"),
        ("image.pdf", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 50), "an image"),
        ("hemlig.pdf", encrypted_pdf, "PDF is encrypted (password protected)"),
        ("skannad.pdf", scanned_pdf, "no text layer"),
        (
            "gammal.pdf",
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + b"0" * 50),
            "old binary Office",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line_reason(tmp_path, name, make, reason):
    path = tmp_path / name
    make(path)
    done = minutes("extract", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and reason in lines[0]


def test_missing_file_is_a_usage_error(tmp_path):
    done = minutes("extract", str(tmp_path / "nope.pdf"))
    assert done.returncode == 2 and done.stdout == ""


def test_help_lists_the_commands():
    done = minutes("--help")
    assert done.returncode == 0
    assert "extract" in done.stdout
