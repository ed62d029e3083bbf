"""Merged entities stay merged: a `Redirect` node records that one id now lives under another,
and every write follows it before planning, so re-loading a report cannot split them again."""
from __future__ import annotations

from typing import Callable

from graph.document import GraphDocument, Node, Relationship

PREFIX = "redirect:"
MAX_HOPS = 16  # A merged into B, B into C, ...: chains are followed, loops stop here.


def redirect_id(node_id: str) -> str:
    return PREFIX + node_id


def resolve(ids: set[str], fetch: Callable[[list[str]], list[Node]]) -> dict[str, str]:
    """Each id that was merged away, mapped to the id it lives under now. `fetch` is the store's
    get_nodes, so the look-up is one index seek per id and hop."""
    final: dict[str, str] = {}
    pending = {i: i for i in ids if not i.startswith(PREFIX)}
    for _ in range(MAX_HOPS):
        if not pending:
            break
        found = {n.id[len(PREFIX):]: n.properties["target"] for n in fetch([redirect_id(i) for i in pending.values()])
                 if not n.properties.get("undone")}
        pending = {orig: found[cur] for orig, cur in pending.items() if cur in found}
        final.update(pending)
    return final


def referenced_ids(doc: GraphDocument) -> set[str]:
    return {n.id for n in doc.nodes} | {e for r in doc.relationships for e in (r.start, r.end)}


def follow(doc: GraphDocument, moved: dict[str, str]) -> GraphDocument:
    """`doc` with merged-away ids replaced by where they live now; their names become aliases."""
    if not moved:
        return doc
    nodes = []
    for n in doc.nodes:
        if n.id in moved:
            props = {k: v for k, v in n.properties.items() if k not in ("id", "name")}
            props["aliases"] = [*([n.properties["name"]] if n.properties.get("name") else []), *(props.get("aliases") or [])]
            nodes.append(Node(moved[n.id], list(n.labels), props))
        else:
            nodes.append(n)
    rels = [Relationship(r.type, moved.get(r.start, r.start), moved.get(r.end, r.end), dict(r.properties))
            for r in doc.relationships]
    return GraphDocument(nodes, rels).normalised()
