"""One side file of the embedded store (graph/memory_cold.py's properties, graph/memory_evidence.py's
records): JSON lines appended by a compaction or a save (fsynced before the snapshot or delta that
refers to them is written) and read by offset.

Between rewrites a side file only grows: a line replaced or deleted stays, unreferenced. Once
less than LIVE_SHARE of a large file is referenced, a compaction copies the live lines to a new
file named after its snapshot's generation (`copy`), which the snapshot names, and the files no
snapshot names are removed (graph/memory_file.py's `remove_unnamed_sides`, the store's lock
held). A process keeps reading the file of the snapshot it read, removed or not: it holds it
open from that read on (`use`, under the store's lock) until it catches up, which it then does
by reading the new snapshot (graph/memory_file.py starts such a compaction's journal fresh).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from graph.store import StoreError

GAP = 1 << 20  # lines this close in the file are read in one read, not one each
LIVE_SHARE = 0.5  # a side file less referenced than this is rewritten by the next compaction...
REWRITE_MIN_BYTES = 64 << 20  # ...once it is this large
LENGTH = 0xFFFFFFFF
Ref = int  # where a line is: offset << 32 | length (one int, not a pair: one object fewer per element on open)


def ref(offset: int, length: int) -> Ref:
    if length > LENGTH:
        raise StoreError(f"a side file's line of {length} bytes passes 4 GB")
    return offset << 32 | length


class SideFile:
    def __init__(self, path: Path | None):
        self.path = path  # None: a store without files keeps everything in memory
        self._fd: int | None = None  # `path` open for reading since the snapshot naming it was read

    def use(self, path: Path) -> None:
        """The side file a snapshot names, opened now (the store's lock held): another process
        that replaces it later leaves this one reading it."""
        self.close()
        self.path = path
        try:
            self._fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            self._fd = None  # nothing appended yet: opened when first read

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.close()

    def size(self) -> int:
        try:
            return os.stat(self.path).st_size if self.path else 0
        except FileNotFoundError:
            return 0

    def worth_rewriting(self, live: int) -> bool:
        """Are only `live` bytes of a large file still referenced?"""
        size = self.size()
        return size >= REWRITE_MIN_BYTES and live < LIVE_SHARE * size

    def append(self, lines: list[bytes]) -> int:
        """`lines` at the end of the file, fsynced, before this returns (the store's lock held):
        the offset of the first."""
        if self.path is None:
            raise StoreError("a side file's lines to append, but the store has no files")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            offset = os.lseek(fd, 0, os.SEEK_END)
            data = b"".join(lines)
            if data:
                if os.write(fd, data) != len(data):
                    raise StoreError(f"{self.path}: short write")
                os.fsync(fd)
        finally:
            os.close(fd)
        return offset

    def read(self, refs: list[Ref]) -> Iterator[bytes]:
        """The line of each of `refs`, sorted (by offset), reading runs of close lines at once."""
        fd = self._open()
        start = 0
        while start < len(refs):
            end = start + 1
            while end < len(refs) and (refs[end] >> 32) - ((refs[end - 1] >> 32) + (refs[end - 1] & LENGTH)) < GAP:
                end += 1
            base = refs[start] >> 32
            data = os.pread(fd, (refs[end - 1] >> 32) + (refs[end - 1] & LENGTH) - base, base)
            for where in refs[start:end]:
                offset, length = where >> 32, where & LENGTH
                line = data[offset - base:offset - base + length]
                if len(line) != length or not line.endswith(b"\n"):
                    raise StoreError(f"{self.path}: byte {offset} holds no whole line (was the file replaced?)")
                yield line
            start = end

    def read_all(self) -> bytes:
        fd = self._open()
        return os.pread(fd, os.fstat(fd).st_size, 0)

    def copy(self, refs: list[Ref], path: Path) -> list[Ref]:
        """The lines of `refs` (sorted) copied to a new file `path` (fsynced), which is then the
        one in use: their refs in it. The old file is the caller's to remove once a snapshot
        names the new one (the store's lock held)."""
        moved, at = [], 0
        with open(path, "wb") as out:
            for line in self.read(refs):
                moved.append(ref(at, len(line)))
                out.write(line)
                at += len(line)
            out.flush()
            os.fsync(out.fileno())
        self.use(path)
        return moved

    def _open(self) -> int:
        if self.path is None:
            raise StoreError("an element refers to a side file, but the store has no files")
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDONLY)
        return self._fd
