"""Work an open of the embedded store puts off (parsing what the first answers do not need) done
by a thread once the store is quiet, so that a first write or page seldom waits for it.

Not at once, where the thread held the interpreter's lock against the open's end, nor at a fixed
time after it, where it collided with the first answers of a server slow to start: once the
store has not been read for PARSE_DELAY, or PARSE_LATEST after the open, reads or not. One job
at a time, each after its own quiet moment (each holds the interpreter's lock for its parse)."""
from __future__ import annotations

import threading
import time
from typing import Callable

PARSE_DELAY = 2.0  # seconds without a read after which a thread does the next job
PARSE_LATEST = 30.0  # seconds after an open by which it does them, reads or not

Job = tuple[Callable[[], bool], Callable[[], None]]  # (is it still to do?, do it)


class Quiet:
    def __init__(self) -> None:
        self.read_at = 0.0  # time.monotonic() of the store's last read (graph/memory_store.py sets it)

    def soon(self, jobs: list[Job]) -> None:
        """Do `jobs` in a thread, each once the store is quiet (those still to do)."""
        jobs = [job for job in jobs if job[0]()]
        if jobs:
            self.read_at = max(self.read_at, time.monotonic())  # the open counts as a read
            self._when_quiet(jobs, time.monotonic() + PARSE_LATEST)

    def _when_quiet(self, jobs: list[Job], latest: float) -> None:
        jobs = [job for job in jobs if job[0]()]
        if not jobs:
            return
        now = time.monotonic()
        if now >= latest or now - self.read_at >= PARSE_DELAY:
            jobs[0][1]()
            self.read_at = max(self.read_at, time.monotonic())  # the next job waits for its own quiet moment
            jobs = jobs[1:]
            now = time.monotonic()
            if not jobs:
                return
        timer = threading.Timer(max(0.0, min(PARSE_DELAY - (now - self.read_at), latest - now)),
                                self._when_quiet, (jobs, latest))
        timer.daemon = True
        timer.start()
