"""Decks in the database and in Datasette: slides, items, lists, figures, timeline,
full-text search, replacement, and links from decks to meetings."""

from __future__ import annotations

import shutil

import pytest

from builders import deck_pptx
from conftest import CORPUS
from pipeline.ingest.run import ingest
from pipeline.publish.serve import datasette
from pipeline.store.writer import Store

DECK_PDF = CORPUS / "samverkansgrupp_nara_vard_presentation.pdf"


@pytest.fixture
def deck_corpus(corpus):
    """The shared corpus, plus the PDF export beside the minutes and a deck in ks/ that
    names the body and the date of one of the two meetings there."""
    shutil.copy(DECK_PDF, corpus / DECK_PDF.name)
    deck_pptx(
        corpus / "ks" / "budgetdialog.pptx",
        [("Kommunstyrelsen 12 mars 2024", [(0, "• Budgetdialog"), (0, "• Årsredovisning")])],
    )
    return corpus


@pytest.fixture
def store(deck_corpus, db_path):
    store = Store(db_path)
    ingest(deck_corpus, store, workers=1)
    yield store
    store.close()


def rows(store, sql, params=()):
    return [dict(r) for r in store.db.query(sql, params)]


def test_deck_rows_are_stored(store):
    for file in ("samverkansgrupp_nara_vard_presentation.pptx", DECK_PDF.name):
        (doc,) = rows(store, "select id from documents where file = ?", [file])
        count = store.db.execute(
            "select (select count(*) from deck_lists where document_id = :d),"
            " (select count(*) from deck_list_items where document_id = :d),"
            " (select count(*) from figures where document_id = :d),"
            " (select count(*) from timeline where document_id = :d)",
            {"d": doc["id"]},
        ).fetchone()
        assert count == (11, 75, 12, 3), file


def test_sub_count_points_at_its_total(store):
    (row,) = rows(
        store,
        "select f.value, f.place, p.value as total from figures f "
        "join figures p on p.id = f.part_of_id "
        "where f.source_file = 'samverkansgrupp_nara_vard_presentation.pdf'",
    )
    assert row == {"value": 150.0, "place": "Västerås", "total": 230.0}


def test_item_descriptions_are_the_item_text(store):
    (item,) = rows(
        store,
        "select text from agenda_items where number = '2' and source_file like '%.pptx'"
        " and meeting_id is null and title = 'Samfinansierade kombinationstjänster'",
    )
    assert item["text"].startswith("En pilot igång i Fagersta.")


def test_decks_are_linked_to_meetings(store):
    links = rows(
        store,
        "select d.file, m.date, x.reason from deck_meetings x "
        "join documents d on d.id = x.document_id join meetings m on m.id = x.meeting_id "
        "order by d.file",
    )
    assert links == [
        {"file": "ks/budgetdialog.pptx", "date": "2024-03-12", "reason": "body_and_date"},
        {"file": DECK_PDF.name, "date": "2024-05-03", "reason": "same_folder"},
        {"file": "samverkansgrupp_nara_vard_presentation.pptx", "date": "2024-05-03",
         "reason": "same_folder"},
    ]  # fmt: skip


def test_replacing_a_deck_replaces_its_rows_and_links(store, deck_corpus):
    deck_pptx(
        deck_corpus / "ks" / "budgetdialog.pptx",
        [("Kommunstyrelsen 9 april 2024", [(0, "• Budgetdialog"), (0, "• Investeringar")])],
    )
    summary = ingest(deck_corpus, store, workers=1)
    assert summary.changed == 1
    items = rows(store, "select text from deck_list_items where source_file like 'ks/%'")
    assert [r["text"] for r in items] == ["Budgetdialog", "Investeringar"]
    (link,) = rows(
        store,
        "select m.date from deck_meetings x join meetings m on m.id = x.meeting_id "
        "join documents d on d.id = x.document_id where d.file = 'ks/budgetdialog.pptx'",
    )
    assert link["date"] == "2024-04-09"


def test_replacing_minutes_with_a_linked_deck_keeps_the_database_consistent(store, deck_corpus):
    minutes = deck_corpus / "ks" / "ks_2024-03-12.pdf"
    minutes.write_bytes(minutes.read_bytes() + b"\n% changed\n")
    assert ingest(deck_corpus, store, workers=1).changed == 1
    assert store.db.execute("pragma foreign_key_check").fetchall() == []
    reasons = rows(store, "select reason from deck_meetings where document_id = "
                   "(select id from documents where file = 'ks/budgetdialog.pptx')")  # fmt: skip
    assert reasons == [{"reason": "body_and_date"}]


@pytest.fixture
async def ds(store, db_path, deck_corpus):
    instance = datasette(db_path, deck_corpus)
    await instance.invoke_startup()
    return instance


async def get(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_datasette_shows_slides_items_and_lists_of_a_deck(ds):
    deck = "samverkansgrupp_nara_vard_presentation.pdf"
    slides = await get(ds, f"/minutes/slides.json?_shape=array&source_file={deck}")
    assert [s["number"] for s in slides] == list(range(1, 11))
    items = await get(ds, f"/minutes/agenda_items.json?_shape=array&source_file={deck}")
    assert [i["number"] for i in items] == [str(n) for n in range(1, 8)]
    entries = await get(ds, f"/minutes/deck_list_entries.json?_shape=array&deck={deck}&_size=max")
    assert {e["period"] for e in entries} == {None, "2024-2025", "2025-2026", "2018-2023", "2025>"}
    for table in ("deck_lists", "figures", "timeline", "deck_meetings", "deck_meeting_links"):
        assert (await ds.client.get(f"/minutes/{table}")).status_code == 200, table


async def test_full_text_search_over_slides_and_list_entries(ds):
    slides = await get(
        ds, "/minutes/slides.json?_search=närvårdsteam*&_searchmode=raw&_shape=array"
    )
    assert {s["number"] for s in slides} >= {6, 10}
    entries = await get(
        ds, "/minutes/deck_list_items.json?_search=seniorhälsovård*&_searchmode=raw&_shape=array"
    )
    assert {e["period"] for e in entries} == {"2024-2025", "2025-2026"}
    figures = await get(ds, "/minutes/figures.json?_search=vårdtillfällen&_shape=array")
    assert [(f["value"], f["change"]) for f in figures] == [(50.0, "minskar")] * 2
    none = await get(ds, "/minutes/deck_list_items.json?_search=lakarstod&_shape=array")
    assert none == []  # å/ä/ö are not folded
    hits = await get(ds, "/minutes/deck_search.json?q=västerås&_shape=array")
    assert {h["match_in"] for h in hits} == {"slide", "list entry", "figure"}
