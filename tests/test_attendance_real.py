"""Attendance as real Swedish minutes print it (issue 16, classes 1–3), on generated PDFs
with invented people."""

from __future__ import annotations

from builders import MinutesLayout, minutes_pdf
from extractors import extract

ITEMS = [("§ 12 Budget", ["Nämnden beslutar att godkänna budgeten."])]


def _record(tmp_path, rows, **layout):
    pdf = minutes_pdf(
        tmp_path / "m.pdf",
        MinutesLayout(
            header=["Tibro kommun"], title="Kulturnämnden", rows=rows, items=ITEMS, **layout
        ),
    )
    return extract(pdf)


def _people(record):
    return {a.name: (a.group.value, a.roles) for a in record.attendees}


def test_a_label_whose_value_starts_with_a_sub_heading_is_no_second_column(tmp_path):
    """'Beslutande | Ledamöter' over the names: the sub-heading sits in the value column
    beside its label; it does not start a column read after the labels."""
    record = _record(
        tmp_path,
        [
            ("Tid och plats", ["Måndagen den 11 mars 2024, klockan 10.30–12.00"]),
            ("Beslutande", ["Ledamöter", "Klara Hedin, ordförande", "Olle Brandt"]),
            ("Övriga närvarande", ["Tjänstemän", "Rut Palm, kultursekreterare"]),
            ("Justeringens plats och tid", ["Kommunhuset den 18 mars 2024"]),
        ],
    )
    assert _people(record) == {
        "Klara Hedin": ("decision_maker", ["ordförande"]),
        "Olle Brandt": ("decision_maker", []),
        "Rut Palm": ("other_present", ["kultursekreterare"]),
    }
