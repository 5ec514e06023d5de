#!/usr/bin/env python3
"""Generate the deterministic sample documents of the corpus.

Writes two fixtures built from the seed texts (``shared/seeds``), whose content is embedded
below so the script is self-contained:

* ``2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf`` - A4 minutes (reportlab)
* ``samverkansgrupp_nara_vard_presentation.pptx`` - 16:9 slide deck (python-pptx)
* ``samverkansgrupp_nara_vard_presentation.pdf`` - the same deck as a landscape PDF export
  (reportlab): large titles, bullets with glyphs and indents, a ruled table, columns, and
  a repeated footer with slide numbers

All files are byte-identical across runs.

Usage: ``python scripts/make_samples.py [OUTPUT_DIR]`` (default: the repository's ``corpus/``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationT
from pptx.shapes.autoshape import Shape
from pptx.shapes.group import GroupShape
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.slide import Slide, SlideLayout
from pptx.text.text import TextFrame
from pptx.util import Emu, Inches, Pt
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT_DIR = REPO_ROOT / "corpus"
PDF_NAME = "2024-05-03_minnesanteckningar_samverkansgrupp_nara_vard.pdf"
PPTX_NAME = "samverkansgrupp_nara_vard_presentation.pptx"
DECK_PDF_NAME = "samverkansgrupp_nara_vard_presentation.pdf"

ORGANISATION = "Region Västmanland"
MEETING_DATE = "2024-05-03"
FIXED_DATETIME = dt.datetime(2024, 5, 3, 9, 0, 0)
FIXED_EPOCH = int(dt.datetime(2024, 5, 3, 7, 0, 0, tzinfo=dt.UTC).timestamp())  # 09:00 CEST
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# Data: minutes (from shared/seeds/minnesanteckningar_2024-05-03.txt)
# --------------------------------------------------------------------------------------------

MINUTES_KIND = "Minnesanteckningar"
MINUTES_HEADER = "MINNESANTECKNINGAR"
BODY_NAME = "Samverkansgrupp Nära vård 2023"
PDF_TITLE = "Minnesanteckningar Samverkansgrupp Nära vård 2024-05-03"

ATTENDANCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Mötesdatum", ("2024-05-03",)),
    ("Plats och tid", ("Sammanträdesrum Mälaren, Regionhuset, ingång 4 kl. 09:00-12:00",)),
    (
        "Beslutande ledamöter",
        (
            "Lina Eriksson (L) (Ordförande), Region Västmanland",
            "Stephanie Bruksgård (M), Region Västmanland",
            "Ulrika Spårebo (S), Region Västmanland",
            "Rahaf Ramdo (KD), Arboga",
            "Niclas Bergström (S), Fagersta",
            "Ingvor Regnemer (S), Hallstahammar",
            "Linda Söder Jonsson (S), Kungsör",
            "Anna Eriksson (S) (Vice ordförande), Köping",
            "Karl Karlsson (S), Norberg",
            "Roger Ingvarsson (S) ersätter Therese Emtin (SD), Skinnskatteberg",
            "Inge Larsson (C), Surahammar",
            "Denise Norström (S) ersätter Amanda Grönlund (KD)",
        ),
    ),
    (
        "Ej tjänstgörande ersättare",
        (
            "Bernt Bergsten (C) Region Västmanland",
            "Annica Lindholm (V) Fagersta",
            "Rolf Korsbäck (S) Hallstahammar",
            "Yvonne Blucher Svensson (V), Köping",
            "Anita Lilja-Stenholm (L), Norberg",
        ),
    ),
    (
        "Övriga närvarande",
        (
            "Sara Fredin (processledare)",
            "Lars Almroth (hälso- och sjukvårdsdirektör)",
            "Annasarah Pavasson (förvaltningschef Köpings kommun)",
            "Eva Wilhelmsson (mötessekreterare)",
            "Eva-Lena Odeling (socialchef Surahammars kommun)",
        ),
    ),
)

# Mini markup: "§ N Title" starts an agenda item, "## Text" is a sub-heading, consecutive
# lines form one paragraph and a blank line ends it. The hard wraps are the seed's.
AGENDA_MARKUP = """
§ 1 Ordförande hälsar samverkansgrupp nära vård välkomna

§ 2 Nästa sammanträde
Nästa sammanträde ska äga rum fredagen den 20 september 2024.

§ 3 Seniorhälsovårdsprogram
Åsa Revenäs informerar om status i projektet och inleder med bakgrunden till
projektet med betydligt fler äldre inom innevarande tioårsperiod. Projektet startade
våren 2023 med en förstudie och projektet avslutas 2026. Målet är att främja hälsa
och att förebygga ohälsa och att tidigt förebygga sjukdom. Åsa Revenäs informerar om
framtidens hälso- och sjukvård med omställning mot Nära vård. Åsa Revenäs fortsätter
att informera om seniorhälsovårdsprogrammet som bland annat innebär
återkommande hälsokontroller och riktade hälsosamtal för alla i viss ålder och ska
erbjudas vid alla vårdcentraler. Åsa Revenäs avslutar presentationen med status i
projektet och vägen framåt.

§ 4 Förebyggandeenheten
## Sammanfattning
Paulo Sandbom informerar och inleder med att med Hallstahammars kommun är
klassad som en äldrevänlig kommun av Världshälsoorganisationen WHO där man
arbetar aktivt med förebyggande verksamhet.

