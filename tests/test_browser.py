"""End to end: `minutes serve` in a real process, pages loaded in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from html import unescape
from html.parser import HTMLParser

import lxml.html
import pytest

from pipeline.ingest.run import ingest
from pipeline.store.writer import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(corpus, db_path, tmp_path):
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--db", str(db_path), "--corpus", str(corpus),
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


def chromium(tmp_path, *args: str) -> str:
    assert CHROMIUM, "chromium is missing: `make system-deps` installs it"
    profile = tmp_path / "profile"
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    return done.stdout


class Cells(HTMLParser):
    """The text of every table cell, row by row, as a person sees the table."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def table_of(html: str) -> list[list[str]]:
    parser = Cells()
    parser.feed(html)
    return [row for row in parser.rows if row]


def test_meeting_overview_page(server, tmp_path):
    html = chromium(tmp_path, "--dump-dom", server + "/minutes/meeting_overview")
    rows = table_of(html)
    header, body = rows[0], rows[1:]
    assert "body" in header and "attendees" in header and "source_url" in header
    seen = {row[header.index("body")]: row for row in body}
    assert set(seen) == {"Samverkansgrupp Nära vård", "Kommunstyrelsen"}
    sample = seen["Samverkansgrupp Nära vård"]
    assert sample[header.index("attendees")] == "22"
    assert sample[header.index("substitutions")] == "2"
    assert sample[header.index("items")] == "11"
    assert "p. 1" in sample[header.index("source_url")]  # a link to the source page


def test_full_text_search_result_page(server, tmp_path):
    html = chromium(tmp_path, "--dump-dom", server + "/minutes/agenda_items?_search=primärvård*")
    rows = table_of(html)
    titles = {row[rows[0].index("title")] for row in rows[1:]}
    assert "Gemensam primärvårdsplan" in titles


def test_screenshot_of_the_overview(server, tmp_path):
    shot = tmp_path / "overview.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900",
             server + "/minutes/meeting_overview")  # fmt: skip
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 900)
    assert len(data) > 20_000  # a rendered page, not a blank one


def test_the_overview_links_each_meeting_to_its_attendance(server, tmp_path):
    html = chromium(tmp_path, "--dump-dom", server + "/minutes/meeting_overview")
    links = re.findall(r'<a href="([^"]*/attendees\?meeting_id=\d+[^"]*)">22</a>', html)
    assert len(links) == 1  # the sample's count of 22 is a link
    attendance = chromium(tmp_path, "--dump-dom", server + unescape(links[0]))
    rows = table_of(attendance)
    header, body = rows[0], rows[1:]
    assert len(body) == 22
    assert body[0][header.index("name")] == "Lina Eriksson"
    assert "p. 1" in body[0][header.index("source_url")]


def test_check_html_shows_each_attendance_page_beside_its_table(sample_pdf, tmp_path):
    out = tmp_path / "check.html"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", str(sample_pdf), "--html", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    html = chromium(tmp_path, "--dump-dom", out.as_uri())
    rows = [row for row in table_of(html) if row[0] != "#"]
    assert len(rows) == 22
    assert rows[0][1:4] == ["Lina Eriksson", "L", "Region Västmanland"]
    assert rows[9][1] == "Roger Ingvarsson" and rows[9][5] == "Therese Emtin"
    boxes = re.findall(r'<rect id="box-(\d+)" x="([\d.]+)" y="([\d.]+)"', html)
    assert len(boxes) == 22 and {n for n, _, _ in boxes} == {str(n) for n in range(1, 23)}
    # the names sit in the value column of the first page, top to bottom in list order
    ys = [float(y) for _, _, y in boxes]
    assert ys == sorted(ys) and all(150 < float(x) < 250 for _, x, _ in boxes)
    assert html.count('<image href="data:image/png;base64,') == 1

    shot = tmp_path / "check.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1300,1100", out.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1300, 1100)
    assert len(data) > 100_000  # the page image is drawn, not an empty frame


# -- the researchers' pages (plugins/pages.py) --------------------------------------------


