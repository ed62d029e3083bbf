"""Whole-graph exports as downloads (the same exporters as `minegraph export`)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from api.deps import Store
from graph.export import EXPORTERS

router = APIRouter(tags=["export"])

# format → (file name, media type); csv is a folder, sent zipped
FILES = {"graphml": ("minegraph.graphml", "application/graphml+xml"), "json": ("minegraph.json", "application/json"),
         "csv": ("minegraph-csv.zip", "application/zip"), "ftm": ("minegraph.ftm.jsonl", "application/x-ndjson")}


@router.get("/export/{format}", response_class=FileResponse,
            responses={200: {"content": {media: {} for _, media in FILES.values()},
                             "description": "The whole graph in that format"}})
def export(store: Store, format: Literal["graphml", "json", "csv", "ftm"]) -> FileResponse:
    """graphml (Gephi, Cytoscape), json (graph document), csv (neo4j-admin import, zipped) or ftm
    (FollowTheMoney entities as JSON lines, for Aleph)."""
    workdir = Path(tempfile.mkdtemp(prefix="minegraph-export-"))
    name, media = FILES[format]
    target = workdir / ("csv" if format == "csv" else name)
    try:
        EXPORTERS[format](store, target)
        if format == "csv":
            target = Path(shutil.make_archive(str(workdir / "minegraph-csv"), "zip", target))
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return FileResponse(target, media_type=media, filename=name,
                        background=BackgroundTask(shutil.rmtree, workdir, ignore_errors=True))
