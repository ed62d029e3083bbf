"""Events: a timeline, one event with everything tied to it, visits, and an actor's events."""
from __future__ import annotations

from typing import Iterable

from graph.document import Node, Relationship
from graph.queries import core
from graph.queries.core import (MAX_SCAN, PROVENANCE, NotFound, by_date, document_ref, event_label, evidence,
                                in_range, node_of, node_out, pick, rel_key)
from graph.store import GraphStore, NodeFilter

# A narrowing node as the anchor of events_of.cypher: (its label, the pattern from it to the event).
ANCHORS = {"place": ("Place", "<-[r:OCCURRED_AT]-"), "actor": (None, "-[r:PARTICIPATED_IN]->"),
           "conflict": ("Conflict", "<-[r:PART_OF]-")}


def _event_ids_memory(store: GraphStore, conflict: str | None = None, place: str | None = None,
                      actor: str | None = None) -> set[str] | None:
    """Events tied to each given node (intersected), or None when no node narrows the search."""
    found: set[str] | None = None
    for node_id, direction, types, field in ((conflict, "in", ["PART_OF"], "conflict"),
                                             (place, "in", ["OCCURRED_AT"], "place"),
                                             (actor, "out", ["PARTICIPATED_IN"], "actor")):
        if not node_id:
            continue
        core.require(store, node_id, field)
        ids = {(r.start if direction == "in" else r.end) for r in core.rels(store, node_id, direction, types)}
        found = ids if found is None else found & ids
    return found


def _events_neo4j(store, label: str, date_from: str | None, date_to: str | None, limit: int, rows: str,
                  narrowing: dict[str, str | None], **params) -> list[dict]:
    """One call: the events tied to the narrowing nodes, in range and date order, each returned
    as the `rows` fragment (event_row or event_relationships) gives it."""
    field = next(f for f in ANCHORS if narrowing.get(f))
    anchor_label, pattern = ANCHORS[field]
    anchor_label = core.label_of(narrowing[field]) if anchor_label is None else f"`{anchor_label}`"
    # The anchor's own pattern already ties the events to it: only the other nodes are checked again.
    found = core.run(store, "events_of", {"anchor_label": anchor_label or "`Entity`", "anchor": pattern,
                                          "label": core.identifier(label, core.onto().labels),
                                          "rows": core.cypher_text(rows)},
                     anchor=narrowing[field], date_from=date_from, date_to=date_to, limit=limit,
                     **{f: narrowing.get(f) if f != field else None for f in ANCHORS}, **params)
    if not found or found[0].get("events") == []:  # an unknown node is a 404, as in memory
        for f, node_id in narrowing.items():
            if node_id:
                core.require(store, node_id, f)
    return found


def _events(store: GraphStore, label: str, date_from: str | None, date_to: str | None, limit: int,
            **narrowing: str | None) -> list[Node]:
    neo4j = core.neo4j(store)
    if any(narrowing.values()):
        if neo4j:
            return [node_of(r) for r in _events_neo4j(neo4j, label, date_from, date_to, limit, "event_row", narrowing)]
        found = store.get_nodes(sorted(_event_ids_memory(store, **narrowing) or []))
    else:
        # The index compares strings; its bounds are widened so that dates at another precision
        # ("2016-10" against from=2016-10-10) reach in_range, which compares what both say.
        found = store.find_nodes(NodeFilter(label, date_from=date_from and date_from[:4],
                                            date_to=date_to and date_to + "\uffff", limit=MAX_SCAN))
    found = [n for n in found if label in n.labels and in_range(n.properties.get("date"), date_from, date_to)]
    return sorted(found, key=by_date)[:limit]


def event_summary(node: Node) -> dict:
    p = node.properties
    return {**node_out(node), "type": p.get("type"), "date": p.get("date"), "date_precision": p.get("date_precision"),
            "end_date": p.get("end_date"), "summary": p.get("summary")}


def timeline(store: GraphStore, conflict: str | None = None, place: str | None = None, type: str | None = None,
             actor: str | None = None, date_from: str | None = None, date_to: str | None = None,
             limit: int = 200) -> list[dict]:
    events = _events(store, event_label(type), date_from, date_to, limit, conflict=conflict, place=place, actor=actor)
    return [event_summary(n) for n in events]


# What an event's answer shows: each field with the relationship type and the side of the event
# it leaves from ("out": the event is its start). Neo4j reads only these (event_relationships.cypher).
SHOWN = {"places": ("OCCURRED_AT", "out"), "participants": ("PARTICIPATED_IN", "in"), "part_of": ("PART_OF", "out"),
         "follows": ("FOLLOWS", "out"), "followed_by": ("FOLLOWS", "in"), "about": ("ABOUT", "out"),
         "commitments": ("MADE_AT", "in")}
FIELD_OF = {(rel_type, side == "out"): field for field, (rel_type, side) in SHOWN.items()}
Detail = tuple[Node, list[Relationship], dict[str, Node], list[str]]


def _details_neo4j(store, rows: list[dict]) -> tuple[list[Detail], dict[str, dict]]:
    """The events of event_relationships.cypher's one row, and the summaries of the reports they cite."""
    if not rows:
        return [], {}
    out = []
    for e in rows[0]["events"]:
        found, ends = [], {}
        for rel_type, outgoing, other, labels, props, other_props in e["rels"]:
            found.append(Relationship(rel_type, *((e["id"], other) if outgoing else (other, e["id"])), props))
            ends[other] = Node(other, labels, other_props)
        out.append((node_of(e), found, ends, e["sources"]))
    return out, {d["document"]: d for d in rows[0]["docs"]}


