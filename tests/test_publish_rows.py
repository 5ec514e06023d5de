"""The rows of table and row pages, written by plugins/table_rows.py through
publish/templates/_table.html, are the ones Datasette's own template writes (cell for
cell; the columns come in reading order)."""

from __future__ import annotations

import re

import lxml.html
import pytest
import sqlite_utils
from datasette.app import Datasette

from pipeline.ingest.run import ingest
from pipeline.publish.serve import PLUGINS, TEMPLATES, datasette, metadata, serve_command
from pipeline.store.writer import Store

TRICKY = "<script>alert(\"x\")</script> Åsa & Östen 'Ö'"


@pytest.fixture
async def pair(corpus, db_path):
    """The published database twice: as `minutes serve` runs it, and with Datasette's own
    templates (same plugins, metadata and settings)."""
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    db = sqlite_utils.Database(db_path)
    meeting = db.execute("select id, document_id from meetings limit 1").fetchone()
    db["attendees"].insert(
        {"meeting_id": meeting[0], "document_id": meeting[1], "name": TRICKY, "party": None,
         "organisation": "<i>Sala</i>", "group": "other_present", "roles": '["<b>"]',
         "page": 2, "source_url": "/corpus/a&b.pdf#page=2", "corrected": 1}
    )  # fmt: skip
    db.close()
    ours = datasette(db_path, corpus)
    theirs = Datasette(
        files=[str(db_path)],
        metadata=metadata(db_path.stem),
        static_mounts=[("corpus", str(corpus.resolve()))],
        plugins_dir=str(PLUGINS),
        settings=ours.settings_dict(),
    )
    for instance in (ours, theirs):
        await instance.invoke_startup()
    return ours, theirs


def cells(html: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The page's table of rows, by column: each header and each row's cells as written
    (the rest of a table page differs: templates/table.html folds the column descriptions
    away, and the columns come in reading order)."""
    table = lxml.html.fromstring(html).xpath("//table[@class='rows-and-columns']")[0]

    def written(element) -> str:
        return re.sub(r">\s+<", "><", lxml.html.tostring(element, encoding="unicode")).strip()

    columns = table.xpath("thead/tr/th/@data-column")
    header = dict(zip(columns, map(written, table.xpath("thead/tr/th")), strict=True))
    rows = [dict(zip(columns, map(written, tr.xpath("td")), strict=True))
            for tr in table.xpath("tbody/tr")]  # fmt: skip
    return header, rows


@pytest.mark.parametrize(
    "path",
    [
        "/minutes/attendees",
        "/minutes/attendees?_size=max",
        "/minutes/attendees?party=S&_facet=organisation",
        "/minutes/meeting_overview",  # counts linked by the render_cell plugin
        "/minutes/agenda_items?_search=årsredovisning",
        "/minutes/attendees/1",  # a row page includes _table.html too
        "/minutes/persons",
    ],
)
async def test_pages_are_those_of_datasettes_own_template(pair, path):
    ours, theirs = pair
    mine, reference = await ours.client.get(path), await theirs.client.get(path)
    assert mine.status_code == reference.status_code == 200
    assert "<td " in mine.text
    assert cells(mine.text) == cells(reference.text)


async def test_cell_values_are_escaped(pair):
    ours, _ = pair
    page = (await ours.client.get("/minutes/attendees?corrected=1&_sort_desc=id")).text
    assert TRICKY not in page and "<i>Sala</i>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Åsa &amp; Östen &#39;Ö&#39;" in page
    assert '<a href="/corpus/a&amp;b.pdf#page=2">a&amp;b.pdf p. 2</a>' in page


def test_minutes_serve_uses_the_template(tmp_path):
    command = serve_command(tmp_path / "minutes.db", tmp_path, "127.0.0.1", 8001, False)
    assert command[command.index("--template-dir") + 1] == str(TEMPLATES)
    assert (TEMPLATES / "_table.html").exists()


async def test_foreign_keys_show_labels_without_guessing_them(pair, monkeypatch):
    """documents, meetings, persons and agenda_items name their label column: an attendee's
    meeting shows its date, the document its file, the person the name, and Datasette reads
    no table's columns to find them."""
    from datasette.database import Database

    ours, _ = pair
    db = ours.get_database("minutes")
    calls = []
    execute_fn = Database.execute_fn

    async def counting(self, fn):
        calls.append(fn)
        return await execute_fn(self, fn)

    monkeypatch.setattr(Database, "execute_fn", counting)
    labels = {t: await db.label_column_for_table(t) for t in
              ("documents", "meetings", "persons", "agenda_items")}  # fmt: skip
    assert labels == {"documents": "file", "meetings": "date", "persons": "name",
                      "agenda_items": "title"}  # fmt: skip
    assert calls == []
    monkeypatch.undo()
    row = (await ours.client.get("/minutes/attendees.json?_labels=on&_size=1&_shape=array")).json()
    meeting_id = row[0]["meeting_id"]["value"]
    meeting = await ours.client.get(f"/minutes/meetings.json?id={meeting_id}&_shape=array")
    assert row[0]["meeting_id"]["label"] == meeting.json()[0]["date"]
    assert row[0]["document_id"]["label"].endswith(".pdf")
    assert row[0]["person_id"]["label"]
