"""Extraction: a file → a `Record` (the contract), as a pure function of the file.

    extract(path) -> Record

sniffs the format from the bytes (not the file name), picks a reader, then an
extractor. Raises `UnreadableDocument` with a one-line reason for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors.document import Box, Document
from extractors.errors import UnreadableDocument
from extractors.files import load, sha256_of, shown
from extractors.provenance import ocr_source, with_confidence
from schemas.record import DocumentType, Record, Source

__all__ = [
    "DEFAULT_READER",
    "READERS",
    "Extraction",
    "UnreadableDocument",
    "extract",
    "extract_with_warnings",
    "read",
    "sha256_of",
]


@dataclass
class Extraction:
    """A record, with what the store and `minutes check` need beyond the contract:
    the text under each agenda item, where each attendee's name was read, and the
    attendance lines the extractor could not place."""

    record: Record
    document: Document
    item_texts: list[str] = field(default_factory=list)
    attendee_boxes: dict[str, Box] = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # full dates a deck names (ISO)

    @property
    def attendee_pages(self) -> dict[str, int]:
        return {name: box.page for name, box in self.attendee_boxes.items()}


def sniff(head: bytes) -> str:
    """'pdf' or 'pptx' from a file's first bytes; UnreadableDocument otherwise."""
    head = head[:1024]
    if not head:
        raise UnreadableDocument("empty file (0 bytes)")
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "pptx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableDocument("an old binary Office file (.doc/.ppt), not a PDF or PPTX")
    if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1"):
        raise UnreadableDocument("an image, not a PDF or PPTX")
    raise UnreadableDocument("not a PDF or PPTX")


READERS = ("pdfium", "pdfplumber")
DEFAULT_READER = "pdfium"


def read(
    path: str | Path,
    max_pages: int | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
) -> Document:
    """Read a file into the document model, whatever its format.

    PDFs are read by PDFium (`reader="pdfium"`, fast) or pdfplumber (`"pdfplumber"`,
    the reference the PDFium reader is held to); both give the same document. The
    file is read once, within the limits of `extractors.readers.limits`. Pages without
    a usable text layer are read by OCR as `ocr` says: "never", "auto" (the default
    where Tesseract is installed) or "always" (see readers/hybrid.py).
    """
    if reader not in READERS:
        raise ValueError(f"unknown reader {reader!r}; one of {', '.join(READERS)}")
    path = Path(path)
    data, digest = load(path)  # read once: the hash is of the bytes parsed
    try:
        kind = sniff(data)
        if kind == "pdf":
            from extractors.readers.hybrid import default_mode, read_pdf_pages

            def read_text() -> Document:
                if reader == "pdfium":
                    from extractors.readers.pdfium import read_pdfium

                    return read_pdfium(path, digest, max_pages=max_pages, data=data)
                from extractors.readers.pdf import read_pdf

                return read_pdf(path, digest, max_pages=max_pages, data=data)

            mode = ocr or default_mode()
            return read_pdf_pages(path, digest, read_text, mode, max_pages=max_pages)
        from extractors.readers.pptx import read_pptx

        return read_pptx(path, digest, data=data)
    except UnreadableDocument as exc:
        exc.sha256 = digest
        raise


def is_presentation(document: Document) -> bool:
    """A deck: PPTX always; a PDF when its layout scores as slides (see classify.py)."""
    if document.format == "pptx":
        return True
    from extractors.presentation.classify import looks_like_slides

    return looks_like_slides(document)


