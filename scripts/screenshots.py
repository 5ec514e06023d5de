"""Screenshots of the researchers' pages for the README: `make screenshots`.

Ingests corpus/ into a temporary database, serves it as `minutes serve` does and saves
docs/meeting-page.png, docs/person-page.png and docs/compare-page.png with headless
Chromium.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOCS = ROOT / "docs"
MEETING_DATE = "2024-05-03"  # the sample protocol
PERSON = "Sara Fredin"  # present and presenting three items in it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium is missing: `make system-deps` installs it")
    with tempfile.TemporaryDirectory(prefix="minutes-screenshots-") as tmp:
        db = Path(tmp) / "minutes.db"
        minutes = [sys.executable, "-m", "pipeline"]
        subprocess.run(minutes + ["ingest", str(CORPUS), "--db", str(db)], check=True)
        with sqlite3.connect(db) as conn:
            (meeting,) = conn.execute("select id from meetings where date = ?", [MEETING_DATE])
            (person,) = conn.execute("select id from persons where name = ?", [PERSON])
        port = free_port()
        server = subprocess.Popen(
            minutes + ["serve", "--db", str(db), "--corpus", str(CORPUS), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            DOCS.mkdir(exist_ok=True)
            pages = {  # file → (page, window size)
                "meeting-page.png": (f"/minutes/meetings/{meeting[0]}", "1280,1500"),
                "person-page.png": (f"/minutes/persons/{person[0]}", "1280,1000"),
                "compare-page.png": ("/compare", "1280,1000"),
            }
            for name, (path, size) in pages.items():
                subprocess.run(
                    [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--hide-scrollbars", f"--user-data-dir={Path(tmp) / 'profile'}",
                     f"--window-size={size}", f"--screenshot={DOCS / name}", base + path],
                    check=True, capture_output=True, timeout=90,
                )  # fmt: skip
                print(f"{DOCS / name}: {base}{path}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
