"""The vocabulary of decisions in Swedish minutes: the headings of an item's sections, the
verbs a decision is written with, and the words that make a sentence a proposal.

A decision is printed under a heading ("Beslut", "Kommunstyrelsens beslut"), or as a
sentence in the item's text: an att-clause ("att fastställa dagordningen"), a passive
("Dagordningen godkändes.", "Till justerare utsågs …", "… läggs till handlingarna"), or a
body deciding ("Nämnden beslutar att …", "Utskottet noterar rapporten."). A proposal
("Förvaltningens förslag", "Ordförandens förslag till beslut", "Yrkande") is not the decision.
"""

from __future__ import annotations

import re

# Sections inside an item.
# A decision heading: the line is only the heading ("Beslut", "Kommunstyrelsens beslut"),
# or the heading with a colon and the decision after it ("Beslut: Nämnden beslutar att …").
DECISION_HEAD = re.compile(
    r"^(?:Beslut|Beslutet|Mötets\s+beslut|Beslut\s+i\s+korthet"
    r"|[A-ZÅÄÖ][\wåäö-]*(?:[\s-]+[\wåäö-]+){0,4}s\s+beslut)(?:\s*$|\s*:\s*(.*)$)"
)
# The body deciding, alone on its line ("Kulturnämnden beslutar"): over numbered points that
# are sentences of their own it heads them; over att-clauses it is their lead-in
DECIDING_LEAD = re.compile(
    r"^[A-ZÅÄÖ](?:[\wåäö-]+\s+){0,3}[\wåäö-]*(?i:nämnden|styrelsen|rådet|utskottet|fullmäktige"
    r"|direktionen|beredningen|presidiet|mötet|förbundet|kommittén|församlingen)"
    r"\s+(?:beslutar|beslutade|beslöt)\s*$"
)
# A proposal's heading: "Förslag till beslut", "Arbetsutskottets förslag till beslut",
# "Förvaltningens förslag", "Yrkande m m", "Yrkanden och propositionsordning"
PROPOSAL_HEAD = re.compile(
    r"^(?:(?:[\wåäö-]+s\s+)?förslag(?:\s+till\s+beslut)?|yrkanden?(?:\s+m\.?\s*m\.?|\s+och\s+.+)?"
    r"|beslutsförslag)\s*:?\s*$",
    re.IGNORECASE,
)
SECTION_HEAD = re.compile(
    r"^(?:förslag\s+till\s+beslut|[\wåäö]+s\s+förslag\s+till\s+beslut|yrkanden?|beslutsgång"
    r"|propositionsordning|omröstning(?:sresultat)?|reservation(?:er)?|protokollsanteckning(?:ar)?"
    r"|expedieras(?:\s+till)?|beslutsunderlag|ärendebeskrivning|ärendet|sammanfattning"
    r"|bakgrund|jäv|deltar\s+ej|särskilt\s+yttrande|skickas\s+till|underlag|bilagor?"
    r"|handlingar|information|överläggning|yttrande|sammanfattning\s+av\s+ärendet"
    r"|beskrivning\s+av\s+ärendet|ärendets\s+beredning|beredning|bedömning"
    r"|[\wåäö]+s\s+bedömning|ekonomiska\s+konsekvenser|konsekvenser|motivering"
    r"|skäl\s+för\s+beslutet|beslutet\s+(?:skickas|expedieras)\s+till|för\s+kännedom"
    r"|delges|sändlista)\s*:?\s*$",
    re.IGNORECASE,
)
DECISION_SENTENCE = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutades|besluta[rt]?\s+enhälligt)\s+(?:att|enligt|om\s+att)\b",
    re.IGNORECASE,
)
# A closing "Nästa sammanträde: 12 december 2024" line after the last item: no part of
# that item's decision.
NEXT_MEETING_LABEL = re.compile(
    r"^nästa\s+(?:ordinarie\s+)?(?:sammanträde|möte|mötestillfälle|träff)\s*:", re.IGNORECASE
)
# The closing after the last item: "Vid protokollet", "Antecknat av", "Ordföranden tackar
# för visat intresse och förklarar sammanträdet avslutat."
CLOSING = re.compile(
    r"^(?:vid\s+protokollet|vid\s+anteckningarna|antecknat\s+av|antecknare|justeras|justerat"
    r"|ordföranden\s+(?:tackar|förklarar\s+(?:sammanträdet|mötet)\s+(?:för\s+)?avslutat)"
    r"|(?:sammanträdet|mötet)\s+(?:avslutas|avslutades))\b",
    re.IGNORECASE,
)

# A signature's caption alone on its line, after the last item ('Ordförande',
# 'Justerare', 'Sekreterare' over the names): the decision above it has ended
SIGNATURE_CAPTION = re.compile(
    r"^(?:(?:mötes)?ordförande|justerare|justerande|sekreterare|protokollförare)\s*:?$",
    re.IGNORECASE,
)