def extract_with_warnings(
    path: str | Path,
    max_pages: int | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
) -> Extraction:
    document = read(path, max_pages=max_pages, reader=reader, ocr=ocr)
    damage = _repair(document)
    source = Source(
        file=shown(Path(path).name),
        sha256=document.sha256,
        format=document.format,
        pages=len(document.pages),
        **ocr_source(document),
    )
    if is_presentation(document):
        from extractors.presentation import extract_presentation

        deck = extract_presentation(document)
        record = Record(
            source=source,
            document_type=DocumentType.presentation,
            slides=deck.slides,
            agenda_items=deck.items,
            lists=deck.lists,
            figures=deck.figures,
            timeline=deck.timeline,
        )
        from extractors.swedish.dates import find_dates

        text = " ".join(f"{s.title or ''} {s.text} {s.notes or ''}" for s in deck.slides)
        return Extraction(record, document, dates=sorted(set(find_dates(text))))
    from extractors.minutes import extract_minutes
    from extractors.minutes.agenda import is_agenda

    minutes = extract_minutes(document)
    if is_agenda(document):  # an agenda lists who is called and proposals, not who came
        minutes.attendees, minutes.substitutions, minutes.attendee_boxes = [], [], {}
        for item in minutes.agenda_items:
            item.decisions = []
    record = Record(
        source=source,
        document_type=DocumentType.agenda if is_agenda(document) else DocumentType.minutes,
        meeting=minutes.meeting,
        attendees=minutes.attendees,
        substitutions=minutes.substitutions,
        agenda_items=minutes.agenda_items,
        next_meeting=minutes.next_meeting,
    )
    with_confidence(record, document, minutes.attendee_boxes)
    warnings = [*minutes.unplaced, *_damage_warnings(damage, record)]
    return Extraction(record, document, minutes.item_texts, minutes.attendee_boxes, warnings)


def _repair(document: Document) -> list:
    """Words of a damaged text layer repaired in place (readers/repair.py), with the
    labels of minutes as words the document may print damaged and nowhere intact."""
    from extractors.minutes.labels import GROUP_LABELS, META_LABELS
    from extractors.readers.repair import repair_document

    labels = {word for label in (*GROUP_LABELS, *META_LABELS) for word in label.split()}
    return repair_document(document, labels | {w.capitalize() for w in labels})


def _named(record: Record) -> list[str | None]:
    """What a record names: people, their roles and organisations, the meeting, the items'
    titles and presenters."""
    meeting = record.meeting
    texts = [meeting.body, meeting.organisation, meeting.location]
    for a in record.attendees:
        texts += [a.name, a.organisation, a.replaces, *a.roles]
    for item in record.agenda_items:
        texts += [item.title, *item.presenters]
    return texts


def _damage_warnings(damage: list, record: Record) -> list:
    """A warning for each damaged word left as it reads that the record repeats (a name,
    a role, a title): it must not pass unseen."""
    from extractors.minutes.attendance import Unplaced

    said = {word.strip(" ,.;:()") for text in _named(record) for word in (text or "").split()}
    warnings, seen = [], set()
    for found in damage:
        core = found.text.strip(" ,.;:()")
        if found.repaired is None and core not in seen and core in said:
            seen.add(core)
            reason = "damaged text: glyphs lost, not repaired"
            warnings.append(Unplaced(found.page, core, reason))
    return warnings


def warm_up(reader: str = DEFAULT_READER) -> None:
    """Load now what extracting documents needs: the readers, the extractors, the spaCy
    pipeline and the date parser (about 1.5 s). Worker processes forked afterwards
    share them instead of each loading them again."""
    import importlib

    from extractors.swedish import dates, nlp

    pdf_reader = "extractors.readers.pdfium" if reader == "pdfium" else "extractors.readers.pdf"
    for module in (pdf_reader, "extractors.readers.hybrid", "extractors.readers.pptx",
                   "extractors.minutes", "extractors.presentation"):  # fmt: skip
        importlib.import_module(module)
    from extractors.readers import ocr

    ocr.available()  # asks Tesseract once, before workers fork
    nlp.nlp()
    dates._parser()


def extract(
    path: str | Path,
    max_pages: int | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
) -> Record:
    """The contract record of one PDF or PPTX file."""
    return extract_with_warnings(path, max_pages=max_pages, reader=reader, ocr=ocr).record
