"""Scanned minutes through OCR: real fixture PDFs rasterised as a scanner makes them
(tests/scanner.py), read by the real Tesseract, held to the text fixtures' gold."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
import pytest
from PIL import Image
from scanner import PLAIN, WORN, scan, scan_page

from conftest import CORPUS, FIXTURES
from extractors import UnreadableDocument, extract, extract_with_warnings, read
from extractors.document import Word
from extractors.readers import ocr
from extractors.readers.ocr_image import deskew, remove_rules, skew_angle
from extractors.readers.ocr_text import repair_lines, repair_words

MINUTES = FIXTURES / "minutes"
KSAU = MINUTES / "07_ksau_2024-10-08.pdf"  # two pages: attendance, one item
PENSIONS = MINUTES / "12_kommunala_pensionarsradet_hudiksvall_2024-12-02.pdf"  # one page


def gold(pdf) -> dict:
    return json.loads(pdf.with_suffix(".gold.json").read_text("utf-8"))


def names(attendees) -> set[str]:
    return {a["name"] if isinstance(a, dict) else a.name for a in attendees}


@pytest.fixture(scope="session")
def worn_ksau(tmp_path_factory):
    """The KSAU fixture scanned: grey paper, 1.5° skew, noise, 250 dpi."""
    return scan(KSAU, tmp_path_factory.mktemp("scans") / KSAU.name, WORN)


@pytest.fixture(scope="session")
def worn_extraction(worn_ksau):
    return extract_with_warnings(worn_ksau)


@pytest.fixture(scope="session")
def scanned_pensions(tmp_path_factory):
    return scan(PENSIONS, tmp_path_factory.mktemp("scans") / PENSIONS.name, PLAIN)


def test_tesseract_with_swedish_is_installed():
    """`make test` installs it (scripts/system-deps.sh); without it OCR is off."""
    assert ocr.available()


def test_a_worn_scan_reads_as_its_text_fixture(worn_extraction):
    record, expected = worn_extraction.record, gold(KSAU)
    assert names(record.attendees) == names(expected["attendees"])
    parties = {a.name: a.party for a in record.attendees}
    assert parties == {a["name"]: a["party"] for a in expected["attendees"]}
    groups = {a.name: a.group.value for a in record.attendees}
    assert groups == {a["name"]: a["group"] for a in expected["attendees"]}
    assert [i.number for i in record.agenda_items] == [
        i["number"] for i in expected["agenda_items"]
    ]
    assert record.meeting.date == expected["meeting"]["date"]


def test_a_scan_is_marked_as_ocr_with_its_confidence(worn_extraction):
    source = worn_extraction.record.source
    assert source.ocr is True and source.ocr_pages == [1, 2]
    assert 50 < source.ocr_confidence <= 100
    for attendee in worn_extraction.record.attendees:
        assert attendee.ocr_confidence is not None and 0 <= attendee.ocr_confidence <= 100
    assert all(i.ocr_confidence is not None for i in worn_extraction.record.agenda_items)
    page = worn_extraction.document.pages[0]
    assert page.ocr and all(w.confidence is not None for ln in page.lines for w in ln.words)


def test_the_scanned_protocol_in_the_corpus_reads_as_its_fixture():
    """corpus/'s scan (scripts/make_scanned_sample.py): black and white, skewed 1°."""
    record = extract(CORPUS / "2024-10-08_ksau_skannad.pdf")
    expected = gold(KSAU)
    assert record.source.ocr and record.source.ocr_pages == [1, 2]
    assert record.meeting.model_dump() == expected["meeting"]
    assert names(record.attendees) == names(expected["attendees"])
    dash = str.maketrans("–", "-")  # OCR reads an en dash as a hyphen
    assert [(i.number, i.title) for i in record.agenda_items] == [
        (i["number"], i["title"].translate(dash)) for i in expected["agenda_items"]
    ]
    assert [len(i.decisions) for i in record.agenda_items] == [
        len(i["decisions"]) for i in expected["agenda_items"]
    ]


def test_ocr_boxes_are_where_the_text_layer_puts_the_names(worn_extraction):
    """Boxes in PDF points from the top left, as the text reader gives them (within a
    few points: the scan is skewed and straightened again)."""
    text = extract_with_warnings(KSAU)
    scans = {a.name: a.box for a in worn_extraction.stored.attendees}
    boxes = [(a.name, a.box) for a in text.stored.attendees if a.box is not None]
    assert boxes
    for name, box in boxes:
        scanned = scans[name]
        assert scanned.page == box.page
        assert abs(scanned.x0 - box.x0) < 8 and abs(scanned.top - box.top) < 8, name


