"""The meeting's place, body and organisation where no label gives them: the place after
the time and a bar, a dot or 'på', or alone under a line of date and time; the body in
the opening sentence ('Protokoll fört vid styrelsesammanträde …'); an organisation
whose letterhead sets it on two lines. Real PDFs, generated; invented names."""

from __future__ import annotations

import pytest

from builders import placed_pdf
from extractors import extract

ATTENDANCE = [
    (57, 200, "Beslutande", True),
    (57, 215, "Vera Lundqvist (M), ordförande"),
    (57, 230, "Tor Hagberg (S)"),
    (57, 260, "§ 1 Val av justerare", True),
    (57, 275, "Beslut: Tor Hagberg utses att justera protokollet."),
]


@pytest.mark.parametrize(
    "when",
    [
        "Sammanträde 2023-05-04, 13:00-15:30 · Brandstationen Åsby, konferensrum Eken",
        "Torsdag 4 maj 2023, kl. 13.00–15.30 | Brandstationen Åsby, konferensrum Eken",
    ],
)
def test_the_place_after_the_time_and_a_bar_or_a_dot(tmp_path, when):
    page = [(57, 60, "Direktionen", True, 16), (57, 90, when), *ATTENDANCE]
    meeting = extract(placed_pdf(tmp_path / "m.pdf", [page], size=10)).meeting
    assert meeting.location == "Brandstationen Åsby, konferensrum Eken"
    assert (meeting.start_time, meeting.end_time) == ("13:00", "15:30")


def test_the_place_alone_under_the_date_and_time(tmp_path):
    page = [
        (57, 60, "Krisgruppen", True, 16),
        (57, 90, "2023-05-04, 08:00-09:10"),
        (57, 104, "Åsby kommunhus, ledningsrummet (plan 2)"),
        *ATTENDANCE,
    ]
    meeting = extract(placed_pdf(tmp_path / "m.pdf", [page], size=10)).meeting
    assert meeting.location == "Åsby kommunhus, ledningsrummet (plan 2)"


def test_a_boards_opening_sentence_names_the_body_the_time_and_the_place(tmp_path):
    page = [
        (57, 40, "ÅSBY VÄRME AB", True, 12),
        (57, 70, "Protokoll fört vid styrelsesammanträde i Åsby Värme AB tisdagen den 4"),
        (57, 84, "maj 2023, kl 16.00–18.15, på bolagets kontor, Storgatan 3, Åsby."),
        *ATTENDANCE,
    ]
    meeting = extract(placed_pdf(tmp_path / "m.pdf", [page], size=10)).meeting
    assert meeting.body == "Styrelsen"
    assert meeting.location == "bolagets kontor, Storgatan 3, Åsby"
    assert (meeting.start_time, meeting.end_time) == ("16:00", "18:15")


@pytest.mark.parametrize(
    "letterhead, organisation",
    [
        ([("REGION", 12), ("VÄSTMANLAND", 12)], "Region Västmanland"),
        ([("ÅSBY", 24), ("kommun", 10)], "Åsby kommun"),
        (
            [("RÄDDNINGSTJÄNSTEN NORRDAL", 12), ("Kommunalförbund för Åsby och Ek", 8)],
            "Räddningstjänsten Norrdal",
        ),
    ],
)
def test_an_organisation_set_on_two_lines_of_the_letterhead(tmp_path, letterhead, organisation):
    (upper, upper_size), (lower, lower_size) = letterhead
    page = [
        (62, 30, upper, True, upper_size),
        (62, 30 + upper_size + 3, lower, False, lower_size),
        (57, 90, "Direktionen", True, 16),
        (57, 120, "Datum 2023-05-04"),
        *ATTENDANCE,
    ]
    meeting = extract(placed_pdf(tmp_path / "m.pdf", [page], size=10)).meeting
    assert meeting.organisation == organisation
