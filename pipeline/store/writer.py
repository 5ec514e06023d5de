"""The writer: one document in, in one transaction, so a crash leaves it either fully in
or fully out; and what ingest reads back (hashes, states, the rows decks are linked by).

The store writes records; it never parses text. What it writes of a document comes in
one `StoredDocument` (schemas/stored.py): the record with each row's text, page and
corrected flag inside the row. The tables are those of store/schema.py; opening a
database brings it up to them (store/migrations.py). WAL mode lets Datasette read while
ingest writes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import sqlite_utils

from pipeline.store.migrations import migrate
from pipeline.store.rows import insert_rows
from pipeline.store.schema import DOCUMENT_ROWS, now, source_url
from schemas.record import SCHEMA_VERSION
from schemas.stored import StoredDocument


class Store:
    """The minutes database. Open it, write documents, read what is known."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        migrate(self.db)

    def close(self) -> None:
        self.db.close()

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
        insert_rows(
            self.db.conn,
            "attendees",
            [
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
            ],
        )
        insert_rows(
            self.db.conn,
            "substitutions",
            [
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
            ],
        )
        self._store_items(document_id, meeting_id, document)

    def _store_items(
        self, document_id: int, meeting_id: int | None, document: StoredDocument
    ) -> None:
        """The document's items, then their presenters and decisions: three batched inserts
        (the items' ids are read back by position, unique within the document)."""
        file = document.file
        items = document.agenda_items
        insert_rows(
            self.db.conn,
            "agenda_items",
            [
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
            ],
        )
        item_ids = [
            row[0]
            for row in self.db.execute(
                "select id from agenda_items where document_id = ? order by position",
                [document_id],
            ).fetchall()
        ]
        located = list(zip(item_ids, items, strict=True))
        insert_rows(
            self.db.conn,
            "presenters",
            [
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
            ],
        )
        insert_rows(
            self.db.conn,
            "decisions",
            [
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
            ],
        )

    def _store_presentation(self, document_id: int, document: StoredDocument) -> None:
        file = document.file
        insert_rows(
            self.db.conn,
            "deck_dates",
            [{"document_id": document_id, "date": date} for date in document.dates],
        )
        insert_rows(
            self.db.conn,
            "slides",
            [
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
            ],
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
            rows = [
                {"list_id": list_id, "document_id": document_id, "position": k, "text": text,
                 "period": deck_list["period"], "slide": deck_list["slide"],
                 **at(deck_list["slide"])}
                for k, text in enumerate(deck_list["items"], start=1)
            ]  # fmt: skip
            insert_rows(self.db.conn, "deck_list_items", rows)
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
        insert_rows(
            self.db.conn,
            "timeline",
            [
                {"document_id": document_id, "position": position, **phase, **at(phase["slide"])}
                for position, phase in enumerate(record.get("timeline", []), start=1)
            ],
        )

    # -- linking decks to meetings (the rule: pipeline/ingest/decks.py) ---------
    def derived_state(self, name: str) -> str | None:
        """The `documents_state` a table derived from all documents was last computed
        from (None: never)."""
        rows = self.db.execute("select state from derived_state where name = ?", [name])
        row = rows.fetchone()
        return row[0] if row else None

    def current_meetings(self) -> list[dict]:
        """Every meeting of a current document: id, document_id, body, date, file."""
        return list(
            self.db.query(
                "select m.id, m.document_id, m.body, m.date, d.file from meetings m "
                "join documents d on d.id = m.document_id where d.status = 'current'"
            )
        )

    def current_decks(self) -> list[dict]:
        """Every current deck: id, file, the dates it names (`deck_dates`) and its slides
        as stored, (title, text, notes) in slide order."""
        decks = list(
            self.db.query(
                "select id, file from documents "
                "where status = 'current' and document_type = 'presentation'"
            )
        )
        for deck in decks:
            deck["dates"] = [
                date
                for (date,) in self.db.execute(
                    "select date from deck_dates where document_id = ?", [deck["id"]]
                )
            ]
            deck["slides"] = self.db.execute(
                "select title, text, notes from slides where document_id = ? order by number",
                [deck["id"]],
            ).fetchall()
        return decks

    def replace_deck_links(self, links: list[dict], state: str) -> None:
        """`deck_meetings` as these links (document_id, meeting_id, minutes_document_id,
        reason), computed from the documents in `state`."""
        with self.db.atomic():
            self.db["deck_meetings"].delete_where()
            self.db["deck_meetings"].insert_all(links)
            self.db["derived_state"].upsert({"name": "deck_meetings", "state": state}, pk="name")


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
