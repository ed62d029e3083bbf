"""`minegraph load` killed at random points, and several writers on one embedded file.

Each report here is a graph document of its own person, event and document (three nodes, two
facts), so a report half-written would show as a node without its fellows. The CLI names each
report once it is stored for good: every report it named must be there after a SIGKILL.
"""
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from graph.document import GraphDocument, Node, Relationship
from graph.memory_store import MemoryStore
from tests.graph.test_conformance import snapshot

ROOT = Path(__file__).resolve().parent.parent.parent
MINEGRAPH = [sys.executable, "-m", "minegraph"]
KILLS = 5
REPORTS = 30


def report(n: int, tag: str = "r") -> GraphDocument:
    person, event, doc = f"person:{tag}-{n}", f"event:visit:2016-10-22:{tag}-{n}", f"doc:{tag}{n:04d}"
    said = f"Person {n} visited place {n}."
    prov = {"sources": [doc], "evidence": [said], "confidence": 0.9, "extractor": "hand"}
    return GraphDocument(
        [Node(person, ["Entity", "Person"], {"name": f"Person {tag} {n}"}),
         Node(event, ["Event", "Visit"], {"name": f"Visit {tag} {n}", "type": "visit", "date": "2016-10-22",
                                          "date_precision": "day"}),
         Node(doc, ["Document"], {"title": f"Report {tag} {n}", "published": "2016-10"})],
        [Relationship("PARTICIPATED_IN", person, event, {"role": "leader", **prov}),
         Relationship("MENTIONED_IN", person, doc, {"count": 1})])


def report_files(folder: Path, count: int, tag: str = "r") -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        paths.append(folder / f"{tag}{n:04d}.json")
        paths[-1].write_text(report(n, tag).to_json())
    return paths


def whole_reports(store, count: int, tag: str = "r") -> set[int]:
    """The reports fully in the store; fails on one partly there."""
    present = set()
    for n in range(count):
        doc = report(n, tag)
        nodes = [store.get_node(node.id) is not None for node in doc.nodes]
        facts = [any(r.type == rel.type for r in store.relationships(rel.start, "out")) for rel in doc.relationships]
        assert all(nodes + facts) or not any(nodes + facts), f"report {n} is partly stored: {nodes} {facts}"
        if all(nodes):
            present.add(n)
    return present


def kill_loads_at_random_points(env: dict, paths: list[Path], open_store, seed: int) -> None:
    rng = random.Random(seed)
    for attempt in range(KILLS):
        child = subprocess.Popen([*MINEGRAPH, "load", *map(str, paths)], cwd=ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        acknowledged, kill_after = [], rng.randint(1, len(paths) - 1)
        deadline = time.monotonic() + 120
        for line in child.stdout:
            if line.startswith("loaded "):
                acknowledged.append(line.split(" ", 1)[1].strip())
            if len(acknowledged) >= kill_after or time.monotonic() > deadline:
                time.sleep(rng.random() * 0.05)  # and a little further, to land anywhere in the next write
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert acknowledged, f"kill {attempt}: the load named no report"
        with open_store() as store:
            present = whole_reports(store, len(paths))
        named = {int(Path(p).stem[1:]) for p in acknowledged}
        assert named <= present, f"kill {attempt}: acknowledged but lost: {sorted(named - present)}"


def embedded_env(data: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MINEGRAPH_DATA": str(data)}
    env.pop("NEO4J_URI", None)
    return env


def test_kill_a_load_into_the_embedded_store_and_lose_nothing_acknowledged(tmp_path):
    paths = report_files(tmp_path / "reports", REPORTS)
    env = embedded_env(tmp_path / "graph.json")
    kill_loads_at_random_points(env, paths, lambda: MemoryStore(tmp_path / "graph.json"), seed=11)
    assert not list(tmp_path.glob("*.tmp"))
    subprocess.run([*MINEGRAPH, "load", *map(str, paths)], cwd=ROOT, env=env, check=True, capture_output=True)
    clean_env = embedded_env(tmp_path / "clean.json")
    subprocess.run([*MINEGRAPH, "load", *map(str, paths)], cwd=ROOT, env=clean_env, check=True, capture_output=True)
    assert snapshot(MemoryStore(tmp_path / "graph.json")) == snapshot(MemoryStore(tmp_path / "clean.json"))


@pytest.mark.neo4j
def test_kill_a_load_into_neo4j_and_lose_nothing_acknowledged(tmp_path, neo4j_store, neo4j_uri):
    paths = report_files(tmp_path / "reports", REPORTS)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEO4J_URI": neo4j_uri}

    class Shared:  # the test's own connection, kept open across the checks
        def __enter__(self):
            return neo4j_store

        def __exit__(self, *exc):
            return None

    kill_loads_at_random_points(env, paths, Shared, seed=12)
    subprocess.run([*MINEGRAPH, "load", *map(str, paths)], cwd=ROOT, env=env, check=True, capture_output=True)
    after_kills = snapshot(neo4j_store)
    neo4j_store.clear()
    subprocess.run([*MINEGRAPH, "load", *map(str, paths)], cwd=ROOT, env=env, check=True, capture_output=True)
    assert after_kills == snapshot(neo4j_store)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REPORT_TEXT = """---
title: Server report {n}
published: 2016-10-2{n}
---
Martín Vizcarra, Peru's vice-president, visited Las Bambas on 2{n} October {n}.
"""


def test_two_loads_and_a_server_on_one_embedded_file_lose_nothing(tmp_path):
    data = tmp_path / "graph.json"
    env = {**embedded_env(data), "MINEGRAPH_API_KEY": "k"}
    port = free_port()
    server = subprocess.Popen([*MINEGRAPH, "serve", "--port", str(port)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/documents", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
                time.sleep(0.2)
        loads = [subprocess.Popen([*MINEGRAPH, "load", *map(str, report_files(tmp_path / tag, REPORTS, tag))],
                                  cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for tag in ("a", "b")]
        posted = []
        for n in range(1, 4):
            answer = httpx.post(f"{base}/reports", content=REPORT_TEXT.format(n=n).encode(), timeout=60,
                                headers={"X-API-Key": "k", "Content-Type": "text/markdown"})
            assert answer.status_code == 201, answer.text
            posted.append(answer.json()["document_id"])
        assert [load.wait(timeout=120) for load in loads] == [0, 0]
        # The server sees what the loads wrote; a fresh open sees everything.
        for tag in ("a", "b"):
            assert httpx.get(f"{base}/documents/doc:{tag}0007", timeout=10).status_code == 200
        store = MemoryStore(data)
        for tag in ("a", "b"):
            assert whole_reports(store, REPORTS, tag) == set(range(REPORTS))
        assert all(store.get_node(doc_id) is not None for doc_id in posted)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
