"""Commitments: promises, who made them, where, their status."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Store
from api.models import CommitmentOut
from api.params import NodeId, limit_param
from graph import queries

Limit1000 = limit_param(1000)

router = APIRouter(tags=["commitments"])


@router.get("/commitments", response_model=list[CommitmentOut])
def commitments(store: Store,
                status: Annotated[str | None, Query(description="pending, fulfilled, broken, disputed or unknown")] = None,
                by: NodeId = None, limit: Limit1000 = 200) -> list[dict]:
    """Promises, who made them, where (the event and its place), their status."""
    return queries.commitments(store, status, by, limit)
