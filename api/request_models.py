"""What clients send (analysts' Cypher, reports, curation) and what those requests answer; the
OpenAPI schema at /docs is generated from these, as from api/models.py."""
from __future__ import annotations

from typing import Any

from pydantic import Field

from api.models import Model, NodeOut


class CypherRequest(Model):
    query: str = Field(min_length=1, examples=["MATCH (p:Person)-[r:PARTICIPATED_IN]->(v:Visit) "
                                               "WHERE v.date STARTS WITH $year RETURN p.name, r.role, v.date"])
    parameters: dict[str, Any] = Field(default_factory=dict, examples=[{"year": "2016"}])


class CypherResult(Model):
    """Rows as lists in `columns` order; nodes come back as {labels, properties}, relationships
    as {type, start, end, properties}. `truncated` when more than `row_cap` rows matched."""
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    row_cap: int


class ReportIn(Model):
    """A report as JSON: its text (front matter allowed) and metadata that front matter would
    give (title, url, publisher, published, language)."""
    text: str = Field(min_length=1)
    metadata: dict[str, Any] = Field(default_factory=dict)


class ReportLoaded(Model):
    document_id: str
    nodes_created: int
    nodes_updated: int
    relationships_created: int
    relationships_updated: int
    warnings: list[str] = Field(default_factory=list, description="What the reader repaired (a stray byte replaced)")


class MergeRequest(Model):
    """Merge `merge` into `keep`: names become aliases, relationships and provenance move, and
    the merge is recorded so that re-loading a report does not split them again."""
    keep: str
    merge: str
    reason: str | None = None


class MergeResult(Model):
    kept: NodeOut
    merged: str
    relationships_moved: int


class UndoMergeRequest(Model):
    """Undo a merge: `merged` is the merged-away entity's id (or its `redirect:` id)."""
    merged: str = Field(min_length=1)
    reason: str | None = None
    by: str | None = None


class UndoMergeResult(Model):
    kept: NodeOut
    restored: NodeOut
    relationships_moved: int


class RejectRequest(Model):
    reason: str = Field(min_length=1, description="Why the fact is wrong (kept for audit).")
    by: str | None = Field(None, description="Who rejects it.")


class FactIn(Model):
    """A curated fact: a relationship of the ontology with the document it comes from and the
    sentence; it is stored with `curated: true`, and an analyst's values win over an extractor's."""
    type: str
    start: str
    end: str
    properties: dict[str, Any] = Field(default_factory=dict)
    source: str = Field(description="Document id the fact comes from (doc:…); the document must be loaded.")
    evidence: str = Field(min_length=1, description="The sentence of that document that says it.")
    by: str | None = None
