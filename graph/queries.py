"""The analysts' questions, built once on the store primitives so both stores answer alike.

Every answer starts from an index (a node id, a label and property, the full-text name index)
and walks outwards a bounded number of steps: nothing here reads the whole graph. Answers are
plain dicts in the shapes documented by api/models.py. Rejected facts (`rejected: true`, see
curation) are kept in the store for audit but never appear in an answer.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

import networkx as nx

from graph import ontology
from graph.document import Node, Relationship
from graph.ids import fold
from graph.store import Direction, GraphStore, NodeFilter

PROVENANCE = ("sources", "evidence")
COMMAND_UP = ["SUBORDINATE_TO", "PART_OF"]      # a unit's line upwards
PERSON_UP = ["HEADS", "MEMBER_OF", "SUBORDINATE_TO"]  # from a person to their units
OTHER_LINES = ["PROVIDES_SECURITY_TO", "BASED_AT"]  # what else binds a unit
PROPERTY_OF = ["OPERATES", "OWNS"]               # whose property a place is
ARMED = ("PoliceUnit", "MilitaryUnit")
MAX_CHAIN_DEPTH = 12
MAX_SCAN = 5000  # nodes read at most from a label index to answer one question


class NotFound(LookupError):
    def __init__(self, what: str, node_id: str):
        self.what, self.node_id = what, node_id
        super().__init__(f"no {what} with id {node_id!r}")


class InvalidArgument(ValueError):
    """A request value the graph cannot answer for; `field` names it."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


# -- building blocks ---------------------------------------------------------------------------
def _onto() -> ontology.Ontology:
    return ontology.load()


def visible(rels: Iterable[Relationship]) -> list[Relationship]:
    return [r for r in rels if not r.properties.get("rejected")]


def rels(store: GraphStore, node_id: str, direction: Direction = "both",
         types: list[str] | None = None) -> list[Relationship]:
    """A node's relationships as answers see them: without rejected facts."""
    return visible(store.relationships(node_id, direction, types))


def require(store: GraphStore, node_id: str, what: str = "node", cls: str | None = None) -> Node:
    node = store.get_node(node_id)
    if node is None or (cls and cls not in node.labels):
        raise NotFound(what, node_id)
    return node


def nodes_by_id(store: GraphStore, ids: Iterable[str]) -> dict[str, Node]:
    return {n.id: n for n in store.get_nodes(sorted(set(ids)))}


def display_name(node: Node) -> str:
    p = node.properties
    return p.get("name") or p.get("title") or p.get("text") or node.id


def node_out(node: Node) -> dict:
    onto = _onto()
    props = dict(node.properties)
    if "Document" in node.labels:
        props.pop("text", None)  # a whole report: only GET /documents/{id} returns it
    return {"id": node.id, "labels": list(node.labels), "name": display_name(node),
            "class": onto.class_of(node.labels), "subclass": onto.subclass_of(node.labels), "properties": props}


def stub_out(node_id: str) -> dict:
    """An end the store no longer holds (it should not happen; answers never fail on it)."""
    return {"id": node_id, "labels": [], "name": node_id, "class": _onto().class_for_id(node_id),
            "subclass": None, "properties": {}}


def documents_of(store: GraphStore, relationships: Iterable[Relationship]) -> dict[str, Node]:
    return nodes_by_id(store, (s for r in relationships for s in r.properties.get("sources") or []))


def evidence(rel: Relationship, docs: dict[str, Node], only: str | None = None) -> list[dict]:
    """Each source of a fact with its document's title, url and date, and the sentence read."""
    sentences = rel.properties.get("evidence") or []
    out = []
    for i, source in enumerate(rel.properties.get("sources") or []):
        if only and source != only:
            continue
        out.append({**document_ref(source, docs), "sentence": sentences[i] if i < len(sentences) else None})
    return out


def document_ref(doc_id: str, docs: dict[str, Node]) -> dict:
    props = docs[doc_id].properties if doc_id in docs else {}
    return {"document": doc_id, "title": props.get("title"), "url": props.get("url"), "published": props.get("published")}


