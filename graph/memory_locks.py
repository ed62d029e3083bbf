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
    """Under the read lock, after catching up with other processes (once per outermost call),
    on the whole graph: its adjacency parsed first, if an open left it for later
    (graph/memory_adjacency.py)."""
    return _reading(method, whole=True)


def reads_nodes(method):
    """`reads` for a method that reads only the graph's nodes, its index and its Evidence
    records: it never waits for the adjacency's parse."""
    return _reading(method, whole=False)


def _reading(method, whole: bool):
    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        if self._inside.depth:
            if whole:  # inside a method that reads nodes only, too
                self._adjacency.ready()
            return method(self, *args, **kwargs)
        self._catch_up()
        with self._lock.gen_rlock():
            if whole:  # under the lock: no catching up can reopen the files between
                self._adjacency.ready()
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
                self._adjacency.ready()  # every write may walk or change relationships
                return method(self, *args, **kwargs)
            finally:
                self._inside.depth -= 1
    return locked
