"""Read benchmark: each question of graph/queries on Neo4j against one hand-written Cypher query
answering the same question through the driver, side by side on a synthetic graph
(bench/synthetic.py): p50 and driver calls per question, and chain / visits through the API.

    python -m bench.read [--nodes 20000] [--runs 30]      # 1M nodes: --nodes 1000000
    python -m bench.read --reuse                          # ask the graph the last run built
    python -m bench.read --reuse --only visits --only chain   # the questions whose name says it
"""
from __future__ import annotations

import argparse
import statistics
import time
from contextlib import contextmanager
from typing import Callable

from graph import ontology, queries
from graph.neo4j_read import lucene_query
from graph.neo4j_store import Neo4jStore

# The types a neighbourhood walks: all but mentions (graph/queries/subgraph.py).
WALK = "|".join(t for t in ontology.load().relationships if t != "MENTIONED_IN")
# An entity's page as its answer shows it: the node, per type of fact the count and the first 20
# in id order with the node at the other end (a report by its summary, not its text), and the
# titles of the reports those cite.
ENTITY = ("MATCH (n:{label} {id: $id}) "
          "CALL (n) { MATCH (n)-[r]-(m) WHERE NOT coalesce(r.rejected, false) WITH type(r) AS t, r, m ORDER BY r.id "
          "WITH t, count(*) AS c, collect({r: r, m: m})[..20] AS firsts UNWIND firsts AS f "
          "WITH t, c, f.r AS r, f.m AS m RETURN t, c, collect({r: properties(r), l: labels(m), "
          "m: CASE WHEN m:Document THEN m {.id, .title, .url, .publisher, .published, .language, .ingested_at} "
          "ELSE properties(m) END}) AS firsts } "
          "WITH n, collect({t: t, c: c, firsts: firsts}) AS groups "
          "CALL (groups) { UNWIND groups AS g UNWIND g.firsts AS f UNWIND coalesce(f.r.sources, []) AS sid "
          "WITH DISTINCT sid MATCH (d:Document {id: sid}) RETURN collect(d {.id, .title, .url, .published}) AS docs } "
          "RETURN properties(n) AS node, groups, docs")
