"""Both stores answer every question alike: the same sample graph in each, the same answers
(Neo4j from its own Cypher, the embedded store from its primitives)."""
import json

import pytest

from graph import queries
from tests.api.fixtures import CHIEF, CONFLICT, KILLING, LAS_BAMBAS, LUQUE, MMG, PNP, PSG, VISIT, VIZCARRA, load

QUESTIONS = {
    "entity": lambda s: queries.entity(s, VIZCARRA),
    "entity, first 1": lambda s: queries.entity(s, LAS_BAMBAS, first=1),
    "page": lambda s: queries.relationships_page(s, LAS_BAMBAS, "OCCURRED_AT", limit=1),
    "positions": lambda s: queries.positions(s, LUQUE, "2016-10-22"),
    "chain": lambda s: queries.chain_of_command(s, PNP, "2016-10-22"),
    "chain of a person": lambda s: queries.chain_of_command(s, CHIEF),
    "chain of an event": lambda s: queries.chain_of_command(s, KILLING, event_only=True),
    "event": lambda s: queries.event_detail(s, VISIT),
    "visits": lambda s: queries.visits(s, place=LAS_BAMBAS),
    "visits of a person": lambda s: queries.visits(s, person=VIZCARRA),
    "visits in a month": lambda s: queries.visits(s, place=LAS_BAMBAS, date_from="2016-10-01", date_to="2016-10-31"),
    "visits after": lambda s: queries.visits(s, place=LAS_BAMBAS, date_from="2016-10-23"),
    "timeline of a year, first 2": lambda s: queries.timeline(s, place=LAS_BAMBAS, date_from="2016", limit=2),
    "timeline": lambda s: queries.timeline(s, conflict=CONFLICT, place=LAS_BAMBAS),
    "actor's events": lambda s: queries.entity_events(s, PNP),
    "subgraph": lambda s: queries.subgraph(s, VISIT, depth=2),
    "subgraph, limited": lambda s: queries.subgraph(s, VISIT, depth=2, limit=4),
    "subgraph of people": lambda s: queries.subgraph(s, LAS_BAMBAS, depth=2, labels=["Person", "Visit"]),
    "paths": lambda s: queries.paths(s, VIZCARRA, MMG),
    "document": lambda s: queries.document(s, PSG),
}


def canonical(answer) -> str:
    """Lists whose order no answer promises are compared as sorted."""
    def walk(value):
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [walk(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value
    return json.dumps(walk(answer), sort_keys=True, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_both_stores_answer_alike(memory_store, neo4j_store, name):
    load(memory_store)
    load(neo4j_store)
    assert canonical(QUESTIONS[name](neo4j_store)) == canonical(QUESTIONS[name](memory_store))


def test_the_dated_questions_are_not_empty(memory_store):
    """The date-range questions above select something, and not everything."""
    load(memory_store)
    assert len(QUESTIONS["visits in a month"](memory_store)) >= 1
    assert QUESTIONS["visits after"](memory_store) == []
    everything = queries.timeline(memory_store, place=LAS_BAMBAS)
    assert len(everything) > 2 and QUESTIONS["timeline of a year, first 2"](memory_store) == everything[:2]
