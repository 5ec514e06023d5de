"""Ingest progress: a progress bar on a terminal, a plain log line per file otherwise."""

from __future__ import annotations

import sys

import click


class Reporter:
    """Shows one outcome at a time; a rich spinner on a TTY, plain lines elsewhere."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.count = 0
        self._progress = None

    def __enter__(self) -> Reporter:
        if self.tty:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.completed} files"),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=None)
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()

    def report(self, outcome) -> None:
        self.count += 1
        from extractors.files import shown

        status = "ok" if outcome.parsed is not None else f"FAILED ({outcome.reason})"
        file = shown(outcome.file)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"{file}: {status}")
        else:
            click.echo(f"[{self.count}] {file}: {status}", err=True)
