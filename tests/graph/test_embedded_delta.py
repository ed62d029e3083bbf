"""The embedded store's saves between compactions (graph/memory_delta.py): a save writes only
what changed since the snapshot, an open reads snapshot, delta and journal, and a save killed
at any point, or two processes saving in turn, lose nothing."""
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from graph import memory_store
from graph.document import GraphDocument, Node
from graph.memory_store import MemoryStore
from tests.graph.samples import SENTENCES, dated_report, visit_document

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture(autouse=True)
def deltas_of_any_size(monkeypatch):
    """A few reports' delta is no small share of a few reports' snapshot: let the saves be deltas."""
    monkeypatch.setattr(memory_store, "DELTA_SHARE", 1000.0)


def _everything(store) -> tuple:
    nodes, rels = {}, {}
    for batch in store.export():
        nodes.update({n.id: (sorted(n.labels), n.properties) for n in batch.nodes})
        rels.update({r.properties["id"]: (r.type, r.start, r.end, r.properties) for r in batch.relationships})
    return nodes, rels, store.counts()


def _doc(title: str) -> GraphDocument:
    return GraphDocument([Node("doc:dddd", ["Document"], {"title": title, "text": f"The text of {title}."})], [])


def _compacted(path) -> MemoryStore:
    store = MemoryStore(path)
    store.write(visit_document("doc:aaaa"))
    store._compact()  # the first save of a store compacts: there is no snapshot to hold a delta of yet
    return store


def test_a_save_writes_only_what_changed_and_a_reopen_reads_snapshot_delta_and_journal(tmp_path):
    path = tmp_path / "g.json"
    store = _compacted(path)
    snapshot = path.read_bytes()
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    store.write(dated_report(3, "2017-01"))
    store._compact()
    assert path.read_bytes() == snapshot and path.with_name("g.json.delta").exists()
    store.write(dated_report(4, "2017-02"))  # in the journal only
    again = MemoryStore(path)
    assert _everything(again) == _everything(store)
    assert sorted(n.id for n in again.evidence(again.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
                                               [0].properties["id"])) == sorted(
        n.id for n in store.evidence(store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
                                     [0].properties["id"]))
    again._compact()  # a second delta, on the same snapshot, holding the first's changes too
    assert path.read_bytes() == snapshot
    assert _everything(MemoryStore(path)) == _everything(store)


def test_a_node_deleted_after_the_snapshot_stays_deleted_with_its_relationships(tmp_path):
    path = tmp_path / "g.json"
    store = _compacted(path)
    store.write(visit_document("doc:bbbb"), delete=("doc:aaaa",))
    store._compact()
    again = MemoryStore(path)
    assert again.get_nodes(["doc:aaaa"]) == [] and _everything(again) == _everything(store)


