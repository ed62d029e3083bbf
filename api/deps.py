"""What every route depends on: the store, the settings, and the key checks."""
from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from api.settings import ApiSettings
from graph.store import GraphStore

KEY_HEADER = "X-API-Key"
_api_key = APIKeyHeader(name=KEY_HEADER, auto_error=False,
                        description="MINEGRAPH_API_KEY for writes; MINEGRAPH_READ_KEY (or the write key) "
                                    "for reads when reads are closed.")


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_settings(request: Request) -> ApiSettings:
    return request.app.state.settings


Store = Annotated[GraphStore, Depends(get_store)]
Settings = Annotated[ApiSettings, Depends(get_settings)]


def _matches(given: str | None, *keys: str | None) -> bool:
    return given is not None and any(k and secrets.compare_digest(given.encode(), k.encode()) for k in keys)


def require_read(settings: Settings, key: Annotated[str | None, Security(_api_key)] = None) -> None:
    if settings.read_key and not _matches(key, settings.read_key, settings.api_key):
        raise HTTPException(401, f"reads need a key: send MINEGRAPH_READ_KEY in the {KEY_HEADER} header",
                            headers={"WWW-Authenticate": KEY_HEADER})


def require_write(settings: Settings, key: Annotated[str | None, Security(_api_key)] = None) -> None:
    if not settings.api_key:
        raise HTTPException(403, "writes are disabled: no API key is configured. Set MINEGRAPH_API_KEY in the "
                                 f"server's environment and send it in the {KEY_HEADER} header.")
    if not _matches(key, settings.api_key):
        raise HTTPException(401, f"writes need the API key (MINEGRAPH_API_KEY) in the {KEY_HEADER} header",
                            headers={"WWW-Authenticate": KEY_HEADER})


def invalid(field: str, message: str, where: str = "query") -> HTTPException:
    """A 422 naming the field, in the shape FastAPI gives its own validation errors."""
    return HTTPException(422, [{"loc": [where, field], "msg": message, "type": "value_error"}])


def not_found(what: str, node_id: str) -> HTTPException:
    return HTTPException(404, f"no {what} with id {node_id!r}")
