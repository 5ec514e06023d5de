"""The one spaCy pipeline: blank Swedish + sentencizer + rule-based entities.

No trained Swedish model can be installed here, so entities come from rules: an
EntityRuler with party abbreviations (PARTY) and the municipalities and regions of
Sweden (PLACE), and a Matcher for people introducing an item ('Åsa Revenäs informerar').
spaCy is imported lazily and the pipeline built once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.swedish.names import PARTICLES
from extractors.swedish.parties import KNOWN_PARTIES
from extractors.swedish.places import place_names
from extractors.swedish.roles import ROLE_WORDS

# Verbs with which minutes say who presented an item.
PRESENTING_VERBS = [
    "informerar", "informerade", "berättar", "berättade", "presenterar", "presenterade",
    "redogör", "redogjorde", "föredrar", "föredrog", "redovisar", "redovisade",
    "inleder", "inledde", "visar", "visade", "beskriver", "beskrev", "rapporterar",
    "rapporterade", "går",
]  # fmt: skip
# Passive forms, the presenter after "av": "Information lämnas av Per Holm".
PASSIVE_VERBS = [
    "lämnas", "lämnades", "ges", "gavs", "föredras", "föredrogs", "presenteras",
    "presenterades", "redovisas", "redovisades", "redogörs", "lämnats", "getts",
]  # fmt: skip


def _starts(words: list[str]) -> str:
    """A lookahead for the first letters of words: a pattern that begins with it skips
    the other characters of a text at C speed (run over every item's text)."""
    return f"(?=[{''.join(sorted({w[0] for w in words}))}])"


# Any presenting verb as a word: text without one has no presenter match to find (a
# token is bounded by spaces or punctuation, never by a letter or digit).
_ANY_VERB = re.compile(rf"{_starts(PRESENTING_VERBS)}(?<!\w)(?:{'|'.join(PRESENTING_VERBS)})(?!\w)")
_SPACE = re.compile(r"\s")
# A company's form after its name: the name is a company's, no presenter ("Anbudet
# lämnades av Norrviks Bygg AB", "Dalby Maskin Ab presenterade")
COMPANY_FORM = re.compile(r"^(?:AB|Ab|HB|KB|Oy|Oyj|Ltd|Inc|AS|ASA|A/S)(?::s)?$")
_NAME = r"[A-ZÅÄÖÉ][a-zåäöéèü'’]+(-[A-ZÅÄÖ][a-zåäöéèü]+)?"
_NAME_SHAPE = rf"^{_NAME}$"
# What every presenter match has right before its verb, in the raw text: two name-shaped
# words (particles between them allowed) and perhaps a party. Looser than the patterns,
# so a verb without it cannot end a match and its text is not tokenized.
_PARTICLES = rf"(?:(?i:{'|'.join(sorted(PARTICLES))})\s*)*"
_BEFORE_VERB = re.compile(
    rf"{_NAME}\s*{_PARTICLES}{_NAME}\s*"
    r"(?:\(\s*[^\W\d_]{1,4}\s*\)\s*)?"
    r"(?:,\s*[^,.\s][^,.]*,\s*)?$"  # between commas, a title or an organisation
)
# What every passive match has: "lämnas av (title) Per Holm".
_PASSIVE = re.compile(
    rf"(?i:{_starts(PASSIVE_VERBS)})(?<!\w)(?i:{'|'.join(PASSIVE_VERBS)})\s+(?i:av)\s+(?:[a-zåäö]+\s+)?{_NAME}\s*{_PARTICLES}{_NAME}"
)
_LAST_SPACE = re.compile(r"\s\S*\Z")


@lru_cache(maxsize=1)
def nlp():
    import spacy
    from spacy.matcher import Matcher

    pipeline = spacy.blank("sv")
    pipeline.add_pipe("sentencizer")
    ruler = pipeline.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = []
    for abbr in KNOWN_PARTIES:
        for form in {abbr, abbr.lower()}:
            patterns.append(
                {"label": "PARTY", "pattern": [{"ORTH": "("}, {"ORTH": form}, {"ORTH": ")"}]}
            )
    for name in place_names():
        patterns.append({"label": "PLACE", "pattern": name})
    ruler.add_patterns(patterns)
    matcher = Matcher(pipeline.vocab)
    name = {"TEXT": {"REGEX": _NAME_SHAPE}, "IS_STOP": False}
    particle = {"LOWER": {"IN": sorted(PARTICLES)}, "OP": "*"}
    verb = {"LOWER": {"IN": PRESENTING_VERBS}}
    party = [{"ORTH": "("}, {"IS_ALPHA": True, "LENGTH": {"<=": 4}}, {"ORTH": ")"}]
    # "Per Holm, controller på ekonomikontoret, informerar", "Eva Ek, Region Norrvik,
    # informerade"
    title = [{"ORTH": ","}, {"ORTH": {"NOT_IN": [",", "."]}, "OP": "+"}, {"ORTH": ","}]
    # "Information lämnas av (ekonomichef) Per Holm"
    passive = [{"LOWER": {"IN": PASSIVE_VERBS}}, {"LOWER": "av"}, {"IS_LOWER": True, "OP": "?"}]
    bodies = ([name, name], [name, name, name], [name, particle, name])
    for body in bodies:
        forms = [body, body + party, body + title, body + party + title]
        matcher.add("PRESENTER", [form + [verb] for form in forms], greedy="LONGEST")
        matcher.add("PRESENTER_AFTER", [passive + body], greedy="LONGEST")
    # "Ingela Söder och Sara Holmqvist redovisar", "Sara Ek (S) och Olle Berg (M) redovisar"
    pairs = [
        [name, name] + first + [{"LOWER": "och"}, name, name] + second + [verb]
        for first in ([], party)
        for second in ([], party)
    ]
    matcher.add("PRESENTER", pairs, greedy="LONGEST")
    pipeline.vocab.strings.add("PRESENTER")
    pipeline.vocab.strings.add("PRESENTER_AFTER")
    return pipeline, matcher


def matched_names(doc, matches) -> list[str]:
    """The presenters' names in the matcher's matches of doc, in order: a party, a title
    between commas or before the name ("Ekonomichef Gun Ek") and the verb are left out,
    and "X och Y" gives two names."""
    found: list[str] = []
    after = doc.vocab.strings["PRESENTER_AFTER"]
    for match_id, start, end in sorted(matches, key=lambda m: m[1]):
        span = doc[start + 2 : end] if match_id == after else doc[start : end - 1]
        tokens = [t.text for t in span]
        following = doc[end].text if match_id == after and end < len(doc) else ""
        if COMPANY_FORM.match(following) or any(COMPANY_FORM.match(t) for t in tokens):
            continue
        words: list[str] = []
        i = 0
        while i < len(tokens):
            if tokens[i] == "(":  # a party: "( S )"
                i = tokens.index(")", i) + 1 if ")" in tokens[i:] else len(tokens)
                continue
            if tokens[i] == ",":  # a title follows
                break
            words.append(tokens[i])
            i += 1
        for group in " ".join(words).split(" och "):
            name_tokens = group.split()
            while name_tokens and name_tokens[0].islower():
                name_tokens.pop(0)  # a title after "av": "lämnas av ekonomichef Per Holm"
            while len(name_tokens) > 2 and ROLE_WORDS.search(name_tokens[0]):
                name_tokens.pop(0)  # a title before the name: "Ekonomichef Gun Ek"
            name = " ".join(name_tokens)
            if name and name not in found:
                found.append(name)
    return found


def sentences(text: str) -> list[str]:
    """The sentences of text (tokenizer and sentencizer only: no entities needed)."""
    pipeline, _ = nlp()
    doc = pipeline.get_pipe("sentencizer")(pipeline.make_doc(text))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def presenters(text: str) -> list[str]:
    """People who present in text, in order of first mention ('Åsa Revenäs informerar').

    Every pattern ends in a presenting verb and looks only at tokens, so text without
    such a verb is not run through spaCy at all, and text with one only through its
    tokenizer, in a window before each verb that has two names right before it (spaCy
    splits at spaces first, so a window that begins and ends at a space has the same
    tokens as the whole text there).
    """
    windows = _verb_windows(text)
    if not windows:
        return []
    pipeline, matcher = nlp()
    found: list[str] = []
    for window in windows:
        doc = pipeline.make_doc(window)
        for name in matched_names(doc, matcher(doc)):
            if name not in found:
                found.append(name)
    return found


# Characters looked at before a presenting verb: a name of three words with particles and
# a party, or two people joined by "och", is far shorter.
REACH = 200


def _verb_windows(text: str) -> list[str]:
    """The stretches of text that can hold a presenter match, in order, not overlapping:
    from a space about `REACH` characters before each verb that has two names right
    before it, up to the space after the verb."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lowering moved offsets: look at the whole text
        return [text] if _ANY_VERB.search(lowered) else []
    found: list[tuple[int, int]] = []
    for verb_start, verb_end in word_occurrences(lowered, PRESENTING_VERBS):
        start = max(0, verb_start - REACH)
        # what a presenter match has before its verb holds no full stop: looked for after
        # the last one (a search tries every capital of the window otherwise)
        after_stop = text.rfind(".", start, verb_start) + 1
        if not _BEFORE_VERB.search(text, max(start, after_stop), verb_start):
            continue
        if start:  # begin at a word: the window's tokens are those of the whole text
            space = _SPACE.search(text, start - 1, verb_start)
            start = space.end() if space else verb_start
        space = _SPACE.search(text, verb_end)
        found.append((start, space.start() if space else len(text)))
    passives, last_end = [], 0
    for at, _ in word_occurrences(lowered, PASSIVE_VERBS):  # as _PASSIVE.finditer(text) finds
        passive = _PASSIVE.match(text, at) if at >= last_end else None
        if passive is not None:
            passives.append(passive)
            last_end = passive.end()
    for passive in passives:  # from the verb to a space beyond the names
        space = _LAST_SPACE.search(text, 0, passive.start())
        start = space.start() + 1 if space else 0
        space = _SPACE.search(text, min(len(text), passive.end() + REACH))
        found.append((start, space.start() if space else len(text)))
    spans: list[tuple[int, int]] = []
    for span in sorted(found):
        if spans and span[0] <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(span[1], spans[-1][1]))
        else:
            spans.append(span)
    return [text[start:end] for start, end in spans]


def word_occurrences(lowered: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each of `words` in the lower-cased text as a word of its own (no
    word character either side), in order. str.find per word: a regex alternation over
    the text costs some 25 ns a character, and every item's text is looked through."""
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and _WORD_CHAR.match(lowered, at - 1)) and not _WORD_CHAR.match(
                lowered, end
            ):
                found.append((at, end))
            at = lowered.find(word, at + 1)
    found.sort()
    return found


_WORD_CHAR = re.compile(r"\w")


def entities(text: str) -> list[tuple[str, str]]:
    """(label, text) of the rule-based entities in text: PARTY and PLACE."""
    pipeline, _ = nlp()
    return [(ent.label_, ent.text) for ent in pipeline(text).ents]
