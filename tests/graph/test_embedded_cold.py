"""The embedded store's bulky properties in their side file (graph/memory_cold.py) and its
marshal snapshot (graph/memory_snapshot.py): every fact kept, whatever the file's age."""
import marshal

import orjson
import pytest

from graph import memory_snapshot
from graph.document import GraphDocument, Node
from graph.memory_cold import MARK
from graph.memory_store import MemoryStore
from graph.store import NodeFilter
from tests.graph.samples import SENTENCES, dated_report, visit_document

TEXT = "Full text of the report about the stand-off at the mine, long enough to matter."


def _written(store) -> None:
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    store.put(GraphDocument([Node("doc:cccc", ["Document"], {"title": "C", "published": "2017-02", "text": TEXT,
                                                             "sha256": "abc"})], []))


def _everything(store) -> tuple:
    nodes, rels = {}, {}
    for batch in store.export():
        nodes.update({n.id: (sorted(n.labels), n.properties) for n in batch.nodes})
        rels.update({r.properties["id"]: (r.type, r.start, r.end, r.properties) for r in batch.relationships})
    return nodes, rels, store.counts()


def _answers(store) -> tuple:
    """What readers see: entity facts, a node, a search, a filter, a path."""
    return (store.relationships("person:martin-vizcarra"), store.get_nodes(["doc:cccc", "place:las-bambas"]),
            store.search_candidates("vizcarra"), store.find_nodes(NodeFilter("Document", {"sha256": "abc"})),
            store.find_nodes(NodeFilter("Document", date_property="published", date_from="2016")),
            store.shortest_paths("person:martin-vizcarra", "place:las-bambas", 3))


def test_bulky_properties_leave_the_snapshot_and_come_back_whole(tmp_path):
    path = tmp_path / "g.json"
    store = MemoryStore(path)
    _written(store)
    before, answers = _everything(store), _answers(store)
    store._compact()
    saved = memory_snapshot.read(path)
    assert TEXT.encode() not in path.read_bytes() and SENTENCES["visit"].encode() not in path.read_bytes()
    assert TEXT.encode() in path.with_name("g.json.props").read_bytes()
    assert saved["node"]["doc:cccc"]["props"]["title"] == "C" and MARK in saved["node"]["doc:cccc"]["props"]
    assert all(isinstance(data["props"], int) for ends in saved["succ"].values() for keys in ends.values()
               for data in keys.values())  # a relationship's properties are all in the side file
    for again in (store, MemoryStore(path)):
        assert _everything(again) == before and _answers(again) == answers
        assert sorted(e.properties["document"] for e in again.evidence(again.relationships(
            "person:martin-vizcarra", "out", ["PARTICIPATED_IN"])[0].properties["id"])) == ["doc:aaaa", "doc:bbbb"]


def test_a_compaction_leaves_in_memory_what_a_reopen_reads(tmp_path):
    store = MemoryStore(tmp_path / "g.json")
    store.put(GraphDocument([Node("doc:dddd", ["Document"], {"title": "D", "tags": ("a", "b"), "text": TEXT})], []))
    store._compact()
    assert store.get_node("doc:dddd").properties == MemoryStore(tmp_path / "g.json").get_node("doc:dddd").properties \
        == {"title": "D", "tags": ["a", "b"], "text": TEXT, "id": "doc:dddd"}


def test_a_snapshot_of_format_2_opens_with_every_fact_and_is_written_anew(tmp_path):
    new = MemoryStore(tmp_path / "new.json")
    _written(new)
    new._evidence.flush()
    expected = _everything(new)
    # FORMAT 2 as compaction wrote it before the side file of properties: networkx's adjacency
    # with every property on the first line, the Evidence references on the next.
    graph = new.graph
    full = new._cold.full
    old = tmp_path / "old.json"
    document = {"generation": 4, "format": 2,
                "node": {n: {"labels": d["labels"], "props": full(d["props"])} for n, d in graph._node.items()},
                "succ": {a: {b: {k: {"type": d["type"], "props": full(d["props"])} for k, d in keys.items()}
                             for b, keys in ends.items()} for a, ends in graph._succ.items()},
                "labels": {label: sorted(ids) for label, ids in new._index.by_label.items()},
                "names": {name: sorted(ids) for name, ids in new._index._named.items()}}
    old.write_bytes(orjson.dumps(document) + b"\n" + new._evidence.references())
    old.with_name("old.json.evidence").write_bytes(tmp_path.joinpath("new.json.evidence").read_bytes())
    store = MemoryStore(old)
    assert _everything(store) == expected
    store.write(dated_report(3, "2017-01"))
    store._compact()
    assert memory_snapshot.read(old)["format"] == memory_snapshot.FORMAT
    assert _everything(MemoryStore(old)) == _everything(store)
    # The name index, made anew from the nodes of FORMAT 2, finds what the store that wrote them finds.
    assert [n.id for n in MemoryStore(old).search_candidates("las bambas")] == \
        [n.id for n in new.search_candidates("las bambas")]


def test_a_process_reading_an_older_snapshot_still_finds_its_properties(tmp_path):
    path = tmp_path / "g.json"
    a = MemoryStore(path)
    _written(a)
    a._compact()
    b = MemoryStore(path)
    b.write(dated_report(3, "2017-01"))
    b._compact()  # appends to the side file and replaces the snapshot a read
    assert a.get_node("doc:cccc").properties["text"] == TEXT
    a.write(dated_report(4, "2017-02"))  # catches up with b's compaction first
    assert _everything(a) == _everything(b.__class__(path))


