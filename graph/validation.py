"""Validation of graph documents against the ontology, before anything is written.

Every problem is reported with what is wrong and the node or relationship it is on, all at
once, so a loader can name the file and every fault in it.
"""
from __future__ import annotations

import re
from itertools import repeat
from typing import Any

from graph.document import GraphDocument, Node, Relationship
from graph.ontology import Ontology, load

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


class DocumentError(ValueError):
    """A graph document that does not fit the ontology; `problems` lists every fault."""

    def __init__(self, problems: list[str], source: str | None = None):
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(where + "; ".join(problems))


# Whether a value is of a property type of the ontology (one table for every check: rebuilt on
# each call, it was a fifth of a bulk write's validation).
TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "text": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "date": lambda v: isinstance(v, str) and bool(DATE.match(v)),
    "datetime": lambda v: isinstance(v, str) and bool(DATETIME.match(v)),
    # map, not a generator: a bulk write checks tens of thousands of lists (sources, evidence)
    "list[string]": lambda v: isinstance(v, list) and all(map(isinstance, v, repeat(str))),
}


def _type_problem(kind: str, value: Any) -> str:
    """What is wrong with a value that is not of `kind` (asked only of one that failed its check)."""
    if kind == "date":
        return f"malformed date {value!r} (ISO 8601 at its precision: 2016, 2016-10, 2016-10-22)"
    return f"expected {kind}, got {value!r}"


def _property_problems(props: dict, allowed: dict[str, str], vocab: dict[str, str], onto: Ontology) -> list[str]:
    problems = []
    for key, value in props.items():
        if value is None:
            continue
        kind = allowed.get(key)
        if kind is not None:
            if not TYPE_CHECKS[kind](value):  # the message only for a value that fails
                problems.append(f"property {key!r}: {_type_problem(kind, value)}")
                continue
        # Unknown properties are allowed (the ontology may be extended), but must be storable.
        elif not _storable(value):
            problems.append(f"property {key!r} holds {type(value).__name__}, which a graph cannot store")
        if vocab and key in vocab and value not in onto.vocabulary(vocab[key]):
            problems.append(f"unknown {key} {value!r} (one of: {', '.join(onto.vocabulary(vocab[key]))})")
    return problems


def _storable(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, list) and len({type(x) for x in value}) <= 1 \
        and all(isinstance(x, (str, int, float, bool)) for x in value)


# The checks below name the node or relationship only when they find a problem (a bulk write
# checks thousands that have none).
def check_node(node: Node, onto: Ontology) -> list[str]:
    problems = [f"unknown label {label!r}" for label in node.labels if label not in onto.labels]
    cls = onto.class_of(node.labels)
    if cls is None:
        problems.append(f"no class label (one of: {', '.join(onto.classes)})")
    else:
        subclasses = [label for label in node.labels if label in onto.subclass_parent]
        if len(subclasses) > 1:
            problems.append(f"more than one subclass label: {', '.join(subclasses)}")
        for sub in subclasses:
            if onto.subclass_parent[sub] != cls:
                problems.append(f"subclass {sub!r} is not a kind of {cls}")
        if onto.class_for_id(node.id) != cls:
            problems.append(f"id must start with '{onto.classes[cls].id_prefix}:' for a {cls}")
        if node.properties.get("id", node.id) != node.id:
            problems.append("property 'id' differs from the node id")
        problems += _property_problems(node.properties, onto.node_properties(cls), onto.class_vocabularies(cls), onto)
    return [f"node {node.id!r}: {p}" for p in problems]


def check_relationship(rel: Relationship, labels_of: dict[str, list[str]], onto: Ontology) -> list[str]:
    spec = onto.relationships.get(rel.type)
    if spec is None:
        problems = [f"unknown relationship type {rel.type!r}"]
    else:
        problems = []
        for side, node_id, allowed in (("start", rel.start, spec.sources), ("end", rel.end, spec.targets)):
            # An end outside this document must already be stored; its id still tells its class.
            cls = onto.class_for_id(node_id)
            labels = labels_of.get(node_id) or [cls or ""]
            if not cls:
                problems.append(f"{side} {node_id!r} is not a node id of any class")
            elif not onto.admits(allowed, labels) and (node_id in labels_of or not _may_be_subclass(allowed, labels[0], onto)):
                problems.append(f"{side} {node_id!r} is a {onto.subclass_of(labels) or onto.class_of(labels)},"
                                f" not one of: {', '.join(allowed)}")
        problems += _property_problems(rel.properties, onto.relationship_properties(rel.type), spec.vocabularies, onto)
    return [f"relationship {rel.type} {rel.start!r}->{rel.end!r}: {p}" for p in problems]


def _may_be_subclass(allowed: tuple[str, ...], cls: str, onto: Ontology) -> bool:
    return any(onto.subclass_parent.get(a) == cls for a in allowed)


def validate(doc: GraphDocument, onto: Ontology | None = None, source: str | None = None) -> None:
    """Raise DocumentError listing every fault of `doc`; return None when it fits the ontology."""
    onto = onto or load()
    problems: list[str] = []
    for node in doc.nodes:
        problems += check_node(node, onto)
    labels_of = {n.id: n.labels for n in doc.nodes}
    for rel in doc.relationships:
        problems += check_relationship(rel, labels_of, onto)
    if problems:
        raise DocumentError(problems, source)
