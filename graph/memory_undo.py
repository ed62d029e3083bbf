"""How the embedded store puts its memory back when a write fails before its journal holds it
(moved out of graph/memory_store.py, a mixin of its MemoryStore): only what the write touches is
kept aside, not a copy of the graph, and what is put back is marked dirty like any change
(graph/memory_delta.py)."""
from __future__ import annotations


class UndoLog:
    def _undo_log(self, changes, delete: tuple[str, ...]) -> tuple:
        """What the write will overwrite, so a failure can put it back: only what the document
        touches, not a copy of the graph."""
        touched = [n.id for n in changes.nodes] + [i for i in delete if self._has(i)]
        held = {n.id: n for n in self.get_nodes(touched)}
        nodes = {i: held.get(i) for i in touched}
        edges = {rel_id: (rel.start, rel.end, self.graph.edges[rel.start, rel.end, rel_id]
                          if self.graph.has_edge(rel.start, rel.end, key=rel_id) else None)
                 for rel_id, rel in changes.relationships}
        removed = [(a, b, k, d) for i in delete if i in self.graph
                   for a, b, k, d in [*self.graph.out_edges(i, keys=True, data=True),
                                      *self.graph.in_edges(i, keys=True, data=True)]]
        return nodes, {k: (a, b, dict(d) if d else None) for k, (a, b, d) in edges.items()}, removed

    def _roll_back(self, nodes: dict, edges: dict, removed: list) -> None:
        for rel_id, (start, end, data) in edges.items():
            self._dirty.edges.add((start, end, rel_id))
            self._adjacency.remove_edge(start, end, rel_id)  # through it: it counts what they refer to
            if data is not None:
                self._adjacency.add_edge(start, end, rel_id, data)
        for node_id, node in nodes.items():
            if node is None:
                self._delete_nodes((node_id,))
            else:
                self._put_node(node)
        for a, b, k, d in removed:
            self._dirty.edges.add((a, b, k))
            self._adjacency.add_edge(a, b, k, d)
