"""The embedded store's locks, as decorators of its methods: API threads read together, a write
waits for them and holds the other processes' lock (graph/memory_file.py). A method called from
inside another locked one runs straight away (the depth is per thread), so nothing waits for
itself."""
from __future__ import annotations

import functools
import threading
from contextlib import nullcontext

from readerwriterlock import rwlock


class Depth(threading.local):
    depth = 0  # how deep this thread is inside the store's locked methods


def new_lock() -> rwlock.RWLockRead:
    return rwlock.RWLockRead()  # readers first: a read inside a read never waits


def reads(method):
    """Under the read lock, after catching up with other processes (once per outermost call)."""
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        if self._inside.depth:
            return method(self, *args, **kwargs)
        self._catch_up()
        with self._lock.gen_rlock():
            self._inside.depth += 1
            try:
                return method(self, *args, **kwargs)
            finally:
                self._inside.depth -= 1
    return locked


def writes(method):
    """Under the write lock and the other processes' lock, on the graph as they left it."""
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        if self._inside.depth:
            return method(self, *args, **kwargs)
        with self._lock.gen_wlock(), (self.files.held() if self.files else nullcontext()):
            self._inside.depth += 1
            try:
                if self.files:
                    self.files.catch_up(self._reopen, self._apply_entry)
                return method(self, *args, **kwargs)
            finally:
                self._inside.depth -= 1
    return locked
