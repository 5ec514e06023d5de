"""Ingest on a Dask cluster: each new or changed file is extracted by a Dask worker, and
the one writer in the ingest process stores the outcomes as they arrive.

`minutes ingest DIR --cluster tcp://host:8786` uses a running scheduler;
`--cluster local[:N]` starts a LocalCluster of N worker processes on this machine.
Workers read the file at the path this process sees (a shared file system), or are
sent its bytes (`ship_files`). They return the same `Outcome` as the local workers
(pipeline/ingest/workers.py) and never touch SQLite.

A worker that dies mid-file has its task run again on another worker; a file whose
task was running on two workers that died is a crash (stage "crash", as in the local
pool) and the batch goes on. The scheduler is told so on connecting
(`allowed_failures=1`), and no more tasks are in flight than the workers have threads:
the scheduler blames a death on every task assigned to the worker, so a file waiting
behind the one that kills it would be blamed too. Even so, a task rescheduled after a
death can queue beside another on one worker: a file failed that way is tried once
more at the end, alone, and only a death there makes it a crash.

Dask is imported only here, and this module only when `--cluster` is given.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from extractors import DEFAULT_READER

LOCAL = "local"
RETRIES = 1  # a task that raises is tried once more (parse_file itself never raises)
ALLOWED_FAILURES = 1  # a file on which two workers died is failed
WINDOW_EVERY = 1.0  # seconds between looks at the cluster's size (workers come and go)


def extract(
    file: str,
    source: str | bytes,
    sha256: str,
    max_pages: int | None = None,
    reader: str = DEFAULT_READER,
    ocr: str | None = None,
):
    """parse_file on a worker: `source` is a path it can read, or the file's bytes."""
    from pipeline.ingest.run import parse_file

    if isinstance(source, str):
        return parse_file(file, source, sha256, max_pages, reader, ocr)
    with tempfile.TemporaryDirectory(prefix="minutes-") as folder:
        path = Path(folder) / Path(file).name
        path.write_bytes(source)
        outcome = parse_file(file, str(path), sha256, max_pages, reader, ocr)
    if outcome.reason:  # name the file as the corpus does, not the temporary copy
        outcome.reason = outcome.reason.replace(str(path), file)
    return outcome


def _scheduler_rules(dask_scheduler=None, allowed_failures: int = ALLOWED_FAILURES) -> None:
    """Runs on the scheduler: the local pool's rule for a dying worker."""
    dask_scheduler.allowed_failures = allowed_failures
    dask_scheduler.WORKER_SATURATION = 1.0


class Cluster:
    """A connection to a Dask scheduler (or a LocalCluster it started), as a context
    manager; `outcomes` is what ingest._run yields instead of the local pool's."""

    def __init__(self, address: str, ship_files: bool = False) -> None:
        self.address = address
        self.ship_files = ship_files
        self.client = None
        self._local = None

    def __enter__(self) -> Cluster:
        import dask
        from distributed import Client, LocalCluster

        name, _, count = self.address.partition(":")
        if name == LOCAL:
            workers = int(count) if count else (os.cpu_count() or 1)
            if workers < 1:
                raise ValueError(f"--cluster {self.address}: at least one worker")
            with dask.config.set(
                {
                    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                    "distributed.scheduler.worker-saturation": 1.0,
                }
            ):
                self._local = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                )
            self.client = Client(self._local)
        else:
            self.client = Client(self.address, timeout="30s")
        self.client.run_on_scheduler(_scheduler_rules)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self._local is not None:
            self._local.close()

    @property
    def dashboard(self) -> str:
        return self.client.dashboard_link

    def threads(self) -> int:
        return sum(self.client.nthreads().values()) or 1

    def outcomes(
        self,
        pending: list[tuple[str, Path, str]],
        max_pages: int | None,
        reader: str = DEFAULT_READER,
        ocr: str | None = None,
        job: Callable[..., Any] = extract,
    ) -> Iterator:
        """Outcomes as they finish, for (file, path, sha256) in pending: largest files
        first, one in flight per worker thread (each shipped file's bytes are read only
        when its task is submitted)."""
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        from pipeline.ingest.run import CRASH, Outcome

        if len(pending) > 1:  # each worker loads spaCy and the readers once, all at once
            from extractors import warm_up

            self.client.run(warm_up, reader)
        pending = sorted(pending, key=lambda p: -_size(p[1]))
        pending.reverse()  # pop() takes the largest first
        window, looked = self.threads(), time.monotonic()
        tasks: dict[Any, tuple[str, Path, str]] = {}  # future → (file, path, sha256)
        # files whose workers died: tried again alone at the end, since a worker's death is
        # laid on every task it held, and an innocent file may have been queued beside
        suspects: list[tuple[str, Path, str]] = []
        alone = False  # the suspects' pass: one task in flight
        running = as_completed()

        def submit() -> Outcome | None:
            file, path, digest = pending.pop()
            return submit_one(file, path, digest)

        def submit_one(file: str, path: Path, digest: str) -> Outcome | None:
            if self.ship_files:
                try:
                    source: str | bytes = Path(path).read_bytes()
                except OSError as exc:
                    from extractors.files import os_reason

                    return Outcome(file, digest, stage="read", reason=os_reason(exc))
            else:
                source = str(path)
            future = self.client.submit(
                job, file, source, digest, max_pages, reader, ocr, retries=RETRIES, pure=False
            )
            tasks[future] = (file, path, digest)
            running.add(future)
            return None

        try:
            while pending and len(tasks) < window:
                failed = submit()
                if failed is not None:
                    yield failed
            while tasks:
                future = next(running)
                file, path, digest = tasks.pop(future)
                try:
                    outcome = future.result()
                except KilledWorker as exc:
                    outcome = None
                    if alone:  # it was the only file in flight: the deaths were its own
                        reason = (
                            f"the worker processes reading it died ({exc.allowed_failures + 1} "
                            "workers; out of memory?)"
                        )
                        outcome = Outcome(file, digest, stage=CRASH, reason=reason)
                    else:
                        suspects.append((file, path, digest))
                except Exception as exc:  # the task raised twice, or was lost
                    reason = f"{type(exc).__name__}: {exc}"[:200]
                    outcome = Outcome(file, digest, stage="extract", reason=reason)
                future.release()
                if time.monotonic() - looked > WINDOW_EVERY:
                    window, looked = self.threads(), time.monotonic()
                while pending and len(tasks) < window:
                    failed = submit()
                    if failed is not None:
                        yield failed
                while not tasks and not pending and suspects:
                    alone = True  # one at a time now: a death is that file's own
                    failed = submit_one(*suspects.pop())
                    if failed is not None:
                        yield failed
                if outcome is not None:
                    yield outcome
        finally:
            for future in tasks:  # the caller stopped early
                future.cancel()


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
