"""A write query that skips replanning (`CYPHER replan=skip`) keeps the plan it got the first
time, often on an empty database at the start of a load. Such a plan must not depend on the
graph's size: planned on an empty graph it starts from index seeks, never from a scan. (The
relationship MERGE, planned on an empty graph, scanned every relationship of the database for
each row; frozen, a bulk write of 50 reports took 10-70 s once the graph had grown.)"""
import re

from graph.document import GraphDocument, Node, Relationship
from graph.neo4j_write import _batches, nodes_query, relationships_query

SCANS = re.compile(r"AllNodesScan|NodeByLabelScan|AllRelationshipsScan|RelationshipTypeScan")
SKIP = "CYPHER replan=skip"


def _operators(plan: dict) -> list[str]:
    return [plan["operatorType"]] + [op for child in plan.get("children", []) for op in _operators(child)]


def _write_queries(store) -> list[tuple[str, dict]]:
    writes = store._writes
    return [(nodes_query(writes.labels), {"parts": {}}),
            *((relationships_query(writes.ends, write), {"parts": {}, "kept": 5}) for write in ("MERGE", "CREATE"))]


def test_a_write_query_whose_plan_is_frozen_plans_no_scan_on_an_empty_graph(neo4j_store):
    frozen = [(q, p) for q, p in _write_queries(neo4j_store) if SKIP in q]
    assert len(frozen) == 3, "every write skips replanning (planning them takes seconds)"
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        for query, params in frozen:
            plan = session.run("EXPLAIN " + query.replace(SKIP, "CYPHER replan=force"), params).consume().plan
            scans = [op for op in _operators(plan) if SCANS.search(op)]
            assert not scans, f"frozen plan scans on an empty graph: {scans} in\n{query[:300]}"



def test_documents_filling_different_parts_send_parameters_of_one_type():
    """The server keys its plan cache by the parameters' types (an empty list is not of a list of
    maps' type): a parameter per part made every combination of filled parts a plan of its own,
    seconds each. The rows travel in one map, so every document shares the one plan."""
    keys = ("a", "b", "c")
    one = _batches(keys, {"a": [{"id": 1}]}, "rels")
    other = _batches(keys, {"b": [{"id": 2}], "c": [{"id": 3}]}, "rels")
    assert [set(p) for p in one] == [set(p) for p in other] == [{"parts"}]
    assert one[0]["parts"] == {"rels0": [{"id": 1}]} and set(other[0]["parts"]) == {"rels1", "rels2"}


def test_the_rows_of_a_query_print_as_their_count():
    """The driver formats a query's parameters for its debug log line whether or not the line is
    logged: the rows print as their count, not as the megabyte a bulk chunk holds."""
    [params] = _batches(("a", "b"), {"a": [{"id": 1}, {"id": 2}], "b": [{"id": 3}]}, "rels")
    assert repr(params) == "{'parts': <3 rows in 2 parts>}"
    assert params["parts"] == {"rels0": [{"id": 1}, {"id": 2}], "rels1": [{"id": 3}]}


def test_a_document_of_new_parts_reuses_the_cached_plan_of_the_relationship_write(neo4j_store):
    ids = {"p": "person:plan-cache-a", "o": "organization:plan-cache-b", "e": "event:plan-cache-c"}
    neo4j_store.write(GraphDocument([Node(ids["p"], ["Person"], {"name": "A"}), Node(ids["o"], ["Organization"], {"name": "B"})],
                                    [Relationship("MEMBER_OF", ids["p"], ids["o"], {})]))
    writes = neo4j_store._writes
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        for rows in ({"rels0": [{"id": "x", "start": None, "end": None, "props": {}, "records": []}]},
                     {"rels3": [{"id": "y", "start": None, "end": None, "props": {}, "records": []}]}):
            summary = session.run(relationships_query(writes.ends), parts=rows, kept=5).consume()
            # planning this query takes seconds; the cached plan answers in milliseconds
            assert summary.result_available_after < 1000, f"planned anew for the parts {set(rows)}"


def test_the_fact_merge_finds_each_fact_by_a_unique_seek_whatever_the_planning_state(neo4j_store):
    """Planned with facts of a type stored and inside a transaction that has created a node (as
    a write plans it, after its nodes), the MERGE of a fact scanned its type's whole id index for
    each row (DirectedRelationshipIndexScan), a plan kept by replan=skip: a write's cost grew with
    the graph. The id's uniqueness constraint makes each part's MERGE a unique locking seek."""
    from graph.bench_write import synthetic_document

    for i in range(3):
        neo4j_store.write(synthetic_document(i))
    writes = neo4j_store._writes
    query = relationships_query(writes.ends).replace(SKIP, "CYPHER replan=force")
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        tx = session.begin_transaction()
        try:
            tx.run("CREATE (:Person {id: 'person:plan-state'})").consume()
            operators = [op.split("@")[0] for op in _operators(tx.run("EXPLAIN " + query, parts={}, kept=5).consume().plan)]
        finally:
            tx.rollback()
    assert "DirectedRelationshipIndexScan" not in operators
    assert operators.count("DirectedRelationshipUniqueIndexSeek(Locking)") == operators.count("LockingMerge") == len(writes.ends)
