"""Issue 11: analysts' Cypher runs only when its EXPLAIN plan is a plain read (the allowlist in
graph/cypher_allowlist.yaml); answers are capped in bytes as in rows."""
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from tests.api.fixtures import load

HOSTILE = [
    "LOAD CSV FROM 'http://127.0.0.1:9/secret' AS row RETURN row",
    "SHOW TRANSACTIONS YIELD parameters RETURN parameters",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW USERS",
    "SHOW DATABASES",
    "CREATE USER eve SET PASSWORD 'password123'",
    "STOP DATABASE neo4j",
    "CALL dbms.listConfig()",
    "CALL dbms.listConnections()",
    "CALL db.clearQueryCaches()",
    "CALL dbms.killQueries(['query-1'])",
    "CALL db.createLabel('Evil')",
    "CALL { LOAD CSV FROM 'http://127.0.0.1:9/' AS row RETURN row } RETURN row",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    "MATCH (n) DETACH DELETE n",
    "CREATE (n:Person {id: 'person:x'}) RETURN n",
    "MATCH (n) SET n.x = 1 RETURN n",
    "CREATE INDEX evil FOR (n:Person) ON (n.x)",
    "SHOW PROCEDURES",
]
ALLOWED = [
    "MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT 3",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "MATCH (a:Person)-[r*1..2]-(b) RETURN count(*) AS n",
    "MATCH p = shortestPath((a:Person)-[*..4]-(b:Place)) RETURN length(p) LIMIT 1",
    "UNWIND range(1, 3) AS i WITH i WHERE EXISTS { MATCH (:Person) } RETURN collect(i)",
    "CALL db.index.fulltext.queryNodes('entity_names', 'vizcarra') YIELD node RETURN node.id",
]


@pytest.fixture
def client(neo4j_store):
    load(neo4j_store)
    return TestClient(create_app(neo4j_store, ApiSettings(api_key="k")), raise_server_exceptions=False)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_refused_before_they_run(client, neo4j_store, query):
    before = neo4j_store.counts()
    response = client.post("/cypher", json={"query": query}, headers={"X-API-Key": "k"})
    assert response.status_code == 400, response.text
    assert neo4j_store.counts() == before


@pytest.mark.parametrize("query", ALLOWED)
def test_plain_reads_and_listed_procedures_run(client, neo4j_store, query):
    if "fulltext" in query:
        query = query.replace("entity_names", neo4j_store.onto.fulltext["name"])
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 200, response.text


def test_an_answer_is_capped_in_bytes_not_only_rows(neo4j_store):
    columns, rows, truncated = neo4j_store.run_cypher("UNWIND range(1, 200) AS i RETURN range(1, 10000) AS big",
                                                      row_cap=1000, byte_cap=1_000_000)
    assert truncated and 0 < len(rows) < 30
