"""Every question's Cypher starts from an index: EXPLAIN each .cypher file of graph/queries and
fail on a plan that scans a label or all nodes."""
import pytest

from graph.queries import core

FRAGMENTS = {"neighbourhood_step", "event_row", "event_relationships"}  # planned inside the query that repeats them
SCANS = ("NodeByLabelScan", "AllNodesScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan")
# Each file with its {placeholders} filled as the question fills them, and parameters of the right types.
QUERIES = {
    "chain_up": ({"label": "`Organization`", "depth": "12"}, {"id": "organization:x"}),
    "entity": ({"label": "`Person`"}, {"id": "person:x", "first": 20}),
    "entity_page": ({"label": "`Organization`", "type": "`OPPOSES`"}, {"id": "organization:x", "after": "", "limit": 21}),
    "positions": ({}, {"id": "person:x"}),
    "event_details": ({"rows": core.cypher_text("event_relationships")}, {"ids": ["event:x"], "shown": [["OCCURRED_AT", "out"]]}),
    "events_of": ({"anchor_label": "`Place`", "anchor": "<-[r:OCCURRED_AT]-", "label": "`Visit`",
                   "rows": core.cypher_text("event_relationships")},
                  {"anchor": "place:x", "place": "place:x", "actor": None, "conflict": None,
                   "date_from": "2016-10", "date_to": None, "limit": 50,
                   "shown": [["OCCURRED_AT", "out"]]}),
    "neighbourhood": ({"steps": "\n".join([core.cypher_text("neighbourhood_step")] * 2), "label": "`Place`",
                       "types": "`OCCURRED_AT`|`PARTICIPATED_IN`"},
                      {"id": "place:x", "labels": None, "limit": 100}),
    "paths": ({"start": "`Person`", "end": "`Organization`", "types": "`PARTICIPATED_IN`|`OCCURRED_AT`",
               "max_length": "4"}, {"start": "person:x", "end": "organization:y", "limit": 10}),
    "entity_events": ({"label": "`Person`", "event_label": "`Event`"}, {"id": "person:x"}),
}


def operators(plan: dict) -> list[str]:
    return [plan["operatorType"].split("@")[0], *(op for child in plan.get("children", []) for op in operators(child))]


def test_every_cypher_file_is_planned_here():
    assert sorted(QUERIES) == sorted(p.stem for p in core.CYPHER_DIR.glob("*.cypher") if p.stem not in FRAGMENTS)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_the_plan_starts_from_an_index(neo4j_store, name):
    templates, params = QUERIES[name]
    text = core.cypher_text(name)
    for key, value in templates.items():
        text = text.replace("{" + key + "}", value)
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        plan = session.run("EXPLAIN " + text, params).consume().plan
    ops = operators(plan)
    assert not set(SCANS) & set(ops), f"{name}.cypher scans: {ops}"
    assert any("IndexSeek" in op for op in ops), f"{name}.cypher seeks no index: {ops}"


def test_a_label_scan_is_seen(neo4j_store):
    with neo4j_store.driver.session(database=neo4j_store.database) as session:
        plan = session.run("EXPLAIN MATCH (n:Person) WHERE n.name ENDS WITH 'a' RETURN n").consume().plan
    assert "NodeByLabelScan" in operators(plan)
