"""Heavy libraries are imported only inside the commands that need them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["pdfplumber", "pdfminer", "pypdfium2", "spacy", "dateparser", "datasette", "pptx"]


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
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_reading_a_pdf_does_not_import_pdfplumber(sample_pdf):
    code = (
        "import sys\n"
        "from extractors import extract\n"
        f"extract({str(sample_pdf)!r})\n"
        "print('pdfplumber' in sys.modules, 'pdfminer' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False False"