def test_a_text_layer_pdf_is_never_ocrd_in_auto():
    record = extract(PENSIONS, ocr="auto")
    assert record.source.ocr is False and record.source.ocr_pages == []
    assert record.source.ocr_confidence is None
    assert all(a.ocr_confidence is None for a in record.attendees)


def test_auto_ocrs_only_the_pages_without_text(tmp_path, scanned_pensions):
    """A text page, then a scanned one: the text page is read as it is."""
    mixed = pdfium.PdfDocument(PENSIONS)
    mixed.import_pages(pdfium.PdfDocument(scanned_pensions))
    mixed.save(tmp_path / "mixed.pdf")
    document = read(tmp_path / "mixed.pdf", ocr="auto")
    assert [p.ocr for p in document.pages] == [False, True]
    assert all(w.confidence is None for ln in document.pages[0].lines for w in ln.words)
    ocr_text = " ".join(ln.text for ln in document.pages[1].lines)
    for name in names(gold(PENSIONS)["attendees"]):
        assert name in ocr_text


def test_always_ocrs_a_text_layer_pdf():
    record = extract(PENSIONS, ocr="always")
    assert record.source.ocr_pages == [1]
    assert names(record.attendees) == names(gold(PENSIONS)["attendees"])


def test_never_keeps_the_one_line_reason(scanned_pensions):
    with pytest.raises(UnreadableDocument) as caught:
        extract(scanned_pensions, ocr="never")
    assert caught.value.reason.startswith("no text layer (a scanned PDF?")


def _with_control_codes(scan_path, out):
    """A scanned page under an invisible text layer of control codes, what a bad
    'searchable PDF' producer leaves: written by PDFium into the page."""
    import ctypes

    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(scan_path)
    page = pdf[0]
    font = raw.FPDFText_LoadStandardFont(pdf.raw, b"Helvetica")
    codes = "\x01\x02\x03 \x04\x05\x06\x07 \x0e\x0f\x10\x11"
    for row in range(20):
        text = raw.FPDFPageObj_CreateTextObj(pdf.raw, font, 10.0)
        raw.FPDFText_SetText(text, (ctypes.c_ushort * 16)(*map(ord, codes), 0))
        raw.FPDFTextObj_SetTextRenderMode(text, 3)  # invisible, as OCR layers are
        raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 60, 700 - 14 * row)
        raw.FPDFPage_InsertObject(page.raw, text)
    raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(out)
    return out


def test_a_damaged_text_layer_is_ocrd(tmp_path, scanned_pensions):
    path = _with_control_codes(scanned_pensions, tmp_path / "damaged.pdf")
    assert read(path, ocr="never").pages[0].ocr is False  # it has a text layer
    record = extract(path, ocr="auto")
    assert record.source.ocr_pages == [1]
    assert names(record.attendees) == names(gold(PENSIONS)["attendees"])


def test_no_fixture_text_layer_counts_as_damaged():
    """Nor the slide deck's PDF export, whose bullets are squares ('▪')."""
    from extractors.readers.damage import damaged

    text_pdfs = [p for p in CORPUS.glob("*.pdf") if "skannad" not in p.name]
    for pdf in sorted(MINUTES.glob("*.pdf")) + sorted(text_pdfs):
        assert not any(damaged(page) for page in read(pdf, ocr="never").pages), pdf.name


def test_paragraph_signs_misread_by_ocr_are_repaired():
    def line(*texts):
        return [Word(t, 60.0 + 30 * i, 100, 80.0 + 30 * i, 110, "OCR", 10, 90) for i, t in
                enumerate(texts)]  # fmt: skip

    lines = [line("$266", "Godkännande"), line("&", "267", "Information"), line("8268"),
             line("847"), line("§§", "12-17"), line("$&", "13", "Val"), line("3", "269", "Info"),
             line("3", "47", "st")]  # fmt: skip
    repair_lines(lines)
    texts = [" ".join(w.text for w in words) for words in lines]
    assert texts == ["§ 266 Godkännande", "§ 267 Information", "§ 268", "847", "§§ 12-17",
                     "§ 13 Val", "§ 269 Info", "3 47 st"]  # fmt: skip
    assert lines[0][0].x1 <= lines[0][1].x0  # the split word's boxes do not overlap


