"""The Neo4j writer's queries (issue 12 item 4): one text for every document (so the server
plans it once), parts larger than a batch sent in several queries in order, labels as data,
not as query text, and facts with an end the write created created, not merged."""
import neo4j
import pytest

from graph import neo4j_write
from graph.document import GraphDocument, Node, Relationship
from graph.cypher_names import identifier
from graph.neo4j_write import Writes
from graph import ontology
from tests.graph.samples import SENTENCES, visit_document


@pytest.fixture
def writes(monkeypatch):
    """The text of every write query sent, in order."""
    sent: list[str] = []
    run = neo4j.ManagedTransaction.run

    def record(self, query, parameters=None, **kwargs):
        if query.startswith("CYPHER replan=skip"):  # the writes (the look-up is a read)
            sent.append(query)
        return run(self, query, parameters, **kwargs)

    monkeypatch.setattr(neo4j.ManagedTransaction, "run", record)
    return sent


def test_every_part_the_ontology_can_fill_is_in_the_one_text():
    onto = ontology.load()
    parts = Writes(onto, identifier)
    assert len(parts.labels) == len(onto.classes)
    assert ("`Person`", "`Document`", "`MENTIONED_IN`") in parts.ends
    assert ("`Event`", "`Place`", "`OCCURRED_AT`") in parts.ends
    # A subclass end (a Mine is a Place) is its class's part; a part is of one type (static in
    # the text, so its MERGE has an index whatever the statistics: test_write_plans_frozen.py).
    assert all(start.strip("`") in onto.classes and end.strip("`") in onto.classes
               and rel_type.strip("`") in onto.relationships for start, end, rel_type in parts.ends)


def test_documents_of_different_shapes_send_the_same_two_texts(neo4j_store, writes):
    neo4j_store.write(visit_document("doc:aaaa"))
    neo4j_store.write(GraphDocument([Node("person:ana-ruiz", ["Entity", "Person"], {"name": "Ana Ruiz"}),
                                     Node("doc:bbbb", ["Document"], {"title": "B"})],
                                    [Relationship("MENTIONED_IN", "person:ana-ruiz", "doc:bbbb", {"count": 1})]))
    assert len(writes) == 4 and writes[0] == writes[2] and writes[1] == writes[3]
    assert writes[0].startswith("CYPHER replan=skip")


def test_facts_with_an_end_the_write_creates_are_created_and_the_others_merged(neo4j_store, writes):
    neo4j_store.write(visit_document("doc:aaaa"))
    assert [("CREATE (a)" in q, "MERGE (a)" in q) for q in writes[1:]] == [(True, False)]  # all new
    writes.clear()
    # Again from another report: every end is stored but the new report's Document.
    result = neo4j_store.write(visit_document("doc:bbbb"))
    assert [("CREATE (a)" in q, "MERGE (a)" in q) for q in writes[1:]] == [(False, True), (True, False)]
    new_ends = {r.start for r in neo4j_store.relationships("doc:bbbb", "in")}
    assert result.relationships_created == len(new_ends) and result.relationships_updated > 0


def test_a_fact_made_again_on_a_new_node_keeps_the_evidence_records_its_deleted_one_left(neo4j_store):
    """A node deleted with its facts leaves their Evidence records (the reports still said so):
    the fact written again onto a new node of that id (created, not merged) makes and counts
    only its new records."""
    neo4j_store.write(visit_document("doc:aaaa"))
    neo4j_store.write(GraphDocument(), delete=("person:martin-vizcarra",))
    neo4j_store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    fact = next(r for r in visit_document("doc:bbbb").relationships if r.type == "PARTICIPATED_IN").id
    assert sorted(e.properties["document"] for e in neo4j_store.evidence(fact)) == ["doc:aaaa", "doc:bbbb"]
    summary = neo4j_store.get_relationship(fact).properties
    assert summary["sources"] == ["doc:bbbb"] and summary["evidence"] == [SENTENCES["luque"]]
    assert summary["source_count"] == 1 and summary["observed_from"] == summary["observed_to"] == "2016-10"


def test_a_node_stored_by_another_writer_after_the_look_up_has_its_facts_merged(neo4j_store, monkeypatch):
    """A node the look-up did not find but the node write did (another transaction stored it in
    between): its facts may be stored, so they are merged, not created twice."""
    neo4j_store.write(visit_document("doc:aaaa"))
    fetch = type(neo4j_store)._fetch

    def missed(self, tx, ids, *args, **kwargs):  # as if the report's nodes were stored just after
        return {i: (None if i == "person:martin-vizcarra" and n is not None else n)
                for i, n in fetch(self, tx, ids, *args, **kwargs).items()}

    monkeypatch.setattr(type(neo4j_store), "_fetch", missed)
    neo4j_store.write(visit_document("doc:bbbb"))
    monkeypatch.undo()
    (rel,) = neo4j_store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert rel.properties["source_count"] == 2


def test_a_part_larger_than_a_batch_is_sent_in_several_queries(neo4j_store, writes, monkeypatch):
    monkeypatch.setattr(neo4j_write, "BATCH", 2)
    doc = visit_document("doc:aaaa")
    people = [Node(f"person:p{i}", ["Entity", "Person"], {"name": f"Person {i}"}) for i in range(5)]
    doc.nodes += people
    doc.relationships += [Relationship("MENTIONED_IN", p.id, "doc:aaaa", {"count": 1}) for p in people]
    result = neo4j_store.write(doc)
    # Nodes: 5 people and their 5 name keys plus the sample's: 3 queries of 2 rows a part at most;
    # relationships: 6 mentions of people, 3 queries; every node's query before any relationship's.
    kinds = ["nodes" if "MERGE (n:" in q else "rels" for q in writes]
    assert kinds == ["nodes"] * kinds.count("nodes") + ["rels"] * kinds.count("rels") and kinds.count("rels") == 3
    assert result.relationships_created == 3 + 5
    assert {r.start for r in neo4j_store.relationships("doc:aaaa", "in", ["MENTIONED_IN"])} == {
        "person:martin-vizcarra", *(p.id for p in people)}


def test_a_stored_nodes_labels_and_a_facts_type_are_set_from_the_rows(neo4j_store):
    neo4j_store.write(visit_document("doc:aaaa"))
    again = visit_document("doc:bbbb")
    again.nodes[0].labels = ["Person", "Entity"]  # another order: the same node, the same labels
    neo4j_store.write(again)
    node = neo4j_store.get_node("person:martin-vizcarra")
    assert sorted(node.labels) == ["Entity", "Person"]
    assert sorted(neo4j_store.get_node("place:las-bambas").labels) == ["Entity", "Mine", "Place"]
    (rel,) = neo4j_store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert rel.type == "PARTICIPATED_IN" and rel.properties["source_count"] == 2
