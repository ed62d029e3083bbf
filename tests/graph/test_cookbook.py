"""schema/queries/*.cypher, the analysts' cookbook, against the real Neo4j with the sample graph."""
from pathlib import Path

import pytest

from tests.api.fixtures import (COMMAND, CONFLICT, KILLING, LAS_BAMBAS, MININTER, PNP, ROAD_PROMISE, TABLE,
                                VISIT, load)

COOKBOOK = Path(__file__).resolve().parents[2] / "schema" / "queries"


def run(store, name: str, **params) -> list[dict]:
    columns, rows, truncated = store.run_cypher((COOKBOOK / f"{name}.cypher").read_text(encoding="utf-8"), params)
    assert not truncated
    return [dict(zip(columns, row)) for row in rows]


@pytest.fixture
def graph(neo4j_store):
    load(neo4j_store)
    return neo4j_store


def test_chain_of_command(graph):
    rows = run(graph, "chain_of_command", unit=PNP, as_of="2016-10-22")
    assert [(r["depth"], r["unit"]) for r in rows] == [(0, PNP), (1, COMMAND), (2, MININTER)]
    assert rows[1]["heads"][0]["title"] == "provincial police chief"
    lines = {line["type"]: line for line in rows[0]["other_lines"]}
    assert lines["BASED_AT"]["on_property_of"] == "MMG" and lines["BASED_AT"]["owner"] == "MMG"
    assert "PROVIDES_SECURITY_TO" in lines
    assert run(graph, "chain_of_command", unit=PNP, as_of="2015")[1]["heads"] == []


def test_visit_attendees(graph):
    rows = run(graph, "visit_attendees", place=LAS_BAMBAS, **{"from": "2016-10", "to": "2016-10"})
    assert [(r["attendee"], r["role"]) for r in rows] == [("Martín Vizcarra", "leader"), ("Rolando Luque", "accompanying")]
    assert len(rows[0]["sources"]) == 2


def test_commitments_by_status(graph):
    (row,) = run(graph, "commitments_by_status", status="disputed")
    assert row["commitment"] == ROAD_PROMISE and row["places"] == ["Las Bambas"]
    assert len(run(graph, "commitments_by_status", status=None)) == 2


def test_conflict_timeline(graph):
    rows = run(graph, "conflict_timeline", conflict=CONFLICT)
    assert [(r["date"], r["precision"]) for r in rows] == [("2016-10", "month"), ("2016-10-06", "day"), ("2016-10-22", "day")]


def test_brokers(graph):
    rows = run(graph, "brokers", center=LAS_BAMBAS)
    assert rows[0]["kinds_bridged"] >= 2 and {r["id"] for r in rows} >= {VISIT, KILLING, TABLE, PNP}
