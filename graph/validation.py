"""Validation of graph documents against the ontology, before anything is written.

Every problem is reported with what is wrong and the node or relationship it is on, all at
once, so a loader can name the file and every fault in it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import chain, repeat
from typing import Any, Callable, Sequence

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


# Whether every value of a sequence (none of them None) is of a property type of the ontology:
# a document's or a bulk write's values of one property are checked together, each check a loop
# in C (`map`), not a Python call per value (that was most of a bulk write's validation).
VALUES_OF_TYPE: dict[str, Callable[[Sequence], bool]] = {
    "string": lambda vs: all(map(isinstance, vs, repeat(str))),
    "text": lambda vs: all(map(isinstance, vs, repeat(str))),
    "integer": lambda vs: all(map(isinstance, vs, repeat(int))) and not any(map(isinstance, vs, repeat(bool))),
    "float": lambda vs: all(map(isinstance, vs, repeat((int, float)))) and not any(map(isinstance, vs, repeat(bool))),
    "boolean": lambda vs: all(map(isinstance, vs, repeat(bool))),
    "date": lambda vs: all(map(isinstance, vs, repeat(str))) and all(map(DATE.match, vs)),
    "datetime": lambda vs: all(map(isinstance, vs, repeat(str))) and all(map(DATETIME.match, vs)),
    "list[string]": lambda vs: all(map(isinstance, vs, repeat(list))) and all(map(isinstance, chain.from_iterable(vs), repeat(str))),
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
        # Unknown properties are allowed (the ontology may be extended), but must be storable.
        self.checks = defaultdict(lambda: _all_storable, {
            key: _values_check(VALUES_OF_TYPE[allowed[key]] if key in allowed else _all_storable,
                               onto.vocabulary(vocab[key]) if key in vocab else None)
            for key in {**allowed, **vocab}})

    def all_pass(self, props: list[dict]) -> bool:
        """Whether every property of `props` (the properties of nodes of this class or facts of
        this type) passes its check, each property's values checked together."""
        checks = self.checks
        for key in set().union(*props):
            values = [v for p in props if (v := p.get(key)) is not None]
            if values and not checks[key](values):
                return False
        return True

    def problems(self, props: dict) -> list[str]:
        checks = self.checks
        return [problem for key, value in props.items() if value is not None and not checks[key]((value,))
                for problem in self._value_problems(key, value)]

    def _value_problems(self, key: str, value: Any) -> list[str]:
        kind = self.allowed.get(key)
        if kind is not None:
            if not VALUES_OF_TYPE[kind]((value,)):
                return [f"property {key!r}: {_type_problem(kind, value)}"]
            problems = []
        elif not _storable(value):
            problems = [f"property {key!r} holds {type(value).__name__}, which a graph cannot store"]
        else:
            problems = []
        if key in self.vocab and value not in self.onto.vocabulary(self.vocab[key]):
            problems.append(f"unknown {key} {value!r} (one of: {', '.join(self.onto.vocabulary(self.vocab[key]))})")
        return problems


def _values_check(of_type: Callable[[Sequence], bool], vocabulary: tuple[str, ...] | None) -> Callable[[Sequence], bool]:
    if vocabulary is None:
        return of_type
    return lambda values: of_type(values) and all(map(vocabulary.__contains__, values))


def _storable(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool)):
        return True
    return isinstance(value, list) and len({type(x) for x in value}) <= 1 \
        and all(isinstance(x, (str, int, float, bool)) for x in value)


def _all_storable(values: Sequence) -> bool:
    return all(map(_storable, values))


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


def _all_fit(docs: list[GraphDocument], onto: Ontology) -> bool:
    """Whether each of `docs` fits the ontology (validate finds nothing wrong with it), checked
    together and without a message: each label set once, each property's values of a class or
    type at once, a relationship's ends against its own document's nodes."""
    rules = _rules(onto)
    label_rules, class_for_id = rules.labels, onto.class_for_id
    of_class: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        for node in doc.nodes:
            cls, label_problems = label_rules(tuple(node.labels))
            props = node.properties
            if label_problems or class_for_id(node.id) != cls or props.get("id", node.id) != node.id:
                return False
            of_class[cls].append(props)
    if not all(rules.node_properties[cls].all_pass(props) for cls, props in of_class.items()):
        return False
    relationships, admits, outside = onto.relationships, onto.admits, rules.classes_outside
    of_type: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        # The nodes all fit: an end among them has labels with a class, and an id of that class.
        labels_of = {n.id: n.labels for n in doc.nodes}
        for rel in doc.relationships:
            spec = relationships.get(rel.type)
            if spec is None:
                return False
            start, end = labels_of.get(rel.start), labels_of.get(rel.end)
            starts, ends = outside[rel.type]
            if not ((admits(spec.sources, start) if start is not None else class_for_id(rel.start) in starts)
                    and (admits(spec.targets, end) if end is not None else class_for_id(rel.end) in ends)):
                return False
            of_type[rel.type].append(rel.properties)
    return all(rules.relationship_properties[t].all_pass(props) for t, props in of_type.items())


def validate_many(docs: list[tuple[GraphDocument, str | None]], onto: Ontology) -> None:
    """validate() of each (document, source), checked together: raise the DocumentError of the
    first that does not fit."""
    if not _all_fit([doc for doc, _ in docs], onto):
        for doc, source in docs:
            validate(doc, onto, source)


def validate(doc: GraphDocument, onto: Ontology | None = None, source: str | None = None) -> None:
    """Raise DocumentError listing every fault of `doc`; return None when it fits the ontology."""
    onto = onto or load()
    if _all_fit([doc], onto):
        return
    problems: list[str] = []
    for node in doc.nodes:
        problems += check_node(node, onto)
    labels_of = {n.id: n.labels for n in doc.nodes}
    for rel in doc.relationships:
        problems += check_relationship(rel, labels_of, onto)
    if problems:
        raise DocumentError(problems, source)
