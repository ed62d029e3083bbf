"""The embedded store's snapshot in the shape of its memory, so that opening it is a parse.

A snapshot of FORMAT 6 is a JSON line naming its generation and format (and its side files and
the bytes of the properties' one its elements refer to, graph/memory_adjacency.py's count), then networkx's own
nodes (`node`: id -> {labels, props}), the store's indexes (nodes by label, nodes by folded
name) and the Evidence references (graph/memory_evidence.py, parsed when a record is first
asked for), then, from the byte the header names (`adjacency`), networkx's adjacency (`succ`:
start -> end -> key -> {type, props}), parsed when first needed (graph/memory_adjacency.py).
Both are in Python's `marshal` format (version MARSHAL): it reads back as
the very dicts and sets the graph keeps, shared key dicts included, with no loop in Python and
in a third of orjson's time for the same dicts. The props are the hot ones
(graph/memory_cold.py: the bulky ones are in a side file). `marshal` makes only data (dicts,
lists, sets, strings, numbers), never runs code; the snapshot is the store's own file.
networkx's `pred` (the reverse of `succ`, sharing its key dicts) is not written but linked on
open: it was 28 of the snapshot's 71 MB at 5,000 documents and half of marshal's time, for
~0.2 s of open.

Snapshots of before are still read (whole on open but FORMAT 5's adjacency), and the next
compaction writes them anew: FORMAT 5 (the Evidence references' offsets and lengths in two
columns, graph/memory_evidence.py), FORMAT 4 (the adjacency in the same marshal as the nodes), FORMAT 3 (that with `pred`), FORMAT 2 (the same
dicts as one JSON line, every property in them, the Evidence references as a JSON tail) and
the scorer's graph-document format (`nodes` and `relationships` lists, Evidence among them).
"""
from __future__ import annotations

import marshal
from pathlib import Path
from typing import Callable

import networkx as nx
import orjson

from graph.document import Relationship
from graph.memory_adjacency import Adjacency, link_pred
from graph.memory_evidence import EvidenceRecords
from graph.memory_index import NodeIndex
from graph.store import StoreError

FORMAT = 6
TWO_COLUMNS = 5  # the format whose Evidence references held offsets and lengths apart
WHOLE = 4  # the format that wrote the adjacency in one marshal with the nodes
WITH_PRED = 3  # the format before, that wrote `pred` too
SETTLED = (FORMAT, TWO_COLUMNS, WHOLE, WITH_PRED)  # formats whose elements hold only their hot properties (graph/memory_cold.py)
MARSHAL = 4  # pinned, not marshal.version: a later Python still reads version 4


def snapshot(graph: nx.MultiDiGraph, index: NodeIndex, evidence: bytes) -> tuple[dict, bytes, Callable[[], bytes]]:
    """What compaction writes, its header and the two parts of its body, the adjacency's still
    to make (graph/memory_file.py marshals it while the nodes are written: half the snapshot's
    bytes to disk meanwhile). Both share the graph's own dicts (the write lock is held while
    they are serialised, so nothing needs copying)."""
    nodes = marshal.dumps({"node": graph._node, **index.dump(), "evidence": evidence}, MARSHAL)
    return {"format": FORMAT, "adjacency": len(nodes)}, nodes, lambda: marshal.dumps(graph._succ, MARSHAL)


def body(data: dict, tail: bytes) -> dict:
    """A marshal snapshot's body, of a SETTLED format (its header `data`, the rest `tail`): of
    FORMAT 5 or 6, the part before its adjacency."""
    try:
        out = marshal.loads(memoryview(tail)[:data["adjacency"]] if "adjacency" in data else tail)
    except (EOFError, ValueError, TypeError) as exc:
        raise StoreError(f"the embedded store's snapshot (generation {data.get('generation')}) is unreadable: {exc}") from exc
    if not isinstance(out, dict) or not all(isinstance(out.get(k), dict) for k in ("node", *(() if "adjacency" in data else ("succ",)))):
        raise StoreError("the embedded store's snapshot holds no graph")
    return out


def load(data: dict, tail: bytes, graph: nx.MultiDiGraph, adjacency: Adjacency, index: NodeIndex,
         evidence: EvidenceRecords) -> None:
    """A parsed snapshot into the fresh graph, index and records the store just made."""
    if data.get("format") in SETTLED:
        saved = body(data, tail)
        graph._node.update(saved["node"])
        if "adjacency" in data:
            adjacency.load(tail[data["adjacency"]:])
        elif "pred" in saved:
            graph._succ.update(saved["succ"])
            graph._pred.update(saved["pred"])
        else:
            graph._succ.update(saved["succ"])
            link_pred(graph)
        index.restore(saved)
        evidence.load(saved["evidence"])
    elif data.get("format") == 2:
        load_format_2(data, tail, graph, index, evidence)
    else:
        load_graph_document(data, graph, index, evidence)


def load_format_2(data: dict, tail: bytes, graph: nx.MultiDiGraph, index: NodeIndex, evidence: EvidenceRecords) -> None:
    """A snapshot of FORMAT 2: the adjacency without `pred`, which is linked here. The index is
    made anew from the nodes, not read, so that it holds the very id strings of the graph
    (marshal then writes each once)."""
    node = data["node"]
    graph._node.update(node)
    graph._succ.update(data["succ"])
    link_pred(graph)
    for node_id, held in node.items():
        index.add(node_id, held["labels"], held["props"])
    evidence.load(bytes(tail))


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


def read(path: Path) -> dict:
    """A snapshot file of FORMAT, parsed: its header's fields and its body's (`succ` too)."""
    header, rest = path.read_bytes().split(b"\n", 1)
    data = orjson.loads(header)
    if data.get("format") != FORMAT:
        raise StoreError(f"{path}: a snapshot of format {data.get('format')}, not {FORMAT}")
    return {**data, **body(data, rest), "succ": marshal.loads(rest[data["adjacency"]:])}
