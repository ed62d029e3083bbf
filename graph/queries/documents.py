"""Documents: the reports read, and everything read from one."""
from __future__ import annotations

from graph.document import Node, Relationship
from graph.queries.core import (DOCUMENT_FIELDS, MAX_SCAN, edge_out, in_range, nodes_by_id, pick, rels,
                                require)
from graph.store import GraphStore, NodeFilter


def document_summary(node: Node) -> dict:
    return {"id": node.id, **{k: node.properties.get(k) for k in DOCUMENT_FIELDS}}


def documents(store: GraphStore, date_from: str | None = None, date_to: str | None = None,
              limit: int = 200) -> list[dict]:
    found = store.find_nodes(NodeFilter("Document", date_property="published", date_from=date_from and date_from[:4],
                                        date_to=date_to and date_to + "\uffff", limit=MAX_SCAN))
    found = [n for n in found if in_range(n.properties.get("published"), date_from, date_to)]
    found.sort(key=lambda n: (n.properties.get("published") or "", n.id), reverse=True)
    return [document_summary(n) for n in found[:limit]]


def document(store: GraphStore, doc_id: str) -> dict:
    """A report and everything read from it: the nodes it mentions and every fact it supports
    (reached through those nodes, so through an index, with this report's sentence only)."""
    node = require(store, doc_id, "document", "Document")
    mentions = rels(store, doc_id, "in", ["MENTIONED_IN"])
    mentioned = nodes_by_id(store, (r.start for r in mentions))
    facts: dict[str, Relationship] = {}
    for node_id in mentioned:
        for r in rels(store, node_id):
            if doc_id in (r.properties.get("sources") or []):
                facts[r.properties.get("id") or r.id] = r
    docs = {doc_id: node}
    return {"document": document_summary(node), "text": node.properties.get("text"),
            "mentions": [{**pick(mentioned, r.start), "count": r.properties.get("count")} for r in mentions],
            "facts": [edge_out(r, docs, only=doc_id) for r in facts.values()]}
