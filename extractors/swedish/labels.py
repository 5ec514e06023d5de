"""The labels Swedish minutes print in a header's left column or over a list of people, and
what each one means: the attendance headings and the group each stands for, the other
header labels, the membership words after a name, and the heads of the columns of a
table of people. Reading them (a label the text layer damaged, labels inline, a heading
inside a list) is `extractors/minutes/labels.py`'s.
"""

from __future__ import annotations

import re

from schemas.record import Group

# Attendance headings → group. Matched on the whole label, case-folded, colon removed.
GROUP_LABELS: dict[str, Group] = {
    "beslutande": Group.decision_maker,
    "beslutande ledamöter": Group.decision_maker,
    "ledamöter": Group.decision_maker,
    "närvarande ledamöter": Group.decision_maker,
    "ledamöter närvarande": Group.decision_maker,
    "tjänstgörande ledamöter": Group.decision_maker,
    "tjänstgörande ersättare": Group.decision_maker,
    "beslutande ersättare": Group.decision_maker,
    "närvarande beslutande": Group.decision_maker,
    "ersättare": Group.substitute_not_serving,
    "ej tjänstgörande ersättare": Group.substitute_not_serving,
    "icke tjänstgörande ersättare": Group.substitute_not_serving,
    "ej tjänstgörande": Group.substitute_not_serving,
    "närvarande ersättare": Group.substitute_not_serving,
    "övriga ersättare": Group.substitute_not_serving,
    "insynsplatser": Group.other_present,
    "övriga": Group.other_present,
    "övriga deltagande": Group.other_present,
    "övriga deltagare": Group.other_present,
    "övriga närvarande": Group.other_present,
    "övriga närvarande tjänstepersoner": Group.other_present,
    "tjänstemän": Group.other_present,
    "tjänstepersoner": Group.other_present,
    "närvarande tjänstemän": Group.other_present,
    "närvarande tjänstepersoner": Group.other_present,
    "deltagande tjänstemän": Group.other_present,
    "föredragande": Group.other_present,
    "föredragande tjänstemän": Group.other_present,
    "adjungerade": Group.other_present,
    "inbjudna": Group.other_present,
    "inbjuden": Group.other_present,
    "gäst": Group.other_present,
    "gäster": Group.other_present,
    "inbjudna gäster": Group.other_present,
    "insynsplats": Group.other_present,
    "insyn": Group.other_present,
    "yttranderätt": Group.other_present,
    "med yttranderätt": Group.other_present,
    "närvarande med yttranderätt": Group.other_present,
    "yttrande- och närvarorätt": Group.other_present,
    "närvaro- och yttranderätt": Group.other_present,
    "observatörer": Group.other_present,
    "observatör": Group.other_present,
    "adjungerad": Group.other_present,
    "inbjudna gäster och tjänstemän": Group.other_present,
    "observerande ersättare": Group.substitute_not_serving,
    "närvarande": Group.decision_maker,
    "deltagare": Group.decision_maker,
    "deltagande": Group.decision_maker,
    "frånvarande": Group.absent,
    "frånvarande ledamöter": Group.absent,
    "ej närvarande": Group.absent,
    "ej närvarande ledamöter": Group.absent,
    "anmält förhinder": Group.absent,
    "anmält frånvaro": Group.absent,
    "förhinder": Group.absent,
}

