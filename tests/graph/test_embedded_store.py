"""The embedded store's own indexes and files (graph/memory_index.py, graph/memory_file.py):
they must answer what a pass over the whole graph would."""
import orjson
import pytest
from rapidfuzz import fuzz

from graph import memory_snapshot
from graph.document import GraphDocument, Node
from graph.ids import fold
from graph.memory_quiet import Quiet
from graph.memory_index import FUZZY_CUTOFF
from graph.memory_store import MemoryStore
from tests.graph.samples import SENTENCES, dated_report, visit_document

NAMES = {"person:martin-vizcarra-2": ("Martín Vizcarra", ["M. Vizcarra"]),
         "person:rolando-luque": ("Rolando Luque", ["Luque"]),
         "place:nunoa": ("Ñuñoa", []), "organization:onds": ("Oficina Nacional de Diálogo", ["ONDS"]),
         "person:vizcaino": ("Ana Vizcaíno", [])}


def _written(store) -> None:
    doc = visit_document("doc:aaaa")
    for node_id, (name, aliases) in NAMES.items():
        kind = "Place" if node_id.startswith("place") else node_id.split(":")[0].title()
        doc.nodes.append(Node(node_id, ["Entity", kind], {"name": name, "aliases": aliases}))
    store.write(doc)


def _scan(store, text: str, label: str | None) -> list[str]:
    """What search_candidates gave before the name index: every node's names compared."""
    scored = []
    for batch in store.export():
        for node in batch.nodes:
            if label and label not in node.labels:
                continue
            names = [n for n in (node.properties.get("name"), *(node.properties.get("aliases") or []))
                     if isinstance(n, str) and n]
            if names and (best := max(fuzz.WRatio(fold(text), fold(n)) for n in names)) >= FUZZY_CUTOFF:
                scored.append((-best, node.id))
    return [i for _, i in sorted(scored)]


def test_search_candidates_from_the_name_index_equal_a_scan_of_every_node(memory_store):
    _written(memory_store)
    for text, label in [("vizcarra", None), ("vizcara", "Person"), ("luque", None), ("nunoa", None),
                        ("dialogo", "Organization"), ("las bambas", None), ("zzzz", None)]:
        assert [n.id for n in memory_store.search_candidates(text, label)] == _scan(memory_store, text, label)


def test_a_deleted_or_renamed_node_is_no_longer_found_by_its_old_name(memory_store):
    _written(memory_store)
    assert "person:vizcaino" in [n.id for n in memory_store.search_candidates("vizcaino")]
    memory_store.write(GraphDocument([], []), delete=("person:vizcaino",))
    assert "person:vizcaino" not in [n.id for n in memory_store.search_candidates("vizcaino")]
    memory_store.put(GraphDocument([Node("place:nunoa", ["Entity", "Place"], {"name": "Sicuani"})], []))
    assert [n.id for n in memory_store.search_candidates("nunoa", "Place")] == []
    assert [n.id for n in memory_store.search_candidates("sicuani", "Place")] == ["place:nunoa"]


def _everything(store) -> tuple[dict, object]:
    nodes, rels = {}, {}
    for batch in store.export():
        nodes.update({n.id: (sorted(n.labels), n.properties) for n in batch.nodes})
        rels.update({r.properties["id"]: (r.type, r.start, r.end, r.properties) for r in batch.relationships})
    return (nodes, rels), store.counts()


def _fact(store) -> str:
    (rel,) = store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
    return rel.properties["id"]


def _evidence_in_snapshot(path) -> list[str]:
    """The Evidence nodes in a snapshot's graph, not its references to the side file."""
    saved = memory_snapshot.read(path)
    return [i for i, n in saved["node"].items() if "Evidence" in n["labels"]] + list(saved["labels"].get("Evidence", []))