def test_a_delta_past_its_share_of_the_snapshot_is_a_compaction(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    store = _compacted(path)
    snapshot = path.read_bytes()
    store.write(visit_document("doc:bbbb"))
    store._compact()
    monkeypatch.setattr(memory_store, "DELTA_SHARE", 0.0)
    store.write(dated_report(3, "2017-01"))
    store._compact()
    assert path.read_bytes() != snapshot and not path.with_name("g.json.delta").exists()
    assert _everything(MemoryStore(path)) == _everything(store)


def test_a_save_killed_before_its_new_journal_loses_nothing_and_replays_nothing_twice(tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    store = _compacted(path)
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    before = _everything(store)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed after the delta's rename, before the new journal")

    monkeypatch.setattr(store.files, "_next_journal", killed)
    with pytest.raises(KeyboardInterrupt):
        store._compact()
    monkeypatch.undo()
    assert _everything(MemoryStore(path)) == before
    store.write(dated_report(3, "2017-01"))  # the killed process's store goes on
    assert _everything(MemoryStore(path)) == _everything(store)


def test_a_compaction_killed_before_it_removed_the_delta_leaves_one_the_open_ignores(tmp_path):
    path = tmp_path / "g.json"
    store = _compacted(path)
    store.put(_doc("first"))
    store._compact()
    stale = tmp_path / "stale.delta"
    shutil.copy(path.with_name("g.json.delta"), stale)
    store.put(_doc("second"))
    store._dirty.whole = True  # this save compacts
    store._compact()
    shutil.copy(stale, path.with_name("g.json.delta"))  # as a kill between the snapshot and the removal leaves it
    again = MemoryStore(path)
    assert again.get_node("doc:dddd").properties["title"] == "second"
    assert not path.with_name("g.json.delta").exists()


KILLED_DELTA = """
import os, sys, time
from graph import memory_store
from graph.memory_store import MemoryStore
memory_store.DELTA_SHARE = 1000.0
from tests.graph.samples import visit_document
store = MemoryStore(sys.argv[1])
store.write(visit_document("doc:aaaa"))
store._save()  # the first: a compaction
store.write(visit_document("doc:bbbb"))
print("written", flush=True)
os.replace = lambda *args: time.sleep(600)  # the delta's save stops after its temporary file is written
store._save()
"""


def test_a_delta_save_killed_halfway_keeps_every_acknowledged_write(tmp_path):
    path = tmp_path / "g.json"
    child = subprocess.Popen([sys.executable, "-c", KILLED_DELTA, str(path)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": ROOT}, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "written"
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("g.json.delta*.tmp")) and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert list(tmp_path.glob("g.json.delta*.tmp")), "the delta's save never started"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    store = MemoryStore(path)
    assert {n.id for n in store.get_nodes(["doc:aaaa", "doc:bbbb"])} == {"doc:aaaa", "doc:bbbb"}
    assert not list(tmp_path.glob("*.tmp"))


OTHER_PROCESS = """
import sys
from graph import memory_store
from graph.memory_store import MemoryStore
memory_store.DELTA_SHARE = 1000.0
from tests.graph.samples import visit_document
store = MemoryStore(sys.argv[1])
store.write(visit_document(sys.argv[2]))
store._save()
"""


def test_two_processes_saving_deltas_in_turn_each_keep_the_others_writes(tmp_path):
    path = tmp_path / "g.json"
    store = _compacted(path)
    snapshot = path.read_bytes()
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path), "doc:bbbb"], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": ROOT})
    assert path.read_bytes() == snapshot  # the other process saved a delta
    assert store.get_nodes(["doc:bbbb"])  # caught up through its new journal
    store.write(visit_document("doc:cccc"))
    store._compact()  # this delta holds the other process's changes too
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path), "doc:eeee"], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": ROOT})
    again = MemoryStore(path)
    assert {n.id for n in again.get_nodes(["doc:aaaa", "doc:bbbb", "doc:cccc", "doc:eeee"])} == \
        {"doc:aaaa", "doc:bbbb", "doc:cccc", "doc:eeee"}
    assert path.read_bytes() == snapshot
    assert _everything(again) == _everything(store)  # store catches up with the last process's delta to answer


def test_the_evidence_references_are_parsed_once_reads_pause_not_while_they_come(tmp_path, monkeypatch):
    from graph import memory_quiet

    path = tmp_path / "g.json"
    _compacted(path)
    monkeypatch.setattr(memory_quiet, "PARSE_DELAY", 0.3)
    store = MemoryStore(path)
    assert store._evidence._unparsed is not None
    until = time.monotonic() + 1.0
    while time.monotonic() < until:  # a server answering: reads closer together than PARSE_DELAY
        store.search_candidates("vizcarra")
        time.sleep(0.05)
    assert store._evidence._unparsed is not None, "parsed against the answers"
    time.sleep(0.8)
    assert store._evidence._unparsed is None, "never parsed once the reads paused"


def test_an_open_leaves_the_adjacency_for_later_and_queues_the_delta_and_journal_behind_it(tmp_path, monkeypatch):
    from graph.memory_quiet import Quiet

    path = tmp_path / "g.json"
    store = _compacted(path)
    store.write(visit_document("doc:bbbb"), delete=("doc:aaaa",))
    store.write(visit_document("doc:aaaa"))  # deleted, then back with its relationships
    store._compact()  # a delta
    store.write(dated_report(3, "2017-01"), delete=("doc:bbbb",))  # in the journal only
    monkeypatch.setattr(Quiet, "soon", lambda self, jobs: None)  # no thread parsing it first
    again = MemoryStore(path)
    assert again._adjacency.unparsed() and {call[0] for call in again._adjacency._queued} == {"drop", "edge"}
    # The nodes are as the delta and journal left them, before any relationship is parsed.
    assert [n.id for n in again.get_nodes(["doc:aaaa", "doc:bbbb", "doc:0003"])] == ["doc:aaaa", "doc:0003"]
    assert [n.id for n in again.search_candidates("vizcarra")] == [n.id for n in store.search_candidates("vizcarra")]
    assert again._adjacency.unparsed()
    assert _everything(again) == _everything(store) and not again._adjacency.unparsed()
    assert again.graph._succ == store.graph._succ and again.graph._pred == store.graph._pred
    assert all(again.graph._pred[b][a] is keys for a, ends in again.graph._succ.items() for b, keys in ends.items())
    again._compact()  # the delta again, whole: what the journal's deletion took included
    assert _everything(MemoryStore(path)) == _everything(store)
