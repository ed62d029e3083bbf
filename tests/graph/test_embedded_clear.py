"""The embedded store's `clear()` (`minegraph init-db --reset`): once it returns the graph is
empty on disk, for a process killed right after it and for every other process that has the
file open, whose next read serves the empty graph, not the one it held."""
import os
import signal
import subprocess
import sys

from graph.memory_store import MemoryStore
from tests.graph.samples import SENTENCES, visit_document

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EMPTY = (0, 0)


def _size(store) -> tuple[int, int]:
    counts = store.counts()
    return counts.nodes, counts.relationships


def _written(path) -> MemoryStore:
    """A store with one report compacted into its snapshot and one more in its journal."""
    store = MemoryStore(path)
    store.write(visit_document("doc:aaaa"))
    store._compact()
    store.write(visit_document("doc:bbbb", SENTENCES["luque"]))
    return store


def test_a_clear_not_followed_by_a_close_stays_cleared_on_reopen(tmp_path):
    store = _written(tmp_path / "g.json")
    store.clear()
    # No close, no save after it: as if the process were killed here.
    assert _size(MemoryStore(tmp_path / "g.json")) == EMPTY


KILLED_AFTER_CLEAR = """
import os, signal, sys
from graph.memory_store import MemoryStore
store = MemoryStore(sys.argv[1])
store.clear()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_process_killed_right_after_its_clear_leaves_the_graph_empty(tmp_path):
    _written(tmp_path / "g.json")
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_CLEAR, str(tmp_path / "g.json")], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": ROOT})
    assert child.returncode == -signal.SIGKILL
    assert _size(MemoryStore(tmp_path / "g.json")) == EMPTY


def test_another_store_on_the_file_reads_the_graph_empty_after_a_clear(tmp_path):
    writer = _written(tmp_path / "g.json")
    follower = MemoryStore(tmp_path / "g.json")
    assert _size(follower) == _size(writer) != EMPTY
    writer.clear()
    assert _size(follower) == EMPTY
    assert follower.get_node("doc:aaaa") is None and follower.get_node("doc:bbbb") is None


def test_a_store_that_writes_and_compacts_after_another_cleared_does_not_bring_the_old_graph_back(tmp_path):
    writer = _written(tmp_path / "g.json")
    follower = MemoryStore(tmp_path / "g.json")
    writer.clear()
    follower.write(visit_document("doc:cccc"))
    follower._compact()
    reopened = MemoryStore(tmp_path / "g.json")
    assert reopened.get_node("doc:cccc") is not None
    assert reopened.get_node("doc:aaaa") is None and reopened.get_node("doc:bbbb") is None
    assert _size(writer) == _size(follower) == _size(reopened)


def test_init_db_reset_in_another_process_empties_the_graph_an_open_store_serves(tmp_path):
    path = tmp_path / "g.json"
    serving = _written(path)
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    subprocess.run([sys.executable, "-m", "minegraph", "init-db", "--reset"], cwd=ROOT, check=True,
                   env={**env, "PYTHONPATH": ROOT, "MINEGRAPH_DATA": str(path)}, capture_output=True)
    assert _size(serving) == EMPTY
    assert _size(MemoryStore(path)) == EMPTY
