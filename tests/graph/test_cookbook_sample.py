"""The cookbook on the real Neo4j with the sample report loaded through the extractor."""
from tests.graph.test_cookbook import run
from tests.sample_graph import LAS_BAMBAS, POLICE, load_sample


def test_visit_attendees_and_the_police_base_in_the_sample(neo4j_store):
    load_sample(neo4j_store)
    rows = run(neo4j_store, "visit_attendees", place=LAS_BAMBAS, **{"from": "2016-10-22", "to": "2016-10-22"})
    assert [(r["attendee"], r["role"]) for r in rows] == [("Martín Vizcarra", "leader"), ("Rolando Luque", "accompanying")]
    (start,) = run(neo4j_store, "chain_of_command", unit=POLICE, as_of=None)
    assert {"type": "BASED_AT", "target": "Las Bambas", "on_property_of": "MMG", "owner": "MMG"} in start["other_lines"]
