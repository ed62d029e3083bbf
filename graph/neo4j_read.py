"""What the Neo4j store answers (graph/store.py's reads): nodes and relationships by id, a
node's relationships, nodes by label and property, name search, shortest paths, counts, the
export, a fact's Evidence records and analysts' Cypher. Every read is one query in one read
transaction (graph/neo4j_link.py); a node is found by its id label's index."""
from __future__ import annotations

import re
import time
from typing import Any, Iterator

from graph import cypher_run
from graph.cypher_names import identifier, property_name
from graph.document import GraphDocument, Node, Relationship
from graph.store import Counts, Direction, NodeFilter, StoreUnavailable

BATCH = 1000
# Analysts' answers: at most this many bytes of JSON rows.
CYPHER_BYTE_CAP = 10_000_000
EVIDENCE_OF = """
MATCH (e:Evidence {fact: $fact})
WHERE $after IS NULL OR e.id > $after
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props
ORDER BY e.id LIMIT $limit
"""
# {label} and {type} are ontology names; everything else is a parameter.
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
RELATIONSHIP_BY_ID = ("MATCH (a)-[r:{type} {{id: $id}}]->(b) "
                      "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props")

LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_query(text: str) -> str:
    """Each word as an exact, prefix and fuzzy term; the user's text is escaped, never syntax."""
    words = [LUCENE_SPECIAL.sub(r"\\\1", w) for w in re.findall(r"\w+", text.lower())]
    return " AND ".join(f"({w} OR {w}* OR {w}~)" if len(w) > 3 else f"({w} OR {w}*)" for w in words)


class Neo4jReads:
    """The reads of graph/neo4j_store.py's Neo4jStore, which gives them its connection
    (`_read_once`), its ontology, `_label_for` (an id's label) and `_fetch` (nodes by id)."""

    def _read(self, cypher: str, /, **params: Any) -> list[dict]:
        return self._read_once(lambda tx: [r.data() for r in tx.run(cypher, params)])

    def read(self, cypher: str, /, **params: Any) -> list[dict]:
        """One question's query in one read transaction: one driver call (graph/queries). Its
        rows are maps and lists already (the questions return no graph objects), taken as the
        driver decoded them: `Record.data()` would walk every value of a large answer again."""
        return self._read_once(lambda tx: [dict(r) for r in tx.run(cypher, params)])

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
        label = identifier(query.label)
        conditions, params = [], {}
        for i, (key, value) in enumerate(sorted(query.equals.items())):
            conditions.append(f"n.{property_name(key)} = $v{i}")
            params[f"v{i}"] = value
        date = property_name(query.date_property)
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

    def get_relationship(self, rel_id: str) -> Relationship | None:
        # One index seek per type (rel_<type>_id); a type-less MATCH would scan every relationship.
        query = "\nUNION ALL\n".join(RELATIONSHIP_BY_ID.format(type=identifier(t)) for t in self.onto.relationships)
        rows = self._read(query, id=rel_id)
        return Relationship(rows[0]["type"], rows[0]["start"], rows[0]["end"], rows[0]["props"]) if rows else None
