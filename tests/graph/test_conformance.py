"""The conformance suite: every test here runs on both stores (the `store` fixture)."""
import pytest

from graph.document import GraphDocument, Node, Relationship
from graph.provenance import EVIDENCE_KEPT, evidence_id
from graph.store import NodeFilter
from graph.validation import DocumentError
from tests.graph.samples import SENTENCES, dated_report, visit_document


def snapshot(store) -> tuple[dict, dict]:
    """Every node and relationship with every property, keyed by id."""
    nodes, rels = {}, {}
    for batch in store.export():
        nodes.update({n.id: (sorted(n.labels), n.properties) for n in batch.nodes})
        rels.update({r.properties["id"]: (r.type, r.start, r.end, r.properties) for r in batch.relationships})
    return nodes, rels


def test_round_trip_of_a_graph_document(store):
    doc = visit_document("doc:aaaa")
    result = store.write(doc)
    assert (result.nodes_created, result.relationships_created) == (4, 3)
    nodes, rels = snapshot(store)
    for node in doc.nodes:
        labels, props = nodes[node.id]
        assert labels == sorted(node.labels)
        assert props == {**node.properties, "id": node.id}
    for rel in doc.relationships:
        summary = {"source_count": len(rel.properties.get("sources", [])), "sources": [], "evidence": [],
                   **({"observed_from": "2016-10", "observed_to": "2016-10"} if rel.properties.get("sources") else {})}
        assert rels[rel.id] == (rel.type, rel.start, rel.end, {**summary, **rel.properties, "id": rel.id})
    assert store.get_node("place:las-bambas").properties["name"] == "Las Bambas"


def test_reloading_the_same_document_changes_nothing(store):
    doc = visit_document("doc:aaaa")
    store.write(doc)
    before = snapshot(store), store.counts()
    result = store.write(doc)
    assert (result.nodes_created, result.relationships_created) == (0, 0)
    assert (snapshot(store), store.counts()) == before


def test_the_same_fact_from_two_documents_is_one_relationship_with_two_sources(store):
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    participations = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert len(participations) == 1
    props = participations[0].properties
    assert props["sources"] == ["doc:aaaa", "doc:bbbb"]
    assert props["evidence"] == [SENTENCES["visit"], SENTENCES["luque"]]
    assert props["source_count"] == 2
    assert store.counts().by_type["PARTICIPATED_IN"] == 1
    records = store.evidence(props["id"])
    assert [(e.properties["document"], e.properties["sentence"]) for e in records] == sorted(
        [("doc:aaaa", SENTENCES["visit"]), ("doc:bbbb", SENTENCES["luque"])],
        key=lambda pair: evidence_id(props["id"], pair[0]))
    assert {e.id for e in records} == {evidence_id(props["id"], d) for d in ("doc:aaaa", "doc:bbbb")}
    assert all(e.properties["fact"] == props["id"] and e.properties["fact_type"] == "PARTICIPATED_IN"
               for e in records)


def test_reloading_adds_no_evidence(store):
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    before = snapshot(store), store.counts()
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    assert (snapshot(store), store.counts()) == before
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert rel.properties["source_count"] == 2 and len(store.evidence(rel.properties["id"])) == 2


def test_a_fact_from_seven_reports_keeps_five_and_counts_seven(store):
    dates = ["2016-11", "2016-10-23", "2017", "2016-12-01", "2018-03-04", "2016-10-30", "2019-01"]
    for i, published in enumerate(dates):
        store.write(dated_report(i, published))
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    props = rel.properties
    assert props["source_count"] == 7
    assert props["sources"] == [f"doc:{i:04d}" for i in range(EVIDENCE_KEPT)]
    assert props["evidence"] == [f"Sentence {i} about the visit." for i in range(EVIDENCE_KEPT)]
    assert (props["observed_from"], props["observed_to"]) == ("2016-10-23", "2019-01")
    pages, after = [], None
    while page := store.evidence(props["id"], after=after, limit=3):
        pages.append(page)
        after = page[-1].id
    assert [len(p) for p in pages] == [3, 3, 1]
    seen = {e.properties["document"]: e.properties["observed"] for p in pages for e in p}
    assert seen == {f"doc:{i:04d}": d for i, d in enumerate(dates)}


def test_observed_comes_from_the_fact_before_the_report(store):
    store.write(dated_report(1, "2016-11", observed="2016-10-22"))
    store.write(dated_report(2, "2017-02"))
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert (rel.properties["observed_from"], rel.properties["observed_to"]) == ("2016-10-22", "2017-02")
    assert "observed" not in rel.properties


def test_an_invalid_document_is_refused_before_anything_is_written(store):
    store.write(visit_document("doc:aaaa"))
    before = snapshot(store)
    bad = visit_document("doc:bbbb")
    bad.nodes.append(Node("person:new", ["Entity", "Person"], {"name": "New Person"}))
    bad.relationships[0].properties["role"] = "spectator"
    with pytest.raises(DocumentError, match="spectator"):
        store.write(bad, source="bad.md")
    assert snapshot(store) == before


def test_a_relationship_to_a_node_neither_written_nor_stored_is_refused_whole(store):
    doc = visit_document("doc:aaaa")
    doc.relationships.append(Relationship("OCCURRED_AT", "event:visit:2016-10-22:las-bambas", "place:nowhere"))
    with pytest.raises(DocumentError, match="'place:nowhere' is neither in the document nor stored"):
        store.write(doc)
    assert store.counts().nodes == 0


