"""SQLite storage through sqlite-utils: tables, indexes, full-text search and views.

The store writes records; it never parses text. Each document is written in one
transaction, so a crash leaves it either fully in or fully out. WAL mode lets
Datasette read while ingest writes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from extractors.swedish.names import name_key

# Swedish full-text search: å, ä and ö are letters of their own, not accented a and o.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"


@dataclass
class Parsed:
    """What a worker hands the store for one file: the record and its extras."""

    file: str  # path relative to the corpus, '/'-separated
    record: dict
    item_texts: list[str] = field(default_factory=list)
    attendee_pages: dict[str, int] = field(default_factory=dict)
    slide_notes: list[str] = field(default_factory=list)


def source_url(file: str, page: int | None = None) -> str:
    """The link Datasette serves the original under (its static mount of the corpus)."""
    url = "/corpus/" + quote(file)
    return f"{url}#page={page}" if page else url


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


TABLES: dict[str, dict] = {
    "documents": dict(
        columns={
            "id": int, "file": str, "sha256": str, "format": str, "document_type": str,
            "pages": int, "status": str, "ingested_at": str, "source_url": str,
        },
        pk="id",
    ),
    "meetings": dict(
        columns={
            "id": int, "document_id": int, "body": str, "organisation": str, "date": str,
            "start_time": str, "end_time": str, "location": str, "next_meeting_date": str,
            "next_meeting_text": str, "source_file": str, "page": int, "source_url": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "persons": dict(
        columns={"id": int, "name_key": str, "name": str},
        pk="id",
    ),
    "attendees": dict(
        columns={
            "id": int, "meeting_id": int, "document_id": int, "person_id": int, "position": int,
            "name": str, "party": str, "organisation": str, "group": str, "roles": str,
            "replaces": str, "replaces_person_id": int, "source_file": str, "page": int,
            "source_url": str,
        },
        pk="id",
        foreign_keys=[
            ("meeting_id", "meetings", "id"), ("document_id", "documents", "id"),
            ("person_id", "persons", "id"), ("replaces_person_id", "persons", "id"),
        ],
    ),
    "substitutions": dict(
        columns={
            "id": int, "meeting_id": int, "document_id": int, "substitute": str,
            "substitute_party": str, "substitute_person_id": int, "replaced": str,
            "replaced_party": str, "replaced_person_id": int, "organisation": str,
            "source_file": str, "page": int, "source_url": str,
        },
        pk="id",
        foreign_keys=[
            ("meeting_id", "meetings", "id"), ("document_id", "documents", "id"),
            ("substitute_person_id", "persons", "id"), ("replaced_person_id", "persons", "id"),
        ],
    ),
    "agenda_items": dict(
        columns={
            "id": int, "meeting_id": int, "document_id": int, "position": int, "number": str,
            "title": str, "text": str, "presenters": str, "source_file": str, "page": int,
            "source_url": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    ),
    "decisions": dict(
        columns={
            "id": int, "item_id": int, "meeting_id": int, "document_id": int, "position": int,
            "text": str, "source_file": str, "page": int, "source_url": str,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "agenda_items", "id"), ("meeting_id", "meetings", "id"),
            ("document_id", "documents", "id"),
        ],
    ),
    "slides": dict(
        columns={
            "id": int, "document_id": int, "number": int, "title": str, "text": str,
            "notes": str, "source_file": str, "page": int, "source_url": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "ingest_errors": dict(
        columns={
            "id": int, "file": str, "sha256": str, "stage": str, "reason": str, "at": str,
        },
        pk="id",
    ),
}  # fmt: skip

# Tables holding rows of one document: cleared when the document is replaced.
DOCUMENT_ROWS = ["decisions", "agenda_items", "substitutions", "attendees", "slides", "meetings"]

INDEXES = {
    "documents": [["file"], ["sha256"], ["status"], ["document_type"], ["format"]],
    "meetings": [["document_id"], ["body"], ["organisation"], ["date"]],
    "persons": [["name"]],
    "attendees": [
        ["meeting_id"], ["document_id"], ["person_id"], ["party"], ["organisation"], ["group"],
        ["replaces_person_id"],
    ],
    "substitutions": [
        ["meeting_id"], ["document_id"], ["substitute_party"], ["replaced_party"],
        ["organisation"], ["substitute_person_id"], ["replaced_person_id"],
    ],
    "agenda_items": [["meeting_id"], ["document_id"]],
    "decisions": [["item_id"], ["meeting_id"], ["document_id"]],
    "slides": [["document_id"]],
    "ingest_errors": [["file"], ["stage"]],
}  # fmt: skip
UNIQUE = {"documents": ["file"], "persons": ["name_key"]}

FTS = {
    "agenda_items": ["title", "text"],
    "decisions": ["text"],
    "slides": ["title", "text", "notes"],
}

VIEWS = {
    "meeting_overview": """
