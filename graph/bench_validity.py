"""Whether a write-benchmark mode ran alone (graph/bench_write.py): a mode whose units waited on
another writer's locks, or shared its database with another client, measures something else than
the writer's cost, so the bench prints it NOT VALID."""
from __future__ import annotations

import logging
from collections import Counter
from contextlib import contextmanager
from typing import Iterator

from graph.neo4j_store import Neo4jStore

# The loggers whose warnings mean a unit's time holds another writer's locks: the writer's retries
# and bulk fallbacks (graph/neo4j_link.py, graph/neo4j_store.py), the driver's retries (baseline).
RETRY_LOGGERS = ("graph", "neo4j.session")
DOCUMENTS_BY_SIDE = ("MATCH (d:Document) RETURN count(d) AS total, count(CASE WHEN d.id STARTS WITH $ours THEN 1 END) "
                     "AS ours, count(CASE WHEN d.id STARTS WITH $raw THEN 1 END) AS raw")


class Warnings(logging.Handler):
    """Counts the warnings of RETRY_LOGGERS by logger."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.seen[record.name] += 1


@contextmanager
def retries_watched() -> Iterator[Counter[str]]:
    handler = Warnings()
    loggers = [logging.getLogger(name) for name in RETRY_LOGGERS]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.seen
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def interference(store: Neo4jStore, retries: Counter[str], expected: int, ours: str, raw: str) -> list[str]:
    """What says a mode's units did not run alone: retries, and reports in the database other
    than the `expected` of each side (ids under doc:`ours` and doc:`raw`)."""
    found = [f"{n} warnings from {name} (retried writes or bulk fallbacks)" for name, n in sorted(retries.items())]
    with store.driver.session(database=store.database) as session:
        docs = session.run(DOCUMENTS_BY_SIDE, ours=f"doc:{ours}", raw=f"doc:{raw}").single()
    if docs["ours"] != expected or docs["raw"] != expected or docs["total"] != 2 * expected:
        found.append(f"{docs['total']} reports stored, {docs['ours']} and {docs['raw']} of the two sides' "
                     f"{expected} each (another client wrote or cleared the database)")
    return found
