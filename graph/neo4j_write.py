"""What a Neo4j write sends and reads (graph/neo4j_store.py writes with these): the queries as
sent, the rows of write_*.cypher, the ids a write reads in its one look-up, and the Evidence
records of documents written together.

A write is three or four queries whatever the document holds: the look-up, one query merging
every node (a part per id label), one merging every relationship with its provenance (a part per
type and pair of end labels) and, for the facts with an end the write created, the same query
creating them instead. One query per label set and type was 11 round trips a report,
each paid again in latency and planning on a loaded server (issue 12 item 4)."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import neo4j

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from graph.identity import name_keys_of, namekey_id
from graph.provenance import EVIDENCE_KEPT, OBSERVED, records, summarise
from graph.redirects import redirect_id

CYPHER = Path(__file__).with_name("cypher")
# Rows of one part in one query: a larger group is sent in several queries, in order.
BATCH = 1000


def template(path: Path) -> str:
    """A .cypher file without its comment lines: each write sends its queries' text, and the
    comments were most of it (~3 kB a query)."""
    text = path.read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


WRITE_NODES = template(CYPHER / "write_nodes.cypher")
NODE_PART = template(CYPHER / "write_node_part.cypher")
WRITE_RELATIONSHIPS = {"MERGE": template(CYPHER / "write_relationships.cypher"),
                       "CREATE": template(CYPHER / "write_new_relationships.cypher")}
RELATIONSHIP_PART = template(CYPHER / "write_relationship_part.cypher")
# What a relationship part does with its facts, by write (write_relationship_part.cypher {then}).
RELATIONSHIP_PART_THEN = {"MERGE": "RETURN r, row", "CREATE": template(CYPHER / "write_new_relationship_rows.cypher")}


@lru_cache(maxsize=16)
def nodes_query(labels: tuple[str, ...]) -> str:
    """The query merging nodes of these id labels (checked identifiers), part i from $parts.nodes{i}."""
    return WRITE_NODES.format(parts="\nUNION ALL\n".join(
        NODE_PART.format(i=i, label=label) for i, label in enumerate(labels)))


@lru_cache(maxsize=16)
def relationships_query(ends: tuple[tuple[str, str, str], ...], write: str = "MERGE") -> str:
    """The query merging relationships of these (start label, end label, type) (checked
    identifiers), part i from $parts.rels{i}; it returns how many facts were new. With `write`
    CREATE, the query for facts known to be new (an end created by the same write)."""
    return WRITE_RELATIONSHIPS[write].format(parts="\nUNION ALL\n".join(
        RELATIONSHIP_PART.format(i=i, start=start, end=end, type=rel_type, write=write,
                                 then=RELATIONSHIP_PART_THEN[write])
        for i, (start, end, rel_type) in enumerate(ends)))


class Parts(dict):
    """A query's rows by part (`parts` of write_*.cypher), printed as their count: the driver
    formats every parameter of a query for its debug log line before it knows whether the line
    is logged (Bolt `run` of neo4j 5), ~14 ms of a 50-report bulk chunk's Python for ~1.3 MB of
    rows; the rows themselves are packed as any map."""

    def __repr__(self) -> str:
        return f"<{sum(map(len, self.values()))} rows in {len(self)} parts>"


def _batches(keys: tuple, groups: dict[Any, list[dict]], name: str) -> list[dict[str, Parts]]:
    """The parameters of each query: one map `parts` holding part i's rows as `{name}{i}` (a part
    with none is absent), BATCH rows of a part at most in one query (a larger group is sent in
    several, in order). One map, not a parameter per part: the server keys its plan cache by the
    parameters' types, and an empty list is not of a list of maps' type, so a parameter per part
    planned the query again (8-12 s on a loaded machine) for every combination of parts a
    document filled (tests/graph/test_write_plans_frozen.py)."""
    longest = max(map(len, groups.values()), default=0)
    return [{"parts": Parts({f"{name}{i}": rows for i, key in enumerate(keys) if (rows := groups.get(key, [])[start:start + BATCH])})}
            for start in range(0, longest, BATCH)]


class Writes:
    """A store's two writes, over every part its ontology can fill: the id labels of its classes
    and each relationship type with the pairs of end labels it joins. Each query's text is the same for
    every document, so the server plans it once (a text per combination of the parts present
    was a plan per combination: ~0.7 s each, and loading the example reports planned hundreds);
    a part with no rows costs ~25 µs. `identifier` checks and quotes an ontology name."""

    def __init__(self, onto: ontology.Ontology, identifier: Callable[[str], str]):
        parent = onto.subclass_parent
        self.identifier = identifier
        self._types = {rel_type: identifier(rel_type) for rel_type in onto.relationships}  # checked once, not per fact
        self.labels = tuple(sorted(identifier(c) for c in onto.classes))
        self.ends = tuple(sorted({(identifier(parent.get(a, a)), identifier(parent.get(b, b)), identifier(rel_type))
                                  for rel_type, spec in onto.relationships.items()
                                  for a in spec.sources for b in spec.targets}))

    def nodes(self, tx: neo4j.ManagedTransaction, nodes: list[Node], label_for: Callable[[str], str],
              new: set[str] = frozenset()) -> set[str]:
        """Merge `nodes` (their labels and properties merged with the stored ones:
        graph/write_plan.py); `new`: the ids the write's look-up did not find. Returns those
        of them another transaction stored meanwhile (found, not created, here)."""
        groups: dict[str, list[dict]] = defaultdict(list)
        for node in nodes:
            row = write_row(node.id, node.properties)
            row["labels"] = node.labels
            if node.id in new:
                row["new"] = True
            groups[label_for(node.id)].append(row)
        labels = self.labels + tuple(sorted(set(groups) - set(self.labels)))
        return {node_id for params in _batches(labels, groups, "nodes")
                for node_id in _sent_once(tx, nodes_query(labels), params)["found"]}

    def relationships(self, tx: neo4j.ManagedTransaction, rels: list[tuple[str, Relationship]],
                      evidence: dict[str, list[dict]], label_for: Callable[[str], str],
                      created: set[str] = frozenset(), held: set[str] = frozenset()) -> int:
        """Merge the relationships and their provenance (each one's Evidence records by its id);
        a fact with an end in `created` (nodes this write created) is new, and created with the
        summary of its records but those in `held` (stored already: left by a deleted fact).
        Returns how many were new."""
        groups: dict[str, dict[tuple[str, str, str], list[dict]]] = {"MERGE": defaultdict(list), "CREATE": defaultdict(list)}
        labels: dict[str, str] = {}  # each end's label, asked once (a report's hub is an end of dozens)
        for rel_id, rel in rels:
            found = evidence.get(rel_id, ())
            start, end = rel.start, rel.end
            if start in created or end in created:
                # Nothing stored to merge with: the summary is worked out here, from the records,
                # and is the row's properties as they are (no list is merged: no `lists`).
                write = "CREATE"
                if held:
                    found = [r for r in found if r["id"] not in held]
                props, lists = _without_id_or_nulls(summarise(rel.properties, found)), None
            else:
                write = "MERGE"
                props, lists = _row_properties(rel.properties)
            # The records as they are: those of evidence_by_document leave out what the row says
            # (their fact and its type, set in Cypher); one the plan made holds the same again.
            row = {"id": rel_id, "props": props, "type": rel.type, "start": start, "end": end, "records": found}
            if lists:
                row["lists"] = lists
            start_label = labels.get(start) or labels.setdefault(start, label_for(start))
            end_label = labels.get(end) or labels.setdefault(end, label_for(end))
            rel_type = self._types.get(rel.type) or self.identifier(rel.type)
            groups[write][(start_label, end_label, rel_type)].append(row)
        new = 0
        for write, parts in groups.items():
            # A type and pair the ontology does not join (a store given another ontology's ends)
            # is a part of its own, after the others.
            ends = self.ends + tuple(sorted(set(parts) - set(self.ends)))
            new += sum(_sent_once(tx, relationships_query(ends, write), params, kept=EVIDENCE_KEPT)["created"]
                       for params in _batches(ends, parts, "rels"))
        return new


def _sent_once(tx: neo4j.ManagedTransaction, query: str, params: dict[str, Parts], **extra: Any) -> neo4j.Record:
    """The one record of a write query; its rows are dropped once it has run. The driver's
    Result keeps the parameters it sent, and sits in a reference cycle (its error handler holds
    it), so the rows lived until the next collection, which a bulk write holds off: that one then
    walked and freed ~24,000 of them (4-20 ms of a 50-report chunk)."""
    try:
        return tx.run(query, params, **extra).single()
    finally:
        params["parts"].clear()


def _without_id_or_nulls(props: dict[str, Any]) -> dict[str, Any]:
    """`props` (a dict of the caller's own, changed in place) as a row's `props`: no id, no nulls."""
    props.pop("id", None)
    if None in props.values():
        return {k: v for k, v in props.items() if v is not None}
    return props


def write_row(item_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A node's or relationship's row for write_*.cypher: its id, its non-null properties but the
    id (the MERGE sets it) and, if any, the names of its list properties."""
    props, lists = _row_properties(properties)
    out = {"id": item_id, "props": props}
    if lists:  # absent: none (the templates read a missing list as empty)
        out["lists"] = lists
    return out


def _row_properties(properties: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A row's `props` (the non-null properties but the id) and the names of its list properties,
    in one pass."""
    props: dict[str, Any] = {}
    lists: list[str] = []
    for key, value in properties.items():
        if value is not None and key != "id":
            props[key] = value
            if isinstance(value, list):
                lists.append(key)
    return props, lists


def foreseen(doc: GraphDocument, onto: ontology.Ontology, evidence: dict[str, list[dict]], named: set[str]) -> list[str]:
    """The ids a write of `doc` reads (graph/redirects.py, graph/identity.py, the label check,
    the Evidence records' dates, the records a new fact finds stored): every id it names
    (`named`: redirects.referenced_ids), their redirects, the name keys of its entities, the
    reports its facts cite and the facts' `evidence` records. In no order: the look-up's
    answer is a map."""
    keys = {namekey_id(k) for n in doc.nodes for k, _ in name_keys_of(n, onto)}
    cited = {s for r in doc.relationships for s in r.properties.get("sources") or ()}
    evidence_ids = {record["id"] for found in evidence.values() for record in found}
    return list(named.union(map(redirect_id, named), keys, cited, evidence_ids))


def observed(evidence: dict[str, list[dict]], doc: GraphDocument, known: dict[str, Node | None]) -> None:
    """Give the Evidence records that lack an `observed` their report's date: the stored one (a
    report's date, once stored, is kept: graph/merge.py), else the one `doc` gives. The records
    go to the database complete, so it writes them without looking anything up."""
    dates = {n.id: n.properties.get("published") for n in doc.nodes if "Document" in n.labels}
    dates.update((i, n.properties["published"]) for i, n in known.items()
                 if n is not None and "Document" in n.labels and n.properties.get("published") is not None)
    for found in evidence.values():
        for record in found:
            if OBSERVED not in record and dates.get(record["document"]) is not None:
                record[OBSERVED] = dates[record["document"]]


def evidence_by_document(docs: list[GraphDocument]) -> dict[str, list[dict]]:
    """Each relationship's Evidence records as its own documents ask for them (each with its
    own `observed`), for documents written together: a record (one per fact and report) asked
    for again is the first one's."""
    out: dict[str, list[dict]] = {}
    seen: set[str] = set()
    for doc in docs:
        published = {n.id: n.properties.get("published") for n in doc.nodes if "Document" in n.labels}
        for rel in doc.relationships:
            rel_id = rel.id
            found = out.setdefault(rel_id, [])
            for record in records(rel_id, rel.type, rel.properties, published, of_fact=False):
                if record["id"] not in seen:
                    seen.add(record["id"])
                    found.append(record)
    return out