# The baselines: what a developer would write by hand for each question, one query each.
RAW = {
    "search": "CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 50}) YIELD node, score "
              "RETURN node.id, node.name, score",
    "entity": ENTITY.replace("{label}", "Person"),
    # An actor's events with their role and the reports saying so (titles and sentences).
    "entity's events": "MATCH (:Person {id: $id})-[r:PARTICIPATED_IN]->(e:Event) "
                       "WITH collect({e: properties(e), l: labels(e), role: r.role, sources: r.sources, "
                       "evidence: r.evidence}) AS events "
                       "CALL (events) { UNWIND events AS e UNWIND e.sources AS sid WITH DISTINCT sid "
                       "MATCH (d:Document {id: sid}) RETURN collect(d {.id, .title, .url, .published}) AS docs } "
                       "RETURN events, docs",
    # The chain as its answer shows it: each unit up the line (the synthetic units have one
    # superior each) with every head, in force on the date or not (set aside), the steps between
    # them, the unit's other lines and their places' owners, each with their provenance, and the
    # titles of the reports cited.
    "chain of command": "MATCH p = (u:Organization {id: $id})-[:SUBORDINATE_TO*0..12]->(top) "
                        "WHERE NOT (top)-[:SUBORDINATE_TO]->() "
                        "WITH nodes(p) AS units, relationships(p) AS steps UNWIND units AS unit "
                        "CALL (unit) { MATCH (h:Person)-[r:HEADS]->(unit) RETURN collect({h: properties(h), "
                        "r: properties(r), in_force: r.since <= $as_of AND (r.until IS NULL OR r.until >= $as_of)}) "
                        "AS heads } "
                        "CALL (unit) { MATCH (unit)-[l:PROVIDES_SECURITY_TO|BASED_AT]->(t) "
                        "OPTIONAL MATCH (t:Place)<-[o:OPERATES|OWNS]-(w) "
                        "RETURN collect({l: properties(l), t: properties(t), o: properties(o), w: properties(w)}) "
                        "AS lines } "
                        "WITH steps, collect({unit: properties(unit), heads: heads, lines: lines}) AS levels "
                        "CALL (steps, levels) { UNWIND [s IN steps | s.sources] + [l IN levels | "
                        "reduce(a = [], h IN l.heads | a + h.r.sources)] + [l IN levels | reduce(a = [], x IN l.lines | "
                        "a + coalesce(x.l.sources, []) + coalesce(x.o.sources, []))] AS cited UNWIND cited AS sid "
                        "WITH DISTINCT sid MATCH (d:Document {id: sid}) "
                        "RETURN collect(d {.id, .title, .url, .published}) AS docs } "
                        "RETURN levels, [s IN steps | properties(s)] AS steps, docs",
    # The visits answer as the explorer shows it: each visit (date order, at most 50) with its
    # places and attendees (their nodes, roles and provenance), the other events and commitments
    # tied to it, every report behind any of its facts or mentioning it, and those reports' titles.
    "visits at a mine": "MATCH (:Place {id: $id})<-[:OCCURRED_AT]-(v:Visit) "
                        "WITH v ORDER BY v.date, v.id LIMIT 50 "
                        "CALL (v) { MATCH (v)-[r]-(m) WHERE NOT coalesce(r.rejected, false) WITH r, m, type(r) AS t "
                        "RETURN collect(CASE WHEN t IN ['OCCURRED_AT', 'PARTICIPATED_IN', 'PART_OF', 'FOLLOWS', "
                        "'ABOUT', 'MADE_AT'] THEN {t: t, r: properties(r), m: properties(m), l: labels(m)} END) AS rels, "
                        "collect(CASE WHEN t = 'MENTIONED_IN' THEN m.id END) AS mentioned, "
                        "collect(r.sources) AS cited } "
                        "WITH collect({v: properties(v), rels: rels, mentioned: mentioned, cited: cited}) AS visits "
                        "CALL (visits) { UNWIND visits AS v UNWIND v.mentioned + reduce(a = [], c IN v.cited | a + c) "
                        "AS sid WITH DISTINCT sid MATCH (d:Document {id: sid}) "
                        "RETURN collect(d {.id, .title, .url, .published}) AS docs } RETURN visits, docs",
    # Up to 10 shortest paths (every type but mentions) with their ends, the nodes and
    # relationships on them, and the titles of the reports those cite.
    "paths": "MATCH (a:Person {id: $a}), (b:Person {id: $b}) "
             "CALL (a, b) { MATCH p = allShortestPaths((a)-[:" + WALK + "*..4]-(b)) WITH p LIMIT 10 "
             "RETURN collect(p) AS found } "
             "CALL (found) { UNWIND found AS p UNWIND relationships(p) AS r UNWIND r.sources AS sid "
             "WITH DISTINCT sid MATCH (d:Document {id: sid}) RETURN collect(d {.id, .title, .url, .published}) AS docs } "
             "RETURN properties(a), properties(b), [p IN found | [n IN nodes(p) | properties(n)]] AS nodes, "
             "[p IN found | [r IN relationships(p) | properties(r)]] AS rels, docs",
    # The neighbourhood as the explorer draws it: the nodes within two steps along every type but
    # mentions (at most 100, with their properties), the relationships between them with theirs,
    # and the titles of the reports those cite.
    "neighbourhood, depth 2": "MATCH (c:Place {id: $id}) "
                              "CALL (c) { MATCH (c)-[:" + WALK + "*1..2]-(m) WHERE m <> c "
                              "RETURN DISTINCT m LIMIT 99 } "
                              "WITH c, collect(m) AS reached WITH [c] + reached AS found "
                              "UNWIND found AS a CALL (a, found) { MATCH (a)-[r:" + WALK + "]->(b) WHERE b IN found "
                              "RETURN collect({type: type(r), start: a.id, end: b.id, props: properties(r)}) AS rels } "
                              "WITH collect({id: a.id, labels: labels(a), props: properties(a)}) AS nodes, "
                              "collect(rels) AS rels "
                              "CALL (rels) { UNWIND rels AS g UNWIND g AS r UNWIND r.props.sources AS sid "
                              "WITH DISTINCT sid MATCH (d:Document {id: sid}) "
                              "RETURN collect(d {.id, .title, .url, .published}) AS docs } RETURN nodes, rels, docs",
    "hub entity": ENTITY.replace("{label}", "Organization"),
}
AS_OF = "2016-10-22"


@contextmanager
def counting(store: Neo4jStore):
    """Counts the driver calls (one session, one transaction each) the block makes."""
    calls = [0]
    session = store._session

    @contextmanager
    def counted(*args, **kwargs):
        calls[0] += 1
        with session(*args, **kwargs) as s:
            yield s
    store._session = counted
    try:
        yield calls
    finally:
        store._session = session


def p50_ms(*works: Callable[[], object], runs: int) -> list[float]:
    """The p50 of each piece of work, run in turns (each run times every piece, the first one
    changing each time): on a shared machine a burst of load falls on all of them alike, not
    on whichever happened to run then."""
    for work in works * 3:
        work()
    times: list[list[float]] = [[] for _ in works]
    for i in range(runs):
        for k in range(len(works)):
            j = (i + k) % len(works)
            start = time.perf_counter()
            works[j]()
            times[j].append(time.perf_counter() - start)
    return [statistics.median(t) * 1000 for t in times]


