"""Search, one entity with its evidence, and the chain of command: on both stores."""
from tests.api.fixtures import (CHIEF, COMMAND, KILLING, LAS_BAMBAS, LUQUE, MININTER, MMG, OTHER, PNP, PSG, SAID,
                                VISIT, VIZCARRA)


def test_search_forgives_a_typo_and_ranks_the_person_first(client):
    hits = client.get("/entities/search", params={"q": "vizcara"}).json()
    assert hits[0]["id"] == VIZCARRA
    assert hits[0]["name"] == "Martín Vizcarra" and hits[0]["class"] == "Person"


def test_search_is_accent_and_case_insensitive_with_prefixes(client):
    assert client.get("/entities/search", params={"q": "MARTIN"}).json()[0]["id"] == VIZCARRA
    assert client.get("/entities/search", params={"q": "vizc"}).json()[0]["id"] == VIZCARRA
    hits = client.get("/entities/search", params={"q": "mininter"}).json()
    assert hits[0]["id"] == MININTER and hits[0]["matched"] == "Mininter"


def test_search_by_label(client):
    hits = client.get("/entities/search", params={"q": "las bambas", "label": "Mine"}).json()
    assert [h["id"] for h in hits] == [LAS_BAMBAS]
    assert client.get("/entities/search", params={"q": "vizcarra", "label": "Place"}).json() == []


def test_search_with_an_unknown_label_is_a_422_naming_the_field(client):
    response = client.get("/entities/search", params={"q": "x", "label": "Spaceship"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "label"]


def test_entity_detail_groups_relationships_and_resolves_evidence(client):
    body = client.get(f"/entities/{VIZCARRA}").json()
    assert body["node"]["name"] == "Martín Vizcarra" and body["aliases"] == ["Vizcarra"]
    (led,) = body["relationships"]["PARTICIPATED_IN"]
    assert led["direction"] == "out" and led["other"]["id"] == VISIT and led["properties"]["role"] == "leader"
    assert [(e["document"], e["sentence"]) for e in led["evidence"]] == [(PSG, SAID["visit"]), (OTHER, SAID["other"])]
    first = led["evidence"][0]
    assert first["title"].startswith("Las Bambas: Vizcarra") and first["published"] == "2016-10"
    assert first["url"].startswith("https://perusupportgroup.org.uk/")
    assert {d["id"] for d in body["documents"]} == {PSG, OTHER}
    assert "MENTIONED_IN" not in body["relationships"]


def test_an_unknown_entity_is_a_404_naming_the_id(client):
    response = client.get("/entities/person:nobody")
    assert response.status_code == 404
    assert "person:nobody" in response.json()["detail"]


def test_chain_of_command_of_the_police_at_las_bambas(client):
    body = client.get(f"/entities/{PNP}/chain-of-command", params={"as_of": "2016-10-22"}).json()
    assert [[n["id"] for n in level["nodes"]] for level in body["levels"]] == [[PNP], [COMMAND], [MININTER]]
    (head,) = body["levels"][1]["nodes"][0]["heads"]
    assert head["person"]["id"] == CHIEF and head["title"] == "provincial police chief"
    first = body["edges"][0]
    assert (first["source"], first["target"], first["basis"]) == (PNP, COMMAND, "statutory")
    assert first["evidence"][0]["sentence"] == SAID["command"]
    # Beside the statutory line: the base on company property and the security agreement.
    lines = {line["type"]: line for line in body["other_lines"]}
    based = lines["BASED_AT"]
    assert based["target"] == LAS_BAMBAS and based["on_property_of"] == "MMG" and based["on_company_property"]
    assert [(p["relation"], p["owner"]["id"]) for p in based["property_of"]] == [("OPERATES", MMG)]
    assert based["evidence"][0]["sentence"] == SAID["base"]
    assert lines["PROVIDES_SECURITY_TO"]["target"] == MMG
    assert body["problems"] == []


def test_chain_of_command_from_an_event_starts_at_its_police(client):
    body = client.get(f"/entities/{KILLING}/chain-of-command").json()
    assert [n["id"] for n in body["levels"][0]["nodes"]] == [PNP]
    assert body["start"]["id"] == KILLING


def test_chain_of_command_from_a_person_goes_through_the_unit_they_head(client):
    body = client.get(f"/entities/{CHIEF}/chain-of-command").json()
    assert [[n["id"] for n in level["nodes"]] for level in body["levels"]] == [[CHIEF], [COMMAND], [MININTER]]


def test_a_head_not_yet_in_office_is_not_shown(client):
    # The line was seen in 2016-10 (in force within a year of that); the head only since 2016.
    body = client.get(f"/entities/{PNP}/chain-of-command", params={"as_of": "2015-11"}).json()
    assert body["levels"][1]["nodes"][0]["heads"] == []


def test_cycles_and_several_parents_are_reported_not_raised(client, store):
    from graph.document import GraphDocument, Relationship
    from tests.api.fixtures import said

    store.write(GraphDocument([], [
        Relationship("SUBORDINATE_TO", MININTER, PNP, said(PSG, "command", basis="operational")),
        Relationship("SUBORDINATE_TO", PNP, MMG, said(PSG, "base", basis="contract")),
    ]))
    response = client.get(f"/entities/{PNP}/chain-of-command")
    assert response.status_code == 200
    kinds = {p["kind"] for p in response.json()["problems"]}
    assert {"cycle", "several_parents"} <= kinds


def test_chain_of_command_with_a_malformed_date_is_a_422(client):
    response = client.get(f"/entities/{PNP}/chain-of-command", params={"as_of": "22/10/2016"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "as_of"]


def test_an_actors_events(client):
    events = client.get(f"/entities/{LUQUE}/events").json()
    assert [(e["id"], e["role"]) for e in events] == [(VISIT, "accompanying")]
    assert client.get(f"/entities/{PNP}/events", params={"type": "killing"}).json()[0]["id"] == KILLING
    assert client.get(f"/entities/{PNP}/events", params={"type": "visit"}).json() == []
