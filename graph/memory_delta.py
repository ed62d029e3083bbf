"""The embedded store's saves between compactions: only what changed since the snapshot.

A compaction (graph/memory_file.py) writes the whole graph whatever changed: at 5,000 documents
62 MB (snapshot format 4, the same in format 5), 1.8-3 s on a busy machine (half of format 3's). So a save writes `graph.json.delta`
instead: the nodes, relationships and Evidence references that differ from the snapshot's,
each as the graph holds it now (or None: gone), in marshal like the snapshot. It is cumulative
(each save rewrites it whole, to a tmp file then an atomic rename, then starts a new journal
as a compaction does), so opening reads the snapshot, the delta, then the journal. Its header
names the snapshot it applies to (`base`, the snapshot's generation): a compaction killed
after its new snapshot and before it removed the delta leaves one naming an older base, which
the next open ignores. When the delta passes DELTA_SHARE of the snapshot's bytes the save is a
compaction instead, so what an open applies on top of the snapshot stays small.

`Dirty` is what differs from the snapshot on disk, kept by the store as it applies writes (its
own, another process's replayed from the journal, a delta's read on open). A superset is
harmless (the current value of an element the snapshot already holds); an element missed
would be lost, so every change of the graph goes through the store's methods that mark it.
"""
from __future__ import annotations

import marshal
from typing import Callable

import networkx as nx

from graph.memory_adjacency import Adjacency, Edge
from graph.memory_evidence import EvidenceRecords
from graph.memory_side import ref
from graph.memory_snapshot import MARSHAL
from graph.store import StoreError

FORMAT = 1
DELTA_SHARE = 0.1  # of the snapshot's bytes: past it a save compacts (open = snapshot + delta + journal)


class Dirty:
    def __init__(self, whole: bool) -> None:
        # No snapshot a delta can apply to: none yet, one of an older format (graph/memory_snapshot.py
        # reads those without marking anything), or the graph cleared. The next save compacts.
        self.whole = whole
        # Elements outside the sets below may hold their bulky properties in memory (a snapshot
        # of before the side file, graph/memory_cold.py): the next compaction settles them all.
        self.unsettled = False
        self.nodes: set[str] = set()
        self.edges: set[Edge] = set()
        self.records: set[str] = set()  # Evidence record ids (graph/memory_evidence.py)


def body(graph: nx.MultiDiGraph, dirty: Dirty, evidence: EvidenceRecords) -> bytes:
    """The delta's body: the graph's own dicts for what is dirty (the write lock held; the
    store's bulky properties already settled in their side file, graph/memory_cold.py)."""
    succ = graph._succ
    return marshal.dumps({
        "node": {i: graph._node.get(i) for i in dirty.nodes},
        "edges": [(a, b, k, succ[a].get(b, {}).get(k) if a in succ else None) for a, b, k in dirty.edges],
        "records": evidence.rows(dirty.records),
    }, MARSHAL)


def read(data: bytes) -> dict:
    try:
        out = marshal.loads(data)
    except (EOFError, ValueError, TypeError) as exc:
        raise StoreError(f"the embedded store's delta is unreadable: {exc}") from exc
    if not isinstance(out, dict) or not all(k in out for k in ("node", "edges", "records")):
        raise StoreError("the embedded store's delta holds no changes")
    return out


def apply(saved: dict, adjacency: Adjacency, dirty: Dirty, evidence: EvidenceRecords,
          put_node: Callable[[str, list, dict], None], delete_nodes: Callable[[tuple], None]) -> None:
    """A delta read on the snapshot just loaded, what it holds marked dirty: the store's own
    `put_node` and `delete_nodes` (they keep its index and mark), nodes first so that every
    relationship finds its ends, deletions last (with the relationships they take). The
    relationships go through `adjacency` (graph/memory_adjacency.py: queued while unparsed)."""
    for node_id, held in saved["node"].items():
        if held is not None:
            put_node(node_id, held["labels"], held["props"])
    for start, end, key, held in saved["edges"]:
        dirty.edges.add((start, end, key))
        if held is not None:
            adjacency.add_edge(start, end, key, held)
        else:
            adjacency.remove_edge(start, end, key)
    delete_nodes(tuple(i for i, held in saved["node"].items() if held is None))
    for record_id, *where in saved["records"]:
        dirty.records.add(record_id)
        if where:
            evidence.put(record_id, where[0], ref(where[1], where[2]))
        else:
            evidence.discard(record_id)
