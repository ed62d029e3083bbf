"""The graph document: JSON in the scorer's format, and validation that names every fault."""
import json

import pytest

from graph.document import GraphDocument, Node, Relationship
from graph.validation import DocumentError, validate
from tests.graph.samples import visit_document


def test_json_round_trip_keeps_the_scorer_format():
    doc = visit_document("doc:aaaa")
    data = json.loads(doc.to_json())
    assert set(data) == {"nodes", "relationships"}
    assert set(data["nodes"][0]) == {"id", "labels", "properties"}
    assert set(data["relationships"][0]) == {"type", "start", "end", "properties"}
    assert GraphDocument.from_json(doc.to_json()) == doc


def test_a_valid_document_passes():
    validate(visit_document("doc:aaaa"))


@pytest.mark.parametrize("change, named", [
    (lambda d: d.nodes[0].labels.append("Wizard"), ["'Wizard'", "person:martin-vizcarra"]),
    (lambda d: d.relationships[0].__setattr__("type", "LIKES"), ["'LIKES'"]),
    (lambda d: d.relationships[0].properties.__setitem__("role", "spectator"), ["'spectator'", "PARTICIPATED_IN"]),
    (lambda d: d.nodes[2].properties.__setitem__("date", "22 October 2016"), ["malformed date", "event:visit"]),
    (lambda d: d.nodes[2].properties.__setitem__("date", "2016-13"), ["malformed date"]),
    (lambda d: d.relationships.append(Relationship("OPERATES", "person:martin-vizcarra", "place:las-bambas")),
     ["OPERATES", "'person:martin-vizcarra'", "is a Person"]),
    (lambda d: d.nodes.append(Node("person:x", ["Entity", "Person", "Company"])), ["'Company' is not a kind of Person"]),
    (lambda d: d.nodes.append(Node("org:x", ["Entity", "Organization"])), ["must start with 'organization:'"]),
    (lambda d: d.nodes[0].properties.__setitem__("extra", {"a": 1}), ["'extra' holds dict, which a graph cannot"]),
    (lambda d: d.relationships.append(Relationship("OPERATES", "person:elsewhere", "place:las-bambas")),
     ["start 'person:elsewhere' is a Person"]),
])
def test_validation_names_the_fault_and_where_it_is(change, named):
    doc = visit_document("doc:aaaa")
    change(doc)
    with pytest.raises(DocumentError) as err:
        validate(doc, source="report.md")
    for text in named:
        assert text in str(err.value)
    assert str(err.value).startswith("report.md: ")


def test_normalised_merges_repeated_facts_within_one_document():
    doc = visit_document("doc:aaaa")
    doc.nodes.append(Node("person:martin-vizcarra", ["Entity", "Person"], {"aliases": ["Vizcarra", "M. Vizcarra"]}))
    doc.relationships.append(Relationship(**{**doc.relationships[0].to_dict()}))
    out = doc.normalised()
    assert len(out.nodes) == len(doc.nodes) - 1
    assert len(out.relationships) == len(doc.relationships) - 1
    assert out.node("person:martin-vizcarra").properties["aliases"] == ["Vizcarra", "M. Vizcarra"]
