"""A party printed by its name, not its letters, in an attendance table's party column or
after a comma: the party's letters, never an organisation."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract
from extractors.minutes.attendance import parse_entry


def test_a_party_name_after_a_comma_is_the_party():
    [person] = parse_entry("Hugo Lindfors, Kristdemokraterna, ordförande")
    assert (person.party, person.organisation, person.roles) == ("KD", None, ["ordförande"])


def test_a_table_with_a_party_column_of_party_names(tmp_path):
    name, party, task = 62, 200, 340
    page = [
        (name, 40, "Byggnadsnämnden", True, 16),
        (name, 80, "Tid: 2024-03-05 kl. 13.00–15.00"),
        (name, 110, "Beslutande ledamöter", True),
        (name, 126, "Namn", True),
        (party, 126, "Parti", True),
        (task, 126, "Uppdrag", True),
        (name, 140, "Hugo Lindfors"),
        (party, 140, "Kristdemokraterna"),
        (task, 140, "ordförande"),
        (name, 154, "Saga Nordvall"),
        (party, 154, "Miljöpartiet"),
        (name, 168, "Ebba Strandh"),
        (party, 168, "Sverigedemokraterna"),
        (task, 168, "vice ordförande"),
        (name, 200, "§ 1 Val av justerare", True),
        (name, 216, "Beslut: Saga Nordvall utses att justera protokollet."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=10))
    people = {a.name: (a.party, a.organisation) for a in record.attendees}
    assert people == {
        "Hugo Lindfors": ("KD", None),
        "Saga Nordvall": ("MP", None),
        "Ebba Strandh": ("SD", None),
    }
