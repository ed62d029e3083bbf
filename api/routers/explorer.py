"""The graph explorer and the API docs: static pages and their assets, shipped inside the
package (api/static), so both work with no network (Swagger UI is vendored, not a CDN's)."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

STATIC = Path(__file__).resolve().parent.parent / "static"
MEDIA = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".png": "image/png", ".md": "text/plain",
         ".txt": "text/plain; charset=utf-8"}
SWAGGER = "/explorer/static/vendor/swagger-ui"

router = APIRouter(tags=["explorer"], include_in_schema=False)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/explorer")


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(openapi_url=request.app.openapi_url, title=f"{request.app.title} API",
                               swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js", swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                               swagger_favicon_url="data:,")


@router.get("/explorer")
def explorer() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


@router.get("/explorer/static/{path:path}")
def asset(path: str) -> FileResponse:
    # A NUL byte (%00) or a name the file system cannot take is no asset either: 404, not 500.
    try:
        file = (STATIC / path).resolve()
        found = file.is_file()
    except (ValueError, OSError):
        raise HTTPException(404, f"no explorer asset {path!r}") from None
    # Only files inside api/static: "../" in the path must not reach the rest of the disk.
    licence = file.name.startswith("LICENSE")  # the vendored libraries' licences, readable too
    if not found or STATIC not in file.parents or not (file.suffix in MEDIA or licence):
        raise HTTPException(404, f"no explorer asset {path!r}")
    return FileResponse(file, media_type="text/plain; charset=utf-8" if licence else MEDIA[file.suffix])
