"""A write query that skips replanning (`CYPHER replan=skip`) keeps the plan it got the first
time, often on an empty database at the start of a load. Such a plan must not depend on the
graph's size: planned on an empty graph it starts from index seeks, never from a scan. (The
relationship MERGE, planned on an empty graph, scanned every relationship of the database for
each row; frozen, a bulk write of 50 reports took 10-70 s once the graph had grown.)"""
import re

from graph.neo4j_write import nodes_query, relationships_query

SCANS = re.compile(r"AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan")
SKIP = "CYPHER replan=skip"


def _operators(plan: dict) -> list[str]:
    return [plan["operatorType"]] + [op for child in plan.get("children", []) for op in _operators(child)]


def _write_queries(store) -> list[tuple[str, dict]]:
    writes = store._writes
    return [(nodes_query(writes.labels), {f"nodes{i}": [] for i in range(len(writes.labels))}),
            (relationships_query(writes.ends), {**{f"rels{i}": [] for i in range(len(writes.ends))}, "kept": 5})]


def test_a_write_query_whose_plan_is_frozen_plans_no_scan_on_an_empty_graph(neo4j_store):
    frozen = [(q, p) for q, p in _write_queries(neo4j_store) if SKIP in q]
    assert len(frozen) == 2, "both writes skip replanning (planning them takes seconds)"
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        for query, params in frozen:
            plan = session.run("EXPLAIN " + query.replace(SKIP, "CYPHER replan=force"), params).consume().plan
            scans = [op for op in _operators(plan) if SCANS.search(op)]
            assert not scans, f"frozen plan scans on an empty graph: {scans} in\n{query[:300]}"

