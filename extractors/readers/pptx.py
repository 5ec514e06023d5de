"""PPTX reader on python-pptx: slides as pages, paragraphs as lines, bullet levels kept."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from extractors.document import Document, Line, Page, Word, nfc
from extractors.errors import UnreadableDocument
from extractors.readers.limits import (
    MAX_LEVEL,
    MAX_PACKAGE_BYTES,
    MAX_PAGE_CHARS,
    MAX_XML_PART_BYTES,
    inflated_size,
    mb,
)

EMU_PER_POINT = 12700


def read_pptx(path: str | Path, sha256: str, data: bytes | None = None) -> Document:
    """Read a PPTX (its bytes `data`, else the file) into a `Document`; raise
    `UnreadableDocument` with a one-line reason."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    _check_archive(data)
    from lxml.etree import XMLSyntaxError
    from pptx import Presentation

    try:
        deck = Presentation(io.BytesIO(data))
        width = (deck.slide_width or 0) / EMU_PER_POINT
        height = (deck.slide_height or 0) / EMU_PER_POINT
        document = Document(path=str(path), format="pptx", sha256=sha256)
        layouts: dict[int, dict[int, tuple[int | None, int | None]]] = {}
        for number, slide in enumerate(deck.slides, start=1):
            document.pages.append(_read_slide(slide, number, width, height, layouts))
    except XMLSyntaxError as exc:
        raise UnreadableDocument(f"malformed slide XML ({_short(exc)})") from exc
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableDocument(f"damaged PowerPoint package ({_short(exc)})") from exc
    if not document.pages:
        raise UnreadableDocument("the deck has no slides")
    return document


