"""The researchers' pages (plugins/pages.py) through Datasette's own test client: the
meeting page, the person page, the compare page, and every link on them."""

from __future__ import annotations

from urllib.parse import urlsplit

import lxml.html
import pytest
import sqlite_utils

from pipeline.ingest.run import ingest
from pipeline.publish.serve import datasette
from pipeline.store.writer import Store

SAMPLE = "2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf"
TRICKY = "<script>alert(\"x\")</script> Åsa & Östen 'Ö'"


@pytest.fixture
def database(corpus, db_path):
    store = Store(db_path)
    ingest(corpus, store, workers=1)
    store.close()
    return sqlite_utils.Database(db_path)


@pytest.fixture
async def ds(database, db_path, corpus):
    instance = datasette(db_path, corpus)
    await instance.invoke_startup()
    return instance


def one(db: sqlite_utils.Database, sql: str, params: list | None = None):
    return db.execute(sql, params or []).fetchone()[0]


def meeting_id(db, date: str) -> int:
    return one(db, "select id from meetings where date = ?", [date])


def person_id(db, name: str) -> int:
    return one(db, "select id from persons where name = ?", [name])


async def page(ds, path: str) -> lxml.html.HtmlElement:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:500])
    return lxml.html.fromstring(response.text)


def text(element) -> str:
    return " ".join(element.text_content().split())


def texts(tree, xpath: str) -> list[str]:
    return [text(e) for e in tree.xpath(xpath)]


async def test_meeting_page_header_attendance_items_and_decks(ds, database):
    tree = await page(ds, f"/minutes/meetings/{meeting_id(database, '2024-05-03')}")
    facts = "//dl[@class='facts meeting-header']"
    header = dict(zip(texts(tree, facts + "/dt"), texts(tree, facts + "/dd"), strict=True))
    assert header["Body"] == "Samverkansgrupp Nära vård"
    assert header["Organisation"] == "Region Västmanland"
    assert header["Date"] == "2024-05-03" and header["Time"] == "09:00–12:00"
    assert header["Place"] == "Sammanträdesrum Mälaren, Regionhuset, ingång 4"
    assert header["Source"] == f"{SAMPLE} p. 1"
    # the attendance in its groups, in the minutes' order
    assert texts(tree, "//h3[@class='group-heading']") == [
        "Decision makers (beslutande) (12)",
        "Substitutes not serving (ersättare) (5)",
        "Others present (övriga närvarande) (5)",
    ]
    rows = tree.xpath("//table[@data-group='decision_maker']/tbody/tr")
    cells = [texts(row, "td") for row in rows]
    assert cells[0] == ["Lina Eriksson", "L", "Region Västmanland", "ordförande", "", "p. 1"]
    assert cells[9] == ["Roger Ingvarsson", "S", "Skinnskatteberg", "", "ersätter Therese Emtin",
                        "p. 1"]  # fmt: skip
    others = tree.xpath("//table[@data-group='other_present']/tbody/tr")
    assert texts(others[0], "td")[:4] == ["Sara Fredin", "", "", "processledare"]
    # every name links to the person page, every row to its source page
    lina = rows[0].xpath("td[@class='name']/a/@href")
    assert lina == [f"/minutes/persons/{person_id(database, 'Lina Eriksson')}"]
    assert rows[0].xpath("td[@class='source']/a/@href") == [f"/corpus/{SAMPLE}#page=1"]
    assert rows[9].xpath("td[@class='replaces']/a/@href") == [
        f"/minutes/persons/{person_id(database, 'Therese Emtin')}"
    ]
    subs = [texts(row, "td") for row in tree.xpath("//table[contains(@class, 'substitutions')]"
                                                   "/tbody/tr")]  # fmt: skip
    assert [r[:4] for r in subs] == [["Roger Ingvarsson", "S", "Therese Emtin", "SD"],
                                     ["Denise Norström", "S", "Amanda Grönlund", "KD"]]  # fmt: skip
    # the items with their presenters, each linked to its page
    titles = texts(tree, "//li[@class='item']/h3/span[@class='title']")
    assert len(titles) == 11 and titles[2] == "Seniorhälsovårdsprogram"
    item = tree.xpath("//li[@class='item']")[2]
    assert text(item.xpath("p[@class='presenters']")[0]) == "Presented by Åsa Revenäs"
    assert item.xpath("p[@class='presenters']/a/@href") == [
        f"/minutes/persons/{person_id(database, 'Åsa Revenäs')}"
    ]
    assert item.xpath("h3/a[@class='source']/@href") == [f"/corpus/{SAMPLE}#page=1"]
    # the decks linked to the meeting
    decks = texts(tree, "//table[contains(@class, 'decks')]/tbody/tr/td[1]")
    assert decks == ["samverkansgrupp_nara_vard_presentation.pptx"]
    # the chart of the parties: one bar per party, S with 8 decision makers and 1 other
    bars = tree.xpath("//svg[@id='chart-parties']//g[@class='bar']")
    assert [b.get("data-label") for b in bars][:2] == ["S", "C"]
    assert bars[0].xpath("rect/title/text()") == ["S: decision makers 8", "S: others listed 1"]