def test_evidence_records_live_in_the_side_file_not_in_the_snapshot(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    store = MemoryStore(path)
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    store._compact()
    assert not _evidence_in_snapshot(path)
    assert SENTENCES["luque"].encode() in path.with_name("g.json.evidence").read_bytes()
    again = MemoryStore(path)
    assert _everything(again) == _everything(store)
    assert [e.properties["document"] for e in again.evidence(_fact(again))] == \
        [e.properties["document"] for e in store.evidence(_fact(store))]
    assert len(again.evidence(_fact(again))) == 2
    # Journal entries replayed on open, before the snapshot's references are parsed, come after them.
    again.write(dated_report(3, "2017-01"))
    again.write(GraphDocument([], []), delete=(again.evidence(_fact(again))[0].id,))
    monkeypatch.setattr(Quiet, "soon", lambda self, jobs: None)  # no thread parsing them first
    third = MemoryStore(path)
    assert third._evidence._unparsed is not None
    assert _everything(third) == _everything(again)
    assert len(third.evidence(_fact(third))) == 2


def test_a_snapshot_and_journal_of_before_the_side_file_are_read_and_moved_into_it(tmp_path):
    new = MemoryStore(tmp_path / "new.json")
    new.write(visit_document("doc:aaaa"))
    new.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    expected = _everything(new)
    # The old format: every node (Evidence included) in the snapshot, the last write's in a journal line.
    nodes = [n for batch in new.export() for n in batch.nodes]
    rels = [r for batch in new.export() for r in batch.relationships]
    last = [n for n in nodes if n.properties.get("document") == "doc:bbbb"]
    old = tmp_path / "old.json"
    old.write_bytes(orjson.dumps({"generation": 3, "nodes": [
        {"id": n.id, "labels": n.labels, "properties": n.properties} for n in nodes if n not in last],
        "relationships": [{"type": r.type, "start": r.start, "end": r.end, "properties": r.properties} for r in rels]}))
    entry = {"nodes": [[n.id, n.labels, n.properties] for n in last], "edges": [], "delete": []}
    old.with_name("old.json.journal").write_bytes(orjson.dumps({"generation": 3, "follows": None}) + b"\n"
                                                  + orjson.dumps(entry) + b"\n")
    store = MemoryStore(old)
    assert _everything(store) == expected
    store._compact()
    assert not _evidence_in_snapshot(old)
    assert _everything(MemoryStore(old)) == expected


def test_two_stores_on_one_file_read_each_others_evidence_across_a_compaction(tmp_path):
    a, b = MemoryStore(tmp_path / "g.json"), MemoryStore(tmp_path / "g.json")
    a.write(visit_document("doc:aaaa"))
    assert len(b.evidence(_fact(b))) == 1
    b.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    b._compact()
    a.write(dated_report(3, "2017-01"))
    assert [len(s.evidence(_fact(s))) for s in (a, b, MemoryStore(tmp_path / "g.json"))] == [3, 3, 3]
    assert _everything(a) == _everything(b)


def test_a_compaction_killed_after_its_evidence_append_loses_nothing(tmp_path, monkeypatch):
    store = MemoryStore(tmp_path / "g.json")
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    before = _everything(store)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed before the snapshot's rename")

    monkeypatch.setattr(store.files, "compact", killed)
    with pytest.raises(KeyboardInterrupt):
        store._compact()
    monkeypatch.undo()
    assert SENTENCES["luque"].encode() in (tmp_path / "g.json.evidence").read_bytes()  # appended, referred to by no snapshot
    assert _everything(MemoryStore(tmp_path / "g.json")) == before
    store.write(dated_report(3, "2017-01"))
    store._compact()
    again = MemoryStore(tmp_path / "g.json")
    assert _everything(again) == _everything(store)
    assert len(again.evidence(_fact(again))) == 3


def test_reader_threads_asking_at_once_all_wait_for_the_whole_references(tmp_path, monkeypatch):
    import threading

    path = tmp_path / "g.json"
    store = MemoryStore(path)
    for i in range(1, 40):
        store.write(dated_report(i, "2017-01"))
    store._compact()
    expected = [e.id for e in store.evidence(_fact(store), limit=100)]
    monkeypatch.setattr(Quiet, "soon", lambda self, jobs: None)
    again = MemoryStore(path)
    fact, start, seen = _fact(again), threading.Barrier(8), []

    def read():
        start.wait()
        seen.append([e.id for e in again.evidence(fact, limit=100)])

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(expected) == 39 and seen == [expected] * 8


def test_a_store_dropped_or_reopened_frees_its_graph(tmp_path):
    import weakref

    store = MemoryStore(tmp_path / "g.json")
    store.write(visit_document("doc:aaaa"))
    store.graph.nodes, store.graph.edges  # networkx caches these views, which refer back to the graph
    first = weakref.ref(store.graph)
    store._reopen()
    assert first() is None and store.get_node("place:las-bambas") is not None
    store.graph.nodes
    second = weakref.ref(store.graph)
    del store
    assert second() is None


def test_a_facts_evidence_pages_stay_in_id_order_across_compactions_and_reopens(tmp_path):
    # The snapshot holds the references in the order they were written, not by fact and id:
    # their parse sorts each fact's records again.
    store = MemoryStore(tmp_path / "g.json")
    for i in (5, 2, 6, 0, 3):
        store.write(dated_report(i, f"2017-0{i + 1}"))
    store._compact()
    store.write(dated_report(4, "2017-05"))
    store.write(dated_report(1, "2017-02"))
    store._compact()
    fact = _fact(store)

    def pages(s) -> list[list[str]]:
        out, after = [], None
        while page := s.evidence(fact, after=after, limit=3):
            out.append([e.id for e in page])
            after = page[-1].id
        return out

    ids = [i for page in pages(store) for i in page]
    assert len(ids) == 7 and ids == sorted(ids)
    assert pages(MemoryStore(tmp_path / "g.json")) == pages(store)
