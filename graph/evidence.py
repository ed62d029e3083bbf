"""Every source of one fact, page by page, from its Evidence records (graph/provenance.py): the
relationship itself keeps only the first few, so this is where all of them are read."""
from __future__ import annotations

from graph.queries.core import NotFound, document_ref, nodes_by_id
from graph.store import GraphStore


def evidence_page(store: GraphStore, fact_id: str, cursor: str | None = None, limit: int = 50) -> dict:
    """One page of a fact's evidence in a stable order; `next` is the cursor of the page after
    (None on the last one)."""
    records = store.evidence(fact_id, after=cursor, limit=limit + 1)
    if not records and cursor is None and store.get_relationship(fact_id) is None:
        raise NotFound("fact", fact_id)
    page = records[:limit]
    docs = nodes_by_id(store, (e.properties["document"] for e in page))
    items = [{**document_ref(e.properties["document"], docs), "sentence": e.properties.get("sentence"),
              "observed": e.properties.get("observed"), "extractor": e.properties.get("extractor"),
              "confidence": e.properties.get("confidence")} for e in page]
    return {"fact": fact_id, "items": items, "next": page[-1].id if len(records) > limit else None}