def test_a_relationship_may_attach_to_a_stored_node(store):
    store.write(visit_document("doc:aaaa"))
    fact = GraphDocument([], [Relationship("OCCURRED_AT", "event:visit:2016-10-22:las-bambas", "place:las-bambas",
                                           {"sources": ["doc:cccc"], "evidence": ["x"], "curated": True})])
    store.write(fact)
    (rel,) = store.relationships("place:las-bambas", "in", ["OCCURRED_AT"])
    assert rel.properties["sources"] == ["doc:aaaa", "doc:cccc"]


class FailingHalfWay(Exception):
    pass


# The last step of a write on each store: everything else, Evidence included, is written by then.
LAST_STEP = {"memory": "_entry", "neo4j": "_delete_nodes"}  # memory: the journal line, after the graph changed


@pytest.mark.parametrize("step", ["_write_relationships", "last"])
def test_a_write_that_fails_half_way_leaves_no_part_of_the_document(store, monkeypatch, step):
    store.write(visit_document("doc:aaaa"))
    before = snapshot(store), store.counts()

    def fail(*args, **kwargs):
        raise FailingHalfWay("the server went away half-way")

    monkeypatch.setattr(store, LAST_STEP[store.kind] if step == "last" else step, fail)
    doc = visit_document("doc:bbbb", SENTENCES["luque"])
    doc.nodes.append(Node("person:rolando-luque", ["Entity", "Person"], {"name": "Rolando Luque"}))
    with pytest.raises(FailingHalfWay):
        store.write(doc)
    monkeypatch.undo()
    assert (snapshot(store), store.counts()) == before
    assert store.get_node("person:rolando-luque") is None
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert [e.properties["document"] for e in store.evidence(rel.properties["id"])] == ["doc:aaaa"]


def test_find_nodes_by_label_property_and_date_range(store):
    store.write(visit_document("doc:aaaa"))
    found = store.find_nodes(NodeFilter("Event", {"type": "visit"}, date_from="2016-10", date_to="2016-10-31"))
    assert [n.id for n in found] == ["event:visit:2016-10-22:las-bambas"]
    assert store.find_nodes(NodeFilter("Event", date_from="2017")) == []


def test_search_candidates_find_names_and_aliases_fuzzily(store):
    store.write(visit_document("doc:aaaa"))
    assert "person:martin-vizcarra" in [n.id for n in store.search_candidates("vizcara")]
    assert "person:martin-vizcarra" in [n.id for n in store.search_candidates("martin", label="Person")]
    assert store.search_candidates("vizcarra", label="Place") == []


def test_search_candidates_ignore_accents(store):
    doc = visit_document("doc:aaaa")
    doc.nodes.append(Node("place:nunoa", ["Entity", "Place", "Settlement"], {"name": "Ñuñoa"}))
    store.write(doc)
    assert "place:nunoa" in [n.id for n in store.search_candidates("nun", label="Place")]


def test_shortest_paths_between_two_nodes(store):
    store.write(visit_document("doc:aaaa"))
    (path,) = store.shortest_paths("person:martin-vizcarra", "place:las-bambas", max_length=3)
    assert [r.type for r in path] == ["PARTICIPATED_IN", "OCCURRED_AT"]
    assert store.shortest_paths("person:martin-vizcarra", "place:las-bambas", max_length=1) == []


def test_the_embedded_store_survives_a_restart(tmp_path):
    from graph.memory_store import MemoryStore

    MemoryStore(tmp_path / "g.json").write(visit_document("doc:aaaa"))
    again = MemoryStore(tmp_path / "g.json")
    assert again.counts().nodes == 4 + 2 and again.counts().relationships == 3  # and two Evidence
    (rel,) = again.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert len(again.evidence(rel.properties["id"])) == 1
    assert not list(tmp_path.glob("*.tmp"))


def test_the_embedded_store_rolls_back_when_journaling_fails(memory_store, monkeypatch):
    memory_store.write(visit_document("doc:aaaa"))
    before = snapshot(memory_store)
    update = visit_document("doc:bbbb", SENTENCES["luque"])
    update.nodes.append(Node("person:rolando-luque", ["Entity", "Person"], {"name": "Rolando Luque"}))
    update.relationships.append(Relationship("PARTICIPATED_IN", "person:rolando-luque",
                                             "event:visit:2016-10-22:las-bambas", {"role": "accompanying"}))

    def full_disk(entry):
        raise OSError("No space left on device")

    monkeypatch.setattr(memory_store.files, "append", full_disk)
    with pytest.raises(OSError):
        memory_store.write(update)
    assert snapshot(memory_store) == before
    assert snapshot(type(memory_store)(memory_store.path)) == before
    assert memory_store.find_nodes(NodeFilter("Person")) == [memory_store.get_node("person:martin-vizcarra")]


def test_bulk_writes_equal_writes_one_by_one_and_a_bad_document_fails_alone(store):
    good = [dated_report(1, "2016-11", observed="2016-10-22"), dated_report(2, "2017-02"),
            visit_document("doc:bbbb", SENTENCES["luque"])]
    bad = dated_report(3, "2017-03")
    bad.relationships.append(Relationship("OCCURRED_AT", "event:visit:2016-10-22:las-bambas", "place:nowhere"))
    results = store.write_many([(good[0], "a"), (bad, "bad"), (good[1], "b"), (good[2], "c")])
    assert isinstance(results[1], DocumentError) and "place:nowhere" in str(results[1])
    assert not any(isinstance(r, Exception) for r in results[:1] + results[2:])
    in_bulk = snapshot(store), store.counts()
    store.clear()
    for doc in good:
        store.write(doc)
    assert (snapshot(store), store.counts()) == in_bulk
    assert store.get_node("doc:0003") is None
