"""Issue 11, availability: with Neo4j down every request is a fast 503, the first one included,
and the server's return is noticed within PROBE_EVERY. "Down" is a port nothing listens on, and
a real Neo4j behind a TCP relay the test cuts and restores (a server lost while in use)."""
import socket
import time

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from graph.document import GraphDocument, Node
from graph.neo4j_link import PROBE_EVERY
from graph.neo4j_store import Neo4jStore
from graph.store import StoreUnavailable
from tests.api.relay import Relay

FAST = 0.5  # seconds: well under the driver's retry window (5 s) and the connect timeout (1 s)


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _timed(call):
    started = time.monotonic()
    try:
        result = call()
    except StoreUnavailable:
        result = 503
    return result, time.monotonic() - started


def _search(client: TestClient) -> int:
    return client.get("/entities/search", params={"q": "x"}).status_code


def test_a_neo4j_down_from_the_start_is_a_fast_503_from_the_first_request():
    store = Neo4jStore(f"bolt://127.0.0.1:{_free_port()}")
    client = TestClient(create_app(store, ApiSettings()), raise_server_exceptions=False)
    for _ in range(3):
        status, took = _timed(lambda: _search(client))
        assert status == 503 and took < FAST
    store.close()


def test_a_neo4j_lost_while_in_use_is_a_fast_503_for_reads_and_writes_and_its_return_is_noticed(neo4j_store, neo4j_uri):
    relay = Relay(neo4j_uri)
    relay.restore()
    store = Neo4jStore(relay.uri)
    client = TestClient(create_app(store, ApiSettings()), raise_server_exceptions=False)
    try:
        assert _search(client) == 200  # the driver now holds pooled connections through the relay
        relay.cut()
        status, took = _timed(lambda: _search(client))
        assert status == 503 and took < FAST, f"first read after the loss: {status} in {took:.2f} s"
        store._down_since = None  # as if the read had not happened: a write is the first to find out
        doc = GraphDocument([Node("person:relay-probe", ["Person"], {"name": "Relay Probe"})], [])
        status, took = _timed(lambda: store.write(doc))
        assert status == 503 and took < FAST, f"first write after the loss: {status} in {took:.2f} s"
        relay.restore()
        back = time.monotonic()
        while _search(client) != 200:
            assert time.monotonic() - back < PROBE_EVERY + 1, "the server's return was not noticed"
            time.sleep(0.05)
    finally:
        store.close()
        relay.cut()
