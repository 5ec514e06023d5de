"""PDF reader on PDFium (pypdfium2): characters with boxes at C speed, the default reader.

Produces the same `Document` as the pdfplumber reader (`pdf.py`, the reference): each
character gets the box pdfminer would give it (origin and advance from PDFium, height
one font size from the font's descent), then `words.py` groups them by pdfplumber's
rules. Pages and text pages are closed as soon as they are read.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
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
from extractors.readers.words import LIGATURES, Char, chars_to_words

# FPDF_GetLastError codes (fpdfview.h)
_ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 3, 4, 5


def read_pdfium(
    path: str | Path, sha256: str, max_pages: int | None = None, data: bytes | None = None
) -> Document:
    """Read a PDF (its bytes `data`, else the file) into a `Document`; raise
    `UnreadableDocument` with a one-line reason."""
    import pypdfium2 as pdfium

    path = Path(path)
    document = Document(path=str(path), format="pdf", sha256=sha256)
    if data is None:
        data = path.read_bytes()
    streams = check_streams(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(_open_reason(exc)) from exc
    try:
        check_page_count(len(pdf), max_pages)
        fonts = _Fonts()
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                document.pages.append(_read_page(page, index + 1, fonts))
            finally:
                page.close()
    except UnreadableDocument:
        raise
    except Exception as exc:  # PDFium reports damage per page as generic errors
        raise UnreadableDocument(f"corrupt PDF ({short_reason(exc)})") from exc
    finally:
        pdf.close()
    return finish(document, streams.damaged)


def _open_reason(exc: Exception) -> str:
    code = getattr(exc, "err_code", None)
    if code in (_ERR_PASSWORD, _ERR_SECURITY):
        return "PDF is encrypted (password protected)"
    # "Failed to load document (PDFium: Data format error)." → "data format error"
    detail = str(exc).rstrip(".").rsplit("PDFium: ", 1)[-1].rstrip(")") or "unreadable"
    return f"corrupt PDF ({short_reason(detail[:1].lower() + detail[1:])})"


class _Fonts:
    """Name and descent (per point of size) of each PDFium font handle, looked up once."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[str, float]] = {}
        self._buffer = ctypes.create_string_buffer(512)

    def get(self, key: int) -> tuple[str, float]:
        known = self._known.get(key)
        if known is None:
            import pypdfium2.raw as raw

            font = ctypes.cast(key, raw.FPDF_FONT)
            size = raw.FPDFFont_GetBaseFontName(font, self._buffer, len(self._buffer))
            name = self._buffer.raw[: max(size - 1, 0)].decode("utf-8", "replace")
            descent = ctypes.c_float()
            if not raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent):
                descent.value = 0.0
            known = self._known[key] = (name, descent.value / 1000.0)
        return known


def _read_page(page, number: int, fonts: _Fonts) -> Page:
    left, bottom, right, top = page.get_mediabox()
    check_page(number, right - left, top - bottom)
    textpage = page.get_textpage()
    try:
        check_page(number, right - left, top - bottom, textpage.count_chars())
        words = _Words(textpage.raw, left, top, fonts).read()
    finally:
        textpage.close()
    return Page(
        number=number,
        width=float(right - left),
        height=float(top - bottom),
        lines=words_to_lines(words, number),
    )


