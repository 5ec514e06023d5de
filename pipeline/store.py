"""SQLite storage through sqlite-utils: tables, indexes, full-text search and views.

The store writes records; it never parses text. What it writes of a document comes in
one `StoredDocument` (schemas/stored.py): the record with each row's text, page and
corrected flag inside the row. Each document is written in one transaction, so a crash
leaves it either fully in or fully out. WAL mode lets Datasette read while ingest writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from schemas.record import SCHEMA_VERSION
from schemas.stored import StoredDocument

# Swedish full-text search: å, ä and ö are letters of their own, not accented a and o.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"


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
            "corrections_sha256": str, "schema_version": int, "generation": int,
            "ocr": int, "ocr_confidence": float,
        },
        pk="id",
    ),
    "meetings": dict(
        columns={
            "id": int, "document_id": int, "body": str, "organisation": str, "date": str,
            "start_time": str, "end_time": str, "location": str, "next_meeting_date": str,
            "next_meeting_text": str, "source_file": str, "page": int, "source_url": str,
            "corrected": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    # persons, person_names, memberships and the person ids elsewhere are rewritten by
    # pipeline/people/tables.py after every ingest that changed documents or people.yml.
    "persons": dict(
        columns={
            "id": int, "name": str, "name_key": str, "spellings": int, "parties": str,
            "organisations": str, "first_date": str, "last_date": str, "meetings": int,
            "mentions": int,
        },
        pk="id",
    ),
    "person_names": dict(
        columns={
            "id": int, "person_id": int, "name": str, "name_key": str, "method": str,
            "rule": str, "score": float, "matched_name": str, "evidence": str, "mentions": int,
        },
        pk="id",
        foreign_keys=[("person_id", "persons", "id")],
    ),
    "memberships": dict(
        columns={
            "id": int, "person_id": int, "person": str, "body": str, "body_organisation": str,
            "organisation": str, "party": str, "group": str, "role": str, "first_date": str,
            "last_date": str, "meetings": int,
        },
        pk="id",
        foreign_keys=[("person_id", "persons", "id")],
    ),
    "person_resolution": dict(
        columns={
            "id": int, "fingerprint": str, "resolved_at": str, "persons": int,
            "overrides_sha256": str, "warnings": str,
        },
        pk="id",
    ),
    "attendees": dict(
        columns={
            "id": int, "meeting_id": int, "document_id": int, "person_id": int, "position": int,
            "name": str, "party": str, "organisation": str, "group": str, "roles": str,
            "replaces": str, "replaces_person_id": int, "source_file": str, "page": int,
            "source_url": str, "corrected": int, "ocr_confidence": float,
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
            "source_file": str, "page": int, "source_url": str, "corrected": int,
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
            "source_url": str, "corrected": int,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
    ),
    "presenters": dict(
        columns={
            "id": int, "item_id": int, "meeting_id": int, "document_id": int, "position": int,
            "name": str, "person_id": int, "source_file": str, "page": int, "source_url": str,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "agenda_items", "id"), ("meeting_id", "meetings", "id"),
            ("document_id", "documents", "id"), ("person_id", "persons", "id"),
        ],
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
            "corrections_sha256": str, "schema_version": int,
        },
        pk="id",
    ),
    "deck_dates": dict(
        columns={"id": int, "document_id": int, "date": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "derived_state": dict(
        columns={"name": str, "state": str},
        pk="name",
    ),
    # every file a stored document was found under (copies and symlinks of one content
    # are one document): rewritten by every ingest
    "document_paths": dict(
        columns={"id": int, "document_id": int, "file": str, "modified": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    # documents that left the corpus: their rows are gone from every other table
    "removed_documents": dict(
        columns={
            "id": int, "file": str, "sha256": str, "document_type": str, "pages": int,
            "ingested_at": str, "removed_at": str,
        },
        pk="id",
    ),
    "corrections": dict(
        columns={
            "id": int, "document_id": int, "file": str, "target": str, "action": str,
            "key": str, "extracted": str, "corrected": str, "status": str, "reason": str,
            "corrections_file": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
}  # fmt: skip

# Tables holding rows of one document: cleared when the document is replaced.
DOCUMENT_ROWS = [
    "presenters", "decisions", "agenda_items", "substitutions", "attendees", "slides",
    "meetings", "corrections",
]  # fmt: skip

# attendees (party, organisation): the facet researchers reach first, one party's
# attendance by organisation (?party=S&_facet=organisation), counts from this index alone
# instead of looking up every row of the party in the table (13 ms → 2 ms on 100k rows);
# a lookup by party alone uses it as well.
INDEXES = {
    "documents": [["file"], ["sha256"], ["status"], ["document_type"], ["format"], ["ocr"]],
    "meetings": [["document_id"], ["body"], ["organisation"], ["date"]],
    "persons": [["name"], ["name_key"], ["parties"]],
    "person_names": [["person_id"], ["name"], ["method"], ["rule"]],
    "memberships": [["person_id"], ["body"], ["party"], ["group"], ["organisation"]],
    "presenters": [["item_id"], ["meeting_id"], ["document_id"], ["person_id"], ["name"]],
    "attendees": [
        ["meeting_id"], ["document_id"], ["person_id"], ["party"], ["organisation"],
        ["group"], ["replaces_person_id"], ["corrected"],
        # one party's attendance by organisation, counted from the index alone (the
        # single-column index above still gives a filtered page its rows in id order)
        ["party", "organisation"],
    ],
    "substitutions": [
        ["meeting_id"], ["document_id"], ["substitute_party"], ["replaced_party"],
        ["organisation"], ["substitute_person_id"], ["replaced_person_id"],
    ],
    "agenda_items": [["meeting_id"], ["document_id"]],
    "decisions": [["item_id"], ["meeting_id"], ["document_id"]],
    "slides": [["document_id"]],
    "ingest_errors": [["file"], ["stage"]],
    "document_paths": [["document_id"], ["file"]],
    "removed_documents": [["file"]],
    "corrections": [["document_id"], ["status"], ["target"], ["action"]],
}  # fmt: skip
UNIQUE = {"documents": ["file"]}

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
  m.next_meeting_date, d.file as source_file, m.source_url, d.document_type
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
    # documents of one body and date with other content (a corrected, justerat version
    # beside the first): the newest file is current, the others 'superseded'
    "possible_duplicates": """