Paolo Sandbom informerar om Seniorglädje som är mötesplats för äldre och olika
aktiviteter som gym, bastu och visar exempel på månadsprogram med månadens
aktiviteter. Paolo Sandbom avslutar med att informera om trygghetsboenden i
Hallstahammar och uppsökande verksamhet, väntjänst och äldreombud för att
förebygga ohälsa och ensamhet.

§ 5 Dokumenterad överenskommelse
Maria Gill informerar om personcentrering, vad det innebär och samordning utifrån
personens fokus. Maria Gill fortsätter med dokumenterad överenskommelse som
bland annat innebär trygghet, närhet och delaktighet. Syftet är att genom en
gemensam överenskommelse mellan patient och vårdgivare säkerställa delaktighet,
samordning, tillgänglighet och samverkan, med patientens perspektiv som
utgångspunkt.

§ 6 Sammanhållen vy 1177
## Sammanfattning
Maria Gill informerar om pågående arbete med sammanhållen vy som innebär stöd till invånaren för
överblick oavsett huvudman och utförare. Syftet är att förenkla i vårdens övergångar samtidigt som
det bidrar till andra nyttor för patienten, närstående och medarbetare i olika organisationer.
Främst
riktar sig konceptet till patienter som har ett eller flera kroniska tillstånd eller andra behov av
samordning. Arbetet sker nationellt där en förstudie är utförd och ett fortsatt arbete är
påbörjat där
flera regioner ingår, däribland Västmanland.

§ 7 Gemensam primärvårdsplan
## Sammanfattning
Sara Fredin informerar och inleder med bakgrunden till gemensam primärvårdsplan.
Primärvården ska vara navet i hälso- och sjukvården och den vårdnivå som ska vara
nära invånarna och bidra till hälsa och trygghet. Det finns både kommunal och regional
primärvård som behöver samverka. En plan för gemensam primärvård är ett verktyg i
omställningen till Nära vård, ett nationellt initiativ, som kan innehålla såväl
överenskomna förhållnings- och arbetssätt som hur samverkan konkret ska se ut. Sara
Fredin berättar att arbetet precis är påbörjat i Västmanland, tillsammans region och
kommuner, för att forma innehållet i Västmanlands gemensamma primärvårdsplan.

§ 8 Gemensam målbild Nära vård Västmanland
Sara Fredin informerar om att den gemensamma målbild för omställning till Nära vård, som Region
och kommuner tillsammans tagit fram, presenterades på SRB den 19 april. SRB tog beslut om att
rekommendera Regionen och alla kommuner i Västmanland att anta målbilden.

§ 9 Gemensam uppföljning
## Sammanfattning
Sara Fredin informerar om gemensam uppföljning för omställningsarbetet i Västmanland. En rapport
är under framtagande som innehåller indikatorer från både Region och kommuner. Uppföljning av
Närvårdsteamen, som ger vård i hemmet till vuxna personer med stora sjukvårdsbehov, visar på
trygga patienter och anhöriga som får vård med god kvalitet trots minskad vårdkonsumtion. Bland
annat har behovet av vård på sjukhus för dessa patienter halverats.

§ 10 HoS2029 (Hälso- och sjukvården 2029)
## Sammanfattning
Lars Almroth informerar om aktiviteter som pågår för HoS2029 bland annat utredning
och detaljerad beskrivning av närakutsuppdraget i Köping, lokalförsörjningsplan för
Närsjukhuset i Köping och renovering i Fagersta. Lars Almroth avslutar informationen
med en strategisk karta med olika milstolpar. Den strategiska kartan är fortfarande ett
arbetsmaterial.

