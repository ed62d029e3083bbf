"""A neighbourhood: the nodes within a few steps of one, and every relationship between them.

On Neo4j one query walks it (neighbourhood.cypher, a step per level); in memory the store
primitives walk the same breadth-first steps, in id order at each step.
"""
from __future__ import annotations

from graph.document import Node, Relationship
from graph.queries import core
from graph.queries.core import check_label, documents_of, edge_out, node_of, node_out, rel_key, rel_of, rels, require
from graph.store import GraphStore


def _walk_types(with_documents: bool) -> list[str]:
    return [t for t in core.onto().relationships if with_documents or t != "MENTIONED_IN"]


def _neo4j(store, center: str, depth: int, labels: list[str] | None, limit: int,
           with_documents: bool) -> tuple[dict[str, Node], list[Relationship], bool, dict[str, Node]]:
    label = core.label_of(center)
    types = core.type_pattern(_walk_types(with_documents))
    steps = "\n".join([core.cypher_text("neighbourhood_step")] * depth)
    rows = core.run(store, "neighbourhood", {"steps": steps, "label": label or "`Entity`", "types": types},
                    id=center, labels=labels, limit=limit) if label else []
    if not rows or not rows[0]["nodes"]:
        raise core.NotFound("node", center)
    docs = core.documents_in(rows[0]["docs"])
    nodes = {n["id"]: node_of(n) for n in rows[0]["nodes"]}
    edges = {rel_key(r): r for group in rows[0]["rels"] for r in (rel_of(row) for row in group)}
    return nodes, list(edges.values()), rows[0]["truncated"], docs


def _memory(store: GraphStore, center: str, depth: int, labels: list[str] | None, limit: int,
            with_documents: bool) -> tuple[dict[str, Node], list[Relationship], bool]:
    types = _walk_types(with_documents)
    nodes = {center: require(store, center, "node")}
    frontier, truncated = [center], False
    for _ in range(depth):
        reached = {r.end if r.start == node_id else r.start for node_id in frontier for r in rels(store, node_id)
                   if r.type in types} - set(nodes)
        fetched = [n for n in store.get_nodes(sorted(reached)) if not labels or set(labels) & set(n.labels)]
        room = max(limit - len(nodes), 0)
        if len(fetched) > room:
            fetched, truncated = fetched[:room], True
        nodes.update((n.id, n) for n in fetched)
        frontier = [n.id for n in fetched]
        if not frontier:
            break
    edges = {rel_key(r): r for node_id in nodes for r in rels(store, node_id, "out")
             if r.type in types and r.end in nodes}
    return nodes, list(edges.values()), truncated


def neighbourhood(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
                  limit: int = 100, with_documents: bool = False) -> tuple[dict[str, Node], list[Relationship], bool]:
    """The nodes within `depth` steps of `center` (at most `limit`, only those carrying one of
    `labels` when given, always the center) and the relationships between them."""
    for label in labels or []:
        check_label(label, "labels")
    neo4j = core.neo4j(store)
    if neo4j:
        return _neo4j(neo4j, center, depth, labels, limit, with_documents)[:3]
    return _memory(store, center, depth, labels, limit, with_documents)


def subgraph(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
             limit: int = 100) -> dict:
    """A neighbourhood shaped for the explorer: {nodes, edges} with evidence on every edge."""
    for label in labels or []:
        check_label(label, "labels")
    neo4j = core.neo4j(store)
    if neo4j:
        nodes, edges, truncated, docs = _neo4j(neo4j, center, depth, labels, limit, False)
    else:
        nodes, edges, truncated = _memory(store, center, depth, labels, limit, False)
        docs = documents_of(store, edges)
    return {"center": center, "nodes": [node_out(n) for n in nodes.values()],
            "edges": [edge_out(r, docs) for r in edges], "truncated": truncated}
