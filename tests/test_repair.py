"""Damaged text layers: a glyph stands on the page, its letter is missing from the text
("Bertl" where "Bertil" is printed). Generated here by leaving a gap the width of the
lost letter: the word is wider than its text. Every name is invented."""

from __future__ import annotations

from builders import _fonts, placed_pdf
from extractors import extract_with_warnings
from extractors.readers.repair import repair_document

LEFT, RIGHT, VALUE, SIZE = 71, 330, 200, 9

# enough ordinary text in the same font for the widths of its letters to be learnt
FILLER = [
    "Nämnden behandlade ärendet om budget och verksamhetsplan för kommande år och",
    "konstaterade att kostnaderna för skolskjutsar och lokaler har ökat under våren.",
    "Förvaltningen redogjorde för läget i arbetet med den nya översiktsplanen, där",
    "samråd med invånare, företag och föreningar pågår fram till slutet av augusti.",
    "Ledamöterna diskuterade behovet av fler platser i förskolan och frågan om hur",
    "vägar, gång- och cykelbanor ska underhållas när vintern kommer med snö och is.",
    "Beslutet fattades enhälligt och protokollet justeras vid nästa sammanträde med",
    "nämnden, som hålls i kommunhuset med möjlighet att delta på distans via video.",
    "Budgetuppföljningen visar ett överskott som beror på lägre kostnader för energi",
    "och högre intäkter från avgifter, vilket gör att prognosen för helåret är god.",
    "Kvalitetsarbetet inom äldreomsorgen fortsätter, bland annat med en ny enkät som",
    "skickas till brukare och anhöriga under hösten; resultatet redovisas i december.",
    "Kommunerna Kalmar, Kalix, Kumla och Kiruna deltar, liksom Motala, Mora, Malung",
    "och Mjölby; Norrtälje, Nora, Nässjö och Nybro kommer senare, Eksjö, Enköping och",
    "Essunga likaså. Kontakt: Mats Nilsson, Karin Ek, Erik Mark och Nils Kron, Malmö.",
]  # fmt: skip


def width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _ = _fonts()
    return stringWidth(text, regular, SIZE)


def damaged(x: float, top: float, printed: str, lost_at: int, lost: str, bold=False):
    """A line whose word at lost_at lost the letters `lost` from its text, and not from the
    page: the word is spaced out to the width it has with them."""
    start = printed.rfind(" ", 0, lost_at) + 1
    end = (printed + " ").find(" ", lost_at)
    word = printed[start:end]
    full = word[: lost_at - start] + lost + word[lost_at - start :]
    spacing = (width(full) - width(word)) / (len(word) - 1)
    pieces = [(x, top, printed[:start], bold, SIZE)] if start else []
    word_x = x + width(printed[:start])
    pieces.append((word_x, top, word, bold, SIZE, spacing))
    if end < len(printed):
        rest_x = word_x + width(full) + width(" ")
        pieces.append((rest_x, top, printed[end + 1 :], bold, SIZE))
    return pieces


def pages_with(*pieces) -> list[list]:
    """A first page of the pieces, and an item's page of ordinary text."""
    page: list = []
    for piece in pieces:
        page += piece if isinstance(piece, list) else [piece]
    item = [(LEFT, 60, "§ 1 Information", True, SIZE)]
    item += [(LEFT, 80 + 14 * i, line, False, SIZE) for i, line in enumerate(FILLER)]
    return [page, item]


def test_a_word_wider_than_its_text_is_repaired_from_its_intact_spelling(tmp_path):
    pages = pages_with(
        (LEFT, 60, "Övriga närvarande", True, SIZE),
        damaged(LEFT, 75, "Norrgren Bertl, kommundirektör", 13, "i"),
        (LEFT, 120, "Elektroniska underskrifter", True, SIZE),
        (LEFT, 135, "Bertil Norrgren", False, SIZE),
    )
    extraction = extract_with_warnings(placed_pdf(tmp_path / "p.pdf", pages, size=SIZE))
    names = [a.name for a in extraction.record.attendees]
    assert "Bertil Norrgren" in names
    assert not [w for w in extraction.warnings if "damaged" in w.reason]


def test_a_damaged_word_that_cannot_be_proven_is_kept_and_reported(tmp_path):
    pages = pages_with(
        (LEFT, 60, "Övriga närvarande", True, SIZE),
        damaged(LEFT, 75, "Knutsson Mattas, sekreterare", 13, "i"),
    )
    extraction = extract_with_warnings(placed_pdf(tmp_path / "p.pdf", pages, size=SIZE))
    names = [a.name for a in extraction.record.attendees]
    assert any("Mattas" in n for n in names)  # not guessed: nothing in the document says
    warned = [(w.page, w.text) for w in extraction.warnings if "damaged" in w.reason]
    assert warned == [(1, "Mattas")]


def test_a_damaged_label_is_repaired_from_the_labels_of_minutes(tmp_path):
    pages = pages_with(
        (LEFT, 60, "Beslutande", True, SIZE),
        (LEFT, 75, "Anna Lindqvist, ordförande"),
        damaged(LEFT, 105, "Ersätare", 5, "t", bold=True),
        (LEFT, 120, "Olle Sandberg"),
    )
    record = extract_with_warnings(placed_pdf(tmp_path / "p.pdf", pages, size=SIZE)).record
    groups = {a.name: a.group.value for a in record.attendees}
    assert groups == {"Anna Lindqvist": "decision_maker", "Olle Sandberg": "substitute_not_serving"}


def test_intact_text_is_left_alone(tmp_path):
    from extractors import read

    document = read(placed_pdf(tmp_path / "p.pdf", pages_with(), size=SIZE))
    before = [ln.text for ln in document.lines()]
    assert [d for d in repair_document(document) if d.gap_em is not None] == []
    assert [ln.text for ln in document.lines()] == before


def test_minutes_check_shows_a_damaged_name_with_its_page(tmp_path):
    import subprocess
    import sys

    pages = pages_with(
        (LEFT, 60, "Övriga närvarande", True, SIZE),
        damaged(LEFT, 75, "Knutsson Mattas, sekreterare", 13, "i"),
    )
    path = placed_pdf(tmp_path / "p.pdf", pages, size=SIZE)
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "check", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "warning page 1: 'Mattas' reads damaged" in done.stdout
