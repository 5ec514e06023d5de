"""Heavy libraries are imported only inside the commands that need them."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys

import pytest

from commands import run

HEAVY = ["pdfplumber", "pdfminer", "pypdfium2", "spacy", "dateparser", "datasette", "pptx"]


def last_line(code: str) -> str:
    """The last line code prints, run in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_help_imports_no_heavy_library():
    code = (
        "import sys\n"
        "from pipeline.cli import cli\n"
        "try:\n"
        "    cli(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert last_line(code) == "[]"


def test_reading_a_pdf_does_not_import_pdfplumber(sample_pdf):
    code = (
        "import sys\n"
        "from extractors import extract\n"
        f"extract({str(sample_pdf)!r})\n"
        "print('pdfplumber' in sys.modules, 'pdfminer' in sys.modules)\n"
    )
    assert last_line(code) == "False False"


def test_an_unchanged_corpus_is_skipped_without_loading_the_extractors(corpus, db_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.ingest.run import ingest\n"
        "from pipeline.store.writer import Store\n"
        f"summary = ingest(Path({str(corpus)!r}), Store(Path({str(db_path)!r})), workers=1)\n"
        "print(summary.new, summary.unchanged, 'spacy' in sys.modules)\n"
    )
    assert last_line(code).split()[-1] == "True"  # it extracted, so it loaded spaCy
    new, unchanged, loaded = last_line(code).split()
    assert (new, loaded) == ("0", "False") and int(unchanged) > 0


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_leaves_garbage_collection_as_it_found_it(corpus, db_path, workers):
    """Ingest freezes the objects alive before extraction (so workers share them), and
    thaws them afterwards, also when a file fails."""
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    summary = run(corpus, db_path, workers=workers)
    assert summary.failed == 1 and summary.new >= 2
    assert gc.get_freeze_count() == 0


def test_ingesting_one_deck_does_not_load_spacy(tmp_path, sample_deck):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(sample_deck, corpus)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pipeline.ingest.run import ingest\n"
        "from pipeline.store.writer import Store\n"
        f"summary = ingest(Path({str(corpus)!r}), Store(Path({str(tmp_path / 'm.db')!r})))\n"
        "print(summary.new, 'spacy' in sys.modules)\n"
    )
    assert last_line(code) == "1 False"


def test_importing_the_pdfium_reader_does_not_load_pdfium():
    """PDFium's bindings load with the first PDF read, not with the module."""
    code = (
        "import sys\n"
        "import extractors.readers.pdfium\n"
        "print(any(m.startswith('pypdfium2') for m in sys.modules))\n"
    )
    assert last_line(code) == "False"
