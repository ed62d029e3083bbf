"""A neighbourhood: the nodes within a few steps of one, and the edges between them."""
from __future__ import annotations

from collections import defaultdict

from graph.document import Node, Relationship
from graph.queries.core import check_label, documents_of, edge_out, node_out, rels, require
from graph.store import GraphStore


def neighbourhood(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
                  limit: int = 100, with_documents: bool = False) -> tuple[dict[str, Node], list[Relationship], bool]:
    """The nodes within `depth` steps of `center` (at most `limit`, only those carrying one of
    `labels` when given, always the center) and the relationships between them."""
    for label in labels or []:
        check_label(label, "labels")
    nodes = {center: require(store, center, "node")}
    edges: dict[str, Relationship] = {}
    frontier, truncated = [center], False
    for _ in range(depth):
        reached: dict[str, list[Relationship]] = defaultdict(list)
        for node_id in frontier:
            for r in rels(store, node_id):
                if r.type == "MENTIONED_IN" and not with_documents:
                    continue
                other = r.end if r.start == node_id else r.start
                if other in nodes:
                    edges[r.properties.get("id") or r.id] = r
                else:
                    reached[other].append(r)
        fetched = [n for n in store.get_nodes(sorted(reached)) if not labels or set(labels) & set(n.labels)]
        if len(nodes) + len(fetched) > limit:
            fetched, truncated = fetched[:max(limit - len(nodes), 0)], True
        for node in fetched:
            nodes[node.id] = node
            for r in reached[node.id]:
                edges[r.properties.get("id") or r.id] = r
        frontier = [n.id for n in fetched]
        if not frontier:
            break
    return nodes, [r for r in edges.values() if r.start in nodes and r.end in nodes], truncated


def subgraph(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
             limit: int = 100) -> dict:
    """A neighbourhood shaped for the explorer: {nodes, edges} with evidence on every edge."""
    nodes, edges, truncated = neighbourhood(store, center, depth, labels, limit)
    docs = documents_of(store, edges)
    return {"center": center, "nodes": [node_out(n) for n in nodes.values()],
            "edges": [edge_out(r, docs) for r in edges], "truncated": truncated}
