"""A page set in two text columns: the attendance and the first items in the left column,
the items going on in the right one, lines of both columns on the same baselines. Read
column by column, not row by row across both. Real PDFs, generated; invented names."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract

LEFT, RIGHT, PITCH = 57, 312, 13


def _column(x: float, top: float, rows: list[tuple[str, bool]]) -> list[tuple]:
    return [(x, top + k * PITCH, text, bold, 9.5) for k, (text, bold) in enumerate(rows)]


LEFT_ROWS = [
    ("Ledamöter", True),
    ("Vera Lundqvist (M), ordförande", False),
    ("Tor Hagberg (S)", False),
    ("Elvira Bring (C)", False),
    ("Övriga deltagande", True),
    ("Moa Sandell – samordnare, Åsby kommun", False),
    ("", False),
    ("1) Inledning", True),
    ("Ordföranden hälsade alla välkomna.", False),
    ("Dagordningen godkändes.", False),
    ("", False),
    ("2) Lägesbild", True),
    ("Moa Sandell redogjorde för läget i", False),
    ("kommunens olika delar under våren.", False),
    ("", False),
    ("3) Belysning i parken", True),
    ("Gruppen diskuterade belysningen.", False),
]
RIGHT_ROWS = [
    ("4) Sommarens insatser", True),
    ("Tor Hagberg informerade om planering", False),
    ("för sommaren, bland annat extra", False),
    ("kvällsvandringar i hamnen och", False),
    ("personal på fritidsgården under", False),
    ("skolavslutningen.", False),
    ("", False),
    ("5) Övrigt", True),
    ("Elvira Bring tog upp frågan om", False),
    ("nedskräpning vid stranden.", False),
]


def _two_columns(tmp_path):
    page = [
        (LEFT, 40, "Åsby kommun", True, 14),
        (LEFT, 62, "Trygghetsrådet", True, 15),
        (LEFT, 84, "Torsdag 4 maj 2023, kl. 13.30–15.30 i kommunhuset, rum Ekbacken", False, 9.5),
        *_column(LEFT, 110, LEFT_ROWS),
        *_column(RIGHT, 110, RIGHT_ROWS),
    ]
    page = [p for p in page if p[2]]
    return extract(placed_pdf(tmp_path / "spalter.pdf", [page], size=9.5))


def test_items_in_the_right_column_are_read_after_those_in_the_left(tmp_path):
    record = _two_columns(tmp_path)
    items = [(item.number, item.title) for item in record.agenda_items]
    assert items == [
        ("1", "Inledning"),
        ("2", "Lägesbild"),
        ("3", "Belysning i parken"),
        ("4", "Sommarens insatser"),
        ("5", "Övrigt"),
    ]


def test_the_right_columns_prose_is_no_part_of_the_attendance(tmp_path):
    record = _two_columns(tmp_path)
    people = {a.name: a for a in record.attendees}
    assert set(people) == {"Vera Lundqvist", "Tor Hagberg", "Elvira Bring", "Moa Sandell"}
    assert people["Tor Hagberg"].roles == []
    assert people["Elvira Bring"].roles == []
    assert people["Vera Lundqvist"].roles == ["ordförande"]


def test_only_glyphs_set_small_beside_the_body_text_are_dropped():
    """A rotated margin text comes as tiny glyphs and is dropped; a line the reader gives
    no size (0) is kept: nothing says it is small."""
    from extractors.document import Document, Line, Page, Word
    from extractors.minutes.columns import in_reading_order

    def line(text: str, top: float, size: float) -> Line:
        return Line([Word(text, 57, top, 200, top + 10, "Helvetica", size)], 1)

    body, unsized, tiny = (
        line("Ordinarie text", 100, 10),
        line("Utan storlek", 120, 0),
        line("x", 140, 3),
    )
    document = Document(path="x.pdf", format="pdf", sha256="0")
    document.pages.append(Page(number=1, width=595, height=842, lines=[body, unsized, tiny]))
    kept, _ = in_reading_order(document, [body, unsized, tiny], 10)
    assert kept == [body, unsized]
