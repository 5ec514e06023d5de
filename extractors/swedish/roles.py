"""Roles and titles as minutes print them: 'ordf.', 'v. ordf', 'kommunsekreterare'."""

from __future__ import annotations

import re

# Abbreviated roles, spelled out: "ordf." → "ordförande", "v. ordf" → "vice ordförande".
ROLE_ABBREVIATIONS = [
    (re.compile(r"(?:^|(?<=\s))v\.?\s*ordf(?:örande)?\b\.?"), "vice ordförande"),
    (re.compile(r"\bordf\b\.?"), "ordförande"),
    (re.compile(r"\bsekr\b\.?"), "sekreterare"),
    (re.compile(r"\bbitr\b\.?"), "biträdande"),
    (re.compile(r"\bprot\.\s?förare\b"), "protokollförare"),
    (re.compile(r"\bers\b\.?$"), "ersättare"),
]


def normalise_role(text: str) -> str:
    role = " ".join(text.casefold().split()).strip(" ,.;:")
    for pattern, replacement in ROLE_ABBREVIATIONS:
        role = pattern.sub(replacement, role)
    return role


# What an entry may say of when or how a person attended, which is no role: 'delvis',
# 'utom § 47', 'kl. 08:15–11:15', '§§ 1–12', '1-12', 'på distans', 'via Teams'.
_TIME = r"(?:kl\.?|klockan)?\s*\d{1,2}(?:[.:]\d{2})?"
_NUMBERS = r"\d+[a-z]?(?:\s*[–-]\s*\d+[a-z]?)?(?:\s*(?:,|och)\s*\d+[a-z]?(?:\s*[–-]\s*\d+[a-z]?)?)*"
ATTENDANCE_QUALIFIER = re.compile(
    rf"(?:delvis|del\s+av\s+(?:mötet|sammanträdet|tiden)|(?:på\s+|via\s+)?distans"
    rf"|(?:deltar\s+)?(?:via|på)\s+(?:teams|telefon|länk|video|zoom|skype)"
    rf"|(?:närvarande\s+|ej\s+|ej\s+närvarande\s+|utom\s+|från\s+|till\s+|t\.?\s?o\.?\s?m\.?\s+"
    rf"|fr\.?\s?o\.?\s?m\.?\s+)?(?:§§?\s*)?{_NUMBERS}(?:\s*\(del\))?"
    rf"|(?:närvarande\s+|från\s+|till\s+|t\.?\s?o\.?\s?m\.?\s+|fr\.?\s?o\.?\s?m\.?\s+)?"
    rf"{_TIME}(?:\s*[–-]\s*(?:{_TIME})?)?"
    # 'lämnade mötet kl. 15.10', 'deltar digitalt', 'anmälde jäv § 5'
    r"|(?:lämnade|lämnar|anslöt|ansluter|ankom|avvek|avviker|deltog|deltar|närvarade"
    r"|närvarande|tjänstgör\s+ej|tjänstgjorde\s+ej)\b.*"
    r"|digitalt|digital\s+närvaro|(?:anmälde\s+|anmält\s+|pga\.?\s+)?jäv\b.*)",
    re.IGNORECASE,
)


def is_attendance_qualifier(text: str) -> bool:
    """Whether text only says when or how someone attended ('delvis', 'utom § 47')."""
    return bool(ATTENDANCE_QUALIFIER.fullmatch(" ".join(text.split()).strip(" ,.;:()")))


ROLE_WORDS = re.compile(
    r"(ordförande|ordf\.?|sekreterare|sekr\.?|justerare|ledamot|ersättare|ledare|chef|direktör"
    r"|handläggare|strateg|samordnare|controller|utvecklare|ansvarig|ekonom|jurist|tekniker"
    r"|kommunalråd|regionråd|oppositionsråd|undervisningsråd|kansliråd|departementsråd"
    r"|föredragande|tjänsteperson|tjänsteman|adjungerad"
    r"|insynsplats|revisor|assistent|administratör|rådgivare|konsult|expert|sakkunnig"
    r"|planerare|utredare|kommunikatör|specialist|läkare|sjuksköterska|projektledare"
    r"|processledare|notarie|registrator|praktikant|student|elev|observatör|gäst|inspektör"
    r"|arkitekt|ingenjör|rektor|förvaltare|analytiker|ombud|lärare|kurator|psykolog"
    r"|skötare|skyddsombud|stadsträdgårdsmästare|bibliotekarie|\bvd|föreståndare|konsulent"
    r"|koordinator|sekreterare|förare)(?:en|n|et)?\b",
    re.IGNORECASE,
)

