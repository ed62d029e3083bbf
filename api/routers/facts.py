"""Facts: every source behind one relationship, paged (its summary keeps only the first few)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Store
from api.models import ErrorOut, EvidencePage
from api.params import limit_param
from graph.evidence import evidence_page

Limit500 = limit_param(500)

router = APIRouter(prefix="/facts", tags=["facts"], responses={404: {"model": ErrorOut}})


@router.get("/{id}/evidence", response_model=EvidencePage)
def evidence(store: Store, id: str, cursor: Annotated[str | None, Query(description="`next` of the page before")] = None,
             limit: Limit500 = 50) -> dict:
    """Each report that states the fact, with its sentence and the date it saw the fact."""
    return evidence_page(store, id, cursor, limit)
