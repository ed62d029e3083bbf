"""The shortcuts of the writers' Python (issue 12 item 4, bulk mode): a relationship's id kept on
it while what it is made of stays, documents combined for a bulk write without copying them
again, and the plan re-checking only relationships whose ends' labels moved. Each must leave
what is written as it was."""
import pytest

from graph import document, ontology, write_plan
from graph.document import GraphDocument, Node, Relationship
from graph.validation import DocumentError
from graph.write_plan import plan, prepare
from tests.graph.samples import dated_report, provenance


@pytest.fixture
def computed(monkeypatch):
    """How many times a relationship id is computed."""
    calls = []
    real = document.relationship_id

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(document, "relationship_id", counted)
    return calls


def _fact(**props) -> Relationship:
    return Relationship("MEMBER_OF", "person:ana-quispe", "organization:frente-de-defensa",
                        {"role": "leader", **provenance("doc:0001", "Ana Quispe leads the front."), **props})


def test_a_relationship_id_is_computed_once_while_its_type_ends_and_key_stay(computed):
    rel = _fact()
    first = rel.id
    assert rel.id == rel.id == first and len(computed) == 1
    rel.properties["confidence"] = 0.2  # not a key property of MEMBER_OF
    assert rel.id == first and len(computed) == 1


@pytest.mark.parametrize("change", [
    lambda r: setattr(r, "end", "organization:comite-de-lucha"),
    lambda r: setattr(r, "start", "person:juan-mamani"),
    lambda r: r.properties.__setitem__("role", "member"),
])
def test_a_relationship_whose_ends_or_key_changed_gets_the_new_id(change):
    rel = _fact()
    before = rel.id
    change(rel)
    assert rel.id != before
    assert rel.id == Relationship(rel.type, rel.start, rel.end, dict(rel.properties)).id  # as if new


def test_a_key_value_that_can_change_in_place_is_not_remembered(computed):
    rel = _fact(role=["leader"])  # not valid, but its id must still follow what it holds
    first = rel.id
    rel.properties["role"].append("member")
    assert rel.id != first and len(computed) == 2


def test_a_copy_with_other_properties_keeps_the_id_and_normalising_computes_each_once(computed):
    rel = _fact()
    rel.id
    copy = rel.with_properties({**rel.properties, "confidence": 0.1})
    assert copy.id == rel.id and len(computed) == 1
    doc = GraphDocument([], [_fact(), _fact(evidence=["Said again."])])
    computed.clear()
    out = doc.normalised()
    [merged] = out.relationships
    merged.id
    assert len(computed) == 2  # one per relationship given; the merged one kept its id


def _shared_reports() -> list[GraphDocument]:
    """Three reports that repeat nodes and facts (one with an extra label, one twice)."""
    docs = [dated_report(i, f"2016-0{i}") for i in (1, 2, 3)]
    docs[1].nodes[1].labels.append("Place")
    docs[2].relationships.append(docs[2].relationships[0])
    return docs


def test_documents_combined_are_what_normalising_them_together_gives_and_stay_as_they_were():
    prepared = [prepare(d, ontology.load(), None) for d in _shared_reports()]
    before = [d.to_dict() for d in prepared]
    together = GraphDocument([n for d in prepared for n in d.nodes],
                             [r for d in prepared for r in d.relationships]).normalised()
    combined = GraphDocument.combined(prepared)
    assert combined.to_dict() == together.to_dict()
    assert [d.to_dict() for d in prepared] == before
    # A document node met once is kept as it is, not copied a second time.
    assert any(n is prepared[0].nodes[3] for n in combined.nodes)


def _stored_elsewhere(monkeypatch) -> list:
    checked = []
    real = write_plan.check_relationship

    def counted(rel, labels_of, onto):
        checked.append(rel.type)
        return real(rel, labels_of, onto)

    monkeypatch.setattr(write_plan, "check_relationship", counted)
    return checked


def test_the_plan_checks_again_only_relationships_with_an_end_stored_apart_or_whose_labels_grew(monkeypatch):
    onto = ontology.load()
    doc = prepare(dated_report(1, "2016-11"), onto, None)
    checked = _stored_elsewhere(monkeypatch)
    given = {n.id: n.labels for n in doc.nodes}
    plan(doc, onto, None, {}, {}, given)
    assert checked == []
    # The place is stored as a Mine already: its label set grew, so its fact is checked again.
    stored = {"place:las-bambas": Node("place:las-bambas", ["Entity", "Place", "Mine", "Town"])}
    plan(doc, onto, None, stored, {}, {**given, "place:las-bambas": stored["place:las-bambas"].labels})
    assert checked == ["OCCURRED_AT"]


def test_a_relationship_to_an_end_stored_with_labels_it_does_not_admit_is_still_refused():
    onto = ontology.load()
    doc = GraphDocument([Node("doc:0009", ["Document"], {"title": "x"})],
                        [Relationship("OCCURRED_AT", "event:visit:2016-10-22:las-bambas", "place:las-bambas",
                                      provenance("doc:0009", "x"))])
    with pytest.raises(DocumentError, match="place:las-bambas"):
        plan(doc, onto, None, {}, {}, {"doc:0009": ["Document"], "event:visit:2016-10-22:las-bambas": ["Event", "Visit"],
                                       "place:las-bambas": ["Document"]})


def test_a_bulk_write_stores_what_writing_the_reports_one_by_one_stores(neo4j_store):
    def stored() -> tuple:
        graph = [d.to_dict() for d in neo4j_store.export()]
        nodes = sorted((n["id"], sorted(n["labels"]), sorted(n["properties"].items(), key=str))
                       for d in graph for n in d["nodes"])
        rels = sorted((r["type"], r["start"], r["end"], sorted(r["properties"].items(), key=str))
                      for d in graph for r in d["relationships"])
        return nodes, rels

    results = neo4j_store.write_many([(d, None) for d in _shared_reports()])
    assert not any(isinstance(r, Exception) for r in results)
    bulk = stored()
    neo4j_store.clear()
    neo4j_store.init_schema()
    for d in _shared_reports():
        neo4j_store.write(d)
    assert stored() == bulk
