"""How the Neo4j store writes a document (issue 12 item 4): what it reads, in how many queries,
and the rows the write benchmark's raw baseline stores for it."""
import neo4j
import pytest

from graph.bench_write import OURS, RAW, raw_rows, single_and_bulk, synthetic_document
from graph.document import GraphDocument, Node, Relationship
from graph.neo4j_store import Neo4jStore
from graph.redirects import redirect_id
from graph.store import NodeFilter
from tests.graph.samples import SENTENCES, visit_document


@pytest.fixture
def queries(monkeypatch):
    """Every query a write sends, in order."""
    sent: list[str] = []
    run = neo4j.ManagedTransaction.run

    def record(self, query, parameters=None, **kwargs):
        sent.append(query)
        return run(self, query, parameters, **kwargs)

    monkeypatch.setattr(neo4j.ManagedTransaction, "run", record)
    return sent


def test_a_write_reads_once_and_sends_one_query_for_its_nodes_and_one_for_each_way_of_writing_facts(neo4j_store, queries):
    neo4j_store.write(visit_document("doc:aaaa"))
    queries.clear()
    # Stored nodes come back with their labels in the server's order; new ones in the document's.
    doc = visit_document("doc:bbbb", SENTENCES["luque"])
    doc.nodes.append(Node("person:rolando-luque", ["Person", "Entity"], {"name": "Rolando Luque"}))
    doc.relationships.append(Relationship("MENTIONED_IN", "person:rolando-luque", "doc:bbbb", {"count": 1}))
    neo4j_store.write(doc)
    writes = [q for q in queries if q.startswith("CYPHER replan=skip")]
    reads = [q for q in queries if q not in writes and "DELETE" not in q]
    assert len(reads) == 1  # redirects, name keys and the labels of every end, together
    # Facts between stored nodes merged; those with an end new to the store (the report) created.
    assert len(writes) == 3 and "MERGE (n:`Person`" in writes[0]
    assert "MERGE (a)-[r:" in writes[1] and "CREATE (a)-[r:" in writes[2]
    assert not any("//" in q for q in queries)  # the templates' comments are not sent
    assert {r.start for r in neo4j_store.relationships("doc:bbbb", "in", ["MENTIONED_IN"])} == {
        "person:martin-vizcarra", "person:rolando-luque"}


def test_a_redirect_the_first_read_could_not_foresee_is_still_followed(neo4j_store, queries):
    """A merged-away id found through a redirect names a target the first read did not ask for:
    its labels are read then, and the document lands on it."""
    neo4j_store.write(visit_document("doc:aaaa"))
    neo4j_store.put(GraphDocument([
        Node(redirect_id("person:m-vizcarra"), ["Redirect"], {"target": "person:martin-vizcarra"}),
        Node(redirect_id("person:martin-vizcarra-cornejo"), ["Redirect"], {"target": "person:m-vizcarra"})], []))
    doc = GraphDocument([Node("person:martin-vizcarra-cornejo", ["Entity", "Person"], {"name": "Martín Vizcarra Cornejo"}),
                         Node("doc:bbbb", ["Document"], {"title": "B", "published": "2017"})],
                        [Relationship("MENTIONED_IN", "person:martin-vizcarra-cornejo", "doc:bbbb", {"count": 1})])
    queries.clear()
    neo4j_store.write(doc)
    assert neo4j_store.get_node("person:martin-vizcarra-cornejo") is None
    assert "Martín Vizcarra Cornejo" in neo4j_store.get_node("person:martin-vizcarra").properties["aliases"]
    assert [r.start for r in neo4j_store.relationships("doc:bbbb", "in")] == ["person:martin-vizcarra"]


def test_the_raw_baseline_stores_what_the_writer_stores():
    """The benchmark's floor writes the name keys a document registers first (and only then)
    and each fact's provenance summary, as the writer does, not fewer properties."""
    store = Neo4jStore("bolt://127.0.0.1:1")  # never connected: the rows are worked out in Python
    try:
        registered: dict = {}
        first = raw_rows(store, synthetic_document(1), registered)
        again = raw_rows(store, synthetic_document(1), registered)
    finally:
        store.close()
    keys = [row for (label, _), rows in first["nodes"].items() if label == "`NameKey`" for row in rows]
    assert len(keys) == 31  # one per person and organization of the report
    assert not any(label == "`NameKey`" for label, _ in again["nodes"])
    rel = first["rels"][("`Person`", "`Organization`", "`MEMBER_OF`")][0]["props"]
    assert rel["source_count"] == 1 and rel["sources"] == ["doc:0000000000000001"]
    assert rel["evidence"] == ["Report 1 says so."] and rel["observed_from"] == rel["observed_to"] == "2011-02"
    assert len(first["evidence"]) == sum(len(rows) for rows in first["rels"].values())


def test_the_benchmark_writes_both_sides_into_one_database_without_touching(neo4j_store):
    """Side by side: minegraph's reports and the baseline's share the server but no id and no
    name key, so neither merges onto (or is slowed by the locks of) the other's nodes."""
    figures = single_and_bulk(neo4j_store, 3, warmup_cap_s=0, window={"single": 2, "bulk": 1})  # one warm-up window
    assert {"single_ratio", "bulk_ratio", "single_median_ratio", "bulk_median_ratio"} <= set(figures)
    people = [n.id for n in neo4j_store.find_nodes(NodeFilter("Person", limit=1000))]
    ours = [i for i in people if i.startswith(f"person:{OURS}")]
    theirs = [i for i in people if i.startswith(f"person:{RAW}")]
    assert ours and len(ours) == len(theirs) == len(people) // 2
    targets = [k.properties["target"] for k in neo4j_store.find_nodes(NodeFilter("NameKey", limit=1000))]
    assert sorted(t for t in targets if t.startswith("person:")) == sorted(people)
