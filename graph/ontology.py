"""The ontology of schema/ontology.yaml as typed Python objects.

Everything that checks labels, relationship types, properties or vocabularies asks this module,
so the YAML file stays the one place where they are defined.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import yaml

SCHEMA_DIR = Path(os.environ.get("MINEGRAPH_SCHEMA", Path(__file__).resolve().parent.parent / "schema"))
ONTOLOGY_FILE = SCHEMA_DIR / "ontology.yaml"


@dataclass(frozen=True)
class NodeClass:
    name: str
    id_prefix: str
    entity: bool
    properties: dict[str, str]
    subclasses: tuple[str, ...]


@dataclass(frozen=True)
class RelationshipType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: dict[str, str]
    key: tuple[str, ...] = ()
    vocabularies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ontology:
    entity_label: str
    common_properties: dict[str, str]
    provenance_properties: dict[str, str]
    classes: dict[str, NodeClass]
    relationships: dict[str, RelationshipType]
    vocabularies: dict[str, tuple[str, ...]]
    property_vocabularies: dict[str, str]
    indexes: tuple[dict, ...]
    fulltext: dict

    @cached_property  # asked for every node and relationship written: built once
    def subclass_parent(self) -> dict[str, str]:
        return {sub: cls.name for cls in self.classes.values() for sub in cls.subclasses}

    @cached_property
    def labels(self) -> set[str]:
        return {self.entity_label, *self.classes, *self.subclass_parent}

    def class_of(self, labels: list[str] | tuple[str, ...]) -> str | None:
        """The class label among `labels` (a subclass names its class), or None."""
        for label in labels:
            if label in self.classes:
                return label
        parents = self.subclass_parent
        for label in labels:
            if label in parents:
                return parents[label]
        return None

    def subclass_of(self, labels: list[str] | tuple[str, ...]) -> str | None:
        parents = self.subclass_parent
        return next((label for label in labels if label in parents), None)

    @cached_property
    def class_by_prefix(self) -> dict[str, str]:
        return {c.id_prefix: c.name for c in reversed(self.classes.values())}  # the first class wins

    def class_for_id(self, node_id: str) -> str | None:
        """Ids start with their class's prefix (`person:…`), so any id finds its indexed label."""
        return self.class_by_prefix.get(node_id.split(":", 1)[0])

    def labels_for(self, cls: str, subclass: str | None = None) -> list[str]:
        labels = [self.entity_label] if self.classes[cls].entity else []
        labels.append(cls)
        if subclass:
            labels.append(subclass)
        return labels

    # The tables below are asked for each node and relationship validated (a bulk write
    # validates thousands): built once and shared, so not to be changed by the caller.
    @cached_property
    def _node_properties(self) -> dict[str, dict[str, str]]:
        return {name: {**self.common_properties, **cls.properties} for name, cls in self.classes.items()}

    @cached_property
    def _relationship_properties(self) -> dict[str, dict[str, str]]:
        return {name: {**self.provenance_properties, **rel.properties} for name, rel in self.relationships.items()}

    @cached_property
    def _class_vocabularies(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {name: {} for name in self.classes}
        for key, vocabulary in self.property_vocabularies.items():
            cls, prop = key.split(".", 1)
            out.setdefault(cls, {})[prop] = vocabulary
        return out

    def node_properties(self, cls: str) -> dict[str, str]:
        return self._node_properties[cls]

    def relationship_properties(self, rel_type: str) -> dict[str, str]:
        return self._relationship_properties[rel_type]

    def class_vocabularies(self, cls: str) -> dict[str, str]:
        """The properties of a class restricted to a vocabulary, each with the vocabulary's name."""
        return self._class_vocabularies[cls]

    def vocabulary(self, name: str) -> tuple[str, ...]:
        return self.vocabularies[name]

    def admits(self, endpoint_names: tuple[str, ...], labels: list[str]) -> bool:
        """Whether a node with `labels` may stand at an end restricted to `endpoint_names`."""
        for name in endpoint_names:  # a loop, not any() over a generator: asked twice per fact written
            if name in labels:
                return True
        return False


def _relationship(name: str, raw: dict) -> RelationshipType:
    return RelationshipType(
        name=name,
        sources=tuple(raw["from"]),
        targets=tuple(raw["to"]),
        properties=dict(raw.get("properties") or {}),
        key=tuple(raw.get("key") or ()),
        vocabularies=dict(raw.get("vocabularies") or {}),
    )


def parse(raw: dict) -> Ontology:
    return Ontology(
        entity_label=raw["entity_label"],
        common_properties=dict(raw["common_properties"]),
        provenance_properties=dict(raw["provenance_properties"]),
        classes={
            name: NodeClass(name, c["id_prefix"], bool(c["entity"]), dict(c.get("properties") or {}),
                            tuple(c.get("subclasses") or ()))
            for name, c in raw["classes"].items()
        },
        relationships={name: _relationship(name, r) for name, r in raw["relationships"].items()},
        vocabularies={name: tuple(v) for name, v in raw["vocabularies"].items()},
        property_vocabularies=dict(raw.get("property_vocabularies") or {}),
        indexes=tuple(raw.get("indexes") or ()),
        fulltext=dict(raw["fulltext"]),
    )


@cache
def load(path: Path = ONTOLOGY_FILE) -> Ontology:
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")))
