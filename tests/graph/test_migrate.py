"""`minegraph migrate` (lists of sources → Evidence records and the summary) on both stores, and
`minegraph copy --to neo4j` round-tripping the sample graph."""
from typer.testing import CliRunner

from graph.document import GraphDocument, Relationship
from graph.memory_store import MemoryStore
from graph.migrate import migrate
from graph.provenance import evidence_id
from minegraph.cli import app
from tests.api.fixtures import load
from tests.graph.samples import visit_document
from tests.graph.test_conformance import snapshot

OLD_SOURCES = [f"doc:{i:04d}" for i in range(7)]


def old_style_graph() -> GraphDocument:
    """A graph as stores kept it before Evidence records: every source in the lists."""
    doc = visit_document("doc:0000")
    for i, doc_id in enumerate(OLD_SOURCES[1:], start=1):
        other = visit_document(doc_id).nodes[3]
        other.properties["published"] = f"201{i}"
        doc.nodes.append(other)
    doc.relationships = [Relationship(r.type, r.start, r.end, {**r.properties, "id": r.id}) for r in doc.relationships]
    doc.relationships[0].properties.update(sources=OLD_SOURCES, evidence=[f"said {i}" for i in range(7)])
    return doc


def test_migrate_turns_source_lists_into_evidence_records(store):
    store.put(old_style_graph())
    result = migrate(store)
    assert result.relationships == 3 and result.evidence == 7 + 1  # and OCCURRED_AT's one source
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    props = rel.properties
    assert props["sources"] == OLD_SOURCES[:5] and props["evidence"] == [f"said {i}" for i in range(5)]
    assert props["source_count"] == 7
    assert (props["observed_from"], props["observed_to"]) == ("2011", "2016-10")
    records = store.evidence(props["id"], limit=100)
    assert {e.id for e in records} == {evidence_id(props["id"], d) for d in OLD_SOURCES}
    before = snapshot(store)
    assert migrate(store).relationships == 0 and snapshot(store) == before
    store.write(visit_document("doc:0003"))  # a source it already had adds nothing after migration
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert rel.properties == props and len(store.evidence(props["id"], limit=100)) == 7


def test_copy_to_neo4j_round_trips_the_sample_graph(tmp_path, monkeypatch, neo4j_store, neo4j_uri):
    data = tmp_path / "graph.json"
    embedded = MemoryStore(data)
    load(embedded)
    monkeypatch.setenv("MINEGRAPH_DATA", str(data))
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    result = CliRunner().invoke(app, ["copy", "--to", "neo4j"])
    assert result.exit_code == 0, result.output
    assert snapshot(neo4j_store) == snapshot(embedded)
    assert neo4j_store.counts() == embedded.counts()
    assert neo4j_store.counts().by_label["Evidence"] > 0


def test_copy_without_neo4j_says_what_to_set(tmp_path, monkeypatch):
    monkeypatch.setenv("MINEGRAPH_DATA", str(tmp_path / "graph.json"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = CliRunner().invoke(app, ["copy", "--to", "neo4j"])
    assert result.exit_code == 1 and "NEO4J_URI" in result.output
