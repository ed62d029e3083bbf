"""The Neo4j store: the official driver, one managed transaction per document written; its
reads are graph/neo4j_read.py's.

Labels and relationship types cannot be Cypher parameters; the templates below take them only
from the ontology (checked by graph/cypher_names.py), and every value travels as a parameter.
"""
from __future__ import annotations

import gc
import logging
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterator

import neo4j
from neo4j.exceptions import Neo4jError

from graph import ontology
from graph.constraints import constraint_statements
from graph.cypher_names import identifier
from graph.document import GraphDocument, Node, Relationship
from graph.store import GraphStore, StoreError, WriteResult
from graph.identity import identify
from graph.neo4j_link import Neo4jLink
from graph.neo4j_read import Neo4jReads
from graph.neo4j_write import Writes, evidence_by_document, foreseen, observed
from graph.redirects import follow, referenced_ids, resolve
from graph.write_plan import WritePlan, plan, prepare, prepare_many

# What a write reads of the nodes it names: the bookkeeping whole (redirects, name keys), a
# report's date (an Evidence record's default `observed`), of other nodes only the labels.
WRITE_READ = {"Redirect": "properties(n)", "NameKey": "properties(n)", "Document": "n {.published}"}

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
SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"
SHOW_INDEXES = "SHOW INDEXES YIELD name RETURN name"
CLEAR = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
# A bulk write that falls back to one transaction per document is logged: it costs ~10x.
log = logging.getLogger(__name__)


class Neo4jStore(Neo4jReads, Neo4jLink, GraphStore):
    kind = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None):
        super().__init__(uri, (user, password) if user else None, database)
        self.onto = ontology.load()
        self._labels: dict[str, str | None] = {}  # an id prefix's label (a write asks ~300 times)
        self._writes = Writes(self.onto, identifier)


    def _label_for(self, node_id: str) -> str | None:
        prefix = node_id.split(":", 1)[0]
        try:
            return self._labels[prefix]
        except KeyError:
            cls = self.onto.class_for_id(node_id)
            label = self._labels[prefix] = identifier(cls) if cls else None
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
        except (Neo4jError, ValueError, KeyError, TypeError, StoreError) as exc:
            log.warning("bulk write of %d documents failed, each written alone: %s", len(docs), exc)
            return [self._write_one(doc, source) for doc, source in docs]
        # The combined counts, reported on the first document (which ones created what is lost).
        return [first] + [WriteResult() for _ in docs[1:]]

    def _write_together(self, docs: list[tuple[GraphDocument, str | None]]) -> WriteResult:
        """The bulk write's work, in a function of its own: what it builds is freed on return,
        so the collection that follows the pause walks only what outlives it (it walked every
        plan, row and record: ~5 ms of a 50-report chunk)."""
        # Nothing below changes a node or fact it is given (each merge or move makes a new one),
        # so the documents are not copied.
        prepared = prepare_many(docs, self.onto)
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
        named = referenced_ids(doc)
        known = self._fetch(tx, foreseen(doc, self.onto, evidence, named), WRITE_READ, absent=True)

        def fetch(ids: list[str]) -> list[Node]:
            missing = [i for i in ids if i not in known]
            if missing:
                known.update(self._fetch(tx, missing, WRITE_READ, absent=True))
            return [known[i] for i in ids if known.get(i)]
        doc = identify(follow(doc, resolve(named, fetch)), self.onto, fetch)
        # Only the labels of what is stored are read (to check and merge labels); the
        # properties are merged in the database (write_nodes.cypher), which locks each node.
        stored = {n.id: n.labels for n in fetch(list(referenced_ids(doc)))}
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
            FETCH_PART.format(i=i, label=identifier(cls), props="properties(n)" if properties is None
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
                labels = ":".join(identifier(label) for label in node.labels)
                nodes[(self._label_for(node.id), labels)].append({"id": node.id, "props": node.properties})
            for (label, labels), rows in nodes.items():
                tx.run(PUT_NODES.format(label=label, labels=labels), rows=rows).consume()
            rels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
            for rel in doc.relationships:
                key = (self._label_for(rel.start), self._label_for(rel.end), identifier(rel.type))
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

