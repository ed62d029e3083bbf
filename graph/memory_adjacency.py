"""The embedded store's adjacency (networkx's `succ` and `pred`), parsed when first needed.

At 5,000 documents its 255k relationships (each a key, a key dict and a data dict) were two
thirds of the time to unmarshal a snapshot, and linking `pred` from them 0.3 s more, while a
server's first answers (a search, a node) read only the nodes and the index. So a snapshot of
FORMAT 5 on holds the adjacency apart (graph/memory_snapshot.py), and an open keeps it as bytes:
they are parsed by the first read that walks relationships, any write, or the store's quiet
thread (graph/memory_quiet.py), whichever comes first. Changes applied before that (a delta's,
the journal's, on open or catching up with another process) change the nodes at once and queue
their relationship part behind the parse, in order, as the Evidence references do
(graph/memory_evidence.py). Every change of the graph's nodes and relationships goes through
this class; reads of its nodes alone never wait for the parse. So it counts, as they change,
the bytes of the properties' side file the elements refer to (graph/memory_cold.py), which a
compaction needs to tell whether the file is mostly dead.
"""
from __future__ import annotations

import marshal
import threading
from typing import Callable

import networkx as nx

from graph.memory_cold import held
from graph.memory_file import paused_gc
from graph.store import StoreError

Edge = tuple[str, str, str]  # a relationship's start, end and key


