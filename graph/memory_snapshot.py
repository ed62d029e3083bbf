"""The embedded store's snapshot in the shape of its memory, so that opening it is a parse.

A snapshot of FORMAT 2 holds networkx's own adjacency (`node`: id -> {labels, props};
`succ`: start -> end -> key -> {type, props}) and the store's indexes (nodes by label, nodes by
folded name): orjson writes them as they are and reads them back as the dicts the graph keeps,
with no loop over nodes or relationships on either side but the one that links `pred`, the
reverse of `succ`, to the same key dicts. Its tail (graph/memory_file.py) holds the Evidence
references (graph/memory_evidence.py), parsed when a record is first asked for, not on open.

A snapshot of before (`nodes` and `relationships` lists, the scorer's graph-document format,
Evidence nodes among them) is still read, by `load_graph_document`, and the next compaction
writes it anew.
"""
from __future__ import annotations

import networkx as nx

from graph.document import Relationship
from graph.memory_evidence import EvidenceRecords
from graph.memory_index import NodeIndex

FORMAT = 2


def snapshot(graph: nx.MultiDiGraph, index: NodeIndex) -> dict:
    """What compaction writes; it shares the graph's own dicts (the write lock is held while it
    is serialised, so nothing needs copying)."""
    return {"format": FORMAT, "node": graph._node, "succ": graph._succ, **index.dump()}


def load(data: dict, tail: bytes, graph: nx.MultiDiGraph, index: NodeIndex, evidence: EvidenceRecords) -> None:
    """A parsed snapshot into the fresh graph, index and records the store just made."""
    if data.get("format") != FORMAT:
        load_graph_document(data, graph, index, evidence)
        return
    node, succ = data["node"], data["succ"]
    graph._node.update(node)
    graph._succ.update(succ)
    pred = graph._pred
    pred.update({n: {} for n in node})
    for start, ends in succ.items():
        for end, keys in ends.items():
            pred[end][start] = keys
    index.restore(data)
    evidence.load(tail)


def load_graph_document(data: dict, graph: nx.MultiDiGraph, index: NodeIndex, evidence: EvidenceRecords) -> None:
    """A snapshot of before FORMAT 2. Its dicts become the graph's own (nothing else holds
    them), straight into networkx's adjacency (a MultiDiGraph's edge is one key dict shared by
    `_succ[u][v]` and `_pred[v][u]`): `add_edges_from` costs ~7 µs an edge in checks."""
    nodes, succ, pred = graph._node, graph._succ, graph._pred
    for n in data.get("nodes", []):
        node_id, labels, props = n["id"], n.get("labels", []), n.get("properties") or {}
        if "Evidence" in labels:  # kept in memory until the next compaction writes the side file
            evidence.put(node_id, props["fact"], props)
            continue
        if node_id not in nodes:
            succ[node_id], pred[node_id] = {}, {}
        nodes[node_id] = {"labels": labels, "props": props}
        index.add(node_id, labels, props)
    for r in data.get("relationships", []):
        start, end, props = r["start"], r["end"], r.get("properties") or {}
        key = props.get("id") or Relationship(r["type"], start, end, props).id
        keys = succ[start].get(end)
        if keys is None:
            keys = succ[start][end] = pred[end][start] = {}
        keys[key] = {"type": r["type"], "props": props}
