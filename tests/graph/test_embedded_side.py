"""The embedded store's side files (graph/memory_side.py): rewritten once mostly dead, the ones no
snapshot names removed, and a process on an older snapshot still reading its own."""
import marshal

import orjson
import pytest

from graph import memory_side, memory_snapshot
from graph.document import GraphDocument
from graph.memory_side import LENGTH
from graph.memory_store import MemoryStore
from tests.graph.samples import SENTENCES, dated_report, visit_document
from tests.graph.test_embedded_store import _everything, _fact


@pytest.fixture
def any_dead_line_rewrites(monkeypatch):
    monkeypatch.setattr(memory_side, "REWRITE_MIN_BYTES", 0)
    monkeypatch.setattr(memory_side, "LIVE_SHARE", 0.999)


def _two_reports(path) -> MemoryStore:
    store = MemoryStore(path)
    store.write(visit_document("doc:aaaa"))
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    store._compact()
    return store


def _whole_rewrite(store) -> None:
    store._dirty.whole = True
    store._save()


def test_a_mostly_dead_evidence_file_is_rewritten_and_a_process_that_read_the_old_one_keeps_reading_it(
        tmp_path, any_dead_line_rewrites):
    path, legacy = tmp_path / "g.json", tmp_path / "g.json.evidence"
    a = _two_reports(path)
    assert memory_snapshot.read(path)["evidence_file"] == legacy.name  # nothing dead yet
    b = MemoryStore(path)
    records = b.evidence(_fact(b))
    gone, kept = records[0], records[1]
    a.write(GraphDocument([], []), delete=(gone.id,))
    _whole_rewrite(a)
    rewritten = path.with_name(memory_snapshot.read(path)["evidence_file"])
    assert rewritten != legacy and not legacy.exists()
    lines = rewritten.read_bytes().splitlines()
    assert orjson.dumps(kept.properties) in lines and orjson.dumps(gone.properties) not in lines
    # b still holds the snapshot it read and its side file, removed but open: it reads it...
    assert b._evidence.read([gone.id])[gone.id] == gone.properties
    # ...until it catches up, which reads the new snapshot.
    assert b.evidence(_fact(b)) == [kept] and b._evidence.path == rewritten
    b.write(dated_report(3, "2017-01"))
    b._compact()
    assert _everything(a) == _everything(b) == _everything(MemoryStore(path))


def test_a_rewrite_killed_before_its_snapshot_loses_nothing_and_its_file_is_removed(
        tmp_path, monkeypatch, any_dead_line_rewrites):
    path = tmp_path / "g.json"
    store = _two_reports(path)
    store.write(GraphDocument([], []), delete=(store.evidence(_fact(store))[0].id,))
    before = _everything(store)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed before the snapshot's rename")

    monkeypatch.setattr(store.files, "compact", killed)
    fresh = [store.files.next_side("evidence")]
    with pytest.raises(KeyboardInterrupt):
        _whole_rewrite(store)
    assert all(p.exists() for p in fresh)
    again = MemoryStore(path)
    assert not any(p.exists() for p in fresh)  # named by no snapshot: removed by the open
    assert _everything(again) == before
    _whole_rewrite(again)
    assert _everything(MemoryStore(path)) == before


def test_side_files_no_snapshot_names_are_removed_on_open_and_after_a_compaction(tmp_path):
    path = tmp_path / "g.json"
    store = _two_reports(path)
    named = [tmp_path / "g.json.props", tmp_path / "g.json.evidence"]
    orphans = [tmp_path / "g.json.props.7", tmp_path / "g.json.evidence.3"]
    others = [tmp_path / "g.json.props.old", tmp_path / "h.json.props.2", tmp_path / "g.json.journal"]
    for orphan in orphans + others[:2]:
        orphan.write_bytes(b"{}\n")
    before = _everything(store)
    assert _everything(MemoryStore(path)) == before
    assert not any(p.exists() for p in orphans) and all(p.exists() for p in named + others)
    orphans[0].write_bytes(b"{}\n")
    store.write(dated_report(3, "2017-01"))
    store._compact()
    assert not orphans[0].exists() and all(p.exists() for p in named + others)


def test_a_snapshot_that_names_no_evidence_file_reads_the_first_one(tmp_path):
    """Snapshots of format 5 written before the rewrite of the Evidence records named none."""
    path = tmp_path / "g.json"
    store = _two_reports(path)
    header, body = path.read_bytes().split(b"\n", 1)
    older = orjson.loads(header)
    del older["evidence_file"]
    path.write_bytes(orjson.dumps(older) + b"\n" + body)
    again = MemoryStore(path)
    assert _everything(again) == _everything(store) and len(again.evidence(_fact(again))) == 2
    assert again._evidence.path == tmp_path / "g.json.evidence"


def test_a_compaction_failing_while_it_marshals_the_adjacency_leaves_the_snapshot_it_had(tmp_path, monkeypatch):
    """graph/memory_file.py writes the snapshot's first part in a thread while the adjacency is
    made: a failure there leaves no half-written file."""
    path = tmp_path / "g.json"
    store = _two_reports(path)
    store.write(dated_report(3, "2017-01"))
    before, on_disk = _everything(store), path.read_bytes()
    made = memory_snapshot.snapshot

    def failing(*args):
        header, nodes, _ = made(*args)

        def adjacency():
            raise MemoryError("no room for the adjacency")
        return header, nodes, adjacency

    monkeypatch.setattr(memory_snapshot, "snapshot", failing)
    with pytest.raises(MemoryError):
        _whole_rewrite(store)
    monkeypatch.undo()
    assert path.read_bytes() == on_disk and not list(tmp_path.glob("*.tmp"))
    assert _everything(MemoryStore(path)) == before


def test_a_snapshot_of_format_5_with_its_references_in_two_columns_is_read_and_rewritten(tmp_path):
    """Format 5 held each Evidence record's offset and length apart; 6 holds one int."""
    path = tmp_path / "g.json"
    store = _two_reports(path)
    header, rest = path.read_bytes().split(b"\n", 1)
    header = orjson.loads(header)
    nodes, succ = marshal.loads(rest[:header["adjacency"]]), rest[header["adjacency"]:]
    columns = orjson.loads(nodes["evidence"])
    refs = columns.pop("refs")
    columns.update(offsets=[r >> 32 for r in refs], lengths=[r & LENGTH for r in refs])
    nodes["evidence"] = orjson.dumps(columns)
    old = marshal.dumps(nodes, memory_snapshot.MARSHAL)
    path.write_bytes(orjson.dumps({**header, "format": 5, "adjacency": len(old)}) + b"\n" + old + succ)
    again = MemoryStore(path)
    assert _everything(again) == _everything(store) and len(again.evidence(_fact(again))) == 2
    again.write(dated_report(3, "2017-01"))
    again._save()  # a compaction: no delta on a snapshot of an older format
    assert memory_snapshot.read(path)["format"] == memory_snapshot.FORMAT
    assert _everything(MemoryStore(path)) == _everything(again)
