"""Opening input files safely: regular files only, bounded in size, read once.

A reader parses the bytes `load` returned, and the record carries their hash, so
the hash always describes what was read even when the file changes meanwhile.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import unicodedata
from pathlib import Path

from extractors.errors import UnreadableDocument
from extractors.readers.limits import MAX_FILE_BYTES, mb

_KINDS = {
    stat.S_IFDIR: "a directory, not a file",
    stat.S_IFIFO: "a named pipe (FIFO), not a file",
    stat.S_IFSOCK: "a socket, not a file",
    stat.S_IFCHR: "a device, not a file",
    stat.S_IFBLK: "a device, not a file",
}


def open_regular(path: str | Path) -> int:
    """A file descriptor for reading `path`, which must be a regular file.

    Opened without blocking (a named pipe would otherwise wait for a writer forever)
    and checked on the descriptor itself, so the file cannot be swapped in between.
    Raises `UnreadableDocument` with a one-line reason.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise UnreadableDocument(os_reason(exc)) from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UnreadableDocument(_KINDS.get(stat.S_IFMT(mode), "not a regular file"))
    os.set_blocking(fd, True)
    return fd


def load(path: str | Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes, str]:
    """The bytes of a regular file and their SHA-256; refused past `limit` bytes."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnreadableDocument(f"file is larger than the limit of {mb(limit)}")
    return data, hashlib.sha256(data).hexdigest()


def sha256_of(path: str | Path) -> str:
    """SHA-256 of a regular file, read in chunks; `UnreadableDocument` otherwise."""
    digest = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def os_reason(exc: OSError) -> str:
    """Why a file could not be opened, for a person."""
    if exc.errno == errno.ELOOP:
        return "a symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file (or a broken symlink)"
    if exc.errno == errno.EISDIR:
        return "a directory, not a file"
    return f"cannot open ({exc.strerror or type(exc).__name__})"


def shown(name: str | Path) -> str:
    """A file name as it can be printed on one line and stored: bytes that are not
    UTF-8 as \\xNN, control characters (a newline) as escapes."""
    text = os.fsencode(str(name)).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(
        c if unicodedata.category(c)[0] != "C" else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def is_utf8(name: str) -> bool:
    """Whether a name read from the file system was valid UTF-8."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
