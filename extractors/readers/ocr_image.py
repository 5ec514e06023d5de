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


# Ink running this far (points) in a straight line is a table rule or an underline, not
# a letter: strokes are at most a font size long, and the serifs of a bold serif word
# join along its baseline for a few letters (an inch is longer than any seen).
RULE_LENGTH = 72.0
# Share of a rule's run that must be ink (noise and skew leave gaps).
RULE_FILL = 0.9


def remove_rules(image: Image.Image, dpi: int) -> Image.Image:
    """The page with its table rules and underlines painted over with paper: Tesseract
    drops or garbles text boxed in by ruled lines ('Plats' in a ruled table)."""
    pixels = np.asarray(image, dtype=np.uint8)
    ink = pixels <= otsu(pixels)
    length = max(2, round(RULE_LENGTH * dpi / 72))
    across, down = _runs(ink, length, axis=1), _runs(ink, length, axis=0)
    if not (across.any() or down.any()):
        return image
    # and the grey pixels along each side of a rule, which stay dark enough to read
    rules = across | down
    rules[1:] |= across[:-1]
    rules[:-1] |= across[1:]
    rules[:, 1:] |= down[:, :-1]
    rules[:, :-1] |= down[:, 1:]
    paper = int(np.percentile(pixels, 90))
    cleaned = pixels.copy()
    cleaned[rules] = paper
    return Image.fromarray(cleaned, "L")


def _runs(ink: np.ndarray, length: int, axis: int) -> np.ndarray:
    """True on pixels covered by a window of `length` along `axis` that is mostly ink."""
    moved = np.moveaxis(ink, axis, -1)
    n = moved.shape[-1]
    if n < length:
        return np.zeros_like(ink)
    total = np.zeros(moved.shape[:-1] + (n + 1,), np.int32)
    np.cumsum(moved, axis=-1, dtype=np.int32, out=total[..., 1:])
    full = np.zeros(moved.shape, np.int32)  # 1 where a mostly-ink window starts
    full[..., : n - length + 1] = (total[..., length:] - total[..., : n - length + 1]) >= (
        RULE_FILL * length
    )
    if not full.any():
        return np.zeros_like(ink)
    starts = np.zeros_like(total)
    np.cumsum(full, axis=-1, out=starts[..., 1:])
    covered = np.empty(moved.shape, bool)  # some window starts within `length` before
    covered[..., length - 1 :] = (starts[..., length:] - starts[..., : n - length + 1]) > 0
    covered[..., : length - 1] = starts[..., 1:length] > 0
    return np.moveaxis(covered, -1, axis)