select m.body, m.organisation, m.date, d.id as document_id, d.file, d.status,
  (select max(p.modified) from document_paths p where p.document_id = d.id) as modified,
  d.sha256, d.source_url
from meetings m join documents d on d.id = m.document_id
where d.status in ('current', 'superseded') and m.body is not null and m.date is not null
  and d.document_type != 'presentation'
  and exists (
    select 1 from meetings m2 join documents d2 on d2.id = m2.document_id
    where d2.status in ('current', 'superseded') and d2.id != d.id
      and d2.document_type != 'presentation'
      and m2.body = m.body and m2.organisation is m.organisation and m2.date = m.date)
order by m.date desc, m.body, d.status, d.file
""",
    "current_documents": """
select * from documents where status = 'current' order by file
""",
    "attendance_rate": """
with held as (
  select m.id, m.body, m.organisation, substr(m.date, 1, 4) as year
  from meetings m join documents d on d.id = m.document_id
  where d.status = 'current' and m.date is not null and d.document_type != 'agenda'
),
seats as (
  select a.person_id, a.meeting_id, a."group" = 'decision_maker' as attended
  from attendees a where a."group" in ('decision_maker', 'absent')
  union all
  select s.replaced_person_id, s.meeting_id, 0 from substitutions s
)
select p.id as person_id, p.name as person, h.body, h.organisation as body_organisation,
  h.year, count(distinct case when s.attended then h.id end) as meetings_attended,
  (select count(*) from held x where x.body is h.body and x.organisation is h.organisation
     and x.year = h.year) as meetings_held,
  round(1.0 * count(distinct case when s.attended then h.id end)
    / (select count(*) from held x where x.body is h.body
         and x.organisation is h.organisation and x.year = h.year), 2) as attendance_rate