def edge_out(rel: Relationship, docs: dict[str, Node], only: str | None = None) -> dict:
    props = {k: v for k, v in rel.properties.items() if k not in PROVENANCE}
    return {"id": rel.properties.get("id") or rel.id, "type": rel.type, "source": rel.start,
            "target": rel.end, "properties": props, "evidence": evidence(rel, docs, only)}


def _pick(nodes: dict[str, Node], node_id: str) -> dict:
    return node_out(nodes[node_id]) if node_id in nodes else stub_out(node_id)


def _prefix_compare(a: str, b: str) -> int:
    """Dates at different precisions compared on what both say: 2016 vs 2016-10-22 is equal."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def in_force(props: dict, as_of: str | None) -> bool:
    if not as_of:
        return True
    since, until = props.get("since"), props.get("until")
    return not (since and _prefix_compare(since, as_of) > 0) and not (until and _prefix_compare(until, as_of) < 0)


def _in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    if not date:
        return False
    return not (date_from and _prefix_compare(date, date_from) < 0) and not (date_to and _prefix_compare(date, date_to) > 0)


def _check_label(label: str | None, field: str = "label") -> None:
    if label and label not in _onto().labels:
        raise InvalidArgument(field, f"unknown label {label!r} (one of: {', '.join(sorted(_onto().labels))})")


def _check_types(types: list[str] | None, field: str = "types") -> None:
    unknown = [t for t in types or [] if t not in _onto().relationships]
    if unknown:
        raise InvalidArgument(field, f"unknown relationship type {unknown[0]!r} "
                                     f"(one of: {', '.join(_onto().relationships)})")


def event_label(event_type: str | None) -> str:
    """`visit`, `state_of_emergency` or `StateOfEmergency` → the Event subclass label."""
    if not event_type:
        return "Event"
    label = event_type if event_type[:1].isupper() else "".join(p.capitalize() for p in event_type.split("_"))
    if label not in _onto().classes["Event"].subclasses:
        raise InvalidArgument("type", f"unknown event type {event_type!r} (one of: "
                                      f"{', '.join(_onto().classes['Event'].subclasses)})")
    return label


def _by_date(node: Node) -> tuple[str, str]:
    return (node.properties.get("date") or "9999", node.id)


# -- search ------------------------------------------------------------------------------------
def _score(query: str, name: str) -> float:
    from rapidfuzz import fuzz

    if name == query:
        return 100.0
    if name.startswith(query):
        return 95.0
    if any(word.startswith(query) for word in name.split()):
        return 90.0
    return round(0.85 * fuzz.WRatio(query, name), 1)


def search(store: GraphStore, q: str, label: str | None = None, limit: int = 20) -> list[dict]:
    """Names and aliases, accent- and case-insensitive: exact, then prefix, then fuzzy."""
    wanted = fold(q).strip()
    if not wanted:
        raise InvalidArgument("q", "the search text is empty")
    _check_label(label)
    searchable = set(_onto().fulltext["labels"])
    scored = []
    for node in store.search_candidates(q, label, limit=max(limit * 5, 50)):
        if not searchable & set(node.labels):
            continue
        names = [n for n in [node.properties.get("name"), *(node.properties.get("aliases") or [])] if isinstance(n, str)]
        score, matched = max(((_score(wanted, fold(n)), n) for n in names), default=(0.0, None))
        if score >= 60:
            scored.append({**node_out(node), "score": score, "matched": matched})
    scored.sort(key=lambda r: (-r["score"], fold(r["name"]), r["id"]))
    return scored[:limit]


# -- one entity --------------------------------------------------------------------------------
def entity(store: GraphStore, node_id: str) -> dict:
    node = require(store, node_id, "entity")
    found = rels(store, node_id)
    mentions = [r for r in found if r.type == "MENTIONED_IN" and r.start == node_id]
    facts = [r for r in found if r not in mentions]
    others = nodes_by_id(store, (r.end if r.start == node_id else r.start for r in found))
    docs = documents_of(store, facts)
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in facts:
        outgoing = r.start == node_id
        grouped[r.type].append({**edge_out(r, docs), "direction": "out" if outgoing else "in",
                                "other": _pick(others, r.end if outgoing else r.start)})
    return {"node": node_out(node), "aliases": list(node.properties.get("aliases") or []),
            "relationships": dict(sorted(grouped.items())),
            "documents": [{**_pick(others, r.end), "count": r.properties.get("count")} for r in mentions]}


# -- chain of command --------------------------------------------------------------------------
def _chain_seeds(store: GraphStore, node: Node) -> list[str]:
    cls = _onto().class_of(node.labels)
    if cls in ("Organization", "Person"):
        return [node.id]
    if cls == "Event":
        # Its police and military participants; a participant's own labels tell which they are.
        ids = [r.start for r in rels(store, node.id, "in", ["PARTICIPATED_IN"])]
        return [n.id for n in store.get_nodes(ids) if set(ARMED) & set(n.labels)]
    raise InvalidArgument("id", f"{node.id!r} is a {cls}: the chain of command starts from a unit, a person "
                                "or an event")


def chain_of_command(store: GraphStore, node_id: str, as_of: str | None = None,
                     max_depth: int = MAX_CHAIN_DEPTH) -> dict:
    """Upwards along SUBORDINATE_TO and PART_OF, level by level, with who heads each level as of
    the date, and beside it every other line binding the units (security contracts, bases on
    company property). Cycles, gaps and several parents are reported as problems."""
    start = require(store, node_id, "entity")
    seeds = _chain_seeds(store, start)
    depth_of = {s: 0 for s in seeds}
    levels, edges, problems = [list(seeds)], [], []
    frontier = list(seeds)
    while frontier:
        if len(levels) > max_depth:
            problems.append({"kind": "truncated", "nodes": frontier,
                             "message": f"the chain goes on beyond {max_depth} levels; it is cut there"})
            break
        following = []
        for unit in frontier:
            types = PERSON_UP if unit.startswith("person:") else COMMAND_UP
            ups = [r for r in rels(store, unit, "out", types)
                   if _onto().class_for_id(r.end) in ("Organization", "Person")]
            current = [r for r in ups if in_force(r.properties, as_of)]
            if ups and not current:
                problems.append({"kind": "gap", "nodes": [unit],
                                 "message": f"no line upwards from {unit!r} is in force on {as_of}"})
            if len({r.end for r in current}) > 1:
                problems.append({"kind": "several_parents", "nodes": [unit, *sorted({r.end for r in current})],
                                 "message": f"{unit!r} answers to {len({r.end for r in current})} superiors"})
            for r in current:
                edges.append(r)
                if r.end not in depth_of:
                    depth_of[r.end] = len(levels)
                    following.append(r.end)
        if following:
            levels.append(following)
        frontier = following
    graph = nx.DiGraph((r.start, r.end) for r in edges)
    for cycle in nx.simple_cycles(graph, length_bound=max_depth):
        problems.append({"kind": "cycle", "nodes": cycle, "message": "the line of command loops: " + " → ".join(cycle + cycle[:1])})

    units = [u for level in levels for u in level]
    heads = {u: [r for r in rels(store, u, "in", ["HEADS"]) if in_force(r.properties, as_of)]
             for u in units if not u.startswith("person:")}
    lines = [r for u in units if u.startswith("organization:") for r in rels(store, u, "out", OTHER_LINES)]
    owners = {place: rels(store, place, "in", PROPERTY_OF)
              for place in {r.end for r in lines if r.end.startswith("place:")}}
    all_rels = edges + lines + [r for hs in heads.values() for r in hs] + [r for os in owners.values() for r in os]
    nodes = nodes_by_id(store, [*units, *(e for r in all_rels for e in (r.start, r.end))])
    docs = documents_of(store, all_rels)

    def head_out(r: Relationship) -> dict:
        return {"person": _pick(nodes, r.start), "title": r.properties.get("title"), "since": r.properties.get("since"),
                "until": r.properties.get("until"), "evidence": evidence(r, docs)}

    def line_out(r: Relationship) -> dict:
        property_of = [{"relation": o.type, "owner": _pick(nodes, o.start), "evidence": evidence(o, docs)}
                       for o in owners.get(r.end, [])]
        return {**edge_out(r, docs), "unit": _pick(nodes, r.start), "target_node": _pick(nodes, r.end),
                "on_property_of": r.properties.get("on_property_of"), "property_of": property_of,
                "on_company_property": bool(r.properties.get("on_property_of")) or any(
                    "Company" in nodes[o.start].labels for o in owners.get(r.end, []) if o.start in nodes)}

    return {
        "start": node_out(start), "as_of": as_of,
        "levels": [{"depth": depth, "nodes": [{**_pick(nodes, u), "heads": [head_out(r) for r in heads.get(u, [])]}
                                              for u in level]} for depth, level in enumerate(levels)],
        "edges": [{**edge_out(r, docs), "basis": r.properties.get("basis"), "since": r.properties.get("since"),
                   "until": r.properties.get("until")} for r in edges],
        "other_lines": [line_out(r) for r in lines],
        "problems": problems,
    }


# -- events and visits -------------------------------------------------------------------------
def _event_ids_of(store: GraphStore, conflict: str | None = None, place: str | None = None,
                  actor: str | None = None) -> set[str] | None:
    """Events tied to each given node (intersected), or None when no node narrows the search."""
    found: set[str] | None = None
    for node_id, direction, types, field in ((conflict, "in", ["PART_OF"], "conflict"),
                                             (place, "in", ["OCCURRED_AT"], "place"),
                                             (actor, "out", ["PARTICIPATED_IN"], "actor")):
        if not node_id:
            continue
        require(store, node_id, field)
        ids = {(r.start if direction == "in" else r.end) for r in rels(store, node_id, direction, types)}
        found = ids if found is None else found & ids
    return found


def _events(store: GraphStore, label: str, date_from: str | None, date_to: str | None, limit: int,
            **narrowing: str | None) -> list[Node]:
    ids = _event_ids_of(store, **narrowing)
    if ids is None:
        # The index compares strings; its bounds are widened so that dates at another precision
        # ("2016-10" against from=2016-10-10) reach _in_range, which compares what both say.
        found = store.find_nodes(NodeFilter(label, date_from=date_from and date_from[:4],
                                            date_to=date_to and date_to + "\uffff", limit=MAX_SCAN))
    else:
        found = store.get_nodes(sorted(ids))
    found = [n for n in found if label in n.labels and _in_range(n.properties.get("date"), date_from, date_to)]
    return sorted(found, key=_by_date)[:limit]


def event_summary(node: Node) -> dict:
    p = node.properties
    return {**node_out(node), "type": p.get("type"), "date": p.get("date"), "date_precision": p.get("date_precision"),
            "end_date": p.get("end_date"), "summary": p.get("summary")}


def timeline(store: GraphStore, conflict: str | None = None, place: str | None = None, type: str | None = None,
             actor: str | None = None, date_from: str | None = None, date_to: str | None = None,
             limit: int = 200) -> list[dict]:
    events = _events(store, event_label(type), date_from, date_to, limit, conflict=conflict, place=place, actor=actor)
    return [event_summary(n) for n in events]


def event_detail(store: GraphStore, event_id: str, node: Node | None = None) -> dict:
    """An event with its participants and roles, merged across every report, each with its sources."""
    node = node or require(store, event_id, "event", "Event")
    found = rels(store, event_id)
    ends = nodes_by_id(store, (e for r in found for e in (r.start, r.end)))
    docs = documents_of(store, found)

    def related(rel_type: str, direction: str) -> list[dict]:
        return [{"node": _pick(ends, r.end if direction == "out" else r.start), **edge_out(r, docs)}
                for r in found if r.type == rel_type and (r.start == event_id) == (direction == "out")]

    participants = [{**p, "role": p["properties"].get("role")} for p in related("PARTICIPATED_IN", "in")]
    sources = sorted({s for r in found for s in r.properties.get("sources") or []}
                     | {r.end for r in found if r.type == "MENTIONED_IN"})
    return {**event_summary(node),
            "places": related("OCCURRED_AT", "out"), "participants": participants,
            "part_of": related("PART_OF", "out"), "follows": related("FOLLOWS", "out"),
            "followed_by": related("FOLLOWS", "in"), "about": related("ABOUT", "out"),
            "commitments": related("MADE_AT", "in"),
            "sources": [document_ref(s, {**ends, **docs}) for s in sources]}


def visits(store: GraphStore, place: str | None = None, person: str | None = None,
           date_from: str | None = None, date_to: str | None = None, limit: int = 50) -> list[dict]:
    found = _events(store, "Visit", date_from, date_to, limit, place=place, actor=person)
    return [event_detail(store, n.id, n) for n in found]


def entity_events(store: GraphStore, node_id: str, type: str | None = None, limit: int = 200) -> list[dict]:
    """One actor's visits and other events, in date order, with their role in each."""
    require(store, node_id, "entity")
    label = event_label(type)
    roles = rels(store, node_id, "out", ["PARTICIPATED_IN"])
    events = {n.id: n for n in store.get_nodes([r.end for r in roles]) if label in n.labels}
    docs = documents_of(store, roles)
    out = [{**event_summary(events[r.end]), "role": r.properties.get("role"), "evidence": evidence(r, docs)}
           for r in roles if r.end in events]
    return sorted(out, key=lambda e: (e["date"] or "9999", e["id"], e["role"] or ""))[:limit]


