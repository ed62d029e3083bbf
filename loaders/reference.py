"""Curated reference data (YAML or CSV): known actors, positions with dates and the
organisational and command hierarchy, as `curated: true` facts that extracted facts attach to.

Names go through the gazetteer to their canonical form, so a reference node has the id the
extractor gives the same actor, and every fact carries its source: the reference file is a
Document and the citation is the evidence.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import yaml

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from graph.ids import document_id, entity_id, sha256
from loaders.lexicon import key, load as load_lexicon

REFERENCE_DIR = Path(__file__).resolve().parent / "data" / "reference"
EXTRACTOR = "reference"


class ReferenceError(ValueError):
    def __init__(self, source: Path, problem: str):
        super().__init__(f"{source}: {problem}")


def _date(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value]


def _read_csv(path: Path) -> dict:
    """CSV: one row per fact, `kind` = entity | relation | position, other columns as in YAML."""
    data: dict = {"title": path.stem, "sources": {}, "entities": [], "relations": [], "positions": []}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            row = {k: v for k, v in row.items() if v not in (None, "")}
            kind = row.pop("kind", "entity")
            if kind == "source":
                data["sources"][row["key"]] = {"citation": row.get("citation", row["key"]), "url": row.get("url")}
            else:
                data[{"entity": "entities", "relation": "relations", "position": "positions"}[kind]].append(row)
    return data


def load_reference(path: Path) -> GraphDocument:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = _read_csv(path) if path.suffix.lower() == ".csv" else yaml.safe_load(text)
    except (OSError, yaml.YAMLError, KeyError) as exc:
        raise ReferenceError(path, f"unreadable reference file: {exc}") from None
    lex, onto = load_lexicon(), ontology.load()
    doc_id = document_id(text)
    sources = data.get("sources") or {}
    classes: dict[str, str] = {}

    def canonical(name: str) -> str:
        return lex.by_key.get(key(name), name)

    def node_id(name: str) -> str:
        name = canonical(name)
        if name not in classes:
            raise ReferenceError(path, f"{name!r} is used in a fact but not listed under entities")
        return entity_id(onto.classes[classes[name]].id_prefix, name)

    def provenance(source) -> dict:
        keys = _list(source)
        if not keys:
            raise ReferenceError(path, "a fact without a source")
        missing = [k for k in keys if k not in sources]
        if missing:
            raise ReferenceError(path, f"unknown source {', '.join(missing)}")
        evidence = "; ".join(f"{sources[k]['citation']} <{sources[k]['url']}>" if sources[k].get("url")
                             else sources[k]["citation"] for k in keys)
        return {"sources": [doc_id], "evidence": [evidence], "confidence": 1.0, "extractor": EXTRACTOR,
                "curated": True}

    nodes = [Node(doc_id, ["Document"], {"title": data.get("title") or path.stem, "sha256": sha256(text),
                                         "url": path.name})]
    for e in data.get("entities") or []:
        name = canonical(e["name"])
        classes[name] = e["class"]
        props = {"name": name, "aliases": sorted(set(_list(e.get("aliases"))) - {name}), "curated": True}
        for field in ("wikidata", "description", "level"):
            if e.get(field):
                props[field] = str(e[field])
        provenance(e.get("source"))   # every entity names its source too
        nodes.append(Node(entity_id(onto.classes[e["class"]].id_prefix, name),
                          onto.labels_for(e["class"], e.get("subclass")), props))
    rels = []
    for r in data.get("relations") or []:
        props = {k: _date(r[k]) if k in ("since", "until") else r[k]
                 for k in ("basis", "since", "until", "role", "title") if r.get(k)}
        rels.append(Relationship(r["type"], node_id(r["from"]), node_id(r["to"]), {**props, **provenance(r.get("source"))}))
    for p in data.get("positions") or []:
        props = {k: _date(p[k]) for k in ("since", "until") if p.get(k)}
        person, org = node_id(p["person"]), node_id(p["org"])
        rels.append(Relationship("HOLDS_POSITION", person, org, {"title": p["title"], **props,
                                                                  **provenance(p.get("source"))}))
        if str(p.get("heads", "")).lower() in ("true", "1", "yes"):
            rels.append(Relationship("HEADS", person, org, {**props, **provenance(p.get("source"))}))
    for r in rels:
        r.properties = {k: v for k, v in r.properties.items() if v is not None}
    return GraphDocument(nodes, rels)


def load_references(paths: list[Path] | None = None) -> list[GraphDocument]:
    """The shipped reference set by default, or the given files."""
    paths = paths or sorted(REFERENCE_DIR.glob("*.yaml")) + sorted(REFERENCE_DIR.glob("*.csv"))
    return [load_reference(p) for p in paths]
