"""Curation: an analyst merges two entities or undoes a merge, rejects a fact or adds one with
its source (the write key is needed)."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import Store, require_write
from api.models import Edge, ErrorOut
from api.request_models import FactIn, MergeRequest, MergeResult, RejectRequest, UndoMergeRequest, UndoMergeResult
from graph import curation, queries, split

router = APIRouter(tags=["curation"], dependencies=[Depends(require_write)],
                   responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})


def _edge(store, rel) -> dict:
    return queries.edge_out(rel, queries.documents_of(store, [rel]))


@router.post("/facts/{id}/reject", response_model=Edge)
def reject(store: Store, id: str, body: RejectRequest) -> dict:
    """Hide a fact from every answer; it stays stored for audit (`rejected`, `rejected_reason`,
    `rejected_at`, `rejected_by`) and re-loading its report does not bring it back."""
    return _edge(store, curation.reject_fact(store, id, body.reason, body.by))


@router.post("/facts", response_model=Edge, status_code=201)
def add(store: Store, body: FactIn) -> dict:
    """A curated fact of the ontology with the document and sentence it comes from."""
    rel = curation.add_fact(store, body.type, body.start, body.end, body.properties, body.source, body.evidence, body.by)
    return _edge(store, rel)


@router.post("/entities/merge", response_model=MergeResult)
def merge(store: Store, body: MergeRequest) -> dict:
    """Merge `merge` into `keep`: names become aliases, relationships and provenance move, and
    re-loading a report that names the merged entity does not split them again."""
    kept, moved = curation.merge_entities(store, body.keep, body.merge, body.reason)
    return {"kept": queries.node_out(kept), "merged": body.merge, "relationships_moved": moved}


@router.post("/entities/merge/undo", response_model=UndoMergeResult)
def undo_merge(store: Store, body: UndoMergeRequest) -> dict:
    """Split a merged entity (an automatic merge or an analyst's) back out: the node comes back,
    the facts and Evidence records its sources gave move back to it, and the merge is marked
    undone so that loading the same names does not merge them again."""
    kept, restored, moved = split.undo_merge(store, body.merged, body.reason, body.by)
    return {"kept": queries.node_out(kept), "restored": queries.node_out(restored), "relationships_moved": moved}
