"""Graphs from before Evidence records (HELPERS.md "Provenance records"), brought up to date,
and an embedded graph moved into Neo4j.

`migrate` gives every relationship that still keeps all its sources in lists one Evidence node
per source and the bounded summary; it is idempotent (a migrated relationship has
`source_count`). `copy` writes a store's nodes and relationships into another exactly as they
are, Evidence included.
"""
from __future__ import annotations

from dataclasses import dataclass

from graph.document import GraphDocument, Node, Relationship
from graph.provenance import SUMMARY, records, summarise
from graph.store import GraphStore


@dataclass
class MigrateResult:
    relationships: int = 0
    evidence: int = 0


def _migrated(batch: list[Relationship], published: dict[str, str | None]) -> GraphDocument:
    nodes, rels = [], []
    for rel in batch:
        rel_id = rel.properties.get("id") or rel.id
        fresh = records(rel_id, rel.type, rel.properties, published)
        nodes += [Node(r["id"], ["Evidence"], r) for r in fresh]
        kept = {k: v for k, v in rel.properties.items() if k not in SUMMARY}
        rels.append(Relationship(rel.type, rel.start, rel.end, summarise({**kept, "id": rel_id}, fresh)))
    return GraphDocument(nodes, rels)


def migrate(store: GraphStore) -> MigrateResult:
    """One transaction per batch of relationships the store exports."""
    out = MigrateResult()
    for batch in store.export():
        todo = [r for r in batch.relationships if "source_count" not in r.properties]
        if not todo:
            continue
        doc_ids = sorted({s for r in todo for s in r.properties.get("sources") or []})
        published = {n.id: n.properties.get("published") for n in store.get_nodes(doc_ids)}
        doc = _migrated(todo, published)
        store.put(doc)
        out.relationships += len(doc.relationships)
        out.evidence += len(doc.nodes)
    return out


def copy(source: GraphStore, target: GraphStore) -> int:
    """Every node, then every relationship, of `source` into `target` unchanged; returns how
    many batches were written (each in one transaction)."""
    batches = 0
    with target.batch():
        for batch in source.export():
            target.put(batch)
            batches += 1
    return batches
