"""What a graph document changes in a store, worked out before anything is written.

Both stores fetch what they hold of the document's nodes and relationship ends, hand it here,
and write the plan back: validation, endpoint checks and merging are done once, the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from graph.document import GraphDocument, Node, Relationship
from graph.merge import merged_node, merge_properties
from graph.ontology import Ontology
from graph.provenance import records, without_provenance
from graph.validation import DocumentError, check_relationship, validate, validate_many

BOOKKEEPING = {"Redirect", "NameKey"}


@dataclass
class WritePlan:
    nodes: list[Node] = field(default_factory=list)
    relationships: list[tuple[str, Relationship]] = field(default_factory=list)  # (id, merged)
    # The Evidence records each relationship asks for (graph/provenance.py); the store keeps
    # those it does not hold yet and updates the relationship's summary from them.
    evidence: dict[str, list[dict]] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    bookkeeping: int = 0        # Redirect and NameKey records among `nodes`: not counted as written

    @property
    def nodes_updated(self) -> int:
        return len(self.nodes) - self.nodes_created - self.bookkeeping


def prepare(doc: GraphDocument, onto: Ontology, source: str | None, copied: bool = True) -> GraphDocument:
    """Validate and normalise (one node per id, one relationship per fact; `copied`: see
    GraphDocument.normalised)."""
    validate(doc, onto, source)
    return doc.normalised(copied)


def prepare_many(docs: list[tuple[GraphDocument, str | None]], onto: Ontology) -> list[GraphDocument]:
    """prepare() of each (document, source) written together, validated together (one check of
    each property's values across them all) and not copied (see GraphDocument.normalised)."""
    validate_many(docs, onto)
    return [doc.normalised(copied=False) for doc, _ in docs]


def plan(doc: GraphDocument, onto: Ontology, source: str | None,
         stored_nodes: dict[str, Node], stored_rels: dict[str, dict],
         endpoint_labels: dict[str, list[str]], evidence: dict[str, list[dict]] | None = None) -> WritePlan:
    """`doc`: as prepare() gave it (validated), its identities resolved; `stored_nodes`: the
    document's nodes as stored; `stored_rels`: stored properties of the
    document's relationships by id; `endpoint_labels`: labels of every stored relationship end;
    `evidence`: the Evidence records by relationship id when the caller worked them out
    (documents written together, each record with its own report's date); the others come from
    `doc`."""
    subclasses = set(onto.subclass_parent)
    published = {n.id: n.properties.get("published") for n in doc.nodes if "Document" in n.labels}
    out = WritePlan()
    labels_of = dict(endpoint_labels)
    for node in doc.nodes:
        stored = stored_nodes.get(node.id)
        labels, props = merged_node(stored.labels if stored else None, stored.properties if stored else None,
                                    node.labels, {**node.properties, "id": node.id}, subclasses)
        out.nodes.append(Node(node.id, labels, props))
        if not BOOKKEEPING.isdisjoint(labels):
            out.bookkeeping += 1
        else:
            out.nodes_created += stored is None
        labels_of[node.id] = labels
    problems = []
    given = {n.id: set(n.labels) for n in doc.nodes}
    # The ends whose labels are not those the document gave them (stored apart from it, or grown
    # by the stored ones), worked out once per node rather than twice per relationship.
    moved = {i for i, labels in labels_of.items() if set(labels) != given.get(i)}
    evidence = evidence or {}
    for rel in doc.relationships:
        if rel.start not in labels_of or rel.end not in labels_of:
            problems += [f"relationship {rel.type} {rel.start!r}->{rel.end!r}: {end!r} is neither in the"
                         " document nor stored" for end in (rel.start, rel.end) if end not in labels_of]
            continue
        # prepare() checked each relationship against its document's labels; only one with an
        # end stored apart from the document, or whose labels grew by the stored ones, is checked
        # again (that check was ~40% of a write's Python time, done twice).
        if rel.start in moved or rel.end in moved:
            problems += check_relationship(rel, labels_of, onto)
        rel_id = rel.id
        stored = stored_rels.get(rel_id)
        props = without_provenance(rel.properties)  # a new dict
        props["id"] = rel_id
        merged = props if stored is None else merge_properties(stored, props)
        out.relationships.append((rel_id, Relationship(rel.type, rel.start, rel.end, merged)))
        # A relationship whose end the identities moved has a new id, unknown to `evidence`.
        out.evidence[rel_id] = evidence.get(rel_id) or records(rel_id, rel.type, rel.properties, published)
        out.relationships_created += stored is None
    if problems:
        raise DocumentError(problems, source)
    return out
