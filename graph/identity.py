"""One actor, one node across reports: decided at write time by a look-up of name keys.

Every entity node written registers its name keys (graph/names.py) as `NameKey` bookkeeping
nodes (id `namekey:<class>:[<country>:]<key>`, `target` = the node's id), found by the id index
in the same transaction as the write. A new node whose key is already registered to another
node is merged into it: a `Redirect` records the merge with the names and the rule, marked
`automatic`, and the facts and Evidence records it moved, which graph/split.py `undo_merge`
moves back. A node already stored is never merged automatically (that would move facts an
analyst may have checked); nor is a node whose keys point to two different nodes (ambiguous),
nor one whose merge an analyst has undone.

A homonym is kept apart the same way: a node whose id is stored as another subclass that its
facts in the document do not admit ("Quebrada Seca", a ravine in one report and the mine a
company operates in the next) is another entity, and takes the id with its subclass
(`place:quebrada-seca-mine`), so neither report's facts are refused nor fall on the wrong node.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from typing import Callable

from graph.document import GraphDocument, Node, Relationship
from graph.ids import slug
from graph.names import may_join, name_keys
from graph.ontology import Ontology
from graph.provenance import evidence_id
from graph.redirects import PREFIX as REDIRECT, follow, redirect_id, resolve

PREFIX = "namekey:"
RULES = {"name": "the same name once folded and stripped of its legal form or community wording",
         "acronym": "the same acronym", "alias": "a name the other node is also known by",
         "second_surname": "the same name without a second surname"}


def namekey_id(key: str) -> str:
    return PREFIX + key


def name_keys_of(node: Node, onto: Ontology) -> list[tuple[str, str]]:
    """The name keys of an entity (none for other nodes): what identify() looks up, and what a
    Neo4j write reads ahead (graph/neo4j_write.py)."""
    cls = onto.class_of(node.labels)
    if "Entity" not in node.labels or cls is None:
        return []
    p = node.properties
    aliases = p.get("aliases") or ()
    try:
        return list(_name_keys(cls, p.get("name"), tuple(aliases), p.get("country")))
    except TypeError:  # a value that cannot be hashed (validation refuses it): not remembered
        return name_keys(cls, p.get("name"), aliases, p.get("country"))


@lru_cache(maxsize=65536)
def _name_keys(cls: str, name: str | None, aliases: tuple[str, ...], country: str | None) -> tuple[tuple[str, str], ...]:
    """name_keys, remembered: a write asks twice per entity (the read-ahead and identify), and
    the same actors come back report after report."""
    return tuple(name_keys(cls, name, aliases, country))


def identify(doc: GraphDocument, onto: Ontology, fetch: Callable[[list[str]], list[Node]]) -> GraphDocument:
    """`doc` with each new entity that shares a name key with a stored one (or with an earlier
    node of the document, in id order) moved onto it, plus the Redirect and NameKey records."""
    keys = {n.id: name_keys_of(n, onto) for n in doc.nodes}
    keys = {i: k for i, k in keys.items() if k}
    if not keys:
        return doc
    wanted = sorted({namekey_id(k) for ks in keys.values() for k, _ in ks})
    ids = sorted(keys)
    found = {n.id: n for n in fetch(wanted + ids + [redirect_id(i) for i in ids])}
    doc, homonyms = homonyms_apart(doc, onto, {i: found[i].labels for i in ids if i in found})
    if homonyms:    # (rare) the ids they take may be stored already, from an earlier report
        keys = {homonyms.get(i, i): k for i, k in keys.items()}
        ids = sorted(keys)
        found.update((n.id, n) for n in fetch([x for i in sorted(homonyms.values()) for x in (i, redirect_id(i))]))
    registered = {i[len(PREFIX):]: (n.properties["target"], n.properties.get("rule", "name"), n.properties.get("name"))
                  for i, n in found.items() if i.startswith(PREFIX)}
    kept_apart = {i for i in ids if redirect_id(i) in found} | set(homonyms.values())    # merges an analyst undid
    documents = sorted(n.id for n in doc.nodes if "Document" in n.labels)
    names = {n.id: n.properties.get("name") for n in doc.nodes}
    moved: dict[str, str] = {}
    records: list[Node] = []
    for node_id in ids:
        matches = {registered[k][0]: (k, rule, registered[k]) for k, rule in keys[node_id]
                   if k in registered and may_join(rule, registered[k][1])}
        matches.pop(node_id, None)
        if node_id not in found and node_id not in kept_apart and len(matches) == 1:
            target, (key, rule, (_, their_rule, their_name)) = next(iter(matches.items()))
            rule = rule if rule != "name" else their_rule
            moved[node_id] = target
            records.append(Node(redirect_id(node_id), ["Redirect"], {
                "target": target, "automatic": True, "rule": rule, "names": [names[node_id], their_name],
                "reason": f"{names[node_id]!r} and {their_name!r}: {RULES[rule]} ({key})",
                "documents": documents, "merged_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}))
        owner = moved.get(node_id, node_id)
        for key, rule in keys[node_id]:
            if key not in registered:
                registered[key] = (owner, rule, names[node_id])
                records.append(Node(namekey_id(key), ["NameKey"], {"target": owner, "rule": rule,
                                                                   "name": names[node_id]}))
    # A key registered before its node was merged by an analyst points to where it lives now.
    final = resolve(set(moved.values()), fetch)
    moved = {i: final.get(t, t) for i, t in moved.items()}
    told = moved_facts(doc, moved)
    records = [Node(r.id, r.labels, {**r.properties, **told.get(r.id[len(REDIRECT):], {})})
               if r.id.startswith(REDIRECT) else r for r in records]
    out = follow(doc, moved)
    out.nodes += records
    return out


def homonyms_apart(doc: GraphDocument, onto: Ontology, stored: dict[str, list[str]]) -> tuple[GraphDocument, dict[str, str]]:
    """`doc` with each homonym of a stored node (`stored`: the labels of the document's entities
    that are stored) on an id of its own (the module's docstring says when), and the ids it moved
    ({old: new})."""
    given = {n.id: n.labels for n in doc.nodes}
    # Only a node given another subclass than the stored one's may be a homonym: those are found
    # first, so the facts are looked at only when there is one (a bulk write's stored entities
    # are thousands, its homonyms few or none).
    other_kind: dict[str, str] = {}
    for node_id, labels in stored.items():
        subclass = onto.subclass_of(given.get(node_id, ()))
        if subclass and onto.subclass_of(labels) not in (None, subclass):
            other_kind[node_id] = subclass
    renamed: dict[str, str] = {}
    for rel in doc.relationships if other_kind else ():
        if rel.start not in other_kind and rel.end not in other_kind:
            continue
        spec = onto.relationships[rel.type]
        for node_id, allowed in ((rel.start, spec.sources), (rel.end, spec.targets)):
            subclass = other_kind.get(node_id)
            if subclass and onto.admits(allowed, given[node_id]) and not onto.admits(allowed, stored[node_id]):
                renamed[node_id] = f"{node_id}-{slug(subclass)}"
    if not renamed:
        return doc, {}
    nodes = [Node(renamed.get(n.id, n.id), n.labels, n.properties) for n in doc.nodes]
    rels = [Relationship(r.type, renamed.get(r.start, r.start), renamed.get(r.end, r.end), dict(r.properties))
            for r in doc.relationships]
    return GraphDocument(nodes, rels), renamed


def moved_facts(doc: GraphDocument, moved: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """For each merged-away id, the `facts` its relationships in `doc` become once moved and
    their `evidence` records: what undoing the merge moves back (graph/split.py), and nothing
    the kept node was told itself."""
    out: dict[str, dict[str, set[str]]] = {}
    for rel in doc.relationships:
        ends = [e for e in (rel.start, rel.end) if e in moved]
        if not ends:
            continue
        there = Relationship(rel.type, moved.get(rel.start, rel.start), moved.get(rel.end, rel.end), rel.properties)
        for end in ends:
            told = out.setdefault(end, {"facts": set(), "evidence": set()})
            told["facts"].add(there.id)
            told["evidence"].update(evidence_id(there.id, s) for s in rel.properties.get("sources") or [])
    return {i: {k: sorted(v) for k, v in told.items()} for i, told in out.items()}
