"""Speed of the embedded store at a monitor's size: `python -m graph.bench_embedded [--documents N]`.

Makes N graph documents (default 5,000) from the example reports as the real extractor reads
them: each copy keeps the well-known actors (shared across copies, as in a real corpus) and gets
its own document, events and a share of its own people and places. It loads them into a fresh
store, then times what a user waits for: opening the file (`minegraph serve` starting), the
first answer of a served API (a search), its first answer that walks relationships (a hub
entity's page), one report written (an API `POST`: the median of 20, and the first after the open apart), one save
(after those 20: a delta of what changed where the store has graph/memory_delta.py, a
compaction before), one compaction (the whole snapshot rewritten, as a save does when its
delta has grown past its share; the same as the save on a store without deltas), a search and
an entity page. The same measurements run in a subprocess on a checkout of the
BASELINE commit (`--baseline REF`, main by default), and both columns
print side by side against the targets of issue 12 (open, save, serve < 2 s; a write < 50 ms).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "9be8cf2"  # main before the embedded store saved deltas
TARGETS = {"open_s": 2.0, "serve_first_answer_s": 2.0, "save_s": 2.0, "write_ms": 50.0}
OWN_SHARE = 3  # one entity in OWN_SHARE is this copy's own; the rest are shared across copies


def templates() -> list[dict]:
    """The example reports, extracted by the real pipeline, as graph-document dicts."""
    from loaders.pipeline import default_extractor
    from loaders.read import iter_report_paths, read_report
    from minegraph.ingest import stamp_ingested

    reports = [read_report(p) for p in iter_report_paths([ROOT / "examples" / "reports"])]
    docs = default_extractor().extract_many(reports)
    return [stamp_ingested(doc, report.text).to_dict() for report, doc in zip(reports, docs)]


def corpus(n: int, shapes: list[dict]) -> list[dict]:
    """`n` documents: copy i of a template renames its document, its events and every
    OWN_SHARE-th other node, so the graph grows like a corpus with recurring hubs."""
    out = []
    for i in range(n):
        shape = shapes[i % len(shapes)]
        renamed = {}
        for j, node in enumerate(shape["nodes"]):
            own = "Document" in node["labels"] or "Event" in node["labels"] or j % OWN_SHARE == 0
            renamed[node["id"]] = f"{node['id']}-{i}" if own else node["id"]
        doc = json.loads(json.dumps(shape))
        for node in doc["nodes"]:
            node["id"] = renamed[node["id"]]
            if "Document" in node["labels"]:
                node["properties"]["text"] = f"[copy {i}] " + node["properties"].get("text", "")
        for rel in doc["relationships"]:
            rel["start"], rel["end"] = renamed[rel["start"]], renamed[rel["end"]]
            for key in ("sources",):
                rel["properties"][key] = [renamed.get(s, s) for s in rel["properties"].get(key, [])]
        out.append(doc)
    return out


def measure(data_dir: Path, corpus_file: Path) -> dict:
    """Runs on the checkout it is imported from (this one, or the baseline's): only the public
    GraphStore interface and `_save`, which both versions have."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from graph.document import GraphDocument
    from graph.memory_store import MemoryStore
    from graph.validation import DocumentError

    docs = [GraphDocument.from_dict(json.loads(line)) for line in corpus_file.read_text().splitlines()]
    extra, docs = docs[-20:], docs[:-20]
    path = data_dir / "graph.json"
    start = time.perf_counter()
    store = MemoryStore(path)
    refused = 0
    with store.batch():
        for doc in docs:
            try:
                store.write(doc)
            except DocumentError:  # a copy whose shared place another template typed otherwise (35 of 5,000)
                refused += 1
    load_s = time.perf_counter() - start
    del store

    start = time.perf_counter()
    store = MemoryStore(path)
    open_s = time.perf_counter() - start
    counts = store.counts()

    writes, written = [], []
    for doc in extra:
        start = time.perf_counter()
        try:
            store.write(doc)
        except DocumentError:  # refused as in the load above: not a write's time
            refused += 1
            continue
        writes.append((time.perf_counter() - start) * 1000)
        written.append(doc)
    start = time.perf_counter()
    store._save()
    save_s = time.perf_counter() - start
    hub = max((n for n in docs[0].nodes if "Entity" in n.labels), key=lambda n, s=store: len(s.relationships(n.id)))
    del store

    start = time.perf_counter()
    with TestClient(create_app(MemoryStore(path))) as client:
        client.get("/entities/search", params={"q": "Vizcarra"}).raise_for_status()
        serve_s = time.perf_counter() - start
        searches, entities = [], []
        t = time.perf_counter()  # the first answer that walks relationships (an open may leave them unparsed)
        client.get(f"/entities/{hub.id}").raise_for_status()
        first_entity_ms = (time.perf_counter() - t) * 1000
        for _ in range(5):
            t = time.perf_counter()
            client.get("/entities/search", params={"q": "Vizcarra"}).raise_for_status()
            searches.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            client.get(f"/entities/{hub.id}").raise_for_status()
            entities.append((time.perf_counter() - t) * 1000)
    store = MemoryStore(path)  # the served store opened the snapshot and the save's delta; now compact
    if hasattr(store, "_dirty"):  # a store that saves deltas: time the whole rewrite apart
        store.write(written[0])
        store._dirty.whole = True
        start = time.perf_counter()
        store._save()
        compaction_s = time.perf_counter() - start
    else:
        compaction_s = save_s
    del store
    files = sum(f.stat().st_size for f in data_dir.iterdir() if f.is_file())
    return {"documents": len(docs) + len(extra), "refused": refused, "nodes": counts.nodes, "relationships": counts.relationships,
            "files_mb": files / 1e6, "load_s": load_s, "open_s": open_s,
            "serve_first_answer_s": serve_s, "save_s": save_s, "compaction_s": compaction_s, "first_write_ms": writes[0],
            "first_entity_ms": first_entity_ms,
            "write_ms": statistics.median(writes),
            "search_ms": statistics.median(searches), "entity_ms": statistics.median(entities)}


def run_on(checkout: Path, corpus_file: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-embedded-") as data:
        env = {**os.environ, "PYTHONPATH": str(checkout), "MINEGRAPH_DATA": str(Path(data) / "graph.json")}
        env.pop("NEO4J_URI", None)
        out = subprocess.run([sys.executable, __file__, "--measure", data, str(corpus_file)], env=env,
                             cwd=checkout, capture_output=True, text=True)
        if out.returncode:
            raise SystemExit(f"the measurement on {checkout} failed:\n{out.stderr}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--baseline", default=BASELINE, help="git ref of the baseline store ('' to skip)")
    parser.add_argument("--baseline-first", action="store_true",
                        help="measure the baseline before this tree (on a shared machine, alternate runs)")
    parser.add_argument("--measure", nargs=2, metavar=("DATA_DIR", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return
    with tempfile.TemporaryDirectory(prefix="bench-embedded-") as work:
        corpus_file = Path(work) / "corpus.jsonl"
        corpus_file.write_text("\n".join(json.dumps(d) for d in corpus(args.documents, templates())))
        columns = {} if args.baseline_first else {"this tree": run_on(ROOT, corpus_file)}
        if args.baseline:
            checkout = Path(work) / "baseline"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(checkout), args.baseline],
                           check=True)
            try:
                columns = {f"baseline {args.baseline}": run_on(checkout, corpus_file), **columns}
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)], check=True)
                shutil.rmtree(checkout, ignore_errors=True)
        if args.baseline_first:
            columns["this tree"] = run_on(ROOT, corpus_file)
    print_table(columns)


def print_table(columns: dict[str, dict]) -> None:
    names = list(columns)
    first = columns[names[0]]
    print(f"embedded store, {first['documents']} documents ({first['refused']} refused): {first['nodes']} nodes, "
          f"{first['relationships']} relationships")
    print(f"{'':<24}" + "".join(f"{n:>20}" for n in names) + (f"{'ratio':>10}" if len(names) == 2 else "")
          + f"{'target':>10}")
    for key in ("load_s", "open_s", "serve_first_answer_s", "save_s", "compaction_s", "first_write_ms", "write_ms", "first_entity_ms", "search_ms",
                "entity_ms", "files_mb"):
        values = [columns[n][key] for n in names]
        row = f"{key:<24}" + "".join(f"{v:>20.3f}" for v in values)
        if len(values) == 2:
            row += f"{values[1] / values[0]:>9.2f}x" if values[0] else f"{'':>10}"
        if key in TARGETS:
            row += f"{'< ' + str(TARGETS[key]):>10} {'met' if values[-1] < TARGETS[key] else 'NOT met'}"
        print(row)


if __name__ == "__main__":
    main()