async def test_meeting_page_shows_decisions(ds, database):
    tree = await page(ds, f"/minutes/meetings/{meeting_id(database, '2024-03-12')}")
    assert text(tree.xpath("//h1")[0]) == "Kommunstyrelsen, 2024-03-12"
    item = tree.xpath("//li[@class='item']")
    assert len(item) == 1
    assert text(item[0].xpath("h3")[0]).startswith("§ 12 Årsredovisning")
    assert texts(item[0], "div[@class='decisions']/ul/li") == [
        "Kommunstyrelsen beslutar att godkänna årsredovisningen för år 2023."
    ]
    assert texts(tree, "//table[@data-group='decision_maker']/tbody/tr/td[@class='name']") == [
        "Anna Andersson", "Cecilia Dahl", "Erik Nilsson"]  # fmt: skip
    assert "No deck is linked to this meeting." in text(tree)


async def test_every_meeting_id_leads_to_the_meeting_page(ds, database):
    """From meeting_overview, an attendee, an item or a substitution: one click."""
    target = f"/minutes/meetings/{meeting_id(database, '2024-05-03')}"
    for path in ["/minutes/meeting_overview", "/minutes/attendees?name=Lina+Eriksson",
                 "/minutes/agenda_items?title=Seniorhälsovårdsprogram",
                 "/minutes/substitutions?substitute=Roger+Ingvarsson",
                 "/minutes/decisions", "/minutes/deck_meetings"]:  # fmt: skip
        if path == "/minutes/decisions":
            target_here = f"/minutes/meetings/{meeting_id(database, '2024-03-12')}"
        else:
            target_here = target
        tree = await page(ds, path)
        links = tree.xpath(f"//td[contains(@class, 'col-meeting_id')]/a[@href='{target_here}']")
        assert links, path
    overview = await page(ds, "/minutes/meeting_overview")
    assert texts(overview, f"//td[contains(@class, 'col-meeting_id')]/a[@href='{target}']") == [
        "2024-05-03"
    ]


async def test_person_page_of_a_member_substituted_twice(ds, database):
    tree = await page(ds, f"/minutes/persons/{person_id(database, 'Fia Holm')}")
    assert text(tree.xpath("//h1")[0]) == "Fia Holm"
    rows = tree.xpath("//table[contains(@class, 'person-meetings')]/tbody/tr")
    assert [texts(r, "td")[:3] for r in rows] == [
        ["2024-03-12", "Kommunstyrelsen Sala kommun", "replaced"],
        ["2024-04-09", "Kommunstyrelsen Sala kommun", "replaced"],
    ]
    assert texts(rows[0], "td[@class='details']/div") == ["ersatt av Erik Nilsson"]
    assert rows[0].xpath("td[@class='date']/a/@href") == [
        f"/minutes/meetings/{meeting_id(database, '2024-03-12')}"
    ]
    assert text(tree.xpath("//dd[@class='counts']")[0]) == (
        "attended 0 · substituted 0 · replaced 2 · absent 0 · presented 0"
    )
    dots = tree.xpath("//svg[@id='chart-attendance']//circle[@class='event']")
    assert (
        len(dots) == 2 and dots[0].xpath("string(title)") == "2024-03-12 Kommunstyrelsen: replaced"
    )


