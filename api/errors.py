"""How failures reach the client: a status and a message, never a stack trace.

404 names the id, 422 names the field, 400 says in a sentence why a question does not apply, 503 carries Retry-After while Neo4j is unreachable (the
driver reconnects by itself, so the next request after it is back succeeds: no restart), 501
for what only Neo4j does.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph.queries import InvalidArgument, NotApplicable, NotFound
from graph.store import NotSupported, QueryRefused, StoreError, StoreUnavailable
from graph.validation import DocumentError

log = logging.getLogger("minegraph.api")


def install(app: FastAPI) -> None:
    retry_after = str(app.state.settings.retry_after)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 404)

    @app.exception_handler(InvalidArgument)
    async def invalid(request: Request, exc: InvalidArgument) -> JSONResponse:
        where = "path" if exc.field in request.path_params else "query" if request.method == "GET" else "body"
        return JSONResponse({"detail": [{"loc": [where, exc.field], "msg": str(exc), "type": "value_error"}]}, 422)

    @app.exception_handler(NotApplicable)
    async def not_applicable(request: Request, exc: NotApplicable) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 400)  # a sentence the explorer shows as it is

    @app.exception_handler(DocumentError)
    async def bad_document(request: Request, exc: DocumentError) -> JSONResponse:
        return JSONResponse({"detail": [{"loc": ["body"], "msg": p, "type": "value_error"} for p in exc.problems]}, 422)

    @app.exception_handler(StoreUnavailable)
    async def unavailable(request: Request, exc: StoreUnavailable) -> JSONResponse:
        log.warning("store unavailable: %s", exc)
        return JSONResponse({"detail": "the graph database is unreachable; try again shortly"}, 503,
                            headers={"Retry-After": retry_after})

    @app.exception_handler(NotSupported)
    async def not_supported(request: Request, exc: NotSupported) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 501)

    @app.exception_handler(QueryRefused)
    async def refused(request: Request, exc: QueryRefused) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return JSONResponse({"detail": str(exc)}, 500)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The trace goes to the server log only.
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; the server log has the details"}, 500)
