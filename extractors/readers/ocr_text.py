"""OCR's usual misreadings in Swedish minutes, repaired before lines are built.

Tesseract's Swedish model reads the paragraph sign that numbers every item as '&', '$'
or '8' ('& 44', '$266', '847' for '§ 47'), and the extractors find items by it. A line
that starts with '&' or '$' and a number starts with '§'; a line that starts with
'8' run into a number ('847') does when that number fits between the items numbered
around it, and so does a '3' or '8' before such a number ('3 138'). Dot leaders in
a table of contents come out as words of speckles ('so sein see') before the page
number: they become the dots they were, which is how the extractors know a table of
contents. Table rules read as '|' and specks read as punctuation are dropped, a dash
read as '=-' between numbers is a dash, and the capital Å, Ä, Ö that lose their marks
in the headings the extractors look for ('Ovriga deltagande') get them back.
"""

from __future__ import annotations

import re

from extractors.document import Word

# What Tesseract reads for '§' (or '§§') at the start of a line
_SIGN = re.compile(r"^[&$§][&$§S]?$")
_GLUED = re.compile(r"^([&$§][&$§]?)(\d{1,4}[a-z]?[.:]?)$")
_NUMBER = re.compile(r"^(\d{1,4})[a-z]?[.:]?(?:[-–]\d{1,4})?$")
_PREFIX = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
_DOUBLE = re.compile(r"^[&$§8S]{2}$")
_RANGE = re.compile(r"^\d{1,4}[-–]\d{1,4}$")
# '847' or '3 47' for '§ 47': the sign read as a digit, alone or run into the number
_EIGHT = re.compile(r"^[83](\d{1,3})$")
_LOOKALIKES = ("8", "3", "S", "&", "$")
# How far an '8NN' may be from the item numbers read around it to be '§ NN'
SEQUENCE_GAP = 3


def repair_lines(lines: list[list[Word]]) -> None:
    """Repair the paragraph signs that start OCR lines (each a list of words), in place."""
    numbers: list[int] = []
    for words in lines:  # '§§ 61-64' anywhere in a line
        for i, word in enumerate(words[:-1]):
            if _DOUBLE.match(word.text) and _RANGE.match(words[i + 1].text):
                word.text = "§§"
    for line in lines:
        # the sign may follow a body's short name: 'KF § 61'
        words = line[1:] if len(line) > 2 and _PREFIX.match(line[0].text) else line
        if not words:
            continue
        first = words[0]
        glued = _GLUED.match(first.text)
        if glued:
            line.insert(line.index(first) + 1, _split(first, glued.group(1), glued.group(2)))
            first.text = glued.group(1)
            words = line[line.index(first) :]
        if len(words) > 1 and _SIGN.match(first.text) and _NUMBER.match(words[1].text):
            # '§§' only before a range ('§§ 12-17'): a doubled sign before one number is
            # a speck read beside it
            ranged = len(words) > 2 and words[2].text[:1] in "-–"
            ranged = ranged or bool(_RANGE.match(words[1].text))
            first.text = "§§" if len(first.text) == 2 and ranged else "§"
            numbers.append(int(_NUMBER.match(words[1].text).group(1)))
    if not numbers:
        return
    for words in lines:
        for i, word in enumerate(words[1:-1], start=1):  # '§ 86' inside a line
            if word.text in _LOOKALIKES and _in_sequence(words[i + 1].text, numbers):
                word.text = "§"
        if not words:
            continue
        first = words[0]
        eight = _EIGHT.match(first.text)
        if eight:
            number = eight.group(1)
        elif first.text in _LOOKALIKES and len(words) > 1 and _NUMBER.match(words[1].text):
            number = _NUMBER.match(words[1].text).group(1)
        else:
            continue
        if any(0 < abs(int(number) - n) <= SEQUENCE_GAP for n in numbers):
            if eight:
                words[1:1] = [_split(first, first.text[0], number)]
            first.text = "§"


# Words read with less confidence than this before a table of contents' page number
# are its dot leaders.
LEADER_CONFIDENCE = 50.0
# The page number stands in the right part of the page (share of its width from the left).
LEADER_NUMBER_FROM = 0.6
LEADER = "." * 8
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_SPECK = re.compile(r"^[^\w§]+$")
_DASH = re.compile(r"(?<=\d)(?:=-|-=|=|==)(?=\d)")
# Headings and group words with a capital Å, Ä or Ö, by their letters without marks
_MARKED = {
    w.casefold().translate(str.maketrans("ÅÄÖåäö", "AAOaao")): w
    for w in ("Övriga", "Övrigt", "Övrig", "Ärende", "Ärenden", "Ärendet",
              "Ärendebeskrivning", "Åhörare", "Återrapportering")
}  # fmt: skip


def repair_words(words: list[Word], page_width: float) -> list[Word]:
    """One OCR line's words with its rules, dashes, marks and dot leaders repaired."""
    kept = []
    for word in words:
        text = word.text.strip("|")
        if not text or (_SPECK.match(text) and (word.confidence or 0.0) < LEADER_CONFIDENCE):
            continue  # a table rule, or a speck read as punctuation ('=.')
        text = _DASH.sub("-", text)
        marked = _MARKED.get(text.casefold())
        if marked and text[:1].isupper():
            text = marked if not text.isupper() else marked.upper()
        word.text = text
        kept.append(word)
    return _leaders(kept, page_width)


def _leaders(words: list[Word], page_width: float) -> list[Word]:
    """A run of doubtful words before a page number at the right: dot leaders."""
    if len(words) < 3 or words[-1].x0 < LEADER_NUMBER_FROM * page_width:
        return words
    last = words[-1]
    doubtful = len(last.text) <= 3 and (last.confidence or 100.0) < LEADER_CONFIDENCE
    if not (_PAGE_NUMBER.match(last.text) or doubtful):  # a page number, or what OCR
        return words  # made of one the leaders ran into
    start = len(words) - 1
    while start > 1 and (words[start - 1].confidence or 100.0) < LEADER_CONFIDENCE:
        start -= 1
    if start == len(words) - 1:
        return words
    run = words[start:-1]
    first = run[0]
    dots = Word(
        LEADER, first.x0, first.top, run[-1].x1, first.bottom, first.font, first.size,
        min(w.confidence or 0.0 for w in run),
    )  # fmt: skip
    return [*words[:start], dots, words[-1]]


def _in_sequence(text: str, numbers: list[int]) -> bool:
    m = _NUMBER.match(text)
    return m is not None and any(0 < abs(int(m.group(1)) - n) <= SEQUENCE_GAP for n in numbers)


def _split(word: Word, head: str, tail: str) -> Word:
    """Cut `word` after `head`; `word` keeps the head's box, the returned word the tail."""
    cut = word.x0 + (word.x1 - word.x0) * len(head) / (len(head) + len(tail))
    tail_word = Word(
        tail, cut, word.top, word.x1, word.bottom, word.font, word.size, word.confidence
    )
    word.x1 = cut
    return tail_word
