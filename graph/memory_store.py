"""The embedded store: a networkx MultiDiGraph in this process, saved to one JSON file.

A newcomer needs nothing but Python. The file is a graph document (the scorer's format),
replaced atomically on every write, so a crash leaves the previous version whole.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from graph.ids import fold
from graph.provenance import summarise
from graph.store import Counts, Direction, GraphStore, NodeFilter, NotSupported, StoreError, WriteResult
from graph.redirects import follow, referenced_ids, resolve
from graph.write_plan import WritePlan, plan, prepare

EXPORT_BATCH = 5000
SAVE_EVERY = 100  # writes in a batch between saves: what a crash mid-batch can lose at most


class MemoryStore(GraphStore):
    kind = "memory"

    def __init__(self, path: Path | str | None):
        self.path = Path(path) if path else None
        self.onto = ontology.load()
        self.graph = nx.MultiDiGraph()
        self._by_label: dict[str, set[str]] = {}
        self._evidence_of: dict[str, set[str]] = {}  # fact id -> its Evidence ids (the `fact` index)
        self._batched = 0
        self._unsaved = 0
        if self.path and self.path.exists():
            self._load(self.path)

    # -- persistence -------------------------------------------------------------------------
    def _load(self, path: Path) -> None:
        try:
            doc = GraphDocument.read(path)
        except (OSError, ValueError, KeyError) as exc:
            raise StoreError(f"{path}: cannot read the embedded store: {exc}") from exc
        for node in doc.nodes:
            self._put_node(node)
        for rel in doc.relationships:
            self.graph.add_edge(rel.start, rel.end, key=rel.properties.get("id") or rel.id,
                                type=rel.type, props=rel.properties)

    def _save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._document().to_dict(), fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _persist(self) -> None:
        self._unsaved += 1
        if not self._batched or self._unsaved >= SAVE_EVERY:
            self._save()
            self._unsaved = 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        self._batched += 1
        try:
            yield
        finally:
            self._batched -= 1
            if not self._batched and self._unsaved:
                self._save()
                self._unsaved = 0

    def _document(self) -> GraphDocument:
        return GraphDocument(
            [self._node(n) for n in self.graph.nodes],
            [Relationship(d["type"], a, b, d["props"]) for a, b, d in self.graph.edges(data=True)],
        )

    # -- writing -----------------------------------------------------------------------------
    def init_schema(self) -> None:
        """Nothing to create: the embedded store keeps its label index in memory."""

    def _put_node(self, node: Node) -> None:
        old = self.graph.nodes[node.id]["labels"] if node.id in self.graph else []
        for label in old:
            self._by_label.get(label, set()).discard(node.id)
        self.graph.add_node(node.id, labels=list(node.labels), props=dict(node.properties))
        for label in node.labels:
            self._by_label.setdefault(label, set()).add(node.id)
        if "Evidence" in node.labels:
            self._evidence_of.setdefault(node.properties["fact"], set()).add(node.id)

    def write(self, doc: GraphDocument, source: str | None = None, delete: tuple[str, ...] = ()) -> WriteResult:
        doc = prepare(doc, self.onto, source)
        doc = follow(doc, resolve(referenced_ids(doc), self.get_nodes))
        stored_nodes = {n.id: n for n in self.get_nodes([n.id for n in doc.nodes])}
        stored_rels = {}
        for rel in doc.relationships:
            if self.graph.has_edge(rel.start, rel.end, key=rel.id):
                stored_rels[rel.id] = self.graph.edges[rel.start, rel.end, rel.id]["props"]
        ends = {end for r in doc.relationships for end in (r.start, r.end)}
        endpoint_labels = {e: self.graph.nodes[e]["labels"] for e in ends if e in self.graph}
        changes = plan(doc, self.onto, source, stored_nodes, stored_rels, endpoint_labels)
        result = WriteResult(changes.nodes_created, len(changes.nodes) - changes.nodes_created,
                             changes.relationships_created, len(changes.relationships) - changes.relationships_created)
        changes.nodes += self._record_evidence(changes)

        undo = self._undo_log(changes, delete)
        try:
            self._write_nodes(changes.nodes)
            self._write_relationships(changes.relationships)
            self._delete_nodes(delete)
            self._persist()
        except BaseException:
            # The file still holds the previous graph; put memory back to match it.
            self._roll_back(*undo)
            raise
        return result

    def _record_evidence(self, changes) -> list[Node]:
        """The Evidence nodes new to the store, with each relationship's summary updated from
        them (what graph/cypher/write_relationships.cypher does on Neo4j)."""
        out = []
        for rel_id, rel in changes.relationships:
            fresh = [dict(r) for r in changes.evidence.get(rel_id, ()) if r["id"] not in self.graph]
            for record in fresh:
                if "observed" not in record and record["document"] in self.graph:
                    observed = self.graph.nodes[record["document"]]["props"].get("published")
                    if observed:
                        record["observed"] = observed
                out.append(Node(record["id"], ["Evidence"], record))
            rel.properties = summarise(rel.properties, fresh)
        return out

    def put(self, doc: GraphDocument) -> None:
        nodes = [Node(n.id, n.labels, {**n.properties, "id": n.id}) for n in doc.nodes]
        rels = [(rel_id, Relationship(r.type, r.start, r.end, {**r.properties, "id": rel_id}))
                for r in doc.relationships for rel_id in [r.properties.get("id") or r.id]]
        changes = WritePlan(nodes, rels)
        undo = self._undo_log(changes, ())
        try:
            self._write_nodes(changes.nodes)
            self._write_relationships(changes.relationships)
            self._persist()
        except BaseException:
            self._roll_back(*undo)
            raise

    def _undo_log(self, changes, delete: tuple[str, ...]) -> tuple:
        """What the write will overwrite, so a failure can put it back: only what the document
        touches, not a copy of the graph."""
        touched = [n.id for n in changes.nodes] + [i for i in delete if i in self.graph]
        nodes = {i: (self._node(i) if i in self.graph else None) for i in touched}
        edges = {rel_id: (rel.start, rel.end, self.graph.edges[rel.start, rel.end, rel_id]
                          if self.graph.has_edge(rel.start, rel.end, key=rel_id) else None)
                 for rel_id, rel in changes.relationships}
        removed = [(a, b, k, d) for i in delete if i in self.graph
                   for a, b, k, d in [*self.graph.out_edges(i, keys=True, data=True),
                                      *self.graph.in_edges(i, keys=True, data=True)]]
        return nodes, {k: (a, b, dict(d) if d else None) for k, (a, b, d) in edges.items()}, removed

    def _roll_back(self, nodes: dict, edges: dict, removed: list) -> None:
        for rel_id, (start, end, data) in edges.items():
            if self.graph.has_edge(start, end, key=rel_id):
                self.graph.remove_edge(start, end, key=rel_id)
            if data is not None:
                self.graph.add_edge(start, end, key=rel_id, **data)
        for node_id, node in nodes.items():
            if node is None:
                self._delete_nodes((node_id,))
            else:
                self._put_node(node)
        for a, b, k, d in removed:
            self.graph.add_edge(a, b, key=k, **d)

    def _write_nodes(self, nodes: list[Node]) -> None:
        for node in nodes:
            self._put_node(node)

    def _write_relationships(self, relationships: list[tuple[str, Relationship]]) -> None:
        for rel_id, rel in relationships:
            self.graph.add_edge(rel.start, rel.end, key=rel_id, type=rel.type, props=rel.properties)

    def _delete_nodes(self, ids: tuple[str, ...]) -> None:
        for node_id in ids:
            if node_id in self.graph:
                data = self.graph.nodes[node_id]
                for label in data["labels"]:
                    self._by_label[label].discard(node_id)
                if "Evidence" in data["labels"]:
                    self._evidence_of.get(data["props"]["fact"], set()).discard(node_id)
                self.graph.remove_node(node_id)

    def _reindex(self) -> None:
        self._by_label = {}
        for node_id, data in self.graph.nodes(data=True):
            for label in data["labels"]:
                self._by_label.setdefault(label, set()).add(node_id)

    def clear(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._by_label = {}
        self._evidence_of = {}
        self._save()

    # -- reading -----------------------------------------------------------------------------
    def _node(self, node_id: str) -> Node:
        data = self.graph.nodes[node_id]
        return Node(node_id, list(data["labels"]), dict(data["props"]))

    def get_nodes(self, ids: list[str]) -> list[Node]:
        return [self._node(i) for i in dict.fromkeys(ids) if i in self.graph]

    def relationships(self, node_id: str, direction: Direction = "both",
                      types: list[str] | None = None) -> list[Relationship]:
        if node_id not in self.graph:
            return []
        edges = []
        if direction in ("out", "both"):
            edges += list(self.graph.out_edges(node_id, data=True))
        if direction in ("in", "both"):
            edges += [e for e in self.graph.in_edges(node_id, data=True) if direction == "in" or e[0] != e[1]]
        return [Relationship(d["type"], a, b, dict(d["props"])) for a, b, d in edges
                if types is None or d["type"] in types]

    def find_nodes(self, query: NodeFilter) -> list[Node]:
        out = []
        for node_id in sorted(self._by_label.get(query.label, ())):
            props = self.graph.nodes[node_id]["props"]
            if any(props.get(k) != v for k, v in query.equals.items()):
                continue
            date = props.get(query.date_property)
            if (query.date_from or query.date_to) and date is None:
                continue
            if query.date_from and date < query.date_from:
                continue
            if query.date_to and date > query.date_to:
                continue
            out.append(self._node(node_id))
            if query.limit and len(out) >= query.limit:
                break
        return out

    def search_candidates(self, text: str, label: str | None = None, limit: int = 50) -> list[Node]:
        from rapidfuzz import fuzz

        wanted = fold(text).strip()
        if not wanted:
            return []
        pool = self._by_label.get(label, set()) if label else set(self.graph.nodes)
        scored = []
        for node_id in pool:
            props = self.graph.nodes[node_id]["props"]
            names = [props.get("name") or "", *(props.get("aliases") or [])]
            best = max(fuzz.WRatio(wanted, fold(n)) for n in names if isinstance(n, str)) if names else 0
            if best >= 70:
                scored.append((-best, node_id))
        return [self._node(i) for _, i in sorted(scored)[:limit]]

    def shortest_paths(self, start: str, end: str, max_length: int,
                       types: list[str] | None = None, limit: int = 10) -> list[list[Relationship]]:
        if start not in self.graph or end not in self.graph or start == end:
            return []
        # Breadth-first from `start`, both directions, no further than max_length: only the
        # neighbourhood is visited. parents[n] holds every relationship that reaches n first.
        parents: dict[str, list[Relationship]] = {start: []}
        frontier = [start]
        for _ in range(max_length):
            reached: dict[str, list[Relationship]] = {}
            for node in frontier:
                for rel in self.relationships(node, "both", types):
                    if rel.type == "MENTIONED_IN":
                        continue
                    other = rel.end if rel.start == node else rel.start
                    if other not in parents:
                        reached.setdefault(other, []).append(rel)
            parents.update(reached)
            if end in reached or not reached:
                break
            frontier = sorted(reached)
        if end not in parents:
            return []

        def walk(node: str) -> Iterator[list[Relationship]]:
            if node == start:
                yield []
                return
            for rel in parents[node]:
                previous = rel.start if rel.end == node else rel.end
                for path in walk(previous):
                    yield [*path, rel]

        return list(islice(walk(end), limit))

    def counts(self) -> Counts:
        by_label = {label: len(ids) for label, ids in sorted(self._by_label.items()) if ids}
        by_type: dict[str, int] = {}
        for _, _, d in self.graph.edges(data=True):
            by_type[d["type"]] = by_type.get(d["type"], 0) + 1
        return Counts(self.graph.number_of_nodes(), self.graph.number_of_edges(), by_label, dict(sorted(by_type.items())))

    def export(self) -> Iterator[GraphDocument]:
        doc = self._document()
        for i in range(0, max(len(doc.nodes), 1), EXPORT_BATCH):
            yield GraphDocument(doc.nodes[i:i + EXPORT_BATCH], [])
        for i in range(0, len(doc.relationships), EXPORT_BATCH):
            yield GraphDocument([], doc.relationships[i:i + EXPORT_BATCH])

    def run_cypher(self, query: str, parameters: dict[str, Any] | None = None,
                   timeout: float = 10.0, row_cap: int = 1000) -> tuple[list[str], list[list[Any]], bool]:
        raise NotSupported("Cypher needs Neo4j: the embedded store has no Cypher engine. "
                           "Set NEO4J_URI (see README) to query this graph in Cypher.")

    def evidence(self, fact_id: str, after: str | None = None, limit: int = 50) -> list[Node]:
        ids = sorted(i for i in self._evidence_of.get(fact_id, ()) if after is None or i > after)
        return [self._node(i) for i in ids[:limit]]

    # -- curation ----------------------------------------------------------------------------
    def get_relationship(self, rel_id: str) -> Relationship | None:
        # Edges are keyed by their ends; a scan is the embedded store's price for one id (curation only).
        for a, b, key, d in self.graph.edges(keys=True, data=True):
            if key == rel_id:
                return Relationship(d["type"], a, b, dict(d["props"]))
        return None