def _read_details(store, ids: list[str]) -> tuple[list[Detail], dict[str, dict]]:
    return _details_neo4j(store, core.run(store, "event_details", {"rows": core.cypher_text("event_relationships")},
                                          ids=ids, shown=[list(k) for k in SHOWN.values()]))


def _detail_memory(store: GraphStore, node: Node) -> tuple[Detail, dict[str, dict]]:
    found = core.rels(store, node.id)
    ends = core.nodes_by_id(store, (e for r in found for e in (r.start, r.end) if e != node.id))
    # Every report behind a fact of the event or mentioning it, whatever the fact's kind.
    sources = [s for r in found for s in r.properties.get("sources") or []] + \
              [r.end for r in found if r.type == "MENTIONED_IN"]
    docs = {**core.documents_of(store, found), **{i: n for i, n in ends.items() if "Document" in n.labels}}
    return (node, found, ends, sources), {i: document_ref(i, docs) for i in docs}


def _answers(details: Iterable[Detail], refs: dict[str, dict]) -> list[dict]:
    """The answer of each event, in one pass over its relationships: each shown one goes to its
    field (SHOWN) with the node at its other end and its evidence; `refs` are the cited reports'
    summaries (DocumentRef) by id. A node, or a report's summary, met again in the answer is the
    same dict, built once (a report cited by every attendee of 40 visits is shaped once, not per
    fact): callers only read answers."""
    nodes: dict[str, dict] = {}

    def ref(doc_id: str) -> dict:
        found = refs.get(doc_id)
        if found is None:  # a report the store no longer holds: its id alone, as document_ref gives it
            found = refs[doc_id] = document_ref(doc_id, {})
        return found

    out = []
    for node, found, ends, sources in details:
        answer = {**event_summary(node), **{field: [] for field in SHOWN}}
        for r in found:
            outgoing = r.start == node.id
            field = FIELD_OF.get((r.type, outgoing))
            if field is None:
                continue
            other = r.end if outgoing else r.start
            shown = nodes.get(other)
            if shown is None:
                shown = nodes[other] = pick(ends, other)
            sentences = r.properties.get("evidence") or []
            item = {"id": rel_key(r), "type": r.type, "source": r.start, "target": r.end,
                    "properties": {k: v for k, v in r.properties.items() if k not in PROVENANCE},
                    "evidence": [{**ref(s), "sentence": sentences[i] if i < len(sentences) else None}
                                 for i, s in enumerate(r.properties.get("sources") or [])],
                    "node": shown}
            if field == "participants":
                item["role"] = r.properties.get("role")
            answer[field].append(item)
        answer["sources"] = [ref(s) for s in sorted(set(sources))]
        out.append(answer)
    return out


def event_detail(store: GraphStore, event_id: str) -> dict:
    """An event with its participants and roles, merged across every report, each with its sources."""
    neo4j = core.neo4j(store)
    if neo4j:
        read, docs = _read_details(neo4j, [event_id])
        if not read:
            raise NotFound("event", event_id)
        return _answers(read, docs)[0]
    detail, docs = _detail_memory(store, core.require(store, event_id, "event", "Event"))
    return _answers([detail], docs)[0]


def visits(store: GraphStore, place: str | None = None, person: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int = 50) -> list[dict]:
    neo4j = core.neo4j(store)
    if neo4j and (place or person):  # one call: the visits and what their answer shows
        rows = _events_neo4j(neo4j, "Visit", date_from, date_to, limit, "event_relationships",
                             {"place": place, "actor": person}, shown=[list(k) for k in SHOWN.values()])
        read, docs = _details_neo4j(neo4j, rows)
        return _answers(sorted(read, key=lambda d: by_date(d[0])), docs)
    if neo4j:
        events = _events(store, "Visit", date_from, date_to, limit)
        read, docs = _read_details(neo4j, [n.id for n in events])
        by_id = {d[0].id: d for d in read}
        return _answers([by_id[n.id] for n in events if n.id in by_id], docs)
    read = [_detail_memory(store, n)
            for n in _events(store, "Visit", date_from, date_to, limit, place=place, actor=person)]
    return _answers([d for d, _ in read], {i: doc for _, docs in read for i, doc in docs.items()})


def entity_events(store: GraphStore, node_id: str, type: str | None = None, limit: int = 200) -> list[dict]:
    """One actor's visits and other events, in date order, with their role in each."""
    label = event_label(type)
    neo4j = core.neo4j(store)
    if neo4j:
        node_label = core.label_of(node_id)
        rows = core.run(neo4j, "entity_events", {"label": node_label or "`Entity`",
                                                 "event_label": core.identifier(label, core.onto().labels)},
                        id=node_id) if node_label else []
        if not rows:
            raise NotFound("entity", node_id)
        docs = core.documents_in(rows[0]["docs"])
        roles = [Relationship("PARTICIPATED_IN", node_id, event, props) for event, _, _, props in rows[0]["rows"]]
        events = {event: Node(event, labels, props) for event, labels, props, _ in rows[0]["rows"]}
    else:
        core.require(store, node_id, "entity")
        roles = core.rels(store, node_id, "out", ["PARTICIPATED_IN"])
        events = {n.id: n for n in store.get_nodes([r.end for r in roles]) if label in n.labels}
        docs = core.documents_of(store, roles)
    out = [{**event_summary(events[r.end]), "role": r.properties.get("role"), "evidence": evidence(r, docs)}
           for r in roles if r.end in events]
    return sorted(out, key=lambda e: (e["date"] or "9999", e["id"], e["role"] or ""))[:limit]