# Header labels that are not attendance.
META_LABELS = {
    "plats och tid": "place_time",
    "tid och plats": "place_time",
    "plats": "place",
    "lokal": "place",
    "mötesplats": "place",
    "sammanträdesplats": "place",
    "tid": "time",
    "mötestid": "time",
    "datum": "date",
    "mötesdatum": "date",
    "sammanträdesdatum": "date",
    "datum och tid": "date_time",
    "datum, tid": "date_time",
    "sammanträdestid": "date_time",  # Finland-Swedish: "Sammanträdestid 14.3.2024 kl. 17.00"
    "mötestid och plats": "place_time",
    "utses att justera": "adjuster",
    "justerare": "adjuster",
    "justerande": "adjuster",
    "justeringsperson": "adjuster",
    "justeringspersoner": "adjuster",
    "protokolljusterare": "adjuster",
    "protokollsjusterare": "adjuster",
    "protokollförare": "signature",
    "ordföranden": "signature",
    "underskrift": "signature",
    "justering": "adjustment",
    "justeringens plats och tid": "adjustment",
    "justeringens tid och plats": "adjustment",
    "justeringsdatum": "adjustment",
    "paragrafer": "paragraphs",
    "protokollet omfattar": "paragraphs",
    "ärenden": "paragraphs",
    "sekreterare": "signature",
    "ordförande": "signature",
    "vice ordförande": "signature",
    "underskrifter": "signature",
    "anslag/bevis": "notice",
    "organ": "body",
    "sammanträdande organ": "body",
    "beslutande organ": "body",
    "nämnd": "body",
    "förvaring av protokollet": "notice",
    "datum då anslaget sätts upp": "notice",
    "datum då anslaget tas ned": "notice",
}

SUBSTITUTE_LABEL = re.compile(
    r"(?:(?:övriga|närvarande|observerande|inkallade|kallade|personliga|icke\s+beslutande"
    r"|ej\s+beslutande)\s+)+ersättare(?:\s+närvarande)?"
)

# A label's words for the staff of the organisation, or their unions' representatives
STAFF = re.compile(r"tjänste|förvaltning|kansli|personal|fack|arbetstagar")

# 'Suppleanter', 'Närvarande suppleant', 'Tjänstgörande suppleanter': a company board's
# ersättare
SUPPLEANT_LABEL = re.compile(
    r"(?:(?:närvarande|övriga|tjänstgörande|ej\s+tjänstgörande)\s+)?suppleant(?:er|erna)?"
    r"(?:\s+närvarande)?"
)

# Membership words after a name ('Bo Lind, ledamot', 'Anna Ek (S) ersättare', 'adj'):
# a group, not a role. (pattern, group, whether it holds in any block): a plain
# 'ersättare' among övriga närvarande is a substitute who does not serve, but listed
# among the beslutande it is one who does.
MEMBERSHIP_WORDS: list[tuple[re.Pattern[str], Group | None, bool]] = [
    (re.compile(r"(?:ordinarie\s+)?(?:ledamot|ledamöter)"), None, False),
    (
        re.compile(r"(?:ej|icke)\s+(?:tjänstgörande|tjänstg\.?|tjg\.?)\s+ers(?:\.|ättare)?"),
        Group.substitute_not_serving,
        True,
    ),
    (
        re.compile(r"(?:tjänstgörande|tjänstg\.?|tjg\.?)\s+ers(?:\.|ättare)?"),
        Group.decision_maker,
        True,
    ),
    (re.compile(r"observerande\s+ersättare"), Group.substitute_not_serving, True),
    (
        re.compile(
            r"(?:\d:e\s+|första\s+|andra\s+|närvarande\s+|personlig\s+)?"
            r"(?:ersättare|ers\.?|suppleant)"
        ),
        Group.substitute_not_serving,
        False,
    ),
    (re.compile(r"adj\.?|adjungerad(?:e)?|insynsplats|yttranderätt"), Group.other_present, True),
]

# 'Ersättare, ej tjg', 'Icke tjänstgörande': substitutes who do not serve
NOT_SERVING_LABEL = re.compile(r"\b(?:ej|icke)\s+(?:tjänstgörande|tjänstg|tjg)\b")
# 'Närvarande revisorer': the auditors, who attend without deciding
AUDITORS_LABEL = re.compile(r"\brevisor(?:er|erna)?\b")

# The heads of a table of people's columns: 'Namn | Organisation', 'Namn | Parti | Roll'
PEOPLE_COLUMN_HEAD = re.compile(
    r"namn|organisation|parti|titel|roll|funktion|befattning|kommun|förvaltning|verksamhet"
    r"|representerar|uppdrag|e-post|telefon|ersätter",
    re.IGNORECASE,
)
# the head of a table's column of the members whom the row's substitute replaces
REPLACED_COLUMN_HEAD = re.compile(r"\s*ersätter\s*:?\s*", re.IGNORECASE)

