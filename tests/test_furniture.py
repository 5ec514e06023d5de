"""Running headers and footers: the same answers as the pairwise rule, in linear work."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from extractors.document import Line, Page, Word
from extractors.readers.layout import _PAGE_NUMBER, _has_number, _in_band, mark_furniture

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def line(text: str, top: float, page: int) -> Line:
    words, x = [], 72.0
    for token in text.split():
        words.append(Word(token, x, top, x + 5 * len(token), top + 10, "", 10))
        x += 5 * len(token) + 3
    return Line(words, page)


def pairwise(pages: list[Page]) -> list[list[bool]]:
    """The rule as first written: every banded line against every line alike."""
    from collections import defaultdict

    from extractors.readers.layout import furniture_key

    seen = defaultdict(list)
    banded = []
    for page in pages:
        for item in page.lines:
            if _in_band(item, page):
                key = furniture_key(item.text)
                seen[key].append((page.number, item.top, item.text))
                banded.append((page, item, key))
    marked = {}
    for page, item, key in banded:
        if _PAGE_NUMBER.match(item.text.strip()):
            marked[id(item)] = True
            continue
        same, near = {page.number}, False
        for number, top, other in seen[key]:
            if number != page.number and abs(top - item.top) < 8:
                near = True
                if other == item.text:
                    same.add(number)
        marked[id(item)] = (len(same) > 1 and len(same) * 2 > len(pages)) or (
            near and _has_number(item.text, page.number)
        )
    return [[marked.get(id(item), False) for item in page.lines] for page in pages]


def random_pages(seed: int) -> list[Page]:
    rng = random.Random(seed)
    texts = ["Kommunstyrelsen", "Sida {n}(9)", "{n}", "§ {n}", "Protokoll 2024-05-{n}",
             "Beslut", "Justerandes sign", "Sida {n}", "Utdrag"]  # fmt: skip
    pages = []
    for number in range(1, rng.randint(1, 9) + 1):
        page = Page(number=number, width=595, height=842)
        for _ in range(rng.randint(0, 12)):
            text = rng.choice(texts).format(n=rng.choice([number, number + 1, 7]))
            top = rng.choice([20.0, 24.5, 27.9, 28.0, 36.0, 400.0, 790.0, 797.9, 806.0])
            page.lines.append(line(text, top + rng.choice([0, 0, 0.5, -7.9]), number))
        pages.append(page)
    return pages


def test_the_same_furniture_as_the_pairwise_rule():
    for seed in range(400):
        pages = random_pages(seed)
        expected = pairwise(pages)
        mark_furniture(pages)
        assert [[item.furniture for item in page.lines] for page in pages] == expected, seed


def test_a_thousand_crowded_pages():
    """1,000 pages with 80 lines alike in their bands: 80,000 lines, 6.4 billion pairs
    for the pairwise rule (hours); a moment for a linear one."""
    pages = []
    for number in range(1, 1001):
        page = Page(number=number, width=595, height=842)
        for n in range(40):
            page.lines.append(line("- - - - - -", 10 + n * 2.5, number))
            page.lines.append(line("- - - - - -", 730 + n * 2.5, number))
        page.lines.append(line(f"Sida {number}", 820, number))
        page.lines.append(line("Beslutet fattades.", 400, number))
        pages.append(page)
    mark_furniture(pages)
    assert all(item.furniture for item in pages[0].lines[:81])
    assert not pages[0].lines[-1].furniture


def test_a_crowded_pdf_is_read(tmp_path):
    from furniture import crowded_pdf

    from extractors import read

    document = read(crowded_pdf(tmp_path / "trängd.pdf", pages=60, lines=40))
    assert len(document.pages) == 60
    body = [item.text for item in document.pages[0].lines if not item.furniture]
    assert body == ["Protokoll sida 1: beslutet fattades."]