def test_dot_leaders_read_as_speckles_become_dots():
    words = [Word(t, x, 100, x + 20, 110, "OCR", 10, c) for t, x, c in
             [("§", 60, 90), ("12", 70, 95), ("Val", 110, 96), ("so", 250, 30),
              ("sein", 300, 10), ("2", 520, 96)]]  # fmt: skip
    assert [w.text for w in repair_words(words, 595)] == ["§", "12", "Val", "........", "2"]
    plain = [Word(t, x, 100, x + 20, 110, "OCR", 10, 95) for t, x in [("kl", 60), ("15", 520)]]
    assert [w.text for w in repair_words(plain, 595)] == ["kl", "15"]


def test_a_skewed_page_is_straightened():
    page = pdfium.PdfDocument(PENSIONS)[0]
    image = page.render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    skewed = scan_page(image, WORN)  # turned 1.5° counter-clockwise
    assert skew_angle(skewed) == pytest.approx(-WORN.skew, abs=0.3)
    assert abs(skew_angle(deskew(skewed))) < 0.3


def test_table_rules_are_painted_out():
    image = Image.new("L", (600, 200), 255)
    pixels = image.load()
    for x in range(20, 580):
        pixels[x, 100] = pixels[x, 101] = 0  # a rule 560 px long
    for y in range(30, 60):
        pixels[300, y] = 0  # a stroke 30 px high: a letter's, kept
    cleaned = remove_rules(image, dpi=150)
    assert cleaned.getpixel((300, 100)) > 200 and cleaned.getpixel((300, 40)) == 0


# -- what the secretary and the researcher see --------------------------------------


def test_check_shows_ocr_confidence_and_marks_low_names(worn_extraction):
    from pipeline.review.check import LOW_CONFIDENCE, check_data
    from pipeline.review.check_html import render_html

    data = check_data(worn_extraction)
    assert data["ocr"] == {
        "pages": [1, 2],
        "confidence": worn_extraction.record.source.ocr_confidence,
    }
    people = [a for group in data["attendance"] for a in group["attendees"]]
    assert people and all(a["ocr_confidence"] is not None for a in people)
    assert all(a["low_confidence"] == (a["ocr_confidence"] < LOW_CONFIDENCE) for a in people)
    page = render_html(data, worn_extraction.document)
    assert "<th>OCR</th>" in page
    low = sum(a["low_confidence"] for a in people)
    assert page.count('class="ocr low"') == low
    assert page.count("stroke-dasharray") == low  # the name's outline on the page, dashed
    assert page.count('<td class="ocr') == len(people)


def test_check_of_a_text_layer_has_no_ocr_column():
    from pipeline.review.check import check_data
    from pipeline.review.check_html import render_html

    extraction = extract_with_warnings(PENSIONS)
    data = check_data(extraction)
    assert data["ocr"] is None
    assert "<th>OCR</th>" not in render_html(data, extraction.document)


def test_low_confidence_is_marked_in_the_terminal(worn_extraction):
    from rich.console import Console

    from pipeline.review import check

    data = check.check_data(worn_extraction)
    name = data["attendance"][0]["attendees"][0]
    name["ocr_confidence"], name["low_confidence"] = 41.0, True
    console = Console(width=160, record=True)
    check.render(data, console)
    text = console.export_text()
    assert "OCR" in text and "41 låg" in text


def test_ingest_stores_a_scan_marked_as_ocr(tmp_path, scanned_pensions):
    import shutil

    import sqlite_utils

    from pipeline.ingest.run import ingest
    from pipeline.store.writer import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(scanned_pensions, corpus / "skannad.pdf")
    shutil.copy(KSAU, corpus / "text.pdf")
    store = Store(tmp_path / "m.db")
    try:
        summary = ingest(corpus, store, workers=1)
    finally:
        store.close()
    assert (summary.new, summary.failed) == (2, 0)
    db = sqlite_utils.Database(tmp_path / "m.db")
    rows = {r["file"]: r for r in db["documents"].rows}
    assert rows["skannad.pdf"]["ocr"] == 1 and rows["skannad.pdf"]["ocr_confidence"] > 50
    assert rows["text.pdf"]["ocr"] == 0 and rows["text.pdf"]["ocr_confidence"] is None
    scanned = db.execute(
        "select a.name, a.ocr_confidence from attendees a join documents d"
        " on d.id = a.document_id where d.file = 'skannad.pdf'"
    ).fetchall()
    assert {n for n, _ in scanned} == names(gold(PENSIONS)["attendees"])
    assert all(c is not None for _, c in scanned)


def test_cli_ocr_option(scanned_pensions):
    from commands import minutes

    done = minutes("extract", "--ocr", "never", str(scanned_pensions))
    assert done.returncode == 2 and "no text layer" in done.stderr
    done = minutes("extract", str(scanned_pensions))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["ocr"] is True and record["source"]["ocr_pages"] == [1]
