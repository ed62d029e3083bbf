"""The embedded store: a networkx MultiDiGraph in this process, kept in files.

A newcomer needs nothing but Python. graph/memory_file.py keeps the files (a snapshot, its delta
(graph/memory_delta.py), a journal fsynced per write, a lock for writers across processes).
Its bulky properties live in a side file once compacted (graph/memory_cold.py): every property
that leaves this module goes through `self._cold.full`. An open leaves the relationships
unparsed until first needed (graph/memory_adjacency.py: every change of the graph goes through
`self._adjacency`). Its reads are graph/memory_reads.py. Inside the process a reader–writer lock
guards it (graph/memory_locks.py): API threads read together, a write waits for them. Before a
read the store catches up with what other processes wrote (a stat tells).
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import networkx as nx

from graph import memory_delta, memory_snapshot, ontology
from graph.document import GraphDocument, Node, Relationship
from graph.memory_adjacency import Adjacency
from graph.memory_cold import ColdProps, shared_labels
from graph.memory_delta import DELTA_SHARE, Dirty
from graph.memory_evidence import PREFIX as EVIDENCE_PREFIX, EvidenceRecords
from graph.memory_file import Entry, StoreFiles, paused_gc
from graph.memory_index import NodeIndex
from graph.memory_locks import Depth, new_lock, writes
from graph.memory_quiet import Quiet
from graph.memory_reads import MemoryReads
from graph.memory_undo import UndoLog
from graph.provenance import summarise
from graph.store import GraphStore, StoreError, WriteResult
from graph.identity import identify
from graph.redirects import follow, referenced_ids, resolve
from graph.write_plan import WritePlan, plan, prepare


class MemoryStore(MemoryReads, UndoLog, GraphStore):
    kind = "memory"

    def __init__(self, path: Path | str | None):
        self.files = StoreFiles(Path(path)) if path else None
        self._cold = ColdProps(self.files.props if self.files else None)
        self._lock = new_lock()
        self._quiet = Quiet()
        self._inside = Depth()
        self._batched = 0
        self._journaled = False  # this process wrote since it last compacted
        self._reset()
        if self.files:
            with self.files.held():
                self._open_files()

    @property
    def path(self) -> Path | None:
        return self.files.path if self.files else None

    @property
    def onto(self) -> ontology.Ontology:
        """Read by writes only (cached per process): not part of an open."""
        return ontology.load()

    # -- persistence -------------------------------------------------------------------------
    def _reset(self) -> None:
        self._drop_graph()
        self.graph = nx.MultiDiGraph()
        self._adjacency = Adjacency(self.graph)
        self._index = NodeIndex()
        self._dirty = Dirty(whole=True)  # what differs from the snapshot on disk (graph/memory_delta.py)
        self._evidence = EvidenceRecords(self.files.evidence if self.files else None)

    def _drop_graph(self) -> None:
        """Free the graph now: networkx's cached views refer back to it, a cycle that only the
        cyclic GC could collect, and the graph is frozen out of it (graph/memory_file.py)."""
        old = self.__dict__.get("graph")
        if old is not None:
            self._adjacency.drop()
            old.__dict__.clear()

    def __del__(self) -> None:
        self._drop_graph()

    def _reopen(self) -> None:
        """Another process compacted past what this one read: read the files anew (the lock held)."""
        self._reset()
        self._open_files()

    def _open_files(self) -> None:
        """The files read (the lock held), the side files their snapshot does not name removed."""
        self.files.open(self._load_snapshot, self._apply_entry, self._load_delta)
        self.files.remove_unnamed_sides(set(self._side_names().values()))
        self._parse_soon()

    def _side_names(self) -> dict[str, str]:
        """The side files in use, as a snapshot's header names them."""
        return {"props": self._cold.path.name, "evidence_file": self._evidence.path.name}

    def _parse_soon(self) -> None:
        """What the open left unparsed, parsed by a thread once reads pause (graph/memory_quiet.py):
        the adjacency first (0.5-1.5 s at 5,000 documents), then the Evidence references."""
        adjacency, evidence = self._adjacency, self._evidence
        self._quiet.soon([(adjacency.unparsed, adjacency.ready), (evidence.unparsed, evidence.parse)])

    def _catch_up(self) -> None:
        self._quiet.read_at = time.monotonic()  # what the open left waits for a quiet moment to be parsed
        if self.files and self.files.changed():
            with self._lock.gen_wlock(), self.files.held():
                self.files.catch_up(self._reopen, self._apply_entry)

    def _load_snapshot(self, data: dict, tail: bytes) -> None:
        """A parsed snapshot into the graph `_reset` just made (graph/memory_snapshot.py)."""
        try:
            self._cold.use(self.files.path.with_name(data.get("props", self.files.props.name)))
            self._evidence.use(self.files.path.with_name(data.get("evidence_file", self.files.evidence.name)))
            memory_snapshot.load(data, tail, self.graph, self._adjacency, self._index, self._evidence)
            self._adjacency.cold_bytes = data.get("cold_bytes")
            self._dirty.whole = data.get("format") != memory_snapshot.FORMAT
            self._dirty.unsettled = data.get("format") not in memory_snapshot.SETTLED
        except (KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{self.path}: cannot read the embedded store: {exc!r}") from exc

    def _load_delta(self, data: bytes) -> None:
        memory_delta.apply(memory_delta.read(data), self._adjacency, self._dirty, self._evidence,
                           lambda i, labels, props: self._put_node(Node(i, labels, props)), self._delete_nodes)

    def _save(self, fresh: bool = False) -> None:
        """What changed since the snapshot into a new delta, or the whole graph into a new
        snapshot (compaction) when the delta outgrows DELTA_SHARE of it; and a new journal
        (`fresh`, a compaction's that follows no position of the old one)."""
        if self.files:
            self._adjacency.ready()  # a save writes it whole, or walks the dirty part of it
            self._evidence.flush()
            with paused_gc():
                # Only what changed since the snapshot can be unsettled, unless it was of a format
                # before the side file: no pass over every element (0.3-0.7 s at 5,000 documents).
                self._adjacency.settled(self._cold.settle(self.graph, None if self._dirty.unsettled else self._dirty))
                if not self._dirty.whole:
                    delta = memory_delta.body(self.graph, self._dirty, self._evidence)
                    if len(delta) <= DELTA_SHARE * self.files.path.stat().st_size:
                        self.files.save_delta({"format": memory_delta.FORMAT}, delta)
                        self._journaled = False
                        return
                    del delta
                self._compact_files(fresh)
                self._dirty = Dirty(whole=False)
            self._journaled = False

    def _compact_files(self, fresh: bool) -> None:
        """The whole graph into a new snapshot; first, a side file mostly dead lines has its live
        ones copied to a new one that the snapshot names (graph/memory_side.py); after, the
        side files it does not name are removed (a process still reading one holds it open).
        The new journal is `fresh` too after a rewrite: other processes read the snapshot anew."""
        if self._adjacency.cold_bytes is None:  # a snapshot of before the count: walked for once
            self._adjacency.cold_bytes = self._cold.live_bytes(self.graph)
        rewrite_props = self._cold.worth_rewriting(self._adjacency.cold_bytes)
        if rewrite_props:
            self._cold.rewrite(self.graph, self.files.next_side("props"))
        rewrite_evidence = self._evidence.worth_rewriting()
        if rewrite_evidence:
            self._evidence.rewrite(self.files.next_side("evidence"))
        header, *body = memory_snapshot.snapshot(self.graph, self._index, self._evidence.references())
        names = self._side_names()
        self.files.compact({**header, **names, "cold_bytes": self._adjacency.cold_bytes}, *body, fresh=fresh or rewrite_props or rewrite_evidence)
        self.files.remove_unnamed_sides(set(names.values()))

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
        self._adjacency.put_node(node.id, shared_labels(node.labels), dict(node.properties))
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
        endpoint_labels = {e: list(self.graph.nodes[e]["labels"]) for e in ends if e in self.graph}
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
            self._adjacency.add_edge(rel.start, rel.end, rel_id, {"type": rel.type, "props": rel.properties})

    def _delete_nodes(self, ids: tuple[str, ...]) -> None:
        for node_id in ids:
            self._evidence.discard(node_id)
            if node_id.startswith(EVIDENCE_PREFIX):
                self._dirty.records.add(node_id)
            if node_id in self.graph:
                self._dirty.nodes.add(node_id)
                data = self.graph.nodes[node_id]
                self._index.discard(node_id, data["labels"], data["props"])
                self._adjacency.remove_node(node_id, self._dirty.edges)  # with its relationships, marked dirty

    @writes
    def clear(self) -> None:
        """Everything deleted, on disk before this returns: a compaction of the empty graph. Its
        journal is fresh, so that another process reads the empty snapshot anew: one that
        followed the old journal instead would keep the graph it holds (the snapshot is no
        longer the old one plus that journal), serve it, and write it back on its compaction."""
        self._reset()
        self._save(fresh=True)
