"""What a Neo4j write sends and reads (graph/neo4j_store.py writes with these): the query
templates as sent, the rows of write_*.cypher, the ids a write reads in its one look-up, and the
Evidence records of documents written together."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from graph import ontology
from graph.document import GraphDocument
from graph.identity import name_keys_of, namekey_id
from graph.document import Node
from graph.provenance import OBSERVED, records
from graph.redirects import redirect_id, referenced_ids

# An Evidence record's fact and its type are its row's: set in Cypher, not sent again.
RECORD_OF_ROW = ("fact", "fact_type")


def template(path: Path) -> str:
    """A .cypher file without its comment lines: each write sends its queries' text, and the
    comments were most of it (~3 kB a query)."""
    text = path.read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def write_row(item_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A node's or relationship's row for write_*.cypher: its id, its non-null properties but the
    id (the MERGE sets it) and, if any, the names of its list properties."""
    props = {k: v for k, v in properties.items() if v is not None and k != "id"}
    out = {"id": item_id, "props": props}
    lists = [k for k, v in props.items() if isinstance(v, list)]
    if lists:  # absent: none (the templates read a missing list as empty)
        out["lists"] = lists
    return out


def foreseen(doc: GraphDocument, onto: ontology.Ontology) -> list[str]:
    """The ids a write of `doc` reads (graph/redirects.py, graph/identity.py, the label check,
    the Evidence records' dates): every id it names, their redirects, the name keys of its
    entities and the reports its facts cite."""
    named = referenced_ids(doc)
    keys = {namekey_id(k) for n in doc.nodes for k, _ in name_keys_of(n, onto)}
    cited = {s for r in doc.relationships for s in r.properties.get("sources") or ()}
    return sorted(named | {redirect_id(i) for i in named} | keys | cited)


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
    own `observed`), for documents written together."""
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for doc in docs:
        published = {n.id: n.properties.get("published") for n in doc.nodes if "Document" in n.labels}
        for rel in doc.relationships:
            rel_id = rel.id
            for record in records(rel_id, rel.type, rel.properties, published):
                out[rel_id].setdefault(record["id"], record)
    return {rel_id: list(found.values()) for rel_id, found in out.items()}
