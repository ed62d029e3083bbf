"""Whole-graph exports: EXPORTERS[format](store, output). The CLI and GET /export/{format} use them.

They read the store through `store.export()`, batch by batch, and write as they read; where a
format needs its header first (GraphML keys, CSV columns) they read twice rather than hold the
graph in memory.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Callable, Iterator
from xml.sax.saxutils import escape, quoteattr

from graph import ontology
from graph.document import Node, Relationship
from graph.store import GraphStore


# The name-key index (graph/identity.py) is the store's own lookup, rebuilt by every write of
# the exported graph: not data an analyst exports, and not counted in `counts().nodes` either.
INDEX_LABELS = {"NameKey"}


def _nodes(store: GraphStore) -> Iterator[Node]:
    for batch in store.export():
        yield from (n for n in batch.nodes if not INDEX_LABELS & set(n.labels))


def _relationships(store: GraphStore) -> Iterator[Relationship]:
    for batch in store.export():
        yield from batch.relationships


def _scalar(value: Any) -> Any:
    """Lists become JSON text where a format has no lists (GraphML)."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


# -- json: a graph document (the scorer's format) ------------------------------------------------
def export_json(store: GraphStore, output: Path) -> None:
    output = Path(output)
    with output.open("w", encoding="utf-8") as fh:
        fh.write('{"nodes": [')
        for i, node in enumerate(_nodes(store)):
            fh.write((",\n" if i else "\n") + json.dumps(node.to_dict(), ensure_ascii=False))
        fh.write('\n], "relationships": [')
        for i, rel in enumerate(_relationships(store)):
            fh.write((",\n" if i else "\n") + json.dumps(rel.to_dict(), ensure_ascii=False))
        fh.write("\n]}\n")