§ 11 Övriga frågor
## Sammanfattning
Ulrika Spårebo (S) efterlyser att informationen i samverkansgruppen sprids inom
kommunerna samt att kommunerna avrapporterar på samverkansgruppen hur
nära vård-arbetet går i respektive kommun.
"""

# --------------------------------------------------------------------------------------------
# Data: slide deck (from shared/seeds/presentation_nara_vard_samverkansgrupp.txt)
# --------------------------------------------------------------------------------------------

DECK_TITLE = "Samverkansgrupp Nära vård"
SLIDE1_NOTES = "Syftet med samverkansgrupperna enligt överenskommelse."

Body = tuple[tuple[int, str], ...]


def _j(*parts: str) -> str:
    """Join the hard-wrapped lines of one seed paragraph with single spaces."""
    return " ".join(part.strip() for part in parts)


SLIDE1_TITLE = "Samverkansgruppens syfte och övergripande uppdrag"
SLIDE1_BODY: Body = (
    (
        0,
        _j(
            "➢De politiska samverkansgrupperna ska fungera som forum för lärande och",
            "erfarenhetsutbyte mellan länets kommuner och mellan kommunerna och Regionen. De",
            "är en arena för dialog och förankring för viktiga gränsöverskridande frågor "
            "kopplade till",
            "respektive ämnesområde.",
        ),
    ),
    (
        0,
        _j(
            "➢Samverkansgrupp Hälsa - Bidra till förbättrad måluppfyllelse av RUS mål 5,Öka "
            "andelen",
            "som anger att deras hälsa är bra eller mycket bra",
        ),
    ),
    (
        0,
        _j(
            "➢Samverkansgrupp Kompetensförsörjning - Bidra till förbättradmåluppfyllelse av "
            "RUS mål",
            "18, Fler företag och organisationer hittar rättkompetens",
        ),
    ),
    (
        0,
        _j(
            "➢Samverkansgrupp Nära vård – Bidra till en ny vårdstruktur där region och kommun",
            "tillsammans skapar en gemensam hälso- och sjukvård med fokus på person och relation",
        ),
    ),
)

SLIDE2_TITLE = "Sju primära gemensamma utvecklingsområden framåt"
SLIDE2_BODY: Body = (
    (0, "Region och kommuner"),
    (0, "1. Kompetensutveckling i samverkan"),
    (
        1,
        "Inventering gjord. Fortsatt arbete kring samverkan vad gäller kompetensutveckling "
        "och utbildningsplanering",
    ),
    (0, "2. Samfinansierade kombinationstjänster"),
    (
        1,
        "En pilot igång i Fagersta. Planen är att etablera en modell ska kunna gå att "
        "applicera i övrig kommuner",
    ),
    (0, "3. Länspilotprojekt för barn och unga"),
    (
        1,
        _j(
            "Ta fram en gemensam samverkansmodell kring barn och unga i Västmanland. I samverkan "
            "mellan länets kommuner, Region Västmanland,",
            "andra regionala aktörer kring barn och unga, SKR, Skolverket och Socialstyrelsen",
        ),
    ),
    (0, "4. Införande av Seniorhälsovårdsprogrammet vid länets vårdcentraler"),
    (
        1,
        _j(
            "Ett hälsoprogram för personer från 60 år och uppåt som ska främja hälsa, förebygga "
            "ohälsa och tidigt identifiera sjukdom. Insatser och",
            "aktiviteter efter genomgånget hälsosamtal erbjuds i samverkan med länets kommuner.",
        ),
    ),
    (0, "5. Sammanhållen planering på 1177 och dokumenterad överenskommelse"),
    (
        1,
        _j(
            "Länet har samma journalsystem för hälso- och sjukvården och nu utvecklas den vy "
            "som hjälper patient och vårdgivare att få överblick över",
            "hela vårdkedjan och planerade aktiviteter oavsett vårdgivare. Här speglas även "
            "patientens överenskommelser med vården",
        ),
    ),
    (0, "6. Förstärkt vård utanför sjukhus för sköra äldre"),
    (1, "• Fortsatt vidareutveckla Närvårdsteamen i länet för mer likvärdigt utbud"),
    (
        1,
        "• Förstärkning med läkarstöd första tiden efter utskrivning från sjukhus för skör patient",
    ),
    (
        0,
        "7.  Gemensam primärvårdsplan "
        "(Innefattar en större förändring med många olika komponenter)",
    ),
    (
        1,
        _j(
            "Plattform där kommun och region formulerar och tydliggör gemensamma områden för "
            "fortsatt arbete och förutsättningar för samsyn och",
            "uppföljning i samverkan mellan kommunal och regional primärvård. Målbilden för Nära "
            "vård utgör grunden i arbetet och kompletteras med",
            "lokala mål och aktiviteter kring exempelvis; kompetensförsörjning, "
            "kompetensutveckling, bemanning (ex. läkarstöd, gemensamma",
            "tjänster), lokaler, utbudsfrågor.",
        ),
    ),
)

SLIDE3_TITLE = "Vad primärvårdsplanen ska innehålla"

SLIDE4_TITLE = "Prioriterade frågor 2024-2025"
SLIDE4_BODY: Body = (
    (0, "➢ 7 gemensamma utvecklingsområden"),
    (0, _j("➢ Seniorhälsovårdsprogram – 8 pionjärer startar", "hösten 2025, breddinförande 2026")),
    (
        0,
        _j(
            "➢ Gemensam primärvårdsplan – Varje kommun",
            "skapar planen tillsammans med vårdcentralerna",
        ),
    ),
    (0, "➢ Gemensam uppföljning"),
    (0, "➢ Förordningsstyrt statsbidrag inför 2025"),
    (
        0,
        _j(
            "➢ Strategidag november 2024 (samverkansgruppen",
            "och tjänstepersoner från Chefsforum)",
        ),
    ),
    (0, "➢ Information goda exempel"),
    (0, "➢ Hälso- och sjukvården 2029"),
    (0, "➢ Kompetensutveckling i samverkan"),
    (0, "➢ Länspilot barn och unga"),
    (0, _j("➢ Sammanhållen planering på 1177 och", "dokumenterad överenskommelse")),
    (0, "➢ Närvårdsplats i Kungsör"),
    (
        0,
        _j(
            "➢ Fagersta som gott exempel; god samverkan,",
            "Närvårdsteam och samfinansierade",
            "kombinationstjänster",
        ),
    ),
)

RESULTS_TITLE = "Vad vet vi om resultaten hittills?"
SLIDE5_SUBTITLE = "Gemensam rapport Nära vård"
SLIDE5_LEFT: tuple[str, ...] = (
    "▪ Antal akutbesök/1000 inv. > 80 år",
    _j("▪ Påverkbar slutenvård vid kronisk sjukdom/", "100 000 inv."),
    "▪ Läkarkontinuitet på SÄBO",
    _j("▪ Antal patienter som blir utskrivna samma", "dag resp. kvar 3 dagar"),
    "▪ Vårdtillfällen/100 000 inv.",
    "▪ Vårddygn/ 100 000 inv.",
    "▪ Fallskador/ 100 000 inv. – > 65 år",
    _j("▪ Andel oplanerad återinskrivning inom 30", "dagar"),
    _j("▪ Äldre med läkemedel som bör undvikas –", "snitt/1000 listade >75år"),
    _j("▪ Tillgänglighet primärvård – medicinsk", "bedömning inom 3 dagar"),
)
SLIDE5_RIGHT: tuple[str, ...] = (
    "▪ Antal öppenvårdskontakter/1000 inv.",
    "▪ Andel med fast vårdkontakt i primärvård",
    "▪ Andel med fast läkarkontakt i primärvård",
    _j("▪ Hemtjänst till personer >65 år antal", "personer/antal timmar"),
    _j("▪ Antal personer >85 år med pågående insats", "på SÄBO"),
    _j("▪ Antal personer med pågående insats av", "hemsjukvård"),
    "▪ Antal äldre med korttidsinsats",
    _j("▪ Antal dagar mellan utskrivningsklar och", "utskrivning"),
)
SLIDE5_NOTE = _j("Samt nationella mätningar, enkäter och", "patientnöjdhet")

SLIDE6_BODY: Body = (
    (0, "Patienter anslutna till Närvårdsteam"),
    (
        0,
        _j(
            "Vuxna med komplex sjukdomsbild som har eller förväntas ha stort",
            "behov av vård på sjukhus – 4 team som täcker länet – Av de",
            "anslutna är 68% är över 80 år",
        ),
    ),
    (1, "• Ca 230 patienter anslutna varav ca 150 i Västerås"),
    (1, "• Minskar antalet vårdtillfällen med 50%, lika så besök på vårdcentral"),
    (1, "• Akutbesök och ambulansresor minskar med en tredjedel"),
    (1, "• Besök i specialistöppenvård minskar med en fjärdedel"),
)

SLIDE7_TITLE = "Fokusfrågor 2025-2026"
SLIDE7_BODY: Body = (
    (0, "➢ Kulturförflyttningen och värdet i att äga och bära frågan från politiskt håll"),
    (
        0,
        "➢ Systemledning Nära vård – Samverkansgruppen tillsammans med tjänstemän (Chefsforum)",
    ),
    (0, "➢ Sju gemensamma utvecklingsfrågor:"),
    (1, "➢ Kompetensutveckling i samverkan"),
    (1, "➢ Samfinansierade kombinationstjänster"),
    (1, "➢ Länspilotprojekt för barn och unga"),
    (1, "➢ Införande av seniorhälsovårdsprogram"),
    (1, "➢ Sammanhållen planering på 1177 och dokumenterad överenskommelse"),
    (1, "➢ Förstärkt vård utanför sjukhus för sköra äldre"),
    (1, "➢ Gemensam primärvårdsplan"),
    (
        0,
        _j(
            "➢ Eventuella beslut kopplade till gemensam primärvårdsplan under 2025 samt "
            "övergripande färdplan för",
            "omställningen",
        ),
    ),
    (0, "➢ Revidering av Hemsjukvårdsavtalet"),
    (0, "➢ HoS29 med fokus kopplat till kommunerna"),
)

SLIDE8_TITLE = _j(
    "Ev frågor för kännedom", "eller beslut i SRB", "och/eller andra", "politiska församlingar"
)
SLIDE8_BODY: Body = (
    (
        0,
        _j(
            "➢ Eventuella beslut kopplade till gemensam",
            "primärvårdsplan under 2025 samt övergripande",
            "färdplan för omställningen",
        ),
    ),
    (
        0,
        _j(
            "➢ Revidering av hemsjukvårdsavtalet samt andra",
            "avtal kopplade till utskrivningsprocessen",
        ),
    ),
    (0, "➢ Eventuella frågor kopplade till systemledning"),
    (0, "➢ Gemensam uppföljning"),
    (0, "➢ HoS29 med fokus kopplat till kommunerna"),
)

TIMELINE_TITLE = "Här är vi nu!"
TIMELINE: tuple[tuple[str, ...], ...] = (
    (
        "2018-2023",
        "Varför och riktning",
        "• Vad är Nära vård? Varför ska vi dit?",
        "• Gemensam målbild",
        _j("• Gemensamt ledarskapsprogram tjänstemän", "och politik"),
        "• Workshops och andra dialoger",
        "Projekt och etablering av Nära vårdarbetssätt",
        "• Mottagning för tidiga insatser",
        "• Fyra närvårdsteam för vuxna",
        "• Hemsjukvårdsteam för barn",
        "• Äldrespykiatrisk specialistvård",
        "• Sammanhållen journal",
        "• 5/50",
    ),
    (
        "2024-2025",
        "Göra, lära, bredda",
        "• Kontinuerlig gemensam uppföljning av nya arbetssätt",
        _j(
            "• Insatser kopplat till målbild inom: servicekvalitet, medicinsk kvalitet, kompetens",
            "och ekonomi – 7 prioriterade utvecklingsområden",
        ),
        "• Gemensam primärvårdsplan mellan regional och kommunal primärvård",
        "• Ytterligare insatser för att undvika sjukhusvård",
        "• Seniorhälsovård",
        "• Utökad personcentrering",
        "• Systemledning för en mer sammanhållen styrning",
    ),
    (
        "2025>",
        "Befästa det nya",
        _j(
            "• Närvårdsteam i hela länet som utvecklas/utvidgas",
            "med ytterligare mobila lösningar för att utöka vård",
            "utanför sjukhus",
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN_X = 57.0
VALUE_X = 185.0
VALUE_W = 320.0
LABEL_W = VALUE_X - MARGIN_X
FRAME_PADDING = 6.0  # platypus Frame default padding, compensated in the page margins
BLOCK_GAP = 5.0
SUBHEADING_PREFIX = "## "
AGENDA_PREFIX = "§ "

FONT_CANDIDATES: tuple[tuple[str, str, str], ...] = (
    ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    (
        "LiberationSans",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
    ),
    ("Vera", str(Path(pdfmetrics.__file__).parent.parent / "fonts" / "Vera.ttf"), "VeraBd.ttf"),
)


@dataclass(frozen=True)
class Fonts:
    """Registered regular and bold font names."""

    regular: str
    bold: str


@dataclass(frozen=True)
class Block:
    """One piece of agenda content: an item heading, a sub-heading or a paragraph."""

    kind: str  # "item" | "sub" | "para"
    text: str


def register_fonts() -> Fonts:
    """Register the first available TrueType family that covers å, ä and ö."""
    for family, regular_path, bold_file in FONT_CANDIDATES:
        regular = Path(regular_path)
        bold = regular.with_name(bold_file)
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont(family, str(regular)))
            pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(bold)))
            return Fonts(family, f"{family}-Bold")
    raise SystemExit("no usable TrueType font found (need DejaVuSans, LiberationSans or Vera)")


def parse_agenda(markup: str) -> list[Block]:
    """Parse the agenda mini markup into blocks, joining hard-wrapped paragraph lines."""
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(Block("para", " ".join(lines)))
            lines.clear()

    for raw in markup.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith(AGENDA_PREFIX):
            flush()
            blocks.append(Block("item", line))
        elif line.startswith(SUBHEADING_PREFIX):
            flush()
            blocks.append(Block("sub", line.removeprefix(SUBHEADING_PREFIX)))
        else:
            lines.append(line)
    flush()
    return blocks


def wrap_value(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word-processor style wrapping: break at spaces, or after an embedded hyphen."""
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if pdfmetrics.stringWidth(candidate, font, size) <= width or not line:
            line = candidate
            continue
        head, sep, tail = word.rpartition("-")
        if sep and head and tail:
            with_head = f"{line} {head}-"
            if pdfmetrics.stringWidth(with_head, font, size) <= width:
                out.append(with_head)
                line = tail
                continue
        out.append(line)
        line = word
    out.append(line)
    return out


