"""Issue 11 through the API: POST /reports reads bodies with the command line's reader (HTML
parsed, PDFs and binary refused, front matter checked), bodies over the cap are 413, and a bad
static path is a 404."""
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings

KEY = "k"
WRITER = {"X-API-Key": KEY}
BODY = "Martín Vizcarra, Peru's vice-president, visited Las Bambas on 22 October 2016."


@pytest.fixture
def client(memory_store):
    return TestClient(create_app(memory_store, ApiSettings(api_key=KEY, max_body_bytes=20_000)),
                      raise_server_exceptions=False)


def _post(client, content: bytes, media: str):
    return client.post("/reports", content=content, headers={**WRITER, "Content-Type": media})


def test_html_is_parsed_as_the_command_line_parses_it(client, memory_store):
    page = (f"<!doctype html><html lang='en'><head><title>A visit</title></head><body><nav>Menu</nav>"
            f"<article><p>{BODY}</p></article></body></html>").encode()
    response = _post(client, page, "text/html")
    assert response.status_code == 201, response.text
    document = memory_store.get_node(response.json()["document_id"]).properties
    assert document["title"] == "A visit" and document["language"] == "en"
    assert "<" not in document["text"] and "Menu" not in document["text"] and "Vizcarra" in document["text"]


@pytest.mark.parametrize("content,media,status", [
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "application/pdf", 415),
    (b"\x89PNG\r\n\x1a\n" + bytes(400), "image/png", 415),
    (b"\x00\x01\x02\x03binary" * 40, "text/plain", 422),
    (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "text/plain", 422),
    (f"---\npublished: 2016-02-30\n---\n{BODY}".encode(), "text/markdown", 422),
    (f"---\npublished: 2016-10-22garbage\n---\n{BODY}".encode(), "text/markdown", 422),
    (f"---\ntitle: [a, b]\n---\n{BODY}".encode(), "text/markdown", 422),
    (f"---\na: &a [x, x]\nb: [*a, *a]\n---\n{BODY}".encode(), "text/markdown", 422),
    (f"---\ntitle: unclosed\n{BODY}".encode(), "text/markdown", 422),
])
def test_bad_reports_are_refused_and_nothing_is_stored(client, memory_store, content, media, status):
    before = memory_store.counts()
    response = _post(client, content, media)
    assert response.status_code == status, response.text
    assert memory_store.counts() == before


def test_a_bad_date_in_front_matter_names_the_field(client):
    response = _post(client, f"---\npublished: 2016-02-30\n---\n{BODY}".encode(), "text/markdown")
    assert response.json()["detail"][0]["loc"] == ["body", "published"]


def test_a_body_over_the_cap_is_413_with_or_without_a_length(client):
    big = b"x" * 30_000
    assert _post(client, big, "text/markdown").status_code == 413
    chunked = client.post("/reports", content=iter([big[:15_000], big[15_000:]]),
                          headers={**WRITER, "Content-Type": "text/markdown"})
    assert chunked.status_code == 413


@pytest.mark.parametrize("path", ["/explorer/static/%00../../etc/passwd", "/explorer/static/a%00b.js",
                                  "/explorer/static/..%2F..%2F..%2Fetc%2Fpasswd"])
def test_bad_static_paths_are_404(client, path):
    assert client.get(path).status_code == 404