class Adjacency:
    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        self._unparsed: bytes | memoryview | None = None
        self._queued: list[tuple] = []  # relationship changes made before the parse
        self._parsing = threading.Lock()
        # The side file's bytes the graph's elements refer to; None: unknown (a snapshot of
        # before the count, graph/memory_snapshot.py), walked for by the next compaction.
        self.cold_bytes: int | None = 0

    def _count(self, old: dict | int | None, new: dict | int | None) -> None:
        """An element's properties `old` replaced by `new` (None: no element)."""
        if self.cold_bytes is not None:
            self.cold_bytes += held(new) - held(old)

    def settled(self, appended: int) -> None:
        """Elements that referred to nothing now refer to `appended` bytes (graph/memory_cold.py's `settle`)."""
        if self.cold_bytes is not None:
            self.cold_bytes += appended

    def load(self, data: bytes | memoryview) -> None:
        """A snapshot's adjacency (marshal), into a graph holding its nodes and no relationship
        (a view of the snapshot's bytes: they stay in memory until the parse)."""
        self._unparsed = data

    def unparsed(self) -> bool:
        return self._unparsed is not None

    def drop(self) -> None:
        """The store let its graph go: nothing to parse any more (a pending thread finds nothing)."""
        with self._parsing:
            self._unparsed, self._queued, self.graph = None, [], None

    def ready(self) -> None:
        """The adjacency parsed, and what was queued behind it applied (once, whoever asks first)."""
        if self._unparsed is None:
            return
        with self._parsing:
            if self._unparsed is None:
                return
            with paused_gc():  # a collection now would walk the whole graph
                try:
                    succ = marshal.loads(self._unparsed)
                except (EOFError, ValueError, TypeError) as exc:
                    raise StoreError(f"the embedded store's snapshot has an unreadable adjacency: {exc}") from exc
                if not isinstance(succ, dict):
                    raise StoreError("the embedded store's snapshot holds no adjacency")
                self.graph._succ.update(succ)
                del succ
                link_pred(self.graph)
                for call in self._queued:
                    getattr(self, f"_{call[0]}_queued")(*call[1:])
                self._reconcile()
            self._queued = []
            self._unparsed = None  # last: another reader waits on the lock till then

    def _defer(self, call: tuple | None, now: Callable[[], None] | None = None) -> bool:
        """Queue `call` (its part on the relationships) behind the parse, running `now` (its part
        on the nodes) under the same lock; False once parsed (a parse under way ends first)."""
        if self._unparsed is None:
            return False
        with self._parsing:
            if self._unparsed is None:
                return False
            if now is not None:
                now()
            if call is not None:
                self._queued.append(call)
            return True

    # -- changes -----------------------------------------------------------------------------
    def put_node(self, node_id: str, labels: list, props: dict) -> None:
        def node_only() -> None:  # networkx's add_node, less the adjacency it makes (_reconcile does)
            self._count_node(node_id, props)
            self.graph._node.setdefault(node_id, {}).update(labels=labels, props=props)
        if not self._defer(None, node_only):
            self._count_node(node_id, props)
            self.graph.add_node(node_id, labels=labels, props=props)

    def remove_node(self, node_id: str, dirty: set[Edge]) -> None:
        """The node and its relationships, these added to `dirty` (the store's Dirty.edges,
        graph/memory_delta.py: from the snapshot too when a delta is applied)."""
        def node_gone() -> None:
            self._count(self.graph._node.pop(node_id)["props"], None)
        if not self._defer(("drop", node_id, dirty), node_gone):
            self._drop_queued(node_id, dirty)  # networkx's remove_node, the edges marked
            node_gone()

    def _count_node(self, node_id: str, props: dict) -> None:
        """Counted under the parse's lock while one may run (it counts the queued relationships)."""
        old = self.graph._node.get(node_id)
        self._count(old and old["props"], props)

    def add_edge(self, start: str, end: str, key: str, data: dict) -> None:
        if not self._defer(("edge", start, end, key, data)):
            self._count(self._edge_props(start, end, key), data["props"])
            self.graph.add_edge(start, end, key=key, **data)

    def remove_edge(self, start: str, end: str, key: str) -> None:
        if not self._defer(("unedge", start, end, key)) and self.graph.has_edge(start, end, key=key):
            self._count(self._edge_props(start, end, key), None)
            self.graph.remove_edge(start, end, key=key)

    def _edge_props(self, start: str, end: str, key: str) -> dict | int | None:
        data = self.graph._succ.get(start, {}).get(end, {}).get(key)
        return data and data["props"]

    # -- the queue, applied on the parsed adjacency (networkx's own dicts, as its methods keep them)
    def _drop_queued(self, node_id: str, dirty: set[Edge] | None) -> None:
        succ, pred = self.graph._succ, self.graph._pred
        if dirty is not None:
            dirty.update((node_id, b, k) for b, keys in succ.get(node_id, {}).items() for k in keys)
            dirty.update((a, node_id, k) for a, keys in pred.get(node_id, {}).items() for k in keys)
        for end, keys in succ.pop(node_id, {}).items():
            pred[end].pop(node_id, None)
            for data in keys.values():
                self._count(data["props"], None)
        for start, keys in pred.pop(node_id, {}).items():  # a loop left with the node's succ
            succ[start].pop(node_id, None)
            for data in keys.values():
                self._count(data["props"], None)

    def _edge_queued(self, start: str, end: str, key: str, data: dict) -> None:
        succ, pred = self.graph._succ, self.graph._pred
        for node in (start, end):
            succ.setdefault(node, {})
            pred.setdefault(node, {})
        keys = succ[start].get(end)
        if keys is None:
            keys = succ[start][end] = pred[end][start] = {}
        old = keys.get(key)
        self._count(old and old["props"], data["props"])
        keys[key] = data

    def _unedge_queued(self, start: str, end: str, key: str) -> None:
        keys = self.graph._succ.get(start, {}).get(end)
        old = keys.pop(key, None) if keys is not None else None
        if old is not None:
            self._count(old["props"], None)
            if not keys:
                del self.graph._succ[start][end], self.graph._pred[end][start]

    def _reconcile(self) -> None:
        """Each node an adjacency, and none for a node gone (in C: set differences of the keys;
        the relationships of a node gone were marked dirty when its drop was queued)."""
        nodes, succ, pred = self.graph._node, self.graph._succ, self.graph._pred
        for node_id in succ.keys() - nodes.keys():
            self._drop_queued(node_id, None)
        for node_id in nodes.keys() - succ.keys():
            succ[node_id], pred[node_id] = {}, {}


def link_pred(graph: nx.MultiDiGraph) -> None:
    """networkx's `pred` made from `succ` (just loaded): each edge's key dict shared, as
    `add_edge` leaves it."""
    pred = graph._pred
    pred.update({n: {} for n in graph._succ})
    for start, ends in graph._succ.items():
        for end, keys in ends.items():
            pred[end][start] = keys
