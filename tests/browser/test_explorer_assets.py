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
    for asset, media in [("js/main.js", "text/javascript"), ("explorer.css", "text/css"),
                         ("vendor/cytoscape.min.js", "text/javascript"), ("vendor/cytoscape-dagre.min.js", "text/javascript"),
                         ("vendor/vis-timeline-graph2d.min.js", "text/javascript"),
                         ("vendor/vis-timeline-graph2d.min.css", "text/css")]:
        assert f"/explorer/static/{asset}" in page.text
        answer = http.get(f"/explorer/static/{asset}")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(media), asset
    assert "MIT" in http.get("/explorer/static/vendor/LICENSE.cytoscape").text or \
           "Permission is hereby granted" in http.get("/explorer/static/vendor/LICENSE.cytoscape").text


def test_every_vendored_library_ships_with_its_licence():
    vendor = STATIC / "vendor"
    for name in ["cytoscape", "cytoscape-dagre", "dagre", "graphlib", "vis-timeline"]:
        assert "Permission is hereby granted" in (vendor / f"LICENSE.{name}").read_text()
    assert "Apache License" in (vendor / "LICENSE.swagger-ui").read_text()
    files = [f for f in vendor.rglob("*") if f.is_file()]
    assert not [f for f in files if f.suffix == ".map"]  # only the builds the pages load, no source maps
    assert sum(f.stat().st_size for f in files) < 3_500_000


def test_api_docs_come_from_the_vendored_swagger_ui_and_the_root_redirects(tmp_path):
    http = client(tmp_path)
    docs = http.get("/docs")
    assert docs.status_code == 200 and "/explorer/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert http.get("/explorer/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert http.get("/redoc").status_code == 404
    home = http.get("/", follow_redirects=False)
    assert home.status_code in (302, 307) and home.headers["location"] == "/explorer"


def test_nothing_outside_the_static_folder(tmp_path):
    http = client(tmp_path)
    for path in ["../app.py", "..%2Fapp.py", "%2e%2e/%2e%2e/pyproject.toml", "vendor/../../models.py", "nope.js"]:
        assert http.get(f"/explorer/static/{path}").status_code == 404, path


def test_no_html_built_from_data():
    """Text from reports is only ever inserted as text: the script never parses HTML."""
    modules = sorted((STATIC / "js").glob("*.js"))
    assert len(modules) >= 10
    for module in modules:
        script = module.read_text()
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"]:
            assert sink not in script, (module.name, sink)
