"""The embedded store's files: a snapshot, a journal of the writes since, and a lock.

- `graph.json` (the snapshot, graph/memory_snapshot.py): a JSON line with its `generation` and
  format, then the graph as the store keeps it in memory, and where each Evidence record is in
  its side file.
- `graph.json.delta` (graph/memory_delta.py): what a save changed since the snapshot, when a
  save did not compact; applied on top of the snapshot whose generation it names as its base.
- `graph.json.journal` holds one JSON line per write, what the write applied, appended and
  fsynced before the write returns: a write acknowledged is a write kept, whatever kills the
  process after. Its first line names its generation and, when a compaction started it, the
  position of the old journal that the new snapshot covers (`follows`): a process that had read
  part of the old journal (kept beside it as `.journal.prev`) reads the rest of it, not the
  whole snapshot again.
- `graph.json.evidence` holds the Evidence records (graph/memory_evidence.py), one line each,
  appended and fsynced by a compaction before it writes the snapshot that refers to them by
  offset (the journal holds the records of the writes since, whole).
- `graph.json.props` holds the bulky properties of nodes and relationships (graph/memory_cold.py),
  one line per element, appended and fsynced by a compaction like the Evidence records. Once
  either side file is mostly dead lines, a compaction copies the live ones to
  `graph.json.props.<generation>` (or `.evidence.<generation>`), which its snapshot names, and
  starts the journal fresh (no `follows`: every other process reads the new snapshot, not the
  rest of the old journal, so none refers to the old file's offsets after); then it removes
  the side files its snapshot does not name, as an open does (graph/memory_side.py).
- `graph.json.lock` serialises writers across processes, one write at a time (a `filelock`):
  `minegraph serve` and a `minegraph load` in another terminal interleave their writes, and
  each sees the other's before writing its own.

Compaction writes a new snapshot (to a `*.tmp` file, then an atomic rename), removes the delta
and starts a new journal; a save writes a new delta the same way and starts a new journal. A
kill between the two leaves a journal the snapshot (or the delta) already covers, which its
generation gives away, and a delta whose base is no longer the snapshot, which is ignored. Leftover `*.tmp` files of a killed compaction are removed on open.
"""
from __future__ import annotations

import gc
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import orjson
from filelock import FileLock, Timeout

from graph.store import StoreError

LOCK_TIMEOUT = 120.0  # seconds a writer waits for another process's write or compaction
COMPACT_MIN_BYTES = 32 * 1024 * 1024  # a journal smaller than this is never worth compacting
COMPACT_RATIO = 0.5  # ...nor one smaller than this share of the snapshot (open = snapshot + journal)

Entry = dict  # one write: {"nodes": [[id, labels, props]], "edges": [[start, end, key, type, props]], "delete": [id]}


@dataclass(frozen=True)
class Position:
    """How far into the files a process has read: the generation and the byte offset in its journal."""
    generation: int
    offset: int


