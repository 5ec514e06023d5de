"""Broken files, one maker each, and `CASES`: the one-line reason a reader gives for each.

(Hostile files that are huge when read, decompression bombs, are in bombs.py.)
"""

from __future__ import annotations

import io
import re
import zipfile

from builders import deck_pptx, good_pdf


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


def encrypted_pdf(path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("hemligt"))
    page.drawString(100, 700, "Protokoll")
    page.save()


def scanned_pdf(path):
    """A page with only graphics: what a scan without OCR looks like to a text reader."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)
    page.save()


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