# -- paths and neighbourhoods ------------------------------------------------------------------
def paths(store: GraphStore, start: str, end: str, max_length: int = 4, types: list[str] | None = None,
          limit: int = 10) -> dict:
    """Shortest paths between two nodes, evidence on every edge (rejected facts never carry one)."""
    _check_types(types)
    first, last = require(store, start, "node"), require(store, end, "node")
    found = [p for p in store.shortest_paths(start, end, max_length, types, limit) if visible(p) == p]
    nodes = nodes_by_id(store, (e for p in found for r in p for e in (r.start, r.end)))
    docs = documents_of(store, (r for p in found for r in p))
    out = []
    for path in found:
        order = [start]
        for r in path:
            order.append(r.end if r.start == order[-1] else r.start)
        out.append({"length": len(path), "nodes": [_pick(nodes, i) for i in order],
                    "edges": [edge_out(r, docs) for r in path]})
    return {"from": node_out(first), "to": node_out(last), "paths": out}


def neighbourhood(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
                  limit: int = 100, with_documents: bool = False) -> tuple[dict[str, Node], list[Relationship], bool]:
    """The nodes within `depth` steps of `center` (at most `limit`, only those carrying one of
    `labels` when given, always the center) and the relationships between them."""
    for label in labels or []:
        _check_label(label, "labels")
    nodes = {center: require(store, center, "node")}
    edges: dict[str, Relationship] = {}
    frontier, truncated = [center], False
    for _ in range(depth):
        reached: dict[str, list[Relationship]] = defaultdict(list)
        for node_id in frontier:
            for r in rels(store, node_id):
                if r.type == "MENTIONED_IN" and not with_documents:
                    continue
                other = r.end if r.start == node_id else r.start
                if other in nodes:
                    edges[r.properties.get("id") or r.id] = r
                else:
                    reached[other].append(r)
        fetched = [n for n in store.get_nodes(sorted(reached)) if not labels or set(labels) & set(n.labels)]
        if len(nodes) + len(fetched) > limit:
            fetched, truncated = fetched[:max(limit - len(nodes), 0)], True
        for node in fetched:
            nodes[node.id] = node
            for r in reached[node.id]:
                edges[r.properties.get("id") or r.id] = r
        frontier = [n.id for n in fetched]
        if not frontier:
            break
    return nodes, [r for r in edges.values() if r.start in nodes and r.end in nodes], truncated