def make_styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    """Paragraph styles of the minutes."""
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=10, leading=13)
    return {
        "kind": ParagraphStyle("kind", base, fontSize=9, leading=12, spaceAfter=2),
        "body_name": ParagraphStyle(
            "body_name", base, fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=16
        ),
        "label": ParagraphStyle("label", base, fontName=fonts.bold),
        "value": ParagraphStyle("value", base),
        "item": ParagraphStyle(
            "item",
            base,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "sub": ParagraphStyle("sub", base, fontName=fonts.bold, spaceAfter=2, keepWithNext=1),
        "para": ParagraphStyle("para", base, alignment=TA_JUSTIFY, spaceAfter=6),
    }


def attendance_table(styles: dict[str, ParagraphStyle]) -> Table:
    """Two-column label/value block; long values wrap inside the value column."""
    value_style = styles["value"]
    rows = []
    for label, values in ATTENDANCE:
        cell = [
            Paragraph(
                "<br/>".join(
                    escape(part)
                    for part in wrap_value(
                        value, value_style.fontName, value_style.fontSize, VALUE_W
                    )
                ),
                value_style,
            )
            for value in values
        ]
        rows.append([Paragraph(escape(label), styles["label"]), cell])
    table = Table(rows, colWidths=[LABEL_W, VALUE_W], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), BLOCK_GAP),
            ]
        )
    )
    return table


