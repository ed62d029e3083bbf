"""issue 4's questions on the sample report as the extractor reads it, on both stores."""
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from tests.sample_graph import LAS_BAMBAS, LUQUE, POLICE, VISIT, VIZCARRA, load_sample


@pytest.fixture
def sample(store) -> TestClient:
    load_sample(store)
    return TestClient(create_app(store, ApiSettings()), raise_server_exceptions=False)


def test_the_chain_of_command_of_the_police_at_las_bambas(sample):
    chain = sample.get(f"/entities/{POLICE}/chain-of-command").json()
    superiors = [n for level in chain["levels"][1:] for n in level["nodes"]]
    # The national police never answer to a person (issue 10): "the provincial police chief" the
    # report names is not a line of the Policía Nacional del Perú.
    assert all(n["class"] != "Person" for n in superiors)
    (base,) = [line for line in chain["other_lines"] if line["type"] == "BASED_AT"]
    assert base["target_node"]["id"] == LAS_BAMBAS and base["on_property_of"] == "MMG"
    assert base["on_company_property"] is True
    assert base["evidence"][0]["sentence"].startswith("However, the police have a base on company property")


def test_the_attendees_of_the_2016_10_22_visit(sample):
    (visit,) = sample.get("/visits", params={"place": LAS_BAMBAS, "from": "2016-10-22", "to": "2016-10-22"}).json()
    assert visit["id"] == VISIT and visit["date_precision"] == "day"
    roles = {p["node"]["id"]: p["role"] for p in visit["participants"]}
    assert roles[VIZCARRA] == "leader" and roles[LUQUE] == "accompanying"


def test_search_forgives_a_typo(sample):
    assert sample.get("/entities/search", params={"q": "vizcara"}).json()[0]["id"] == VIZCARRA
