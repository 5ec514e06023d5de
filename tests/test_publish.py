"""The published database through Datasette's own test client."""

from __future__ import annotations

import pytest

from pipeline.ingest.run import ingest
from pipeline.publish.serve import datasette
from pipeline.store.writer import Store


@pytest.fixture
async def ds(corpus, db_path):
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    instance = datasette(db_path, corpus)
    await instance.invoke_startup()
    return instance


async def rows(ds, path: str) -> list[dict]:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_every_table_and_view_answers(ds):
    for table in ["documents", "meetings", "attendees", "substitutions", "agenda_items",
                  "decisions", "slides", "persons", "ingest_errors", "meeting_overview",
                  "attendance_by_person", "substitutions_by_party"]:  # fmt: skip
        response = await ds.client.get(f"/minutes/{table}")
        assert response.status_code == 200, table


async def test_json_api(ds):
    data = await rows(ds, "/minutes/attendees.json?_shape=array&_size=max&group=decision_maker")
    names = [r["name"] for r in data]
    assert len(names) == 12 + 3 + 3 and "Roger Ingvarsson" in names


async def test_attendee_facets_on_request(ds):
    assert (await rows(ds, "/minutes/attendees.json"))["facet_results"] == {}  # big: none
    data = await rows(ds, "/minutes/attendees.json?_facet=group&_facet=party&_facet=organisation")
    facets = data["facet_results"]
    assert {"group", "party", "organisation"} <= set(facets)
    parties = {v["value"]: v["count"] for v in facets["party"]["results"]}
    assert parties["S"] >= 10 and parties["KD"] == 1


async def test_full_text_search_keeps_swedish_letters_apart(ds):
    hits = await rows(ds, "/minutes/agenda_items.json?_search=årsredovisning&_shape=array")
    assert {h["title"] for h in hits} == {"Årsredovisning"}
    # 'ar' must not match 'år' (diacritics are not folded)
    none = await rows(ds, "/minutes/agenda_items.json?_search=arsredovisning&_shape=array")
    assert none == []


async def test_canned_queries(ds):
    person = await rows(ds, "/minutes/person_attendance.json?name=Cecilia&_shape=array")
    assert [(r["date"], r["group"], r["party"]) for r in person] == [
        ("2024-03-12", "decision_maker", "M"),
        ("2024-04-09", "decision_maker", "M"),
    ]
    period = await rows(
        ds,
        "/minutes/substitutions_in_period.json?from_date=2024-04-01&to_date=2024-05-31&_shape=array",
    )
    assert sorted((r["date"], r["substitute"], r["replaced"]) for r in period) == [
        ("2024-04-09", "Erik Nilsson", "Fia Holm"),
        ("2024-05-03", "Denise Norström", "Amanda Grönlund"),
        ("2024-05-03", "Roger Ingvarsson", "Therese Emtin"),
    ]
    matches = await rows(ds, "/minutes/items_matching.json?q=årsredovisningen&_shape=array")
    assert {r["match_in"] for r in matches} == {
        "item",  # the item's text holds the word too
        "decision: Kommunstyrelsen beslutar att godkänna årsredovisningen för år 2023.",
    }
    items = await rows(ds, "/minutes/items_matching.json?q=primärvård*&_shape=array")
    assert "Gemensam primärvårdsplan" in {r["title"] for r in items}


async def test_csv_export(ds):
    response = await ds.client.get("/minutes/substitutions.csv")
    assert response.status_code == 200
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("id,meeting_id,document_id,substitute")
    assert any("Roger Ingvarsson" in line and "Therese Emtin" in line for line in lines)


async def test_rows_link_to_source_file_and_page(ds, corpus):
    page = await ds.client.get("/minutes/attendees?name=Roger+Ingvarsson")
    assert "/corpus/2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf#page=1" in page.text
    pdf = await ds.client.get("/corpus/2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


async def test_nothing_outside_the_corpus_is_served(ds):
    for path in ["/corpus/../pyproject.toml", "/corpus/..%2F..%2Fdata%2Fminutes.db"]:
        response = await ds.client.get(path)
        assert response.status_code == 404, path


@pytest.mark.parametrize(
    "sql",
    [
        "delete from persons",
        "update attendees set party = 'X'",
        "drop table attendees",
        "insert into persons (name_key, name) values ('x', 'x')",
        "select 1; delete from persons",
    ],
)
async def test_writes_are_refused(ds, sql):
    response = await ds.client.get("/minutes.json", params={"sql": sql})
    assert response.status_code == 400
    count = await rows(ds, "/minutes.json?sql=select+count(*)+as+n+from+persons&_shape=array")
    assert count[0]["n"] > 0


async def test_database_download_is_off(ds):
    response = await ds.client.get("/minutes.db")
    assert response.status_code == 403
