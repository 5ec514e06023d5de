"""Extraction: a file → a `Record` (the contract), as a pure function of the file.

    extract(path) -> Record

sniffs the format from the bytes (not the file name), picks a reader, then an
extractor. Raises `UnreadableDocument` with a one-line reason for bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.document import Box, Document
from extractors.errors import UnreadableDocument
from extractors.files import load, sha256_of, shown
from extractors.provenance import ocr_source, with_confidence
from schemas.record import Attendee, DocumentType, Record, Source, Substitution
from schemas.stored import Box as StoredBox
from schemas.stored import (
    ExtractionWarning,
    StoredAttendee,
    StoredDocument,
    StoredItem,
    StoredMeeting,
    StoredSubstitution,
)

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
    """A record (the contract), and the document as the store takes it: the record with
    the text under each agenda item and where each attendee's name was read inside their
    rows, and the warnings (schemas/stored.py)."""

    record: Record
    document: Document
    stored: StoredDocument

    @property
    def warnings(self) -> list[ExtractionWarning]:
        """Attendance lines the extractor could not place, damaged words it left."""
        return self.stored.warnings


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
        dates = sorted(set(find_dates(text)))
        return Extraction(record, document, _stored(record, dates=dates))
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
    unplaced = [
        ExtractionWarning(page=u.page, text=u.text, reason=u.reason) for u in minutes.unplaced
    ]
    return Extraction(
        record,
        document,
        _stored(
            record,
            attendees=[_located(a, minutes.attendee_boxes.get(id(a))) for a in minutes.attendees],
            item_texts=minutes.item_texts,
            warnings=[*unplaced, *_damage_warnings(damage, record)],
        ),
    )


def _located(attendee: Attendee, box: Box | None) -> StoredAttendee:
    """An attendee with where its name was read."""
    where = None
    if box is not None:
        where = StoredBox(page=box.page, x0=box.x0, top=box.top, x1=box.x1, bottom=box.bottom)
    return StoredAttendee(**attendee.model_dump(), box=where)


def _stored(
    record: Record,
    attendees: list[StoredAttendee] | None = None,
    item_texts: list[str] | None = None,
    warnings: list[ExtractionWarning] | None = None,
    dates: list[str] | None = None,
) -> StoredDocument:
    """The record as the store takes it, each row with its own extras: an item with the
    text under it (a deck's item with its description), a substitution with the page of
    the entry that makes it. `file` is the file's name until ingest says where in the
    corpus it lies."""
    if item_texts is None:  # a deck: the description under a numbered entry
        item_texts = [item.description or "" for item in record.agenda_items]
    items = [
        StoredItem(**item.model_dump(), text=text)
        for item, text in zip(record.agenda_items, item_texts, strict=True)
    ]
    attendees = attendees or []
    named: dict[str, list[StoredAttendee]] = {}
    for attendee in attendees:
        named.setdefault(attendee.name, []).append(attendee)
    substitutions = [
        StoredSubstitution(**sub.model_dump(), page=_substitute_page(sub, named))
        for sub in record.substitutions
    ]
    fields = {name: getattr(record, name) for name in Record.model_fields}
    return StoredDocument(
        **{
            **fields,
            "meeting": StoredMeeting(**record.meeting.model_dump()),
            "attendees": attendees,
            "substitutions": substitutions,
            "agenda_items": items,
        },
        file=record.source.file,
        warnings=warnings or [],
        dates=dates or [],
    )


def _substitute_page(sub: Substitution, named: dict[str, list[StoredAttendee]]) -> int | None:
    """The page of the entry that makes a substitution: the attendee of the substitute's
    name who replaces that member, else the first of that name (`named`: name → attendees)."""
    namesakes = named.get(sub.substitute, [])
    making = [a for a in namesakes if a.replaces == sub.replaced]
    return next((a.page for a in [*making, *namesakes]), None)


def _repair(document: Document) -> list:
    """Words of a damaged text layer repaired in place (readers/repair.py), with the
    labels of minutes as words the document may print damaged and nowhere intact."""
    from extractors.readers.repair import repair_document
    from extractors.swedish.labels import GROUP_LABELS, META_LABELS

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


def _damage_warnings(damage: list, record: Record) -> list[ExtractionWarning]:
    """A warning for each damaged word left as it reads that the record repeats (a name,
    a role, a title): it must not pass unseen."""
    said = {word.strip(" ,.;:()") for text in _named(record) for word in (text or "").split()}
    warnings, seen = [], set()
    for found in damage:
        core = found.text.strip(" ,.;:()")
        if found.repaired is None and core not in seen and core in said:
            seen.add(core)
            reason = "damaged text: glyphs lost, not repaired"
            warnings.append(ExtractionWarning(page=found.page, text=core, reason=reason))
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
