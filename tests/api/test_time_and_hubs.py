"""A chain of command as of a date (one line per level, the rest also reported and why), never
across countries; the event's chain on its date; hub entities paged: on both stores."""
import pytest

from graph.document import GraphDocument, Relationship
from tests.api.fixtures import (COMMAND, KILLING, LAS_BAMBAS, MININTER, MMG, OTHER, PNP, PSG, SAID, VISIT, VIZCARRA,
                                org, person, said)

OLD_COMMAND = "organization:old-regional-command"
REGIONAL = "organization:regional-police-front"
MINGOB = "organization:ministerio-de-gobernacion-guatemala"
MAX_ANSWER_BYTES = 64_000  # what a hub's page may weigh, whatever its degree


def twice(**props) -> dict:
    """A fact two reports state."""
    return {"sources": [PSG, OTHER], "evidence": [SAID["command"], SAID["other"]], "extractor": "hand", **props}


@pytest.fixture
def rival_lines(store):
    """Above the provincial command: the ministry (two sources), an old command that ended in
    2010, a regional front (one source) and Guatemala's ministry (three sources, another country)."""
    nodes = [org(PNP, "PoliceUnit", "Police at Las Bambas"), org(COMMAND, "PoliceUnit", "Provincial police command"),
             org(MININTER, "GovernmentBody", "Ministerio del Interior"),
             org(OLD_COMMAND, "PoliceUnit", "Old regional command"), org(REGIONAL, "PoliceUnit", "Regional front"),
             org(MINGOB, "GovernmentBody", "Ministerio de Gobernación")]
    for node, country in zip(nodes, ["PE", "PE", "PE", "PE", "PE", "GT"]):
        node.properties["country"] = country
    three = {"sources": [PSG, OTHER, "doc:0000000000000003"], "evidence": ["a", "b", "c"], "extractor": "hand"}
    store.write(GraphDocument(nodes, [
        Relationship("SUBORDINATE_TO", COMMAND, MININTER, twice(basis="statutory")),
        Relationship("SUBORDINATE_TO", COMMAND, OLD_COMMAND, twice(basis="statutory", until="2010")),
        Relationship("SUBORDINATE_TO", COMMAND, REGIONAL, said(PSG, "command", basis="operational")),
        Relationship("SUBORDINATE_TO", COMMAND, MINGOB, three),
    ]))


def test_one_line_per_level_and_the_others_also_reported_with_why(client, rival_lines):
    body = client.get(f"/entities/{PNP}/chain-of-command", params={"as_of": "2016-10-22"}).json()
    assert [[n["id"] for n in level["nodes"]] for level in body["levels"]] == [[PNP], [COMMAND], [MININTER]]
    reasons = {a["target"]: a["reason"] for a in body["also_reported"]}
    assert reasons[OLD_COMMAND].startswith("not in force on 2016-10-22")
    assert reasons[REGIONAL].startswith("weaker evidence: 1 source(s) against 2")
    assert reasons[MINGOB].startswith("another country")
    assert body["tolerance_days"] == 365 and body["problems"] == []


def test_the_line_changes_with_the_date(client, store, rival_lines):
    # Reports seen in 2016 that say the statutory line holds since 2000: in force in 2008 too
    # (without `since` a line seen in 2016 is in force within a year of then only).
    store.write(GraphDocument([], [
        Relationship("SUBORDINATE_TO", PNP, COMMAND, said(PSG, "command", basis="statutory", since="2000")),
        Relationship("SUBORDINATE_TO", COMMAND, MININTER, twice(basis="statutory", since="2000"))]))
    body = client.get(f"/entities/{PNP}/chain-of-command", params={"as_of": "2008"}).json()
    # In 2008 the old command and the ministry are both in force with two sources: statutory
    # both, so the name decides and the tie is reported.
    assert [n["id"] for n in body["levels"][2]["nodes"]] == [MININTER]
    assert {p["kind"] for p in body["problems"]} == {"several_parents"}
    assert OLD_COMMAND not in {a["target"] for a in body["also_reported"] if a["reason"].startswith("not in force")}


def test_no_line_crosses_a_country_border_even_with_more_sources(client, store, rival_lines):
    body = client.get(f"/entities/{PNP}/chain-of-command").json()
    ids = {n["id"] for level in body["levels"] for n in level["nodes"]}
    assert MINGOB not in ids


def test_the_chain_of_an_event_on_its_date(client):
    body = client.get(f"/events/{KILLING}/chain-of-command").json()
    assert body["as_of"] == "2016-10" and [n["id"] for n in body["levels"][0]["nodes"]] == [PNP]
    assert client.get(f"/events/{KILLING}/chain-of-command", params={"as_of": "2015"}).json()["as_of"] == "2015"
    assert client.get(f"/events/{VIZCARRA}/chain-of-command").status_code == 404


@pytest.mark.parametrize("node, words", [(LAS_BAMBAS, "Las Bambas is a place"),
                                         (VISIT, "No police or military unit")])
def test_a_chain_that_does_not_apply_is_a_sentence(client, node, words):
    response = client.get(f"/entities/{node}/chain-of-command")
    assert response.status_code == 400
    assert response.json()["detail"].startswith(words)


def test_positions_as_of_a_date(client, store):
    store.write(GraphDocument([person(VIZCARRA, "Martín Vizcarra"), org(MININTER, "GovernmentBody", "Mininter")], [
        Relationship("HOLDS_POSITION", VIZCARRA, MININTER, said(PSG, "visit", title="vice-president", since="2016-07",
                                                                until="2018-03"))]))
    now = client.get(f"/entities/{VIZCARRA}/positions", params={"as_of": "2016-10-22"}).json()
    assert [p["other"]["id"] for p in now["positions"]] == [MININTER]
    later = client.get(f"/entities/{VIZCARRA}/positions", params={"as_of": "2019"}).json()
    assert later["positions"] == [] and later["also_reported"][0]["reason"] == "not in force on 2019"


def test_a_hub_entity_is_paged_and_stays_small(client, store):
    hub = 130
    communities = [org(f"organization:community-{i:03}", "Community", f"Community {i}") for i in range(hub)]
    store.write(GraphDocument([org(MMG, "Company", "MMG"), *communities],
                              [Relationship("OPPOSES", c.id, MMG, said(PSG, "mmg")) for c in communities]))
    response = client.get(f"/entities/{MMG}", params={"first": 10})
    body = response.json()
    assert body["counts"]["OPPOSES"] == hub + 1 and len(body["relationships"]["OPPOSES"]) == 10
    assert len(response.content) < MAX_ANSWER_BYTES
    seen, cursor = [r["id"] for r in body["relationships"]["OPPOSES"]], body["next"]["OPPOSES"]
    while cursor:
        page = client.get(f"/entities/{MMG}/relationships", params={"type": "OPPOSES", "after": cursor, "limit": 50})
        assert len(page.content) < MAX_ANSWER_BYTES
        seen += [r["id"] for r in page.json()["items"]]
        cursor = page.json()["next"]
    assert len(seen) == len(set(seen)) == hub + 1
    assert body["next"]["OPERATES"] is None
