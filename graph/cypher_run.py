"""Analysts' Cypher in a child process, so its limits hold whatever the answer is.

Inside one process, a limit can only be checked between records: a single record of 5 million
integers (`RETURN range(1, 5000000)`) arrives whole, takes the driver tens of seconds and
hundreds of MB to decode, and only then meets the time limit and the byte cap. A child process
can be stopped at any instant: the parent kills it at the deadline, refuses a row larger than
the byte cap before reading it, and the child's memory is bounded by the operating system
(RLIMIT_DATA), so a huge record is refused while it is still arriving.

The child runs the query once, in one explicit READ transaction: never retried, so a memory
error (a transient error for the driver) is told to the analyst at once.
"""
from __future__ import annotations

import json
import multiprocessing
import resource
import time
from typing import Any

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
# The forkserver forks each child from a small process that has imported the driver: fast, and
# safe in a threaded server (a plain fork would copy its locks mid-use).
CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(["__main__", "neo4j", "graph.cypher_run"])  # each child then skips importing __main__
KEYS, ROW, END, REFUSED, DOWN, TOO_BIG = b"KRESDB"


def run(target: dict[str, Any], query: str, params: dict[str, Any], timeout: float, row_cap: int,
        byte_cap: int) -> tuple[list[str], list[list[Any]], bool]:
    """The columns, the rows (at most `row_cap`, `byte_cap` bytes of JSON) and whether rows
    were cut off; QueryRefused when the query is refused, fails or outlasts `timeout`."""
    deadline = time.monotonic() + timeout
    receiver, sender = CONTEXT.Pipe(duplex=False)
    memory = max(MIN_MEMORY, MEMORY_PER_CAP_BYTE * byte_cap)
    child = CONTEXT.Process(target=_child, args=(sender, target, query, params, timeout, memory), daemon=True)
    child.start()
    sender.close()
    try:
        columns, rows, size = [], [], 0
        while True:
            if not receiver.poll(max(0.0, deadline - time.monotonic())):
                raise QueryRefused(f"the answer took longer than the {timeout:g} s allowed")
            try:
                message = receiver.recv_bytes(maxlength=byte_cap - size + 1)
            except OSError:  # a row longer than the byte cap leaves room for: not read at all
                return columns, rows, True
            except EOFError as exc:
                raise QueryRefused(f"the query's process ended without an answer (exit code {child.exitcode})") from exc
            kind, body = message[0], message[1:]
            if kind == ROW:
                size += len(body)
                if len(rows) >= row_cap or size > byte_cap:
                    return columns, rows, True
                rows.append(json.loads(body))
            elif kind == KEYS:
                columns = json.loads(body)
            elif kind == END:
                return columns, rows, False
            elif kind == DOWN:
                raise StoreUnavailable(body.decode())
            elif kind == TOO_BIG:
                raise QueryRefused(f"a record of the answer is larger than this server reads ({memory // 2**20} MB "
                                   "of memory); return less per row")
            else:
                raise QueryRefused(body.decode())
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


def _child(sender: Any, target: dict[str, Any], query: str, params: dict[str, Any], timeout: float,
           memory: int) -> None:
    used = resource.getrlimit(resource.RLIMIT_DATA)
    resource.setrlimit(resource.RLIMIT_DATA, (_data_in_use() + memory, used[1]))
    try:
        with GraphDatabase.driver(target["uri"], auth=target["auth"], connection_timeout=CONNECT_TIMEOUT) as driver, \
                driver.session(database=target["database"], default_access_mode=neo4j.READ_ACCESS,
                               fetch_size=FETCH) as session, \
                session.begin_transaction(timeout=timeout) as tx:
            check_plan(tx.run(f"EXPLAIN {query}", params).consume().plan)
            result = tx.run(query, params)
            sender.send_bytes(bytes([KEYS]) + json.dumps(result.keys()).encode())
            for record in result:
                row = [_plain(v) for v in record.values()]
                sender.send_bytes(bytes([ROW]) + json.dumps(row, ensure_ascii=False, default=str).encode())
        sender.send_bytes(bytes([END]))
    except BrokenPipeError:  # the parent has all it wants, or gave up
        pass
    except MemoryError:
        sender.send_bytes(bytes([TOO_BIG]))
    except QueryRefused as exc:
        sender.send_bytes(bytes([REFUSED]) + str(exc).encode())
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        sender.send_bytes(bytes([DOWN]) + f"Neo4j at {target['uri']} is unreachable: {exc}".encode())
    except Neo4jError as exc:
        sender.send_bytes(bytes([REFUSED]) + f"Neo4j refused the query ({exc.code}): {exc.message}".encode())


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
