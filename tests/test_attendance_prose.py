"""Attendance written as one paragraph: the groups named inside it, by labels after a
full stop ('… Ej tjänstgörande ersättare: …') or by the plurals of a company board's
sentence ('ledamöterna …; suppleanterna …; verkställande direktören …')."""

from __future__ import annotations

from builders import placed_pdf
from extractors import extract

LEFT = 57


def _people(tmp_path, paragraph: list[str]) -> dict[str, tuple]:
    page = [(LEFT, 40, "Styrelsen", True, 16), (LEFT, 70, "Datum: 2024-02-06 kl. 13.00–15.00")]
    page += [(LEFT, 90 + 13 * k, text) for k, text in enumerate(paragraph)]
    page += [
        (LEFT, 200, "§ 1 Mötets öppnande", True),
        (LEFT, 216, "Ordföranden öppnade mötet."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=10))
    return {
        a.name: (a.group.value, a.party, a.organisation, sorted(a.roles), a.replaces)
        for a in record.attendees
    }


def test_labels_inside_a_paragraph_of_attendance(tmp_path):
    people = _people(
        tmp_path,
        [
            "Närvarande ledamöter: Tilda Wern (C), Arjeplogs kommun, ordförande; Olof Sand,",
            "Migrationsverket; Vera Lock (M), Töreboda kommun. Tjänstgörande ersättare: Emil Rask",
            "(S), Töreboda kommun, ersätter Jonna Frid (S), Töreboda kommun. Ej tjänstgörande",
            "ersättare: Nils Boman, Skatteverket.",
        ],
    )
    assert people == {
        "Tilda Wern": ("decision_maker", "C", "Arjeplogs kommun", ["ordförande"], None),
        "Olof Sand": ("decision_maker", None, "Migrationsverket", [], None),
        "Vera Lock": ("decision_maker", "M", "Töreboda kommun", [], None),
        "Emil Rask": ("decision_maker", "S", "Töreboda kommun", [], "Jonna Frid"),
        "Nils Boman": ("substitute_not_serving", None, "Skatteverket", [], None),
    }


def test_a_board_sentence_of_members_substitutes_and_staff(tmp_path):
    people = _people(
        tmp_path,
        [
            "Närvarande: ledamöterna Rut Alm (M), ordförande, Sven Dahl (S) och Moa Frost",
            "(L); suppleanterna Kim Gren (S), tjänstgörande i stället för Ola Hed (C), och Lo",
            "Isberg (M); verkställande",
            "direktören Ada Juhl, ekonomichefen Per Kron samt, under § 6, projektledaren Eja Lund.",
        ],
    )
    assert people == {
        "Rut Alm": ("decision_maker", "M", None, ["ordförande"], None),
        "Sven Dahl": ("decision_maker", "S", None, [], None),
        "Moa Frost": ("decision_maker", "L", None, [], None),
        "Kim Gren": ("decision_maker", "S", None, [], "Ola Hed"),
        "Lo Isberg": ("substitute_not_serving", "M", None, [], None),
        "Ada Juhl": ("other_present", None, None, ["verkställande direktör"], None),
        "Per Kron": ("other_present", None, None, ["ekonomichef"], None),
        "Eja Lund": ("other_present", None, None, ["projektledare"], None),
    }


def test_a_sentence_choosing_the_secretary_and_the_justerare(tmp_path):
    """'Till sekreterare utsågs X och att jämte ordföranden justera protokollet utsågs Y':
    X is the secretary, Y the justerare."""
    page = [
        (LEFT, 40, "Styrelsen", True, 16),
        (LEFT, 70, "Datum: 2024-02-06 kl. 13.00–15.00"),
        (LEFT, 90, "Närvarande: Rut Alm (M), ordförande, Sven Dahl (S) och Moa Frost (L)"),
        (LEFT, 103, "Övriga: Per Kron, ekonomichef"),
        (LEFT, 140, "§ 1 Sammanträdets öppnande", True),
        (LEFT, 156, "Till sekreterare utsågs Per Kron och att jämte ordföranden justera"),
        (LEFT, 169, "protokollet utsågs Sven Dahl."),
        (LEFT, 200, "§ 2 Dagordning", True),
        (LEFT, 216, "Dagordningen godkändes."),
    ]
    record = extract(placed_pdf(tmp_path / "protokoll.pdf", [page], size=10))
    roles = {a.name: sorted(a.roles) for a in record.attendees}
    assert "justerare" not in roles["Per Kron"]
    assert "justerare" in roles["Sven Dahl"]
