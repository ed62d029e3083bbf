"""The graph document: the one in-memory form that loaders produce and stores consume.

Its JSON form is exactly the format of the evaluation scorer (shared/eval/README.md):
{"nodes": [{"id", "labels", "properties"}], "relationships": [{"type", "start", "end", "properties"}]}.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
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
        # A write asks for each relationship's id several times (~16% of its Python time when
        # each was computed): the id is kept on the object with what it was computed from, and
        # computed again only if the type, an end or a key property changed since.
        kept = self.__dict__.get("_id")
        if kept is not None:
            rel_type, start, end, key_values, rel_id = kept
            # (the key values read again only for a type that has a key)
            if rel_type == self.type and start == self.start and end == self.end and (
                    not key_values or key_values == tuple(map(self.properties.get, _key_properties(rel_type)))):
                return rel_id
        keys = _key_properties(self.type)
        if not keys:  # most facts: nothing to read or check
            rel_id = relationship_id(self.type, self.start, self.end, {})
            self.__dict__["_id"] = (self.type, self.start, self.end, (), rel_id)
            return rel_id
        key_values = tuple(map(self.properties.get, keys))
        rel_id = relationship_id(self.type, self.start, self.end, dict(zip(keys, key_values)))
        try:
            hash(key_values)  # a key value that can change in place (a list) is not remembered
        except TypeError:
            return rel_id
        self.__dict__["_id"] = (self.type, self.start, self.end, key_values, rel_id)
        return rel_id

    def with_properties(self, properties: dict[str, Any]) -> "Relationship":
        """The same fact with `properties`, its kept id with it (checked again when asked)."""
        out = Relationship(self.type, self.start, self.end, properties)
        if "_id" in self.__dict__:
            out.__dict__["_id"] = self.__dict__["_id"]
        return out

    def to_dict(self) -> dict:
        return {"type": self.type, "start": self.start, "end": self.end, "properties": dict(self.properties)}


@cache
def _key_properties(rel_type: str) -> tuple[str, ...]:
    """The properties that tell one fact of `rel_type` from another (schema `key`); the ontology
    is loaded once per process (graph/ontology.py load), so its answer is kept per type."""
    spec = ontology.load().relationships.get(rel_type)
    return spec.key if spec else ()


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

    def normalised(self, copied: bool = True) -> "GraphDocument":
        """One node per id and one relationship per fact, their properties merged the way the
        stores merge them, so a loader may emit the same fact twice. With `copied` false, a node
        or fact met once is kept as it is, not copied: for a caller that changes none of them and
        drops the result once written (a bulk write: the copies were a fifth of its Python)."""
        return _one_per_id(self.nodes, self.relationships, copied=copied)

    @classmethod
    def combined(cls, docs: Iterable["GraphDocument"]) -> "GraphDocument":
        """What normalised() makes of `docs` concatenated, for documents normalised already
        (bulk writes): a node or fact met once is kept as it is, not copied again; one met
        again is merged into a new one, so none of `docs` changes."""
        docs = list(docs)
        return _one_per_id([n for d in docs for n in d.nodes], [r for d in docs for r in d.relationships],
                           copied=False)


def _one_per_id(nodes: list[Node], relationships: list[Relationship], copied: bool) -> GraphDocument:
    """One node per id and one relationship per fact; `copied`: the first of each copied too."""
    by_id: dict[str, Node] = {}
    for n in nodes:
        seen = by_id.get(n.id)
        if seen is None:
            by_id[n.id] = Node(n.id, list(n.labels), dict(n.properties)) if copied else n
        else:
            labels = list(seen.labels)
            labels.extend(label for label in n.labels if label not in labels)
            by_id[n.id] = Node(n.id, labels, merge_properties(seen.properties, n.properties))
    facts: dict[str, Relationship] = {}
    for r in relationships:
        rel_id = r.id
        seen = facts.get(rel_id)
        if seen is None:
            facts[rel_id] = r.with_properties(dict(r.properties)) if copied else r
        else:
            facts[rel_id] = seen.with_properties(merge_properties(seen.properties, r.properties))
    return GraphDocument(list(by_id.values()), list(facts.values()))
