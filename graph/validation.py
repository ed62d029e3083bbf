"""Validation of graph documents against the ontology, before anything is written.

Every problem is reported with what is wrong and the node or relationship it is on, all at
once, so a loader can name the file and every fault in it.
"""
from __future__ import annotations

import re
from itertools import repeat
from typing import Any, Callable

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


class _Rules:
    """What the checks ask of one ontology, worked out once (a bulk write of 50 reports checks
    ~5,000 nodes and facts): per class and relationship type, a check of each property it
    names (its type and vocabulary together); per set of labels, the class it makes and what is
    wrong with it; per type, which classes may stand at each end. Each check says only whether
    a value passes: the messages are written for the few that fail."""

    def __init__(self, onto: Ontology):
        self.onto = onto
        self.node_properties = {cls: _PropertyRules(onto.node_properties(cls), onto.class_vocabularies(cls), onto)
                                for cls in onto.classes}
        self.relationship_properties = {name: _PropertyRules(onto.relationship_properties(name), spec.vocabularies, onto)
                                        for name, spec in onto.relationships.items()}
        # An end not in the document (stored, so only its id's class is known) may also be of a
        # class one of whose subclasses the type admits.
        self.classes_outside = {name: tuple(frozenset(cls for cls in onto.classes if cls in allowed
                                                      or _may_be_subclass(allowed, cls, onto))
                                            for allowed in (spec.sources, spec.targets))
                                for name, spec in onto.relationships.items()}
        self._labels: dict[tuple, tuple[str | None, tuple[str, ...]]] = {}

    def labels(self, labels: tuple) -> tuple[str | None, tuple[str, ...]]:
        """The class a node of `labels` is of, and what is wrong with its labels."""
        known = self._labels.get(labels)
        if known is None:
            known = (self.onto.class_of(labels), tuple(_label_problems(labels, self.onto)))
            if len(self._labels) < LABEL_SETS_KEPT:
                self._labels[labels] = known
        return known


LABEL_SETS_KEPT = 4096  # an ontology's documents use a few dozen; bad ones are not all remembered


class _PropertyRules:
    """The properties of one class or relationship type: `allowed` their types, `vocab` the
    vocabularies of those restricted to one."""

    def __init__(self, allowed: dict[str, str], vocab: dict[str, str], onto: Ontology):
        self.allowed, self.vocab, self.onto = allowed, vocab, onto
        self.checks = {key: _value_check(TYPE_CHECKS[allowed[key]] if key in allowed else _storable,
                                         onto.vocabulary(vocab[key]) if key in vocab else None)
                       for key in {**allowed, **vocab}}

    def problems(self, props: dict) -> list[str]:
        problems = []
        checks = self.checks
        for key, value in props.items():
            if value is None:
                continue
            check = checks.get(key)
            # Unknown properties are allowed (the ontology may be extended), but must be storable.
            if not (check(value) if check is not None else _storable(value)):
                problems += self._value_problems(key, value)
        return problems

    def _value_problems(self, key: str, value: Any) -> list[str]:
        kind = self.allowed.get(key)
        if kind is not None:
            if not TYPE_CHECKS[kind](value):
                return [f"property {key!r}: {_type_problem(kind, value)}"]
            problems = []
        elif not _storable(value):
            problems = [f"property {key!r} holds {type(value).__name__}, which a graph cannot store"]
        else:
            problems = []
        if key in self.vocab and value not in self.onto.vocabulary(self.vocab[key]):
            problems.append(f"unknown {key} {value!r} (one of: {', '.join(self.onto.vocabulary(self.vocab[key]))})")
        return problems


def _value_check(of_type: Callable[[Any], bool], vocabulary: tuple[str, ...] | None) -> Callable[[Any], bool]:
    if vocabulary is None:
        return of_type
    return lambda value: of_type(value) and value in vocabulary


def _storable(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, list) and len({type(x) for x in value}) <= 1 \
        and all(isinstance(x, (str, int, float, bool)) for x in value)


# Ontologies are few (one per process but in tests), and kept alive by their entry.
_RULES: dict[int, _Rules] = {}


def _rules(onto: Ontology) -> _Rules:
    rules = _RULES.get(id(onto))
    if rules is None or rules.onto is not onto:
        rules = _RULES[id(onto)] = _Rules(onto)
    return rules


def _label_problems(labels: tuple, onto: Ontology) -> list[str]:
    problems = [f"unknown label {label!r}" for label in labels if label not in onto.labels]
    cls = onto.class_of(labels)
    if cls is None:
        problems.append(f"no class label (one of: {', '.join(onto.classes)})")
    else:
        subclasses = [label for label in labels if label in onto.subclass_parent]
        if len(subclasses) > 1:
            problems.append(f"more than one subclass label: {', '.join(subclasses)}")
        for sub in subclasses:
            if onto.subclass_parent[sub] != cls:
                problems.append(f"subclass {sub!r} is not a kind of {cls}")
    return problems


# The checks below name the node or relationship only when they find a problem (a bulk write
# checks thousands that have none).
def check_node(node: Node, onto: Ontology) -> list[str]:
    rules = _rules(onto)
    cls, label_problems = rules.labels(tuple(node.labels))
    problems = list(label_problems)
    if cls is not None:
        if onto.class_for_id(node.id) != cls:
            problems.append(f"id must start with '{onto.classes[cls].id_prefix}:' for a {cls}")
        if node.properties.get("id", node.id) != node.id:
            problems.append("property 'id' differs from the node id")
        problems += rules.node_properties[cls].problems(node.properties)
    return [f"node {node.id!r}: {p}" for p in problems] if problems else problems


def check_relationship(rel: Relationship, labels_of: dict[str, list[str]], onto: Ontology) -> list[str]:
    rules = _rules(onto)
    spec = onto.relationships.get(rel.type)
    if spec is None:
        problems = [f"unknown relationship type {rel.type!r}"]
    else:
        problems = []
        outside = rules.classes_outside[rel.type]
        for side, node_id, allowed, outside_ok in (("start", rel.start, spec.sources, outside[0]),
                                                   ("end", rel.end, spec.targets, outside[1])):
            # An end outside this document must already be stored; its id still tells its class.
            cls = onto.class_for_id(node_id)
            labels = labels_of.get(node_id)
            if not cls:
                problems.append(f"{side} {node_id!r} is not a node id of any class")
            elif not (onto.admits(allowed, labels or [cls]) if node_id in labels_of else cls in outside_ok):
                labels = labels or [cls]
                problems.append(f"{side} {node_id!r} is a {onto.subclass_of(labels) or onto.class_of(labels)},"
                                f" not one of: {', '.join(allowed)}")
        problems += rules.relationship_properties[rel.type].problems(rel.properties)
    return [f"relationship {rel.type} {rel.start!r}->{rel.end!r}: {p}" for p in problems] if problems else problems


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
