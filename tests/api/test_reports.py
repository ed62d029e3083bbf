"""POST /reports: a report in, extracted and loaded; on both stores."""
from pathlib import Path

import pytest

pytest.importorskip("loaders.pipeline", reason="POST /reports extracts with loaders/ (loaders.pipeline is missing)")

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "reports" / "2016-10_psg_las-bambas-vizcarra.md"
REPORT = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else None


@pytest.fixture
def empty_client(store, settings):
    from fastapi.testclient import TestClient

    from api.app import create_app

    return TestClient(create_app(store, settings), raise_server_exceptions=False)


@pytest.mark.skipif(REPORT is None, reason=f"the sample report {SAMPLE} is not here")
def test_a_markdown_report_is_extracted_and_loaded_once(empty_client, writer, store):
    response = empty_client.post("/reports", content=REPORT.encode(), headers={**writer, "Content-Type": "text/markdown"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["document_id"].startswith("doc:") and body["nodes_created"] > 5 and body["relationships_created"] > 5
    assert store.get_node(body["document_id"]).properties["title"].startswith("Las Bambas")
    hits = empty_client.get("/entities/search", params={"q": "vizcara"}).json()
    assert hits and hits[0]["name"] == "Martín Vizcarra"
    again = empty_client.post("/reports", content=REPORT.encode(), headers={**writer, "Content-Type": "text/markdown"}).json()
    assert (again["nodes_created"], again["relationships_created"]) == (0, 0)


def test_a_json_report_with_metadata(empty_client, writer):
    text = "Martín Vizcarra, Peru's vice-president, visited Las Bambas on 22 October."
    response = empty_client.post("/reports", json={"text": text, "metadata": {"title": "A visit", "published": "2016-10"}},
                                 headers=writer)
    assert response.status_code == 201, response.text


def test_a_report_with_a_bad_date_is_a_422_naming_the_field(empty_client, writer):
    response = empty_client.post("/reports", json={"text": "Some text.", "metadata": {"published": "22/10/2016"}},
                                 headers=writer)
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "published"]
    missing = empty_client.post("/reports", json={"metadata": {}}, headers=writer)
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "text"]
