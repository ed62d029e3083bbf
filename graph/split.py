"""Undoing a merge (issue 10): the merged-away entity comes back as its own node.

A merge, automatic (graph/identity.py) or an analyst's (graph/curation.py), leaves a `Redirect`
with the names, the facts about the merged-away entity as they became on the kept node and their
Evidence records (one per fact and source). Undoing it puts back the node and moves back each of
those facts and records: a fact only they told moves whole; a fact other sources told as well
stays on the kept node with those sources and is told on the restored node by its own. The Redirect is marked
`undone`, so a later load keeps the two apart (identity.py's `kept_apart`), and the name keys
the merged-away name registered point at the restored node again.

The store has no relationship delete (its write path is what every load goes through), so the
kept node's copy of a fact that moved whole stays, marked `rejected` with `moved_to`: hidden
from every answer like any rejected fact, kept for audit. Evidence records are nodes and go.
"""
from __future__ import annotations

from datetime import datetime, timezone

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from graph.identity import PREFIX as NAMEKEY_PREFIX
from graph.names import name_keys
from graph.provenance import SUMMARY, evidence_id, summarise
from graph.queries import InvalidArgument, NotFound
from graph.redirects import PREFIX, redirect_id, resolve
from graph.store import GraphStore

PAGE = 500


def undo_merge(store: GraphStore, merged: str, reason: str | None = None,
               by: str | None = None) -> tuple[Node, Node, int]:
    """Split `merged` (an entity id or its `redirect:` id) back out of the node it was merged
    into; returns the kept node, the restored one and how many facts moved."""
    merged = merged[len(PREFIX):] if merged.startswith(PREFIX) else merged
    record = store.get_node(redirect_id(merged))
    if record is None:
        raise NotFound("merge", merged)
    if record.properties.get("undone"):
        raise InvalidArgument("merged", f"the merge of {merged!r} was already undone")
    if store.get_node(merged) is not None:
        raise InvalidArgument("merged", f"{merged!r} is a node of its own again")
    target = record.properties["target"]
    keep_id = resolve({target}, store.get_nodes).get(target, target)
    keep = store.get_node(keep_id)
    if keep is None:
        raise NotFound("entity", keep_id)
    names = [n for n in record.properties.get("names") or [] if n]
    name = names[0] if names else merged
    told = set(record.properties.get("evidence") or [])
    facts = set(record.properties.get("facts") or [])
    here = {keep_id: merged}

    nodes: list[Node] = []
    rels: list[Relationship] = []
    gone: list[str] = []
    for rel in store.relationships(keep_id, "both"):
        if rel.properties.get("rejected") or rel.start == rel.end:
            continue
        evidence = _evidence(store, rel.id)
        theirs = [e for e in evidence if e.id in told]
        if not theirs and not (rel.id in facts and not evidence):  # a fact with no record moves whole
            continue
        fact = {k: v for k, v in rel.properties.items() if k not in SUMMARY and k != "id"}
        back = Relationship(rel.type, here.get(rel.start, rel.start), here.get(rel.end, rel.end), fact)
        records = [{**e.properties, "id": evidence_id(back.id, e.properties["document"]), "fact": back.id}
                   for e in theirs]
        rels.append(Relationship(back.type, back.start, back.end, {**summarise(fact, records), "id": back.id}))
        nodes += [Node(r["id"], ["Evidence"], r) for r in records]
        gone += [e.id for e in theirs]
        rest = [e.properties for e in evidence if e.id not in told]
        if rest:
            kept = summarise(fact, rest)
        else:
            kept = {**rel.properties, "rejected": True, "moved_to": back.id, "curated": True,
                    "rejected_reason": f"its sources named {name!r}: moved back when the merge was undone"}
        rels.append(Relationship(rel.type, rel.start, rel.end, {**kept, "id": rel.id}))

    its_aliases = [a for a in record.properties.get("aliases") or [] if a != name]
    nodes.append(Node(merged, list(keep.labels), {
        "name": name, "aliases": its_aliases,
        **({"country": keep.properties["country"]} if keep.properties.get("country") else {})}))
    nodes.append(Node(keep_id, list(keep.labels), {
        **keep.properties, "aliases": [a for a in keep.properties.get("aliases") or []
                                       if a != name and a not in its_aliases]}))
    nodes += [Node(k.id, k.labels, {**k.properties, "target": merged}) for k in _name_keys(store, keep_id, name)]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    nodes.append(Node(record.id, list(record.labels), {
        **record.properties, "undone": True, "undone_at": now,
        **({"undone_reason": reason} if reason else {}), **({"undone_by": by} if by else {})}))
    # One transaction puts the restored node and every fact and record it gets back; the moved
    # records' old copies go after, so a failure in between leaves records, never loses one.
    store.put(GraphDocument(nodes, rels))
    if gone:
        store.write(GraphDocument([], []), source=f"undo merge {merged}", delete=tuple(gone))
    moved = sum(1 for r in rels if merged in (r.start, r.end))
    return store.get_node(keep_id), store.get_node(merged), moved


def _evidence(store: GraphStore, fact_id: str) -> list[Node]:
    out: list[Node] = []
    while page := store.evidence(fact_id, out[-1].id if out else None, PAGE):
        out += page
    return out


def _name_keys(store: GraphStore, keep_id: str, name: str) -> list[Node]:
    """The NameKey records the merged-away name registered (they point at the kept node)."""
    onto = ontology.load()
    keep = store.get_node(keep_id)
    cls = onto.class_of(keep.labels) if keep else None
    if cls is None:
        return []
    keys = name_keys(cls, name, [], keep.properties.get("country"))
    found = store.get_nodes([NAMEKEY_PREFIX + k for k, _ in keys])
    return [k for k in found if k.properties.get("target") == keep_id and k.properties.get("name") == name]
