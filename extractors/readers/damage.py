"""Is a page's text layer damaged? Then OCR reads the page better than its text layer.

Damage shows as glyphs mapped to nothing useful: control characters, private-use or
unassigned code points, the replacement character, or 'ÿ' (what a control code in a
standard font comes out as); and as words that are no words (four letters or more and
no vowel). Squares are no sign of damage: '▪' and '■' are bullets on slides.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from extractors.document import Page

# A page is damaged when this share of its characters are stand-ins for unmapped glyphs,
MAX_BAD_CHARS = 0.02
# or this share of its words are no words.
MAX_NON_WORDS = 0.3
# Stand-ins for a glyph without Unicode: the replacement character, and 'ÿ' (0xFF, what
# a control code in a standard font comes out as); no Swedish text has them.
_STAND_INS = re.compile("[\ufffd\u00ff]")
# one word a line (words hold no line break): all of a page's words in one search
_NO_VOWEL = re.compile(r"^[^\W\d_aeiouyåäöéüæøAEIOUYÅÄÖÉÜÆØ]{4,}$", re.MULTILINE)


@functools.lru_cache(maxsize=4096)
def bad_char(char: str) -> bool:
    """A character a text layer gives for a glyph it cannot map (judged once a character:
    every page asks for each of its characters)."""
    if _STAND_INS.match(char):
        return True
    return char not in "\t\n" and unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs")


def damaged(page: Page) -> bool:
    """Whether the page's text layer is too damaged to read as it is."""
    words = [w.text for line in page.lines for w in line.words]
    text = "".join(words)
    if not text:
        return False
    bad = sum(text.count(c) for c in set(text) if bad_char(c))  # each character judged once
    if bad > MAX_BAD_CHARS * len(text):
        return True
    return len(_NO_VOWEL.findall("\n".join(words))) > MAX_NON_WORDS * len(words)
