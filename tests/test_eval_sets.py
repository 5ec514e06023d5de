"""scripts/eval_sets.py: the real-set report is read right and a set below its floor fails."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_sets.py"
spec = importlib.util.spec_from_file_location("eval_sets", SCRIPT)
eval_sets = importlib.util.module_from_spec(spec)
sys.modules["eval_sets"] = eval_sets  # dataclasses look their module up there
spec.loader.exec_module(eval_sets)

# The shape of ../shared/eval/score.py's report (its columns and last lines), made up numbers.
REPORT = """\
minutes fields
document     att_f1       group    decisions        body
------------------------------------------------------------
a.pdf         1.000       1.000        0.500           -
MEAN          0.900       0.800        0.420       0.600

presentation fields
document     slide_count slide_titles doctype
MEAN          1.000       1.000       1.000

documents 16, failed 1, total run time 5.4s
overall F1 0.787
"""


def test_report_is_read():
    row = eval_sets.parse_real("realdev", REPORT)
    assert (row.documents, row.failed, row.overall) == (16, 1, 0.787)
    assert (row.attendees, row.decisions) == (0.9, 0.42)


@pytest.mark.parametrize(("overall", "expected"), [(0.79, "ok"), (0.78, "ok"), (0.77, "BELOW")])
def test_floor_verdict(overall, expected):
    row = eval_sets.SetScore("realdev", overall=overall)
    assert eval_sets.verdict(row, {"realdev": 0.78}) == expected


def test_unscored_set_has_no_verdict():
    assert eval_sets.verdict(eval_sets.SetScore("realpdf"), {"realpdf": 0.5}) == ""


def test_floors_file_names_every_set():
    floors = eval_sets.load_floors()
    assert set(floors) == {"fixtures", *eval_sets.REAL_SETS}
    assert all(0 < v <= 1 for v in floors.values())


def test_check_fails_below_a_floor(tmp_path, monkeypatch, capsys):
    floors = tmp_path / "floors.toml"
    floors.write_text("[floors]\nrealdev = 0.99\n")
    monkeypatch.setattr(eval_sets, "FLOORS_FILE", floors)
    monkeypatch.setattr(eval_sets, "score_real", lambda name: eval_sets.parse_real(name, REPORT))
    assert eval_sets.main(["--check", "--sets", "realdev"]) == 1
    assert "below the floor" in capsys.readouterr().out
    assert eval_sets.main(["--sets", "realdev"]) == 0
