"""The database's schema, all of it in one place: the tables and their columns, which
tables hold the rows of one document, indexes, full-text search and views.

A table, column or index added here reaches an existing database when `Store` opens it
(store/migrations.py adds what is missing); a change that adding cannot make (a backfill,
a dropped index, a rename) is a named step in store/migrations.py as well.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

# Swedish full-text search: å, ä and ö are letters of their own, not accented a and o.
FTS_TOKENIZE = "unicode61 remove_diacritics 0"


def source_url(file: str, page: int | None = None) -> str:
    """A `source_url` value: the link Datasette serves the original under (its static
    mount of the corpus), at the page."""
    url = "/corpus/" + quote(file)
    return f"{url}#page={page}" if page else url


def now() -> str:
    """An `…_at` value: the time in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# where a row of a deck's structure was read: on every such row
_PAGE_COLUMNS = {"source_file": str, "page": int, "source_url": str}

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
    # -- slide decks (schema_version 2): lists, figures, timeline, deck → meeting links
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
}  # fmt: skip

# Tables holding rows of one document: cleared when the document is replaced.
DOCUMENT_ROWS = [
    "presenters", "decisions", "agenda_items", "substitutions", "attendees", "slides",
    "meetings", "corrections",
    # a deck's (its deck_meetings rows point at two documents: see Store._delete_rows)
    "deck_list_items", "deck_lists", "figures", "timeline", "deck_dates",
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
    "deck_lists": [["document_id"], ["period"], ["start_year"]],
    "deck_list_items": [["list_id"], ["document_id"], ["period"]],
    "figures": [["document_id"], ["unit"], ["place"], ["part_of_id"], ["change"]],
    "timeline": [["document_id"], ["start_year"]],
    "deck_meetings": [["document_id"], ["meeting_id"], ["minutes_document_id"], ["reason"]],
    "deck_dates": [["document_id"], ["date"]],
}  # fmt: skip
UNIQUE = {"documents": ["file"]}

FTS = {
    "agenda_items": ["title", "text"],
    "decisions": ["text"],
    "slides": ["title", "text", "notes"],
    "deck_lists": ["heading"],
    "deck_list_items": ["text"],
    "figures": ["text", "counts"],
    "timeline": ["period", "title"],
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
