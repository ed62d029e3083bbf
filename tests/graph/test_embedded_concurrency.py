"""The embedded store under threads and kills: reads never see a write half-made, and a save
killed halfway leaves nothing behind once the store is opened again."""
import os
import signal
import subprocess
import sys
import threading
import time

from graph.memory_store import MemoryStore
from graph.store import NodeFilter
from tests.graph.samples import visit_document

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_reads_and_writes_in_threads_never_raise(tmp_path):
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    store = MemoryStore(tmp_path / "graph.json")
    errors: list[BaseException] = []
    done = threading.Event()

    def writer(n: int) -> None:
        try:
            for i in range(40):
                store.write(visit_document(f"doc:{n}-{i}"))
        except BaseException as exc:  # noqa: BLE001 - every failure is what the test looks for
            errors.append(exc)

    def reader() -> None:
        try:
            while not done.is_set():
                store.counts()
                store.find_nodes(NodeFilter("Document"))
                store.get_relationship("rel:none")
                store.search_candidates("Vizcarra")
                list(store.export())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    try:
        writers = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
        readers = [threading.Thread(target=reader) for _ in range(3)]
        for t in writers + readers:
            t.start()
        for t in writers:
            t.join(timeout=120)
        done.set()
        for t in readers:
            t.join(timeout=30)
    finally:
        sys.setswitchinterval(old_interval)
    assert errors == []
    assert store.counts().by_label["Document"] == 80
    assert MemoryStore(tmp_path / "graph.json").counts().by_label["Document"] == 80


KILLED_SAVE = """
import os, sys, time
from graph.memory_store import MemoryStore
from tests.graph.samples import visit_document
store = MemoryStore(sys.argv[1])
store.write(visit_document("doc:aaaa"))
os.replace = lambda *args: time.sleep(600)  # the save stops after its temporary file is written
store._save()
"""


def test_a_save_killed_halfway_leaves_no_temporary_file_after_the_next_open(tmp_path):
    path = tmp_path / "graph.json"
    child = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(path)], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": ROOT})
    try:
        deadline = time.monotonic() + 60
        # The snapshot's temporary file (mkstemp's letters hold no dot), not the journal's that
        # the child's open makes: a kill then came before the write it journals.
        while not list(tmp_path.glob("graph.json[!.]*.tmp")) and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert list(tmp_path.glob("graph.json[!.]*.tmp")), "the save never started"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    store = MemoryStore(path)
    assert store.get_node("doc:aaaa") is not None
    assert store.counts().relationships == 3
    assert not list(tmp_path.glob("*.tmp"))