def test_a_snapshot_of_format_3_with_pred_opens_whole_and_is_written_anew_without_it(tmp_path):
    new = MemoryStore(tmp_path / "new.json")
    _written(new)
    new._compact()
    expected, answers = _everything(new), _answers(new)
    # FORMAT 3 as compaction wrote it before `pred` was linked on open: the same body with it.
    graph = new.graph
    old = tmp_path / "old.json"
    body = {"node": graph._node, "succ": graph._succ, "pred": graph._pred, "labels": new._index.by_label,
            "names": new._index._named, "evidence": new._evidence.references()}  # its indexes as sets
    old.write_bytes(orjson.dumps({"generation": 4, "format": 3}) + b"\n" + marshal.dumps(body, 4))
    for side in ("props", "evidence"):
        old.with_name(f"old.json.{side}").write_bytes(tmp_path.joinpath(f"new.json.{side}").read_bytes())
    store = MemoryStore(old)
    assert _everything(store) == expected and _answers(store) == answers
    store.write(dated_report(3, "2017-01"))
    store._save()  # a snapshot of an older format is rewritten whole, not given a delta
    assert memory_snapshot.read(old)["format"] == memory_snapshot.FORMAT and "pred" not in memory_snapshot.read(old)
    again = MemoryStore(old)
    assert _everything(again) == _everything(store)
    assert again.graph._pred == store.graph._pred  # linked from succ, each edge's key dict shared
    assert all(again.graph._pred[b][a] is keys for a, ends in again.graph._succ.items() for b, keys in ends.items())


def test_a_mostly_dead_side_file_is_rewritten_and_a_process_that_read_the_old_one_keeps_reading_it(tmp_path, monkeypatch):
    from graph import memory_side

    monkeypatch.setattr(memory_side, "REWRITE_MIN_BYTES", 0)
    monkeypatch.setattr(memory_side, "LIVE_SHARE", 0.999)  # any dead line is too many
    path, legacy = tmp_path / "g.json", tmp_path / "g.json.props"
    a = MemoryStore(path)
    _written(a)
    a._compact()
    assert legacy.exists() and memory_snapshot.read(path)["props"] == "g.json.props"  # nothing dead yet
    b = MemoryStore(path)
    assert b.get_node("doc:cccc").properties["text"] == TEXT
    for i in range(3):  # each rewrite leaves the document's old line dead
        a.put(GraphDocument([Node("doc:cccc", ["Document"], {"title": "C", "text": f"Text {i}."})], []))
    a._dirty.whole = True
    a._save()  # a compaction
    rewritten = path.with_name(memory_snapshot.read(path)["props"])
    assert rewritten.name != legacy.name and not legacy.exists()
    assert b"Text 2." in rewritten.read_bytes() and TEXT.encode() not in rewritten.read_bytes()
    # b still holds the snapshot it read and its side file, removed but open: it reads it...
    assert b._cold.full(b.graph._node["doc:cccc"]["props"])["text"] == TEXT
    # ...until it catches up, which reads the new snapshot, not the rest of the old journal.
    assert b.get_node("doc:cccc").properties["text"] == "Text 2." and b._cold.path == rewritten
    b.write(dated_report(3, "2017-01"))
    b._compact()
    assert _everything(a) == _everything(b) == _everything(MemoryStore(path))
    assert _answers(a) == _answers(MemoryStore(path))


def _counted(store) -> int:
    """The store's count of the side file's bytes its elements refer to, as a walk finds it."""
    store._adjacency.ready()
    assert store._adjacency.cold_bytes == store._cold.live_bytes(store.graph)
    return store._adjacency.cold_bytes


def test_the_count_of_referenced_side_file_bytes_follows_every_change_as_a_walk_would(tmp_path, monkeypatch):
    from graph import memory_store

    monkeypatch.setattr(memory_store, "DELTA_SHARE", 1000.0)  # a save after the first is a delta
    path = tmp_path / "g.json"
    store = MemoryStore(path)
    _written(store)
    store._compact()
    assert _counted(store) > 0
    follower = MemoryStore(path)
    store.write(visit_document("doc:aaaa", SENTENCES["luque"]))  # its facts' lines now dead
    store.write(GraphDocument([], []), delete=("doc:cccc",))  # a node's line dead
    store._save()  # a delta
    # In the journal only: nodes deleted with the relationships into and out of them, one made anew.
    store.write(GraphDocument([], []), delete=("doc:bbbb", "event:visit:2016-10-22:las-bambas"))
    store.write(dated_report(3, "2017-01"))
    # Snapshot, delta and journal applied to an adjacency still unparsed; the journal replayed
    # on a parsed one (the follower's elements refer to none of the lines the delta's save added).
    follower.counts()  # a read: it catches up
    assert _counted(MemoryStore(path)) == _counted(store) > _counted(follower)
    store._compact()
    settled = _counted(store)

    def full_disk(entry):
        raise OSError("No space left on device")

    store.files.append = full_disk
    with pytest.raises(OSError):  # rolled back: the facts it rewrote and the node's it deleted put back
        store.write(visit_document("doc:aaaa"), delete=("doc:0003",))
    del store.files.append
    # The nodes put back hold all their properties (settled anew by the next compaction).
    assert 0 < _counted(store) < settled
    header, rest = path.read_bytes().split(b"\n", 1)  # a snapshot of before the count
    path.write_bytes(orjson.dumps({k: v for k, v in orjson.loads(header).items() if k != "cold_bytes"}) + b"\n" + rest)
    older = MemoryStore(path)
    assert older._adjacency.cold_bytes is None
    older.write(dated_report(4, "2017-02"))
    older._dirty.whole = True  # the next save a compaction, which walks for the count once
    older._save()
    assert _counted(older) == _counted(MemoryStore(path)) > settled
    older.clear()
    assert _counted(older) == 0
