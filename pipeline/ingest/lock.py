"""One ingest at a time per database: an exclusive lock on a file beside it."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def ingest_lock(db: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold `<db>.lock` while the block runs; wait for it when another run holds it.

    `on_wait` is told (with the holder's pid) before waiting. The lock is a POSIX
    record lock: it belongs to this process alone (worker processes forked from it do
    not hold it) and the kernel drops it when the process dies, so a killed run never
    leaves a lock behind, whatever became of its workers.
    """
    path = Path(f"{db}.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            if on_wait is not None:
                on_wait(holder)
            fcntl.lockf(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            handle.flush()
            fcntl.lockf(handle, fcntl.LOCK_UN)
