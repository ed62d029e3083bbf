"""Shortest paths between two nodes, evidence on every edge."""
from __future__ import annotations

from graph.queries.core import check_types, documents_of, edge_out, node_out, nodes_by_id, pick, require, visible
from graph.store import GraphStore


def paths(store: GraphStore, start: str, end: str, max_length: int = 4, types: list[str] | None = None,
          limit: int = 10) -> dict:
    """Shortest paths between two nodes, evidence on every edge (rejected facts never carry one)."""
    check_types(types)
    first, last = require(store, start, "node"), require(store, end, "node")
    found = [p for p in store.shortest_paths(start, end, max_length, types, limit) if visible(p) == p]
    nodes = nodes_by_id(store, (e for p in found for r in p for e in (r.start, r.end)))
    docs = documents_of(store, (r for p in found for r in p))
    out = []
    for path in found:
        order = [start]
        for r in path:
            order.append(r.end if r.start == order[-1] else r.start)
        out.append({"length": len(path), "nodes": [pick(nodes, i) for i in order],
                    "edges": [edge_out(r, docs) for r in path]})
    return {"from": node_out(first), "to": node_out(last), "paths": out}