class StoreFiles:
    def __init__(self, path: Path):
        self.path = path
        self.journal = path.with_name(path.name + ".journal")
        self.delta = path.with_name(path.name + ".delta")  # graph/memory_delta.py
        self.previous = path.with_name(path.name + ".journal.prev")
        self.evidence = path.with_name(path.name + ".evidence")  # graph/memory_evidence.py
        self.props = path.with_name(path.name + ".props")  # graph/memory_cold.py
        self.lock = FileLock(path.with_name(path.name + ".lock"), timeout=LOCK_TIMEOUT)
        self.position = Position(0, 0)
        self._seen: tuple | None = None  # stat signature of the files as last read

    # -- what other processes did ------------------------------------------------------------
    def _signature(self) -> tuple:
        def stat(p: Path) -> tuple | None:
            try:
                s = os.stat(p)
            except FileNotFoundError:
                return None
            return s.st_ino, s.st_size, s.st_mtime_ns
        return stat(self.path), stat(self.journal)

    def changed(self) -> bool:
        """Cheap (two stats): has any process written since this one last read the files?"""
        return self._signature() != self._seen

    def held(self):
        """The inter-process lock, with a message naming the file when it cannot be had."""
        try:
            return self.lock.acquire()
        except Timeout as exc:
            raise StoreError(f"{self.path}: another process has held the embedded store's lock "
                             f"({self.lock.lock_file}) for over {LOCK_TIMEOUT:.0f} s") from exc

    def open(self, load_snapshot: Callable[[dict, bytes], None], apply: Callable[[Entry], None],
             load_delta: Callable[[bytes], None]) -> None:
        """Read the snapshot, its delta, and replay the journal (the lock held): the state every
        acknowledged write left."""
        for leftover in self.path.parent.glob(f"{self.path.name}*.tmp"):
            leftover.unlink(missing_ok=True)
        generation = 0
        if self.path.exists():
            with paused_gc():
                try:
                    data, tail = _split(self.path.read_bytes())
                except (OSError, orjson.JSONDecodeError) as exc:
                    raise StoreError(f"{self.path}: cannot read the embedded store: {exc}") from exc
                generation = data.get("generation", 0)
                load_snapshot(data, tail)
                del data, tail
                generation = self._open_delta(generation, load_delta)
        header = self._header(self.journal)
        if header is None or header["generation"] < generation:
            # No journal, or one that a compaction killed before it could start the new one
            # already covers: begin afresh.
            self._start_journal(Position(generation, 0), follows=None)
        elif header["generation"] > generation:
            raise StoreError(f"{self.journal}: the journal continues generation {header['generation']} of the "
                             f"snapshot but {self.path} is generation {generation}: the snapshot was replaced")
        else:
            self.position = Position(generation, len(_line(header)))
            self._replay(self.journal, None, apply)
        self._seen = self._signature()

    def _open_delta(self, base: int, load_delta: Callable[[bytes], None]) -> int:
        """The delta of the snapshot of generation `base`, applied: the generation it brings."""
        try:
            header, body = self.delta.read_bytes().split(b"\n", 1)
            header = orjson.loads(header)
        except FileNotFoundError:
            return base
        except (OSError, ValueError) as exc:
            raise StoreError(f"{self.delta}: cannot read the embedded store's delta: {exc}") from exc
        if header.get("base") != base:
            # Written on a snapshot since replaced by a compaction killed before it removed it.
            self.delta.unlink(missing_ok=True)
            return base
        load_delta(body)
        return header["generation"]

    def catch_up(self, reload: Callable[[], None], apply: Callable[[Entry], None]) -> None:
        """Apply what other processes wrote since this one last read (the lock held)."""
        if not self.changed():
            return
        header = self._header(self.journal)
        at = self.position
        follows = header.get("follows") if header else None
        if header is not None and header["generation"] == at.generation:
            self._replay(self.journal, None, apply)
        elif follows and follows[0] == at.generation and at.offset <= follows[1] \
                and (self._header(self.previous) or {}).get("generation") == at.generation:
            # Another process compacted: the rest of the journal it replaced, then the new one.
            self._replay(self.previous, follows[1], apply)
            self.position = Position(header["generation"], len(_line(header)))
            self._replay(self.journal, None, apply)
        else:
            reload()
            return
        self._seen = self._signature()

    # -- writing ------------------------------------------------------------------------------
    def append(self, entry: Entry) -> None:
        """One write, on disk before this returns (the lock held)."""
        line = orjson.dumps(entry) + b"\n"
        fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND)
        try:
            written = os.write(fd, line)
            if written != len(line):
                raise StoreError(f"{self.journal}: short write ({written} of {len(line)} bytes)")
            os.fsync(fd)
        except BaseException:
            os.ftruncate(fd, self.position.offset)  # nothing half-written stays
            raise
        finally:
            os.close(fd)
        self.position = Position(self.position.generation, self.position.offset + len(line))
        self._seen = self._signature()

    def worth_compacting(self) -> bool:
        journal = self.position.offset
        snapshot = os.stat(self.path).st_size if self.path.exists() else 0
        return journal > max(COMPACT_MIN_BYTES, COMPACT_RATIO * snapshot)

    def next_side(self, kind: str) -> Path:
        """The side file (`kind` "props" or "evidence", graph/memory_side.py) a rewrite for the
        next snapshot makes (a killed one's leftover of that name is overwritten)."""
        return self.path.with_name(f"{self.path.name}.{kind}.{self.position.generation + 1}")

    def remove_unnamed_sides(self, named: set[str]) -> None:
        """Every side file but those `named` by the snapshot on disk removed (the lock held): the
        ones rewrites replaced, or left by a rewrite killed before its snapshot. A process
        still on an older snapshot holds its files open (graph/memory_side.py)."""
        pattern = re.compile(re.escape(self.path.name) + r"\.(props|evidence)(\.\d+)?")
        for side in self.path.parent.glob(f"{self.path.name}.*"):
            if pattern.fullmatch(side.name) and side.name not in named:
                side.unlink(missing_ok=True)

    def compact(self, header: dict, *body: bytes | Callable[[], bytes], fresh: bool = False) -> None:
        """A new snapshot: the line of `header` (with the generation), then `body` (the whole
        graph, graph/memory_snapshot.py, in parts: a function is one made while the parts before
        it are written); then a new journal that says which position
        of the old one the snapshot covers, or, `fresh`, none (the lock held)."""
        covered = self.position
        generation = covered.generation + 1
        _atomic_write(self.path, orjson.dumps({"generation": generation, **header}), b"\n", *body)
        self.delta.unlink(missing_ok=True)  # the snapshot holds it (a kill before: a base gone by)
        self._next_journal(None if fresh else covered, generation)

    def save_delta(self, header: dict, body: bytes) -> None:
        """A new delta (graph/memory_delta.py) on the snapshot on disk, whichever process wrote
        it, then a new journal as after a compaction (the lock held)."""
        covered = self.position
        generation = covered.generation + 1
        base = self._header(self.path)
        if base is None or "generation" not in base:
            raise StoreError(f"{self.path}: no snapshot to save a delta of")
        _atomic_write(self.delta, _line({"generation": generation, "base": base["generation"], **header}), body)
        self._next_journal(covered, generation)

    def _next_journal(self, covered: Position | None, generation: int) -> None:
        if self.journal.exists():
            os.replace(self.journal, self.previous)
        self._start_journal(Position(generation, 0),
                            follows=[covered.generation, covered.offset] if covered else None)
        self._seen = self._signature()

    def _start_journal(self, position: Position, follows: list | None) -> None:
        header = _line({"generation": position.generation, "follows": follows})
        _atomic_write(self.journal, header)
        self.position = Position(position.generation, len(header))

    # -- reading the journal ------------------------------------------------------------------
    @staticmethod
    def _header(path: Path) -> dict | None:
        try:
            with open(path, "rb") as fh:
                first = fh.readline()
        except FileNotFoundError:
            return None
        if not first.endswith(b"\n"):
            return None  # a journal whose creation was killed holds nothing
        return orjson.loads(first)

    def _replay(self, path: Path, until: int | None, apply: Callable[[Entry], None]) -> None:
        """Apply the entries of `path` from this process's offset on (to `until`, or to the last
        whole line: a line cut short is a write that was never acknowledged, and is dropped)."""
        with open(path, "r+b") as fh:
            fh.seek(self.position.offset)
            rest = fh.read() if until is None else fh.read(until - self.position.offset)
            whole = rest.rfind(b"\n") + 1
            if until is None and whole < len(rest):
                fh.truncate(self.position.offset + whole)
        offset = self.position.offset
        for line in _lines(rest[:whole]):
            try:
                apply(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise StoreError(f"{path}: unreadable journal entry at byte {offset}: {exc}") from exc
            offset += len(line)
        self.position = Position(self.position.generation, offset)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a snapshot is read or written: the millions of dicts
    it makes or walks are all alive, and each collection would traverse the whole graph again
    (it tripled open and save). After, what survived is frozen (`gc.freeze`: kept out of every
    later collection): the graph lives as long as the store, and without it the first
    collections after an open walk all of it again (1-2 s in the first write at 5,000
    documents). Its dicts hold no cycles, so reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _split(data: bytes) -> tuple[dict, bytes | memoryview]:
    """A snapshot's first line and the rest: its header and body (graph/memory_snapshot.py), or
    a snapshot of FORMAT 2's document (orjson escapes newlines in strings) and its Evidence
    references. A file of before either, or indented, is one document."""
    end = data.find(b"\n")
    if end >= 0:
        try:  # views, not copies of most of the file (0.3 s at 5,000 documents each)
            return orjson.loads(memoryview(data)[:end]), memoryview(data)[end + 1:]
        except orjson.JSONDecodeError:
            pass
    return orjson.loads(data), b""


def _lines(data: bytes) -> Iterator[bytes]:
    start = 0
    while start < len(data):
        end = data.index(b"\n", start) + 1
        yield data[start:end]
        start = end


def _line(header: dict) -> bytes:
    return orjson.dumps(header) + b"\n"


def _atomic_write(path: Path, *parts: bytes | Callable[[], bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            _write_parts(fh, parts)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _write_parts(fh, parts: tuple[bytes | Callable[[], bytes], ...]) -> None:
    """Each part in order, one after the other, not joined (a copy of the snapshot). A part that
    is a function is made here while a thread writes and fsyncs the parts before it: the disk
    busy while marshal runs (the snapshot's adjacency, graph/memory_snapshot.py)."""
    pending: list[bytes] = []
    for part in parts:
        if not callable(part):
            pending.append(part)
            continue
        failed: list[BaseException] = []
        writer = threading.Thread(target=_write_synced, args=(fh, pending, failed))
        writer.start()
        try:
            made = part()
        finally:
            writer.join()
        if failed:
            raise failed[0]
        pending = [made]
    for data in pending:
        fh.write(data)


def _write_synced(fh, parts: list[bytes], failed: list[BaseException]) -> None:
    try:
        for data in parts:
            fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    except BaseException as exc:  # raised by the caller once the thread ends
        failed.append(exc)
