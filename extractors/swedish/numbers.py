"""Numbers as Swedish writes them in words and around figures: number words ('tre',
'tolv'), fractions ('en tredjedel'), the qualifiers before a number ('ca', 'drygt'), the
verbs of a change ('minskar', 'ökade'), and the words that are no counted noun after a
number ('år', 'dagar', 'och') or make it a label before one ('mål 5', '§ 3').
"""

from __future__ import annotations

import re

# Numbers written as words
WORD_NUMBERS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tjugo": 20, "hundra": 100,
}  # fmt: skip

# Fractions written as words, as percentages
FRACTIONS = {
    "hälften": 50.0, "en tredjedel": 33.3, "två tredjedelar": 66.7, "en fjärdedel": 25.0,
    "tre fjärdedelar": 75.0, "en femtedel": 20.0, "en tiondel": 10.0,
}  # fmt: skip

# What may stand before a number to say it is approximate or a bound
NUMBER_QUALIFIERS = [
    "ca", "ca.", "cirka", "c:a", "ungefär", "omkring", "runt", "drygt", "knappt", "nästan",
    "över", "under", "minst", "högst", "upp till", "mer än", "fler än", "mindre än",
]  # fmt: skip

# The verbs of a change a figure measures: 'minskar med 50%', 'ökade till 230'
CHANGE_VERBS = re.compile(
    r"\b(minskar|minskade|minskat|ökar|ökade|ökat|halveras|halverats|halverades|fördubblas"
    r"|fördubblats|sjunker|sjönk|sjunkit|stiger|steg|stigit|förbättras|förbättrats"
    r"|försämras|försämrats|reduceras|reducerats)\b",
    re.IGNORECASE,
)

# Words that cannot be what a number counts: function words, units of time and age.
NOT_COUNTED = {
    "och", "i", "på", "av", "för", "med", "till", "som", "är", "att", "om", "vid", "från",
    "eller", "samt", "per", "inom", "efter", "under", "mot", "inv", "st", "kr", "procent",
    "år", "års", "åren", "dag", "dagar", "dygn", "vecka", "veckor", "månad", "månader",
    "timme", "timmar", "minut", "minuter", "gånger", "ggr", "varav", "har", "hade", "kan",
    "ska", "får", "fick", "blir", "blev", "var",
}  # fmt: skip

# Words that make the number after them a label, not a count: 'mål 5', '§ 3', 'kl 9'
NUMBERING_WORDS = {"mål", "§", "nr", "kl", "sida", "bilaga", "punkt", "steg", "fas", "version"}
