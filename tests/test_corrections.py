"""Corrections files: applied at ingest, recorded, surviving re-ingest, stale ones reported."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from commands import minutes, run
from pipeline.review.corrections import CorrectionsError, apply, load

RECORD = {
    "meeting": {
        "body": "Kommunstyrelsen", "organisation": "Sala kommun", "date": "2024-03-12",
        "start_time": None, "end_time": None, "location": None,
    },
    "attendees": [
        {"name": "Anna Ek", "party": "S", "organisation": None, "group": "decision_maker",
         "roles": ["ordförande"], "replaces": None},
        {"name": "Paolo Sandbom", "party": "S", "organisation": None, "group": "decision_maker",
         "roles": [], "replaces": "Bo Berg"},
        {"name": "Cia Lund", "party": "C", "organisation": None, "group": "decision_maker",
         "roles": [], "replaces": None},
    ],
    "substitutions": [
        {"substitute": "Paolo Sandbom", "substitute_party": "S", "replaced": "Bo Berg",
         "replaced_party": "M", "organisation": None},
    ],
    "agenda_items": [
        {"number": "3", "title": "Årsredovisnig", "presenters": [], "decisions": [], "page": 2},
    ],
}  # fmt: skip
PAGES = {"Anna Ek": 1, "Paolo Sandbom": 1, "Cia Lund": 2}


def corrections_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.pdf.yml"
    path.write_text(text, "utf-8")
    return path


def apply_text(tmp_path: Path, text: str):
    path = corrections_file(tmp_path, text)
    return apply(RECORD, PAGES, load(path), path)


def test_a_renamed_attendee_renames_the_substitution_and_keeps_its_page(tmp_path):
    out = apply_text(tmp_path, "attendees:\n  change:\n    paolo  sandbom: {name: Paulo Sandbom}\n")
    names = [a["name"] for a in out.record["attendees"]]
    assert names == ["Anna Ek", "Paulo Sandbom", "Cia Lund"]
    assert out.record["substitutions"][0]["substitute"] == "Paulo Sandbom"
    assert out.locations["Paulo Sandbom"] == 1 and "Paolo Sandbom" not in out.locations
    assert out.rows == {"attendees": {1}, "substitutions": {0}}
    (correction,) = out.corrections
    assert correction.extracted["name"] == "Paolo Sandbom"
    assert correction.corrected["name"] == "Paulo Sandbom"
    assert RECORD["attendees"][1]["name"] == "Paolo Sandbom"  # the input is untouched


def test_remove_change_and_add_in_that_order(tmp_path):
    out = apply_text(
        tmp_path,
        """
attendees:
  remove: [Anna Ek]
  change:
    Cia Lund: {party: MP, roles: [justerare]}
  add:
    - {name: Dan Ström, party: KD, group: substitute_not_serving}
agenda_items:
  change:
    3: {title: Årsredovisning}
meeting:
  start_time: 13:15
  date: 2024-03-13
""",
    )
    attendees = out.record["attendees"]
    assert [a["name"] for a in attendees] == ["Paolo Sandbom", "Cia Lund", "Dan Ström"]
    assert (attendees[1]["party"], attendees[1]["roles"]) == ("MP", ["justerare"])
    assert attendees[2]["group"] == "substitute_not_serving" and attendees[2]["roles"] == []
    assert out.rows["attendees"] == {1, 2}
    assert out.record["agenda_items"][0]["title"] == "Årsredovisning"
    assert out.record["meeting"]["start_time"] == "13:15"
    assert out.record["meeting"]["date"] == "2024-03-13"
    assert "Anna Ek" not in out.locations
    assert out.stale == []


def test_removing_a_substitute_removes_the_substitution(tmp_path):
    out = apply_text(tmp_path, "attendees:\n  remove: [Paolo Sandbom]\n")
    assert out.record["substitutions"] == []


def test_setting_replaces_adds_a_substitution(tmp_path):
    out = apply_text(tmp_path, "attendees:\n  change:\n    Cia Lund: {replaces: Eva Berg}\n")
    assert out.record["substitutions"][-1] == {
        "substitute": "Cia Lund", "substitute_party": "C", "replaced": "Eva Berg",
        "replaced_party": None, "organisation": None,
    }  # fmt: skip
    assert out.rows["substitutions"] == {1}


def test_a_corrected_substitution_updates_the_attendee(tmp_path):
    text = "substitutions:\n  change:\n    Paolo Sandbom: {replaced: Bo Bergh}\n"
    out = apply_text(tmp_path, text)
    assert out.record["attendees"][1]["replaces"] == "Bo Bergh"
    assert out.rows == {"substitutions": {0}, "attendees": {1}}


def test_corrections_that_no_longer_match_are_stale_not_dropped(tmp_path):
    out = apply_text(
        tmp_path,
        """
attendees:
  change:
    Nils Holgersson: {party: S}
  remove: [Selma Lagerlöf]
  add:
    - {name: Anna Ek, party: S, group: decision_maker}
agenda_items:
  change:
    "9": {title: Övrigt}
