"""The embedded store's reads (a mixin of graph/memory_store.py's MemoryStore, which keeps the
graph and its files): every answer made from its networkx graph, its index and its Evidence
records, each property read whole through the side file (graph/memory_cold.py). A read of
nodes alone (`reads_nodes`) never waits for the adjacency an open left unparsed
(graph/memory_adjacency.py); the others parse it first (`reads`)."""
from __future__ import annotations

from typing import Any, Iterator

from graph import memory_paths
from graph.document import GraphDocument, Node, Relationship
from graph.ids import fold
from graph.memory_cold import COLD
from graph.memory_evidence import LABELS as EVIDENCE, PREFIX as EVIDENCE_PREFIX
from graph.memory_locks import reads, reads_nodes
from graph.memory_paths import Link
from graph.store import Counts, Direction, NodeFilter, NotSupported

EXPORT_BATCH = 5000


class MemoryReads:
    def _document(self) -> GraphDocument:
        return GraphDocument(
            self._nodes(list(self.graph.nodes)) + [Node(i, list(EVIDENCE), p) for i, p in self._evidence.all()],
            self._relationships(list(self.graph.edges(keys=True, data=True))),
        )

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

    @reads_nodes
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

    @reads_nodes
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

    @reads_nodes
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

    @reads_nodes
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
