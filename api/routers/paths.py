"""Shortest paths between two actors."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Store
from api.models import Paths
from graph import queries

router = APIRouter(tags=["graph"])


@router.get("/paths", response_model=Paths)
def paths(store: Store,
          start: Annotated[str, Query(alias="from", description="A node id")],
          end: Annotated[str, Query(alias="to", description="A node id")],
          max_length: Annotated[int, Query(ge=1, le=8)] = 4,
          types: Annotated[list[str] | None, Query(description="Only these relationship types (repeat the parameter)")] = None,
          limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict:
    """Shortest paths between two actors (mentions in documents are not paths), evidence on every edge."""
    return queries.paths(store, start, end, max_length, types, limit)
