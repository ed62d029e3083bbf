"""The large answers (visits, chain of command, subgraph) are written by pydantic straight from
their response model (api/answer.py): the same JSON as the model gives, the model still in /docs,
and an answer that does not fit it refused."""
import pytest
from pydantic import TypeAdapter, ValidationError

from api.answer import json_answer
from api.models import ChainOfCommand, EventDetail, Subgraph
from graph import queries
from tests.api.fixtures import LAS_BAMBAS, PNP, VISIT


def _as_model(shape, answer):
    adapter = TypeAdapter(shape)
    return adapter.dump_python(adapter.validate_python(answer), mode="json", by_alias=True)


def test_the_answers_are_their_models_json(client, store):
    assert client.get("/visits", params={"place": LAS_BAMBAS}).json() == \
        _as_model(list[EventDetail], queries.visits(store, place=LAS_BAMBAS))
    assert client.get(f"/entities/{PNP}/chain-of-command").json() == \
        _as_model(ChainOfCommand, queries.chain_of_command(store, PNP))
    assert client.get("/subgraph", params={"center": VISIT}).json() == _as_model(Subgraph, queries.subgraph(store, VISIT))


def test_the_models_stay_documented(client):
    paths = client.get("/openapi.json").json()["paths"]
    schema = lambda path: paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema("/visits")["items"]["$ref"].endswith("/EventDetail")
    assert schema("/entities/{id}/chain-of-command")["$ref"].endswith("/ChainOfCommand")
    assert schema("/subgraph")["$ref"].endswith("/Subgraph")


def test_an_answer_that_does_not_fit_its_model_is_refused():
    with pytest.raises(ValidationError):
        json_answer(Subgraph, {"center": "place:x", "nodes": [{"id": "place:x"}], "edges": []})
