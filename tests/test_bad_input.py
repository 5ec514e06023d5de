"""Every kind of broken file gets a one-line reason naming it, and the batch goes on."""

from __future__ import annotations

import pytest
import sqlite_utils

from broken import CASES
from builders import MinutesLayout, deck_pptx, good_pdf, minutes_pdf
from extractors import UnreadableDocument, extract
from pipeline.ingest.run import ingest
from pipeline.store.writer import Store


@pytest.mark.parametrize("name, make, reason", CASES, ids=[c[0] for c in CASES])
def test_reason(tmp_path, name, make, reason):
    path = tmp_path / name
    make(path)
    with pytest.raises(UnreadableDocument) as caught:
        extract(path)
    assert reason in caught.value.reason
    assert "\n" not in caught.value.reason


def test_a_page_limit_refuses_long_pdfs(tmp_path):
    items = [(f"§ {n} Ärende", ["Text. " * 200]) for n in range(1, 60)]
    layout = MinutesLayout(title="Kommunfullmäktige", items=items)
    path = minutes_pdf(tmp_path / "lång.pdf", layout)
    with pytest.raises(UnreadableDocument) as caught:
        extract(path, max_pages=5)
    assert (
        caught.value.reason.startswith("PDF has ") and "over the limit of 5" in caught.value.reason
    )


def test_a_batch_of_bad_files_stores_the_good_ones(tmp_path):
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    for name, make, _ in CASES:
        make(corpus / name)
    good_pdf(corpus / "bra protokoll åäö.pdf")
    deck_pptx(corpus / "bra bildspel.pptx", [("Översikt", [(0, "Punkt")])])
    store = Store(tmp_path / "db.sqlite")
    summary = ingest(corpus, store, workers=2)
    store.close()
    assert (summary.new, summary.failed) == (2, len(CASES))
    db = sqlite_utils.Database(tmp_path / "db.sqlite")
    assert {r["file"] for r in db["documents"].rows} == {
        "bra protokoll åäö.pdf",
        "bra bildspel.pptx",
    }
    reasons = {r["file"]: r["reason"] for r in db["ingest_errors"].rows}
    for name, _, reason in CASES:
        assert reason in reasons[name], name


def test_symlinks_out_of_the_corpus_are_not_followed(tmp_path):
    outside = tmp_path / "utanför"
    outside.mkdir()
    good_pdf(outside / "hemlig.pdf")
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "länk.pdf").symlink_to(outside / "hemlig.pdf")
    (corpus / "mapp").symlink_to(outside, target_is_directory=True)
    good_pdf(corpus / "egen.pdf")
    (corpus / "inne.pdf").symlink_to(corpus / "egen.pdf")
    from pipeline.ingest.run import corpus_files

    assert sorted(name for name, _ in corpus_files(corpus)) == ["egen.pdf", "inne.pdf"]


def test_a_thousand_page_pdf_is_refused_past_the_limit_and_the_batch_goes_on(tmp_path):
    from reportlab.pdfgen import canvas

    corpus = tmp_path / "korpus"
    corpus.mkdir()
    pages = canvas.Canvas(str(corpus / "tusen sidor.pdf"), invariant=1)
    for n in range(1000):
        pages.drawString(72, 760, f"Kommunfullmäktige sida {n + 1}")
        pages.showPage()
    pages.save()
    good_pdf(corpus / "kort.pdf")
    db = tmp_path / "db.sqlite"
    from commands import minutes

    done = minutes("ingest", str(corpus), "--db", str(db), "--max-pages", "500")
    assert done.returncode == 0
    assert "failed: tusen sidor.pdf: PDF has 1000 pages, over the limit of 500" in done.stderr
    assert "new 1," in done.stdout and "failed 1;" in done.stdout
    assert [r["file"] for r in sqlite_utils.Database(db)["documents"].rows] == ["kort.pdf"]