# The captions under which people sign or check minutes, and the titles that say the
# same ('nämndsekreterare' signs as sekreterare); as a pattern for captions before names.
SIGNING_ROLES = (
    r"justerare|justerande|protokollsjusterare|protokolljusterare|ordföranden|ordförande"
    r"|[a-zåäö]*sekreterare|protokollförare|prot\.\s?förare|ersättare"
)
_SIGNING = [
    (
        re.compile(
            r"(?:utses\s+att\s+)?justera(?:re|nde)?|protokolls?justerare|justeringsperson(?:er)?"
        ),
        None,
    ),
    (re.compile(r"ordförande[n]?|ordf\.?"), ["ordförande"]),
    # a header's 'Vice ordförande: Bo Ek (S), Eva Lind (M)'
    (re.compile(r"(?:v\.?|vice)\s*ordf(?:örande|\.)?"), ["vice ordförande"]),
    (re.compile(r"sekreterare[n]?|sekr\.?"), ["sekreterare"]),
    (re.compile(r"protokollförare[n]?|prot\.\s?förare"), ["protokollförare", "sekreterare"]),
    (re.compile(r"ersättare"), []),  # the justerare's substitute: a caption of no role
]
# An e-signature stamp's record of each signer: 'Signerat av: Anna Ek' over 'Roll:
# Justerare' (the caption the signer signed under)
SIGNED_BY = re.compile(
    r"^(?:signerat|signerad|undertecknat|undertecknad|underskrivet)\s+av\s*:?\s*", re.IGNORECASE
)
SIGNER_ROLE = re.compile(r"^(?:roll|befattning|egenskap)\s*:\s*", re.IGNORECASE)
_SECRETARY_TITLE = re.compile(r"(?:[a-zåäö]+|vice\s+)sekreterare")


def signing_roles(caption: str) -> list[str] | None:
    """The roles a signature caption or a signer's title gives ('Justerande' →
    ['justerare'], 'kanslisekreterare' → ['kanslisekreterare', 'sekreterare']); None
    when it is no signing caption. Lower-case input, as `label_key` gives it."""
    caption = " ".join(caption.casefold().split()).strip(" .:,")
    for pattern, roles in _SIGNING:
        if pattern.fullmatch(caption):
            return ["justerare"] if roles is None else roles
    if _SECRETARY_TITLE.fullmatch(caption):
        return [caption, "sekreterare"]
    return None


# "X ersätter Y", "X ersättare för Y", "X, tjänstgör för Y", "X tgj ers för Y", "X i stället för Y",
# "X, tjänstgörande suppleant för Y" (a company board's word for ersättare)
SUBSTITUTION = re.compile(
    r"\s*,?\s*\b(?:ersätter|(?:ersättare|suppleant)\s+för"
    r"|tjänstgörande\s+(?:ersättare|suppleant)\s+för|tjänstgör(?:ande)?\s+för"
    r"|(?:tjg|tgj|tjänstg)\.?\s+(?:(?:ers\.?|ersättare|suppl\.?|suppleant)\s+)?för"
    r"|ers\.?\s+för|(?:tjänstgör(?:ande)?\s+)?i\s+stället\s+för|istället\s+för)\s+",
    re.IGNORECASE,
)

# The verbs of a substitute who serves ('tjänstgör för', 'tjg ers för', 'ersätter', 'i stället
# för'): a decision maker wherever listed. 'ersättare för Y' may name whose substitute one is.
SERVING = re.compile(
    r"\b(?:ersätter|tjänstgör|tjg|tgj|tjänstg|i\s+stället|istället)\b", re.IGNORECASE
)

# "Anna Berg (M) för Bo Ek (M)", "Anna Berg (M), Mora, för Bo Ek (M)": a bare "för" only
# after a party, or a party and a place.
SUBSTITUTION_AFTER_PARTY = re.compile(
    r"(?<=\))(?:\s*,\s*[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)?(?P<sep>\s*,?\s+för\s+)(?=[A-ZÅÄÖ])"
)

# Paragraph ranges and reasons that qualify a line: "§§ 56-59", "närvarande § 3", "pga jäv".
_PARAGRAPHS = r"\d+(?:\s*[–-]\s*\d+)?"  # "56" or "56-59"

# What a person's entry may say of when or why, dropped before the entry is read:
# "närvarande §§ 186-194", "§§56-59, 62-65", "fr.o.m. § 5", "(punkt 4)", "ärende 2",
# "pga jäv". A
# comma counts as part of a list of paragraphs only before another number: "…(V) §§ 56-59,
# Gun Berg (KD)" keeps the comma between the two people.
PARAGRAPH_QUALIFIERS = re.compile(
    r"\(?\s*(?:\bnärvarande|\bej\s+närvarande|\btjänstgör|\bdeltar\s+ej|\bej|\butom|\bunder"
    r"|\bfr\.?\s?o\.?\s?m\.?|\bt\.?\s?o\.?\s?m\.?|\bfrån\s+och\s+med|\btill\s+och\s+med)?"
    rf"\s*§§?\s*{_PARAGRAPHS}(?:\s*,\s*{_PARAGRAPHS})*(?:\s*och\s*\d+)?\)?"
    rf"|\(?\s*(?:närvarande\s+)?(?:under\s+)?\b(?:punkt(?:erna)?|ärende(?:na|n)?)\s*"
    rf"{_PARAGRAPHS}(?:\s*,\s*{_PARAGRAPHS})*\)?"
    r"|\b(?:pga|p\.g\.a\.|på\s+grund\s+av)\s+jäv\b",
    re.IGNORECASE,
)

# 'Vakant (M)': a seat without a person
VACANT = re.compile(r"^vakant\b", re.IGNORECASE)

# roles of the body's members, not of its staff
MEMBER_ROLES = re.compile(r"ordförande|ledamot|justerare|ersättare", re.IGNORECASE)