select m.id as meeting_id, m.body, m.organisation, m.date, m.start_time, m.end_time,
  m.location,
  (select count(*) from attendees a where a.meeting_id = m.id) as attendees,
  (select count(*) from attendees a where a.meeting_id = m.id
     and a."group" = 'decision_maker') as decision_makers,
  (select count(*) from substitutions s where s.meeting_id = m.id) as substitutions,
  (select count(*) from agenda_items i where i.meeting_id = m.id) as items,
  m.next_meeting_date, d.file as source_file, m.source_url
from meetings m join documents d on d.id = m.document_id
where d.status = 'current'
order by m.date desc
""",
    "attendance_by_person": """
select p.id as person_id, p.name as person, m.date, m.body, m.organisation as meeting_organisation,
  a."group", a.party, a.organisation, a.roles, a.replaces, a.source_file, a.page, a.source_url
from attendees a
join persons p on p.id = a.person_id
join meetings m on m.id = a.meeting_id
join documents d on d.id = a.document_id
where d.status = 'current'
order by p.name, m.date
""",
    "substitutions_by_party": """
select s.substitute_party, s.replaced_party, s.organisation, count(*) as substitutions,
  min(m.date) as first_date, max(m.date) as last_date
from substitutions s
join meetings m on m.id = s.meeting_id
join documents d on d.id = s.document_id
where d.status = 'current'
group by s.substitute_party, s.replaced_party, s.organisation
order by substitutions desc
""",
    "current_documents": """
