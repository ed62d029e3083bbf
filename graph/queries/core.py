"""What every question shares: errors, the answer shapes, dates in force, and how a question
reaches its store.

A question answers on Neo4j with its own parameterised Cypher (`run`, the `.cypher` file beside
the module, labels and types only from the ontology) and on the embedded store with the store
primitives (in-process networkx lookups). Both feed the same shaping code, so both answer alike
(tests/graph/test_conformance.py, tests/api). Rejected facts (`rejected: true`, see curation)
never appear in an answer.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from graph import ontology
from graph.document import Node, Relationship
from graph.store import Direction, GraphStore

if TYPE_CHECKING:
    from graph.neo4j_store import Neo4jStore

CYPHER_DIR = Path(__file__).parent
PROVENANCE = ("sources", "evidence")
DOCUMENT_FIELDS = ("title", "url", "publisher", "published", "language", "ingested_at")
# A fact without since/until is in force this long before its first and after its last sighting.
TOLERANCE = timedelta(days=365)
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


class NotApplicable(ValueError):
    """The question does not apply to this node (a chain of command of a mine); the message is a
    sentence an analyst can read."""


# -- reaching the store ------------------------------------------------------------------------
def neo4j(store: GraphStore) -> "Neo4jStore | None":
    """The store when it can answer a question in Cypher, else None (the embedded store)."""
    return store if store.kind == "neo4j" else None  # type: ignore[return-value]


@cache
def cypher_text(name: str) -> str:
    return (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")


def identifier(name: str, known: Iterable[str]) -> str:
    """A label or type for a Cypher template: only an ontology name, backquoted."""
    if name not in set(known):
        raise InvalidArgument("label", f"{name!r} is not an ontology label or type")
    return f"`{name}`"


def label_of(node_id: str) -> str | None:
    cls = onto().class_for_id(node_id)
    return f"`{cls}`" if cls else None


def run(store: "Neo4jStore", name: str, /, templates: dict[str, str] | None = None, **params: Any) -> list[dict]:
    """One driver call: `name`.cypher with its {placeholders} filled by ontology names."""
    text = cypher_text(name)
    for key, value in (templates or {}).items():
        text = text.replace("{" + key + "}", value)
    return store.read(text, **params)


def node_of(row: dict) -> Node:
    return Node(row["id"], row["labels"], row["props"])


def documents_in(rows: list[dict] | None) -> dict[str, Node]:
    """The report summaries a query returned (its `docs`: id, title, url, date), by id."""
    return {d["id"]: Node(d["id"], ["Document"], d) for d in rows or []}


def rel_of(row: dict, docs: dict[str, Node] | None = None) -> Relationship:
    """A relationship row {type, start, end, props[, docs]}; its documents go into `docs`."""
    if docs is not None:
        docs.update(documents_in(row.get("docs")))
    return Relationship(row["type"], row["start"], row["end"], row["props"])


# -- the embedded store's primitives ----------------------------------------------------------
@cache
def onto() -> ontology.Ontology:
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


def documents_of(store: GraphStore, relationships: Iterable[Relationship]) -> dict[str, Node]:
    return nodes_by_id(store, (s for r in relationships for s in r.properties.get("sources") or []))


# -- answer shapes -----------------------------------------------------------------------------
def display_name(node: Node) -> str:
    p = node.properties
    return p.get("name") or p.get("title") or p.get("text") or node.id


def node_out(node: Node) -> dict:
    props = dict(node.properties)
    if "Document" in node.labels:
        # A report's summary only: its text comes from GET /documents/{id} alone.
        props = {k: props[k] for k in ("id", *DOCUMENT_FIELDS) if props.get(k) is not None}
    return {"id": node.id, "labels": list(node.labels), "name": display_name(node),
            "class": onto().class_of(node.labels), "subclass": onto().subclass_of(node.labels), "properties": props}


def stub_out(node_id: str) -> dict:
    """An end the store no longer holds (it should not happen; answers never fail on it)."""
    return {"id": node_id, "labels": [], "name": node_id, "class": onto().class_for_id(node_id),
            "subclass": None, "properties": {}}


def pick(nodes: dict[str, Node], node_id: str) -> dict:
    return node_out(nodes[node_id]) if node_id in nodes else stub_out(node_id)


def document_ref(doc_id: str, docs: dict[str, Node]) -> dict:
    props = docs[doc_id].properties if doc_id in docs else {}
    return {"document": doc_id, "title": props.get("title"), "url": props.get("url"), "published": props.get("published")}


def evidence(rel: Relationship, docs: dict[str, Node], only: str | None = None) -> list[dict]:
    """Each source of a fact with its document's title, url and date, and the sentence read."""
    sentences = rel.properties.get("evidence") or []
    out = []
    for i, source in enumerate(rel.properties.get("sources") or []):
        if only and source != only:
            continue
        out.append({**document_ref(source, docs), "sentence": sentences[i] if i < len(sentences) else None})
    return out


