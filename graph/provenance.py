"""Provenance that does not grow with the corpus (HELPERS.md "Provenance records").

A relationship keeps a bounded summary: the first EVIDENCE_KEPT sources and their sentences,
`source_count` and the span `observed_from`..`observed_to` of what its sources saw. Each
(fact, document) pair is one `Evidence` node, so re-loading a report finds its records and adds
nothing, and a fact repeated by 50,000 reports costs the same to write as a new one.

The embedded store applies `summarise` below; the Neo4j store does the same in Cypher
(graph/cypher/write_relationships.cypher). The conformance suite keeps the two alike.
"""
from __future__ import annotations

import hashlib
from typing import Any, Iterable

EVIDENCE_KEPT = 5
PAIRED = ("sources", "evidence")
OBSERVED = "observed"
SUMMARY = ("sources", "evidence", "source_count", "observed_from", "observed_to")
# What a graph document says about where a fact comes from, as opposed to what the fact is.
PROVENANCE_INPUT = (*PAIRED, OBSERVED)
SHARED = ("extractor", "confidence")  # what each Evidence record of a fact repeats from it
# What without_provenance leaves out, as a set: asked for each property of each fact written.
NOT_WHAT_A_FACT_SAYS = frozenset((*PROVENANCE_INPUT, *SUMMARY))


def evidence_id(rel_id: str, doc_id: str) -> str:
    return "evidence:" + hashlib.sha1(f"{rel_id}|{doc_id}".encode("utf-8")).hexdigest()[:16]


def records(rel_id: str, rel_type: str, props: dict[str, Any], published: dict[str, str | None],
            of_fact: bool = True) -> list[dict]:
    """The Evidence records a relationship of a graph document asks for, one per source.
    `published` maps the document's Document nodes to their date (the default `observed`);
    an `observed` of None is filled in by the store from the stored Document. Without `of_fact`,
    a record leaves out its `fact` and `fact_type`: a Neo4j write's row says them once for all
    its records (graph/neo4j_write.py)."""
    sources = props.get("sources")
    if not sources:
        return []
    sentences = props.get("evidence") or ()
    stated = props.get(OBSERVED)
    # What every record of the fact shares, without its nulls (a record holds none).
    shared = {}
    for key in SHARED:  # a loop, not a comprehension: asked for each fact a bulk write holds
        value = props.get(key)
        if value is not None:
            shared[key] = value
    out: list[dict] = []
    seen: set[str] | None = set() if len(sources) > 1 else None  # a source named twice: one record
    for i, doc_id in enumerate(sources):
        record_id = evidence_id(rel_id, doc_id)
        if seen is not None:
            if record_id in seen:
                continue
            seen.add(record_id)
        sentence = sentences[i] if i < len(sentences) else ""
        record = {"id": record_id, "fact": rel_id, "fact_type": rel_type, "document": doc_id, "sentence": sentence} \
            if of_fact else {"id": record_id, "document": doc_id, "sentence": sentence}
        observed = stated or published.get(doc_id)
        if observed is not None:
            record[OBSERVED] = observed
        record.update(shared)
        if doc_id is None or sentence is None:  # (a document validation would refuse) no nulls kept
            record = {k: v for k, v in record.items() if v is not None}
        out.append(record)
    return out


def summarise(props: dict[str, Any], fresh: Iterable[dict]) -> dict[str, Any]:
    """`props` with the summary updated by the Evidence records new to the store (asked for each
    fact a Neo4j write creates: graph/neo4j_write.py)."""
    out = dict(props)
    sources, evidence = list(out.get("sources") or []), list(out.get("evidence") or [])
    count = out.get("source_count") or 0
    first, last = out.get("observed_from"), out.get("observed_to")
    for record in fresh:
        count += 1
        if record["document"] not in sources and len(sources) < EVIDENCE_KEPT:
            sources.append(record["document"])
            evidence.append(record.get("sentence", ""))
        seen = record.get(OBSERVED)
        if seen is not None:
            if first is None or seen < first:
                first = seen
            if last is None or seen > last:
                last = seen
    out.update(sources=sources, evidence=evidence, source_count=count)
    if first is not None:
        out["observed_from"] = first
    if last is not None:
        out["observed_to"] = last
    return out


def without_provenance(props: dict[str, Any]) -> dict[str, Any]:
    """What a fact says, for the merge rules of graph/merge.py; its provenance goes elsewhere."""
    return {k: v for k, v in props.items() if k not in NOT_WHAT_A_FACT_SAYS}
