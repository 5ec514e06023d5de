"""Decks linked to meetings (`deck_meetings`), recomputed after an ingest when a document
was stored or removed since the last time (also after an ingest that stopped half-way).

A deck is linked to a meeting when its slides name the meeting's body and its date
('2024-05-03' or '3 maj 2024'): reason `body_and_date`; else when it lies in the same
corpus folder as the minutes and that folder holds no other minutes: reason
`same_folder`. The text is read by extractors/presentation/meetings.py; the store gives
the rows and writes the links.
"""

from __future__ import annotations

from extractors.presentation.meetings import deck_text, names_body
from pipeline.store.writer import Store, documents_state


def link_decks(store: Store) -> int | None:
    """Recompute the links when documents changed; returns their number, or None when
    nothing changed."""
    state = documents_state(store.db)
    if store.derived_state("deck_meetings") == state:
        return None
    by_date: dict[str, list[dict]] = {}
    by_folder: dict[str, list[dict]] = {}
    for meeting in store.current_meetings():
        by_date.setdefault(meeting["date"], []).append(meeting)
        by_folder.setdefault(_folder(meeting["file"]), []).append(meeting)
    links = []
    for deck in store.current_decks():
        text = deck_text(deck["slides"])
        linked: dict[int, tuple[dict, str]] = {}
        for date in deck["dates"]:
            for meeting in by_date.get(date, []):
                if names_body(text, meeting["body"]):
                    linked[meeting["id"]] = (meeting, "body_and_date")
        beside = by_folder.get(_folder(deck["file"]), [])
        if len(beside) == 1 and beside[0]["id"] not in linked:
            linked[beside[0]["id"]] = (beside[0], "same_folder")
        links.extend(
            {"document_id": deck["id"], "meeting_id": meeting["id"],
             "minutes_document_id": meeting["document_id"], "reason": reason}
            for meeting, reason in linked.values()
        )  # fmt: skip
    store.replace_deck_links(links, state)
    return len(links)


def _folder(file: str) -> str:
    return file.rpartition("/")[0]
