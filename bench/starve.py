#!/usr/bin/env python3
"""Can clients looping slow SQL starve the others? (issue 17, case 15)

    python bench/starve.py DB CORPUS [--clients 3] [--requests 20]

Serves DB with `minutes serve`, starts `clients` threads that each loop a recursive
query running into the 1 s time limit, and meanwhile times `requests` requests of a
table page and of /-/versions.json: their median and worst latency, and how the slow
queries were answered (400: stopped by the time limit, 429: refused at once).
"""

from __future__ import annotations

import argparse
import collections
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SLOW = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--clients", type=int, default=3)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "pipeline", "serve", "--db", str(args.db)]
    server = subprocess.Popen(
        [*command, "--corpus", str(args.corpus), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                get(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.2)
        stop = threading.Event()
        answers: collections.Counter[int] = collections.Counter()
        name = args.db.stem
        slow = f"{base}/{name}.json?" + urllib.parse.urlencode({"sql": SLOW})

        def loop() -> None:
            while not stop.is_set():
                answers[get(slow)] += 1

        threads = [threading.Thread(target=loop) for _ in range(args.clients)]
        for thread in threads:
            thread.start()
        time.sleep(1)
        for path in (f"/{name}/attendees.json?_size=20", "/-/versions.json"):
            seconds = []
            for _ in range(args.requests):
                started = time.perf_counter()
                assert get(base + path) == 200
                seconds.append(time.perf_counter() - started)
            print(
                f"{path}: median {statistics.median(seconds):.3f} s, "
                f"worst {max(seconds):.3f} s ({args.clients} clients looping slow SQL)"
            )
        stop.set()
        for thread in threads:
            thread.join()
        print(f"slow queries answered: {dict(sorted(answers.items()))}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
