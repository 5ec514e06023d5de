"""Make the PDFs of tests/test_issues.py: one small generated document per reported bug,
named after the bug. The names in them are invented.

    .venv/bin/python tests/pdfs/make_pdfs.py [FOLDER]   # beside this script by default
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: builders.py draws the pages with reportlab

from builders import MinutesLayout, minutes_pdf  # noqa: E402

HEADER = ["Ekby kommun", "Tekniska nämnden"]
PLACE = ("Plats och tid", ["Kommunhuset, Ekby, 2024-03-12 kl. 13.15-15.00"])


def removed_item_keeps_its_text(path: Path) -> Path:
    """Three items, each with a word no other item has; a corrections file removes § 1
    (issue 18: the store gave § 2 the text of § 1)."""
    layout = MinutesLayout(
        header=HEADER,
        title="Tekniska nämnden",
        rows=[PLACE, ("Beslutande", ["Maja Grönkvist (S), ordförande", "Olof Brandt (M)"])],
        items=[
            ("§ 1 Vattenledningar", ["Nämnden informeras om vattenledningsnätet i Ekby."]),
            ("§ 2 Skolskjutsar", ["Nämnden informeras om skolskjutsarnas nya tider."]),
            ("§ 3 Gatubelysning", ["Nämnden informeras om gatubelysningens kostnader."]),
        ],
    )
    return minutes_pdf(path, layout)


def namesakes_on_two_pages(path: Path) -> Path:
    """Two people of one name and two parties, one listed on page 1, the other on page 2
    (issue 18: both were stored with the page, and box, of the first)."""
    members = [f"{first} {last} (S)" for first, last in zip(FIRST, LAST, strict=True)]
    substitutes = [
        f"{first} {last} (M)" for first, last in zip(FIRST[:12], LAST[-12:], strict=True)
    ]
    layout = MinutesLayout(
        header=HEADER,
        title="Tekniska nämnden",
        rows=[
            PLACE,
            ("Beslutande", ["Karin Ljungdahl (S), ordförande", *members]),
            ("Ej tjänstgörande ersättare", [*substitutes, "Karin Ljungdahl (M)"]),
        ],
        items=[("§ 1 Gatubelysning", ["Nämnden informeras om gatubelysningens kostnader."])],
    )
    return minutes_pdf(path, layout)


FIRST = "Ada Bo Cid Dan Eir Fia Gun Hal Ivo Jon Kai Lea Mio Nea Ola Per Rut Siv Tor Ulf".split()
FIRST += "Vea Yngve Åsa Örjan Alma Bert Cora Dag Ebba Frej Gert Hugo Inez Jarl Kjell".split()
LAST = "Almgren Björkdal Claesdotter Dunér Ekvik Forsmo Grahn Hylén Isaksdal Jernvik".split()
LAST += "Kvarnlid Lindmo Myrén Nordvik Oxelgren Pilthammar Rydmark Sjöling Tallmo Ulvhäll".split()
LAST += "Vikmark Ystrand Åkerlind Östmo Aspvik Berglid Cedermo Dahlvik Edmark Fjällén".split()
LAST += "Granmo Hedvall Iggström Järnmark Kullvik".split()

PDFS = [removed_item_keeps_its_text, namesakes_on_two_pages]

if __name__ == "__main__":
    OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for make in PDFS:
        print(make(OUT / f"{make.__name__}.pdf"))
