"""Shortest paths between two nodes, evidence on every edge: one query on Neo4j (paths.cypher),
the store primitives in memory."""
from __future__ import annotations

from graph.document import Node, Relationship
from graph.queries import core
from graph.queries.core import (check_types, documents_of, edge_out, node_of, node_out, nodes_by_id, pick, rel_of,
                                require, visible)
from graph.store import GraphStore


def _neo4j(store, start: str, end: str, max_length: int, types: list[str] | None,
           limit: int) -> tuple[Node, Node, list[list[Relationship]], dict[str, Node], dict[str, Node]]:
    walk = types or [t for t in core.onto().relationships if t != "MENTIONED_IN"]
    labels = core.label_of(start), core.label_of(end)
    rows = core.run(store, "paths", {"start": labels[0], "end": labels[1], "types": core.type_pattern(walk),
                                     "max_length": str(int(max_length))},
                    start=start, end=end, limit=limit) if all(labels) else []
    if not rows:
        require(store, start, "node")
        require(store, end, "node")
    row = rows[0]
    docs = core.documents_in(row["docs"])
    found = [[rel_of(r) for r in path] for path in row["paths"]]
    return node_of(row["first"]), node_of(row["last"]), found, {n["id"]: node_of(n) for n in row["nodes"]}, docs


def paths(store: GraphStore, start: str, end: str, max_length: int = 4, types: list[str] | None = None,
          limit: int = 10) -> dict:
    """Shortest paths between two nodes, evidence on every edge (rejected facts never carry one)."""
    check_types(types)
    neo4j = core.neo4j(store)
    if neo4j and start != end:  # Neo4j's shortest paths need two distinct ends
        first, last, found, nodes, docs = _neo4j(neo4j, start, end, max_length, types, limit)
        found = [p for p in found if visible(p) == p]
    else:
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
