"""Visits and their attendees, one event, timelines: on both stores."""
from tests.api.fixtures import (CONFLICT, EIA_PROMISE, KILLING, LAS_BAMBAS, LUQUE, OTHER, PNP, PSG, SAID, TABLE,
                                VISIT, VIZCARRA)


def test_the_attendees_of_the_2016_10_22_visit_merged_across_reports(client):
    (visit,) = client.get("/visits", params={"place": LAS_BAMBAS, "from": "2016-10-22", "to": "2016-10-22"}).json()
    assert visit["id"] == VISIT and visit["date"] == "2016-10-22" and visit["date_precision"] == "day"
    roles = {p["node"]["name"]: p["role"] for p in visit["participants"]}
    assert roles == {"Martín Vizcarra": "leader", "Rolando Luque": "accompanying"}
    vizcarra = next(p for p in visit["participants"] if p["node"]["id"] == VIZCARRA)
    assert [e["document"] for e in vizcarra["evidence"]] == [PSG, OTHER]
    assert [p["node"]["id"] for p in visit["places"]] == [LAS_BAMBAS]
    assert {s["document"] for s in visit["sources"]} == {PSG, OTHER}


def test_a_persons_visits(client):
    assert [v["id"] for v in client.get("/visits", params={"person": LUQUE}).json()] == [VISIT]
    assert client.get("/visits", params={"person": PNP}).json() == []
    assert [v["id"] for v in client.get("/visits").json()] == [VISIT]
    assert client.get("/visits", params={"from": "2017"}).json() == []


def test_visits_of_an_unknown_place_is_a_404_naming_it(client):
    response = client.get("/visits", params={"place": "place:atlantis"})
    assert response.status_code == 404 and "place:atlantis" in response.json()["detail"]


def test_one_event(client):
    body = client.get(f"/events/{VISIT}").json()
    assert body["type"] == "visit" and [p["node"]["id"] for p in body["part_of"]] == [CONFLICT]
    assert [c["node"]["id"] for c in body["commitments"]] == [EIA_PROMISE]
    killing = client.get(f"/events/{KILLING}").json()
    assert [(p["node"]["id"], p["role"]) for p in killing["participants"]] == [(PNP, "perpetrator")]
    assert killing["participants"][0]["evidence"][0]["sentence"] == SAID["killing"]


def test_an_entity_that_is_not_an_event_is_a_404_on_events(client):
    assert client.get(f"/events/{VIZCARRA}").status_code == 404


def test_a_conflicts_timeline_is_sorted_with_each_dates_precision(client):
    events = client.get("/events", params={"conflict": CONFLICT}).json()
    assert [(e["id"], e["date"], e["date_precision"]) for e in events] == [
        (KILLING, "2016-10", "month"), (TABLE, "2016-10-06", "day"), (VISIT, "2016-10-22", "day")]


def test_timeline_filters(client):
    assert [e["id"] for e in client.get("/events", params={"type": "killing"}).json()] == [KILLING]
    assert [e["id"] for e in client.get("/events", params={"actor": VIZCARRA}).json()] == [VISIT]
    # A date known to the month overlaps any day of that month: the killing stays in.
    assert [e["id"] for e in client.get("/events", params={"place": LAS_BAMBAS, "from": "2016-10-10"}).json()] == [
        KILLING, VISIT]
    assert [e["id"] for e in client.get("/events", params={"from": "2016-10-10"}).json()] == [KILLING, VISIT]
    assert client.get("/events", params={"place": LAS_BAMBAS, "from": "2016-11"}).json() == []
    assert len(client.get("/events", params={"from": "2016-10", "to": "2016-10"}).json()) == 3


def test_an_unknown_event_type_is_a_422_naming_the_field(client):
    response = client.get("/events", params={"type": "picnic"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["query", "type"]
