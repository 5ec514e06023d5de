"""Ingest progress: a progress bar on a terminal, a plain `[i/N]` line per file otherwise.

The total (the files to read) is known once the corpus is hashed (`begin`); from then
on the bar and the lines carry files done of the total, pages per second and an
estimate of the time left (from the files done so far).
"""

from __future__ import annotations

import sys
import time

import click


def clock(seconds: float) -> str:
    """m:ss, or h:mm:ss past an hour."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Reporter:
    """Shows one outcome at a time; a rich progress bar on a TTY, plain lines elsewhere."""

    def __init__(self, tty: bool | None = None) -> None:
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.count = 0
        self.pages = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self._progress = None

    def __enter__(self) -> Reporter:
        if self.tty:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                SpinnerColumn(),
                MofNCompleteColumn(),
                BarColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("hashing the corpus", total=None, rate="")
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def begin(self, total: int) -> None:
        """The corpus is hashed: total files are to be read."""
        self.total = total
        self.started = time.monotonic()
        if self._progress is not None:
            self._progress.reset(self._task, total=total, description="reading", rate="")
        elif total:
            click.echo(f"[0/{total}] reading {total} files", err=True)

    def rate(self) -> float:
        """Pages read per second so far."""
        return self.pages / max(time.monotonic() - self.started, 1e-6)

    def eta(self) -> str:
        """The time left, from the files done so far."""
        if not self.total or not self.count:
            return "?"
        elapsed = time.monotonic() - self.started
        return clock(elapsed / self.count * max(self.total - self.count, 0))

    def report(self, outcome) -> None:
        from extractors.files import shown

        self.count += 1
        self.pages += outcome.pages
        status = "ok" if outcome.parsed is not None else f"FAILED ({outcome.reason})"
        file = shown(outcome.file)
        rate = f"{self.rate():.1f} pages/s"
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"{file}: {status}", rate=rate)
        else:
            total = self.total if self.total is not None else "?"
            click.echo(
                f"[{self.count}/{total}] {file}: {status} ({rate}, ETA {self.eta()})", err=True
            )