def rel_key(rel: Relationship) -> str:
    return rel.properties.get("id") or rel.id


def edge_out(rel: Relationship, docs: dict[str, Node], only: str | None = None) -> dict:
    props = {k: v for k, v in rel.properties.items() if k not in PROVENANCE}
    return {"id": rel_key(rel), "type": rel.type, "source": rel.start,
            "target": rel.end, "properties": props, "evidence": evidence(rel, docs, only)}


def source_count(rel: Relationship) -> int:
    return rel.properties.get("source_count") or len(rel.properties.get("sources") or [])


# -- dates -------------------------------------------------------------------------------------
def prefix_compare(a: str, b: str) -> int:
    """Dates at different precisions compared on what both say: 2016 vs 2016-10-22 is equal."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def _first_day(iso: str) -> date:
    parts = [int(p) for p in iso[:10].split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def _last_day(iso: str) -> date:
    parts = [int(p) for p in iso[:10].split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(parts[0], 12, 31)


def in_force(props: dict, as_of: str | None, lasting: bool = False) -> bool:
    """The in-force rule: by `since`/`until` when a source states either; lacking both, when
    `as_of` lies within the observed span widened by TOLERANCE (a `lasting` fact: from then on);
    a fact never dated is in force."""
    if not as_of:
        return True
    since, until = props.get("since"), props.get("until")
    if since or until:
        return not (since and prefix_compare(since, as_of) > 0) and not (until and prefix_compare(until, as_of) < 0)
    seen_from, seen_to = props.get("observed_from"), props.get("observed_to")
    if seen_from and _last_day(as_of) < _first_day(seen_from) - TOLERANCE:
        return False
    if lasting:
        return True  # a line of command holds, once seen, until a source ends it (`until`)
    return not (seen_to and _first_day(as_of) > _last_day(seen_to) + TOLERANCE)


def in_range(day: str | None, date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    if not day:
        return False
    return not (date_from and prefix_compare(day, date_from) < 0) and not (date_to and prefix_compare(day, date_to) > 0)


# -- arguments ---------------------------------------------------------------------------------
def check_label(label: str | None, field: str = "label") -> None:
    if label and label not in onto().labels:
        raise InvalidArgument(field, f"unknown label {label!r} (one of: {', '.join(sorted(onto().labels))})")


def check_types(types: list[str] | None, field: str = "types") -> None:
    unknown = [t for t in types or [] if t not in onto().relationships]
    if unknown:
        raise InvalidArgument(field, f"unknown relationship type {unknown[0]!r} "
                                     f"(one of: {', '.join(onto().relationships)})")


def type_pattern(types: Iterable[str]) -> str:
    """`A|B|C` for a typed relationship pattern, from ontology types only."""
    return "|".join(identifier(t, onto().relationships) for t in types)


def event_label(event_type: str | None) -> str:
    """`visit`, `state_of_emergency` or `StateOfEmergency` → the Event subclass label."""
    if not event_type:
        return "Event"
    label = event_type if event_type[:1].isupper() else "".join(p.capitalize() for p in event_type.split("_"))
    if label not in onto().classes["Event"].subclasses:
        raise InvalidArgument("type", f"unknown event type {event_type!r} (one of: "
                                      f"{', '.join(onto().classes['Event'].subclasses)})")
    return label


def by_date(node: Node) -> tuple[str, str]:
    return (node.properties.get("date") or "9999", node.id)
