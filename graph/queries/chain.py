"""The chain of command as of a date: one line per level, the other candidates `also_reported`
with why they were set aside, and never across a country border.

On Neo4j one query reads it (chain_up: the start, every line upwards, and around every unit
reached its heads, other lines and their places' owners); in memory the store primitives walk
the same steps, reading around the units of the chosen line only.
The choice of the line is the same Python for both.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import networkx as nx

from graph.document import Node, Relationship
from graph.queries import core
from graph.queries.core import NotApplicable, NotFound, edge_out, evidence, node_of, pick, source_count
from graph.store import GraphStore

COMMAND_UP = ["SUBORDINATE_TO", "PART_OF"]             # a unit's line upwards
PERSON_UP = ["HEADS", "MEMBER_OF", "SUBORDINATE_TO"]   # from a person to their units
OTHER_LINES = ["PROVIDES_SECURITY_TO", "BASED_AT"]     # what else binds a unit
PROPERTY_OF = ["OPERATES", "OWNS"]                     # whose property a place is
ARMED = ("PoliceUnit", "MilitaryUnit")
BASIS_RANK = {"statutory": 0, "operational": 1}        # equal evidence: the statutory line first
MAX_CHAIN_DEPTH = 12


@dataclass
class Read:
    """What a store read for one chain: the start, its seeds, the nodes seen, and documents."""
    start: Node
    seeds: list[str]
    nodes: dict[str, Node]
    docs: dict[str, Node] = field(default_factory=dict)


@dataclass
class Line:
    levels: list[list[str]]
    edges: list[Relationship] = field(default_factory=list)
    set_aside: list[tuple[Relationship, str]] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def _not_applicable(node: Node) -> NotApplicable:
    name = core.display_name(node)
    cls = core.onto().class_of(node.labels)
    if cls == "Event":
        return NotApplicable(f"No police or military unit is reported to have taken part in {name}, "
                             "so it has no chain of command.")
    return NotApplicable(f"{name} is a {(cls or 'node').lower()}: a chain of command starts from a unit, "
                         "a person, or an event police or military units took part in.")


def _country(node: Node | None) -> str | None:
    return node.properties.get("country") if node else None


def choose(unit: str, candidates: list[Relationship], nodes: dict[str, Node], country: str | None,
           as_of: str | None) -> tuple[Relationship | None, list[tuple[Relationship, str]], list[str]]:
    """The line upwards from `unit` on `as_of`: in force, in the line's country, the most sources
    (then the statutory basis, then the id); the rest with their reason; the superiors tied with it."""
    set_aside, eligible = [], []
    for r in candidates:
        target_country = _country(nodes.get(r.end))
        if not core.in_force(r.properties, as_of, lasting=True):
            set_aside.append((r, f"not in force on {as_of}"))
        elif country and target_country and target_country != country:
            set_aside.append((r, f"another country: the line is in {country}, {r.end} in {target_country}"))
        else:
            eligible.append(r)
    if not eligible:
        return None, set_aside, []
    eligible.sort(key=lambda r: (-source_count(r), BASIS_RANK.get(r.properties.get("basis"), 2), r.end))
    chosen, tied = eligible[0], []
    for r in eligible[1:]:
        if source_count(r) < source_count(chosen):
            set_aside.append((r, f"weaker evidence: {source_count(r)} source(s) against {source_count(chosen)}"))
        else:
            tied.append(r.end)
            set_aside.append((r, f"as many sources ({source_count(r)}) as the line shown, which goes first "
                                 "by its basis or name"))
    return chosen, set_aside, tied


def climb(seeds: list[str], ups_of: Callable[[str], list[Relationship]], nodes: dict[str, Node],
          as_of: str | None, max_depth: int) -> Line:
    """Level by level from the seeds, one line upwards from each unit."""
    line = Line([list(seeds)])
    country = {s: _country(nodes.get(s)) for s in seeds}
    seen = set(seeds)
    frontier = list(seeds)
    while frontier:
        if len(line.levels) > max_depth:
            line.problems.append({"kind": "truncated", "nodes": frontier,
                                  "message": f"the chain goes on beyond {max_depth} levels; it is cut there"})
            break
        following = []
        for unit in frontier:
            ups = ups_of(unit)
            chosen, set_aside, tied = choose(unit, ups, nodes, country[unit], as_of)
            line.set_aside += set_aside
            if ups and not chosen:
                line.problems.append({"kind": "gap", "nodes": [unit],
                                      "message": f"no line upwards from {unit!r} is in force on {as_of}"})
            if chosen and tied:
                parents = sorted({chosen.end, *tied})
                line.problems.append({"kind": "several_parents", "nodes": [unit, *parents],
                                      "message": f"{unit!r} answers to {len(parents)} superiors equally reported"})
            if chosen:
                line.edges.append(chosen)
                if chosen.end not in seen:
                    seen.add(chosen.end)
                    country[chosen.end] = _country(nodes.get(chosen.end)) or country[unit]
                    following.append(chosen.end)
        if following:
            line.levels.append(following)
        frontier = following
    graph = nx.DiGraph((r.start, r.end) for r in line.edges)
    for cycle in nx.simple_cycles(graph, length_bound=max_depth):
        line.problems.append({"kind": "cycle", "nodes": cycle,
                              "message": "the line of command loops: " + " → ".join(cycle + cycle[:1])})
    return line


def _upwards(unit: str, r: Relationship, nodes: dict[str, Node]) -> bool:
    kinds = PERSON_UP if unit.startswith("person:") else COMMAND_UP
    return r.type in kinds and core.onto().class_for_id(r.end) in ("Organization", "Person")


# -- reading: Neo4j ----------------------------------------------------------------------------
def _read_neo4j(store, node_id: str, max_depth: int) -> tuple[Read, dict[str, list[Relationship]],
                                                               dict[str, list[Relationship]]]:
    """One call (chain_up.cypher): the start, the lines upwards of every unit reached, and
    around each such unit its heads, other lines and the owners of their places."""
    label = core.label_of(node_id)
    rows = core.run(store, "chain_up", {"label": label, "depth": str(int(max_depth))}, id=node_id) if label else []
    if not rows:
        raise NotFound("entity", node_id)
    row = rows[0]
    read = Read(node_of(row), [s["id"] for s in row["seeds"]], {s["id"]: node_of(s) for s in row["seeds"]})
    read.nodes[read.start.id] = read.start
    read.docs = core.documents_in(row["docs"])
    ups: dict[str, list[Relationship]] = {}
    around: dict[str, list[Relationship]] = {"head": [], "line": [], "owner": []}
    seen = set()
    for kind, rel_type, start, end, props, other in row["facts"]:
        r = Relationship(rel_type, start, end, props)
        read.nodes[other["id"]] = node_of(other)
        if kind == "up":
            if _upwards(r.start, r, read.nodes):
                ups.setdefault(r.start, []).append(r)
        elif (kind, core.rel_key(r)) not in seen:  # a place two units' lines reach has its owners once
            seen.add((kind, core.rel_key(r)))
            around[kind].append(r)
    for found in ups.values():
        found.sort(key=core.rel_key)
    return read, ups, around


def _around_neo4j(around: dict[str, list[Relationship]], units: list[str]) -> dict[str, list[Relationship]]:
    """What surrounds the units of the line chosen, in the embedded store's order (unit by unit,
    the owners place by place)."""
    heads = [r for u in units for r in around["head"] if r.end == u]
    lines = [r for u in units for r in around["line"] if r.start == u]
    places = sorted({r.end for r in lines if r.end.startswith("place:")})
    return {"head": heads, "line": lines, "owner": [r for p in places for r in around["owner"] if r.end == p]}


# -- reading: the embedded store ---------------------------------------------------------------
def _read_memory(store: GraphStore, node_id: str) -> Read:
    start = core.require(store, node_id, "entity")
    cls = core.onto().class_of(start.labels)
    if cls in ("Organization", "Person"):
        seeds = [start]
    elif cls == "Event":
        ids = [r.start for r in core.rels(store, node_id, "in", ["PARTICIPATED_IN"])]
        seeds = [n for n in store.get_nodes(sorted(set(ids))) if set(ARMED) & set(n.labels)]
    else:
        seeds = []
    return Read(start, [s.id for s in seeds], {start.id: start, **{s.id: s for s in seeds}})


def _memory_ups(store: GraphStore, read: Read) -> Callable[[str], list[Relationship]]:
    def ups_of(unit: str) -> list[Relationship]:
        found = sorted((r for r in core.rels(store, unit, "out", PERSON_UP if unit.startswith("person:") else COMMAND_UP)
                        if _upwards(unit, r, read.nodes)), key=core.rel_key)
        read.nodes.update(core.nodes_by_id(store, (r.end for r in found if r.end not in read.nodes)))
        return found
    return ups_of


def _around_memory(store: GraphStore, units: list[str], read: Read) -> dict[str, list[Relationship]]:
    heads = [r for u in units for r in core.rels(store, u, "in", ["HEADS"])]
    lines = [r for u in units for r in core.rels(store, u, "out", OTHER_LINES)]
    places = sorted({r.end for r in lines if r.end.startswith("place:")})
    owners = [r for p in places for r in core.rels(store, p, "in", PROPERTY_OF)]
    found = heads + lines + owners
    read.nodes.update(core.nodes_by_id(store, (e for r in found for e in (r.start, r.end) if e not in read.nodes)))
    return {"head": heads, "line": lines, "owner": owners}


# -- the question ------------------------------------------------------------------------------
def chain_of_command(store: GraphStore, node_id: str, as_of: str | None = None,
                     max_depth: int = MAX_CHAIN_DEPTH, event_only: bool = False) -> dict:
    """Upwards along SUBORDINATE_TO and PART_OF from a unit, a person, or the police and military
    units that took part in an event (then `as_of` defaults to the event's date): one line per
    level in force on the date, who heads each level then, every other line binding the units
    (security contracts, bases on company property), and the candidates set aside."""
    neo4j = core.neo4j(store)
    if neo4j:
        read, ups, around_all = _read_neo4j(neo4j, node_id, max_depth)
        ups_of: Callable[[str], list[Relationship]] = lambda unit: ups.get(unit, [])
    else:
        read = _read_memory(store, node_id)
        ups_of = _memory_ups(store, read)
    is_event = "Event" in read.start.labels
    if event_only and not is_event:
        raise NotFound("event", node_id)
    if not read.seeds:
        raise _not_applicable(read.start)
    if is_event and not as_of:
        as_of = read.start.properties.get("date")
    line = climb(read.seeds, ups_of, read.nodes, as_of, max_depth)
    units = [u for level in line.levels for u in level]
    organizations = [u for u in units if not u.startswith("person:")]
    around = _around_neo4j(around_all, organizations) if neo4j else _around_memory(store, organizations, read)
    if not neo4j:
        read.docs = core.documents_of(store, [*line.edges, *(r for r, _ in line.set_aside),
                                              *(r for found in around.values() for r in found)])
    return _answer(read, line, around, as_of)


def _answer(read: Read, line: Line, around: dict[str, list[Relationship]], as_of: str | None) -> dict:
    nodes, docs = read.nodes, read.docs
    heads: dict[str, list[Relationship]] = {}
    heads_aside = []
    for r in sorted(around["head"], key=lambda r: (-source_count(r), r.start)):
        if core.in_force(r.properties, as_of):
            heads.setdefault(r.end, []).append(r)
        else:
            heads_aside.append((r, f"not in force on {as_of}"))
    owners: dict[str, list[Relationship]] = {}
    for r in around["owner"]:
        owners.setdefault(r.end, []).append(r)

    def head_out(r: Relationship) -> dict:
        return {"person": pick(nodes, r.start), "title": r.properties.get("title"), "since": r.properties.get("since"),
                "until": r.properties.get("until"), "evidence": evidence(r, docs)}

    def step_out(r: Relationship) -> dict:
        return {**edge_out(r, docs), "basis": r.properties.get("basis"), "since": r.properties.get("since"),
                "until": r.properties.get("until")}

    def line_out(r: Relationship) -> dict:
        property_of = [{"relation": o.type, "owner": pick(nodes, o.start), "evidence": evidence(o, docs)}
                       for o in owners.get(r.end, [])]
        return {**edge_out(r, docs), "unit": pick(nodes, r.start), "target_node": pick(nodes, r.end),
                "on_property_of": r.properties.get("on_property_of"), "property_of": property_of,
                "on_company_property": bool(r.properties.get("on_property_of")) or any(
                    "Company" in nodes[o.start].labels for o in owners.get(r.end, []) if o.start in nodes)}

    return {
        "start": core.node_out(read.start), "as_of": as_of, "tolerance_days": core.TOLERANCE.days,
        "levels": [{"depth": depth, "nodes": [{**pick(nodes, u), "heads": [head_out(r) for r in heads.get(u, [])]}
                                              for u in level]} for depth, level in enumerate(line.levels)],
        "edges": [step_out(r) for r in line.edges],
        "also_reported": [{**step_out(r), "reason": reason} for r, reason in [*line.set_aside, *heads_aside]],
        "other_lines": [line_out(r) for r in around["line"]],
        "problems": line.problems,
    }
