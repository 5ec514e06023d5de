"""Slide decks as office suites export them to PDF: wrapped titles and bullets."""

from __future__ import annotations

import pytest

from extractors.presentation.wraps import join_slide_lines


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        ("Plan 2025-", "2026", "Plan 2025-2026"),
        ("Stöd till e-", "tjänster", "Stöd till e-tjänster"),
        ("Hälso-", "och sjukvård", "Hälso- och sjukvård"),
        ("Beslut i nämnden och/", "eller fullmäktige", "Beslut i nämnden och/eller fullmäktige"),
        (
            "Beslut i nämnden och/eller",
            "andra församlingar",
            "Beslut i nämnden och/eller andra församlingar",
        ),
        ("Region -", "2025", "Region - 2025"),
        ("Nära vård-", "Region Exempel", "Nära vård- Region Exempel"),
        ("", "Första raden", "Första raden"),
    ],
)
def test_a_wrapped_line_joins_as_the_slide_shows_it(previous, text, joined):
    assert join_slide_lines(previous, text) == joined
