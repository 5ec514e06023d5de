#!/usr/bin/env python3
"""Generate the benchmark corpus: 40 minutes PDFs of 5–60 pages, 10 decks, one 200-page PDF.

    python bench/make_corpus.py OUT_DIR

Built with the test builders (tests/builders.py: reportlab, python-pptx) in their
layouts (label column, inline labels, labels as headings, landscape), seeded, so every
run writes the same documents. `OUT_DIR/corpus/` is what `minutes ingest` reads;
`OUT_DIR/long.pdf` is the 200-page file `minutes extract` is measured on.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from builders import MinutesLayout, deck_pptx, minutes_pdf  # noqa: E402

FIRST = [
    "Anna",
    "Bo",
    "Cecilia",
    "Erik",
    "Fia",
    "Gustav",
    "Hanna",
    "Lars",
    "Åsa",
    "Örjan",
    "Maria",
    "Nils",
    "Karin",
    "Per",
    "Sofia",
    "Tomas",
    "Ulla",
    "Viktor",
    "Ebba",
    "Jonas",
]
LAST = [
    "Andersson",
    "Berg",
    "Dahl",
    "Nilsson",
    "Holm",
    "Ek",
    "Lindqvist",
    "Öberg",
    "Åström",
    "Sjöberg",
    "Karlsson",
    "Persson",
    "Larsson",
    "Eriksson",
    "Jönsson",
    "Wikström",
]
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
BODIES = [
    ("Kommunstyrelsen", "Sala kommun"),
    ("Socialnämnden", "Ljusdals kommun"),
    ("Kommunfullmäktige", "Örebro kommun"),
    ("Regionstyrelsen", "Region Kalmar län"),
    ("Tekniska nämnden", "Kungsbacka kommun"),
    ("Barn- och utbildningsnämnden", "Skellefteå kommun"),
]
TOPICS = [
    "Årsredovisning",
    "Budget för år 2025",
    "Detaljplan för kvarteret Höken",
    "Primärvårdens tillgänglighet",
    "Taxor för äldreomsorg",
    "Delårsrapport",
    "Motion om gång- och cykelvägar",
    "Upphandling av skolskjuts",
    "Internkontroll",
]
PROSE = (
    "Förvaltningen redogör för ärendet och dess bakgrund. Nämnden har tidigare "
    "behandlat frågan och ger nu förvaltningen i uppdrag att återkomma med en "
    "fördjupad analys av kostnaderna för hälso- och sjukvård samt omsorg. "
)
STYLES = [dict(), dict(inline_rows=True), dict(heading_rows=True), dict(landscape=True)]
# fmt: skip


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def layout(rng: random.Random, pages: int, style: dict) -> MinutesLayout:
    body, organisation = rng.choice(BODIES)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    members = [f"{person(rng)} ({rng.choice(PARTIES)})" for _ in range(rng.randint(7, 30))]
    members[0] += ", ordförande"
    members[1] += " ersätter " + f"{person(rng)} ({rng.choice(PARTIES)})"
    rows = [
        ("Plats och tid", [f"Stadshuset, {organisation}, {day} kl. 13.15-16.30"]),
        ("Beslutande", members),
        ("Ersättare", [f"{person(rng)} ({rng.choice(PARTIES)})" for _ in range(5)]),
        ("Övriga närvarande", [f"{person(rng)}, sekreterare", f"{person(rng)}, förvaltningschef"]),
        ("Utses att justera", [person(rng)]),
    ]
    # about two items a page: a presenter, prose, a decision with att-clauses
    items = []
    for n in range(1, max(2 * pages - 2, 1) + 1):
        prose = PROSE * rng.randint(5, 9)
        items.append((
            f"§ {n} {rng.choice(TOPICS)}",
            [f"{person(rng)} informerar om ärendet. " + prose, "Beslut",
             f"{body} beslutar att godkänna förslaget,", "att uppdra åt förvaltningen att "
             "återkomma i frågan."],
        ))  # fmt: skip
    return MinutesLayout(
        header=[organisation, body, f"Sammanträdesprotokoll {day}"],
        title=body,
        rows=rows,
        items=items,
        **style,
    )


def deck(path: Path, rng: random.Random) -> None:
    slides = [
        (rng.choice(TOPICS), [(0, PROSE[:80]), (1, "Nuläge och mål"), (1, "Tidplan 2025")])
        for _ in range(rng.randint(6, 16))
    ]
    deck_pptx(path, slides)


def main(out: Path) -> None:
    rng = random.Random(9)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for k in range(40):
        pages = rng.randint(5, 50)  # the layouts run a little long: 5–60 pages printed
        target = corpus / f"protokoll_{k:02d}.pdf"
        if not target.exists():
            minutes_pdf(target, layout(rng, pages, STYLES[k % len(STYLES)]))
        else:
            layout(rng, pages, STYLES[k % len(STYLES)])  # keep the random stream the same
    for k in range(10):
        target = corpus / f"presentation_{k:02d}.pptx"
        if not target.exists():
            deck(target, rng)
        else:
            deck(out / "scratch.pptx", rng)
    long = out / "long.pdf"
    if not long.exists():
        minutes_pdf(long, layout(random.Random(200), 200, {}))
    half = out / "half.pdf"
    if not half.exists():
        minutes_pdf(half, layout(random.Random(50), 50, {}))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out"))
