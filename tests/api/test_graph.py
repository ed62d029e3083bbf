"""Paths, subgraph, brokers, commitments and documents: on both stores."""
from tests.api.fixtures import (COMMUNITIES, EIA_PROMISE, GOVERNOR, LAS_BAMBAS, LUQUE, MMG, PNP, PSG, ROAD_PROMISE,
                                SAID, TABLE, VISIT, VIZCARRA)


def test_shortest_paths_with_evidence_on_every_edge(client):
    body = client.get("/paths", params={"from": VIZCARRA, "to": LUQUE}).json()
    (path,) = body["paths"]
    assert [n["id"] for n in path["nodes"]] == [VIZCARRA, VISIT, LUQUE]
    assert all(edge["evidence"] for edge in path["edges"])
    assert body["from"]["id"] == VIZCARRA and body["to"]["id"] == LUQUE


def test_paths_restricted_to_types_and_length(client):
    assert client.get("/paths", params={"from": VIZCARRA, "to": LUQUE, "types": "OCCURRED_AT"}).json()["paths"] == []
    assert client.get("/paths", params={"from": VIZCARRA, "to": MMG, "max_length": 1}).json()["paths"] == []
    response = client.get("/paths", params={"from": VIZCARRA, "to": LUQUE, "types": "KNOWS"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "types"]
    response = client.get("/paths", params={"from": VIZCARRA, "to": "person:nobody"})
    assert response.status_code == 404 and "person:nobody" in response.json()["detail"]


def test_subgraph_is_shaped_for_the_explorer(client):
    body = client.get("/subgraph", params={"center": VISIT}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert {VISIT, VIZCARRA, LUQUE, LAS_BAMBAS} <= ids and PSG not in ids  # documents stay out
    node = next(n for n in body["nodes"] if n["id"] == LAS_BAMBAS)
    assert set(node) >= {"id", "labels", "name", "class", "subclass", "properties"} and node["subclass"] == "Mine"
    edge = next(e for e in body["edges"] if e["source"] == LUQUE)
    assert set(edge) >= {"id", "type", "source", "target", "properties"} and edge["type"] == "PARTICIPATED_IN"
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])


def test_subgraph_depth_labels_and_limit(client):
    two = client.get("/subgraph", params={"center": VISIT, "depth": 2}).json()
    assert {PNP, MMG} <= {n["id"] for n in two["nodes"]}
    people = client.get("/subgraph", params={"center": VISIT, "depth": 2, "labels": "Person"}).json()
    assert {n["id"] for n in people["nodes"]} == {VISIT, VIZCARRA, LUQUE}
    small = client.get("/subgraph", params={"center": VISIT, "depth": 2, "limit": 3}).json()
    assert len(small["nodes"]) == 3 and small["truncated"]


def test_brokers_over_a_neighbourhood(client):
    body = client.get("/analytics/brokers", params={"center": LAS_BAMBAS, "depth": 2}).json()
    top = {b["node"]["id"]: b for b in body["brokers"][:2]}
    assert set(top) == {LAS_BAMBAS, VISIT}
    assert top[LAS_BAMBAS]["bridges"] == 2  # the mine sits between the state's visit, the police and the company
    assert body["nodes"] == sum(c["size"] for c in body["communities"])
    mmg = client.get("/analytics/brokers", params={"center": LAS_BAMBAS, "depth": 2, "top": 50}).json()
    kinds = next(b for b in mmg["brokers"] if b["node"]["id"] == MMG)["neighbour_kinds"]
    assert {"Community", "Mine", "PoliceUnit"} <= set(kinds)


def test_commitments_by_status_and_by_whom(client):
    (road,) = client.get("/commitments", params={"status": "disputed"}).json()
    assert road["id"] == ROAD_PROMISE
    assert [m["node"]["id"] for m in road["made_at"]] == [TABLE]
    assert [p["id"] for p in road["made_at"][0]["places"]] == [LAS_BAMBAS]
    assert [e["node"]["id"] for e in road["endorsed_by"]] == [GOVERNOR]
    assert [d["node"]["id"] for d in road["demanded_by"]] == [COMMUNITIES]
    (eia,) = client.get("/commitments", params={"by": VIZCARRA}).json()
    assert eia["id"] == EIA_PROMISE and eia["status"] == "pending" and eia["made_by"][0]["evidence"][0]["sentence"] == SAID["eia"]
    assert client.get("/commitments", params={"status": "forgotten"}).status_code == 422


def test_documents_and_what_was_read_from_each(client):
    listed = client.get("/documents").json()
    assert [d["id"] for d in listed][-1] == PSG and listed[-1]["publisher"] == "Peru Support Group"
    assert [d["id"] for d in client.get("/documents", params={"to": "2016-10-22"}).json()] == [PSG]
    body = client.get(f"/documents/{PSG}").json()
    assert body["document"]["title"].startswith("Las Bambas")
    assert {m["id"] for m in body["mentions"]} >= {VIZCARRA, LUQUE, PNP}
    based = next(f for f in body["facts"] if f["type"] == "BASED_AT")
    assert based["evidence"] == [{"document": PSG, "title": body["document"]["title"], "url": body["document"]["url"],
                                  "published": "2016-10", "sentence": SAID["base"]}]
    led = next(f for f in body["facts"] if f["source"] == VIZCARRA and f["target"] == VISIT)
    assert [e["document"] for e in led["evidence"]] == [PSG]  # this report's sentence only
    assert client.get("/documents/doc:0000000000000000").status_code == 404