from seats s
join held h on h.id = s.meeting_id
join persons p on p.id = s.person_id
group by p.id, h.body, h.organisation, h.year
order by h.body, h.organisation, h.year, p.name, p.id
""",
    "substituted_members": """
with counted as (
  select s.replaced_person_id, m.body, m.organisation, s.substitute_person_id,
    count(*) as times
  from substitutions s
  join meetings m on m.id = s.meeting_id
  join documents d on d.id = s.document_id
  where d.status = 'current' and s.replaced_person_id is not null
  group by s.replaced_person_id, m.body, m.organisation, s.substitute_person_id
),
named as (
  select c.*, coalesce(p.name, '?') || ' (' || c.times || ')' as label
  from counted c left join persons p on p.id = c.substitute_person_id
  order by c.times desc, p.name
)
select r.id as person_id, r.name as member, r.parties, n.body,
  n.organisation as body_organisation, sum(n.times) as times_substituted,
  count(distinct n.substitute_person_id) as substitutes,
  group_concat(n.label, ', ') as substituted_by
from named n join persons r on r.id = n.replaced_person_id
group by r.id, n.body, n.organisation
order by times_substituted desc, member
""",
    "cross_party_substitutions": """
select m.date, m.body, m.organisation as body_organisation, s.organisation,
  sp.name as substitute, s.substitute_party, rp.name as replaced, s.replaced_party,
  s.substitute_person_id, s.replaced_person_id, s.source_file, s.page, s.source_url
from substitutions s
join meetings m on m.id = s.meeting_id
join documents d on d.id = s.document_id
left join persons sp on sp.id = s.substitute_person_id
left join persons rp on rp.id = s.replaced_person_id
where d.status = 'current' and s.substitute_party is not null
  and s.replaced_party is not null and s.substitute_party != s.replaced_party
order by m.date, sp.name
""",
    "top_presenters": """
select p.id as person_id, p.name as person, count(*) as items_presented,
  count(distinct x.meeting_id) as meetings, min(m.date) as first_date,
  max(m.date) as last_date, group_concat(distinct m.body) as bodies
from presenters x
join persons p on p.id = x.person_id
join documents d on d.id = x.document_id
left join meetings m on m.id = x.meeting_id
where d.status = 'current'
group by p.id
order by items_presented desc, person
""",
}

# -- slide decks (schema_version 2): lists, figures, timeline, and deck → meeting links --
_PAGE_COLUMNS = {"source_file": str, "page": int, "source_url": str}
TABLES.update({
    "deck_lists": dict(
        columns={
            "id": int, "document_id": int, "position": int, "slide": int, "heading": str,
            "period": str, "start_year": int, "end_year": int, **_PAGE_COLUMNS,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "deck_list_items": dict(
        columns={
            "id": int, "list_id": int, "document_id": int, "position": int, "text": str,
            "period": str, "slide": int, **_PAGE_COLUMNS,
        },
        pk="id",
        foreign_keys=[("list_id", "deck_lists", "id"), ("document_id", "documents", "id")],
    ),
    "figures": dict(
        columns={
            "id": int, "document_id": int, "position": int, "slide": int, "value": float,
            "unit": str, "counts": str, "qualifier": str, "change": str, "place": str,
            "part_of_id": int, "text": str, **_PAGE_COLUMNS,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("part_of_id", "figures", "id")],
    ),
    "timeline": dict(
        columns={
            "id": int, "document_id": int, "position": int, "slide": int, "period": str,
            "start_year": int, "end_year": int, "title": str, **_PAGE_COLUMNS,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "deck_meetings": dict(
        columns={
            "id": int, "document_id": int, "meeting_id": int, "minutes_document_id": int,
            "reason": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"), ("meeting_id", "meetings", "id"),
            ("minutes_document_id", "documents", "id"),
        ],
    ),
})  # fmt: skip
# deck_meetings is cleared apart (it points at two documents): see Store._delete_rows.
DOCUMENT_ROWS += ["deck_list_items", "deck_lists", "figures", "timeline", "deck_dates"]
INDEXES.update({
    "deck_lists": [["document_id"], ["period"], ["start_year"]],
    "deck_list_items": [["list_id"], ["document_id"], ["period"]],
    "figures": [["document_id"], ["unit"], ["place"], ["part_of_id"], ["change"]],
    "timeline": [["document_id"], ["start_year"]],
    "deck_meetings": [["document_id"], ["meeting_id"], ["minutes_document_id"], ["reason"]],
    "deck_dates": [["document_id"], ["date"]],
})  # fmt: skip
FTS.update(
    {
        "deck_lists": ["heading"],
        "deck_list_items": ["text"],
        "figures": ["text", "counts"],
        "timeline": ["period", "title"],
    }
)
VIEWS.update(
    {
        "deck_list_entries": """