def ids(server: str, sql: str) -> int:
    """The first value a SQL query on the served database answers."""
    query = urllib.parse.urlencode({"sql": sql, "_shape": "array"})
    with urllib.request.urlopen(f"{server}/minutes.json?{query}", timeout=10) as response:
        row = json.loads(response.read())[0]
    return next(iter(row.values()))


def screenshot(tmp_path, url: str, name: str) -> bytes:
    shot = tmp_path / name
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1500", url)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 50_000  # a drawn page, not a blank one
    return data


def test_meeting_page_in_a_browser(server, tmp_path):
    meeting = ids(server, "select id from meetings where date = '2024-05-03'")
    url = f"{server}/minutes/meetings/{meeting}"
    tree = lxml.html.fromstring(chromium(tmp_path, "--dump-dom", url))
    assert tree.xpath("string(//h1)").strip() == "Samverkansgrupp Nära vård, 2024-05-03"
    headings = [
        " ".join(h.text_content().split()) for h in tree.xpath("//h3[@class='group-heading']")
    ]
    assert headings == [
        "Decision makers (beslutande) (12)",
        "Substitutes not serving (ersättare) (5)",
        "Others present (övriga närvarande) (5)",
    ]
    names = tree.xpath("//table[@data-group='decision_maker']//td[@class='name']/a/text()")
    assert names[0] == "Lina Eriksson" and "Roger Ingvarsson" in names and len(names) == 12
    titles = tree.xpath("//li[@class='item']//span[@class='title']/text()")
    assert titles[0] == "Ordförande hälsar samverkansgrupp nära vård välkomna" and len(titles) == 11
    chart = tree.xpath("//svg[@id='chart-parties']")
    assert chart and len(chart[0].xpath(".//*[local-name()='rect']")) >= 7
    screenshot(tmp_path, url, "meeting-page.png")


def test_person_page_in_a_browser(server, tmp_path):
    person = ids(server, "select id from persons where name = 'Erik Nilsson'")
    url = f"{server}/minutes/persons/{person}"
    tree = lxml.html.fromstring(chromium(tmp_path, "--dump-dom", url))
    assert tree.xpath("string(//h1)").strip() == "Erik Nilsson"
    rows = tree.xpath("//table[contains(@class, 'person-meetings')]/tbody/tr")
    assert [r.xpath("string(td[@class='date'])") for r in rows] == ["2024-03-12", "2024-04-09"]
    assert all("ersätter Fia Holm" in r.xpath("string(td[@class='details'])") for r in rows)
    dots = tree.xpath("//svg[@id='chart-attendance']//*[local-name()='circle']")
    assert len(dots) == 4  # attended and substituted, at two meetings
    screenshot(tmp_path, url, "person-page.png")


def test_compare_page_in_a_browser(server, tmp_path):
    url = f"{server}/compare"
    tree = lxml.html.fromstring(chromium(tmp_path, "--dump-dom", url))
    charts = tree.xpath("//svg[@class='chart']/@id")
    assert charts == ["chart-per-meeting", "chart-per-party", "chart-cross-party",
                      "chart-per-month"]  # fmt: skip
    bars = tree.xpath("//svg[@id='chart-per-meeting']//*[@class='bar']/@data-label")
    assert bars == ["2024-05-03 Samverkansgrupp Nära vård", "2024-04-09 Kommunstyrelsen",
                    "2024-03-12 Kommunstyrelsen"]  # fmt: skip
    screenshot(tmp_path, url, "compare-page.png")


def test_search_page_in_a_browser(server, tmp_path):
    url = f"{server}/search?q=primärvård*"
    tree = lxml.html.fromstring(chromium(tmp_path, "--dump-dom", url))
    assert tree.xpath("//input[@name='q']/@value") == ["primärvård*"]
    items = tree.xpath("//table[contains(@class, 'results-items')]//td[@class='title']/text()")
    assert "§ 7 Gemensam primärvårdsplan" in items
    marks = tree.xpath("//table[contains(@class, 'results-slides')]//mark/text()")
    assert "primärvårdsplanen" in marks
    screenshot(tmp_path, url, "search-page.png")
