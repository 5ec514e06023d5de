"""OCR reader: Tesseract (Swedish) on pages rendered by PDFium, into the document model.

A page is rendered in grey at `DPI`, straightened (`ocr_image.deskew`) and read by
Tesseract through pytesseract's hOCR output: each word's box and confidence, each
line's baseline and x-height. Boxes become PDF points from the top left, as the text
readers give them. OCR knows no fonts, so each word gets a size from its line's x-height
and a weight from the width of its strokes (`ocr_style.py`): the extractors find
headings by size and bold.
"""

from __future__ import annotations

import functools
import os
import shutil
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from extractors.document import Page, Word
from extractors.readers.layout import words_to_lines
from extractors.readers.ocr_style import Styled, settle
from extractors.readers.ocr_text import repair_lines, repair_words

# Rendering resolution: Tesseract reads body text best with letters ~30 px high.
DPI = 300
LANGUAGE = "swe"
# Tesseract's OpenMP threads fight each other on few cores (15 s a page against 4 s
# with one thread): one thread per process, parallel by page or document instead.
THREADS = "1"
# x-height per em of the usual office fonts (Arial 0.52, Calibri 0.47, Times 0.45),
# as Tesseract measures it: turns a line's x-height into a font size in points.
X_HEIGHT_PER_EM = 0.56
# Descent below the baseline per em: where the text readers put a word's bottom.
DESCENT_PER_EM = 0.21
# Words read with less confidence than this are dropped: what Tesseract makes of dotted
# signature lines, stamps and specks ('omosssrsrrr', 0–10).
DROP_BELOW = 10.0


@functools.cache
def available() -> bool:
    """Tesseract with its Swedish model is installed (and pytesseract)."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract

        return LANGUAGE in pytesseract.get_languages(config="")
    except Exception:  # an old or broken Tesseract: treat as missing
        return False


@dataclass
class OcrPage:
    """An OCR'd page: the page, and its words by OCR line with their raw style measures."""

    page: Page
    lines: list[list[Styled]] = field(default_factory=list)


def ocr_page(pdf_page, number: int, dpi: int = DPI) -> OcrPage:
    """OCR one pypdfium2 page into a `Page` whose words carry their confidence.

    Sizes and weights are raw until `finish_styles` has seen every OCR'd page.
    """
    import pytesseract

    from extractors.readers.ocr_image import deskew, ink_mask, remove_rules

    os.environ.setdefault("OMP_THREAD_LIMIT", THREADS)
    left, bottom, right, top = pdf_page.get_mediabox()
    scale = dpi / 72
    image = pdf_page.render(scale=scale, grayscale=True).to_pil().convert("L")
    image = remove_rules(deskew(image), dpi)
    hocr = pytesseract.image_to_pdf_or_hocr(image, lang=LANGUAGE, extension="hocr")
    ink = ink_mask(image)
    lines: list[list[Styled]] = []
    for line in _parse_hocr(hocr.decode("utf-8", "replace")):
        xheight = line.x_size - line.ascenders - line.descenders
        if xheight <= 0:
            xheight = 0.5 * (line.bbox[3] - line.bbox[1])
        size = xheight / X_HEIGHT_PER_EM / scale
        words: list[Styled] = []
        for text, (x0, y0, x1, y1), confidence in line.words:
            text = "".join(text.split())
            if not text or confidence < DROP_BELOW:
                continue
            baseline = line.baseline_at((x0 + x1) / 2) / scale
            bottom_pt = baseline + DESCENT_PER_EM * size
            stroke = _stroke(ink, x0, y0, x1, y1) / xheight
            word = Word(
                text, x0 / scale, bottom_pt - size, x1 / scale, bottom_pt, "OCR", size, confidence
            )
            words.append(Styled(word, size, stroke))
        styled = {id(s.word): s for s in words}
        repaired = repair_words([s.word for s in words], image.width / scale)
        words = [styled.get(id(w)) or Styled(w, w.size, 0.0) for w in repaired]
        if words:
            lines.append(words)
    page = Page(number=number, width=float(right - left), height=float(top - bottom), ocr=True)
    return OcrPage(page, lines)


def finish_styles(pages: list[OcrPage]) -> None:
    """Settle the sizes and weights of all OCR'd pages of a document, repair what OCR
    misreads, then build lines."""
    settle([s for p in pages for line in p.lines for s in line])
    lines = [[s.word for s in line] for p in pages for line in p.lines]
    repair_lines(lines)
    at = 0
    for p in pages:
        words = [w for line in lines[at : at + len(p.lines)] for w in line]
        p.page.lines = words_to_lines(words, p.page.number)
        at += len(p.lines)


def _stroke(ink, x0: int, y0: int, x1: int, y1: int) -> float:
    """Mean horizontal run of ink in a box: the width of the vertical strokes, in px."""
    box = ink[max(y0, 0) : y1, max(x0, 0) : x1]
    if box.size == 0:
        return 0.0
    starts = int(box[:, 0].sum()) + int((box[:, 1:] & ~box[:, :-1]).sum())
    return float(box.sum()) / starts if starts else 0.0


@dataclass
class _Line:
    bbox: tuple[int, int, int, int]
    slope: float = 0.0
    offset: float = 0.0
    x_size: float = 0.0
    ascenders: float = 0.0
    descenders: float = 0.0
    words: list[tuple[str, tuple[int, int, int, int], float]] = field(default_factory=list)

    def baseline_at(self, x: float) -> float:
        """The baseline's y (px) at x: hOCR gives it from the box's bottom-left corner."""
        return self.bbox[3] + self.offset + self.slope * (x - self.bbox[0])


_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}


class _Hocr(HTMLParser):
    """Lines and words of Tesseract's hOCR (title attributes carry the numbers)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[_Line] = []
        self._word: tuple[tuple[int, int, int, int], float] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        kind = attr.get("class") or ""
        if kind not in _LINE_CLASSES and kind != "ocrx_word":
            return
        props = _properties(attr.get("title") or "")
        bbox = tuple(int(v) for v in props.get("bbox", "0 0 0 0").split())
        if kind == "ocrx_word":
            self._word = (bbox, float(props.get("x_wconf", "0")))
            self._text = []
            return
        line = _Line(bbox)  # type: ignore[arg-type]
        slope, _, offset = props.get("baseline", "0 0").partition(" ")
        line.slope, line.offset = float(slope), float(offset or 0)
        line.x_size = float(props.get("x_size", "0"))
        line.ascenders = float(props.get("x_ascenders", "0"))
        line.descenders = float(props.get("x_descenders", "0"))
        self.lines.append(line)

    def handle_data(self, data: str) -> None:
        if self._word is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._word is not None and self.lines:
            bbox, confidence = self._word
            self.lines[-1].words.append((unescape("".join(self._text)), bbox, confidence))
            self._word = None


def _properties(title: str) -> dict[str, str]:
    """'bbox 1 2 3 4; x_wconf 96' → {'bbox': '1 2 3 4', 'x_wconf': '96'}."""
    props = {}
    for part in title.split(";"):
        key, _, value = part.strip().partition(" ")
        props[key] = value
    return props


def _parse_hocr(hocr: str) -> list[_Line]:
    parser = _Hocr()
    parser.feed(hocr)
    return parser.lines