# -- graphml: Gephi, Cytoscape -------------------------------------------------------------------
GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _graphml_keys(items: Iterator[dict[str, Any]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for props in items:
        for k, v in props.items():
            kind = GRAPHML_TYPES.get(type(_scalar(v)), "string")
            keys[k] = kind if keys.get(k, kind) == kind else "string"
    return keys


def export_graphml(store: GraphStore, output: Path) -> None:
    node_keys = {"labels": "string", **_graphml_keys(n.properties for n in _nodes(store))}
    edge_keys = {"type": "string", **_graphml_keys(r.properties for r in _relationships(store))}

    def data(prefix: str, props: dict[str, Any]) -> str:
        return "".join(f'<data key="{prefix}_{escape(k)}">{escape(str(_scalar(v)))}</data>'
                       for k, v in props.items() if v is not None)

    with Path(output).open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for prefix, target, keys in (("n", "node", node_keys), ("e", "edge", edge_keys)):
            for k, kind in keys.items():
                fh.write(f'<key id="{prefix}_{escape(k)}" for="{target}" attr.name={quoteattr(k)} attr.type="{kind}"/>\n')
        fh.write('<graph id="minegraph" edgedefault="directed">\n')
        for node in _nodes(store):
            fh.write(f'<node id={quoteattr(node.id)}>{data("n", {"labels": ":".join(node.labels), **node.properties})}</node>\n')
        for rel in _relationships(store):
            fh.write(f'<edge id={quoteattr(rel.properties.get("id") or rel.id)} source={quoteattr(rel.start)} '
                     f'target={quoteattr(rel.end)}>{data("e", {"type": rel.type, **rel.properties})}</edge>\n')
        fh.write("</graph>\n</graphml>\n")


# -- csv: a folder for `neo4j-admin database import` ---------------------------------------------
ARRAY_DELIMITER = ";"  # neo4j-admin's default


def _csv_type(value: Any) -> str:
    if isinstance(value, list):
        return (_csv_type(value[0]) if value else "string") + "[]"
    return {bool: "boolean", int: "long", float: "double"}.get(type(value), "string")


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else value


def export_csv(store: GraphStore, output: Path) -> None:
    """One nodes file per class and one relationships file per type, with neo4j-admin headers;
    `import.sh` beside them holds the command."""
    onto = ontology.load()
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    node_cols: dict[str, dict[str, str]] = {}
    for node in _nodes(store):
        cols = node_cols.setdefault(onto.class_of(node.labels) or "Other", {})
        for k, v in node.properties.items():
            if k != "id":
                cols.setdefault(k, _csv_type(v))
    rel_cols: dict[str, dict[str, str]] = {}
    for rel in _relationships(store):
        cols = rel_cols.setdefault(rel.type, {})
        for k, v in rel.properties.items():
            cols.setdefault(k, _csv_type(v))

    files: dict[str, tuple[Any, csv.writer]] = {}

    def writer(name: str, header: list[str]) -> csv.writer:
        if name not in files:
            fh = (output / name).open("w", encoding="utf-8", newline="")
            files[name] = (fh, csv.writer(fh))
            files[name][1].writerow(header)
        return files[name][1]

    try:
        for node in _nodes(store):
            cls = onto.class_of(node.labels) or "Other"
            cols = node_cols[cls]
            w = writer(f"nodes_{cls}.csv", ["id:ID", ":LABEL", *(f"{k}:{t}" for k, t in cols.items())])
            w.writerow([node.id, ARRAY_DELIMITER.join(node.labels), *(_csv_value(node.properties.get(k)) for k in cols)])
        for rel in _relationships(store):
            cols = rel_cols[rel.type]
            w = writer(f"relationships_{rel.type}.csv", [":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" for k, t in cols.items())])
            w.writerow([rel.start, rel.end, rel.type, *(_csv_value(rel.properties.get(k)) for k in cols)])
    finally:
        for fh, _ in files.values():
            fh.close()
    args = [f"--nodes={name}" for name in sorted(files) if name.startswith("nodes_")]
    args += [f"--relationships={name}" for name in sorted(files) if name.startswith("relationships_")]
    (output / "import.sh").write_text(
        "#!/bin/sh\n# Run from this folder, with the database stopped.\n"
        f"neo4j-admin database import full --array-delimiter='{ARRAY_DELIMITER}' --overwrite-destination "
        + " ".join(args) + " neo4j\n", encoding="utf-8")


# -- ftm: FollowTheMoney entities for Aleph -----------------------------------------------------
FTM_ORGANIZATIONS = {"Company": "Company", "GovernmentBody": "PublicBody", "PoliceUnit": "PublicBody",
                     "MilitaryUnit": "PublicBody"}


def _ftm_schema(node: Node, onto: ontology.Ontology) -> str | None:
    cls, sub = onto.class_of(node.labels), onto.subclass_of(node.labels)
    return {"Person": "Person", "Organization": FTM_ORGANIZATIONS.get(sub or "", "Organization"),
            "Place": "Address", "Event": "Event", "Document": "Document"}.get(cls or "")


def _ftm_node(node: Node, schema: str):
    from followthemoney import model

    p = node.properties
    entity = model.make_entity(schema)
    entity.id = node.id
    if schema == "Document":
        entity.add("title", p.get("title"))
        entity.add("sourceUrl", p.get("url"))
        entity.add("publishedAt", p.get("published"))
        entity.add("publisher", p.get("publisher"))
        return entity
    entity.add("name", p.get("name"))
    entity.add("alias", p.get("aliases") or [])
    entity.add("description", p.get("description") or p.get("summary"))
    if schema == "Address":
        entity.add("full", p.get("name"))
    if schema == "Event":
        entity.add("date", p.get("date"))
        entity.add("endDate", p.get("end_date"))
    elif p.get("wikidata"):
        entity.add("wikidataId", p.get("wikidata"))
    return entity


def _ftm_relationship(rel: Relationship, schemas: dict[str, str]):
    from followthemoney import model

    p = rel.properties
    if rel.type == "MENTIONED_IN":
        entity = model.make_entity("Documentation")
        entity.add("document", rel.end)
        entity.add("entity", rel.start)
    elif rel.type == "MEMBER_OF":
        entity = model.make_entity("Membership")
        entity.add("member", rel.start)
        entity.add("organization", rel.end)
        entity.add("role", p.get("role"))
    elif rel.type in ("HEADS", "HOLDS_POSITION") and schemas.get(rel.end) != "Address":
        entity = model.make_entity("Directorship")
        entity.add("director", rel.start)
        entity.add("organization", rel.end)
        entity.add("role", p.get("title") or ("head" if rel.type == "HEADS" else None))
    elif rel.type == "OWNS" and schemas.get(rel.end) == "Company":
        entity = model.make_entity("Ownership")
        entity.add("owner", rel.start)
        entity.add("asset", rel.end)
        entity.add("percentage", p.get("share"))
    else:
        entity = model.make_entity("UnknownLink")
        entity.add("subject", rel.start)
        entity.add("object", rel.end)
        entity.add("role", " ".join(filter(None, [rel.type.lower().replace("_", " "), p.get("role") or p.get("basis")])))
    entity.id = p.get("id") or rel.id
    entity.add("startDate", p.get("since"))
    entity.add("endDate", p.get("until"))
    entity.add("summary", p.get("evidence") or [])
    return entity


def export_ftm(store: GraphStore, output: Path) -> None:
    """JSON lines of FtM entities: actors, places (as Address), events and documents, and the
    relationships between them as Membership, Directorship, Ownership, Documentation or
    UnknownLink. Commitments, issues and conflicts have no FtM schema and are left out."""
    onto = ontology.load()
    schemas: dict[str, str] = {}  # id → FtM schema: ids only, to skip links to what was left out
    with Path(output).open("w", encoding="utf-8") as fh:
        for node in _nodes(store):
            schema = _ftm_schema(node, onto)
            if schema:
                schemas[node.id] = schema
                fh.write(json.dumps(_ftm_node(node, schema).to_dict(), ensure_ascii=False) + "\n")
        for rel in _relationships(store):
            if rel.start in schemas and rel.end in schemas and not rel.properties.get("rejected"):
                fh.write(json.dumps(_ftm_relationship(rel, schemas).to_dict(), ensure_ascii=False) + "\n")


EXPORTERS: dict[str, Callable[[GraphStore, Path], None]] = {
    "graphml": export_graphml,
    "json": export_json,
    "csv": export_csv,
    "ftm": export_ftm,
}