# The passive of a deciding verb: the sentence is the decision whoever made it.
PASSIVE_DECISION = re.compile(
    r"\b(?:utses|utsågs|väljs|valdes|omväljs|omvaldes|godkänns|godkännes|godkändes|fastställs"
    r"|fastställes|fastställdes|antas|antogs|beviljas|beviljades|beslutas|beslutades|bifalls"
    r"|bifölls|avslås|avslogs|återremitteras|återremitterades|tillstyrks|tillstyrktes|avstyrks"
    r"|avstyrktes|uppdras|uppdrogs|entledigas"
    r"|entledigades|överlämnas|överlämnades|remitteras|remitterades"
    r"|(?:läggs|lades|tas|togs)\s+till\s+(?:dagens\s+)?(?:handlingarna|protokoll(?:et)?|dagordningen)"
    r"|förklaras\s+omedelbart\s+justerad|justeras\s+omedelbart|bordläggs|bordlades"
    r"|avskrivs|avskrevs|(?:utgår|utgick)\s+(?:från|ur)\s+(?:dagordningen|föredragningslistan)"
    r"|(?:får|fick)\s+i\s+uppdrag"
    # noted, as the meeting's decision ("Informationen noteras."), not an observation
    # ("Det noterades 40 cm djupa hjulspår")
    r"|(?:noteras|noterades|antecknas|antecknades)(?:\s+(?:till|i)\s+protokollet)?\s*\.?$)",
    re.IGNORECASE,
)
# The active of a deciding verb, after the body that decides ("Nämnden beslutar att …") or
# with the body left out ("beslutar i enlighet med ordförandens förslag").
ACTIVE_DECISION = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|godkänner|godkände|fastställer|fastställde|antar|antog"
    r"|utser|utsåg|noterar|noterade|tillstyrker|tillstyrkte|avstyrker|avstyrkte|avslår|avslog"
    r"|bifaller|biföll|återremitterar|återremitterade|uppdrar|uppdrog|entledigar|beviljar"
    r"|beviljade|överlämnar|överlämnade|lägger|lade|ställer\s+sig\s+bakom|ställde\s+sig\s+bakom"
    r"|fördelar|fördelade"
    r"|ger\s+(?:\w+\s+){1,4}?i\s+uppdrag|gav\s+(?:\w+\s+){1,4}?i\s+uppdrag"
    # the formula that closes an information item: "Nämnden tackar för informationen."
    r"|tackar\s+för\s+(?:den\s+)?(?:informationen|redovisningen|rapporten|föredragningen"
    r"|presentationen|dragningen))\b",
    re.IGNORECASE,
)
# The deciding body as the subject: a definite noun of a body ("Nämnden", "Kommunala
# ungdomsrådet", "Kommunfullmäktige", "Mötet")
DECIDING_SUBJECT = re.compile(
    r"(?:nämnden|nämnd|styrelsen|rådet|utskottet|fullmäktige|direktionen|beredningen"
    r"|presidiet|mötet|gruppen|förbundet|kommittén|församlingen|delegationen|sammanträdet"
    r"|nätverket)$",
    re.IGNORECASE,
)
MAX_SUBJECT_WORDS = 6
# A deciding verb after these is no decision of this meeting: a rule, a plan or a past
# decision ("ska utses", "kommer att beslutas", "har beslutat")
NOT_DECIDED_HERE = re.compile(
    r"\b(?:ska|skall|skulle|kan|kunde|bör|borde|måste|får|fick|vill|ville|har|hade|kommer\s+att"
    r"|avser\s+att|planerar\s+att)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A sentence that proposes rather than decides
PROPOSING = re.compile(
    r"\b(?:föreslår|föreslog|föreslås|yrkar|yrkade|hemställer|förordar|tillstyrker\s+förslaget"
    r"\s+från|förslag\s+till\s+beslut)\b",
    re.IGNORECASE,
)
# A body proposing to the body above it, an att-clause following: what it decides
# ("Nämnden föreslår kommunfullmäktige att fastställa planen"; "… föreslår
# kommunstyrelsen besluta" over att-clauses is their lead-in)
PROPOSING_UPWARDS = re.compile(
    r"^(?:[\wåäö-]+\s+){0,3}[\wåäö-]*(?:nämnden|styrelsen|utskottet|direktionen|beredningen)"
    r"\s+föreslår\s+(?:kommun|region)?(?:fullmäktige|styrelsen)\s+att\s",
    re.IGNORECASE,
)
# A deciding verb followed by a date or a paragraph refers to an earlier decision
# ("Kommunfullmäktige beslutade 2019-06-12 § 45 att …", "… antogs den 3 maj 2018")
EARLIER_DECISION = re.compile(
    r"^\s*(?:den\s+\d|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\s+\d{4}|§|i\s+(?:\w+\s+)?\d{4}"
    r"|år\s+\d{4}|\(\s*§)",
    re.IGNORECASE,
)
