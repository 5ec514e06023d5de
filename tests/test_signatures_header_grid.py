"""Signatures printed on the first page before the items: a row of names over a row of
as many captions, each caption under its name."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract


def test_a_signature_grid_before_the_items(tmp_path):
    left = 57
    page = [
        (left, 40, "Miljönämnden", True, 16),
        (left, 70, "Tid: 2024-03-05 kl. 13.00–15.00"),
        (left, 90, "Beslutande", True),
        (left, 104, "Greta Holm (S), ordförande"),
        (left, 118, "Nils Ahl (M)"),
        (left, 136, "Övriga", True),
        (left, 150, "Ebba Tuvesson, nämndsekreterare"),
        (left, 170, "Justerare: Nils Ahl"),
        (left, 230, "Ebba Tuvesson"),
        (230, 230, "Greta Holm"),
        (400, 230, "Nils Ahl"),
        (left, 244, "Sekreterare"),
        (230, 244, "Ordförande"),
        (400, 244, "Justerare"),
        (left, 300, "§ 1 Val av justerare", True),
        (left, 316, "Nämnden beslutar att utse Nils Ahl att justera protokollet."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=10))
    roles = {a.name: sorted(a.roles) for a in record.attendees}
    assert roles["Ebba Tuvesson"] == ["nämndsekreterare", "sekreterare"]
    assert roles["Greta Holm"] == ["ordförande"]
    assert roles["Nils Ahl"] == ["justerare"]
