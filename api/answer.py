"""Large answers written as JSON by pydantic in one step; the routes keep their response_model
for /docs.

`json_answer` checks an answer against its model first. Returned as a plain dict, FastAPI would
validate it, turn the models back into Python values and encode those with the json module: for
40 visits 4 ms to validate, then 7 ms in json.dumps, against under 1 ms for pydantic's encoder.

`typed_answer` skips the check, for an answer the question builds field by field in its model's
shape from values the store has already typed (graph/queries/events.py): validating 40 visits
(~200 kB) cost 1.6 ms of a ~20 ms request, and could change nothing; orjson then writes it in
0.6 ms (pydantic's encoder without a model: 1.5 ms). Its tests hold it to the model: the JSON it
writes is the model's JSON of the same answer (tests/api/test_visits_answer.py)."""
from __future__ import annotations

from functools import cache
from typing import Any

import orjson
from fastapi import Response
from pydantic import TypeAdapter


@cache
def _adapter(shape: Any) -> TypeAdapter:
    return TypeAdapter(shape)


def json_answer(shape: Any, answer: Any) -> Response:
    adapter = _adapter(shape)
    return Response(adapter.dump_json(adapter.validate_python(answer), by_alias=True), media_type="application/json")


def typed_answer(answer: Any) -> Response:
    return Response(orjson.dumps(answer), media_type="application/json")
