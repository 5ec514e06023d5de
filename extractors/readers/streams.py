"""A PDF's compressed streams, inflated (and thrown away) before a reader parses it:
a stream past its limit refuses the file, and streams that do not inflate at all are
counted (a page without text whose streams are damaged is a corrupt PDF, not a scan).

Sizes are real: each stream is inflated in bounded steps and counted as it goes; no
/Length or other header is trusted. Only single-filter /FlateDecode streams are
inflated (nearly all in practice); others are left to the reader.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from extractors.errors import UnreadableDocument
from extractors.readers.limits import (
    MAX_CONTENT_STREAM_BYTES,
    MAX_PDF_STREAM_BYTES,
    MAX_STREAM_BYTES,
    inflated_size,
    mb,
)

# a stream's dictionary ends right before its keyword; the dictionary starts after 'obj'
_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_FLATE = re.compile(rb"/Filter\s*(?:\[\s*)?/FlateDecode\s*\]?\s*(?:/|>>)")
_FILTERS = re.compile(rb"/Filter\s*\[\s*/\w+\s*/")
# images and embedded fonts are not parsed into objects: they get the larger budget
_DATA = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b")


@dataclass
class Streams:
    inflated: int = 0  # Flate streams that inflated
    damaged: int = 0  # Flate streams that did not


def check_streams(data: bytes) -> Streams:
    """Inflate every Flate stream of a PDF once, within the limits; raise
    `UnreadableDocument` for one past its limit."""
    found = Streams()
    total = 0
    resume = 0
    for match in _STREAM.finditer(data):
        if match.start() < resume:  # inside a stream already inflated
            continue
        lowest = max(0, match.start() - 4096)
        opened = data.rfind(b"obj", lowest, match.start())
        head = data[opened if opened >= 0 else lowest : match.start() + 2]
        if not _FLATE.search(head) or _FILTERS.search(head):
            continue
        content = not _DATA.search(head)
        limit = MAX_CONTENT_STREAM_BYTES if content else MAX_STREAM_BYTES
        size, end = _inflated_size(data, match.end(), limit)
        if size is None:
            found.damaged += 1
            continue
        found.inflated += 1
        resume = end
        total += size
        if size > limit:
            what = "a page content stream" if content else "a compressed stream"
            raise UnreadableDocument(
                f"{what} inflates past the limit of {mb(limit)} (a decompression bomb?)"
            )
        if total > MAX_PDF_STREAM_BYTES:
            raise UnreadableDocument(
                f"the compressed streams inflate past the limit of {mb(MAX_PDF_STREAM_BYTES)}"
                " in all (a decompression bomb?)"
            )
    return found


def _inflated_size(data: bytes, start: int, limit: int) -> tuple[int | None, int]:
    """(bytes the zlib stream at `start` inflates to, stopping just past `limit`; or None
    when it is damaged or cut short, where its input ended)."""
    found = inflated_size(data, start, limit, zlib.MAX_WBITS)
    return (found.size if found.finished else None), found.end