def _check_archive(data: bytes) -> None:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableDocument("not a PPTX (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument(f"corrupt zip archive ({_short(exc)})") from exc
    names = {m.filename for m in members}
    if "word/document.xml" in names:
        raise UnreadableDocument("a Word document (DOCX), not a PDF or PPTX")
    if "xl/workbook.xml" in names:
        raise UnreadableDocument("an Excel workbook (XLSX), not a PDF or PPTX")
    if "ppt/presentation.xml" not in names:
        raise UnreadableDocument("a zip archive without PowerPoint parts (ppt/presentation.xml)")
    _check_sizes(data, members)


def _check_sizes(data: bytes, members: list[zipfile.ZipInfo]) -> None:
    """Inflate every part once (and throw it away), counting what it really holds: a
    zip's headers may lie, and python-pptx (zipfile) would trust them. Refuse a part or
    a package past its limit, and headers that do not match the content."""
    total = 0
    for member in members:
        xml = member.filename.endswith((".xml", ".rels"))
        limit = MAX_XML_PART_BYTES if xml else MAX_PACKAGE_BYTES
        size = _real_size(data, member, limit)
        total += size
        if size > limit:
            raise UnreadableDocument(
                f"part {member.filename} inflates past the limit of {mb(limit)} (a zip bomb?)"
            )
        if total > MAX_PACKAGE_BYTES:
            raise UnreadableDocument(
                f"the parts inflate past the limit of {mb(MAX_PACKAGE_BYTES)} in all (a zip bomb?)"
            )
        if size != member.file_size:
            raise UnreadableDocument(
                f"damaged PowerPoint package (part {member.filename} holds {size:,} bytes,"
                f" its zip header says {member.file_size:,})"
            )


def _real_size(data: bytes, member: zipfile.ZipInfo, limit: int) -> int:
    """The bytes a part inflates to (just past `limit` at most), read from the raw zip."""
    at = member.header_offset
    if data[at : at + 4] != b"PK\x03\x04":
        raise UnreadableDocument(f"corrupt zip archive (part {member.filename} is missing)")
    start = at + 30 + int.from_bytes(data[at + 26 : at + 28], "little")
    start += int.from_bytes(data[at + 28 : at + 30], "little")
    raw = memoryview(data)[start : start + member.compress_size]
    if member.compress_type == zipfile.ZIP_STORED:
        return len(raw)
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise UnreadableDocument(f"corrupt zip archive (part {member.filename}: unknown method)")
    found = inflated_size(raw, 0, limit, -zlib.MAX_WBITS)  # a zip member: raw deflate
    if found.error is not None:
        raise UnreadableDocument(f"corrupt zip archive (part {member.filename}: {found.error})")
    return found.size


def _read_slide(slide, number: int, width: float, height: float, layouts: dict[int, dict]) -> Page:
    from pptx.enum.shapes import PP_PLACEHOLDER

    _check_chars(slide, number)
    page = Page(number=number, width=width, height=height)
    title_shape = None
    for shape in slide.placeholders:
        if shape.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            title_shape = shape
            break
    if title_shape is not None and title_shape.has_text_frame:
        title = " ".join(nfc(title_shape.text_frame.text).split())
        page.title = title or None
    for shape, left, top in _shapes_in_reading_order(slide, layouts):
        if title_shape is not None and shape.shape_id == title_shape.shape_id:
            continue
        page.lines.extend(_shape_lines(shape, left, top, number))
    if slide.has_notes_slide:
        page.notes = nfc(slide.notes_slide.notes_text_frame.text or "").strip()
    return page


def _check_chars(slide, number: int) -> None:
    """Refuse a slide with more text than any real slide holds, counted in its XML
    (at C speed) before python-pptx builds an object for each run."""
    from pptx.oxml.ns import qn

    chars = sum(len(t.text or "") for t in slide._element.iter(qn("a:t")))
    if chars > MAX_PAGE_CHARS:
        raise UnreadableDocument(
            f"slide {number} has {chars:,} characters, over the limit of {MAX_PAGE_CHARS:,}"
        )


def _shapes_in_reading_order(slide, layouts: dict[int, dict]) -> list[tuple[object, float, float]]:
    """(shape, left, top in points) of top-level and grouped shapes, top to bottom, then
    left to right. A placeholder without a position of its own has its layout
    placeholder's (python-pptx's `left` and `top` look that up anew for each shape and
    each of the two: half the time of reading a deck); `layouts` keeps each layout's."""
    inherited = _layout_positions(slide.slide_layout, layouts)
    placed = []
    for shape in _flatten(slide.shapes):
        left, top = shape._element.x, shape._element.y  # its own, None when inherited
        if (left is None or top is None) and shape.is_placeholder:
            base_left, base_top = inherited.get(shape._element.ph_idx, (None, None))
            left = base_left if left is None else left
            top = base_top if top is None else top
        placed.append((shape, left or 0, top or 0))
    placed.sort(key=lambda p: (round(p[2] / EMU_PER_POINT / 20), p[1]))
    return [(shape, left / EMU_PER_POINT, top / EMU_PER_POINT) for shape, left, top in placed]


def _layout_positions(layout, layouts: dict[int, dict]) -> dict[int, tuple[int | None, int | None]]:
    """idx → (left, top) of a layout's placeholders (each perhaps from its master), the
    first of each idx as python-pptx takes it; worked out once a layout."""
    key = id(layout.part)
    if key not in layouts:
        positions: dict[int, tuple[int | None, int | None]] = {}
        for placeholder in layout.placeholders:
            positions.setdefault(
                placeholder.placeholder_format.idx, (placeholder.left, placeholder.top)
            )
        layouts[key] = positions
    return layouts[key]


def _flatten(shapes) -> list:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    flat = []
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            flat.extend(_flatten(shape.shapes))
        else:
            flat.append(shape)
    return flat


def _shape_lines(shape, left: float, top: float, page: int) -> list[Line]:
    lines: list[Line] = []
    if getattr(shape, "has_table", False) and shape.has_table:
        for r, row in enumerate(shape.table.rows):
            cells = [" ".join(nfc(c.text).split()) for c in row.cells]
            text = " | ".join(c for c in cells if c)
            if text:
                lines.append(_line(text, left, top + r * 14, 0.0, page, 0))
        return lines
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return lines
    for i, paragraph in enumerate(shape.text_frame.paragraphs):
        text = " ".join(nfc("".join(run.text for run in paragraph.runs) or paragraph.text).split())
        if not text:
            continue
        if not 0 <= paragraph.level <= MAX_LEVEL:
            raise UnreadableDocument(
                f"malformed slide XML (slide {page}: paragraph level {paragraph.level},"
                f" the format allows 0–{MAX_LEVEL})"
            )
        size = next((run.font.size.pt for run in paragraph.runs if run.font.size), 0.0)
        bold = any(run.font.bold for run in paragraph.runs)
        line = _line(text, left, top + i * 14, size, page, paragraph.level, bold)
        lines.append(line)
    return lines


def _line(
    text: str, x: float, y: float, size: float, page: int, level: int, bold: bool = False
) -> Line:
    font = "Bold" if bold else ""
    words = []
    cursor = x + 18 * level
    for token in text.split():
        width = 0.5 * (size or 12) * len(token)
        words.append(Word(token, cursor, y, cursor + width, y + (size or 12), font, size))
        cursor += width + 0.25 * (size or 12)
    return Line(words, page, level=level)


def _short(exc: object) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:120]