async def test_person_page_of_a_substitute_and_of_a_presenter(ds, database):
    erik = await page(ds, f"/minutes/persons/{person_id(database, 'Erik Nilsson')}")
    rows = erik.xpath("//table[contains(@class, 'person-meetings')]/tbody/tr")
    assert [texts(r, "td")[2:5] for r in rows] == [
        ["attended, substituted", "Decision makers (beslutande)", "S"]] * 2  # fmt: skip
    assert texts(rows[1], "td[@class='details']/div") == ["ersätter Fia Holm"]
    assert rows[1].xpath("td[@class='source']/a/@href") == ["/corpus/ks/ks_2024-04-09.pdf#page=1"]
    assert texts(erik, "//dd[@class='parties']") == ["S"]
    memberships = [texts(r, "td") for r in erik.xpath("//table[contains(@class, 'memberships')]"
                                                      "/tbody/tr")]  # fmt: skip
    assert memberships == [["Kommunstyrelsen Sala kommun", "", "S", "decision_maker", "",
                            "2024-03-12", "2024-04-09", "2"]]  # fmt: skip
    assert len(erik.xpath("//svg[@id='chart-attendance']//circle[@class='event']")) == 4

    sara = await page(ds, f"/minutes/persons/{person_id(database, 'Sara Fredin')}")
    (row,) = sara.xpath("//table[contains(@class, 'person-meetings')]/tbody/tr")
    assert texts(row, "td")[2:4] == ["attended, presented", "Others present (övriga närvarande): "
                                     "processledare"]  # fmt: skip
    presented = texts(row, "td[@class='details']/div")
    assert presented == ["presented § 7 Gemensam primärvårdsplan",
                         "presented § 8 Gemensam målbild Nära vård Västmanland",
                         "presented § 9 Gemensam uppföljning"]  # fmt: skip
    assert texts(sara, "//span[@class='spelling']") == ["Sara Fredin"]


async def test_compare_page_draws_the_four_charts(ds, database):
    tree = await page(ds, "/compare")
    charts = {svg.get("id"): svg for svg in tree.xpath("//svg[@class='chart']")}
    assert set(charts) == {"chart-per-meeting", "chart-per-party", "chart-cross-party",
                           "chart-per-month"}  # fmt: skip

    def bars(name: str) -> list[tuple[str, str]]:
        return [(b.get("data-label"), b.get("data-total"))
                for b in charts[name].xpath(".//g[@class='bar']")]  # fmt: skip

    assert bars("chart-per-meeting") == [("2024-05-03 Samverkansgrupp Nära vård", "22"),
                                         ("2024-04-09 Kommunstyrelsen", "3"),
                                         ("2024-03-12 Kommunstyrelsen", "3")]  # fmt: skip
    assert charts["chart-per-meeting"].xpath(".//a/@href")[0] == (
        f"/minutes/meetings/{meeting_id(database, '2024-05-03')}"
    )
    assert dict(bars("chart-per-party"))["S"] == "12"  # 8 + 2 × 2 decision makers
    assert dict(bars("chart-per-party"))["SD"] == "3"  # Fia Holm twice, Therese Emtin
    assert bars("chart-cross-party") == [("S in place of SD", "3"), ("S in place of KD", "1")]
    assert bars("chart-per-month") == [("2024-03", "1"), ("2024-04", "1"), ("2024-05", "11")]


