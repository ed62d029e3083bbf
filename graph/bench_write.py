"""The write benchmark (issue 12 item 4): minegraph's writer against a raw-driver baseline of the
same rows, side by side in one run on one Neo4j, and the cost of writing a fact already
repeated by thousands of reports.

    NEO4J_URI=bolt://127.0.0.1:7687 python -m graph.bench_write [--documents 500]

The baseline writes exactly the rows minegraph stores for each document, worked out before the
clock starts (`raw_rows`: minegraph's own validation, identity and plan with nothing stored):
its nodes with all their properties and labels, the name keys it registers (the first time
only, as the writer does), its relationships with the provenance summary a new fact gets
(sources, sentences, source_count, observed span) and one Evidence record per source with the
same properties. It sends one `UNWIND … MERGE … SET +=` per label set or relationship type and
one for the Evidence records, in one managed transaction per document (single) or per BULK
documents (bulk: the chunk's rows concatenated, duplicates left to MERGE), through the same
driver and session settings. It reads, validates and merges nothing: it is the floor a writer
that also resolves identities and keeps the merge rules is measured against.
`measure()` returns the figures as a dict (for `make bench` and bench/results.json). A run also
says what would make its ratios something else than the writer's cost (`{mode}_interference`,
empty when none): writes retried or bulk chunks written one report at a time (another writer's
locks on the same server: the writer retries and falls back on its own, so only its side pays),
or reports in the database the run did not write (another client sharing or clearing it); and
the machine's load (`{mode}_load`, the 1-minute average at the start and end of the mode).
"""
from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import time
from collections import defaultdict

import neo4j

from graph.bench_validity import interference, retries_watched
from graph.document import GraphDocument, Node, Relationship
from graph.cypher_names import identifier
from graph.neo4j_store import Neo4jStore
from graph.identity import identify
from graph.provenance import summarise
from graph.write_plan import plan, prepare

BULK = 50
COUNTED = 10       # reports whose queries are counted, after the timed runs
# The warm-up: each side writes windows of units (reports, or bulk chunks) until its time per unit
# has settled, STEADY_WINDOWS window medians in a row within STEADY of each other, or for
# WARMUP_CAP_S at most. A fresh server's first minutes are not the writer's steady cost (plans
# made, the JVM compiling them), and a fixed 20 reports of warm-up measured the server's age,
# not the writer; the first window is still printed, as the cold figure (README, Writes).
WINDOW = {"single": 25, "bulk": 2}
STEADY = 0.10
STEADY_WINDOWS = 3
WARMUP_CAP_S = 300.0
POOL = 400            # entities shared by the synthetic reports, so their facts repeat
HOT_REPEATS = (2_000, 20_000)
HOT_WRITES = 15       # documents written onto the hot fact at each size (the median is reported)
ROLES = ("leader", "attendee", "speaker", "organizer")
OURS, RAW = "m", "r"   # the id namespaces of minegraph's reports and the baseline's

RAW_NODES = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props SET n:{labels}"
RAW_RELATIONSHIPS = ("UNWIND $rows AS row MATCH (a:{start} {{id: row.start}}) MATCH (b:{end} {{id: row.end}}) "
                     "MERGE (a)-[r:{type} {{id: row.id}}]->(b) SET r += row.props")
RAW_EVIDENCE = "UNWIND $rows AS row MERGE (e:Evidence {id: row.id}) SET e += row"
HOT_EVIDENCE = ("UNWIND range($start, $start + $n - 1) AS i CREATE (:Evidence {id: 'evidence:hot' + toString(i), fact: $fact, "
                "fact_type: 'MEMBER_OF', document: 'doc:hot' + toString(i), sentence: 'said', observed: '2016'})")
HOT_SUMMARY = "MATCH ()-[r:MEMBER_OF {id: $fact}]->() SET r.source_count = r.source_count + $n"
# The bench's graph cleared relationships first: a DETACH DELETE batch of the pool's entities
# (hundreds of mentions each) passed the server's 256 MB transaction limit (scripts/neo4j-local).
CLEAR = ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
         "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS")


