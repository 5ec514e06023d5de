"""The words of a meeting's time as minutes print them: the next meeting ('Nästa
sammanträde'), an item that fixes the coming meetings ('Sammanträdesplan 2026',
'Höstens sammanträden'), the side activities a header prints beside the meeting's own
time ('lunch 12-13', 'Gruppmöten 09:00–10:00') and adjournments. Dates and times
themselves are `dates.py`'s.
"""

from __future__ import annotations

import re

# "Nästa möte …", "Nämnden sammanträder nästa gång den …"
NEXT_MEETING = re.compile(
    r"\bnästa\s+(?:ordinarie\s+)?(?:sammanträde|möte|mötestillfälle|träff|sammankomst|mötet|gång)\b",
    re.IGNORECASE,
)

# The adjustment's and the posting's notice ("… justerades den 3 maj", "anslås den
# 4 maj"): a date after it is never the next meeting's
NOTICE_CONTEXT = re.compile(
    r"\b(?:juster(?:at|ats|as|ades|ad|ing\w*)|anslag\w*|anslå\w*|anslogs?)\b", re.IGNORECASE
)

# An item that fixes the coming meetings: a schedule noun ("Mötestider våren 2025",
# "Sammanträdesplan 2026", "Mötesdatum") or meetings with a season or a year ("Höstens
# sammanträden", "Möten under 2025", "Kommande möten"); never "Information från regionala möten"
SCHEDULE_NOUN = re.compile(
    r"\b(?:mötestider|mötesdatum|mötesplan(?:ering)?|sammanträdestider|sammanträdesdatum"
    r"|sammanträdesplan(?:ering)?)\b",
    re.IGNORECASE,
)
MEETINGS = re.compile(r"\b(?:möten|mötena|sammanträden|sammanträdena)\b", re.IGNORECASE)
SEASON_OR_YEAR = re.compile(
    r"\b(?:vår(?:en|ens)?|höst(?:en|ens)?|sommar(?:en|ens)?|vinter(?:n|ns)?|kommande"
    r"|(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

# hours from and to: "13-17", "09:00–10:00"
_HOURS = r"\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?"

# "lunch 12-13", "Gruppmöten 09:00–10:00", "Fika 15.00-15.30", "Förmöte kl. 8.30–9.00"
SIDE_ACTIVITY = re.compile(
    r"^(?:lunch|fika|kaffe|middag|frukost|paus|gruppmöten?|förmöten?|partigrupp(?:er|smöten?)?"
    r"|studiebesök|visning|samling|avresa|buss)\b[\s:,]*(?:kl\.?\s*)?" + _HOURS,
    re.IGNORECASE,
)

# "möte 13-17, Åsby kommunhus", "Sammanträde kl. 13.00-16.00"
MEETING_ACTIVITY = re.compile(
    r"^(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte|nämndmöte)\b[\s:,]*(?:kl\.?\s*)?"
    rf"(?P<hours>{_HOURS})",
    re.IGNORECASE,
)

# "Ajournering kl. 10.00–10.15" printed under the place and time, or after the time in
# brackets ("kl. 8.15–12.00 (ajournering 10.00–10.20)"), is not part of the place
_BREAK = r"(?:ajournering|ajournerades|ajourneras|paus|uppehåll)"
ADJOURNMENT = re.compile(rf"[,;]?\s*(?:\(\s*{_BREAK}\b[^()]*\)?|\b{_BREAK}\b[^,;]*)", re.IGNORECASE)

# The meeting's end as its closing item says it: "förklarade mötet avslutat kl. 19.05",
# "Sammanträdet avslutades kl 16:40", "Ordföranden avslutade mötet klockan 20.10"
CLOSING_TIME = re.compile(
    r"\b(?:(?:mötet|sammanträdet|sammankomsten)\s+(?:förklarades\s+)?avslut(?:at|ades|as|ats)"
    r"|avslutade\s+(?:mötet|sammanträdet|sammankomsten))"
    r"\s+(?:kl(?:ockan)?\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)",
    re.IGNORECASE,
)