class _Words:
    """The words of one text page, by pdfplumber's rules, with few calls into PDFium.

    PDFium's own text (one call) already breaks at spaces and at gaps it sees, so each
    run of non-blank characters is asked only for the boxes of its ends. A run that
    spans two text objects, or sideways text, is read character by character
    (`words.py`, the general rules). Two runs that PDFium split at a space it made up
    are joined again where pdfplumber would not split: same font and size, same line,
    the gap within its x tolerance.
    """

    def __init__(self, textpage, left: float, top: float, fonts: _Fonts):
        import pypdfium2.raw as raw

        self.raw = raw
        self.textpage = textpage
        self.left, self.top = left, top
        self.fonts = fonts
        self.styles: dict[int, tuple[str, float, float, float] | None] = {}
        self.rect = raw.FS_RECTF()
        self.handle = ctypes.cast(textpage, ctypes.c_void_p)
        self.rect_at = ctypes.c_void_p(ctypes.addressof(self.rect))
        self.object_at, self.loose_box = _BARE.object_at, _BARE.loose_box

    def read(self) -> list[Word]:
        count = self.raw.FPDFText_CountChars(self.textpage)
        if count <= 0:
            return []
        buffer = (ctypes.c_ushort * (count + 1))()
        length = self.raw.FPDFText_GetText(self.textpage, 0, count, buffer)
        text = ctypes.string_at(buffer, max(length - 1, 0) * 2).decode("utf-16-le", "replace")
        text = text.replace(_HYPHEN, "-")
        if len(text) != count:  # characters outside the BMP: indexes no longer align
            return chars_to_words(
                _chars(self.textpage, range(count), self.left, self.top, self.fonts)
            )
        # a page whose text is plain (NFC, no ligatures) has plain words: no per-word check
        plain = text.isascii() or (
            unicodedata.is_normalized("NFC", text) and not _LIGATURE.search(text)
        )
        styles, rect, left = self.styles, self.rect, self.left
        handle, rect_at, object_at, loose_box = (
            self.handle,
            self.rect_at,
            self.object_at,
            self.loose_box,
        )
        words: list[Word] = []
        last_end, last_char_x0 = -1, 0.0  # of the last word: its end, its last character's x0
        new_word, tolerance, spaced = Word, X_TOLERANCE, _SPACED  # locals: read every word

        def add(word: Word, start: int, end: int, char_x0: float) -> None:
            """Append a word, or join it to the last one where PDFium split at a space it
            made up and pdfplumber would not: same font and size, same line, the gap
            within its x tolerance."""
            nonlocal last_end, last_char_x0
            last = words[-1] if words else None
            if (
                last is not None
                and last_end < start
                and last.font == word.font
                and last.size == word.size
                and last_char_x0 <= word.x0 <= last.x1 + X_TOLERANCE
                and abs(word.top - last.top) <= Y_TOLERANCE
                and not any(object_at(handle, i) for i in range(last_end, start))
            ):
                last.text += word.text
                last.x0, last.top = min(last.x0, word.x0), min(last.top, word.top)
                last.x1, last.bottom = max(last.x1, word.x1), max(last.bottom, word.bottom)
            else:
                words.append(word)
            last_end, last_char_x0 = end, char_x0

        def add_chars(start: int, end: int) -> None:
            """A run read character by character, by pdfplumber's rules (`words.py`)."""
            chars = _chars(self.textpage, range(start, end), left, self.top, self.fonts)
            for word in chars_to_words(chars):
                add(word, start, end, word.x1)

        # text objects set solid, as their first word of two or more characters shows: the
        # spacing between characters is the object's (a letter-spaced heading is an object
        # of its own), so its other words are not asked for their second character's box
        # (5 % of extraction). A later word kerned apart at its first two characters is then
        # read as one run, its x0 PDFium's loose box: 7 words in 72 real and blind PDFs
        # differ from pdfplumber's by about a point, no record differs.
        solid: set[int] = set()
        previous_object = None
        for match in _RUN.finditer(text):
            start, end = match.span()
            last_object = object_at(handle, end - 1)
            if last_object != previous_object or not last_object:
                first_object = object_at(handle, start)
            else:
                first_object = last_object
            previous_object = last_object
            if first_object != last_object:
                style = None
            else:
                style = styles.get(last_object, _UNKNOWN)
                if style is _UNKNOWN:
                    style = self._style(end - 1, last_object)
            if style is None:  # two text objects, sideways text or a generated character
                add_chars(start, end)
                continue
            font, size, top, bottom = style
            loose_box(handle, start, rect_at)
            x0 = rect.left - left
            if end - start > 1:
                if last_object in solid:
                    loose_box(handle, end - 1, rect_at)
                else:
                    advance = rect.right
                    loose_box(handle, start + 1, rect_at)
                    if abs(rect.left - advance) > spaced:  # letter-spaced: PDFium does not
                        add_chars(start, end)  # break it, pdfplumber may
                        continue
                    solid.add(last_object)
                    if end - start > 2:
                        loose_box(handle, end - 1, rect_at)
            word = new_word(match.group(), x0, top, rect.right - left, bottom, font, size)
            if words and last_char_x0 <= x0 <= words[-1].x1 + tolerance:
                add(word, start, end, rect.left - left)  # perhaps joined to the last word
            else:  # add's first test, inline: most words start far right of the last one
                words.append(word)
                last_end, last_char_x0 = end, rect.left - left
        if not plain:
            for word in words:
                if not word.text.isascii():
                    word.text = nfc(_expand(word.text))
        return words

    def _style(self, index: int, handle: int) -> tuple[str, float, float, float] | None:
        """(font, size, top, bottom) of the words of an upright text object, looked up once
        per object (its words share them); None for sideways text and generated characters."""
        style = None
        if handle:
            font, size, descent, upright = _style(self.handle, index, handle, self.fonts)
            if upright:
                _, y = _BARE.origin_of(self.handle, index)
                base = self.top - y - descent
                style = (font, size, base - size, base)
        self.styles[handle] = style
        return style


