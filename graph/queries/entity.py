"""One entity: its facts grouped by type and paged (a hub of 30,000 facts answers in the same
few kilobytes as a leaf), and a person's positions as of a date."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph.document import Node, Relationship
from graph.queries import core
from graph.queries.core import NotFound, edge_out, node_of, pick, rel_key, rel_of
from graph.store import GraphStore

FIRST = 20          # facts of each type in the entity's answer
PAGE_MAX = 200      # facts in one page at most
POSITION_TYPES = ["HEADS", "HOLDS_POSITION", "MEMBER_OF"]


@dataclass
class Facts:
    """What the shaping code needs, whichever store read it."""
    node: Node
    totals: dict[str, int] = field(default_factory=dict)
    firsts: dict[str, list[Relationship]] = field(default_factory=lambda: defaultdict(list))
    others: dict[str, Node] = field(default_factory=dict)
    docs: dict[str, Node] = field(default_factory=dict)


def _read_neo4j(store, node_id: str, first: int) -> Facts:
    label = core.label_of(node_id)
    rows = core.run(store, "entity", {"label": label}, id=node_id, first=first) if label else []
    if not rows:
        raise NotFound("entity", node_id)
    facts = Facts(node_of(rows[0]), docs=core.documents_in(rows[0]["docs"]))
    for rel_type, total, start, end, props, other, labels, other_props in rows[0]["rows"]:
        facts.totals[rel_type] = total
        facts.firsts[rel_type].append(Relationship(rel_type, start, end, props))
        facts.others[other] = Node(other, labels, other_props)
    return facts


def _read_memory(store: GraphStore, node_id: str, first: int) -> Facts:
    facts = Facts(core.require(store, node_id, "entity"))
    by_type: dict[str, list[Relationship]] = defaultdict(list)
    for r in core.rels(store, node_id):
        by_type[r.type].append(r)
    for rel_type, found in by_type.items():
        facts.totals[rel_type] = len(found)
        facts.firsts[rel_type] = sorted(found, key=rel_key)[:first]
    shown = [r for found in facts.firsts.values() for r in found]
    facts.others = core.nodes_by_id(store, (r.end if r.start == node_id else r.start for r in shown))
    facts.docs = core.documents_of(store, shown)
    return facts


def related_out(node_id: str, r: Relationship, others: dict[str, Node], docs: dict[str, Node]) -> dict:
    outgoing = r.start == node_id
    return {**edge_out(r, docs), "direction": "out" if outgoing else "in",
            "other": pick(others, r.end if outgoing else r.start)}


def _is_mention(node_id: str, r: Relationship) -> bool:
    return r.type == "MENTIONED_IN" and r.start == node_id


def entity(store: GraphStore, node_id: str, first: int = FIRST) -> dict:
    """The node, its aliases, the first `first` facts of each type with `counts` of all and a
    `next` cursor per type (GET /entities/{id}/relationships), the documents mentioning it."""
    neo4j = core.neo4j(store)
    facts = _read_neo4j(neo4j, node_id, first) if neo4j else _read_memory(store, node_id, first)
    groups, counts = {}, {}
    cursors = {t: _cursor(shown, facts.totals[t]) for t, shown in sorted(facts.firsts.items())}
    for rel_type in sorted(facts.firsts):
        shown = [r for r in facts.firsts[rel_type] if not _is_mention(node_id, r)]
        if shown:
            groups[rel_type] = [related_out(node_id, r, facts.others, facts.docs) for r in shown]
            counts[rel_type] = facts.totals[rel_type] - (len(facts.firsts[rel_type]) - len(shown))
    mentions = [r for r in facts.firsts.get("MENTIONED_IN", []) if _is_mention(node_id, r)]
    return {"node": core.node_out(facts.node), "aliases": list(facts.node.properties.get("aliases") or []),
            "relationships": groups, "counts": counts, "next": cursors,
            "documents": [{**pick(facts.others, r.end), "count": r.properties.get("count")} for r in mentions],
            "documents_count": facts.totals.get("MENTIONED_IN", 0) - counts.get("MENTIONED_IN", 0)}


def _cursor(shown: list[Relationship], total: int) -> str | None:
    return rel_key(shown[-1]) if shown and len(shown) < total else None


def relationships_page(store: GraphStore, node_id: str, rel_type: str, after: str | None = None,
                       limit: int = FIRST) -> dict:
    """The facts of one type after the cursor `after` (a relationship id), in id order."""
    core.check_types([rel_type], "type")
    limit = min(limit, PAGE_MAX)
    neo4j = core.neo4j(store)
    if neo4j:
        label = core.label_of(node_id)
        rows = core.run(neo4j, "entity_page", {"label": label or "Entity", "type": core.type_pattern([rel_type])},
                        id=node_id, after=after or "", limit=limit + 1)
        if not rows:
            core.require(store, node_id, "entity")
        docs: dict[str, Node] = {}
        found = [rel_of(row, docs) for row in rows]
        others = {row["other"]["id"]: node_of(row["other"]) for row in rows}
    else:
        core.require(store, node_id, "entity")
        found = sorted((r for r in core.rels(store, node_id, "both", [rel_type]) if rel_key(r) > (after or "")),
                       key=rel_key)[:limit + 1]
        others = core.nodes_by_id(store, (r.end if r.start == node_id else r.start for r in found[:limit]))
        docs = core.documents_of(store, found[:limit])
    page = found[:limit]
    return {"id": node_id, "type": rel_type, "items": [related_out(node_id, r, others, docs) for r in page],
            "next": rel_key(page[-1]) if len(found) > limit else None}


def positions(store: GraphStore, person_id: str, as_of: str | None = None) -> dict:
    """The bodies a person heads, holds a post in or belongs to, in force on `as_of` (all
    when no date), with the others `also_reported` and why they were set aside."""
    neo4j = core.neo4j(store)
    if neo4j:
        rows = core.run(neo4j, "positions", id=person_id)
        if not rows:
            core.require(store, person_id, "person", "Person")
        docs: dict[str, Node] = {}
        found = [rel_of(row, docs) for row in rows]
        others = {row["other"]["id"]: node_of(row["other"]) for row in rows}
    else:
        core.require(store, person_id, "person", "Person")
        found = sorted(core.rels(store, person_id, "out", POSITION_TYPES), key=rel_key)
        others = core.nodes_by_id(store, (r.end for r in found))
        docs = core.documents_of(store, found)
    current = [r for r in found if core.in_force(r.properties, as_of)]
    return {"person": person_id, "as_of": as_of, "tolerance_days": core.TOLERANCE.days,
            "positions": [related_out(person_id, r, others, docs) for r in current],
            "also_reported": [{**related_out(person_id, r, others, docs), "reason": f"not in force on {as_of}"}
                              for r in found if r not in current]}
