"""A neighbourhood, shaped for the explorer."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.answer import json_answer
from api.deps import Store
from api.models import Subgraph
from graph import queries

router = APIRouter(tags=["graph"])


@router.get("/subgraph", response_model=Subgraph)
def subgraph(store: Store, center: Annotated[str, Query(description="A node id")],
             depth: Annotated[int, Query(ge=1, le=4)] = 1,
             labels: Annotated[list[str] | None, Query(description="Only nodes with one of these labels (repeat)")] = None,
             limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Response:
    """The nodes within `depth` steps of `center` and the edges between them."""
    return json_answer(Subgraph, queries.subgraph(store, center, depth, labels, limit))
