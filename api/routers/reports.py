"""POST /reports: a report is extracted and loaded, in one transaction."""
from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import Store, invalid, require_write
from api.models import ErrorOut, ReportIn, ReportLoaded

router = APIRouter(tags=["reports"])

# Both bodies are documented; the handler reads the raw body since FastAPI binds one type only.
REPORT_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": ReportIn.model_json_schema()},
        "text/markdown": {"schema": {"type": "string", "description": "The report with YAML front matter "
                                                                      "(title, url, publisher, published, language)"}},
        "text/plain": {"schema": {"type": "string"}},
    },
}


async def _report_body(request: Request) -> ReportIn:
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise invalid("text", "the report is not UTF-8 text", "body")
    if request.headers.get("content-type", "").split(";")[0].strip() == "application/json":
        try:
            return ReportIn.model_validate(json.loads(text))
        except json.JSONDecodeError as exc:
            raise invalid("body", f"not JSON: {exc}", "body")
        except ValidationError as exc:
            raise HTTPException(422, [{**e, "loc": ["body", *e["loc"]]} for e in exc.errors(include_url=False, include_context=False)])
    if not text.strip():
        raise invalid("text", "the report is empty", "body")
    return ReportIn(text=text)


@router.post("/reports", response_model=ReportLoaded, status_code=201, dependencies=[Depends(require_write)],
             openapi_extra={"requestBody": REPORT_BODY},
             responses={422: {"model": ErrorOut}, 501: {"model": ErrorOut}})
async def load_report(request: Request, store: Store) -> dict[str, Any]:
    """A report (text with front matter, or JSON with text and metadata) is extracted and loaded;
    loading the same report again adds nothing."""
    body = await _report_body(request)
    return await run_in_threadpool(_load, store, body)


def _load(store, body: ReportIn) -> dict[str, Any]:
    try:
        from loaders.pipeline import default_extractor
        from loaders.read import ReportError, report_from_text
    except ImportError as exc:
        raise HTTPException(501, f"report extraction is not installed on this server ({exc.name} is missing)")
    from minegraph.ingest import stamp_ingested

    try:
        report = report_from_text(body.text, body.metadata)
    except ReportError as exc:
        # ReportError says what is wrong, not where: the publication date is the one metadata field it checks.
        raise invalid("published", exc.problem, "body") if "published" in exc.problem else invalid("text", exc.problem, "body")
    doc = default_extractor().extract(report)
    result = store.write(stamp_ingested(doc, report.text), source=report.doc_id)
    return {"document_id": report.doc_id, "nodes_created": result.nodes_created, "nodes_updated": result.nodes_updated,
            "relationships_created": result.relationships_created,
            "relationships_updated": result.relationships_updated}
