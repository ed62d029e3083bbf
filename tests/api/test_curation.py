"""Curation: rejecting a fact and adding one; on both stores."""
from graph.document import Node
from tests.api.fixtures import COMMAND, LAS_BAMBAS, LUQUE, ONDS, PSG, VISIT, VIZCARRA, psg_report


def luque_at_the_visit(client) -> dict:
    return next(p for p in client.get(f"/events/{VISIT}").json()["participants"] if p["node"]["id"] == LUQUE)


def test_a_rejected_fact_is_hidden_kept_for_audit_and_not_re_added_by_reloading(client, store, writer):
    fact = luque_at_the_visit(client)
    response = client.post(f"/facts/{fact['id']}/reject", json={"reason": "Luque came the next day", "by": "ana"},
                           headers=writer)
    assert response.status_code == 200, response.text
    assert response.json()["properties"]["rejected"] is True
    assert [p["node"]["id"] for p in client.get(f"/events/{VISIT}").json()["participants"]] == [VIZCARRA]
    assert client.get(f"/entities/{LUQUE}/events").json() == []
    stored = store.get_relationship(fact["id"]).properties
    assert (stored["rejected_reason"], stored["rejected_by"]) == ("Luque came the next day", "ana")
    store.write(psg_report())  # the report is loaded again
    assert store.get_relationship(fact["id"]).properties["rejected"] is True
    assert [p["node"]["id"] for p in client.get(f"/events/{VISIT}").json()["participants"]] == [VIZCARRA]


def test_rejecting_needs_the_key_and_a_known_fact(client, writer):
    fact = luque_at_the_visit(client)
    assert client.post(f"/facts/{fact['id']}/reject", json={"reason": "x"}).status_code == 401
    response = client.post("/facts/rel:00000000000000000000/reject", json={"reason": "x"}, headers=writer)
    assert response.status_code == 404 and "rel:00000000000000000000" in response.json()["detail"]
    missing = client.post(f"/facts/{fact['id']}/reject", json={}, headers=writer)
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "reason"]


def test_a_curated_fact_with_its_source(client, writer):
    sentence = "Rolando Luque heads the ONDS, which answers to the PCM."
    response = client.post("/facts", headers=writer, json={
        "type": "BASED_AT", "start": ONDS, "end": LAS_BAMBAS, "properties": {}, "source": PSG,
        "evidence": sentence, "by": "ana"})
    assert response.status_code == 201, response.text
    based = client.get(f"/entities/{ONDS}").json()["relationships"]["BASED_AT"][0]
    assert based["properties"]["curated"] is True and based["evidence"][0]["sentence"] == sentence


def test_a_curated_fact_outside_the_ontology_is_a_422(client, writer):
    response = client.post("/facts", headers=writer, json={
        "type": "BASED_AT", "start": COMMAND, "end": VIZCARRA, "source": PSG, "evidence": "x"})
    assert response.status_code == 422 and "BASED_AT" in str(response.json()["detail"])
    unknown = client.post("/facts", headers=writer, json={
        "type": "BASED_AT", "start": COMMAND, "end": "place:nowhere", "source": PSG, "evidence": "x"})
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["loc"] == ["body", "end"]


def sloppy_report():
    """A report whose extraction made a second node for Vizcarra."""
    from graph.document import GraphDocument, Relationship
    from tests.api.fixtures import person, said

    duplicate = person("person:m-vizcarra", "M. Vizcarra", "the vice-president")
    return GraphDocument([duplicate, Node("doc:0000000000000aaa", ["Document"], {"title": "Sloppy"})], [
        Relationship("PARTICIPATED_IN", duplicate.id, VISIT, {"role": "leader", **said("doc:0000000000000aaa", "visit")}),
        Relationship("MENTIONED_IN", duplicate.id, "doc:0000000000000aaa", {"count": 1, "spans": ["0:11"]}),
    ])


def test_merging_two_entities_moves_aliases_and_facts_and_survives_reloading(client, store, writer):
    store.write(sloppy_report())
    response = client.post("/entities/merge", headers=writer,
                           json={"keep": VIZCARRA, "merge": "person:m-vizcarra", "reason": "same person"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["merged"] == "person:m-vizcarra" and body["relationships_moved"] == 2
    assert {"M. Vizcarra", "the vice-president", "Vizcarra"} <= set(body["kept"]["properties"]["aliases"])
    assert client.get("/entities/person:m-vizcarra").status_code == 404
    (leader,) = [p for p in client.get(f"/events/{VISIT}").json()["participants"] if p["role"] == "leader"]
    assert leader["node"]["id"] == VIZCARRA
    assert "doc:0000000000000aaa" in [e["document"] for e in leader["evidence"]]

    before = store.counts()
    store.write(sloppy_report())  # loading the sloppy report again must not split Vizcarra again
    assert store.get_node("person:m-vizcarra") is None
    assert store.counts() == before


def test_merging_refuses_different_classes_and_unknown_ids(client, writer):
    different = client.post("/entities/merge", headers=writer, json={"keep": VIZCARRA, "merge": LAS_BAMBAS})
    assert different.status_code == 422 and "only one class merges" in str(different.json())
    unknown = client.post("/entities/merge", headers=writer, json={"keep": VIZCARRA, "merge": "person:nobody"})
    assert unknown.status_code == 404 and "person:nobody" in unknown.json()["detail"]
    assert client.post("/entities/merge", json={"keep": VIZCARRA, "merge": LUQUE}).status_code == 401
