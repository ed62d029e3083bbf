"""Analysts' corrections, written through the ordinary merge so that re-loading keeps them.

A rejected fact is the same relationship written again with `rejected: true` and who, when and
why: the merge keeps the first value of a scalar, so re-loading the report that asserted it
adds its source again but never un-rejects it; answers hide it (graph/queries), the store
keeps it for audit. A curated fact carries `curated: true`, so its values win over an
extractor's (graph/merge.py).
"""
from __future__ import annotations

from datetime import datetime, timezone

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from graph.queries import InvalidArgument, NotFound, require
from graph.provenance import evidence_id
from graph.redirects import redirect_id
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


def merge_entities(store: GraphStore, keep_id: str, merge_id: str, reason: str | None = None,
                   by: str | None = None) -> tuple[Node, int]:
    """`merge_id` becomes part of `keep_id`: its name and aliases join the kept node's aliases,
    its relationships move with their provenance, and a Redirect records the merge so that
    re-loading a report that names it lands on the kept node. One transaction."""
    if keep_id == merge_id:
        raise InvalidArgument("merge", "an entity cannot be merged into itself")
    keep = require(store, keep_id, "entity")
    gone = require(store, merge_id, "entity")
    onto = ontology.load()
    if onto.class_of(keep.labels) != onto.class_of(gone.labels):
        raise InvalidArgument("merge", f"{merge_id!r} is a {onto.class_of(gone.labels)}, "
                                       f"{keep_id!r} a {onto.class_of(keep.labels)}: only one class merges")
    here = {merge_id: keep_id}
    moved = [Relationship(r.type, here.get(r.start, r.start), here.get(r.end, r.end),
                          {k: v for k, v in r.properties.items() if k != "id"})
             for r in store.relationships(merge_id, "both")]
    # A relationship between the two would become a loop on the kept node: it is dropped.
    moved = [r for r in moved if r.start != r.end]
    names = [gone.properties.get("name"), *(gone.properties.get("aliases") or [])]
    kept = Node(keep_id, list(keep.labels), {"aliases": [n for n in names if n]})
    # What undoing it needs (graph/split.py): the names, and the Evidence records that move.
    record = Node(redirect_id(merge_id), ["Redirect"], {
        "target": keep_id, "merged_at": _now(), **({"reason": reason} if reason else {}),
        **({"merged_by": by} if by else {}), "names": [n for n in (gone.properties.get("name"),
                                                                    keep.properties.get("name")) if n],
        "aliases": [n for n in names[1:] if n],
        "facts": sorted({r.id for r in moved}),
        "evidence": sorted({evidence_id(r.id, s) for r in moved for s in r.properties.get("sources") or []})})
    store.write(GraphDocument([kept, record], moved), source=f"merge {merge_id} into {keep_id}", delete=(merge_id,))
    return store.get_node(keep_id), len(moved)