def subgraph(store: GraphStore, center: str, depth: int = 1, labels: list[str] | None = None,
             limit: int = 100) -> dict:
    """A neighbourhood shaped for the explorer: {nodes, edges} with evidence on every edge."""
    nodes, edges, truncated = neighbourhood(store, center, depth, labels, limit)
    docs = documents_of(store, edges)
    return {"center": center, "nodes": [node_out(n) for n in nodes.values()],
            "edges": [edge_out(r, docs) for r in edges], "truncated": truncated}


# -- commitments and documents -----------------------------------------------------------------
def commitments(store: GraphStore, status: str | None = None, by: str | None = None, limit: int = 200) -> list[dict]:
    """Promises with who made them, where (the event and its place), their status."""
    if status and status not in _onto().vocabulary("commitment_status"):
        raise InvalidArgument("status", f"unknown status {status!r} (one of: "
                                        f"{', '.join(_onto().vocabulary('commitment_status'))})")
    if by:
        require(store, by, "entity")
        found = [n for n in store.get_nodes([r.end for r in rels(store, by, "out", ["MADE"])])
                 if not status or n.properties.get("status") == status]
    else:
        found = store.find_nodes(NodeFilter("Commitment", {"status": status} if status else {}, limit=limit))
    out = []
    for node in found[:limit]:
        found_rels = rels(store, node.id)
        made_at = [r for r in found_rels if r.type == "MADE_AT"]
        places = {r.end: rels(store, r.end, "out", ["OCCURRED_AT"]) for r in made_at}
        ends = nodes_by_id(store, [*(e for r in found_rels for e in (r.start, r.end)),
                                   *(r.end for ps in places.values() for r in ps)])
        docs = documents_of(store, found_rels)

        def related(rel_type: str, incoming: bool) -> list[dict]:
            return [{"node": _pick(ends, r.start if incoming else r.end), **edge_out(r, docs)}
                    for r in found_rels if r.type == rel_type and (r.end == node.id) == incoming]

        p = node.properties
        out.append({**node_out(node), "text": p.get("text"), "status": p.get("status"), "due": p.get("due"),
                    "made_by": related("MADE", True),
                    "made_at": [{**m, "places": [_pick(ends, r.end) for r in places[m["node"]["id"]]]}
                                for m in related("MADE_AT", False)],
                    "about": related("ABOUT", False), "endorsed_by": related("ENDORSED", True),
                    "demanded_by": related("DEMANDS", True)})
    return out


