"""Worker processes for ingest: each reads one file at a time, so a worker that dies
(the kernel's OOM killer, `kill -9`) fails only the file it was reading; a new worker
takes its place and the rest of the batch goes on.

Workers are forked (they share the modules and the spaCy pipeline loaded before) and
die with the process that started them, so a killed ingest leaves none behind.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.ingest.guard import die_with_parent, limit_memory

Task = tuple  # the arguments of one call of the job


@dataclass
class Died:
    """A task whose worker died before answering: how it ended."""

    task: Task
    exitcode: int | None

    @property
    def reason(self) -> str:
        code = self.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            hint = " (out of memory?)" if -code in (signal.SIGKILL, signal.SIGABRT) else ""
            return f"the worker process reading it was killed by {name}{hint}"
        return f"the worker process reading it died (exit code {code})"


class _Worker:
    def __init__(self, context, job: Callable[..., Any], memory: int | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, job, os.getpid(), memory), daemon=True
        )
        self.process.start()
        child.close()
        self.task: Task | None = None

    def give(self, task: Task) -> None:
        self.task = task
        self.conn.send(task)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run(
    tasks: Iterable[Task],
    job: Callable[..., Any],
    workers: int,
    memory: int | None = None,
) -> Iterator[Any | Died]:
    """job(*task) for every task, in `workers` processes; answers as they come, a `Died`
    for a task whose worker died. `memory` caps each worker's address space (bytes over
    what it shares with this process when forked)."""
    queue = list(tasks)
    queue.reverse()  # pop() from the end takes them in the order given
    context = multiprocessing.get_context("fork")
    pool = [_Worker(context, job, memory) for _ in range(min(workers, len(queue)))]
    try:
        for worker in pool:
            worker.give(queue.pop())
        while any(w.task is not None for w in pool):
            busy = {w.conn: w for w in pool if w.task is not None}
            sentinels = {w.process.sentinel: w for w in busy.values()}
            for ready in wait([*busy, *sentinels]):
                worker = busy.get(ready) or sentinels[ready]
                if worker.task is None:  # answered already in this round
                    continue
                try:
                    answer = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):
                    answer = None
                if answer is None:  # dead: its file fails, a new worker goes on
                    worker.process.join()
                    task = worker.task
                    worker.task = None
                    pool.remove(worker)
                    worker.conn.close()
                    yield Died(task, worker.process.exitcode)
                    if queue:
                        worker = _Worker(context, job, memory)
                        pool.append(worker)
                        worker.give(queue.pop())
                    continue
                worker.task = None
                if queue:
                    worker.give(queue.pop())
                yield answer
    finally:
        for worker in pool:
            if worker.task is not None:  # the caller stopped early
                worker.process.kill()
            worker.stop()


def _serve(conn: Connection, job: Callable[..., Any], parent: int, memory: int | None) -> None:
    die_with_parent(parent)
    if memory is not None:
        limit_memory(memory, over_current=True)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(job(*task))
