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
# Any presenting verb as a word: text without one has no presenter match to find (a
# token is bounded by spaces or punctuation, never by a letter or digit).
_ANY_VERB = re.compile(rf"(?<!\w)(?:{'|'.join(PRESENTING_VERBS)})(?!\w)")
_SPACE = re.compile(r"\s")
_NAME_SHAPE = r"^[A-ZÅÄÖÉ][a-zåäöéèü'’]+(-[A-ZÅÄÖ][a-zåäöéèü]+)?$"


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
    bodies = ([name, name], [name, name, name], [name, particle, name])
    for body in bodies:
        matcher.add("PRESENTER", [body + [verb], body + party + [verb]], greedy="LONGEST")
    # "Ingela Söder och Sara Holmqvist redovisar"
    pair = [name, name, {"LOWER": "och"}, name, name, verb]
    matcher.add("PRESENTER", [pair], greedy="LONGEST")
    pipeline.vocab.strings.add("PRESENTER")
    return pipeline, matcher


def sentences(text: str) -> list[str]:
    """The sentences of text (tokenizer and sentencizer only: no entities needed)."""
    pipeline, _ = nlp()
    doc = pipeline.get_pipe("sentencizer")(pipeline.make_doc(text))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def presenters(text: str) -> list[str]:
    """People who present in text, in order of first mention ('Åsa Revenäs informerar').

    Every pattern ends in a presenting verb and looks only at tokens, so text without
    such a verb is not run through spaCy at all, and text with one only through its
    tokenizer, up to the space after its last verb (spaCy splits at spaces first, so the
    tokens before that space are the same and every match ends there or earlier).
    """
    lowered = text.lower()
    verbs = list(_ANY_VERB.finditer(lowered))
    if not verbs:
        return []
    last = verbs[-1]
    if len(lowered) == len(text):  # lowering kept every offset
        space = _SPACE.search(text, last.end())
        if space is not None:
            text = text[: space.start()]
    pipeline, matcher = nlp()
    doc = pipeline.make_doc(text)
    found: list[str] = []
    for _, start, end in sorted(matcher(doc), key=lambda m: m[1]):
        tokens = [t.text for t in doc[start : end - 1]]
        if "(" in tokens:  # a party ends the name: "Anna Berg (S) informerar"
            tokens = tokens[: tokens.index("(")]
        groups = " ".join(tokens).split(" och ")
        for group in groups:
            name_tokens = group.split()
            while len(name_tokens) > 2 and ROLE_WORDS.search(name_tokens[0]):
                name_tokens.pop(0)  # a title before the name: "Ekonomichef Gun Ek"
            name = " ".join(name_tokens)
            if name and name not in found:
                found.append(name)
    return found


def entities(text: str) -> list[tuple[str, str]]:
    """(label, text) of the rule-based entities in text: PARTY and PLACE."""
    pipeline, _ = nlp()
    return [(ent.label_, ent.text) for ent in pipeline(text).ents]
