"""Image-only PDFs from text PDFs, as a scanner makes them: for the OCR tests and
`scripts/eval_scans.py`. Each page is rendered by PDFium, then given a grey paper,
a slight skew and noise, and saved as a page image with no text layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image


@dataclass(frozen=True)
class Scanner:
    dpi: int = 300
    paper: int = 255  # grey level of the paper: a scanner's is 215–235
    skew: float = 0.0  # degrees, counter-clockwise
    noise: float = 0.0  # standard deviation of Gaussian noise (grey levels)
    seed: int = 0
    bilevel: bool = False  # black and white, as archives scan (and small files)


PLAIN = Scanner()
WORN = Scanner(dpi=250, paper=222, skew=1.5, noise=14.0, seed=1)
ARCHIVE = Scanner(dpi=300, skew=1.0, bilevel=True)  # corpus/'s scanned sample
BILEVEL_THRESHOLD = 170


def scan_page(image: Image.Image, scanner: Scanner) -> Image.Image:
    """A rendered grey page as the scanner would give it."""
    pixels = np.asarray(image, dtype=np.float64) * (scanner.paper / 255.0)
    if scanner.noise:
        rng = np.random.default_rng(scanner.seed)
        pixels = pixels + rng.normal(0.0, scanner.noise, pixels.shape)
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    if scanner.skew:
        page = page.rotate(scanner.skew, Image.BICUBIC, fillcolor=scanner.paper)
    if scanner.bilevel:
        page = page.point(lambda v: 255 if v > BILEVEL_THRESHOLD else 0).convert("1")
    return page


def scan(source: Path, out: Path, scanner: Scanner = PLAIN, pages: int | None = None) -> Path:
    """Write `out`: the first `pages` (all when None) pages of `source` as page images."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(source)
    try:
        images = []
        for index in range(min(len(pdf), pages or len(pdf))):
            page = pdf[index]
            rendered = page.render(scale=scanner.dpi / 72, grayscale=True).to_pil().convert("L")
            images.append(scan_page(rendered, scanner))
            page.close()
    finally:
        pdf.close()
    images[0].save(out, "PDF", resolution=scanner.dpi, save_all=True, append_images=images[1:])
    return out
