"""Swedish dates and times, with dateparser (languages=["sv"]) behind the phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.swedish.dates import find_date, find_times, strip_dates_and_times

MEETING = dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ska äga rum fredagen den 20 september 2024.",
            ("2024-09-20", "fredagen den 20 september 2024"),
        ),
        ("Sammanträdesdatum 2024-04-30", ("2024-04-30", "2024-04-30")),
        ("Onsdag 30 april 2014, kl 09:00–14:30", ("2014-04-30", "Onsdag 30 april 2014")),
        ("torsdagen den 9 juni 2016", ("2016-06-09", "torsdagen den 9 juni 2016")),
        ("Nästa möte: 20/9", ("2024-09-20", "20/9")),
        ("den 3 maj", ("2024-05-03", "den 3 maj")),
        ("i januari", None),
        ("den 31 februari 2024", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text, base=MEETING) == expected


def test_a_date_without_year_takes_the_next_one_after_the_meeting():
    assert find_date("den 15 januari", base=dt.date(2024, 11, 20))[0] == "2025-01-15"
    assert find_date("den 15 januari") is None  # no meeting date: unknown, not guessed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kl. 09:00-12:00", ("09:00", "12:00")),
        ("kl18.00-22.20", ("18:00", "22:20")),
        ("13.15–16.30", ("13:15", "16:30")),
        ("klockan 9.00 till 11.30", ("09:00", "11:30")),
        ("kl 13.00", ("13:00", None)),
        ("§§ 56-59", (None, None)),
        ("kl 9–12", ("09:00", "12:00")),
        ("kl. 13-15.30", ("13:00", "15:30")),
        ("kl. 09.00–ca 12.00", ("09:00", "12:00")),
        ("kl. 13.00 - ca. 15.00", ("13:00", "15:00")),
        ("kl 13", ("13:00", None)),
        ("Stadshuset, 12 mars 2024 kl 9–12.", ("09:00", "12:00")),
        ("2024-03-12 13-15", (None, None)),
        # a break: the meeting ends with the last range; an adjournment is no range of it
        ("kl. 08.30–11.45 och 13.00–14.50", ("08:30", "14:50")),
        ("10.00-11.00, 13.00-15.00 samt 15.30-16.00", ("10:00", "16:00")),
        ("kl. 13.15–16.30, ajournering 14.00–14.15", ("13:15", "16:30")),
    ],
)
def test_find_times(text, expected):
    assert find_times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kommunhuset, Bollnäs, 12 mars 2024 kl 9–12",
        "Kommunhuset, Bollnäs, kl. 09.00–ca 12.00",
        "Kommunhuset, Bollnäs kl. 08.30–11.45 och 13.00–14.50",
    ],
)
def test_a_place_keeps_no_part_of_its_time(text):
    assert strip_dates_and_times(text) == "Kommunhuset, Bollnäs"


def test_location_is_what_remains_without_date_and_time():
    text = "Sammanträdesrum Mälaren, Regionhuset, ingång 4 kl. 09:00-12:00"
    assert strip_dates_and_times(text) == "Sammanträdesrum Mälaren, Regionhuset, ingång 4"
