"""Read-only Cypher for analysts, on Neo4j only."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import Settings, Store
from api.models import ErrorOut
from api.request_models import CypherRequest, CypherResult

router = APIRouter(tags=["cypher"])


@router.post("/cypher", response_model=CypherResult,
             responses={400: {"model": ErrorOut, "description": "Neo4j refused the query (a write, a syntax error, "
                                                                 "a timeout)"},
                        501: {"model": ErrorOut, "description": "The embedded store has no Cypher engine"}})
def cypher(store: Store, settings: Settings, body: CypherRequest) -> dict:
    """Runs in a READ access-mode transaction, so Neo4j itself refuses any write, with a timeout
    and a row cap. Values go in `parameters` ($name in the query)."""
    columns, rows, truncated = store.run_cypher(body.query, body.parameters, timeout=settings.cypher_timeout,
                                                row_cap=settings.cypher_row_cap)
    return {"columns": columns, "rows": rows, "truncated": truncated, "row_cap": settings.cypher_row_cap}