select * from documents where status = 'current' order by file
""",
}


class Store:
    """The minutes database. Open it, write documents, read what is known."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        self._ensure_schema()

    def close(self) -> None:
        self.db.close()

    def _ensure_schema(self) -> None:
        if self.db["documents"].exists():
            self._ensure_indexes()  # a database from before an index was added
            return
        with self.db.atomic():
            for name, spec in TABLES.items():
                self.db[name].create(
                    spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", [])
                )
            for table, column_sets in INDEXES.items():
                for columns in column_sets:
                    self.db[table].create_index(columns, unique=columns == UNIQUE.get(table))
            self.db["persons"].create_index(["name_key"], unique=True, if_not_exists=True)
            for table, columns in FTS.items():
                self.db[table].enable_fts(
                    columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
                )
            for name, sql in VIEWS.items():
                self.db.create_view(name, sql.strip(), replace=True)

    def _ensure_indexes(self) -> None:
        with self.db.atomic():
            for table, column_sets in INDEXES.items():
                for columns in column_sets:
                    if self.db[table].exists():
                        self.db[table].create_index(
                            columns, unique=columns == UNIQUE.get(table), if_not_exists=True
                        )

    # -- reading ---------------------------------------------------------------
    def known_hashes(self) -> dict[str, str]:
        """file → sha256 of every current document."""
        rows = self.db.query("select file, sha256 from documents where status = 'current'")
        return {row["file"]: row["sha256"] for row in rows}

    def failed_hashes(self) -> dict[str, str]:
        """file → sha256 of files whose last attempt failed (and were not stored since)."""
        rows = self.db.query("select file, sha256 from ingest_errors order by id")
        return {row["file"]: row["sha256"] for row in rows}

    # -- writing ---------------------------------------------------------------
    def store(self, parsed: Parsed, ingested_at: str | None = None) -> int:
        """Write one document, replacing every row of an earlier version, atomically."""
        record = parsed.record
        file = parsed.file
        with self.db.atomic():
            document_id = self._document_id(file)
            if document_id is not None:
                self._delete_rows(document_id)
            source = record["source"]
            row = {
                "file": file,
                "sha256": source["sha256"],
                "format": source["format"],
                "document_type": record["document_type"],
                "pages": source["pages"],
                "status": "current",
                "ingested_at": ingested_at or now(),
                "source_url": source_url(file),
            }
            if document_id is None:
                document_id = self.db["documents"].insert(row).last_pk
            else:
                self.db["documents"].update(document_id, row)
            self.db["ingest_errors"].delete_where("file = ?", [file])
            if record["document_type"] == "minutes":
                self._store_minutes(document_id, parsed)
            else:
                self._store_presentation(document_id, parsed)
        return document_id

    def record_error(self, file: str, sha256: str | None, stage: str, reason: str) -> None:
        with self.db.atomic():
            self.db["ingest_errors"].delete_where("file = ?", [file])
            self.db["ingest_errors"].insert(
                {"file": file, "sha256": sha256, "stage": stage, "reason": reason, "at": now()}
            )

    def mark_removed(self, files: list[str]) -> None:
        with self.db.atomic():
            for file in files:
                self.db.execute("update documents set status = 'removed' where file = ?", [file])
            for file in files:
                self.db["ingest_errors"].delete_where("file = ?", [file])

    def _document_id(self, file: str) -> int | None:
        rows = list(self.db.query("select id from documents where file = ?", [file]))
        return rows[0]["id"] if rows else None

    def _delete_rows(self, document_id: int) -> None:
        for table in DOCUMENT_ROWS:
            self.db[table].delete_where("document_id = ?", [document_id])

    def _person(self, name: str | None) -> int | None:
        if not name:
            return None
        key = name_key(name)
        rows = list(self.db.query("select id from persons where name_key = ?", [key]))
        if rows:
            return rows[0]["id"]
        return self.db["persons"].insert({"name_key": key, "name": name}).last_pk

    def _store_minutes(self, document_id: int, parsed: Parsed) -> None:
        record, file = parsed.record, parsed.file
        meeting = record["meeting"]
        next_meeting = record.get("next_meeting") or {}
        meeting_id = (
            self.db["meetings"]
            .insert(
                {
                    "document_id": document_id,
                    **meeting,
                    "next_meeting_date": next_meeting.get("date"),
                    "next_meeting_text": next_meeting.get("text"),
                    "source_file": file,
                    "page": 1,
                    "source_url": source_url(file, 1),
                }
            )
            .last_pk
        )
        pages = parsed.attendee_pages
        attendees = []
        for position, attendee in enumerate(record["attendees"], start=1):
            page = pages.get(attendee["name"])
            attendees.append(
                {
                    "meeting_id": meeting_id,
                    "document_id": document_id,
                    "person_id": self._person(attendee["name"]),
                    "position": position,
                    "name": attendee["name"],
                    "party": attendee["party"],
                    "organisation": attendee["organisation"],
                    "group": attendee["group"],
                    "roles": json.dumps(attendee["roles"], ensure_ascii=False),
                    "replaces": attendee["replaces"],
                    "replaces_person_id": self._person(attendee["replaces"]),
                    "source_file": file,
                    "page": page,
                    "source_url": source_url(file, page),
                }
            )
        self.db["attendees"].insert_all(attendees)
        substitutions = []
        for sub in record["substitutions"]:
            page = pages.get(sub["substitute"])
            substitutions.append(
                {
                    "meeting_id": meeting_id,
                    "document_id": document_id,
                    **sub,
                    "substitute_person_id": self._person(sub["substitute"]),
                    "replaced_person_id": self._person(sub["replaced"]),
                    "source_file": file,
                    "page": page,
                    "source_url": source_url(file, page),
                }
            )
        self.db["substitutions"].insert_all(substitutions)
        self._store_items(document_id, meeting_id, parsed)

    def _store_items(self, document_id: int, meeting_id: int | None, parsed: Parsed) -> None:
        file = parsed.file
        texts = parsed.item_texts
        for position, item in enumerate(parsed.record["agenda_items"], start=1):
            page = item.get("page")
            item_id = (
                self.db["agenda_items"]
                .insert(
                    {
                        "meeting_id": meeting_id,
                        "document_id": document_id,
                        "position": position,
                        "number": item["number"],
                        "title": item["title"],
                        "text": texts[position - 1] if position <= len(texts) else "",
                        "presenters": json.dumps(item["presenters"], ensure_ascii=False),
                        "source_file": file,
                        "page": page,
                        "source_url": source_url(file, page),
                    }
                )
                .last_pk
            )
            self.db["decisions"].insert_all(
                {
                    "item_id": item_id,
                    "meeting_id": meeting_id,
                    "document_id": document_id,
                    "position": k,
                    "text": text,
                    "source_file": file,
                    "page": page,
                    "source_url": source_url(file, page),
                }
                for k, text in enumerate(item["decisions"], start=1)
            )

    def _store_presentation(self, document_id: int, parsed: Parsed) -> None:
        file = parsed.file
        notes = parsed.slide_notes
        self.db["slides"].insert_all(
            {
                "document_id": document_id,
                "number": slide["number"],
                "title": slide["title"],
                "text": slide["text"],
                "notes": notes[slide["number"] - 1] if slide["number"] <= len(notes) else "",
                "source_file": file,
                "page": slide["number"],
                "source_url": source_url(file, slide["number"]),
            }
            for slide in parsed.record["slides"]
        )
        self._store_items(document_id, None, parsed)
