"""Which meeting a deck names, read from its text: the dates are read at extraction
(`StoredDocument.dates`, the `deck_dates` table); whether the deck names a meeting's
body is read here when decks are linked to the meetings stored beside them
(pipeline/ingest/decks.py), since the bodies come from other documents. The store
keeps the text and the dates; it reads neither."""

from __future__ import annotations

import re
from collections.abc import Iterable


def deck_text(slides: Iterable[tuple[str | None, str | None, str | None]]) -> str:
    """A deck's slides, (title, text, notes) each, as one line of text."""
    parts = [part or "" for slide in slides for part in slide]
    return " ".join(" ".join(parts).split())


def names_body(text: str, body: str | None) -> bool:
    """The body's name in text, case-insensitively; a year after the name may be left
    out ('Samverkansgrupp Nära vård 2023' is named by 'Samverkansgrupp Nära vård')."""
    if not body:
        return False
    folded = text.casefold()
    name = " ".join(body.split()).casefold()
    short = re.sub(r"\s+(?:19|20)\d{2}$", "", name)
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in {name, short} if n)
