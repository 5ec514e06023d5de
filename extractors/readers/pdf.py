"""PDF reader on pdfplumber: words with boxes and fonts, grouped into lines.

The reference reader (`--reader pdfplumber`): slow, but the rules the PDFium reader
(`pdfium.py`, the default) must match; a parity test holds the two together.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from extractors.document import Document, Page, Word, nfc
from extractors.errors import UnreadableDocument
from extractors.readers.layout import (
    X_TOLERANCE,
    Y_TOLERANCE,
    check_page,
    check_page_count,
    finish,
    short_reason,
    words_to_lines,
)
from extractors.readers.streams import check_streams


def read_pdf(
    path: str | Path, sha256: str, max_pages: int | None = None, data: bytes | None = None
) -> Document:
    """Read a PDF (its bytes `data`, else the file) into a `Document`; raise
    `UnreadableDocument` with a one-line reason."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    # pdfminer logs every oddity of a damaged file; the reason we raise is the one line
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    path = Path(path)
    document = Document(path=str(path), format="pdf", sha256=sha256)
    if data is None:
        data = path.read_bytes()
    streams = check_streams(data)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            check_page_count(len(pdf.pages), max_pages)
            for page in pdf.pages:
                document.pages.append(_read_page(page))
                page.close()  # pdfplumber caches parsed objects per page
    except UnreadableDocument:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableDocument("PDF is encrypted (password protected)") from exc
    except (PdfminerException, PDFSyntaxError) as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise UnreadableDocument("PDF is encrypted (password protected)") from exc
        raise UnreadableDocument(f"corrupt PDF ({short_reason(inner)})") from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise UnreadableDocument(f"corrupt PDF ({short_reason(exc)})") from exc
    return finish(document, streams.damaged)


def _read_page(page) -> Page:
    check_page(page.page_number, float(page.width), float(page.height), len(page.chars))
    raw = page.extract_words(
        x_tolerance=X_TOLERANCE,
        y_tolerance=Y_TOLERANCE,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["fontname", "size"],
    )
    words = [
        Word(
            text=nfc(w["text"]),
            x0=float(w["x0"]),
            top=float(w["top"]),
            x1=float(w["x1"]),
            bottom=float(w["bottom"]),
            font=str(w.get("fontname", "")),
            size=float(w.get("size", 0.0)),
        )
        for w in raw
        if w["text"].strip()
    ]
    number = page.page_number
    return Page(
        number=number,
        width=float(page.width),
        height=float(page.height),
        lines=words_to_lines(words, number),
    )
