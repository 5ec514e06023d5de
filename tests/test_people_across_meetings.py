"""People across meetings: six generated minutes of one body over two years, ingested for
real, resolved into persons and memberships, asked through Datasette's canned queries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from builders import MinutesLayout, minutes_pdf
from commands import run
from pipeline.publish.serve import datasette

BODY = "Samverkansgrupp Nära vård"
LINA = "Lina Eriksson (L) (Ordförande), Region Västmanland"
KARIN, ANNA = "Karin Svensson (S), Köping", "Anna Svensson (S), Sala"
THERESE = "Therese Emtin (SD), Skinnskatteberg"
YVONNE = "Yvonne Blucher Svensson (V), Norberg"
ANITA = "Anita Lilja-Stenholm (C), Fagersta"
ERIK_S, ERIK_M = "Erik Larsson (S), Västerås", "Erik Larsson (M), Hallstahammar"
OTHERS = ["Sara Fredin (processledare)", "Eva Wilhelmsson (mötessekreterare)"]

# date → (decision makers, substitutes not serving, presenters of items 1, 2, …)
SERIES = {
    "2023-02-10": (
        [LINA, KARIN, ANNA, "Cecilia Dahl (M), Arboga", THERESE, YVONNE, ANITA, ERIK_S,
         "Johan Berg (S), Surahammar"],
        ["Vivianne Holm (MP), Västerås", "Erika Larsson (V), Köping"],
        ["Paulo Sandbom", "Sara Fredin", "Maria Gill"],
    ),
    "2023-05-12": (
        [LINA, KARIN, ANNA, "Cecilia Dahl (M), Arboga",
         "Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg", YVONNE,
         "Anita Lilja Stenholm (C), Fagersta", ERIK_S, "Johan Berg (S), Surahammar"],
        ["Erika Larsson (V), Köping"],
        ["Paolo Sandbom", "Sara Fredin"],
    ),
    "2023-09-15": (
        [LINA, KARIN, ANNA, "Cecilia Dahl (M), Arboga", THERESE,
         "Denise Norström (S) ersätter Amanda Grönlund (KD), Kungsör", YVONNE, ANITA, ERIK_M,
         "Johan Berg (S), Surahammar"],
        ["Vivanne Holm (MP), Västerås"],
        ["Sara Fredin"],
    ),
    "2024-02-09": (
        [LINA, KARIN, ANNA, "Cecilia Dahl (L), Arboga", THERESE, "Yvonne Svensson (V), Norberg",
         "Anita Lilja-stenholm (C), Fagersta", ERIK_M, "Johan Berg (S), Kungsör"],
        [],
        ["Paolo Sandbom"],
    ),
    "2024-05-03": (
        [LINA, KARIN, ANNA, "Cecilia Dahl (L), Arboga",
         "Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg", YVONNE, ANITA,
         ERIK_M, "Johan Berg (S), Kungsör"],
        [],
        ["Mia Gill", "Sara Fredin"],
    ),
    "2024-09-20": (
        [LINA, KARIN, "Cecilia Dahl (L), Arboga", THERESE,
         "Bo Ek (KD) ersätter Amanda Grönlund (KD), Kungsör", YVONNE, ANITA, ERIK_M,
         "Johan Berg (S), Kungsör"],
        [],
        ["Sara Fredin"],
    ),
}  # fmt: skip
TOPICS = ["Förebyggandeenheten", "Gemensam primärvårdsplan", "Dokumenterad överenskommelse"]

PEOPLE = [
    "Amanda Grönlund", "Anita Lilja-Stenholm", "Anna Svensson", "Bo Ek", "Cecilia Dahl",
    "Denise Norström", "Erik Larsson", "Erik Larsson", "Erika Larsson", "Eva Wilhelmsson",
    "Johan Berg", "Karin Svensson", "Lina Eriksson", "Maria Gill", "Mia Gill", "Paolo Sandbom",
    "Roger Ingvarsson", "Sara Fredin", "Therese Emtin", "Vivianne Holm",
    "Yvonne Blucher Svensson",
]  # fmt: skip


def write_series(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for date, (deciders, substitutes, presenters) in SERIES.items():
        rows = [
            ("Mötesdatum", [date]),
            ("Plats och tid", ["Regionhuset, kl. 09:00-12:00"]),
            ("Beslutande ledamöter", deciders),
            ("Ej tjänstgörande ersättare", substitutes),
            ("Övriga närvarande", OTHERS),
        ]
        items = [
            (f"{n} {TOPICS[n - 1]}", [f"{who} informerar om läget i arbetet och vägen framåt."])
            for n, who in enumerate(presenters, start=1)
        ]
        layout = MinutesLayout(
            header=["Region Västmanland", BODY],
            title="MINNESANTECKNINGAR",
            rows=[(label, values) for label, values in rows if values],
            items=items,
        )
        minutes_pdf(root / f"{date}_minnesanteckningar.pdf", layout)
    return root


@pytest.fixture(scope="module")
def series(tmp_path_factory) -> tuple[Path, Path]:
    """The corpus and the database after one ingest (shared: tests must not write)."""
    base = tmp_path_factory.mktemp("series")
    corpus = write_series(base / "corpus")
    db_path = base / "minutes.db"
    summary = run(corpus, db_path)
    assert (summary.new, summary.failed, summary.warnings) == (6, 0, [])
    return corpus, db_path


@pytest.fixture
def own_series(series, tmp_path) -> tuple[Path, Path]:
    """A copy of the series a test may change."""
    corpus, db_path = series
    shutil.copytree(corpus, tmp_path / "corpus")
    shutil.copy(db_path, tmp_path / "minutes.db")
    return tmp_path / "corpus", tmp_path / "minutes.db"


def names(db_path: Path) -> list[str]:
    db = sqlite_utils.Database(db_path)
    return sorted(r["name"] for r in db.query("select name from persons"))


async def query(corpus: Path, db_path: Path, path: str) -> list[dict]:
    ds = datasette(db_path, corpus)
    await ds.invoke_startup()
    response = await ds.client.get(f"/{db_path.stem}/{path}")
    assert response.status_code == 200, response.text
    return response.json()


# -- resolution ---------------------------------------------------------------------


def test_each_real_person_is_one_row(series):
    _, db_path = series
    assert names(db_path) == PEOPLE


def test_every_mention_links_to_a_person(series):
    db = sqlite_utils.Database(series[1])
    for table, column, name in [
        ("attendees", "person_id", "name"),
        ("attendees", "replaces_person_id", "replaces"),
        ("substitutions", "substitute_person_id", "substitute"),
        ("substitutions", "replaced_person_id", "replaced"),
        ("presenters", "person_id", "name"),
    ]:
        total = db[table].count_where(f"[{name}] is not null")
        assert total > 0, table
        assert db[table].count_where(f"[{name}] is not null and [{column}] is null") == 0, column
    assert db["presenters"].count == 10


def test_the_reason_for_each_merged_spelling_is_stored(series):
    db = sqlite_utils.Database(series[1])
    rows = db.query(
        "select n.name, n.method, n.rule, n.score, n.matched_name, n.evidence, p.name as person"
        " from person_names n join persons p on p.id = n.person_id where n.name != p.name"
    )
    merged = {r["name"]: r for r in rows}
    assert set(merged) == {"Paulo Sandbom", "Vivanne Holm", "Yvonne Svensson"}
    paulo = merged["Paulo Sandbom"]
    assert (paulo["person"], paulo["method"], paulo["rule"], paulo["matched_name"]) == (
        "Paolo Sandbom", "fuzzy", "one letter differs", "Paolo Sandbom")  # fmt: skip
    assert 90 <= paulo["score"] < 100
    assert paulo["evidence"] == f"body {BODY} (Region Västmanland); 91 days apart"
    yvonne = merged["Yvonne Svensson"]
    assert yvonne["rule"] == "middle name or surname part added"
    assert yvonne["evidence"].startswith("party V; organisation Norberg; body " + BODY)
    # case, space and hyphen variants are one spelling, matched exactly
    anita = list(db.query("select * from person_names where name_key = 'anita lilja stenholm'"))
    assert [(a["name"], a["method"], a["mentions"]) for a in anita] == [
        ("Anita Lilja-Stenholm", "exact", 6)
    ]


def test_memberships_follow_a_party_change(series):
    db = sqlite_utils.Database(series[1])
    rows = db.query(
        "select party, organisation, body, body_organisation, [group], role, first_date,"
        " last_date, meetings from memberships where person = 'Cecilia Dahl' order by first_date"
    )
    assert [tuple(r.values()) for r in rows] == [
        ("M", "Arboga", BODY, "Region Västmanland", "decision_maker", None, "2023-02-10",
         "2023-09-15", 3),
        ("L", "Arboga", BODY, "Region Västmanland", "decision_maker", None, "2024-02-09",
         "2024-09-20", 3),
    ]  # fmt: skip
    chair = db.query("select role, meetings from memberships where person = 'Lina Eriksson'")
    assert list(chair) == [{"role": "ordförande", "meetings": 6}]
    amanda = db.query("select [group], party, meetings from memberships where person = ?",
                      ["Amanda Grönlund"])  # fmt: skip
    assert list(amanda) == [{"group": "absent", "party": "KD", "meetings": 2}]


def test_two_people_with_one_name_keep_their_own_meetings(series):
    db = sqlite_utils.Database(series[1])
    rows = db.query(
        "select p.parties, p.organisations, p.first_date, p.last_date, p.meetings"
        " from persons p where name = 'Erik Larsson' order by first_date"
    )
    assert [tuple(r.values()) for r in rows] == [
        ("S", "Västerås", "2023-02-10", "2023-05-12", 2),
        ("M", "Hallstahammar", "2023-09-15", "2024-09-20", 4),
    ]


# -- what researchers ask -------------------------------------------------------------


async def test_attendance_rate(series):
    rows = await query(*series, "attendance_rate.json?_shape=array&_size=max")
    got = {(r["person"], r["year"]): (r["meetings_attended"], r["meetings_held"],
                                      r["attendance_rate"]) for r in rows}  # fmt: skip
    full, two, one, none = (3, 3, 1.0), (2, 3, 0.67), (1, 3, 0.33), (0, 3, 0.0)
    expected = {
        **{(who, year): full for year in ("2023", "2024") for who in (
            "Lina Eriksson", "Karin Svensson", "Cecilia Dahl", "Yvonne Blucher Svensson",
            "Anita Lilja-Stenholm", "Johan Berg")},
        ("Anna Svensson", "2023"): full, ("Anna Svensson", "2024"): two,
        ("Therese Emtin", "2023"): two, ("Therese Emtin", "2024"): two,
        ("Roger Ingvarsson", "2023"): one, ("Roger Ingvarsson", "2024"): one,
        ("Amanda Grönlund", "2023"): none, ("Amanda Grönlund", "2024"): none,
        ("Denise Norström", "2023"): one, ("Bo Ek", "2024"): one,
        ("Erik Larsson", "2023"): one, ("Erik Larsson", "2024"): full,
    }  # fmt: skip
    # two Erik Larssons: 2023 holds both (S: 2 of 3, M: 1 of 3)
    erik_2023 = sorted(r["meetings_attended"] for r in rows if r["person"] == "Erik Larsson"
                       and r["year"] == "2023")  # fmt: skip
    assert erik_2023 == [1, 2]
    assert len(rows) == len(expected) + 1
    assert {k: v for k, v in got.items() if k != ("Erik Larsson", "2023")} == {
        k: v for k, v in expected.items() if k != ("Erik Larsson", "2023")
    }
    assert {r["body"] for r in rows} == {BODY}


async def test_substituted_members(series):
    rows = await query(*series, "substituted_members.json?_shape=array")
    assert [(r["member"], r["times_substituted"], r["substituted_by"]) for r in rows] == [
        ("Amanda Grönlund", 2, "Bo Ek (1), Denise Norström (1)"),
        ("Therese Emtin", 2, "Roger Ingvarsson (2)"),
    ]


async def test_cross_party_substitutions(series):
    rows = await query(*series, "cross_party_substitutions.json?_shape=array")
    assert [(r["date"], r["substitute"], r["substitute_party"], r["replaced"],
             r["replaced_party"]) for r in rows] == [
        ("2023-05-12", "Roger Ingvarsson", "S", "Therese Emtin", "SD"),
        ("2023-09-15", "Denise Norström", "S", "Amanda Grönlund", "KD"),
        ("2024-05-03", "Roger Ingvarsson", "S", "Therese Emtin", "SD"),
    ]  # fmt: skip
    assert rows[0]["source_url"] == "/corpus/2023-05-12_minnesanteckningar.pdf#page=1"


async def test_top_presenters(series):
    rows = await query(*series, "top_presenters.json?_shape=array")
    assert [(r["person"], r["items_presented"], r["meetings"], r["first_date"], r["last_date"])
            for r in rows] == [
        ("Sara Fredin", 5, 5, "2023-02-10", "2024-09-20"),
        ("Paolo Sandbom", 3, 3, "2023-02-10", "2024-02-09"),
        ("Maria Gill", 1, 1, "2023-02-10", "2023-02-10"),
        ("Mia Gill", 1, 1, "2024-05-03", "2024-05-03"),
    ]  # fmt: skip


async def test_a_persons_meetings_by_any_spelling_or_id(series):
    rows = await query(*series, "person_meetings.json?person=Paulo+Sandbom&_shape=array")
    assert [(r["date"], r["name_as_printed"], r["role_in_meeting"], r["detail"]) for r in rows] == [
        ("2023-02-10", "Paulo Sandbom", "presenter", "§ 1 Förebyggandeenheten"),
        ("2023-05-12", "Paolo Sandbom", "presenter", "§ 1 Förebyggandeenheten"),
        ("2024-02-09", "Paolo Sandbom", "presenter", "§ 1 Förebyggandeenheten"),
    ]  # fmt: skip
    therese = await query(*series, "person_meetings.json?person=Therese+Emtin&_shape=array")
    assert [(r["date"], r["group"], r["party"], r["detail"]) for r in therese] == [
        ("2023-02-10", "decision_maker", "SD", None),
        ("2023-05-12", "absent", "SD", "ersatt av Roger Ingvarsson"),
        ("2023-09-15", "decision_maker", "SD", None),
        ("2024-02-09", "decision_maker", "SD", None),
        ("2024-05-03", "absent", "SD", "ersatt av Roger Ingvarsson"),
        ("2024-09-20", "decision_maker", "SD", None),
    ]
    assert therese[1]["source_url"] == "/corpus/2023-05-12_minnesanteckningar.pdf#page=1"
    person_id = therese[0]["person_id"]
    by_id = await query(*series, f"person_meetings.json?person={person_id}&_shape=array")
    assert by_id == therese
    cecilia = await query(*series, "person_meetings.json?person=Cecilia+Dahl&_shape=array")
    assert [r["party"] for r in cecilia] == ["M", "M", "M", "L", "L", "L"]
    assert all(r["roles"] == "[]" for r in cecilia)


async def test_persons_and_memberships_are_published_with_facets(series):
    for table, facet in [("persons", "parties"), ("memberships", "party"),
                         ("person_names", "method")]:  # fmt: skip
        data = await query(*series, f"{table}.json")
        assert facet in data["facet_results"], table
    methods = await query(*series, "person_names.json?method=fuzzy&_shape=array")
    assert {r["name"] for r in methods} == {"Paulo Sandbom", "Vivanne Holm", "Yvonne Svensson"}


# -- people.yml -----------------------------------------------------------------------


def test_people_file_splits_a_wrong_merge_and_joins_a_missed_one(own_series):
    corpus, db_path = own_series
    (corpus / "people.yml").write_text(
        "# Johan Berg of Surahammar and Johan Berg of Kungsör are two people\n"
        "not_same:\n  - [Johan Berg (Surahammar), Johan Berg (Kungsör)]\n", "utf-8")  # fmt: skip
    summary = run(corpus, db_path)
    assert (summary.new, summary.changed, summary.unchanged) == (0, 0, 6)
    assert summary.warnings == [] and summary.persons == len(PEOPLE) + 1
    db = sqlite_utils.Database(db_path)
    johans = db.query("select organisations, first_date, last_date from persons"
                      " where name = 'Johan Berg' order by first_date")  # fmt: skip
    assert [tuple(r.values()) for r in johans] == [
        ("Surahammar", "2023-02-10", "2023-09-15"),
        ("Kungsör", "2024-02-09", "2024-09-20"),
    ]
    (corpus / "people.yml").write_text(
        "same:\n  - [Maria Gill, Mia Gill]\n"
        "not_same:\n  - [Johan Berg (Surahammar), Johan Berg (S, Kungsör)]\n", "utf-8")  # fmt: skip
    summary = run(corpus, db_path)
    assert summary.persons == len(PEOPLE)
    assert names(db_path).count("Johan Berg") == 2 and "Mia Gill" not in names(db_path)
    gill = list(db.query("select name, method, rule, evidence from person_names"
                         " where name = 'Mia Gill'"))  # fmt: skip
    assert gill == [{"name": "Mia Gill", "method": "override", "rule": "people.yml same",
                     "evidence": "people.yml same: Maria Gill, Mia Gill"}]  # fmt: skip
    # nothing changed: no second resolution
    assert run(corpus, db_path).persons is None
    # the file removed: back to the rules alone
    (corpus / "people.yml").unlink()
    assert run(corpus, db_path).persons == len(PEOPLE)
    assert names(db_path) == PEOPLE


def test_a_bad_people_file_is_reported_and_the_ingest_goes_on(own_series):
    corpus, db_path = own_series
    (corpus / "people.yml").write_text("same:\n  - [Maria Gill, Mia Gill\n", "utf-8")
    extra = corpus / "2025-01-10_minnesanteckningar.pdf"
    # other bytes (a copy would be no new document): a possible duplicate of the original
    extra.write_bytes((corpus / "2024-09-20_minnesanteckningar.pdf").read_bytes() + b"\n%\n")
    summary = run(corpus, db_path)
    assert summary.new == 1 and summary.failed == 0
    assert len(summary.warnings) == 1
    assert summary.warnings[0][0] == "people.yml"
    assert summary.warnings[0][1].startswith("not valid YAML at line 3")
    assert names(db_path) == PEOPLE  # resolved, without the file
    db = sqlite_utils.Database(db_path)
    assert db["documents"].count == 7  # people.yml is not a document
    # the superseded version's rows stay, out of the views and of person resolution
    unresolved = db.execute(
        "select count(*) from attendees a join documents d on d.id = a.document_id "
        "where d.status = 'current' and a.person_id is null"
    ).fetchone()[0]
    assert unresolved == 0


def test_resolution_does_not_depend_on_ingest_order(series, tmp_path):
    """Ingesting the meetings one by one, newest first, gives the same persons."""
    corpus, db_path = series
    step = tmp_path / "corpus"
    step.mkdir()
    for pdf in sorted(corpus.glob("*.pdf"), reverse=True):
        shutil.copy(pdf, step / pdf.name)
        run(step, tmp_path / "step.db")

    def content(path):
        db = sqlite_utils.Database(path)
        persons = sorted(tuple(r.values()) for r in db.query("select * from persons"))
        links = sorted(
            (r["source_file"], r["name"], r["person_id"])
            for r in db.query("select * from attendees")
        )
        return persons, links

    assert content(tmp_path / "step.db") == content(db_path)


def test_a_database_from_before_person_resolution_is_brought_up_to_date(own_series):
    """The old schema: persons(id, name_key unique, name), no presenters or memberships."""
    import sqlite3

    corpus, db_path = own_series
    conn = sqlite3.connect(db_path)
    views = ["attendance_rate", "substituted_members", "cross_party_substitutions",
             "top_presenters"]  # fmt: skip
    for view in views:
        conn.execute(f"drop view {view}")
    for table in ["person_names", "memberships", "presenters", "person_resolution"]:
        conn.execute(f"drop table {table}")
    conn.execute("update attendees set person_id = null, replaces_person_id = null")
    conn.execute("update substitutions set substitute_person_id = null, replaced_person_id = null")
    conn.execute("drop table persons")
    conn.execute("create table persons (id integer primary key, name_key text, name text)")
    conn.execute("create unique index idx_persons_name_key on persons (name_key)")
    conn.execute("insert into persons values (1, 'erik larsson', 'Erik Larsson')")
    conn.execute("drop table _migrations")  # written before migrations were recorded
    conn.commit()
    conn.close()
    summary = run(corpus, db_path)
    assert (summary.unchanged, summary.persons) == (6, len(PEOPLE))
    assert names(db_path) == PEOPLE  # two Erik Larssons despite the old unique index
    db = sqlite_utils.Database(db_path)
    assert db["presenters"].count == 10 and db["presenters"].count_where("person_id is null") == 0
    assert set(views) <= set(db.view_names())


def test_the_command_reports_a_bad_people_file_in_one_line(own_series):
    from commands import minutes

    corpus, db_path = own_series
    (corpus / "people.yml").write_text("same: Paolo Sandbom\n", "utf-8")
    done = minutes("ingest", str(corpus), "--db", str(db_path), "--workers", "1")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: people.yml: 'same' must be a list of [name, name, …] entries "
        "(ignored: persons resolved without it)"
    ]
    assert "unchanged 6" in done.stdout
