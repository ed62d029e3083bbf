"""The graph document: the one in-memory form that loaders produce and stores consume.

Its JSON form is exactly the format of the evaluation scorer (shared/eval/README.md):
{"nodes": [{"id", "labels", "properties"}], "relationships": [{"type", "start", "end", "properties"}]}.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from graph import ontology
from graph.ids import relationship_id
from graph.merge import merge_properties


@dataclass
class Node:
    id: str
    labels: list[str]
    properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "labels": list(self.labels), "properties": dict(self.properties)}


@dataclass
class Relationship:
    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        spec = ontology.load().relationships.get(self.type)
        key = {k: self.properties.get(k) for k in (spec.key if spec else ())}
        return relationship_id(self.type, self.start, self.end, key)

    def to_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "properties": dict(self.properties)}


@dataclass
class GraphDocument:
    nodes: list[Node] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict) -> "GraphDocument":
        if not isinstance(data, dict) or not isinstance(data.get("nodes", []), list) \
                or not isinstance(data.get("relationships", []), list):
            raise ValueError('a graph document is an object with lists "nodes" and "relationships"')
        return cls(
            nodes=[Node(n["id"], list(n.get("labels", [])), dict(n.get("properties") or {}))
                   for n in data.get("nodes", [])],
            relationships=[Relationship(r["type"], r["start"], r["end"], dict(r.get("properties") or {}))
                           for r in data.get("relationships", [])],
        )

    @classmethod
    def from_json(cls, text: str) -> "GraphDocument":
        return cls.from_dict(json.loads(text))

    @classmethod
    def read(cls, path: Path) -> "GraphDocument":
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    def to_dict(self) -> dict:
        return {"nodes": [n.to_dict() for n in self.nodes],
                "relationships": [r.to_dict() for r in self.relationships]}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def extend(self, nodes: Iterable[Node] = (), relationships: Iterable[Relationship] = ()) -> None:
        self.nodes.extend(nodes)
        self.relationships.extend(relationships)

    def normalised(self) -> "GraphDocument":
        """One node per id and one relationship per fact, their properties merged the way the
        stores merge them, so a loader may emit the same fact twice."""
        nodes: dict[str, Node] = {}
        for n in self.nodes:
            seen = nodes.get(n.id)
            if seen is None:
                nodes[n.id] = Node(n.id, list(n.labels), dict(n.properties))
            else:
                seen.labels.extend(label for label in n.labels if label not in seen.labels)
                seen.properties = merge_properties(seen.properties, n.properties)
        rels: dict[str, Relationship] = {}
        for r in self.relationships:
            seen = rels.get(r.id)
            if seen is None:
                rels[r.id] = Relationship(r.type, r.start, r.end, dict(r.properties))
            else:
                seen.properties = merge_properties(seen.properties, r.properties)
        return GraphDocument(list(nodes.values()), list(rels.values()))
