"""The headings and document words of Swedish minutes: what a document calls itself at
the top of its first page (protokoll, kallelse, minnesanteckningar), the headings of its
lists (ärendelista, närvarolista), of the adjustment's notice (anslag/bevis) and of the
signatures (underskrifter, justeras, vid protokollet). The headings inside an item
(beslut, bakgrund, förslag till beslut) are `decisions.py`'s.
"""

from __future__ import annotations

import re

# The words a document calls itself by, cut from a line that names the body
# ('Kommunstyrelsens sammanträdesprotokoll')
DOCUMENT_WORDS = re.compile(
    r"\b(sammanträdesprotokoll|protokoll(sutdrag)?|minnesanteckningar|mötesanteckningar"
    r"|anteckningar|justerat|utdrag|kallelse|föredragningslista)\b",
    re.IGNORECASE,
)
# The words of the adjustment and its notice: a header label or line with one is about
# the adjustment (its date and time are not the meeting's)
ADJUSTMENT_WORDS = re.compile(r"(?i)juster|anslag|bevis|underskrift|sign|överklag|förvar")

# The document word an agenda opens with: "Föredragningslista 5/2025", "KALLELSE",
# "Kallelse och föredragningslista", "Dagordning"
AGENDA_WORD = re.compile(
    r"^(?:kallelse|föredragningslista|dagordning)(?:\s+(?:och|med|/)\s+\w+)?\b", re.IGNORECASE
)
# ... and what minutes open with; an agenda word never wins over one of these
MINUTES_WORD = re.compile(
    r"^(?:protokoll|sammanträdesprotokoll|protokollsutdrag|justerat\s+protokoll"
    r"|minnesanteckningar|mötesanteckningar|anteckningar)\b",
    re.IGNORECASE,
)

# Headings of the header's notices and signatures, and document words: no item
NOT_AN_ITEM = re.compile(
    r"^(?:anslag|bevis|anslagsbevis|bevis\s+om\s+anslag|anslag\s*/\s*bevis|underskrift(?:er)?"
    r"|justering|justerandes?\s+sign.*|närvarolista|närvaro|omröstningslista|protokoll"
    r"|sammanträdesprotokoll|protokollsutdrag|minnesanteckningar|mötesanteckningar"
    r"|anteckningar|kallelse|bilag[ao]r?|innehåll|innehållsförteckning|ärendelista"
    r"|anvisning|besvär\w*|överklagande|hur\s+man\s+överklagar"
    r"|rättelseyrkande|omprövning|utdragsbestyrkande|ajournering)\b",
    re.IGNORECASE,
)

# The heading of a list of items: alone on its line ("Ärenden till tekniska nämnden den
# 3 mars 2025" may name a meeting: this one's, or another body's later one).
ITEM_LIST_HEAD = re.compile(
    r"^(?:ärendelista|ärendeförteckning|förteckning\s+över\s+ärenden|innehållsförteckning"
    r"|innehåll|föredragningslista|dagordning|ärenden(?:\s+(?:till|vid|på|för)\s+.*)?)\s*:?$",
    re.IGNORECASE,
)

# The heading of an attendance list table: 'Närvarolista', 'Bilaga 1: Närvaro- och
# omröstningslista', or a word alone on its row over the table ('Närvaro', 'Deltagare')
ATTENDANCE_LIST_HEAD = re.compile(
    r"^(?:bilaga\s*\d*\s*[:.–-]?\s*)?(?:närvaro(?:lista|förteckning)"
    r"|närvaro-?\s*(?:och|&)\s*(?:omröstnings|voterings)(?:lista)?"
    r"|förteckning\s+över\s+(?:närvarande|tjänstgörande))\b"
    r"|^(?:närvaro|deltagare)\s*:?$",
    re.IGNORECASE,
)

# The heading of the notice that the minutes were adjusted and posted
NOTICE_HEAD = re.compile(
    r"^(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|anslagsbevis|bevis\s+om\s+anslag|bevis"
    r"|anslag|tillkännagivande\s+om\s+justering)\s*:?$",
    re.IGNORECASE,
)

# The page's notice of publication ('ANSLAG/BEVIS', 'Bevis om anslag'): who signs it
# certifies the copy and is no attendee, so the signatures end there.
NOTICE_WORD = re.compile(r"\b(?:anslag|bevis|intygar)\b", re.IGNORECASE)

# 'Elektroniska underskrifter', 'Elektronisk protokolljustering' (a damaged text layer
# may drop the 't' of 'underskrifter')
E_SIGNATURES_HEAD = re.compile(r"^elektroniska?\s+underskrif", re.IGNORECASE)
E_JUSTERING_HEAD = re.compile(r"^elektronisk\s+(?:protokoll)?justering", re.IGNORECASE)

# Headings over the closing signatures: 'Vid protokollet' (the secretary), 'Justeras'
# (who signs: captions below say as what; one name alone is the justerare)
AT_THE_MINUTES_HEAD = re.compile(r"^(?:vid\s+protokollet|antecknat\s+av|antecknare)\s*:?$", re.I)
JUSTERAS_HEAD = re.compile(r"^(?:justeras|justerat|justerade)\s*:?$", re.IGNORECASE)

# the heading of the signatures, printed beside the first caption ('Underskrifter  Sekreterare')
SIGNATURES_HEAD = re.compile(r"^underskrift(?:er)?\s*:?$", re.IGNORECASE)

# An item numbered by a word: 'Ärende 3', 'Punkt 4', 'ÄRENDE 3' (a heading line, the
# title beside it or on the next line, or after a spaced dash: 'Ärende 3 – Rubrik';
# 'Ärenden: 4–9' and 'Punkt 4–6' are no item)
ITEM_WORD_HEADING = re.compile(
    r"^(?:[Ää]rende|ÄRENDE|[Pp]unkt|PUNKT)\s+(\d{1,3}[a-z]?)(?![\d–-])"
    r"\s*(?:[.:]|[–—-](?=\s))?\s*(.*)$"
)

# The heading of an e-signing service's page of signatures after the minutes ('Verifikat'):
# no item
SIGNING_PAGE_HEAD = re.compile(r"^verifikat\s*:?$", re.IGNORECASE)
