"""Commitments: promises with who made them, where, and their status."""
from __future__ import annotations

from graph.queries.core import InvalidArgument, documents_of, edge_out, node_out, nodes_by_id, onto, pick, rels, require
from graph.store import GraphStore, NodeFilter


def commitments(store: GraphStore, status: str | None = None, by: str | None = None, limit: int = 200) -> list[dict]:
    """Promises with who made them, where (the event and its place), their status."""
    if status and status not in onto().vocabulary("commitment_status"):
        raise InvalidArgument("status", f"unknown status {status!r} (one of: "
                                        f"{', '.join(onto().vocabulary('commitment_status'))})")
    if by:
        require(store, by, "entity")
        found = [n for n in store.get_nodes([r.end for r in rels(store, by, "out", ["MADE"])])
                 if not status or n.properties.get("status") == status]
    else:
        found = store.find_nodes(NodeFilter("Commitment", {"status": status} if status else {}, limit=limit))
    out = []
    for node in found[:limit]:
        found_rels = rels(store, node.id)
        made_at = [r for r in found_rels if r.type == "MADE_AT"]
        places = {r.end: rels(store, r.end, "out", ["OCCURRED_AT"]) for r in made_at}
        ends = nodes_by_id(store, [*(e for r in found_rels for e in (r.start, r.end)),
                                   *(r.end for ps in places.values() for r in ps)])
        docs = documents_of(store, found_rels)

        def related(rel_type: str, incoming: bool) -> list[dict]:
            return [{"node": pick(ends, r.start if incoming else r.end), **edge_out(r, docs)}
                    for r in found_rels if r.type == rel_type and (r.end == node.id) == incoming]

        p = node.properties
        out.append({**node_out(node), "text": p.get("text"), "status": p.get("status"), "due": p.get("due"),
                    "made_by": related("MADE", True),
                    "made_at": [{**m, "places": [pick(ends, r.end) for r in places[m["node"]["id"]]]}
                                for m in related("MADE_AT", False)],
                    "about": related("ABOUT", False), "endorsed_by": related("ENDORSED", True),
                    "demanded_by": related("DEMANDS", True)})
    return out
