"""Jobs for Dask workers in tests (imported by the workers, so a module of its own): a
file whose name starts with 'dies_once' kills the worker reading it the first time it is
read, one starting with 'dies_always' every time."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from pipeline.ingest.cluster import extract


def dying_extract(file, source, *args):
    name = Path(file).name
    if name.startswith("dies_always"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("dies_once"):
        marker = Path(source).with_suffix(".died")
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
    return extract(file, source, *args)
