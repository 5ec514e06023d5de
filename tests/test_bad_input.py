"""Every kind of broken file gets a one-line reason naming it, and the batch goes on."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import sqlite_utils

from builders import MinutesLayout, deck_pptx, minutes_pdf
from extractors import UnreadableDocument, extract
from pipeline.ingest.run import ingest
from pipeline.store.writer import Store


def good_pdf(path):
    return minutes_pdf(
        path,
        MinutesLayout(title="Kommunstyrelsen", rows=[("Beslutande", ["Anna Ek (S)"])],
                      items=[("§ 1 Upprop", ["Upprop förrättades."])]),
    )  # fmt: skip


def truncated_pdf(path):
    data = good_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 3])


def garbage_in_the_middle(path):
    """Garbage over the start of every stream (page content, fonts): nothing to recover.

    (Garbage that misses the streams is read around by pdfminer, and what it can read
    is extracted: that is best effort, not an error.)
    """
    data = bytearray(good_pdf(path).read_bytes())
    for m in re.finditer(rb"stream\r?\n", bytes(data)):
        data[m.end() : m.end() + 48] = b"\xff\x00garbage" * 6
    path.write_bytes(bytes(data))


def docx_named_pdf(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")


def deck(path, **edits):
    deck_pptx(path, [("Titel", [(0, "Text")])])
    with zipfile.ZipFile(path) as source:
        members = {i.filename: source.read(i.filename) for i in source.infolist()}
    for name, content in edits.items():
        name = name.replace("__", "/").replace("_xml", ".xml")
        if content is None:
            members.pop(name)
        else:
            members[name] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in members.items():
            target.writestr(name, content)


def malformed_slide(path):
    deck(path, ppt__slides__slide1_xml=b"<p:sld><unclosed>")


def no_slides(path):
    from pptx import Presentation

    Presentation().save(str(path))


def zip_bomb(path):
    """A member that claims to inflate to 1 GB of zeros (compressed to ~1 MB)."""
    deck(path)
    buffer = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("ppt/media/bomb.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):
                member.write(chunk)
    path.write_bytes(buffer.getvalue())


CASES = [
    ("zero.pdf", lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
    ("avklippt.pdf", truncated_pdf, "corrupt PDF"),
    ("skräp i mitten.pdf", garbage_in_the_middle, "corrupt PDF"),
    ("word.pdf", docx_named_pdf, "a Word document (DOCX), not a PDF or PPTX"),
    ("bild.pdf", lambda p: p.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64), "an image"),
    ("inte-zip.pptx", lambda p: p.write_text("hej"), "not a PDF or PPTX"),
    ("tom-zip.pptx", lambda p: zipfile.ZipFile(p, "w").close(), "not a PDF or PPTX"),
    ("trasig bild.pptx", malformed_slide, "malformed slide XML"),
    ("inga bilder.pptx", no_slides, "the deck has no slides"),
    ("bomb.pptx", zip_bomb, "zip bomb"),
]


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
    from test_cli import minutes

    done = minutes("ingest", str(corpus), "--db", str(db), "--max-pages", "500")
    assert done.returncode == 0
    assert "failed: tusen sidor.pdf: PDF has 1000 pages, over the limit of 500" in done.stderr
    assert "new 1," in done.stdout and "failed 1;" in done.stdout
    assert [r["file"] for r in sqlite_utils.Database(db)["documents"].rows] == ["kort.pdf"]
