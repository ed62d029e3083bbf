"""The embedded store: a networkx MultiDiGraph in this process, kept in files.

A newcomer needs nothing but Python. graph/memory_file.py keeps the files (a snapshot, its delta
(graph/memory_delta.py), a journal fsynced per write, a lock for writers across processes).
Its bulky properties live in a side file once compacted (graph/memory_cold.py): every property
that leaves this module goes through `self._cold.full`. Inside the process a reader–writer lock guards it (graph/memory_locks.py): API threads read
together, a write waits for them. Before a read the store catches up with what other processes wrote (a stat tells).
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from graph import memory_delta, memory_paths, memory_snapshot, ontology
from graph.document import GraphDocument, Node, Relationship
from graph.ids import fold
from graph.memory_cold import COLD, ColdProps
from graph.memory_delta import DELTA_SHARE, Dirty
from graph.memory_evidence import LABELS as EVIDENCE, PREFIX as EVIDENCE_PREFIX, EvidenceRecords
from graph.memory_file import Entry, StoreFiles, paused_gc
from graph.memory_index import NodeIndex
from graph.memory_locks import Depth, new_lock, reads, writes
from graph.memory_paths import Link
from graph.memory_undo import UndoLog
from graph.provenance import summarise
from graph.store import Counts, Direction, GraphStore, NodeFilter, NotSupported, StoreError, WriteResult
from graph.identity import identify
from graph.redirects import follow, referenced_ids, resolve
from graph.write_plan import WritePlan, plan, prepare

EXPORT_BATCH = 5000


class MemoryStore(UndoLog, GraphStore):
    kind = "memory"

    def __init__(self, path: Path | str | None):
        self.files = StoreFiles(Path(path)) if path else None
        self._cold = ColdProps(self.files.props if self.files else None)
        self.onto = ontology.load()
        self._lock = new_lock()
        self._inside = Depth()
        self._batched = 0
        self._journaled = False  # this process wrote since it last compacted
        self._reset()
        if self.files:
            with self.files.held():
                self.files.open(self._load_snapshot, self._apply_entry, self._load_delta)
            self._evidence.parse_soon()

    @property
    def path(self) -> Path | None:
        return self.files.path if self.files else None

    # -- persistence -------------------------------------------------------------------------
    def _reset(self) -> None:
        self._drop_graph()
        self.graph = nx.MultiDiGraph()
        self._index = NodeIndex()
        self._dirty = Dirty(whole=True)  # what differs from the snapshot on disk (graph/memory_delta.py)
        self._evidence = EvidenceRecords(self.files.evidence if self.files else None)

    def _drop_graph(self) -> None:
        """Free the graph now: networkx's cached views refer back to it, a cycle that only the
        cyclic GC could collect, and the graph is frozen out of it (graph/memory_file.py)."""
        old = self.__dict__.get("graph")
        if old is not None:
            old.__dict__.clear()

    def __del__(self) -> None:
        self._drop_graph()

    def _reopen(self) -> None:
        """Another process compacted past what this one read: read the files anew (the lock held)."""
        self._reset()
        self.files.open(self._load_snapshot, self._apply_entry, self._load_delta)
        self._evidence.parse_soon()

    def _catch_up(self) -> None:
        self._evidence.read_at = time.monotonic()  # the references wait for a quiet moment to be parsed
        if self.files and self.files.changed():
            with self._lock.gen_wlock(), self.files.held():
                self.files.catch_up(self._reopen, self._apply_entry)

    def _load_snapshot(self, data: dict, tail: bytes) -> None:
        """A parsed snapshot into the graph `_reset` just made (graph/memory_snapshot.py)."""
        try:
            memory_snapshot.load(data, tail, self.graph, self._index, self._evidence)
            self._dirty.whole = data.get("format") != memory_snapshot.FORMAT
            self._dirty.unsettled = data.get("format") not in memory_snapshot.SETTLED
        except (KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{self.path}: cannot read the embedded store: {exc!r}") from exc

    def _load_delta(self, data: bytes) -> None:
        memory_delta.apply(memory_delta.read(data), self.graph, self._dirty, self._evidence,
                           lambda i, labels, props: self._put_node(Node(i, labels, props)), self._delete_nodes)

    def _save(self) -> None:
        """What changed since the snapshot into a new delta, or the whole graph into a new
        snapshot (compaction) when the delta outgrows DELTA_SHARE of it; and a new journal."""
        if self.files:
            self._evidence.flush()
            with paused_gc():
                # Only what changed since the snapshot can be unsettled, unless it was of a format
                # before the side file: no pass over every element (0.3-0.7 s at 5,000 documents).
                self._cold.settle(self.graph, None if self._dirty.unsettled else self._dirty)
                if not self._dirty.whole:
                    delta = memory_delta.body(self.graph, self._dirty, self._evidence)
                    if len(delta) <= DELTA_SHARE * self.files.path.stat().st_size:
                        self.files.save_delta({"format": memory_delta.FORMAT}, delta)
                        self._journaled = False
                        return
                    del delta
                self.files.compact(*memory_snapshot.snapshot(self.graph, self._index, self._evidence.references()))
                self._dirty = Dirty(whole=False)
            self._journaled = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Each write is journaled as it is made; the batch compacts once, at its end, and when
        the journal has grown past its share of the snapshot."""
        self._batched += 1
        try:
            yield
        finally:
            self._batched -= 1
            if not self._batched and self._journaled:
                self._compact()

    @writes
    def _compact(self) -> None:
        self._save()

    def close(self) -> None:
        if self.files and self.files.position.offset and self.files.worth_compacting():
            self._compact()

    def _document(self) -> GraphDocument:
        return GraphDocument(
            self._nodes(list(self.graph.nodes)) + [Node(i, list(EVIDENCE), p) for i, p in self._evidence.all()],
            self._relationships(list(self.graph.edges(keys=True, data=True))),
        )

    # -- applying writes: a write and its journal replay go the same way -------------------------
    @staticmethod
    def _entry(changes, delete: tuple[str, ...]) -> Entry:
        return {"nodes": [[n.id, n.labels, n.properties] for n in changes.nodes],
                "edges": [[r.start, r.end, rel_id, r.type, r.properties] for rel_id, r in changes.relationships],
                "delete": list(delete)}

    def _persist(self, changes, delete: tuple[str, ...]) -> None:
        """The write on disk, the memory already changed: one journal line, fsynced. Its Evidence
        records are in it whole; the compaction moves them to the side file (one fsync a write)."""
        if self.files:
            self.files.append(self._entry(changes, delete))
            self._journaled = True

    def _apply(self, nodes: list[Node], relationships: list[tuple[str, Relationship]], delete: tuple[str, ...]) -> None:
        self._write_nodes(nodes)
        self._write_relationships(relationships)
        self._delete_nodes(delete)

    def _apply_entry(self, entry: Entry) -> None:
        self._apply([Node(i, labels, props) for i, labels, props in entry["nodes"]],
                    [(key, Relationship(t, a, b, props)) for a, b, key, t, props in entry["edges"]],
                    tuple(entry["delete"]))

    # -- writing -----------------------------------------------------------------------------
    def init_schema(self) -> None:
        """Nothing to create: the embedded store keeps its label index in memory."""

    def _put_node(self, node: Node) -> None:
        if "Evidence" in node.labels:
            self._evidence.put(node.id, node.properties["fact"], dict(node.properties))
            self._dirty.records.add(node.id)
            return
        self._dirty.nodes.add(node.id)
        if node.id in self.graph:
            old = self.graph.nodes[node.id]
            self._index.discard(node.id, old["labels"], old["props"])
        self.graph.add_node(node.id, labels=list(node.labels), props=dict(node.properties))
        self._index.add(node.id, node.labels, node.properties)

    @writes
    def write(self, doc: GraphDocument, source: str | None = None, delete: tuple[str, ...] = ()) -> WriteResult:
        doc = prepare(doc, self.onto, source)
        doc = follow(doc, resolve(referenced_ids(doc), self.get_nodes))
        doc = identify(doc, self.onto, self.get_nodes)
        stored_nodes = {n.id: n for n in self.get_nodes([n.id for n in doc.nodes])}
        stored_rels = {}
        for rel in doc.relationships:
            if self.graph.has_edge(rel.start, rel.end, key=rel.id):
                stored_rels[rel.id] = self._cold.full(self.graph.edges[rel.start, rel.end, rel.id]["props"])
        ends = {end for r in doc.relationships for end in (r.start, r.end)}
        endpoint_labels = {e: self.graph.nodes[e]["labels"] for e in ends if e in self.graph}
        changes = plan(doc, self.onto, source, stored_nodes, stored_rels, endpoint_labels)
        result = WriteResult(changes.nodes_created, changes.nodes_updated,
                             changes.relationships_created, len(changes.relationships) - changes.relationships_created)
        changes.nodes += self._record_evidence(changes)

        undo = self._undo_log(changes, delete)
        try:
            self._apply(changes.nodes, changes.relationships, delete)
            self._persist(changes, delete)
        except BaseException:
            # The journal does not hold this write; put memory back to match it.
            self._roll_back(*undo)
            raise
        if self.files and self.files.worth_compacting():
            self._save()
        return result

    def _record_evidence(self, changes) -> list[Node]:
        """The Evidence nodes new to the store, with each relationship's summary updated from
        them (what graph/cypher/write_relationships.cypher does on Neo4j)."""
        out = []
        for rel_id, rel in changes.relationships:
            fresh = [dict(r) for r in changes.evidence.get(rel_id, ()) if r["id"] not in self._evidence]
            for record in fresh:
                if "observed" not in record and record["document"] in self.graph:
                    # "published" is no COLD property: read from the graph as it is.
                    observed = self.graph.nodes[record["document"]]["props"].get("published")
                    if observed:
                        record["observed"] = observed
                out.append(Node(record["id"], ["Evidence"], record))
            rel.properties = summarise(rel.properties, fresh)
        return out

    @writes
    def put(self, doc: GraphDocument) -> None:
        """Nodes and relationships as they are, already merged (migrate, copy): journaled like a write."""
        nodes = [Node(n.id, n.labels, {**n.properties, "id": n.id}) for n in doc.nodes]
        rels = [(rel_id, Relationship(r.type, r.start, r.end, {**r.properties, "id": rel_id}))
                for r in doc.relationships for rel_id in [r.properties.get("id") or r.id]]
        changes = WritePlan(nodes, rels)
        undo = self._undo_log(changes, ())
        try:
            self._apply(changes.nodes, changes.relationships, ())
            self._persist(changes, ())
        except BaseException:
            self._roll_back(*undo)
            raise

    def _write_nodes(self, nodes: list[Node]) -> None:
        for node in nodes:
            self._put_node(node)

    def _write_relationships(self, relationships: list[tuple[str, Relationship]]) -> None:
        for rel_id, rel in relationships:
            self._dirty.edges.add((rel.start, rel.end, rel_id))
            self.graph.add_edge(rel.start, rel.end, key=rel_id, type=rel.type, props=rel.properties)

    def _delete_nodes(self, ids: tuple[str, ...]) -> None:
        for node_id in ids:
            self._evidence.discard(node_id)
            if node_id.startswith(EVIDENCE_PREFIX):
                self._dirty.records.add(node_id)
            if node_id in self.graph:
                self._dirty.nodes.add(node_id)
                # Its relationships go with it, from the snapshot too when a delta is applied.
                self._dirty.edges.update((a, b, k) for a, b, k in self.graph.out_edges(node_id, keys=True))
                self._dirty.edges.update((a, b, k) for a, b, k in self.graph.in_edges(node_id, keys=True))
                data = self.graph.nodes[node_id]
                self._index.discard(node_id, data["labels"], data["props"])
                self.graph.remove_node(node_id)

    @writes
    def clear(self) -> None:
        self._reset()
        self._save()

    # -- reading -----------------------------------------------------------------------------
    def _node(self, node_id: str) -> Node:
        return self._nodes([node_id])[0]

    def _nodes(self, ids: list[str]) -> list[Node]:
        data = [self.graph._node[i] for i in ids]
        return [Node(i, list(d["labels"]), props)
                for i, d, props in zip(ids, data, self._cold.full_many([d["props"] for d in data]))]

    def _relationships(self, edges: list[tuple[str, str, str, dict]]) -> list[Relationship]:
        """Edges (start, end, key, data) as relationships, every property read."""
        return [Relationship(d["type"], a, b, props)
                for (a, b, _, d), props in zip(edges, self._cold.full_many([d["props"] for *_, d in edges]))]

    def _has(self, node_id: str) -> bool:
        return node_id in self.graph or node_id in self._evidence

    @reads
    def get_nodes(self, ids: list[str]) -> list[Node]:
        wanted = list(dict.fromkeys(ids))
        # Only an id of graph/provenance.py's shape can be a record (the others do not make the
        # store parse its references: a write's redirect and name-key look-ups).
        records = self._evidence.read(i for i in wanted if i.startswith(EVIDENCE_PREFIX) and i in self._evidence)
        nodes = {n.id: n for n in self._nodes([i for i in wanted if i not in records and i in self.graph])}
        return [Node(i, list(EVIDENCE), records[i]) if i in records else nodes[i]
                for i in wanted if i in nodes or i in records]

    @reads
    def relationships(self, node_id: str, direction: Direction = "both",
                      types: list[str] | None = None) -> list[Relationship]:
        return self._relationships(self._edges(node_id, direction, types))

    def _edges(self, node_id: str, direction: Direction, types: list[str] | None) -> list[tuple[str, str, str, dict]]:
        if node_id not in self.graph:
            return []
        edges = []
        if direction in ("out", "both"):
            edges += list(self.graph.out_edges(node_id, keys=True, data=True))
        if direction in ("in", "both"):
            edges += [e for e in self.graph.in_edges(node_id, keys=True, data=True) if direction == "in" or e[0] != e[1]]
        return [e for e in edges if types is None or e[3]["type"] in types]

    @reads
    def find_nodes(self, query: NodeFilter) -> list[Node]:
        if query.label in EVIDENCE:
            held = {n.id: n for n in self.get_nodes(self._evidence.ids())}
        elif COLD.isdisjoint([*query.equals, query.date_property]):
            held = None  # what is asked about is in memory: the rest is read for the nodes found only
        else:
            held = {n.id: n for n in self._nodes(sorted(self._index.by_label.get(query.label, ())))}
        found = []
        for node_id in held if held is not None else sorted(self._index.by_label.get(query.label, ())):
            props = held[node_id].properties if held is not None else self.graph._node[node_id]["props"]
            if any(props.get(k) != v for k, v in query.equals.items()):
                continue
            date = props.get(query.date_property)
            if (query.date_from or query.date_to) and date is None:
                continue
            if query.date_from and date < query.date_from:
                continue
            if query.date_to and date > query.date_to:
                continue
            found.append(node_id)
            if query.limit and len(found) >= query.limit:
                break
        return [held[i] for i in found] if held is not None else self._nodes(found)

    @reads
    def search_candidates(self, text: str, label: str | None = None, limit: int = 50) -> list[Node]:
        wanted = fold(text).strip()
        if not wanted:
            return []
        scored = sorted((-best, node_id) for node_id, best in self._index.search(wanted, label).items())
        return self._nodes([i for _, i in scored[:limit]])

    @reads
    def shortest_paths(self, start: str, end: str, max_length: int,
                       types: list[str] | None = None, limit: int = 10) -> list[list[Relationship]]:
        if start not in self.graph or end not in self.graph or start == end:
            return []
        def links(node: str, only: list[str] | None) -> list[Link]:
            return [(a, b, k, d["type"]) for a, b, k, d in self._edges(node, "both", only)]

        def whole(found: list[Link]) -> list[Relationship]:
            return self._relationships([(a, b, k, self.graph._succ[a][b][k]) for a, b, k, _ in found])

        return memory_paths.shortest_paths(links, whole, start, end, max_length, types, limit)

    @reads
    def counts(self) -> Counts:
        by_label = {label: len(ids) for label, ids in sorted({**self._index.by_label, "Evidence": self._evidence}.items())
                    if ids}
        by_type: dict[str, int] = {}
        for _, _, d in self.graph.edges(data=True):
            by_type[d["type"]] = by_type.get(d["type"], 0) + 1
        # Name keys are an index kept as nodes (graph/identity.py), not part of the graph's size.
        nodes = self.graph.number_of_nodes() + len(self._evidence) - by_label.get("NameKey", 0)
        return Counts(nodes, self.graph.number_of_edges(), by_label, dict(sorted(by_type.items())))

    def export(self) -> Iterator[GraphDocument]:
        doc = self._whole_document()
        for i in range(0, max(len(doc.nodes), 1), EXPORT_BATCH):
            yield GraphDocument(doc.nodes[i:i + EXPORT_BATCH], [])
        for i in range(0, len(doc.relationships), EXPORT_BATCH):
            yield GraphDocument([], doc.relationships[i:i + EXPORT_BATCH])

    @reads
    def _whole_document(self) -> GraphDocument:
        return self._document()

    def run_cypher(self, query: str, parameters: dict[str, Any] | None = None,
                   timeout: float = 10.0, row_cap: int = 1000) -> tuple[list[str], list[list[Any]], bool]:
        raise NotSupported("Cypher needs Neo4j: the embedded store has no Cypher engine. "
                           "Set NEO4J_URI (see README) to query this graph in Cypher.")

    @reads
    def evidence(self, fact_id: str, after: str | None = None, limit: int = 50) -> list[Node]:
        return self.get_nodes(self._evidence.of_fact(fact_id, after, limit))

    # -- curation ----------------------------------------------------------------------------
    @reads
    def get_relationship(self, rel_id: str) -> Relationship | None:
        # Edges are keyed by their ends; a scan is the embedded store's price for one id (curation only).
        for a, b, key, d in self.graph.edges(keys=True, data=True):
            if key == rel_id:
                return self._relationships([(a, b, key, d)])[0]
        return None
