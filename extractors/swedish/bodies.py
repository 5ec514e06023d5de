"""The names of the bodies that meet (nämnd, styrelse, råd, utskott …) as Swedish writes
them: their definite forms, the compounds a document word makes of them
("Direktionsprotokoll", "Regionrådsmöte"), and what is no body (a room, a person)."""

from __future__ import annotations

import re

# A body's noun (indefinite) → its definite form, as a body's name is written
DEFINITE = {
    "direktion": "direktionen",
    "styrelse": "styrelsen",
    "nämnd": "nämnden",
    "råd": "rådet",
    "utskott": "utskottet",
    "beredning": "beredningen",
    "presidium": "presidiet",
    "kommitté": "kommittén",
    "delegation": "delegationen",
    "fullmäktige": "fullmäktige",
    "församling": "församlingen",
}
# A body's noun inside a name, in any form ("Kommunstyrelsens Arbetsutskott")
BODY_NOUN = re.compile(
    r"(?:" + "|".join(DEFINITE) + r"|förbund|grupp|forum|nätverk)", re.IGNORECASE
)
# "Direktionsprotokoll", "Styrelseprotokoll", "Regionrådsmöte", "Nämndsammanträde": a
# body's noun joined to a document or meeting word
_COMPOUND = re.compile(
    r"^(?P<stem>[A-ZÅÄÖa-zåäö-]+?)s?(?:protokoll|protokollet|möte|mötet|sammanträde|sammanträdet"
    r"|anteckningar)$"
)
# The head noun of a room or a building: "Kommunstyrelsens sammanträdesrum", "Rådssalen"
ROOM = re.compile(
    r"(?<!cent)(?<!fo)(?<!spekt)(?<!kvo)(?:rum|rummet)$"  # not "Centrum", "Forum"
    r"|(?:sal|salen|salongen|lokal|lokalen|huset|kontor|kontoret)$",
    re.IGNORECASE,
)
# Words a fragment of a longer name starts with ("för Regionförbundet …", "i Åsby")
FRAGMENT_START = re.compile(r"^(?:för|i|vid|och|samt|med|av|till|från|på)\b", re.IGNORECASE)


def body_of_compound(word: str) -> str | None:
    """'Direktionsprotokoll' → 'Direktionen', 'Regionrådsmöte' → 'Regionrådet'; None when
    the word is no such compound."""
    m = _COMPOUND.match(word)
    if not m:
        return None
    stem = m.group("stem")
    for candidate in (stem, stem + "s"):  # the s that joins the compound, or the noun's own
        lowered = candidate.casefold()
        for noun, definite in DEFINITE.items():
            if lowered.endswith(noun):
                name = candidate[: len(candidate) - len(noun)] + definite
                return name[:1].upper() + name[1:]
    return None


# The definite form of an institution's noun, the end of an organisation's one-word name:
# "Stadsmuseet", "Länsförbundet", "Hembygdsföreningen", "Socialkontoret",
# "Miljöförvaltningen", "Energibolaget", "Ekbackeskolan", "Kulturcentret"
INSTITUTION = re.compile(
    r"(?:museet|förbundet|föreningen|föreningarna|kontoret|förvaltningen|bolaget|skolan"
    r"|centret|centrumet|biblioteket|sjukhuset|institutet|verket|akademin|högskolan"
    r"|universitetet|kyrkan|församlingen|stiftelsen|kansliet|nämnden|styrelsen|rådet"
    r"|avdelningen|enheten|sektionen|myndigheten|gymnasiet|teatern|arkivet)$",
    re.IGNORECASE,
)


def is_institution(word: str) -> bool:
    """True when word is an organisation's one-word name in its definite form
    ('Stadsmuseet', 'Miljöförvaltningen'), by its ending."""
    return bool(INSTITUTION.search(word)) and len(word) > 6


# The words of an organisation's name (an office, a company, an authority): a name with
# one is no person's ('Hjo Energi AB', 'Region Norrvik')
ORG_WORDS = re.compile(
    r"(kontor(et)?|förvaltning(en)?|kommun|region|nämnd(en)?|bolag(et)?|\bAB\b|universitet"
    r"|styrelse(n)?|avdelning(en)?|enhet(en)?|förbund(et)?|länsstyrelse|myndighet|verket)",
    re.IGNORECASE,
)

# The body's secretariat: who comes from there attends as staff, listed among members
# or not ('Närvarande | …, Lisa Ek, Regionens kansli')
SECRETARIAT = re.compile(r"(?:kansli|sekretariat)(?:et)?\b", re.IGNORECASE)

# A council of organisations and politicians ('Tillgänglighetsrådet', 'Rådet för
# äldrefrågor', 'pensionärsråd'): a bracketed abbreviation that is no known party
# names the member's organisation ('Lena Ek (SRF)', 'Bo Berg (PRO)').
# ('kommunalråd', 'regionråd', 'oppositionsråd' are politicians' titles)
COUNCIL = re.compile(r"(?<!kommunal)(?<!region)(?<!oppositions)råd(?:et)?\b", re.IGNORECASE)

# The words of a body's name, in a line of page one that may name the meeting's body
BODY_WORDS = re.compile(
    r"(fullmäktige|styrelsen?|nämnd(en)?|utskott(et)?|beredning(en)?|grupp(en)?\b"
    r"|råd(et)?\b|nätverk(et)?\b|direktion(en)?|presidi(um|et)|kommitté(n)?|förbund(et)?|forum"
    r"|delegation(en)?)",
    re.IGNORECASE,
)

# The body of a municipality: "Kommunstyrelsen", "Kommunfullmäktige", "Tekniska nämnden",
# "Kommunstyrelsens arbetsutskott"; no federation, region, council or company
MUNICIPAL_BODY = re.compile(r"(?:kommunstyrelse|kommunfullmäktige|nämnd|utskott)", re.IGNORECASE)
NOT_MUNICIPAL = re.compile(r"(?:förbund|region|råd|bolag|aktiebolag|\bab\b)", re.IGNORECASE)
