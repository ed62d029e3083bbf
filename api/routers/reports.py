"""POST /reports: a report is extracted and loaded, in one transaction."""
from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import Store, invalid, require_write
from api.models import ErrorOut
from api.request_models import ReportIn, ReportLoaded

router = APIRouter(tags=["reports"])

# Both bodies are documented; the handler reads the raw body since FastAPI binds one type only.
REPORT_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": ReportIn.model_json_schema()},
        "text/markdown": {"schema": {"type": "string", "description": "The report with YAML front matter "
                                                                      "(title, url, publisher, published, language)"}},
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string", "description": "A web page; its text and metadata are read "
                                                                    "as `minegraph load` reads an .html file"}},
    },
}
# Bodies read as text by the reader the command line uses (loaders/read.py); None: by sniffing.
TEXT_TYPES = {"text/markdown": False, "text/x-markdown": False, "text/plain": None, "text/html": True,
              "application/xhtml+xml": True, "": None}


class ReportBody:
    """A request body as the reader takes it: bytes (or JSON text), metadata, and whether HTML."""

    def __init__(self, raw: bytes, metadata: dict | None = None, html: bool | None = None):
        self.raw, self.metadata, self.html = raw, metadata or {}, html


async def _report_body(request: Request) -> ReportBody:
    raw = await request.body()
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json":
        try:
            body = ReportIn.model_validate(json.loads(raw))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise invalid("body", f"not JSON: {exc}", "body")
        except ValidationError as exc:
            raise HTTPException(422, [{**e, "loc": ["body", *e["loc"]]} for e in exc.errors(include_url=False, include_context=False)])
        return ReportBody(body.text.encode("utf-8"), body.metadata)
    if media not in TEXT_TYPES:
        raise HTTPException(415, f"a report is sent as {', '.join(t for t in TEXT_TYPES if t)} or application/json, "
                                 f"not {media} (PDFs are not read: send their text)")
    if not raw.strip():
        raise invalid("text", "the report is empty", "body")
    return ReportBody(raw, html=TEXT_TYPES[media])


@router.post("/reports", response_model=ReportLoaded, status_code=201, dependencies=[Depends(require_write)],
             openapi_extra={"requestBody": REPORT_BODY},
             responses={413: {"model": ErrorOut}, 415: {"model": ErrorOut}, 422: {"model": ErrorOut},
                        501: {"model": ErrorOut}})
async def load_report(request: Request, store: Store) -> dict[str, Any]:
    """A report (text with front matter, or JSON with text and metadata) is extracted and loaded;
    loading the same report again adds nothing."""
    body = await _report_body(request)
    return await run_in_threadpool(_load, store, body)


def _load(store, body: ReportBody) -> dict[str, Any]:
    try:
        from loaders.pipeline import default_extractor
        from loaders.read import ReportError, report_from_bytes
    except ImportError as exc:
        raise HTTPException(501, f"report extraction is not installed on this server ({exc.name} is missing)")
    from minegraph.ingest import stamp_ingested

    try:
        report = report_from_bytes(body.raw, html=body.html, metadata=body.metadata)
    except ReportError as exc:
        raise invalid(exc.field or "text", exc.problem, "body")
    doc = default_extractor().extract(report)
    result = store.write(stamp_ingested(doc, report.text), source=report.doc_id)
    return {"document_id": report.doc_id, "nodes_created": result.nodes_created, "nodes_updated": result.nodes_updated,
            "relationships_created": result.relationships_created,
            "relationships_updated": result.relationships_updated, "warnings": report.warnings}
