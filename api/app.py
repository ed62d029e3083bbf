"""The app factory: `minegraph serve` calls create_app(); tests pass their own store."""
from __future__ import annotations

import importlib
import importlib.util
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from api import errors
from api.deps import require_read
from api.limits import BodySizeLimit
from api.settings import ApiSettings
from graph.store import GraphStore

# One module per resource, each with a `router`. Writes (reports, curation) also depend on
# require_write route by route; the write key opens reads too.
ROUTERS = ["entities", "events", "paths", "subgraph", "analytics", "commitments", "documents", "cypher", "export", "reports", "curation", "facts"]
EXPLORER = "api.routers.explorer"  # issue 5's module; mounted when present


def create_app(store: GraphStore | None = None, settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or ApiSettings.from_env()
    owns_store = store is None
    if store is None:
        from graph.config import open_store

        store = open_store()  # the Neo4j driver connects lazily: a server down now is a 503 later, not a crash

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owns_store:
            store.close()

    # /docs is served by the explorer's router from the vendored Swagger UI (no CDN); ReDoc would need one.
    app = FastAPI(title="minegraph", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="A knowledge graph of mine–community–state relations, read from reports, with the "
                              "source sentence behind every fact.")
    app.state.store = store
    app.state.settings = settings
    errors.install(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    for name in ROUTERS:
        app.include_router(_router(f"api.routers.{name}"), dependencies=[Depends(require_read)])
    if importlib.util.find_spec(EXPLORER) is not None:
        app.include_router(_router(EXPLORER))
    return app


def _router(module: str):
    return importlib.import_module(module).router
