"""POST /cypher: read-only, parameterised, capped; Neo4j refuses writes; 501 on the embedded store."""
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from tests.api.fixtures import LUQUE, VISIT, load

ATTENDEES = ("MATCH (p:Person)-[r:PARTICIPATED_IN]->(v:Visit {id: $visit}) "
             "RETURN p.name AS name, r.role AS role ORDER BY name")


def test_cypher_on_the_embedded_store_is_a_501_that_explains(memory_store):
    load(memory_store)
    response = TestClient(create_app(memory_store, ApiSettings())).post("/cypher", json={"query": "RETURN 1"})
    assert response.status_code == 501 and "Neo4j" in response.json()["detail"]


def test_cypher_with_parameters(neo4j_store):
    load(neo4j_store)
    client = TestClient(create_app(neo4j_store, ApiSettings()))
    body = client.post("/cypher", json={"query": ATTENDEES, "parameters": {"visit": VISIT}}).json()
    assert body["columns"] == ["name", "role"]
    assert body["rows"] == [["Martín Vizcarra", "leader"], ["Rolando Luque", "accompanying"]]
    assert body["truncated"] is False


def test_a_write_through_cypher_is_refused_by_neo4j(neo4j_store):
    load(neo4j_store)
    client = TestClient(create_app(neo4j_store, ApiSettings(api_key="k")))
    before = neo4j_store.counts()
    response = client.post("/cypher", json={"query": "MATCH (p:Person {id: $id}) DETACH DELETE p",
                                            "parameters": {"id": LUQUE}}, headers={"X-API-Key": "k"})
    assert response.status_code == 400
    assert "not a plain read" in response.json()["detail"] and "DetachDelete" in response.json()["detail"]
    assert neo4j_store.counts() == before


def test_rows_beyond_the_cap_are_cut_off_and_said_so(neo4j_store):
    load(neo4j_store)
    client = TestClient(create_app(neo4j_store, ApiSettings(cypher_row_cap=3)))
    body = client.post("/cypher", json={"query": "UNWIND range(1, 10) AS n RETURN n"}).json()
    assert body["rows"] == [[1], [2], [3]] and body["truncated"] and body["row_cap"] == 3


def test_a_cypher_syntax_error_is_a_400_with_neo4js_message(neo4j_store):
    client = TestClient(create_app(neo4j_store, ApiSettings()))
    response = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert response.status_code == 400 and "SyntaxError" in response.json()["detail"]


def test_an_empty_query_is_a_422_naming_the_field(memory_store):
    response = TestClient(create_app(memory_store, ApiSettings())).post("/cypher", json={"query": ""})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "query"]