DOCUMENT_FIELDS = ("title", "url", "publisher", "published", "language", "ingested_at")


def document_summary(node: Node) -> dict:
    return {"id": node.id, **{k: node.properties.get(k) for k in DOCUMENT_FIELDS}}


def documents(store: GraphStore, date_from: str | None = None, date_to: str | None = None,
              limit: int = 200) -> list[dict]:
    found = store.find_nodes(NodeFilter("Document", date_property="published", date_from=date_from and date_from[:4],
                                        date_to=date_to and date_to + "\uffff", limit=MAX_SCAN))
    found = [n for n in found if _in_range(n.properties.get("published"), date_from, date_to)]
    found.sort(key=lambda n: (n.properties.get("published") or "", n.id), reverse=True)
    return [document_summary(n) for n in found[:limit]]


def document(store: GraphStore, doc_id: str) -> dict:
    """A report and everything read from it: the nodes it mentions and every fact it supports
    (reached through those nodes, so through an index, with this report's sentence only)."""
    node = require(store, doc_id, "document", "Document")
    mentions = rels(store, doc_id, "in", ["MENTIONED_IN"])
    mentioned = nodes_by_id(store, (r.start for r in mentions))
    facts: dict[str, Relationship] = {}
    for node_id in mentioned:
        for r in rels(store, node_id):
            if doc_id in (r.properties.get("sources") or []):
                facts[r.properties.get("id") or r.id] = r
    docs = {doc_id: node}
    return {"document": document_summary(node), "text": node.properties.get("text"),
            "mentions": [{**_pick(mentioned, r.start), "count": r.properties.get("count")} for r in mentions],
            "facts": [edge_out(r, docs, only=doc_id) for r in facts.values()]}
