"""Agendas (kallelse, föredragningslista): document_type "agenda", the meeting and its
items, no attendance and no decisions; stored beside minutes. Real PDFs, generated."""

from __future__ import annotations

import sqlite_utils

from builders import placed_pdf
from extractors import extract
from pipeline.ingest.run import ingest
from pipeline.store.writer import Store

LEFT, VALUE = 57, 210

AGENDA = [
    [
        (LEFT, 60, "Föredragningslista 7/2024"),
        (LEFT, 90, "Organ", True),
        (VALUE, 90, "Byggnadsnämnden"),
        (LEFT, 105, "Sammanträdestid", True),
        (VALUE, 105, "21.05.2024 kl. 18:00"),
        (LEFT, 120, "Sammanträdesplats", True),
        (VALUE, 120, "Kommunhuset, mötesrum Ljungen"),
        (LEFT, 150, "Kallade", True),
        (VALUE, 150, "Holm Per, ordförande"),
        (VALUE, 165, "Nyberg Ada"),
    ],
    [
        (LEFT, 60, "Föredragningslista 55 § 21.05.2024"),
        (LEFT, 100, "55 § Val av protokolljusterare", True),
        (LEFT, 120, "Förslag:", True),
        (LEFT, 135, "Nämnden utser två protokolljusterare."),
        (LEFT, 150, "Byggnadsnämndens beslut:", True),
        (LEFT, 180, "56 § Bygglov för lagerhall", True),
        (LEFT, 200, "Nämnden beslutar att bevilja bygglov."),
    ],
]


def test_an_agenda_is_recorded_as_an_agenda_with_its_items(tmp_path):
    record = extract(placed_pdf(tmp_path / "agenda.pdf", AGENDA))
    assert record.document_type.value == "agenda"
    assert record.meeting.body == "Byggnadsnämnden"
    assert record.meeting.date == "2024-05-21"
    assert [(i.number, i.title) for i in record.agenda_items] == [
        ("55", "Val av protokolljusterare"),
        ("56", "Bygglov för lagerhall"),
    ]
    assert record.attendees == [] and record.substitutions == []  # called, not present
    assert all(i.decisions == [] for i in record.agenda_items)  # proposals, not decisions


def test_minutes_that_approve_the_agenda_stay_minutes(tmp_path):
    pages = [[(x, top, "Protokoll 7/2024" if i == 0 else text, *s)
              for i, (x, top, text, *s) in enumerate(AGENDA[0])], AGENDA[1]]  # fmt: skip
    pages[1] = [*pages[1], (LEFT, 230, "57 § Godkännande av föredragningslistan", True)]
    assert extract(placed_pdf(tmp_path / "protokoll.pdf", pages)).document_type.value == "minutes"


def test_an_agenda_is_stored_with_its_meeting_and_items(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    placed_pdf(corpus / "agenda.pdf", AGENDA)
    store = Store(tmp_path / "minutes.db")
    try:
        summary = ingest(corpus, store, workers=1)
    finally:
        store.close()
    assert (summary.new, summary.failed) == (1, 0)
    db = sqlite_utils.Database(tmp_path / "minutes.db")
    assert [r["document_type"] for r in db["documents"].rows] == ["agenda"]
    assert [r["body"] for r in db["meetings"].rows] == ["Byggnadsnämnden"]
    assert sorted(r["title"] for r in db["agenda_items"].rows) == [
        "Bygglov för lagerhall",
        "Val av protokolljusterare",
    ]