def synthetic_document(i: int, hot: bool = False, side: str = "") -> GraphDocument:
    """A report of ~40 nodes and ~63 relationships: 39 mentions and 24 facts among a shared pool.
    `side` namespaces every id and name, so two writers can share one database without ever
    touching (or matching the name keys of) each other's nodes."""
    rng = random.Random(i)
    doc_id = f"doc:{side}{i:0{16 - len(side)}x}"
    people = [f"person:{side}p{k}" for k in rng.sample(range(POOL), 16)]
    orgs = [f"organization:{side}o{k}" for k in rng.sample(range(POOL // 4), 15)]
    events = [f"event:meeting:2016-{1 + k % 12:02d}-01:{side}e{k}" for k in rng.sample(range(POOL // 2), 8)]
    nodes = [Node(doc_id, ["Document"], {"title": f"Report {i}", "published": f"{2010 + i % 10}-{1 + i % 12:02d}"})]
    nodes += [Node(p, ["Entity", "Person"], {"name": f"Person {p[7:]}", "aliases": []}) for p in people]
    nodes += [Node(o, ["Entity", "Organization"], {"name": f"Organization {o[13:]}"}) for o in orgs]
    nodes += [Node(e, ["Event", "Meeting"], {"name": f"Meeting {e}", "date": e.split(":")[2]}) for e in events]

    def fact(kind: str, start: str, end: str, **props) -> Relationship:
        return Relationship(kind, start, end, {**props, "sources": [doc_id], "evidence": [f"Report {i} says so."],
                                               "confidence": 0.7, "extractor": "bench"})

    rels = [fact("MEMBER_OF", p, o) for p, o in zip(people[:8], orgs)]
    rels += [fact("SUBORDINATE_TO", a, b, basis="statutory") for a, b in zip(orgs[:8], orgs[8:] + orgs[:1])]
    rels += [fact("PARTICIPATED_IN", p, e, role=ROLES[k % 4]) for k, (p, e) in enumerate(zip(people[8:], events))]
    rels += [Relationship("MENTIONED_IN", n.id, doc_id, {"count": 1, "spans": ["0:5"], "sources": [doc_id],
                                                         "evidence": ["x"], "extractor": "mentions"})
             for n in nodes[1:40]]
    if hot:
        nodes += [Node("person:hot", ["Entity", "Person"], {"name": "Hot"}),
                  Node("organization:hot", ["Entity", "Organization"], {"name": "Hot"})]
        rels.append(fact("MEMBER_OF", "person:hot", "organization:hot"))
    return GraphDocument(nodes, rels)


def raw_rows(store: Neo4jStore, doc: GraphDocument, registered: dict[str, Node]) -> dict:
    """The rows minegraph stores for `doc`, grouped as the baseline sends them: its nodes, the
    name keys it registers first (`registered` holds those of the documents before it), its
    relationships with the provenance summary a new fact gets, and its Evidence records."""
    doc = identify(prepare(doc, store.onto, None), store.onto, lambda ids: [registered[i] for i in ids if i in registered])
    labels = {n.id: n.labels for n in doc.nodes}
    changes = plan(doc, store.onto, None, {}, {}, labels)
    nodes, rels = defaultdict(list), defaultdict(list)
    for n in changes.nodes:
        if "NameKey" in n.labels:
            registered[n.id] = n
        nodes[(store._label_for(n.id), ":".join(identifier(x) for x in n.labels))].append({"id": n.id, "props": n.properties})
    for rel_id, r in changes.relationships:
        rels[(store._label_for(r.start), store._label_for(r.end), identifier(r.type))].append(
            {"id": rel_id, "start": r.start, "end": r.end, "props": summarise(r.properties, changes.evidence[rel_id])})
    evidence = [e for found in changes.evidence.values() for e in found]
    return {"nodes": dict(nodes), "rels": dict(rels), "evidence": evidence}


def merged_rows(batches: list[dict]) -> dict:
    out = {"nodes": defaultdict(list), "rels": defaultdict(list), "evidence": []}
    for rows in batches:
        for kind in ("nodes", "rels"):
            for key, group in rows[kind].items():
                out[kind][key] += group
        out["evidence"] += rows["evidence"]
    return out


def raw_write(store: Neo4jStore, rows: dict) -> None:
    def work(tx) -> None:
        for (label, labels), group in rows["nodes"].items():
            tx.run(RAW_NODES.format(label=label, labels=labels), rows=group).consume()
        for (start, end, rel_type), group in rows["rels"].items():
            tx.run(RAW_RELATIONSHIPS.format(start=start, end=end, type=rel_type), rows=group).consume()
        tx.run(RAW_EVIDENCE, rows=rows["evidence"]).consume()

    with store.driver.session(database=store.database) as session:
        session.execute_write(work)


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _fresh(store: Neo4jStore) -> None:
    with store.driver.session(database=store.database) as session:
        for query in CLEAR:
            session.run(query).consume()
    store.init_schema()


def _paired(ours: list[float], raw: list[float]) -> dict:
    """The figures of one run: each unit's ratio to its own baseline, written next to it (so a
    burst from another job lands in one pair, not in the median), p50 and the p10-p90 spread,
    with both sides' p50 time and totals."""
    ratios = sorted(o / r for o, r in zip(ours, raw))
    deciles = statistics.quantiles(ratios, n=10, method="inclusive") if len(ratios) > 1 else ratios * 9
    return {"ratio": statistics.median(ratios), "ratio_p10": deciles[0], "ratio_p90": deciles[-1],
            "median_ratio": statistics.median(ours) / statistics.median(raw), "total_ratio": sum(ours) / sum(raw),
            "minegraph_p50_ms": statistics.median(ours) * 1000, "raw_p50_ms": statistics.median(raw) * 1000,
            "minegraph_s": sum(ours), "raw_s": sum(raw), "units": len(ratios)}


def settled(medians: list[float], tolerance: float = STEADY, windows: int = STEADY_WINDOWS) -> bool:
    """Whether a side's time per unit has stopped changing: the medians of its last `windows`
    warm-up windows within `tolerance` of each other (the slowest over the fastest). Three, not
    two: a time still falling a few percent a window passes for flat between two of them."""
    last = medians[-windows:]
    return len(last) == windows and max(last) <= min(last) * (1 + tolerance)


class _Reports:
    """Both sides' reports by number, made as the run asks for them (the baseline's rows in
    order: each registers the name keys the ones after it find stored), never on the clock."""

    def __init__(self, store: Neo4jStore) -> None:
        self.store, self.registered, self.rows = store, {}, []

    def ours(self, i: int) -> GraphDocument:
        return synthetic_document(i, side=OURS)

    def raw(self, i: int) -> dict:
        while len(self.rows) <= i:
            self.rows.append(raw_rows(self.store, synthetic_document(len(self.rows), side=RAW), self.registered))
        return self.rows[i]


def _pair(store: Neo4jStore, reports: _Reports, kind: str, unit: range, raw_first: bool) -> tuple[float, float]:
    """One unit written by each side, in the order given: (minegraph's time, the baseline's)."""
    rows = merged_rows([reports.raw(i) for i in unit])
    ours = [reports.ours(i) for i in unit]
    times = {}
    for side in ("raw", "minegraph") if raw_first else ("minegraph", "raw"):
        if side == "raw":
            times[side] = _timed(lambda: raw_write(store, rows))
        elif kind == "single":
            times[side] = _timed(lambda: store.write(ours[0]))
        else:
            times[side] = _timed(lambda: store.write_many([(doc, None) for doc in ours]))
    return times["minegraph"], times["raw"]


def single_and_bulk(store: Neo4jStore, documents: int, warmup_cap_s: float = WARMUP_CAP_S, bulk: int = BULK,
                    window: dict[str, int] = WINDOW) -> dict:
    """Minegraph's writer and the raw baseline write the same reports side by side, one report
    (or one bulk chunk) each in turn, the order alternating, into one database under disjoint
    ids: both meet the same server, graph size and load from other jobs, so the ratio holds on a
    shared machine. Each mode starts with warm-up windows (`window` units each), until both
    sides' time per unit has `settled` or `warmup_cap_s` has passed: the first window's figures
    are the cold ones (`{mode}_cold_*`: a fresh server's first minutes), the `documents`
    reports measured after the warm-up (bulk: in chunks of `bulk`, rounded up) the steady ones
    (`{mode}_ratio` and the rest; `{mode}_settled` false if the cap ended the warm-up first)."""
    reports = _Reports(store)
    out: dict = {}
    last = 0
    for kind, size in (("single", 1), ("bulk", bulk)):
        _fresh(store)
        units = (range(i, i + size) for i in itertools.count(0, size))
        load = os.getloadavg()[0]
        written = 0
        windows: list[tuple[list[float], list[float]]] = []

        def pairs(n: int) -> list[tuple[float, float]]:
            """The next `n` units, the order alternating with each unit written in this mode."""
            nonlocal written
            done = [_pair(store, reports, kind, next(units), raw_first=(written + k) % 2 == 1) for k in range(n)]
            written += n
            return done

        def both_settled() -> bool:
            return all(settled([statistics.median(w[side]) for w in windows]) for side in (0, 1))

        with retries_watched() as retries:
            start = time.perf_counter()
            while not windows or not (time.perf_counter() - start >= warmup_cap_s or both_settled()):
                warm = pairs(window[kind])
                windows.append(([o for o, _ in warm], [r for _, r in warm]))
            warmup_s = time.perf_counter() - start
            measured = pairs(-(-documents // size))
        figures = _paired([o for o, _ in measured], [r for _, r in measured])
        cold = _paired(*windows[0])
        figures.update({"cold_ratio": cold["ratio"], "cold_minegraph_p50_ms": cold["minegraph_p50_ms"],
                        "cold_raw_p50_ms": cold["raw_p50_ms"], "warmup_units": written - len(measured),
                        "warmup_s": warmup_s,
                        "settled": both_settled(),
                        "warmup_windows_ms": [[statistics.median(o) * 1000, statistics.median(r) * 1000]
                                              for o, r in windows]})
        figures["load"] = [load, os.getloadavg()[0]]
        figures["interference"] = interference(store, retries, written * size, OURS, RAW)
        out.update({f"{kind}_{key}": value for key, value in figures.items()})
        last = max(last, written * size)
    counted = range(last, last + COUNTED)
    out.update(queries_per_report(store, [reports.ours(i) for i in counted], [reports.raw(i) for i in counted]))
    return out


def queries_per_report(store: Neo4jStore, ours: list[GraphDocument], rows: list[dict]) -> dict:
    """Queries each side sends per report, counted on a few more reports after the timed runs
    (counting wraps the driver's run, which is not free)."""
    sent = 0
    run = neo4j.ManagedTransaction.run

    def counted(self, *args, **kwargs):
        nonlocal sent
        sent += 1
        return run(self, *args, **kwargs)

    counts = {}
    neo4j.ManagedTransaction.run = counted
    try:
        for side in ("minegraph", "raw"):
            sent = 0
            for doc, raw in zip(ours, rows):
                store.write(doc) if side == "minegraph" else raw_write(store, raw)
            counts[f"{side}_queries_per_report"] = sent / len(ours)
    finally:
        neo4j.ManagedTransaction.run = run
    return counts


def hot_fact(store: Neo4jStore) -> dict:
    """Median time to write a report that touches a fact already stated by N reports: the
    sources are added to one database (2,000, then up to 20,000), each followed by a warm-up
    write, so both sizes are measured in the same state of the server. Each such write is paired
    with one of a report of the same shape that touches no hot fact (the order alternating):
    `hot_ratio` compares the hot/cold ratios at both sizes, so load from other jobs during one
    size does not pass for a cost of the fact's size (`hot_ms_ratio`: the plain times')."""
    out = {}
    _fresh(store)
    store.write(synthetic_document(10_000_000, hot=True))
    fact = next(r for r in synthetic_document(0, hot=True).relationships if r.start == "person:hot").id
    seeded, written = 1, 0
    for repeats in HOT_REPEATS:
        with store.driver.session(database=store.database) as session:
            session.run(HOT_EVIDENCE, start=seeded + 1, n=repeats - written - seeded, fact=fact).consume()
            session.run(HOT_SUMMARY, n=repeats - written - seeded, fact=fact).consume()
        seeded = repeats - written
        store.write(synthetic_document(30_000_000 + repeats, hot=True))  # warm-up
        written += 1
        hot, cold = [], []
        for i in range(HOT_WRITES):
            for touches in (True, False) if i % 2 == 0 else (False, True):
                doc = synthetic_document(20_000_000 + repeats + i + (0 if touches else 1_000_000), hot=touches)
                (hot if touches else cold).append(_timed(lambda d=doc: store.write(d)))
        written += HOT_WRITES
        out[f"hot_{repeats}_ms"] = statistics.median(hot) * 1000
        out[f"hot_{repeats}_cold_ms"] = statistics.median(cold) * 1000
        out[f"hot_{repeats}_vs_cold"] = statistics.median([h / c for h, c in zip(hot, cold)])
        out[f"hot_{repeats}_source_count"] = store.get_relationship(fact).properties["source_count"]
    low, high = HOT_REPEATS
    out["hot_ratio"] = out[f"hot_{high}_vs_cold"] / out[f"hot_{low}_vs_cold"]
    out["hot_ms_ratio"] = out[f"hot_{high}_ms"] / out[f"hot_{low}_ms"]
    return out


def measure(uri: str | None = None, documents: int = 500, warmup_cap_s: float = WARMUP_CAP_S) -> dict:
    """Every figure of the write benchmark, on the Neo4j at `uri` (default NEO4J_URI); the
    database is cleared."""
    uri = uri or os.environ.get("NEO4J_URI") or os.environ["NEO4J_TEST_URI"]
    store = Neo4jStore(uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"),
                       os.environ.get("NEO4J_DATABASE"))
    try:
        figures = {"documents": documents, "bulk_documents_per_transaction": BULK, "warmup_cap_s": warmup_cap_s,
                   **single_and_bulk(store, documents, warmup_cap_s), **hot_fact(store)}
        _fresh(store)
        return figures
    finally:
        store.close()


def mode_lines(f: dict) -> list[str]:
    """The single and bulk rows of a run's figures, each with the machine's load, and a line per
    sign that a mode's ratio is not the writer's own (then no target is claimed for it)."""
    lines = [f"{'run':<34}{'raw baseline p50':>18}{'minegraph p50':>15}{'ratio p50 [p10-p90]':>24}{'total':>8}"
             f"{'load':>11}  target"]
    for kind, label, per in (("single", "one transaction per report", 1), ("bulk", f"bulk, {BULK} reports per transaction", BULK)):
        start, end = f[kind + "_load"]
        lines.append(f"{label:<34}{f[kind + '_raw_p50_ms'] / per:>15.1f} ms{f[kind + '_minegraph_p50_ms'] / per:>12.1f} ms"
                     f"{f[kind + '_ratio']:>9.2f}× [{f[kind + '_ratio_p10']:.2f}-{f[kind + '_ratio_p90']:.2f}]"
                     f"{f[kind + '_total_ratio']:>8.2f}×{f'{start:.1f}-{end:.1f}':>11}  "
                     f"{'NOT VALID' if f[kind + '_interference'] else '≤ 1.25×'}  "
                     f"({f[kind + '_units']} {'reports' if per == 1 else 'chunks'}; ms per report)")
        lines.append(f"  {kind}: cold (the warm-up's first window) {f[kind + '_cold_ratio']:.2f}× "
                     f"({f[kind + '_cold_minegraph_p50_ms'] / per:.1f} against {f[kind + '_cold_raw_p50_ms'] / per:.1f} ms); "
                     + (f"steady after {f[kind + '_warmup_units']} {'reports' if per == 1 else 'chunks'} "
                        f"({f[kind + '_warmup_s']:.0f} s)" if f[kind + "_settled"] else
                        f"NOT STEADY: the warm-up's cap ended it after {f[kind + '_warmup_units']} units "
                        f"({f[kind + '_warmup_s']:.0f} s), the ratio above is of a server still warming up"))
        lines += [f"  {kind} NOT VALID: {sign}" for sign in f[kind + "_interference"]]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--uri", default=None)
    parser.add_argument("--warmup-cap", type=float, default=WARMUP_CAP_S, help="seconds of warm-up per mode at most")
    args = parser.parse_args()
    f = measure(args.uri, args.documents, args.warmup_cap)
    print(f"write benchmark: {f['documents']} synthetic reports (~40 nodes, ~63 relationships each) per mode, after "
          f"a warm-up until both sides' time settles ({STEADY_WINDOWS} windows within {STEADY:.0%}, at most "
          f"{f['warmup_cap_s']:.0f} s); Neo4j. Ratio: p50 of each unit's time over its baseline's, "
          "written next to it (p10-p90 in brackets), and of the totals; cold: the warm-up's first window")
    print("\n".join(mode_lines(f)))
    low, high = HOT_REPEATS
    print(f"{'hot fact, report touching it':<34}{f'at {low:,}: ' + format(f[f'hot_{low}_ms'], '.1f') + ' ms':>22}"
          f"{f'at {high:,}: ' + format(f[f'hot_{high}_ms'], '.1f') + ' ms':>24}{f['hot_ratio']:>8.2f}×  < 1.5×"
          f"  (each over a cold report's written next to it: {f[f'hot_{low}_vs_cold']:.2f}× and "
          f"{f[f'hot_{high}_vs_cold']:.2f}×; plain times {f['hot_ms_ratio']:.2f}×)")
    print(f"queries per report: minegraph {f['minegraph_queries_per_report']:.1f}, raw baseline {f['raw_queries_per_report']:.1f}")


if __name__ == "__main__":
    main()