async def test_every_link_on_the_pages_answers(ds, database):
    paths = [
        f"/minutes/meetings/{meeting_id(database, '2024-05-03')}",
        f"/minutes/meetings/{meeting_id(database, '2024-03-12')}",
        f"/minutes/persons/{person_id(database, 'Erik Nilsson')}",
        f"/minutes/persons/{person_id(database, 'Sara Fredin')}",
        "/compare",
    ]
    seen: set[str] = set()
    for path in paths:
        tree = await page(ds, path)
        for href in tree.xpath("//a/@href"):
            url = urlsplit(href)
            if url.scheme or url.netloc or not url.path or url.path in seen:
                continue
            seen.add(url.path)
            target = url.path + (f"?{url.query}" if url.query else "")
            response = await ds.client.get(target)
            assert response.status_code == 200, (path, href)
    assert len(seen) > 40


async def test_unknown_rows_stay_not_found(ds):
    for path in ["/minutes/meetings/999999", "/minutes/persons/1", "/minutes/meetings/x"]:
        assert (await ds.client.get(path)).status_code == 404, path


async def test_text_from_the_database_is_escaped(database, db_path, corpus):
    meeting = meeting_id(database, "2024-03-12")
    database["meetings"].update(meeting, {"location": TRICKY})
    erik = person_id(database, "Erik Nilsson")
    database["attendees"].insert(
        {"meeting_id": meeting, "document_id": one(database, "select document_id from meetings "
         "where id = ?", [meeting]), "person_id": erik, "position": 99, "name": TRICKY,
         "group": "other_present", "roles": '["<b>x</b>"]',
         "source_url": "javascript:alert(1)"}
    )  # fmt: skip
    database.close()
    ds = datasette(db_path, corpus)
    await ds.invoke_startup()
    for path in [f"/minutes/meetings/{meeting}", f"/minutes/persons/{erik}"]:
        html = (await ds.client.get(path)).text
        assert TRICKY not in html and "<b>x</b>" not in html, path
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Åsa &amp; Östen &#39;Ö&#39;" in html
        assert "javascript:" not in html, path  # only corpus links are links


async def test_tables_read(ds, database):
    """Column descriptions folded away, internal tables hidden, where to start first,
    meetings and persons titled by date and name with a link to their page."""
    attendees = await page(ds, "/minutes/attendees")
    (folded,) = attendees.xpath("//details[@class='column-descriptions-folded']")
    assert folded.get("open") is None
    assert text(folded.xpath("summary")[0]) == "What the columns hold (16)"
    assert attendees.xpath("//dl[@class='column-descriptions']/dt[1]/text()") == ["meeting_id"]
    assert len(attendees.xpath("//dl[@class='column-descriptions']")) == 1  # not twice

    columns = attendees.xpath("//table[@class='rows-and-columns']/thead/tr/th/@data-column")
    assert columns[:9] == ["id", "name", "party", "organisation", "group", "roles", "replaces",
                           "meeting_id", "source_url"]  # fmt: skip
    assert set(columns[-6:]) == {"source_file", "page", "document_id", "corrected", "person_id",
                                 "replaces_person_id"}  # fmt: skip
    lina = attendees.xpath("//tr[td[@class='col-name type-str']/a[text()='Lina Eriksson']]")[0]
    assert lina.xpath("td[@class='col-name type-str']/a/@href") == [
        f"/minutes/persons/{person_id(database, 'Lina Eriksson')}"
    ]
    assert lina.xpath("string(td[@class='col-roles type-str'])") == "ordförande"  # not JSON
    raw = await ds.client.get("/minutes/attendees.json?name=Lina+Eriksson&_shape=array")
    assert raw.json()[0]["roles"] == '["ordförande"]'  # JSON keeps the JSON text

    home = await page(ds, "/minutes")
    tables = home.xpath("//h3/a/text()")
    assert {"person_resolution", "deck_dates", "derived_state"}.isdisjoint(tables)
    assert {"attendees", "meetings", "persons"} <= set(tables)
    start = home.xpath("//ul[@class='start-here']//a/@href")
    assert start[:4] == ["/minutes/meeting_overview", "/search", "/compare", "/minutes/persons"]
    assert "/minutes/person_meetings" in start
    for href in start:
        assert (await ds.client.get(href)).status_code == 200, href

    persons = await page(ds, "/minutes/persons?name=Erik+Nilsson")
    assert persons.xpath("//td[contains(@class, 'col-name')]/a/@href") == [
        f"/minutes/persons/{person_id(database, 'Erik Nilsson')}"
    ]
    meetings = await page(ds, "/minutes/meetings?date=2024-03-12")
    assert meetings.xpath("//td[contains(@class, 'col-date')]/a/@href") == [
        f"/minutes/meetings/{meeting_id(database, '2024-03-12')}"
    ]


