"""`minegraph load` of graph documents: one transaction each, bad files named, nothing lost."""
import json

from typer.testing import CliRunner

from graph import memory_snapshot
from graph.memory_store import MemoryStore
from minegraph.cli import app
from tests.graph.samples import visit_document


def test_a_bad_file_is_named_with_its_problem_and_the_batch_goes_on(tmp_path, monkeypatch):
    data = tmp_path / "graph.json"
    monkeypatch.setenv("MINEGRAPH_DATA", str(data))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    good = tmp_path / "good.json"
    good.write_text(visit_document("doc:aaaa").to_json())
    broken = tmp_path / "broken.json"
    broken.write_text('{"nodes": [')
    invalid = visit_document("doc:bbbb")
    invalid.nodes[2].properties["date"] = "22 Oct"
    bad = tmp_path / "bad.json"
    bad.write_text(invalid.to_json())

    result = CliRunner().invoke(app, ["load", str(broken), str(good), str(bad)])

    assert result.exit_code == 1
    assert "1 loaded, 0 unchanged and skipped, 2 failed" in result.output
    assert f"{broken}: Expecting value" in result.output
    assert f"{bad}: " in result.output and "malformed date '22 Oct'" in result.output
    store = MemoryStore(data)
    assert store.counts().nodes == 4 + 2  # and the Evidence of its two sourced facts
    assert store.get_node("doc:bbbb") is None


def test_loading_twice_leaves_identical_counts(tmp_path, monkeypatch):
    monkeypatch.setenv("MINEGRAPH_DATA", str(tmp_path / "graph.json"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    doc = tmp_path / "doc.json"
    doc.write_text(visit_document("doc:aaaa").to_json())
    for _ in range(2):
        assert CliRunner().invoke(app, ["load", str(doc)]).exit_code == 0
    # The snapshot (graph/memory_snapshot.py): networkx's adjacency, and the references to the
    # 2 Evidence records of the side file (graph/memory_evidence.py).
    saved = memory_snapshot.read(tmp_path / "graph.json")
    relationships = sum(len(keys) for ends in saved["succ"].values() for keys in ends.values())
    assert (len(saved["node"]), relationships) == (4 + 2, 3)  # 2 name keys
    assert len(json.loads(saved["evidence"])["ids"]) == 2


def test_a_batch_saves_the_embedded_store_once_and_keeps_every_document(tmp_path, monkeypatch):
    from minegraph.ingest import load_graph_documents

    paths = []
    for i, doc_id in enumerate(["doc:aaaa", "doc:bbbb", "doc:cccc"]):
        paths.append(tmp_path / f"{i}.json")
        paths[-1].write_text(visit_document(doc_id).to_json())
    store = MemoryStore(tmp_path / "graph.json")
    saves = []
    real_save = store._save
    monkeypatch.setattr(store, "_save", lambda: (saves.append(1), real_save()))
    result = load_graph_documents(store, paths)
    assert len(result.loaded) == 3 and len(saves) == 1
    reloaded = MemoryStore(tmp_path / "graph.json")
    (rel,) = reloaded.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    assert rel.properties["sources"] == ["doc:aaaa", "doc:bbbb", "doc:cccc"]