def minutes_story(fonts: Fonts) -> list[Flowable]:
    """All flowables of the minutes, in reading order."""
    styles = make_styles(fonts)
    story: list[Flowable] = [
        Paragraph(escape(MINUTES_KIND), styles["kind"]),
        Paragraph(escape(BODY_NAME), styles["body_name"]),
        attendance_table(styles),
        Spacer(1, 6),
    ]
    for block in parse_agenda(AGENDA_MARKUP):
        story.append(Paragraph(escape(block.text), styles[block.kind]))
    return story


def _pdf_date(*_: int) -> str:
    """Fixed PDF date string (creation and modification date)."""
    return "D:20240503090000+02'00'"


def make_canvas_class(fonts: Fonts) -> type[Canvas]:
    """Canvas that defers pages so the footer can show the total page count."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(_pdf_date)
            self._page_states: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                self.setFont(fonts.regular, 9)
                self.drawRightString(PAGE_W - MARGIN_X, 30, f"Sida {self._pageNumber} ({total})")
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_header(canvas: Canvas, fonts: Fonts) -> None:
    """Page header repeated on every page."""
    canvas.saveState()
    top = PAGE_H - 42
    canvas.setFont(fonts.bold, 11)
    canvas.drawString(MARGIN_X, top, ORGANISATION)
    canvas.setFont(fonts.bold, 10)
    canvas.drawRightString(PAGE_W - MARGIN_X, top, MINUTES_HEADER)
    canvas.setFont(fonts.regular, 9)
    canvas.drawRightString(PAGE_W - MARGIN_X, top - 12, MEETING_DATE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 20, PAGE_W - MARGIN_X, top - 20)
    canvas.restoreState()


@contextmanager
def fixed_source_date() -> Iterator[None]:
    """Pin SOURCE_DATE_EPOCH (read by reportlab) so the PDF /ID never depends on the caller."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_EPOCH)
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def build_pdf(path: Path) -> None:
    """Render the minutes PDF."""
    with fixed_source_date():
        render_pdf(path)