select d.file as deck, l.slide, l.heading, l.period, l.start_year, l.end_year,
  i.position, i.text, i.source_url
from deck_list_items i
join deck_lists l on l.id = i.list_id
join documents d on d.id = i.document_id
where d.status = 'current'
order by d.file, l.position, i.position
""",
        "deck_meeting_links": """
select d.file as deck, m.body, m.date, m.organisation, x.reason, md.file as minutes,
  d.source_url as deck_url, m.source_url as minutes_url
from deck_meetings x
join documents d on d.id = x.document_id
join meetings m on m.id = x.meeting_id
join documents md on md.id = x.minutes_document_id
where d.status = 'current' and md.status = 'current'
order by m.date desc, d.file
""",
    }
)


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
        """Create what is missing: a new database, or one written by an older version
        (new tables, columns and indexes are added; nothing is dropped)."""
        if self._schema_is_current():
            self._ensure_indexes()
            self._ensure_views()
            return
        with self.db.atomic():
            for name, spec in TABLES.items():
                table = self.db[name]
                if not table.exists():
                    table.create(
                        spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", [])
                    )
                    continue
                for column, kind in spec["columns"].items():
                    if column not in table.columns_dict:
                        table.add_column(column, kind)
            for table, columns in FTS.items():
                if not self.db[f"{table}_fts"].exists():
                    self.db[table].enable_fts(
                        columns, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
                    )
        self._ensure_indexes()
        self._ensure_views()

    def _ensure_views(self) -> None:
        """Every view as this version defines it (a view's SQL may change between versions)."""
        current = {v.name: v.schema for v in self.db.views}
        stale = {
            n: sql.strip() for n, sql in VIEWS.items() if sql.strip() not in current.get(n, "")
        }
        if stale:
            with self.db.atomic():
                for name, sql in stale.items():
                    self.db.create_view(name, sql, replace=True)

    def _schema_is_current(self) -> bool:
        tables = {t.name: t for t in self.db.tables}
        return all(
            name in tables and set(spec["columns"]) <= set(tables[name].columns_dict)
            for name, spec in TABLES.items()
        )

    def _ensure_indexes(self) -> None:
        """Every index of INDEXES (a database from before an index was added gets it)."""
        have = {(t.name, tuple(ix.columns)) for t in self.db.tables for ix in t.indexes}
        missing = [
            (table, columns)
            for table, column_sets in INDEXES.items()
            for columns in column_sets
            if (table, tuple(columns)) not in have
        ]
        if missing:
            with self.db.atomic():
                for table, columns in missing:
                    self.db[table].create_index(
                        columns, unique=columns == UNIQUE.get(table), if_not_exists=True
                    )

    # -- reading ---------------------------------------------------------------
    def known_hashes(self) -> dict[str, tuple[str | None, str | None]]:
        """file → (sha256, sha256 of its corrections file) of every current document; one
        read by an older record version has no sha256 (it counts as changed)."""
        return self._states("select * from documents where status in ('current', 'superseded')")

    def failed_hashes(self) -> dict[str, tuple[str | None, str | None]]:
        """The same for files whose last attempt failed (and were not stored since): a
        newer version tries them again, and so does any run a file whose worker died
        (stage 'crash': the machine, not the file, may have been at fault)."""
        return self._states("select * from ingest_errors where stage != 'crash' order by id")

    def _states(self, sql: str) -> dict[str, tuple[str | None, str | None]]:
        return {
            row["file"]: (
                row["sha256"] if row["schema_version"] == SCHEMA_VERSION else None,
                row["corrections_sha256"],
            )
            for row in self.db.query(sql)
        }

    # -- writing ---------------------------------------------------------------
    def store(self, document: StoredDocument, ingested_at: str | None = None) -> int:
        """Write one document, replacing every row of an earlier version, atomically."""
        file = document.file
        with self.db.atomic():
            document_id = self._document_id(file)
            if document_id is not None:
                self._delete_rows(document_id)
            source = document.source
            row = {
                "file": file,
                "sha256": source.sha256,
                "format": source.format,
                "document_type": document.document_type.value,
                "pages": source.pages,
                "status": "current",
                "ingested_at": ingested_at or now(),
                "generation": self._next_generation(),
                "source_url": source_url(file),
                "corrections_sha256": document.corrections_sha256,
                "schema_version": document.schema_version,
                "ocr": int(document.source.ocr),
                "ocr_confidence": document.source.ocr_confidence,
            }
            if document_id is None:
                document_id = self.db["documents"].insert(row).last_pk
            else:
                self.db["documents"].update(document_id, row)
            self.db["ingest_errors"].delete_where("file = ?", [file])
            if document.document_type != "presentation":  # minutes and agendas
                self._store_minutes(document_id, document)
            else:
                self._store_presentation(document_id, document)
            self.db["corrections"].insert_all(
                {"document_id": document_id, "file": file, **correction.model_dump()}
                for correction in document.corrections
            )
        return document_id

    def _next_generation(self) -> int:
        """A number that grows with every document stored: what `documents_state` sees
        change even when a file is stored twice within one second."""
        (last,) = self.db.execute("select max(generation) from documents").fetchone()
        return (last or 0) + 1

    def record_error(
        self,
        file: str,
        sha256: str | None,
        stage: str,
        reason: str,
        corrections_sha256: str | None = None,
    ) -> None:
        with self.db.atomic():
            self.db["ingest_errors"].delete_where("file = ?", [file])
            self.db["ingest_errors"].insert(
                {"file": file, "sha256": sha256, "stage": stage, "reason": reason, "at": now(),
                 "corrections_sha256": corrections_sha256, "schema_version": SCHEMA_VERSION}
            )  # fmt: skip

    def mark_removed(self, files: list[str]) -> None:
        """Documents that left the corpus: every row of theirs goes (what researchers
        query holds the corpus as it is now); a line in `removed_documents` stays. A
        database from before kept such documents marked `removed`: they go too."""
        with self.db.atomic():
            for file in files:
                self.db.execute("update documents set status = 'removed' where file = ?", [file])
            gone = list(self.db.query("select * from documents where status = 'removed'"))
            at = now()
            for row in gone:
                self._delete_rows(row["id"])
                self.db["document_paths"].delete_where("document_id = ?", [row["id"]])
                self.db["removed_documents"].insert(
                    {k: row[k] for k in ("file", "sha256", "document_type", "pages",
                                         "ingested_at")} | {"removed_at": at}
                )  # fmt: skip
                self.db["documents"].delete_where("id = ?", [row["id"]])
            for file in files:
                self.db["ingest_errors"].delete_where("file = ?", [file])

    def forget_errors(self, seen: set[str]) -> int:
        """Drop the error rows of files no longer in the corpus; returns how many still
        fail (their rows are in `ingest_errors`)."""
        with self.db.atomic():
            for (file,) in self.db.execute("select file from ingest_errors").fetchall():
                if file not in seen:
                    self.db["ingest_errors"].delete_where("file = ?", [file])
        return self.db["ingest_errors"].count

    def record_paths(self, paths: dict[str, list[tuple[str, str]]]) -> None:
        """`document_paths` from sha256 → [(file, modified)] of the corpus: every file a
        stored document was found under."""
        rows = [
            {"document_id": doc_id, "file": file, "modified": modified}
            for doc_id, sha256 in self.db.execute(
                "select id, sha256 from documents order by file"
            ).fetchall()
            for file, modified in paths.get(sha256, [])
        ]
        with self.db.atomic():
            self.db["document_paths"].delete_where()
            self.db["document_paths"].insert_all(rows)

    def mark_possible_duplicates(self) -> list[list[str]]:
        """Minutes of one body and date stored from files of other content: the newest
        file (modification time, then name) stays current, the others become
        'superseded' (kept, out of the researchers' views). Returns the groups, files
        newest first."""
        rows = self.db.execute(
            "select body, organisation, date, document_id, file, modified from "
            "possible_duplicates order by modified desc, file desc"
        ).fetchall()
        groups: dict[tuple, list[tuple[int, str]]] = {}
        for body, organisation, date, document_id, file, _ in rows:
            groups.setdefault((body, organisation, date), []).append((document_id, file))
        older = {doc for group in groups.values() for doc, _ in group[1:]}
        newest = {group[0][0] for group in groups.values()}
        with self.db.atomic():
            for (doc_id,) in self.db.execute(
                "select id from documents where status = 'superseded'"
            ).fetchall():
                if doc_id not in older:
                    self.db["documents"].update(doc_id, {"status": "current"})
            for doc_id in older - newest:
                self.db["documents"].update(doc_id, {"status": "superseded"})
        return [[file for _, file in group] for group in groups.values()]

    def _document_id(self, file: str) -> int | None:
        rows = list(self.db.query("select id from documents where file = ?", [file]))
        return rows[0]["id"] if rows else None

    def _delete_rows(self, document_id: int) -> None:
        self.db["deck_meetings"].delete_where(
            "document_id = ? or minutes_document_id = ?", [document_id, document_id]
        )
        for table in DOCUMENT_ROWS:
            self.db[table].delete_where("document_id = ?", [document_id])

    def _store_minutes(self, document_id: int, document: StoredDocument) -> None:
        file = document.file
        meeting = document.meeting
        next_meeting = document.next_meeting
        meeting_id = (
            self.db["meetings"]
            .insert(
                {
                    "document_id": document_id,
                    **meeting.public().model_dump(mode="json"),
                    "next_meeting_date": next_meeting.date if next_meeting else None,
                    "next_meeting_text": next_meeting.text if next_meeting else None,
                    "source_file": file,
                    "page": 1,
                    "source_url": source_url(file, 1),
                    "corrected": int(meeting.corrected),
                }
            )
            .last_pk
        )
        self.db["attendees"].insert_all(
            {
                "meeting_id": meeting_id,
                "document_id": document_id,
                "person_id": None,  # set by person resolution
                "position": position,
                "name": attendee.name,
                "party": attendee.party,
                "organisation": attendee.organisation,
                "group": attendee.group.value,
                "roles": json.dumps(attendee.roles, ensure_ascii=False),
                "replaces": attendee.replaces,
                "replaces_person_id": None,
                "source_file": file,
                "page": attendee.page,
                "source_url": source_url(file, attendee.page),
                "corrected": int(attendee.corrected),
                "ocr_confidence": attendee.ocr_confidence,
            }
            for position, attendee in enumerate(document.attendees, start=1)
        )
        self.db["substitutions"].insert_all(
            {
                "meeting_id": meeting_id,
                "document_id": document_id,
                **sub.public().model_dump(mode="json"),
                "substitute_person_id": None,  # set by person resolution
                "replaced_person_id": None,
                "source_file": file,
                "page": sub.page,
                "source_url": source_url(file, sub.page),
                "corrected": int(sub.corrected),
            }
            for sub in document.substitutions
        )
        self._store_items(document_id, meeting_id, document)

    def _store_items(
        self, document_id: int, meeting_id: int | None, document: StoredDocument
    ) -> None:
        """The document's items, then their presenters and decisions: three batched inserts
        (the items' ids are read back by position, unique within the document)."""
        file = document.file
        items = document.agenda_items
        self.db["agenda_items"].insert_all(
            {
                "meeting_id": meeting_id,
                "document_id": document_id,
                "position": position,
                "number": item.number,
                "title": item.title,
                "text": item.text,
                "presenters": json.dumps(item.presenters, ensure_ascii=False),
                "source_file": file,
                "page": item.page,
                "source_url": source_url(file, item.page),
                "corrected": int(item.corrected),
            }
            for position, item in enumerate(items, start=1)
        )
        item_ids = [
            row[0]
            for row in self.db.execute(
                "select id from agenda_items where document_id = ? order by position",
                [document_id],
            ).fetchall()
        ]
        located = list(zip(item_ids, items, strict=True))
        self.db["presenters"].insert_all(
            {
                "item_id": item_id,
                "meeting_id": meeting_id,
                "document_id": document_id,
                "position": k,
                "name": name,
                "person_id": None,  # set by person resolution
                "source_file": file,
                "page": item.page,
                "source_url": source_url(file, item.page),
            }
            for item_id, item in located
            for k, name in enumerate(item.presenters, start=1)
        )
        self.db["decisions"].insert_all(
            {
                "item_id": item_id,
                "meeting_id": meeting_id,
                "document_id": document_id,
                "position": k,
                "text": text,
                "source_file": file,
                "page": item.page,
                "source_url": source_url(file, item.page),
            }
            for item_id, item in located
            for k, text in enumerate(item.decisions, start=1)
        )

    def _store_presentation(self, document_id: int, document: StoredDocument) -> None:
        file = document.file
        self.db["deck_dates"].insert_all(
            {"document_id": document_id, "date": date} for date in document.dates
        )
        self.db["slides"].insert_all(
            {
                "document_id": document_id,
                "number": slide.number,
                "title": slide.title,
                "text": slide.text,
                "notes": slide.notes,
                "source_file": file,
                "page": slide.number,
                "source_url": source_url(file, slide.number),
            }
            for slide in document.slides
        )
        self._store_items(document_id, None, document)
        self._store_deck_structure(document_id, document)

    def _store_deck_structure(self, document_id: int, document: StoredDocument) -> None:
        """Lists (with their entries), figures and timeline phases of a deck."""
        record = document.model_dump(mode="json", include={"lists", "figures", "timeline"})
        file = document.file

        def at(slide: int) -> dict:
            return {"source_file": file, "page": slide, "source_url": source_url(file, slide)}

        for position, deck_list in enumerate(record.get("lists", []), start=1):
            fields = {k: deck_list[k] for k in ("slide", "heading", "period")}
            years = {k: deck_list[k] for k in ("start_year", "end_year")}
            list_id = (
                self.db["deck_lists"]
                .insert(
                    {
                        "document_id": document_id,
                        "position": position,
                        **fields,
                        **years,
                        **at(deck_list["slide"]),
                    }
                )  # fmt: skip
                .last_pk
            )
            self.db["deck_list_items"].insert_all(
                {"list_id": list_id, "document_id": document_id, "position": k, "text": text,
                 "period": deck_list["period"], "slide": deck_list["slide"],
                 **at(deck_list["slide"])}
                for k, text in enumerate(deck_list["items"], start=1)
            )  # fmt: skip
        figure_ids: list[int] = []
        for position, figure in enumerate(record.get("figures", []), start=1):
            part_of = figure["part_of"]
            row = {k: v for k, v in figure.items() if k != "part_of"}
            row["part_of_id"] = figure_ids[part_of] if part_of is not None else None
            figure_ids.append(
                self.db["figures"]
                .insert(
                    {"document_id": document_id, "position": position, **row, **at(figure["slide"])}
                )  # fmt: skip
                .last_pk
            )
        self.db["timeline"].insert_all(
            {"document_id": document_id, "position": position, **phase, **at(phase["slide"])}
            for position, phase in enumerate(record.get("timeline", []), start=1)
        )

    # -- linking decks to meetings -------------------------------------------------
    def link_decks(self) -> int | None:
        """Recompute `deck_meetings` from the stored rows when a document was stored or
        removed since the last time (also after an ingest that stopped half-way); returns
        the number of links, or None when nothing changed.

        A deck is linked to a meeting when its slides name the meeting's body and its
        date ('2024-05-03' or '3 maj 2024'): reason `body_and_date`; else when it lies in
        the same corpus folder as the minutes and that folder holds no other minutes:
        reason `same_folder`.
        """
        state = documents_state(self.db)
        done = "select 1 from derived_state where name = 'deck_meetings' and state = ?"
        if list(self.db.query(done, [state])):
            return None
        meetings = list(
            self.db.query(
                "select m.id, m.document_id, m.body, m.date, d.file from meetings m "
                "join documents d on d.id = m.document_id where d.status = 'current'"
            )
        )
        by_date: dict[str, list[dict]] = {}
        by_folder: dict[str, list[dict]] = {}
        for meeting in meetings:
            by_date.setdefault(meeting["date"], []).append(meeting)
            by_folder.setdefault(_folder(meeting["file"]), []).append(meeting)
        links = []
        decks = self.db.query(
            "select id, file from documents "
            "where status = 'current' and document_type = 'presentation'"
        )
        for deck in decks:
            text = self._deck_text(deck["id"])
            linked: dict[int, tuple[dict, str]] = {}
            dates = self.db.execute(
                "select date from deck_dates where document_id = ?", [deck["id"]]
            ).fetchall()
            for (date,) in dates:
                for meeting in by_date.get(date, []):
                    if _names_body(text, meeting["body"]):
                        linked[meeting["id"]] = (meeting, "body_and_date")
            beside = by_folder.get(_folder(deck["file"]), [])
            if len(beside) == 1 and beside[0]["id"] not in linked:
                linked[beside[0]["id"]] = (beside[0], "same_folder")
            links.extend(
                {"document_id": deck["id"], "meeting_id": meeting["id"],
                 "minutes_document_id": meeting["document_id"], "reason": reason}
                for meeting, reason in linked.values()
            )  # fmt: skip
        with self.db.atomic():
            self.db["deck_meetings"].delete_where()
            self.db["deck_meetings"].insert_all(links)
            self.db["derived_state"].upsert({"name": "deck_meetings", "state": state}, pk="name")
        return len(links)

    def _deck_text(self, document_id: int) -> str:
        rows = self.db.query(
            "select title, text, notes from slides where document_id = ? order by number",
            [document_id],
        )
        parts = [row[k] or "" for row in rows for k in ("title", "text", "notes")]
        return " ".join(" ".join(parts).split())


def documents_state(db: sqlite_utils.Database) -> str:
    """A digest of the current documents that changes whenever one is stored (again),
    replaced or removed: what tables derived from all documents are recomputed on."""
    digest = hashlib.sha256()
    rows = db.execute(
        "select file, sha256, generation from documents where status = 'current' order by file"
    )
    for file, sha256, generation in rows:
        digest.update(f"{file}\t{sha256}\t{generation}\n".encode())
    return digest.hexdigest()


def _folder(file: str) -> str:
    return file.rpartition("/")[0]


def _names_body(text: str, body: str | None) -> bool:
    """The body's name in text, case-insensitively; a year after the name may be left
    out ('Samverkansgrupp Nära vård 2023' is named by 'Samverkansgrupp Nära vård')."""
    if not body:
        return False
    folded = text.casefold()
    name = " ".join(body.split()).casefold()
    short = re.sub(r"\s+(?:19|20)\d{2}$", "", name)
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in {name, short} if n)
