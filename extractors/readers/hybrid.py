"""Which pages of a PDF are read by OCR, and the document with those pages OCR'd.

`auto` keeps every page whose text layer is good and OCRs the others: pages without
text (a scan) and pages whose text layer is damaged (`damage.py`). `always` OCRs every
page, `never` none. Without Tesseract, `auto` is `never`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from extractors.document import Document
from extractors.errors import UnreadableDocument
from extractors.readers import ocr
from extractors.readers.damage import damaged
from extractors.readers.layout import NO_TEXT_LAYER, check_page_count, mark_furniture

OCR_MODES = ("never", "auto", "always")
NO_TEXT_FOUND = "no text layer, and OCR found no text on any page"
NO_TESSERACT = "OCR needs Tesseract with its Swedish model (tesseract-ocr-swe), not installed"


def default_mode() -> str:
    """`auto` where Tesseract is installed, else `never`."""
    return "auto" if ocr.available() else "never"


def read_pdf_pages(
    path: Path,
    sha256: str,
    read_text: Callable[[], Document],
    mode: str = "auto",
    max_pages: int | None = None,
    dpi: int = ocr.DPI,
) -> Document:
    """Read a PDF with its text reader, OCR'ing the pages `mode` says need it."""
    if mode not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {mode!r}; one of {', '.join(OCR_MODES)}")
    if mode == "always" and not ocr.available():
        raise UnreadableDocument(NO_TESSERACT)
    use_ocr = mode == "always" or (mode == "auto" and ocr.available())
    document = None
    if mode != "always":
        try:
            document = read_text()
        except UnreadableDocument as exc:
            if exc.reason != NO_TEXT_LAYER or not use_ocr:
                raise
    if document is not None:
        if not use_ocr:
            return document  # judging the pages' text layer is for OCR alone
        wanted = [p.number for p in document.pages if not p.lines or damaged(p)]
        if not wanted:
            return document
    else:
        document = Document(path=str(path), format="pdf", sha256=sha256)
        wanted = None  # every page
    return _with_ocr(document, path, wanted, max_pages, dpi)


def _with_ocr(
    document: Document, path: Path, wanted: list[int] | None, max_pages: int | None, dpi: int
) -> Document:
    """The document with the wanted pages (all when None) replaced by their OCR."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        check_page_count(len(pdf), max_pages)
        numbers = wanted if wanted is not None else list(range(1, len(pdf) + 1))
        read = []
        for number in numbers:
            page = pdf[number - 1]
            try:
                read.append(ocr.ocr_page(page, number, dpi))
            finally:
                page.close()
    finally:
        pdf.close()
    ocr.finish_styles(read)
    pages = {p.number: p for p in document.pages}
    pages.update({r.page.number: r.page for r in read})
    document.pages = [pages[n] for n in sorted(pages)]
    if not any(page.lines for page in document.pages):
        raise UnreadableDocument(NO_TEXT_FOUND)
    for line in document.lines(include_furniture=True):
        line.furniture = False
    mark_furniture(document.pages)
    return document
