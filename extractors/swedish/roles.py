"""Roles and titles as minutes print them: 'ordf.', 'v. ordf', 'kommunsekreterare'."""

from __future__ import annotations

import re

# Abbreviated roles, spelled out: "ordf." → "ordförande", "v. ordf" → "vice ordförande".
ROLE_ABBREVIATIONS = [
    (re.compile(r"^v\.?\s*ordf\b\.?"), "vice ordförande"),
    (re.compile(r"\bordf\b\.?"), "ordförande"),
    (re.compile(r"\bsekr\b\.?"), "sekreterare"),
    (re.compile(r"\bers\b\.?$"), "ersättare"),
]


def normalise_role(text: str) -> str:
    role = " ".join(text.casefold().split()).strip(" ,.;:")
    for pattern, replacement in ROLE_ABBREVIATIONS:
        role = pattern.sub(replacement, role)
    return role


ROLE_WORDS = re.compile(
    r"(ordförande|ordf\.?|sekreterare|sekr\.?|justerare|ledamot|ersättare|ledare|chef|direktör"
    r"|handläggare|strateg|samordnare|controller|utvecklare|ansvarig|ekonom|jurist|tekniker"
    r"|kommunalråd|regionråd|oppositionsråd|föredragande|tjänsteperson|tjänsteman|adjungerad"
    r"|insynsplats|revisor|assistent|administratör|rådgivare|konsult|expert|sakkunnig"
    r"|planerare|utredare|kommunikatör|specialist|läkare|sjuksköterska|projektledare"
    r"|processledare|notarie|registrator|praktikant|student|elev|observatör|gäst|inspektör"
    r"|arkitekt|ingenjör|rektor|förvaltare|analytiker|ombud|lärare|kurator|psykolog"
    r"|skötare|skyddsombud|stadsträdgårdsmästare|bibliotekarie)(?:en|n|et)?\b",
    re.IGNORECASE,
)