class _Bare:
    """PDFium's per-character and per-object text calls through bare prototypes: no
    argument types, so ctypes converts nothing (pypdfium2's own bindings cost about three
    times as much a call, and these are made for every word). Pointers go in as
    `c_void_p` objects, indexes as ints; an object handle comes back as an int.

    Bound on first use, not when the module is imported (which stays cheap: pypdfium2's
    raw bindings load with the first PDF read): the first attribute looked up and not
    yet set binds them all, after which they are plain instance attributes.
    """

    def __getattr__(self, name: str):
        if name.startswith("__") or "object_at" in self.__dict__:
            raise AttributeError(name)
        self._bind()
        return getattr(self, name)

    def _bind(self) -> None:
        import pypdfium2.raw as raw

        def bare(function, restype):
            address = ctypes.cast(function, ctypes.c_void_p).value
            call = ctypes.CFUNCTYPE(restype)(address)
            call.argtypes = None  # converted by value: c_void_p as a pointer, int as an int
            return call

        ptr, i = ctypes.c_void_p, ctypes.c_int
        self.object_at = bare(raw.FPDFText_GetTextObject, ptr)  # (textpage, index)
        self.loose_box = bare(raw.FPDFText_GetLooseCharBox, i)  # (textpage, index, rect)
        self.font_of = bare(raw.FPDFTextObj_GetFont, ptr)  # (text object)
        self.font_size = bare(raw.FPDFText_GetFontSize, ctypes.c_double)  # (textpage, index)
        self.unicode = bare(raw.FPDFText_GetUnicode, ctypes.c_uint)  # (textpage, index)
        self._matrix = bare(raw.FPDFText_GetMatrix, i)  # (textpage, index, matrix)
        self._origin = bare(raw.FPDFText_GetCharOrigin, i)  # (textpage, index, x, y)
        self._m = raw.FS_MATRIX()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()
        self._at = tuple(ctypes.c_void_p(ctypes.addressof(v)) for v in (self._m, self._x, self._y))

    def matrix_of(self, textpage: ctypes.c_void_p, index: int) -> tuple[float, float, float, float]:
        """(a, b, c, d) of the character's text matrix."""
        self._matrix(textpage, index, self._at[0])
        m = self._m
        return m.a, m.b, m.c, m.d

    def origin_of(self, textpage: ctypes.c_void_p, index: int) -> tuple[float, float]:
        self._origin(textpage, index, self._at[1], self._at[2])
        return self._x.value, self._y.value


_BARE = _Bare()  # bound on first use


_RUN = re.compile(r"\S+")
_UNKNOWN = object()  # a text object whose style is not looked up yet
# Characters further apart than this (points) are letter-spaced, not set solid (PDFium's
# loose boxes are up to ~0.4 pt off the advance pdfminer uses).
_SPACED = 0.5
# PDFium reports a hyphen that ends a line as U+0002.
_HYPHEN = "\x02"


_LIGATURE = re.compile("|".join(LIGATURES))


def _expand(text: str) -> str:
    return _LIGATURE.sub(lambda m: LIGATURES[m.group()], text) if not text.isascii() else text


def _chars(textpage, indexes: range, left: float, top: float, fonts: _Fonts) -> list[Char]:
    """The characters PDFium read from the content (none it generated), pdfminer's boxes.

    Sideways text gets PDFium's glyph box instead (pdfminer turns an advance-wide box
    with the text matrix; PDFium gives no advance for it): its words are the same, their
    size is not.
    """
    import pypdfium2.raw as raw

    rect = raw.FS_RECTF()
    rect_at = ctypes.c_void_p(ctypes.addressof(rect))
    page = ctypes.cast(textpage, ctypes.c_void_p)
    chars: list[Char] = []
    for i in indexes:
        handle = _BARE.object_at(page, i)
        if not handle:  # a space or line break PDFium generated: not in the content
            continue
        font, size, descent, upright = _style(page, i, handle, fonts)
        text = chr(_BARE.unicode(page, i)).replace(_HYPHEN, "-")
        if upright:
            x, y = _BARE.origin_of(page, i)
            _BARE.loose_box(page, i, rect_at)
            base = top - y - descent
            chars.append(Char(text, x - left, base - size, rect.right - left, base, font, size))
        else:
            box = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
            raw.FPDFText_GetCharBox(textpage, i, *box)
            x0, x1, y0, y1 = (v.value for v in box)
            chars.append(Char(text, x0 - left, top - y1, x1 - left, top - y0, font, y1 - y0, False))
    return chars


def _style(
    textpage: ctypes.c_void_p, index: int, handle: int, fonts: _Fonts
) -> tuple[str, float, float, bool]:
    """Font name, size in points, descent in points and uprightness of a text object."""
    name, descent = fonts.get(_BARE.font_of(ctypes.c_void_p(handle)) or 0)
    a, b, c, d = _BARE.matrix_of(textpage, index)
    size = _BARE.font_size(textpage, index)
    return name, size, descent * size, a * d > 0 and b * c <= 0
