"""An attendance table whose party column holds the party's letters without brackets and
the role after them ('Lindell Sanna | S ordf.'), names printed surname first without a
comma, and a substitute's row 'Ek Bo | C för Lind Eva (C)'."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract
from extractors.minutes.attendance import parse_entry


def test_party_letters_before_a_role():
    [person] = parse_entry("Sanna Lindell, S ordf.")
    assert (person.name, person.party, person.roles) == ("Sanna Lindell", "S", ["ordförande"])


def test_a_table_of_surnames_first_with_party_cells(tmp_path):
    name, cell = 57, 200
    page = [
        (name, 40, "Krisgruppen", True, 16),
        (name, 66, "2024-02-06, 08:00-09:00"),
        (name, 90, "Beslutande", True),
        (name, 104, "Lindell Sanna"),
        (cell, 104, "S ordf."),
        (name, 118, "Strand Tove"),
        (cell, 118, "M vice ordf."),
        (name, 146, "Tjänstgörande ersättare", True),
        (name, 160, "Wikner Hans"),
        (cell, 160, "C för Dahlén Ylva (C)"),
        (name, 200, "§ 1 Val av justerare", True),
        (name, 216, "Beslut: Tove Strand (M) utses att justera protokollet."),
        (name, 240, "§ 2 Lägesbild", True),
        (name, 256, "Sanna Lindell redogör för läget."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=10))
    people = {a.name: (a.party, sorted(a.roles), a.replaces) for a in record.attendees}
    assert people == {
        "Sanna Lindell": ("S", ["ordförande"], None),
        "Tove Strand": ("M", ["justerare", "vice ordförande"], None),
        "Hans Wikner": ("C", [], "Ylva Dahlén"),
    }
    [substitution] = record.substitutions
    assert (substitution.substitute, substitution.replaced) == ("Hans Wikner", "Ylva Dahlén")
