"""Analysts' Cypher in a child process, so its limits hold whatever the answer is.

Inside one process, a limit can only be checked between records: a single record of 5 million
integers (`RETURN range(1, 5000000)`) arrives whole, takes the driver tens of seconds and
hundreds of MB to decode, and only then meets the time limit and the byte cap. A child process
can be stopped at any instant: the parent kills it at the deadline, refuses a row larger than
the byte cap before reading it, and the child's memory is bounded by the operating system
(RLIMIT_DATA), so a huge record is refused while it is still arriving.

The child runs the query once, in one explicit READ transaction: never retried, so a memory
error (a transient error for the driver) is told to the analyst at once. Each query has a fresh
interpreter, started ahead of it (`_Spare`), so none waits for one to start.
"""
from __future__ import annotations

import atexit
import json
import os
import resource
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time
from typing import Any, BinaryIO

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph.cypher_policy import check_plan
from graph.neo4j_link import CONNECT_TIMEOUT
from graph.store import QueryRefused, StoreUnavailable

# The child's data memory beyond what it holds at start, in multiples of the byte cap (at least
# MIN_MEMORY): a record whose bytes fill it is refused while it arrives, before it is decoded.
MEMORY_PER_CAP_BYTE = 2
MIN_MEMORY = 32 * 2**20
FETCH = 10  # records the driver holds at a time, each at most the byte cap
# A fresh interpreter (`python -m graph.cypher_run`), not a fork of a threaded server, and not
# multiprocessing, whose children import the parent's __main__ again (the whole CLI).
CHILD = [sys.executable, "-m", "graph.cypher_run"]
HEADER = struct.Struct(">cI")  # each message: its kind and its length, then its body
KEYS, ROW, END, REFUSED, DOWN, TOO_BIG = (bytes([k]) for k in b"KRESDB")


def run(target: dict[str, Any], query: str, params: dict[str, Any], timeout: float, row_cap: int,
        byte_cap: int) -> tuple[list[str], list[list[Any]], bool]:
    """The columns, the rows (at most `row_cap`, `byte_cap` bytes of JSON) and whether rows
    were cut off; QueryRefused when the query is refused, fails or outlasts `timeout`."""
    deadline = time.monotonic() + timeout
    memory = max(MIN_MEMORY, MEMORY_PER_CAP_BYTE * byte_cap)
    job = {"target": target, "query": query, "params": params, "timeout": timeout, "memory": memory}
    child = _spare.take()
    try:
        child.stdin.write(json.dumps(job, default=str).encode())
        child.stdin.close()
        try:
            return _answer(_Messages(child.stdout, deadline, timeout), row_cap, byte_cap)
        except _TooBig:
            pass
        except EOFError:
            # The driver's Rust codec (neo4j-rust-ext) aborts the process when an allocation
            # fails, where pure Python raised MemoryError: the same record too big to read.
            if child.wait() != -signal.SIGABRT:
                raise QueryRefused("the query's process ended without an answer") from None
        raise QueryRefused(f"a record of the answer is larger than this server reads ({memory // 2**20} MB "
                           "of memory); return less per row")
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


class _TooBig(Exception):
    """The child ran out of the memory it may use while a record arrived."""


def _answer(messages: _Messages, row_cap: int, byte_cap: int) -> tuple[list[str], list[list[Any]], bool]:
    columns, rows, size = [], [], 0
    while True:
        kind, length = messages.header()
        if kind == ROW and (len(rows) >= row_cap or size + length > byte_cap):
            return columns, rows, True  # the row is not read at all
        body = messages.body(length)
        if kind == ROW:
            size += length
            rows.append(json.loads(body))
        elif kind == KEYS:
            columns = json.loads(body)
        elif kind == END:
            return columns, rows, False
        elif kind == DOWN:
            raise StoreUnavailable(body.decode())
        elif kind == TOO_BIG:
            raise _TooBig
        else:
            raise QueryRefused(body.decode())


class _Spare:
    """One child started ahead, which imports the driver while it waits for its query: a query
    takes it and starts the next, so none waits for an interpreter to start."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.child: subprocess.Popen | None = None
        atexit.register(self.close)

    @staticmethod
    def _start() -> subprocess.Popen:
        return subprocess.Popen(CHILD, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def take(self) -> subprocess.Popen:
        with self.lock:
            child, self.child = self.child, self._start()
        return child if child is not None and child.poll() is None else self._start()

    def close(self) -> None:
        with self.lock:
            if self.child is not None:
                self.child.kill()
                self.child.wait()
                self.child.stdin.close()
                self.child.stdout.close()
                self.child = None


_spare = _Spare()


class _Messages:
    """The child's messages, read as they come, each read bounded by the deadline."""

    def __init__(self, pipe: BinaryIO, deadline: float, timeout: float):
        self.fd, self.deadline, self.timeout = pipe.fileno(), deadline, timeout
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)
        self.buffer = bytearray()

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            if not self.selector.select(max(0.0, self.deadline - time.monotonic())):
                raise QueryRefused(f"the answer took longer than the {self.timeout:g} s allowed")
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        out = bytes(self.buffer[:n])
        del self.buffer[:n]
        return out

    def header(self) -> tuple[bytes, int]:
        return HEADER.unpack(self._read(HEADER.size))

    def body(self, length: int) -> bytes:
        return self._read(length)


def _send(out: BinaryIO, kind: bytes, body: bytes = b"") -> None:
    out.write(HEADER.pack(kind, len(body)) + body)
    out.flush()


def _child(job: dict[str, Any], out: BinaryIO) -> None:
    target, query, params, timeout = job["target"], job["query"], job["params"], job["timeout"]
    limit = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, (_data_in_use() + job["memory"], limit[1]))
    auth = tuple(target["auth"]) if target["auth"] else None
    try:
        with GraphDatabase.driver(target["uri"], auth=auth, connection_timeout=CONNECT_TIMEOUT) as driver, \
                driver.session(database=target["database"], default_access_mode=neo4j.READ_ACCESS,
                               fetch_size=FETCH) as session, \
                session.begin_transaction(timeout=timeout) as tx:
            check_plan(tx.run(f"EXPLAIN {query}", params).consume().plan)
            result = tx.run(query, params)
            _send(out, KEYS, json.dumps(result.keys()).encode())
            for record in result:
                row = [_plain(v) for v in record.values()]
                _send(out, ROW, json.dumps(row, ensure_ascii=False, default=str).encode())
        _send(out, END)
    except BrokenPipeError:  # the parent has all it wants, or gave up
        pass
    except MemoryError:
        _send(out, TOO_BIG)
    except QueryRefused as exc:
        _send(out, REFUSED, str(exc).encode())
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        _send(out, DOWN, f"Neo4j at {target['uri']} is unreachable: {exc}".encode())
    except Neo4jError as exc:
        _send(out, REFUSED, f"Neo4j refused the query ({exc.code}): {exc.message}".encode())


def _data_in_use() -> int:
    """This process's data segment now (what RLIMIT_DATA counts), in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmData in /proc/self/status")


def _plain(value: Any) -> Any:
    """Nodes, relationships and paths as JSON-ready values."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), "properties": dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, "start": value.start_node.get("id"), "end": value.end_node.get("id"),
                "properties": dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


if __name__ == "__main__":
    _child(json.loads(sys.stdin.buffer.read()), sys.stdout.buffer)
