"""The Neo4j store: the official driver, one managed transaction per document.

Labels and relationship types cannot be Cypher parameters; the templates below take them only
from the ontology (checked by `_identifier`), and every value travels as a parameter.
"""
from __future__ import annotations

import gc
import re
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Iterator

import neo4j
from neo4j.exceptions import Neo4jError

from graph import ontology
from graph.constraints import constraint_statements
from graph import cypher_run
from graph.document import GraphDocument, Node, Relationship
from graph.store import (Counts, Direction, GraphStore, NodeFilter, StoreError, StoreUnavailable,
                         WriteResult)
from graph.identity import identify
from graph.neo4j_link import Neo4jLink
from graph.neo4j_write import Writes, evidence_by_document, foreseen, observed
from graph.redirects import follow, referenced_ids, resolve
from graph.write_plan import WritePlan, plan, prepare

BATCH = 1000
# What a write reads of the nodes it names: the bookkeeping whole (redirects, name keys), a
# report's date (an Evidence record's default `observed`), of other nodes only the labels.
WRITE_READ = {"Redirect": "properties(n)", "NameKey": "properties(n)", "Document": "n {.published}"}
# Analysts' answers: at most this many bytes of JSON rows.
CYPHER_BYTE_CAP = 10_000_000
EVIDENCE_OF = """
MATCH (e:Evidence {fact: $fact})
WHERE $after IS NULL OR e.id > $after
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props
ORDER BY e.id LIMIT $limit
"""

# {label} and {type} are ontology names; everything else is a parameter.
# Nodes by id, one part per id label (each an index seek) joined by UNION ALL: one round trip,
# and one record of lists (decoding a record per node was most of a write's read in Python).
FETCH = "CALL () {{{parts}}}\nRETURN collect([id, labels, props]) AS found"
FETCH_PART = """
UNWIND $ids{i} AS id
MATCH (n:{label} {{id: id}})
RETURN n.id AS id, labels(n) AS labels, {props} AS props
"""
PUT_NODES = """
UNWIND $rows AS row
MERGE (n:{label} {{id: row.id}})
SET n = row.props, n.id = row.id
SET n:{labels}
"""
PUT_RELATIONSHIPS = """
UNWIND $rows AS row
MATCH (a:{start} {{id: row.start}})
MATCH (b:{end} {{id: row.end}})
MERGE (a)-[r:{type} {{id: row.id}}]->(b)
SET r = row.props, r.id = row.id
"""
DELETE_NODES = """
UNWIND $ids AS id
MATCH (n:{label} {{id: id}})
DETACH DELETE n
"""
NODE_RELATIONSHIPS = {
    "out": "MATCH (n:{label} {{id: $id}})-[r]->(m) WHERE $types IS NULL OR type(r) IN $types "
           "RETURN type(r) AS type, n.id AS start, m.id AS end, properties(r) AS props",
    "in": "MATCH (n:{label} {{id: $id}})<-[r]-(m) WHERE $types IS NULL OR type(r) IN $types "
          "RETURN type(r) AS type, m.id AS start, n.id AS end, properties(r) AS props",
}
FULLTEXT_SEARCH = """
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props
"""
SHORTEST_PATHS = """
MATCH (a:{start} {{id: $start}}), (b:{end} {{id: $end}})
MATCH p = allShortestPaths((a)-[*..{max_length}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) <> 'MENTIONED_IN' AND ($types IS NULL OR type(r) IN $types))
RETURN [r IN relationships(p) | {{type: type(r), start: startNode(r).id, end: endNode(r).id,
                                  props: properties(r)}}] AS rels
LIMIT $limit
"""
COUNT_NODES = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
EXPORT_NODES = ("MATCH (n) WHERE elementId(n) > $after RETURN elementId(n) AS key, n.id AS id, "
                "labels(n) AS labels, properties(n) AS props ORDER BY key LIMIT $limit")
EXPORT_RELATIONSHIPS = ("MATCH (a)-[r]->(b) WHERE elementId(r) > $after RETURN elementId(r) AS key, "
                        "type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props "
                        "ORDER BY key LIMIT $limit")
SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"
CLEAR = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
RELATIONSHIP_BY_ID = ("MATCH (a)-[r:{type} {{id: $id}}]->(b) "
                      "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props")

LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def _identifier(name: str) -> str:
    if not re.fullmatch(r"[A-Z][A-Za-z_]*", name):
        raise StoreError(f"{name!r} is not an ontology label or type")
    return f"`{name}`"


def lucene_query(text: str) -> str:
    """Each word as an exact, prefix and fuzzy term; the user's text is escaped, never syntax."""
    words = [LUCENE_SPECIAL.sub(r"\\\1", w) for w in re.findall(r"\w+", text.lower())]
    return " AND ".join(f"({w} OR {w}* OR {w}~)" if len(w) > 3 else f"({w} OR {w}*)" for w in words)


class Neo4jStore(Neo4jLink, GraphStore):
    kind = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        super().__init__(uri, (user, password) if user else None, database)
        self.onto = ontology.load()
        self._labels: dict[str, str | None] = {}  # an id prefix's label (a write asks ~300 times)
        self._writes = Writes(self.onto, _identifier)

    def _read(self, cypher: str, /, **params: Any) -> list[dict]:
        return self._read_once(lambda tx: [r.data() for r in tx.run(cypher, params)])

    def read(self, cypher: str, /, **params: Any) -> list[dict]:
        """One question's query in one read transaction: one driver call (graph/queries). Its
        rows are maps and lists already (the questions return no graph objects), taken as the
        driver decoded them: `Record.data()` would walk every value of a large answer again."""
        return self._read_once(lambda tx: [dict(r) for r in tx.run(cypher, params)])

    def _label_for(self, node_id: str) -> str | None:
        prefix = node_id.split(":", 1)[0]
        try:
            return self._labels[prefix]
        except KeyError:
            cls = self.onto.class_for_id(node_id)
            label = self._labels[prefix] = _identifier(cls) if cls else None
            return label

    # -- schema ------------------------------------------------------------------------------
    def init_schema(self) -> None:
        self.require_version()
        with self._session() as session:
            for statement in constraint_statements(self.onto):
                session.run(statement).consume()

    def schema_names(self) -> list[str]:
        rows = self._read(SHOW_CONSTRAINTS) + self._read(SHOW_INDEXES)
        return sorted(r["name"] for r in rows)

    # -- writing -----------------------------------------------------------------------------
    def write(self, doc: GraphDocument, source: str | None = None, delete: tuple[str, ...] = ()) -> WriteResult:
        doc = prepare(doc, self.onto, source)
        try:
            changes = self._write(self._write_tx, doc, source, tuple(delete), evidence_by_document([doc]))
        except Neo4jError as exc:
            raise StoreError(f"{source + ': ' if source else ''}Neo4j refused the document: {exc.message}") from exc
        return WriteResult(changes.nodes_created, changes.nodes_updated,
                           changes.relationships_created, len(changes.relationships) - changes.relationships_created)

    def write_many(self, docs: list[tuple[GraphDocument, str | None]]) -> list[WriteResult | Exception]:
        """Bulk mode for initial loads: the documents merged together and written in one
        transaction, as if written one after another. If that fails, each is written alone, so
        each stays all-or-nothing and a bad one fails by itself."""
        try:
            with collector_paused():
                first = self._write_together(docs)
        except (Neo4jError, ValueError, KeyError, TypeError, StoreError):
            return [self._write_one(doc, source) for doc, source in docs]
        # The combined counts, reported on the first document (which ones created what is lost).
        return [first] + [WriteResult() for _ in docs[1:]]

    def _write_together(self, docs: list[tuple[GraphDocument, str | None]]) -> WriteResult:
        """The bulk write's work, in a function of its own: what it builds is freed on return,
        so the collection that follows the pause walks only what outlives it (it walked every
        plan, row and record: ~5 ms of a 50-report chunk)."""
        # Nothing below changes a node or fact it is given (each merge or move makes a new one),
        # so the documents are not copied.
        prepared = [prepare(doc, self.onto, source, copied=False) for doc, source in docs]
        combined = GraphDocument.combined(prepared)  # normalised each already: not copied again
        changes = self._write(self._write_tx, combined, None, (), evidence_by_document(prepared))
        return WriteResult(changes.nodes_created, len(changes.nodes) - changes.nodes_created,
                           changes.relationships_created, len(changes.relationships) - changes.relationships_created)

    def _write_one(self, doc: GraphDocument, source: str | None) -> WriteResult | Exception:
        try:
            return self.write(doc, source)
        except (ValueError, KeyError, TypeError, StoreError) as exc:
            return exc

    def _write_tx(self, tx: neo4j.ManagedTransaction, doc: GraphDocument, source: str | None,
                  delete: tuple[str, ...], evidence: dict[str, list[dict]]) -> WritePlan:
        """`evidence`: the Evidence records of `doc`'s facts (graph/neo4j_write.py
        evidence_by_document)."""
        # What the redirects, the name keys, the label check and the new facts will ask for is
        # read in one query; only an id none of them could foresee (a merge target, a fact the
        # identities moved) costs another.
        known = self._fetch(tx, foreseen(doc, self.onto, evidence), WRITE_READ, absent=True)

        def fetch(ids: list[str]) -> list[Node]:
            missing = [i for i in ids if i not in known]
            if missing:
                known.update(self._fetch(tx, missing, WRITE_READ, absent=True))
            return [known[i] for i in ids if known.get(i)]
        doc = identify(follow(doc, resolve(referenced_ids(doc), fetch)), self.onto, fetch)
        # Only the labels of what is stored are read (to check and merge labels); the
        # properties are merged in the database (write_nodes.cypher), which locks each node.
        ends = {e for r in doc.relationships for e in (r.start, r.end)}
        stored = {n.id: n.labels for n in fetch(sorted(ends | {n.id for n in doc.nodes}))}
        stored_nodes = {n.id: Node(n.id, stored[n.id]) for n in doc.nodes if n.id in stored}
        # A bad relationship end raises here, and the transaction rolls back whole.
        changes = plan(doc, self.onto, source, stored_nodes, {}, stored, evidence)
        observed(changes.evidence, doc, known)
        # Nodes the look-up did not find: none of their facts can be stored yet, unless another
        # transaction stored the node meanwhile (found by the node write).
        new = {n.id for n in doc.nodes if n.id not in stored}
        created = new - self._write_nodes(tx, changes.nodes, new)
        # A fact with an end created here is new: which of its records are stored (left by a
        # deleted fact) was read ahead, and no other transaction can write it before this one
        # commits (it would wait for the created node).
        held = {n.id for n in fetch([record["id"] for rel_id, rel in changes.relationships
                                     if rel.start in created or rel.end in created
                                     for record in changes.evidence[rel_id]])}
        changes.relationships_created = self._write_relationships(tx, changes.relationships, changes.evidence,
                                                                  created, held)
        self._delete_nodes(tx, delete)
        return changes

    def _delete_nodes(self, tx: neo4j.ManagedTransaction, ids: tuple[str, ...]) -> None:
        by_label: dict[str, list[str]] = defaultdict(list)
        for node_id in ids:
            by_label[self._label_for(node_id)].append(node_id)
        for label, group in by_label.items():
            tx.run(DELETE_NODES.format(label=label), ids=group).consume()

    def _fetch(self, tx: neo4j.ManagedTransaction, ids: list[str], properties: dict[str, str] | None = None,
               absent: bool = False) -> dict[str, Node | None]:
        """The stored nodes among `ids`, in one query, with what `properties` says to read of their
        id label (a Cypher map of `n`; all properties when None, none for a label it omits) and
        their labels; with `absent`, the ids not stored are kept as None (known to be absent)."""
        by_label: dict[str, list[str]] = defaultdict(list)
        for node_id in ids:
            cls = self.onto.class_for_id(node_id)
            if cls:  # an id of no known class is stored nowhere
                by_label[cls].append(node_id)
        found: dict[str, Node | None] = dict.fromkeys(ids) if absent else {}
        if not by_label:
            return found
        groups = sorted(by_label.items())
        query = FETCH.format(parts="UNION ALL".join(
            FETCH_PART.format(i=i, label=_identifier(cls), props="properties(n)" if properties is None
                              else properties.get(cls, "{}")) for i, (cls, _) in enumerate(groups)))
        rows = tx.run(query, {f"ids{i}": group for i, (_, group) in enumerate(groups)}).single()["found"]
        found.update((node_id, Node(node_id, labels, props)) for node_id, labels, props in rows)
        return found

    # The two writes of graph/neo4j_write.py, as methods: a test fails one half-way.
    def _write_nodes(self, tx: neo4j.ManagedTransaction, nodes: list[Node], new: set[str]) -> set[str]:
        return self._writes.nodes(tx, nodes, self._label_for, new)

    def _write_relationships(self, tx: neo4j.ManagedTransaction, rels: list[tuple[str, Relationship]],
                             evidence: dict[str, list[dict]], created: set[str], held: set[str]) -> int:
        return self._writes.relationships(tx, rels, evidence, self._label_for, created, held)

    def put(self, doc: GraphDocument) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            nodes: dict[tuple[str, str], list[dict]] = defaultdict(list)
            for node in doc.nodes:
                labels = ":".join(_identifier(label) for label in node.labels)
                nodes[(self._label_for(node.id), labels)].append({"id": node.id, "props": node.properties})
            for (label, labels), rows in nodes.items():
                tx.run(PUT_NODES.format(label=label, labels=labels), rows=rows).consume()
            rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
            for rel in doc.relationships:
                key = (self._label_for(rel.start), self._label_for(rel.end), _identifier(rel.type))
                rels[key].append({"id": rel.properties.get("id") or rel.id, "start": rel.start, "end": rel.end,
                                  "props": rel.properties})
            for (start, end, rel_type), rows in rels.items():
                tx.run(PUT_RELATIONSHIPS.format(start=start, end=end, type=rel_type), rows=rows).consume()

        try:
            self._write(work)
        except Neo4jError as exc:
            raise StoreError(f"Neo4j refused the batch: {exc.message}") from exc

    def clear(self) -> None:
        with self._session() as session:
            session.run(CLEAR).consume()

    # -- reading -----------------------------------------------------------------------------
    def get_nodes(self, ids: list[str]) -> list[Node]:
        ids = [i for i in dict.fromkeys(ids) if self._label_for(i)]
        found = self._read_once(self._fetch, ids)
        return [found[i] for i in ids if i in found]

    def relationships(self, node_id: str, direction: Direction = "both",
                      types: list[str] | None = None) -> list[Relationship]:
        label = self._label_for(node_id)
        if not label:
            return []
        rows = []
        for side in (("out", "in") if direction == "both" else (direction,)):
            rows += self._read(NODE_RELATIONSHIPS[side].format(label=label), id=node_id, types=types)
        seen, out = set(), []
        for r in rows:
            key = r["props"].get("id") or (r["type"], r["start"], r["end"])
            if key not in seen:  # a self-loop comes back on both sides
                seen.add(key)
                out.append(Relationship(r["type"], r["start"], r["end"], r["props"]))
        return out

    def find_nodes(self, query: NodeFilter) -> list[Node]:
        label = _identifier(query.label)
        conditions, params = [], {}
        for i, (key, value) in enumerate(sorted(query.equals.items())):
            conditions.append(f"n.{_property(key)} = $v{i}")
            params[f"v{i}"] = value
        date = _property(query.date_property)
        if query.date_from:
            conditions.append(f"n.{date} >= $date_from")
            params["date_from"] = query.date_from
        if query.date_to:
            conditions.append(f"n.{date} <= $date_to")
            params["date_to"] = query.date_to
        where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
        limit = "LIMIT $limit" if query.limit else ""
        rows = self._read(f"MATCH (n:{label}) {where}RETURN n.id AS id, labels(n) AS labels, "
                          f"properties(n) AS props ORDER BY n.id {limit}", limit=query.limit, **params)
        return [Node(r["id"], r["labels"], r["props"]) for r in rows]

    def search_candidates(self, text: str, label: str | None = None, limit: int = 50) -> list[Node]:
        query = lucene_query(text)
        if not query:
            return []
        rows = self._read(FULLTEXT_SEARCH, index=self.onto.fulltext["name"], query=query, label=label, limit=limit)
        return [Node(r["id"], r["labels"], r["props"]) for r in rows]

    def shortest_paths(self, start: str, end: str, max_length: int,
                       types: list[str] | None = None, limit: int = 10) -> list[list[Relationship]]:
        start_label, end_label = self._label_for(start), self._label_for(end)
        if not (start_label and end_label) or start == end:
            return []
        query = SHORTEST_PATHS.format(start=start_label, end=end_label, max_length=int(max_length))
        rows = self._read(query, start=start, end=end, types=types, limit=limit)
        return [[Relationship(r["type"], r["start"], r["end"], r["props"]) for r in row["rels"]] for row in rows]

    def counts(self) -> Counts:
        by_label = {r["label"]: r["n"] for r in self._read(COUNT_NODES)}
        by_type = {r["type"]: r["n"] for r in self._read(COUNT_RELATIONSHIPS)}
        # Name keys are an index kept as nodes (graph/identity.py), not part of the graph's size.
        nodes = self._read("MATCH (n) RETURN count(n) AS n")[0]["n"] - by_label.get("NameKey", 0)
        return Counts(nodes, sum(by_type.values()), dict(sorted(by_label.items())), dict(sorted(by_type.items())))

    def export(self) -> Iterator[GraphDocument]:
        after = ""
        while rows := self._read(EXPORT_NODES, after=after, limit=BATCH):
            yield GraphDocument([Node(r["id"], r["labels"], r["props"]) for r in rows], [])
            after = rows[-1]["key"]
        after = ""
        while rows := self._read(EXPORT_RELATIONSHIPS, after=after, limit=BATCH):
            yield GraphDocument([], [Relationship(r["type"], r["start"], r["end"], r["props"]) for r in rows])
            after = rows[-1]["key"]

    def run_cypher(self, query: str, parameters: dict[str, Any] | None = None, timeout: float = 10.0,
                   row_cap: int = 1000, byte_cap: int = CYPHER_BYTE_CAP) -> tuple[list[str], list[list[Any]], bool]:
        """An analyst's query, if its EXPLAIN plan is a plain read (cypher_policy), run once in a
        child process (graph/cypher_run): the answer is cut at `row_cap` rows or `byte_cap`
        bytes of JSON, and `timeout` covers all of it, a single huge record included."""
        self._refuse_while_down()
        target = {"uri": self.uri, "auth": self.auth, "database": self.database}
        try:
            return cypher_run.run(target, query, parameters or {}, timeout, row_cap, byte_cap)
        except StoreUnavailable:
            self._down_since = time.monotonic()
            raise

    def evidence(self, fact_id: str, after: str | None = None, limit: int = 50) -> list[Node]:
        rows = self._read(EVIDENCE_OF, fact=fact_id, after=after, limit=limit)
        return [Node(r["id"], r["labels"], r["props"]) for r in rows]

    # -- curation ----------------------------------------------------------------------------
    def get_relationship(self, rel_id: str) -> Relationship | None:
        # One index seek per type (rel_<type>_id); a type-less MATCH would scan every relationship.
        query = "\nUNION ALL\n".join(RELATIONSHIP_BY_ID.format(type=_identifier(t)) for t in self.onto.relationships)
        rows = self._read(query, id=rel_id)
        return Relationship(rows[0]["type"], rows[0]["start"], rows[0]["end"], rows[0]["props"]) if rows else None


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off for a bulk write: its ~100k short-lived objects (rows,
    records, copies; freed by reference counting) set off collections that walk every object the
    process holds (a loader's model, its documents), ~20 ms of a 50-report chunk's ~150 ms of
    Python in graph/bench_write.py. It runs again as before once the write is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _property(name: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise StoreError(f"{name!r} is not an ontology property")
    return f"`{name}`"
