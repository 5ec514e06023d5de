"""Text-level hostility: the parsing functions never raise, whatever text they get."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.document import Document, Line, Page, Word, join_wrapped, running_text
from extractors.minutes import extract_minutes
from extractors.minutes.attendance import parse_entry
from extractors.minutes.labels import group_of, split_inline_labels
from extractors.swedish.dates import find_date, find_times, strip_dates_and_times
from extractors.swedish.names import leading_name, name_key
from extractors.swedish.nlp import presenters
from extractors.swedish.parties import normalise_party

# Arbitrary Unicode, and text weighted towards what minutes are made of.
SWEDISH = st.sampled_from(
    ["Anna", "Ek", "(S)", "(s)", "((L)", "ersätter", "för", "§§", "56-59", "kl.", "09:00-",
     "den", "20", "september", "2024", "Beslutande:", "Region", "Västmanland", ",", "och",
     "ordf.", "Nästa", "sammanträde", "–", "\u0301", "\u00a0", "\n", "𝔄", "ﬁ", "Ö", "é"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(SWEDISH, max_size=60).map(" ".join),
    st.text(alphabet="aåäö ()§:-.,0123456789", max_size=5000),  # long, no line breaks
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_attendance_entries(text):
    for person in parse_entry(text):
        assert person.name.strip()
        assert person.party is None or person.party.strip()


@SETTINGS
@given(TEXT, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
def test_dates_and_times(text, base):
    found = find_date(text, base=base)
    if found:
        dt.date.fromisoformat(found[0])
    start, _ = find_times(text)
    assert start is None or len(start) == 5
    strip_dates_and_times(text)


@SETTINGS
@given(TEXT)
def test_names_labels_parties(text):
    leading_name(text)
    name_key(text)
    group_of(text)
    split_inline_labels(text)
    normalise_party(text)
    join_wrapped(text, text)


@settings(max_examples=40, deadline=None)
@given(TEXT)
def test_presenters(text):
    assert all(isinstance(name, str) for name in presenters(text))


def document_of(texts: list[str]) -> Document:
    page = Page(number=1, width=595, height=842)
    for i, text in enumerate(texts):
        words = [Word(w, 50 + 30 * k, 60 + 14 * i, 75 + 30 * k, 70 + 14 * i, "F", 10)
                 for k, w in enumerate(text.split())]  # fmt: skip
        if words:
            page.lines.append(Line(words, 1))
    return Document(path="x.pdf", format="pdf", sha256="0" * 64, pages=[page])


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXT, max_size=25))
def test_the_minutes_extractor_returns_what_it_can(texts):
    minutes = extract_minutes(document_of(texts))
    assert isinstance(minutes.attendees, list)


def test_a_minutes_text_with_only_headings():
    headings = ["Beslutande", "Ersättare", "Övriga närvarande", "§ 1", "§ 2 Beslut", "Beslut"]
    minutes = extract_minutes(document_of(headings))
    assert minutes.attendees == []
    assert minutes.meeting.date is None and minutes.next_meeting is None


LINE_ENDS = st.sampled_from(
    ["kommun-", "övergripande", "09:00-", "12:00", "hälso-", "och sjukvård", "", " ", "a-",
     "-", "x", "åb-", "5-", "6", "till", "é-", "  två  mellanslag ", "\u00a0-"]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(LINE_ENDS, TEXT), max_size=12))
def test_running_text_joins_lines_as_join_wrapped_does(texts):
    """running_text (linear) is join_wrapped folded over the lines (quadratic)."""
    lines = [Line([Word(t, 0, 0, 1, 1)] if t else [], page=1) for t in texts]
    folded = ""
    for line in lines:
        folded = join_wrapped(folded, " ".join(line.text.split()))
    assert running_text(lines) == folded
