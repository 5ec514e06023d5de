"""Page images before OCR: straightened, and their ink found, as a scanner leaves them."""

from __future__ import annotations

import numpy as np
from PIL import Image

# Skews searched (degrees either way) and the step of the search; a scanner's feeder
# skews a page by a degree or two.
MAX_SKEW = 4.0
SKEW_STEP = 0.1
# Width (px) the skew is measured at: rows of text stay apart, the search stays cheap.
SKEW_WIDTH = 800
# Below this skew (degrees) the page is left as it is.
MIN_SKEW = 0.15


def otsu(pixels: np.ndarray) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight / total - mean) ** 2 / (weight * (total - weight) + 1e-9)
    return int(np.argmax(between))


def ink_mask(image: Image.Image) -> np.ndarray:
    """True where a grey page image has ink."""
    pixels = np.asarray(image, dtype=np.uint8)
    return pixels <= otsu(pixels)


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's text rows level.

    Rows of text are level when the ink per pixel row is most uneven: full rows of
    letters, then empty gaps between them.
    """
    scale = SKEW_WIDTH / image.width
    small = image.resize((SKEW_WIDTH, max(1, round(image.height * scale))), Image.BILINEAR)
    ink = Image.fromarray((ink_mask(small) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, Image.BILINEAR), dtype=np.float64).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    steps = round(MAX_SKEW / SKEW_STEP)
    coarse = [i * 4 * SKEW_STEP for i in range(-steps // 4, steps // 4 + 1)]
    best = max(coarse, key=sharpness)
    fine = [best + i * SKEW_STEP for i in range(-3, 4)]
    return max(fine, key=sharpness)


def deskew(image: Image.Image) -> Image.Image:
    """The page turned so its rows of text are level; the corners filled with paper."""
    angle = skew_angle(image)
    if abs(angle) < MIN_SKEW:
        return image
    paper = int(np.percentile(np.asarray(image), 90))
    return image.rotate(angle, Image.BICUBIC, fillcolor=paper)
