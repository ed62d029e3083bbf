"""Analysts' corrections, written through the ordinary merge so that re-loading keeps them.

A rejected fact is the same relationship written again with `rejected: true` and who, when and
why: the merge keeps the first value of a scalar, so re-loading the report that asserted it
adds its source again but never un-rejects it; answers hide it (graph/queries.py), the store
keeps it for audit. A curated fact carries `curated: true`, so its values win over an
extractor's (graph/merge.py).
"""
from __future__ import annotations

from datetime import datetime, timezone

from graph.document import GraphDocument, Relationship
from graph.queries import InvalidArgument, NotFound, require
from graph.store import GraphStore


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def reject_fact(store: GraphStore, rel_id: str, reason: str, by: str | None = None) -> Relationship:
    rel = store.get_relationship(rel_id)
    if rel is None:
        raise NotFound("fact", rel_id)
    audit = {"rejected": True, "rejected_reason": reason, "rejected_at": _now(), "curated": True,
             **({"rejected_by": by} if by else {})}
    key = {k: v for k, v in rel.properties.items() if k not in ("sources", "evidence", "id")}
    store.write(GraphDocument([], [Relationship(rel.type, rel.start, rel.end, {**key, **audit})]), source=f"reject {rel_id}")
    return store.get_relationship(rel_id)


def add_fact(store: GraphStore, rel_type: str, start: str, end: str, properties: dict, source: str,
             evidence: str, by: str | None = None) -> Relationship:
    require(store, source, "document", "Document")
    for field, node_id in (("start", start), ("end", end)):
        if store.get_node(node_id) is None:
            raise InvalidArgument(field, f"no node with id {node_id!r}")
    props = {**properties, "sources": [source], "evidence": [evidence], "curated": True,
             "extractor": f"curator:{by}" if by else "curator", "confidence": 1.0}
    rel = Relationship(rel_type, start, end, props)
    store.write(GraphDocument([], [rel]), source="curated fact")
    return store.get_relationship(rel.id)
