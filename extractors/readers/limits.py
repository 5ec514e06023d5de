"""The bounds on the work one input may cause, in one place.

Every reader checks these while it works (real sizes as they are decompressed, not
what a file's headers claim) and refuses a file past one with `UnreadableDocument`
and a one-line reason: `extract` and `check` exit 2, `ingest` records the failure and
goes on. With them, extracting any one file stays under `MAX_MEMORY_BYTES`; the CLI
also sets that as a ceiling on the process (see `pipeline/ingest/guard.py`), a backstop for
what the limits below do not foresee.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

MIB = 1 << 20

# A file larger than this is not read at all (the largest minutes seen are ~30 MB).
MAX_FILE_BYTES = 256 * MIB
# PDF: the bytes one Flate-compressed stream inflates to: page content (PDFium takes
# about 15 times its size in memory to parse it; real pages have under 1 MB), and any
# other stream (an image, a font); and all streams of a file together.
MAX_CONTENT_STREAM_BYTES = 16 * MIB
MAX_STREAM_BYTES = 64 * MIB
MAX_PDF_STREAM_BYTES = 512 * MIB
# PPTX: the bytes one XML part (a slide, its notes, a layout) inflates to, and all
# parts together (media included). Real slides are well under 1 MB.
MAX_XML_PART_BYTES = 8 * MIB
MAX_PACKAGE_BYTES = 256 * MIB
# Characters on one page or slide (a dense A4 page holds about 6,000).
MAX_PAGE_CHARS = 100_000
# Paragraph nesting level in a slide (`<a:pPr lvl=…>`): the format allows 0–8.
MAX_LEVEL = 8
# Page sides in points (PDF allows 3–14,400; a larger UserUnit is not read).
MIN_PAGE_POINTS = 1.0
MAX_PAGE_POINTS = 14_400.0
# The memory (address space) of a process extracting one file.
MAX_MEMORY_BYTES = 1024 * MIB
# Pixels of one page image in `check --html` (about A4 at 110 dpi is 1.1 million).
MAX_IMAGE_PIXELS = 4_000_000


def mb(size: int) -> str:
    """A byte count for a person: '64 MB', '1 GB'."""
    if size >= 1024 * MIB and size % (1024 * MIB) == 0:
        return f"{size // (1024 * MIB)} GB"
    return f"{size // MIB} MB" if size >= MIB else f"{size} bytes"


# Compressed bytes fed, and inflated bytes asked for, at a time while sizing a stream.
INFLATE_INPUT_STEP = 1 << 16
INFLATE_OUTPUT_STEP = 1 << 20


@dataclass(frozen=True)
class Inflation:
    """What sizing a zlib/deflate stream found."""

    size: int  # bytes it inflates to; just past the limit where sizing stopped there
    end: int  # where its compressed input ended (or where it was damaged, or cut short)
    finished: bool  # it reached its end, or the limit
    error: str | None = None  # zlib's reason where it is damaged


def inflated_size(data: bytes | memoryview, start: int, limit: int, wbits: int) -> Inflation:
    """Inflate the stream at `start` in bounded steps, keeping only its size, and stop
    just past `limit`: a bomb costs no more memory than one step."""
    inflater = zlib.decompressobj(wbits)
    size, at = 0, start
    try:
        while not inflater.eof and size <= limit:
            chunk = inflater.unconsumed_tail
            if not chunk and at < len(data):
                chunk = data[at : at + INFLATE_INPUT_STEP]
                at += len(chunk)
            out = len(inflater.decompress(chunk, INFLATE_OUTPUT_STEP))
            size += out
            if not chunk and not out:  # the input ended inside it
                break
    except zlib.error as exc:
        return Inflation(size, at, finished=False, error=str(exc))
    finished = inflater.eof or size > limit
    return Inflation(size, at - len(inflater.unused_data), finished)
