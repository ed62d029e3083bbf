"""Brokers and communities over a selected neighbourhood."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Store
from api.models import Brokers
from graph import analytics

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get("/brokers", response_model=Brokers)
def brokers(store: Store, center: Annotated[str, Query(description="A node id: the analysis covers its neighbourhood")],
            depth: Annotated[int, Query(ge=1, le=4)] = 2,
            labels: Annotated[list[str] | None, Query(description="Only nodes with one of these labels (repeat)")] = None,
            limit: Annotated[int, Query(ge=2, le=2000, description="Nodes in the neighbourhood at most")] = 300,
            top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
    """Betweenness and degree centrality and Louvain communities over the neighbourhood of
    `center` (never the whole graph): the brokers between communities, company and state."""
    return analytics.brokers(store, center, depth, labels, limit, top)