def questions(plan) -> dict[str, tuple[Callable, dict]]:
    """Each question as the API asks it, and the raw query's parameters."""
    return {
        "search": (lambda s: queries.search(s, plan.search), {"q": lucene_query(plan.search)}),
        "entity": (lambda s: queries.entity(s, plan.person), {"id": plan.person}),
        "entity's events": (lambda s: queries.entity_events(s, plan.person), {"id": plan.person}),
        "chain of command": (lambda s: queries.chain_of_command(s, plan.bottom_unit, AS_OF),
                             {"id": plan.bottom_unit, "as_of": AS_OF}),
        "visits at a mine": (lambda s: queries.visits(s, place=plan.mine), {"id": plan.mine}),
        "paths": (lambda s: queries.paths(s, plan.person, plan.far_person), {"a": plan.person, "b": plan.far_person}),
        "neighbourhood, depth 2": (lambda s: queries.subgraph(s, plan.mine, depth=2), {"id": plan.mine}),
        "hub entity": (lambda s: queries.entity(s, plan.hub), {"id": plan.hub}),
    }


def picked(name: str, only: list[str] | None) -> bool:
    return not only or any(word in name for word in only)


def run(store: Neo4jStore, plan, runs: int, only: list[str] | None = None) -> list[dict]:
    out = []
    for name, (ask, params) in questions(plan).items():
        if not picked(name, only):
            continue
        with counting(store) as calls:
            ask(store)
        ours, raw = p50_ms(lambda: ask(store), lambda: store.read(RAW[name], **params), runs=runs)
        out.append({"question": name, "minegraph_p50_ms": round(ours, 2), "raw_p50_ms": round(raw, 2),
                    "ratio": round(ours / raw, 2), "driver_calls": calls[0]})
    return out


def run_api(store: Neo4jStore, plan, runs: int, only: list[str] | None = None) -> list[dict]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import ApiSettings

    out = []
    # One event loop and thread for every request, as a server has: without the `with`, the test
    # client starts both anew for each request (22 ms a request on this machine, a 404 included).
    with TestClient(create_app(store, ApiSettings())) as client:
        for name, url, params, ask in (
                ("chain of command (API)", f"/entities/{plan.bottom_unit}/chain-of-command", {"as_of": AS_OF},
                 lambda: queries.chain_of_command(store, plan.bottom_unit, AS_OF)),
                ("visit attendees (API)", "/visits", {"place": plan.mine},
                 lambda: queries.visits(store, place=plan.mine))):
            if not picked(name, only):
                continue
            assert client.get(url, params=params).status_code == 200
            api, function = p50_ms(lambda: client.get(url, params=params), ask, runs=runs)
            out.append({"question": name, "api_p50_ms": round(api, 2), "function_p50_ms": round(function, 2),
                        "ratio": round(api / function, 2), "target_ms": 20})
    return out


class _DryRun:
    """A session that writes nothing: the builder run on it only computes the plan."""

    def run(self, *args, **kwargs) -> "_DryRun":
        return self

    def consume(self) -> None:
        pass


def build(store: Neo4jStore, nodes: int, reuse: bool = False):
    from bench.synthetic import build as build_graph

    if reuse:  # the builder is deterministic: the same plan as the run that filled the graph
        return build_graph(_DryRun(), nodes)
    store.clear()
    store.init_schema()
    with store.driver.session(database=store.database) as session:
        session.run("CALL db.awaitIndexes(300)").consume()
        start = time.perf_counter()
        plan = build_graph(session, nodes)
    print(f"built {plan.nodes} nodes, {plan.relationships} relationships in {time.perf_counter() - start:.0f} s")
    return plan


def print_table(rows: list[dict], api_rows: list[dict]) -> None:
    print(f"{'question':<26}{'minegraph p50':>15}{'raw p50':>11}{'ratio':>8}{'calls':>7}")
    for r in rows:
        print(f"{r['question']:<26}{r['minegraph_p50_ms']:>12.1f} ms{r['raw_p50_ms']:>8.1f} ms{r['ratio']:>7.2f}×"
              f"{r['driver_calls']:>7}")
    for r in api_rows:
        print(f"{r['question']:<26}{r['api_p50_ms']:>12.1f} ms (function {r['function_p50_ms']:.1f} ms, "
              f"{r['ratio']:.2f}×; target ≤ {r['target_ms']} ms)")


def main(argv: list[str] | None = None) -> dict:
    import logging
    import os

    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)  # "label MilitaryUnit does not exist"
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=20_000, help="size of the synthetic graph (1000000 for the note)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI"),
                        help="a Neo4j to wipe and fill (default NEO4J_URI; `make bench` starts its own)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the graph an earlier run of the same --nodes built (no wipe, no build)")
    parser.add_argument("--only", action="append", metavar="WORD",
                        help="only the questions whose name holds WORD (repeatable): e.g. visits, chain, API")
    args = parser.parse_args(argv)
    store = Neo4jStore(args.uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"))
    try:
        plan = build(store, args.nodes, args.reuse)
        rows, api_rows = run(store, plan, args.runs, args.only), run_api(store, plan, args.runs, args.only)
    finally:
        store.close()
    print_table(rows, api_rows)
    return {"nodes": plan.nodes, "relationships": plan.relationships, "questions": rows, "api": api_rows}


if __name__ == "__main__":
    main()
