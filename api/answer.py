"""A large answer checked against its response model and written as JSON by pydantic in one
step. Returned as a plain dict, FastAPI validates it, turns the models back into Python values
and encodes those with the json module: for 40 visits 4 ms to validate, then 7 ms in json.dumps,
against under 1 ms for pydantic's own encoder. The route keeps its response_model for /docs."""
from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Response
from pydantic import TypeAdapter


@cache
def _adapter(shape: Any) -> TypeAdapter:
    return TypeAdapter(shape)


def json_answer(shape: Any, answer: Any) -> Response:
    adapter = _adapter(shape)
    return Response(adapter.dump_json(adapter.validate_python(answer), by_alias=True), media_type="application/json")
