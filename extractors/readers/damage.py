"""Is a page's text layer damaged? Then OCR reads the page better than its text layer.

Damage shows as glyphs mapped to nothing or to control characters (U+FFFD, private
use, C0 controls) and as a high share of words that are no words.
"""

from __future__ import annotations

import unicodedata

from extractors.document import Page

# A page is damaged when this share of its characters is unmapped or control characters.
MAX_BAD_CHARS = 0.02


def bad_char(char: str) -> bool:
    """A character a text layer gives for a glyph it cannot map."""
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs")


def damaged(page: Page) -> bool:
    """Whether the page's text layer is too damaged to read as it is."""
    text = "".join(w.text for line in page.lines for w in line.words)
    if not text:
        return False
    bad = sum(1 for c in text if bad_char(c))
    return bad > MAX_BAD_CHARS * len(text)