""",
    )
    assert [c.describe() for c in out.stale] == [
        "attendees remove 'Selma Lagerlöf': no attendee 'Selma Lagerlöf' in the document",
        "attendees change 'Nils Holgersson': no attendee 'Nils Holgersson' in the document",
        "attendees add 'Anna Ek': attendee 'Anna Ek' is already in the document",
        "agenda_items change '9': no agenda item '9' in the document",
    ]
    assert out.record["attendees"] == RECORD["attendees"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("attendees:\n  change: [\n", "not valid YAML at line 3"),
        ("people:\n  add: []\n", "unknown section 'people'"),
        ("attendees:\n  rename: {}\n", "attendees takes only add, remove and change"),
        ("attendees:\n  remove: Anna Ek\n", "attendees.remove must be a list"),
        ("attendees:\n  change:\n    Anna Ek: {group: boss}\n", "attendees 'Anna Ek': group:"),
        ("attendees:\n  add:\n    - {party: S}\n", "attendees add: name: Field required"),
        ("attendees:\n  change:\n    Anna Ek: {shoe: 42}\n", "shoe: Extra inputs are not"),
    ],
)
def test_a_bad_corrections_file_is_one_clear_line(tmp_path, text, reason):
    path = corrections_file(tmp_path, text)
    with pytest.raises(CorrectionsError) as caught:
        apply(RECORD, PAGES, load(path), path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


# -- at ingest -------------------------------------------------------------------


@pytest.fixture
def one_meeting(tmp_path, sample_pdf) -> Path:
    root = tmp_path / "corpus"
    (root / "corrections").mkdir(parents=True)
    shutil.copy(sample_pdf, root / sample_pdf.name)
    return root


def write_corrections(root: Path, text: str) -> Path:
    path = root / "corrections" / f"{next(root.glob('*.pdf')).name}.yml"
    path.write_text(text, "utf-8")
    return path


def rows(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as db:
        return db.execute(sql).fetchall()


def test_a_correction_changes_the_stored_attendee_and_survives_reingest(one_meeting, db_path):
    write_corrections(
        one_meeting,
        "attendees:\n  change:\n    Annica Lindholm: {party: MP, organisation: Sala}\n",
    )
    assert run(one_meeting, db_path).new == 1
    attendee = "select party, organisation, corrected, page from attendees where name = "
    assert rows(db_path, attendee + "'Annica Lindholm'") == [("MP", "Sala", 1, 1)]
    assert rows(db_path, "select count(*) from attendees where corrected = 1") == [(1,)]
    ((extracted, corrected, status),) = rows(
        db_path, "select extracted, corrected, status from corrections"
    )
    assert json.loads(extracted)["party"] == "V" and json.loads(corrected)["party"] == "MP"
    assert status == "applied"

    again = run(one_meeting, db_path)
    assert (again.unchanged, again.changed, again.new) == (1, 0, 0)
    assert rows(db_path, attendee + "'Annica Lindholm'") == [("MP", "Sala", 1, 1)]


def test_a_changed_corrections_file_restores_the_document(one_meeting, db_path):
    path = write_corrections(one_meeting, "attendees:\n  remove: [Annica Lindholm]\n")
    run(one_meeting, db_path)
    assert rows(db_path, "select count(*) from attendees") == [(21,)]
    path.unlink()
    assert run(one_meeting, db_path).changed == 1  # removing the file undoes it
    assert rows(db_path, "select count(*) from attendees where name = 'Annica Lindholm'") == [(1,)]
    assert rows(db_path, "select count(*) from corrections") == [(0,)]


def test_a_stale_correction_is_reported_and_recorded(one_meeting, db_path):
    write_corrections(one_meeting, "attendees:\n  change:\n    Nils Holgersson: {party: S}\n")
    done = minutes("ingest", str(one_meeting), "--db", str(db_path), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert (
        "warning: corrections/2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf.yml: "
        "stale correction: attendees change 'Nils Holgersson': no attendee 'Nils Holgersson' "
        "in the document"
    ) in done.stderr
    assert rows(db_path, "select status, key from corrections") == [("stale", "Nils Holgersson")]
    assert rows(db_path, "select count(*) from attendees") == [(22,)]


def test_a_broken_corrections_file_keeps_the_stored_version(one_meeting, db_path):
    path = write_corrections(one_meeting, "attendees:\n  remove: [Annica Lindholm]\n")
    run(one_meeting, db_path)
    path.write_text("attendees:\n  remove: [Annica Lindholm\n", "utf-8")
    summary = run(one_meeting, db_path)
    assert summary.failed == 1
    ((file, reason),) = summary.errors
    assert reason.startswith(f"corrections/{file}.yml: not valid YAML at line")
    assert rows(db_path, "select count(*) from attendees") == [(21,)]  # as before
    assert rows(db_path, "select stage from ingest_errors") == [("corrections",)]
    assert run(one_meeting, db_path).unchanged == 1  # reported once, not re-read each run
    path.write_text("attendees:\n  remove: [Annica Lindholm, Rolf Korsbäck]\n", "utf-8")
    assert run(one_meeting, db_path).changed == 1
    assert rows(db_path, "select count(*) from attendees") == [(20,)]
    assert rows(db_path, "select count(*) from ingest_errors") == [(0,)]


def test_a_corrections_file_without_its_document_is_reported(one_meeting, db_path):
    (one_meeting / "corrections" / "protokol.pdf.yml").write_text("attendees: {}\n", "utf-8")
    summary = run(one_meeting, db_path)
    assert summary.warnings == [
        ("corrections/protokol.pdf.yml", "no document 'protokol.pdf' in the corpus")
    ]


def test_documents_in_the_corrections_folder_are_not_ingested(one_meeting, db_path, sample_pdf):
    shutil.copy(sample_pdf, one_meeting / "corrections" / "copy.pdf")
    assert run(one_meeting, db_path).new == 1


# -- in `minutes check` ----------------------------------------------------------


def test_check_applies_the_corpus_corrections(one_meeting):
    write_corrections(
        one_meeting,
        "attendees:\n  change:\n    Annica Lindholm: {party: MP}\n  remove: [Nils Holgersson]\n",
    )
    document = next(one_meeting.glob("*.pdf"))
    data = json.loads(minutes("check", str(document), "--json").stdout)
    people = {a["name"]: a for g in data["attendance"] for a in g["attendees"]}
    assert (people["Annica Lindholm"]["party"], people["Annica Lindholm"]["corrected"]) == (
        "MP",
        True,
    )
    assert data["corrections"] == ["attendees change 'Annica Lindholm'"]
    assert data["warnings"] == [
        {
            "page": None,
            "text": "attendees remove 'Nils Holgersson': no attendee 'Nils Holgersson' in "
            "the document",
            "reason": "stale correction",
        }
    ]
    text = minutes("check", str(document)).stdout
    assert "rättad" in text and "stale correction: attendees remove" in text
    plain = json.loads(minutes("check", str(document), "--json", "--no-corrections").stdout)
    assert plain["corrections_file"] is None and plain["warnings"] == []


def test_a_database_from_before_corrections_is_upgraded_in_place(one_meeting, db_path):
    run(one_meeting, db_path)
    with sqlite3.connect(db_path) as db:  # as the previous version wrote it
        db.execute("drop table corrections")
        db.execute("drop index idx_attendees_corrected")
        db.execute("alter table attendees drop column corrected")
        db.execute("alter table documents drop column corrections_sha256")
    write_corrections(one_meeting, "attendees:\n  remove: [Annica Lindholm]\n")
    assert run(one_meeting, db_path).changed == 1
    assert rows(db_path, "select count(*) from attendees where corrected = 0") == [(21,)]
    assert rows(db_path, "select action from corrections") == [("remove",)]


def test_removing_a_substitution_clears_the_attendees_replaces(tmp_path):
    out = apply_text(tmp_path, "substitutions:\n  remove: [Paolo Sandbom]\n")
    assert out.record["substitutions"] == []
    assert out.record["attendees"][1]["replaces"] is None
    assert out.rows == {"substitutions": set(), "attendees": {1}}


def test_values_are_read_as_written(tmp_path):
    record = {**RECORD, "agenda_items": [{**RECORD["agenda_items"][0], "number": "3.10"}]}
    path = corrections_file(
        tmp_path,
        "agenda_items:\n  change:\n    3.10: {title: Budget}\n"
        "attendees:\n  change:\n    Paolo Sandbom: {replaces: null}\n"
        "meeting: {start_time: 13:15, end_time: 09:45}\n",
    )
    out = apply(record, PAGES, load(path), path)
    assert out.record["agenda_items"][0]["title"] == "Budget"
    assert out.record["attendees"][1]["replaces"] is None and out.record["substitutions"] == []
    assert (out.record["meeting"]["start_time"], out.record["meeting"]["end_time"]) == (
        "13:15",
        "09:45",
    )


def test_check_and_ingest_apply_the_same_file_for_a_document_in_a_subfolder(one_meeting, db_path):
    document = next(one_meeting.glob("*.pdf"))
    (one_meeting / "2024").mkdir()
    document = document.rename(one_meeting / "2024" / document.name)
    right = one_meeting / "corrections" / "2024" / f"{document.name}.yml"
    right.parent.mkdir()
    right.write_text("attendees:\n  change:\n    Annica Lindholm: {party: MP}\n", "utf-8")
    wrong = one_meeting / "2024" / "corrections" / f"{document.name}.yml"
    wrong.parent.mkdir()
    wrong.write_text("attendees:\n  change:\n    Annica Lindholm: {party: KD}\n", "utf-8")

    checked = json.loads(
        minutes("check", str(document), "--json", "--corpus", str(one_meeting)).stdout
    )
    people = {a["name"]: a for g in checked["attendance"] for a in g["attendees"]}
    assert people["Annica Lindholm"]["party"] == "MP"
    summary = run(one_meeting, db_path)
    assert rows(db_path, "select party from attendees where name = 'Annica Lindholm'") == [("MP",)]
    assert summary.warnings == [
        ("2024/corrections", "not read: corrections go in corrections/ at the top")
    ]
