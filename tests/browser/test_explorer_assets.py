"""The explorer's page and assets are served from the package, with the vendored libraries'
licences, and nothing outside api/static can be reached through them (no browser needed)."""
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.routers.explorer import STATIC
from graph.memory_store import MemoryStore


def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(MemoryStore(tmp_path / "graph.json")))


def test_page_and_assets(tmp_path):
    http = client(tmp_path)
    page = http.get("/explorer")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for asset, media in [("explorer.js", "text/javascript"), ("explorer.css", "text/css"),
                         ("vendor/cytoscape.min.js", "text/javascript"), ("vendor/cytoscape-dagre.min.js", "text/javascript")]:
        assert f"/explorer/static/{asset}" in page.text
        answer = http.get(f"/explorer/static/{asset}")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(media), asset
    assert "MIT" in http.get("/explorer/static/vendor/LICENSE.cytoscape").text or \
           "Permission is hereby granted" in http.get("/explorer/static/vendor/LICENSE.cytoscape").text


def test_every_vendored_library_ships_with_its_licence():
    vendor = STATIC / "vendor"
    for name in ["cytoscape", "cytoscape-dagre", "dagre", "graphlib"]:
        assert "Permission is hereby granted" in (vendor / f"LICENSE.{name}").read_text()
    assert sum(f.stat().st_size for f in vendor.iterdir()) < 600_000  # small: only the minified builds


def test_nothing_outside_the_static_folder(tmp_path):
    http = client(tmp_path)
    for path in ["../app.py", "..%2Fapp.py", "%2e%2e/%2e%2e/pyproject.toml", "vendor/../../models.py", "nope.js"]:
        assert http.get(f"/explorer/static/{path}").status_code == 404, path


def test_no_html_built_from_data():
    """Text from reports is only ever inserted as text: the script never parses HTML."""
    script = (STATIC / "explorer.js").read_text()
    for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"]:
        assert sink not in script, sink
