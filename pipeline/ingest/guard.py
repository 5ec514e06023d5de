"""Process guards: a ceiling on a process's memory, and workers that die with their parent.

The readers' limits (extractors/readers/limits.py) keep each input's work bounded;
the memory ceiling is the backstop for what they do not foresee: past it an
allocation fails (`MemoryError`) instead of the machine running out of memory.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux); if the parent
    is gone already, go now."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: workers still exit when the pipe closes
        pass
    if os.getppid() != parent:
        os._exit(1)


def address_space() -> int:
    """Bytes of address space this process has mapped now (0 where unknown)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def limit_memory(size: int, over_current: bool = False) -> None:
    """Cap this process's address space at `size` bytes (or `size` more than it maps
    now: a forked worker shares its parent's modules). Never raises it."""
    limit = size + (address_space() if over_current else 0)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or limit < soft:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