def test_links_in_descriptions_follow_the_database_name():
    from pipeline.publish.serve import metadata

    served = metadata("protokoll 2024")
    html = served["databases"]["protokoll 2024"]["description_html"]
    assert 'href="/protokoll%202024/meeting_overview"' in html and "/minutes/" not in html
    assert 'href="/minutes/meeting_overview"' in metadata("minutes")["description_html"]


async def test_search_finds_people_items_decisions_and_slides(ds, database):
    tree = await page(ds, "/search?q=årsredovisning*")
    rows = tree.xpath("//table[contains(@class, 'results-decisions')]/tbody/tr")
    assert len(rows) == 2  # the two Kommunstyrelsen meetings
    assert texts(rows[0], "td")[1] == "§ 12 Årsredovisning"
    assert rows[0].xpath("td[@class='snippet']/mark/text()") == ["årsredovisningen"]
    dates = {r.xpath("string(td[@class='meeting']/a)") for r in rows}
    assert dates == {"2024-03-12", "2024-04-09"}
    items = tree.xpath("//table[contains(@class, 'results-items')]/tbody/tr")
    assert {texts(r, "td")[1] for r in items} == {"§ 12 Årsredovisning"}

    slides = await page(ds, "/search?q=primärvårdsplanen")
    hits = slides.xpath("//table[contains(@class, 'results-slides')]/tbody/tr")
    assert hits and all(texts(r, "td")[1] == "2024-05-03 Samverkansgrupp Nära vård" for r in hits)
    assert hits[0].xpath("td[@class='snippet']/mark/text()") == ["primärvårdsplanen"]
    none = await page(ds, "/search?q=primarvardsplanen")  # å/ä/ö are not folded
    assert none.xpath("//table[contains(@class, 'results-slides')]") == []

    people = await page(ds, "/search?q=NILSSON")  # part of a name, any case
    assert texts(people, "//table[contains(@class, 'results-people')]//td[@class='name']") == [
        "Erik Nilsson"
    ]
    lower = await page(ds, "/search?q=åsa")  # å in lower case finds Åsa
    assert texts(lower, "//table[contains(@class, 'results-people')]//td[@class='name']") == [
        "Åsa Revenäs"
    ]


async def test_search_takes_any_text(ds):
    for q in ['"', "(", "AND", "x OR", "NEAR(", "*", "<b>x</b>"]:
        response = await ds.client.get("/search", params={"q": q})
        assert response.status_code == 200, q
        assert "<b>x</b>" not in response.text
    assert (await ds.client.get("/search")).status_code == 200


async def test_canned_queries_match_part_of_a_name_and_carry_the_decks_meeting(ds):
    rows = (await ds.client.get("/minutes/person_meetings.json?person=nilsson&_shape=array")).json()
    assert [(r["person"], r["date"]) for r in rows] == [
        ("Erik Nilsson", "2024-03-12"), ("Erik Nilsson", "2024-04-09")]  # fmt: skip
    empty = (await ds.client.get("/minutes/person_meetings.json?person=&_shape=array")).json()
    assert empty == []
    hits = (
        await ds.client.get("/minutes/deck_search.json?q=primärvårdsplanen&_shape=array")
    ).json()
    assert hits and {(h["meeting_date"], h["meeting_body"]) for h in hits} == {
        ("2024-05-03", "Samverkansgrupp Nära vård")
    }