def render_pdf(path: Path) -> None:
    """Lay out and write the minutes PDF."""
    fonts = register_fonts()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X - FRAME_PADDING,
        rightMargin=MARGIN_X - FRAME_PADDING,
        topMargin=85,
        bottomMargin=60,
        title=PDF_TITLE,
        author=ORGANISATION,
        subject=BODY_NAME,
        creator="minutes scripts/make_samples.py",
        lang="sv-SE",
        invariant=1,
    )

    def on_page(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        draw_header(canvas, fonts)

    doc.build(
        minutes_story(fonts),
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=make_canvas_class(fonts),
    )


# --------------------------------------------------------------------------------------------
# PPTX
# --------------------------------------------------------------------------------------------

SLIDE_W = Emu(12192000)  # 13.333 in, 16:9
SLIDE_H = Emu(6858000)  # 7.5 in
LAYOUT_CONTENT = "Title and Content"
LAYOUT_TITLE_ONLY = "Title Only"
LEVEL_INDENT = Emu(457200)


def widen_template(prs: PresentationT) -> None:
    """Switch the default 4:3 template to 16:9, stretching master/layout shapes horizontally."""
    ratio = SLIDE_W / prs.slide_width
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    masters_and_layouts = [prs.slide_master, *prs.slide_layouts]
    for container in masters_and_layouts:
        for shape in container.shapes:
            for xfrm in shape._element.xpath("./p:spPr/a:xfrm"):
                off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
                off.set("x", str(round(int(off.get("x")) * ratio)))
                ext.set("cx", str(round(int(ext.get("cx")) * ratio)))


def layout(prs: PresentationT, name: str) -> SlideLayout:
    """Slide layout of the default template by name."""
    return next(lay for lay in prs.slide_layouts if lay.name == name)


def add_slide(prs: PresentationT, layout_name: str, title: str) -> Slide:
    """New slide with its title placeholder filled."""
    slide = prs.slides.add_slide(layout(prs, layout_name))
    slide.shapes.title.text = title
    return slide


def set_paragraphs(
    frame: TextFrame, items: Iterable[tuple[int, str]], size: float, bullets: bool = False
) -> None:
    """Fill a text frame with (level, text) paragraphs; bullet glyphs are literal text."""
    for index, (level, text) in enumerate(items):
        para = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            run.font.size = Pt(size)
        if not bullets:
            ppr = para._p.get_or_add_pPr()
            ppr.set("marL", str(level * LEVEL_INDENT))
            ppr.set("indent", "0")
            ppr.insert_element_before(ppr.makeelement(qn("a:buNone"), {}), "a:tabLst", "a:defRPr")


def body_placeholder(slide: Slide) -> SlidePlaceholder:
    """The content (idx 1) placeholder of a Title and Content slide."""
    return slide.placeholders[1]


def place(shape: SlidePlaceholder, box: tuple[float, float, float, float]) -> None:
    """Override a placeholder's inherited position (left, top, width, height in inches)."""
    shape.left, shape.top, shape.width, shape.height = (Inches(v) for v in box)


def content_slide(prs: PresentationT, title: str, body: Body, size: float) -> Slide:
    """Title and Content slide with a leveled body."""
    slide = add_slide(prs, LAYOUT_CONTENT, title)
    set_paragraphs(body_placeholder(slide).text_frame, body, size)
    return slide


def add_textbox(
    parent: Slide | GroupShape,
    box: tuple[float, float, float, float],
    lines: Sequence[str],
    size: float,
    bold_lines: int = 0,
) -> Shape:
    """Text box (left, top, width, height in inches) with one paragraph per line."""
    left, top, width, height = (Inches(v) for v in box)
    shape = parent.shapes.add_textbox(left, top, width, height)
    frame = shape.text_frame
    frame.word_wrap = True
    set_paragraphs(frame, ((0, line) for line in lines), size)
    for para in frame.paragraphs[:bold_lines]:
        for run in para.runs:
            run.font.bold = True
    return shape


def move_to_front_of_tree(slide: Slide, shape: Shape) -> None:
    """Make ``shape`` the first shape of the slide (before the title in reading order)."""
    tree = slide.shapes._spTree
    element = shape._element
    tree.remove(element)
    tree.insert(2, element)  # after p:nvGrpSpPr and p:grpSpPr


def slide_purpose(prs: PresentationT) -> None:
    """Slide 1: purpose, with speaker notes."""
    slide = content_slide(prs, SLIDE1_TITLE, SLIDE1_BODY, 18)
    slide.notes_slide.notes_text_frame.text = SLIDE1_NOTES


def slide_areas(prs: PresentationT) -> None:
    """Slide 2: seven areas; a decoy footer text box precedes the title in shape order."""
    slide = content_slide(prs, SLIDE2_TITLE, SLIDE2_BODY, 11)
    body = body_placeholder(slide)
    place(body, (0.5, 1.3, 12.3, 5.5))
    footer = add_textbox(slide, (0.4, 6.95, 3.0, 0.4), [ORGANISATION], 10)
    move_to_front_of_tree(slide, footer)


def slide_indicators(prs: PresentationT) -> None:
    """Slide 5: indicator columns as a table plus a note text box."""
    slide = content_slide(prs, RESULTS_TITLE, ((0, SLIDE5_SUBTITLE),), 20)
    body = body_placeholder(slide)
    place(body, (0.6, 1.5, 12.1, 0.6))
    n_rows = max(len(SLIDE5_LEFT), len(SLIDE5_RIGHT))
    frame = slide.shapes.add_table(n_rows, 2, Inches(0.6), Inches(2.2), Inches(12.1), Inches(4.2))
    table = frame.table
    table.first_row = False
    for col, items in enumerate((SLIDE5_LEFT, SLIDE5_RIGHT)):
        for row in range(n_rows):
            text = items[row] if row < len(items) else ""
            cell = table.cell(row, col)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(12)
    add_textbox(slide, (0.6, 6.55, 12.1, 0.5), [SLIDE5_NOTE], 14)


def slide_timeline(prs: PresentationT) -> None:
    """Slide 10: the three phases as a group of three text boxes."""
    slide = add_slide(prs, LAYOUT_TITLE_ONLY, TIMELINE_TITLE)
    group = slide.shapes.add_group_shape()
    width, gap, left = 4.0, 0.17, 0.5
    for index, lines in enumerate(TIMELINE):
        add_textbox(group, (left + index * (width + gap), 1.6, width, 5.2), lines, 12, 2)


def build_deck() -> PresentationT:
    """Assemble the ten slides."""
    prs = Presentation()
    widen_template(prs)
    slide_purpose(prs)
    slide_areas(prs)
    add_slide(prs, LAYOUT_TITLE_ONLY, SLIDE3_TITLE)
    content_slide(prs, SLIDE4_TITLE, SLIDE4_BODY, 14)
    slide_indicators(prs)
    content_slide(prs, RESULTS_TITLE, SLIDE6_BODY, 18)
    content_slide(prs, SLIDE7_TITLE, SLIDE7_BODY, 14)
    content_slide(prs, SLIDE8_TITLE, SLIDE8_BODY, 18)
    add_slide(prs, LAYOUT_TITLE_ONLY, TIMELINE_TITLE)
    slide_timeline(prs)
    set_core_properties(prs)
    return prs


def set_core_properties(prs: PresentationT) -> None:
    """Fixed document properties so the package is reproducible."""
    props = prs.core_properties
    props.title = DECK_TITLE
    props.author = ORGANISATION
    props.last_modified_by = ORGANISATION
    props.language = "sv-SE"
    props.revision = 1
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME


def normalised_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps and attributes, keeping member order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.create_system = 0
            member.external_attr = 0
            dst.writestr(member, src.read(info))
    return out.getvalue()


def build_pptx(path: Path) -> None:
    """Render the slide deck with reproducible bytes."""
    buffer = io.BytesIO()
    build_deck().save(buffer)
    path.write_bytes(normalised_zip(buffer.getvalue()))


# --------------------------------------------------------------------------------------------
# The deck as a PDF export
# --------------------------------------------------------------------------------------------

DECK_W, DECK_H = 960.0, 540.0  # 13.333 x 7.5 in, as the PPTX
DECK_X = 43.0  # left edge of the text
DECK_TEXT_W = DECK_W - 2 * DECK_X
DECK_TITLE_SIZE = 28.0
DECK_BODY_TOP = 104.0  # from the top of the page
DECK_LEVEL_STEP = 36.0
DECK_LEADING = 1.2
DECK_PARAGRAPH_SPACE = 0.5  # extra space before a paragraph, in font sizes
CELL_PADDING = 12.0


class DeckPage:
    """Draws one slide on a canvas, with y measured from the top of the page."""

    def __init__(self, canvas: Canvas, fonts: Fonts) -> None:
        self.canvas = canvas
        self.fonts = fonts

    def text(self, x: float, top: float, text: str, size: float, bold: bool = False) -> None:
        """One line whose font box starts at `top`."""
        self.canvas.setFont(self.fonts.bold if bold else self.fonts.regular, size)
        self.canvas.drawString(x, DECK_H - top - size * 0.93, text)

    def wrapped(
        self, x: float, top: float, text: str, size: float, width: float, bold: bool = False
    ) -> float:
        """A paragraph wrapped to width; returns the top of the line below it."""
        font = self.fonts.bold if bold else self.fonts.regular
        for line in wrap_value(text, font, size, width):
            self.text(x, top, line, size, bold)
            top += size * DECK_LEADING
        return top

    def title(self, text: str) -> None:
        self.wrapped(DECK_X, 34.0, text, DECK_TITLE_SIZE, DECK_TEXT_W, bold=True)

    def body(
        self, paragraphs: Iterable[tuple[int, str]], size: float, top: float = DECK_BODY_TOP
    ) -> float:
        """Levelled paragraphs; the bullet glyphs are part of the text, as in the deck."""
        for index, (level, text) in enumerate(paragraphs):
            if index:
                top += size * DECK_PARAGRAPH_SPACE
            x = DECK_X + level * DECK_LEVEL_STEP
            top = self.wrapped(x, top, text, size, DECK_TEXT_W - (x - DECK_X))
        return top

    def table(self, columns: Sequence[Sequence[str]], top: float, size: float) -> float:
        """A ruled table, one column per sequence; each cell wraps within its column."""
        width = DECK_TEXT_W / len(columns)
        rows = max(len(column) for column in columns)
        font = self.fonts.regular
        start = top
        self.canvas.setLineWidth(0.5)
        for row in range(rows):
            cells = [column[row] if row < len(column) else "" for column in columns]
            inner = width - 2 * CELL_PADDING
            wrapped = [wrap_value(c, font, size, inner) if c else [] for c in cells]
            height = max(len(w) for w in wrapped) * size * DECK_LEADING + CELL_PADDING
            for c, lines in enumerate(wrapped):
                for k, line in enumerate(lines):
                    x = DECK_X + c * width + CELL_PADDING
                    self.text(x, top + CELL_PADDING / 2 + k * size * DECK_LEADING, line, size)
            self.canvas.line(DECK_X, DECK_H - top, DECK_X + DECK_TEXT_W, DECK_H - top)
            top += height
        self.canvas.line(DECK_X, DECK_H - top, DECK_X + DECK_TEXT_W, DECK_H - top)
        for c in range(len(columns) + 1):
            x = DECK_X + c * width
            self.canvas.line(x, DECK_H - start, x, DECK_H - top)
        return top

    def furniture(self, number: int) -> None:
        """Footer and slide number, repeated on every slide as an export prints them."""
        self.canvas.setFont(self.fonts.regular, 9)
        self.canvas.drawCentredString(DECK_W / 2, 14, DECK_TITLE)
        self.canvas.drawRightString(DECK_W - DECK_X, 14, str(number))


def deck_pdf_slides(page: DeckPage) -> Iterator[None]:
    """Draw the ten slides, yielding after each."""
    page.title(SLIDE1_TITLE)
    page.body(SLIDE1_BODY, 18)
    yield
    page.title(SLIDE2_TITLE)
    page.body(SLIDE2_BODY, 11, top=94.0)
    page.text(DECK_X - 7, 504.0, ORGANISATION, 10)  # the deck's stray footer text box
    yield
    page.title(SLIDE3_TITLE)
    yield
    page.title(SLIDE4_TITLE)
    page.body(SLIDE4_BODY, 14)
    yield
    page.title(RESULTS_TITLE)
    page.body(((0, SLIDE5_SUBTITLE),), 20)
    end = page.table((SLIDE5_LEFT, SLIDE5_RIGHT), 160.0, 12)
    page.body(((0, SLIDE5_NOTE),), 14, top=end + 24)
    yield
    page.title(RESULTS_TITLE)
    page.body(SLIDE6_BODY, 18)
    yield
    page.title(SLIDE7_TITLE)
    page.body(SLIDE7_BODY, 14)
    yield
    page.title(SLIDE8_TITLE)
    page.body(SLIDE8_BODY, 18, top=150.0)
    yield
    page.title(TIMELINE_TITLE)
    yield
    page.title(TIMELINE_TITLE)
    width, gap = 288.0, 12.0
    for index, lines in enumerate(TIMELINE):
        x = DECK_X + index * (width + gap)
        top = DECK_BODY_TOP
        for k, line in enumerate(lines):
            if k:
                top += 12 * DECK_PARAGRAPH_SPACE
            top = page.wrapped(x, top, line, 12, width - 14, bold=k < 2)
    yield


def build_deck_pdf(path: Path) -> None:
    """Render the deck as a landscape PDF export with reproducible bytes."""
    with fixed_source_date():
        fonts = register_fonts()
        canvas = Canvas(str(path), pagesize=(DECK_W, DECK_H), invariant=1)
        canvas.setDateFormatter(_pdf_date)
        canvas.setTitle(DECK_TITLE)
        canvas.setAuthor(ORGANISATION)
        canvas.setCreator("minutes scripts/make_samples.py")
        page = DeckPage(canvas, fonts)
        for number, _ in enumerate(deck_pdf_slides(page), start=1):
            page.furniture(number)
            canvas.showPage()
        canvas.save()


# --------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Write both samples into the output directory and print their paths."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output_dir", nargs="?", type=Path, default=DEFAULT_OUTPUT_DIR)
    args = parser.parse_args(argv)
    out_dir: Path = args.output_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path, pptx_path = out_dir / PDF_NAME, out_dir / PPTX_NAME
    build_pdf(pdf_path)
    build_pptx(pptx_path)
    build_deck_pdf(out_dir / DECK_PDF_NAME)
    print(pdf_path)
    print(pptx_path)
    print(out_dir / DECK_PDF_NAME)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
