"""Documents: each report, and everything read from it."""
from __future__ import annotations

from fastapi import APIRouter

from api.deps import Store
from api.models import DocumentDetail, DocumentSummary
from api.params import DateFrom, DateTo, limit_param
from graph import queries

Limit1000 = limit_param(1000)

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=list[DocumentSummary])
def documents(store: Store, date_from: DateFrom = None, date_to: DateTo = None, limit: Limit1000 = 200) -> list[dict]:
    """Loaded reports, latest published first (`from`/`to` bound the publication date)."""
    return queries.documents(store, date_from, date_to, limit)


@router.get("/{id}", response_model=DocumentDetail)
def document(store: Store, id: str) -> dict:
    """A report, its text, the nodes it mentions and every fact read from it."""
    return queries.document(store, id)
