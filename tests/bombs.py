"""Hostile inputs built by hand: decompression bombs in PDFs and decks, deep nesting.

Each is small on disk and huge when read. Build them in a test's tmp_path and read
them only in a subprocess with a memory ceiling (`run_bounded`), so a reader that
does not refuse them fails the test instead of taking the machine down.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

CEILING = 3 << 30  # address space of the subprocess reading a bomb (3 GB)


def deflated(unit: bytes, size: int, raw: bool = False) -> bytes:
    """`unit` repeated to `size` bytes, deflated (a zlib stream, or raw for a zip)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    chunk = unit * max(1, (1 << 20) // len(unit))
    parts, written = [], 0
    while written < size:
        piece = chunk[: size - written]
        parts.append(compressor.compress(piece))
        written += len(piece)
    parts.append(compressor.flush())
    return b"".join(parts)


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 0 obj is the catalog), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"/Filter /FlateDecode") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def one_page_pdf(content: bytes, media_box: bytes = b"[0 0 595 842]") -> bytes:
    """One page showing `content` (already encoded as its stream object)."""
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            content,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def text_ops(lines: int) -> bytes:
    """A content stream drawing `lines` short lines of text down the page."""
    ops = [b"BT /F1 10 Tf"]
    for n in range(lines):
        ops.append(b"1 0 0 1 72 %d Tm (Rad %d) Tj" % (800 - n % 700, n))
    ops.append(b"ET")
    return b"\n".join(ops)


def flate_bomb_pdf(path: Path, size: int) -> Path:
    """A page whose content stream inflates to `size` bytes of text operators."""
    unit = b"BT /F1 10 Tf 72 700 Td (Bomb) Tj ET\n"
    path.write_bytes(one_page_pdf(stream(deflated(unit, size))))
    return path


def garbage_streams_pdf(path: Path) -> Path:
    """A page whose content stream claims Flate but holds garbage."""
    noise = bytes((n * 7919 + 13) % 251 for n in range(4000))
    path.write_bytes(one_page_pdf(stream(noise)))
    return path


def media_box_pdf(path: Path, box: bytes) -> Path:
    path.write_bytes(one_page_pdf(stream(zlib.compress(text_ops(3))), media_box=box))
    return path


def deck_with_part(path: Path, base: Path, name: str, content: bytes) -> Path:
    """The deck `base` with its part `name` replaced by `content` (deflated)."""
    with zipfile.ZipFile(base) as source:
        members = {i.filename: source.read(i.filename) for i in source.infolist()}
    members[name] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)
    return path


def lying_zip(path: Path, base: Path, name: str, size: int) -> Path:
    """The deck `base` with part `name` replaced by `size` bytes of slide XML whose zip
    headers (local and central) claim 1 KB: a reader that trusts them is fooled."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        b' xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        b"<p:cSld><p:spTree><!--"
    )
    body = head + b" " * (size - len(head) - 20) + b"--></p:spTree></p:cSld></p:sld>"
    deck_with_part(path, base, name, body)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(name)
    claimed = (1024).to_bytes(4, "little")
    local = info.header_offset
    data[local + 22 : local + 26] = claimed  # local header: uncompressed size
    at = bytes(data).find(b"PK\x01\x02")
    while int.from_bytes(data[at + 42 : at + 46], "little") != local:  # its central entry
        at = bytes(data).find(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = claimed
    path.write_bytes(bytes(data))
    return path


def run_bounded(*args: str, ceiling: int = CEILING, timeout: float = 300):
    """`minutes *args` in a subprocess whose address space is capped at `ceiling`;
    returns the completed process and its peak resident memory in bytes."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))

    script = (
        "import resource, sys\n"
        "from pipeline.cli import cli\n"
        "try:\n"
        "    cli.main(sys.argv[1:], standalone_mode=True)\n"
        "finally:\n"  # the command's work may run in a child process: the larger
        "    peak = max(resource.getrusage(who).ru_maxrss for who in"
        " (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
        "    print(f'PEAK {peak * 1024}', file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap,
    )
    lines = done.stderr.splitlines()
    peaks = [int(line.split()[1]) for line in lines if line.startswith("PEAK ")]
    done.stderr = "\n".join(line for line in lines if not line.startswith("PEAK ")) + "\n"
    return done, (max(peaks) if peaks else None)


def slide_xml(base: Path, number: int = 1) -> bytes:
    with zipfile.ZipFile(base) as archive:
        return archive.read(f"ppt/slides/slide{number}.xml")


def deep_level_deck(path: Path, base: Path, level: int) -> Path:
    """The deck `base` with its body paragraph set at nesting level `level`."""
    slide = slide_xml(base)
    assert b"<a:p><a:pPr/>" in slide, "the builder's body paragraph"
    slide = slide.replace(b"<a:p><a:pPr/>", b'<a:p><a:pPr lvl="%d"/>' % level, 1)
    return deck_with_part(path, base, "ppt/slides/slide1.xml", slide)


def big_slide_deck(path: Path, base: Path, size: int) -> Path:
    """The deck `base` with `size` bytes more of short text runs on its first slide."""
    runs = b"".join(b"<a:r><a:t>ord%d</a:t></a:r>" % (i % 1000) for i in range(2000))
    paragraph = b"<a:p>" + runs + b"</a:p>"
    slide = slide_xml(base)
    at = slide.rindex(b"</a:p>") + len(b"</a:p>")
    more = paragraph * max(1, size // len(paragraph))
    return deck_with_part(path, base, "ppt/slides/slide1.xml", slide[:at] + more + slide[at:])


def many_streams_pdf(path: Path, streams: int = 30) -> Path:
    """One page drawn by `streams` content streams, each just under the limit of one:
    every stream passes, the page takes PDFium gigabytes."""
    body = stream(deflated(b"BT /F1 10 Tf 72 700 Td (Bomb) Tj ET\n", (16 << 20) - 64))
    contents = b" ".join(b"%d 0 R" % (5 + n) for n in range(streams))
    path.write_bytes(
        pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ["
                + contents
                + b"] /Resources << /Font << /F1 4 0 R >> >> >>",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                *[body] * streams,
            ]
        )
    )
    return path
