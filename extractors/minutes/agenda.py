"""An agenda (kallelse, föredragningslista, dagordning) told from minutes by the document
word at the top of its first page: the meeting and its items, before the meeting was
held, so no attendance and no decisions."""

from __future__ import annotations

from extractors.document import Document
from extractors.minutes.parameters import AGENDA_WORD_ZONE
from extractors.swedish.headings import AGENDA_WORD, MINUTES_WORD


def is_agenda(document: Document) -> bool:
    """Whether the first page says it is an agenda and nothing there says minutes."""
    if not document.pages:
        return False
    page = document.pages[0]
    top = [ln.text.strip() for ln in page.lines if ln.top <= page.height * AGENDA_WORD_ZONE]
    if any(MINUTES_WORD.match(text) for text in top):
        return False
    return any(AGENDA_WORD.match(text) for text in top)
