"""What the published server refuses: huge values, the tokenizer's address, files of the
corpus folder that are not ingested documents, tracebacks for bad requests."""

from __future__ import annotations

import logging
import shutil

import pytest

from pipeline.ingest.run import ingest
from pipeline.publish.serve import datasette
from pipeline.store.writer import Store


@pytest.fixture
async def ds(corpus, db_path):
    (corpus / ".git").mkdir()
    (corpus / ".git" / "config").write_text("[core]\n")
    (corpus / "corrections").mkdir()
    (corpus / "corrections" / "x.pdf.yml").write_text("meeting: {location: Hemligt}\n")
    (corpus / "anteckningar.txt").write_text("privat")
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    shutil.copy(next(corpus.glob("*.pdf")), corpus / "inte ingesterad.pdf")
    (corpus / ".dold.pdf").write_bytes((corpus / "inte ingesterad.pdf").read_bytes())
    instance = datasette(db_path, corpus)
    await instance.invoke_startup()
    return instance


async def test_a_query_cannot_build_a_huge_value(ds):
    sql = "select length(replace(hex(zeroblob(400000000)),'0','x'))"
    response = await ds.client.get("/minutes.json", params={"sql": sql})
    assert response.status_code == 400
    assert "too big" in response.json()["error"]


async def test_a_query_cannot_return_a_huge_result(ds):
    sql = (
        "with recursive n(i) as (select 1 union all select i + 1 from n limit 20)"
        " select zeroblob(4000000) from n"
    )
    response = await ds.client.get("/minutes.json", params={"sql": sql})
    assert response.status_code == 400
    assert "result over the limit of 64 MB" in response.json()["error"]
    small = await ds.client.get("/minutes/attendees.json?_size=max")
    assert small.status_code == 200 and small.json()["rows"]


async def test_fts3_tokenizer_gives_no_address(ds):
    response = await ds.client.get(
        "/minutes.json", params={"sql": "select fts3_tokenizer('simple') as t", "_shape": "array"}
    )
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.json() == [{"t": None}]


@pytest.mark.parametrize(
    "path",
    [
        "/corpus/.git/config",
        "/corpus/corrections/x.pdf.yml",
        "/corpus/anteckningar.txt",
        "/corpus/.dold.pdf",
        "/corpus/inte%20ingesterad.pdf",
        "/corpus/ks",
        "/corpus/",
    ],
)
async def test_only_ingested_documents_are_served(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 404, path


async def test_an_ingested_document_is_served(ds):
    response = await ds.client.get("/corpus/ks/ks_2024-03-12.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize(
    "method, path, status",
    [
        ("post", "/minutes/attendees/-/insert", 404),
        ("get", "/minutes/attendees?_sort=nonexistent", 400),
        ("get", "/minutes/attendees.json?_sort=nonexistent", 400),
    ],
)
async def test_a_bad_request_is_4xx_and_one_log_line(ds, caplog, capsys, method, path, status):
    with caplog.at_level(logging.WARNING, logger="minutes.serve"):
        response = await getattr(ds.client, method)(path)
    assert response.status_code == status
    [record] = [r for r in caplog.records if r.name == "minutes.serve"]
    assert "\n" not in record.getMessage() and str(status) in record.getMessage()
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


# runs until the 1 s time limit stops it
SLOW = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"


def client_at(ds, address: str):
    import httpx

    transport = httpx.ASGITransport(app=ds.app(), client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://localhost")


async def test_one_client_runs_one_query_at_a_time(ds):
    import asyncio

    async with client_at(ds, "10.0.0.1") as client:
        answers = await asyncio.gather(
            *[client.get("/minutes.json", params={"sql": SLOW}) for _ in range(3)]
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [400, 429, 429]  # the first ran (and hit the time limit)
    assert answers[0].status_code == 400 and "too long" in answers[0].text


async def test_a_server_busy_with_queries_still_answers_table_pages(ds):
    import asyncio

    clients = [client_at(ds, f"10.0.0.{n}") for n in (1, 2, 3)]
    queries = [c.get("/minutes.json", params={"sql": SLOW}) for c in clients]
    page = ds.client.get("/minutes/attendees.json?_size=5")
    *answers, table = await asyncio.gather(*queries, page)
    for client in clients:
        await client.aclose()
    assert sorted(a.status_code for a in answers) == [400, 400, 429]
    assert table.status_code == 200 and len(table.json()["rows"]) == 5
