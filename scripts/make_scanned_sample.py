#!/usr/bin/env python3
"""Write corpus/'s scanned protocol: a fixture's minutes as an archive scans them.

The KSAU fixture (tests/fixtures/minutes/07_ksau_2024-10-08.pdf, whose gold record
holds for the scan too) rasterised at 300 dpi in black and white with a 1° skew
(tests/scanner.py): a PDF of page images without a text layer, which `minutes` reads
by OCR.

Usage: ``python scripts/make_scanned_sample.py [OUTPUT_DIR]`` (default: corpus/).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from scanner import ARCHIVE, scan  # noqa: E402

SOURCE = REPO / "tests" / "fixtures" / "minutes" / "07_ksau_2024-10-08.pdf"
NAME = "2024-10-08_ksau_skannad.pdf"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    print(scan(SOURCE, out / NAME, ARCHIVE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
