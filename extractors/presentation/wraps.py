"""Lines of a slide that wrap, joined as the slide shows them.

Office suites do not hyphenate slide text: PowerPoint never does and LibreOffice Impress
does not by default. A hyphen at the end of a line is therefore part of the text and is
kept ('2024-' + '2025' → '2024-2025', 'e-' + 'tjänster' → 'e-tjänster'), unlike in
minutes, where a hyphen at a line end is often the typesetter's. A line may also break
after a slash ('och/' + 'eller'), which joins without a space too.
"""

from __future__ import annotations

import re

# A hyphen after a letter or digit that the next line continues: a digit or a lowercase
# letter. 'Hälso-' + 'och sjukvård' is a word shortened before a conjunction: the space
# stays.
_HYPHEN_END = re.compile(r"\w-$")
_CONTINUATION = re.compile(r"[\da-zåäöéü]")
_CONJUNCTION = re.compile(r"(och|eller|samt|till|resp|respektive|som)\b")
_SLASH_END = re.compile(r"\w/$")


def join_slide_lines(previous: str, text: str) -> str:
    """Join a wrapped line to the text above it."""
    if not previous:
        return text
    if not text:
        return previous
    if _HYPHEN_END.search(previous[-2:]) and _CONTINUATION.match(text):
        if not _CONJUNCTION.match(text):
            return previous + text
    if _SLASH_END.search(previous[-2:]) and text[0].isalnum():
        return previous + text
    return f"{previous} {text}"
