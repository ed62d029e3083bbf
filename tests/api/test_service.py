"""Keys, errors and docs: what every endpoint shares."""
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from graph.store import StoreUnavailable
from tests.api.fixtures import VIZCARRA, load


def test_writes_are_refused_when_no_key_is_configured(store):
    client = TestClient(create_app(store, ApiSettings()))
    response = client.post("/reports", content="---\ntitle: x\n---\nText.", headers={"Content-Type": "text/markdown"})
    assert response.status_code == 403
    assert "MINEGRAPH_API_KEY" in response.json()["detail"]


def test_writes_need_the_configured_key(client):
    response = client.post("/reports", json={"text": "Text."}, headers={"X-API-Key": "wrong"})
    assert response.status_code == 401


def test_reads_are_open_by_default_and_closable(store):
    load(store)
    open_client = TestClient(create_app(store, ApiSettings()))
    assert open_client.get(f"/entities/{VIZCARRA}").status_code == 200
    closed = TestClient(create_app(store, ApiSettings(api_key="w", read_key="r")))
    assert closed.get(f"/entities/{VIZCARRA}").status_code == 401
    assert closed.get(f"/entities/{VIZCARRA}", headers={"X-API-Key": "r"}).status_code == 200
    assert closed.get(f"/entities/{VIZCARRA}", headers={"X-API-Key": "w"}).status_code == 200


def test_a_store_that_is_unreachable_is_a_503_with_retry_after_and_recovers(client, store, monkeypatch):
    def down(*args, **kwargs):
        raise StoreUnavailable("Neo4j at bolt://x is unreachable: connection refused")

    monkeypatch.setattr(store, "get_nodes", down)
    if store.kind == "neo4j":
        monkeypatch.setattr(store, "read", down)  # a question's own query
    response = client.get(f"/entities/{VIZCARRA}")
    assert response.status_code == 503 and response.headers["Retry-After"].isdigit()
    assert "bolt://" not in response.text  # where the database lives is the server's business
    monkeypatch.undo()
    assert client.get(f"/entities/{VIZCARRA}").status_code == 200


def test_an_unexpected_error_is_a_500_without_a_stack_trace(client, monkeypatch):
    from graph import queries

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "entity", broken)
    response = client.get(f"/entities/{VIZCARRA}")
    assert response.status_code == 500
    assert "secret internals" not in response.text and "Traceback" not in response.text


def test_openapi_docs_are_generated_from_the_types(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/entities/search", "/entities/{id}/chain-of-command", "/visits", "/cypher", "/reports"} <= set(spec["paths"])
    assert "ChainOfCommand" in spec["components"]["schemas"]


def test_an_unreachable_neo4j_is_a_503(neo4j_store):
    from graph.neo4j_store import Neo4jStore

    down = Neo4jStore("bolt://127.0.0.1:9")
    response = TestClient(create_app(down, ApiSettings())).get(f"/entities/{VIZCARRA}")
    down.close()
    assert response.status_code == 503 and "Retry-After" in response.headers
