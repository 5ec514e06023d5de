"""`minutes check`: the secretary's view of a meeting's attendance."""

from __future__ import annotations

import json

from builders import MinutesLayout, minutes_pdf
from commands import minutes


def test_check_groups_the_sample_12_5_5(sample_pdf):
    done = minutes("check", str(sample_pdf))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Beslutande (12)" in out
    assert "Ej tjänstgörande ersättare (5)" in out
    assert "Övriga närvarande (5)" in out
    assert out.index("Beslutande (12)") < out.index("Ej tjänstgörande") < out.index("Övriga")
    assert "Therese Emtin" in out and "vice ordförande" in out


def test_check_json_gives_the_same_as_data(sample_pdf):
    data = json.loads(minutes("check", str(sample_pdf), "--json").stdout)
    assert [(g["group"], g["count"]) for g in data["attendance"]] == [
        ("decision_maker", 12),
        ("substitute_not_serving", 5),
        ("other_present", 5),
    ]
    first = data["attendance"][0]["attendees"][0]
    assert (first["name"], first["roles"], first["page"]) == ("Lina Eriksson", ["ordförande"], 1)
    assert data["warnings"] == []


def test_an_unplaceable_attendance_line_is_a_warning_with_its_page(tmp_path):
    layout = MinutesLayout(
        header=["Sala kommun"],
        title="Kommunstyrelsen",
        rows=[("Beslutande", ["(vakant)", "Anna Ek (S)"]), ("Ersättare", ["Bo Berg (M)"])],
        items=[("§ 1 Upprop", ["Upprop förrättades."])],
    )
    path = minutes_pdf(tmp_path / "ks.pdf", layout)
    data = json.loads(minutes("check", str(path), "--json").stdout)
    assert data["warnings"] == [{"page": 1, "text": "(vakant)", "reason": "no name found"}]
    assert [g["count"] for g in data["attendance"]] == [1, 1]
    text = minutes("check", str(path)).stdout
    assert "warning page 1: could not place '(vakant)'" in text


def test_check_of_a_bad_file_exits_2(tmp_path):
    path = tmp_path / "tom.pdf"
    path.write_bytes(b"")
    done = minutes("check", str(path))
    assert done.returncode == 2 and "empty file" in done.stderr
