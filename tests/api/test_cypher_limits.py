"""Issue 11: the limits on analysts' Cypher hold whatever the answer is: the time limit covers the
streaming of the rows, a single huge record is refused by a size limit instead of arriving
whole, and a memory error is told at once, not retried."""
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from graph.neo4j_store import Neo4jStore
from graph.store import QueryRefused
from tests.api.relay import Relay

TIMEOUT = 5.0
MARGIN = 2.0  # seconds past the limit, for a loaded machine


@pytest.fixture
def cypher(neo4j_store):
    client = TestClient(create_app(neo4j_store, ApiSettings(cypher_timeout=TIMEOUT)), raise_server_exceptions=False)
    neo4j_store.run_cypher("RETURN 1")  # the first query starts the process the others are forked from

    def ask(query: str) -> tuple[int, dict, float]:
        started = time.monotonic()
        response = client.post("/cypher", json={"query": query})
        return response.status_code, response.json(), time.monotonic() - started
    return ask


def test_rows_that_stream_past_the_time_limit_are_cut_with_a_clear_error(neo4j_store):
    neo4j_store.run_cypher("RETURN 1")
    # Neo4j makes these rows at once (a lazy range); reading them is what takes the time.
    started = time.monotonic()
    with pytest.raises(QueryRefused, match="the answer took longer than the 2 s allowed"):
        neo4j_store.run_cypher("UNWIND range(1, 100000) AS i RETURN range(1, 1000) AS row", timeout=2,
                               row_cap=10**6, byte_cap=10**9)
    assert time.monotonic() - started < 2 + MARGIN


def test_a_query_that_makes_its_rows_slowly_is_cut_at_the_time_limit(cypher):
    status, body, took = cypher("UNWIND range(1, 1000000000) AS i WITH i WHERE i % 1000000 = 0 RETURN i")
    assert status == 400 and ("allowed" in body["detail"] or "timeout" in body["detail"])
    assert took < TIMEOUT + MARGIN


def test_a_single_huge_record_is_refused_by_the_size_limit_while_it_arrives(neo4j_store):
    # A generous time limit: what must stop this record is its size, not the clock.
    client = TestClient(create_app(neo4j_store, ApiSettings(cypher_timeout=60)), raise_server_exceptions=False)
    response = client.post("/cypher", json={"query": "RETURN range(1, 5000000) AS huge"})
    assert response.status_code == 400 and "larger than this server reads" in response.json()["detail"], response.text


def test_a_memory_error_is_told_at_once_not_retried(neo4j_store, neo4j_uri):
    limit = neo4j_store.read("SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' "
                             "RETURN value")[0]["value"]
    if limit in ("0B", "0"):
        pytest.skip("this Neo4j sets no db.memory.transaction.max (scripts/neo4j-local does)")
    relay = Relay(neo4j_uri)  # to count how many times the query is sent
    relay.restore()
    store = Neo4jStore(relay.uri)
    query = ("UNWIND range(1, 100000000) AS i WITH collect([i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i]) AS xs "
             "RETURN size(xs) AS n, 'memory-probe' AS marker")
    try:
        with pytest.raises(QueryRefused, match="MemoryPoolOutOfMemoryError"):
            store.run_cypher(query, timeout=60)
    finally:
        store.close()
        relay.cut()
    assert relay.sent.count(b"memory-probe") == 2  # its EXPLAIN and its one run
