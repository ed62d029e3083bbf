"""Fixtures shared by every test: the two stores, and the real Neo4j server.

`make test` starts Neo4j (scripts/neo4j-local) and exports NEO4J_TEST_URI; NEO4J_URI points the
tests at another server instead. With MINEGRAPH_REQUIRE_NEO4J=1 (as `make test` sets) a missing
or unreachable server fails the run: Neo4j tests never skip silently.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.memory_store import MemoryStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "reports"
GOLD = ROOT / "tests" / "data" / "gold"
STORES = ["memory", "neo4j"]


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_TEST_URI") or os.environ.get("NEO4J_URI")
    if not uri:
        message = "no Neo4j: run the tests with `make test`, or set NEO4J_URI"
        if os.environ.get("MINEGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return uri


@pytest.fixture(scope="session")
def neo4j_session_store(neo4j_uri: str):
    from graph.neo4j_store import Neo4jStore

    store = Neo4jStore(neo4j_uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"),
                       os.environ.get("NEO4J_DATABASE"))
    try:
        store.driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - any failure to connect fails the run alike
        pytest.fail(f"Neo4j at {neo4j_uri} is unreachable: {exc}")
    store.init_schema()
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_session_store):
    neo4j_session_store.clear()
    return neo4j_session_store


@pytest.fixture
def memory_store(tmp_path: Path) -> MemoryStore:
    return MemoryStore(tmp_path / "graph.json")


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest):
    """Every test that takes `store` runs on both stores: the conformance suite."""
    return request.getfixturevalue(f"{request.param}_store")