# What a header cell of an attendance list table ('Närvarolista') says its column holds.
ATTENDANCE_LIST_COLUMNS = {
    "name": r"ledamöter|ledamot|ordinarie(?:\s+ledamöter|\s+ledamot)?|namn|förtroendevalda?",
    "party": r"parti|partibet\.?|partibeteckning",
    "present": r"(?:närvarande|närv\.?|närvaro)(?:\s*\(?ja\s*/\s*nej\)?)?|deltar",
    "serving": r"tjänstgör|tjänstgörande|tjg\.?|tjänstg\.?",
    "absent": r"frånvarande|frånv\.?|ej\s+närvarande|förhinder",
    "substitute": r"(?:tjänstgörande\s+|tjg\.?\s+|tjänstg\.?\s+)?(?:ersättare|ers\.?)"
    # 'Ersätts av (tjg ers.)': the member's row names who served in their place
    r"|(?:ersätts|ersättes|ersatt)\s+av(?:\s*\(\s*(?:tjg\.?|tjänstgörande)\s*(?:ers\.?|ersättare)\s*\))?",
    "organisation": r"organisation|kommun|myndighet|representerar",
    # what a person attended as, and remarks: 'ordförande', 'ersättare för Eva Ek (S)'
    "note": r"(?:(?:närvarande|deltar|tjänstgör|närvarar)\s+som|uppdrag|roll|funktion"
    r"|anmärkning|anm\.?|kommentar|notering)(?:\s*/\s*(?:uppdrag|roll|funktion|anmärkning))?",
    "vote": r"ja|nej|avstår|avst\.?|avstod|votering|omröstning|§§?\s*\d+|\d+",
}

# a remark beside a substitute in an attendance list: 'för Eva Ek (S)', 'ersätter Eva Ek'
REPLACED_IN_REMARK = re.compile(
    r"^(?:för|ersätter|ersättare\s+för|i\s+stället\s+för)\s+(.+)$", re.IGNORECASE
)

# a header that leaves the attendance to a list elsewhere: 'se närvarolistan på
# protokollets sista sida', 'enligt bifogad förteckning', 'enligt bilaga 1'
ATTENDANCE_DEFERRED = re.compile(
    r"\b(?:se|enligt)\s+(?:bifogade?\s+)?(?:närvarolista\w*|närvaroförteckning\w*"
    r"|förteckning\w*|bilaga\w*|sista\s+sidan)",
    re.IGNORECASE,
)

# a mark after a name in an attendance list's cell: 'Aina Ek (M) – förhinder', 'Bo Ek (M) –
# tjänstgör'
CELL_MARK = re.compile(
    r"\s*[–-]\s*(förhinder|frånvarande|ej\s+närvarande|tjänstgör(?:ande)?)\s*$", re.IGNORECASE
)

# a row of sums under an attendance list's people, no person
LIST_SUMMARY_ROW = re.compile(r"^(?:summa|totalt|antal|s:a)\b", re.IGNORECASE)

# A column head over checkboxes: "ersättare" (the substitutes), "ordinarie", "ledamöter"
SUBSTITUTE_COLUMN_HEAD = re.compile(r"^(?:ersättare|ersättarna|suppleanter?)$", re.IGNORECASE)
MEMBER_COLUMN_HEAD = re.compile(r"^(?:ordinarie|ledamöter|ledamot|medlemmar)$", re.IGNORECASE)

# Labels over everyone who attended, of every group: a membership word beside a name
# ('Ersättare' in a role column) says the group, and staff stand among the politicians.
EVERYONE_PRESENT = {"närvarande", "deltagare", "deltagande"}

# 'Föredragande: Anna Ek', or the label alone over the names: who presents an item
PRESENTER_LINE = re.compile(r"^(?:föredragande|föredras\s+av|presentatör)\s*:?\s*(.+)$", re.I)
PRESENTER_HEAD = re.compile(r"^(?:föredragande|föredras\s+av|presentatör)\s*:?$", re.I)
