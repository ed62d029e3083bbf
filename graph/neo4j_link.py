"""The Neo4j store's connection: the driver, built to fail fast while the server is down.

A connection attempt gives up after CONNECT_TIMEOUT. Reads run in one attempt (no driver
retries): they take no locks, so the errors a retry cures (deadlocks) never reach them, and the
ones that do (a lost server, a memory limit) are told at once instead of after the retry window.
Writes retry what the server deems transient (concurrent loaders deadlock and a retry cures
it) for WRITE_RETRY_TIME, but not a lost server: that is a fast refusal, not five seconds of
retries. (Writes used to probe the server before each transaction for that; it was a round
trip per document, and the driver already drops a pooled connection the server closed.) Once a
call failed, calls are refused at once and one call in PROBE_EVERY seconds probes again, so the
server's return is noticed within that time.
"""
from __future__ import annotations

import logging
import random
import re
import threading
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph.store import StoreError, StoreUnavailable

CONNECT_TIMEOUT = 1.0
PROBE_EVERY = 2.0
# How long a write retries what the server deems transient (deadlocks between loaders), from a
# first wait of RETRY_DELAY doubled each time (with jitter, so two loaders do not meet again).
WRITE_RETRY_TIME = 5.0
RETRY_DELAY = 0.1
LOST = (ServiceUnavailable, SessionExpired, OSError)
# The writer sets labels and relationship types from data (`SET n:$(row.labels)`,
# graph/cypher/write_*.cypher), which servers before 5.26 cannot parse.
MIN_VERSION = (5, 26)
SERVER_VERSION = "CALL dbms.components() YIELD versions RETURN versions[0] AS version"
# A retried write is logged: it is another writer's lock (graph/bench_write.py counts these,
# so a run sharing its server with another writer does not pass for the writer's own cost).
log = logging.getLogger(__name__)

T = TypeVar("T")


class Neo4jLink:
    """The driver and what the store knows of the server's state; Neo4jStore's plumbing."""

    def __init__(self, uri: str, auth: tuple[str, str] | None, database: str | None):
        self.uri = uri
        self.auth = auth
        self.database = database or None
        self.driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=CONNECT_TIMEOUT,
                                           connection_acquisition_timeout=CONNECT_TIMEOUT * 5)
        self._down_since: float | None = None  # monotonic time of the last failed attempt
        self._probe = threading.Lock()

    def require_version(self) -> None:
        """Refuse, in one line, a server too old for the writer's Cypher (at `init-db`, not at the
        first report a load writes)."""
        with self._session(neo4j.READ_ACCESS) as session:
            version = session.run(SERVER_VERSION).single()["version"]
        if too_old(version):
            raise StoreError(f"Neo4j {version} at {self.uri} is too old: minegraph needs Neo4j "
                             f"{'.'.join(map(str, MIN_VERSION))} or later (or Aura)")

    @contextmanager
    def _session(self, access: str = neo4j.WRITE_ACCESS, **config: Any) -> Iterator[neo4j.Session]:
        """A session whose loss of the server surfaces as StoreUnavailable (the API's 503). While
        the server is known down, only the probe (one call per PROBE_EVERY) reaches the driver."""
        self._refuse_while_down()
        try:
            if access == neo4j.WRITE_ACCESS:
                self.driver.verify_connectivity()  # one RESET, or a connection bounded by CONNECT_TIMEOUT
            with self.driver.session(database=self.database, default_access_mode=access, **config) as session:
                yield session
        except LOST as exc:
            self._down_since = time.monotonic()
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        self._down_since = None

    def _write(self, work: Callable[..., T], *args: Any) -> T:
        """`work(tx, *args)` in one managed WRITE transaction, retried as the module's docstring
        says: the driver's own retries are off (a negative retry time: one attempt per call)."""
        self._refuse_while_down()
        deadline, delay = time.monotonic() + WRITE_RETRY_TIME, RETRY_DELAY
        while True:
            try:
                with self.driver.session(database=self.database, max_transaction_retry_time=-1) as session:
                    result = session.execute_write(work, *args)
            except LOST as exc:
                self._down_since = time.monotonic()
                raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
            except Neo4jError as exc:
                if not exc.is_retryable() or time.monotonic() + delay > deadline:
                    raise
                log.warning("write retried in %.1f s: %s", delay, exc.code)
                time.sleep(delay * random.uniform(0.8, 1.2))
                delay *= 2
                continue
            self._down_since = None
            return result

    def _read_once(self, work: Callable[..., T], *args: Any, **config: Any) -> T:
        """`work(tx, *args)` in one READ transaction, tried once (see the module's docstring)."""
        with self._session(neo4j.READ_ACCESS, **config) as session, session.begin_transaction() as tx:
            return work(tx, *args)

    def _refuse_while_down(self) -> None:
        down_since = self._down_since
        if down_since is None:
            return
        if time.monotonic() - down_since < PROBE_EVERY or not self._probe.acquire(blocking=False):
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable (down since {time.monotonic() - down_since:.0f} s "
                                   "ago; trying again every few seconds)")
        try:
            self.driver.verify_connectivity()
        except LOST as exc:
            self._down_since = time.monotonic()
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        finally:
            self._probe.release()
        self._down_since = None

    def close(self) -> None:
        self.driver.close()


def too_old(version: str) -> bool:
    """Whether a server version ("5.20.0", "2025.01.0") comes before MIN_VERSION."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2]) < MIN_VERSION
