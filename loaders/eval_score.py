# Vendored verbatim from shared/eval/score.py (the evaluation scorer, the project's contract for
# extraction quality). It must stay identical to that file below this header: update it by copying
# the file again, never by editing it here. loaders/evaluate.py imports score_one, summary, Counts.
#!/usr/bin/env python3
"""Score an extracted graph against a hand-annotated gold file.

    score.py GOLD.json PRED.json [--json] [--show]
    score.py GOLD_DIR PRED_DIR   [--json] [--show]   (pairs files by name, micro-averages)

PRED is what the project's extractor prints for one report (see README.md here):
    {"nodes": [{"id", "labels": [...], "properties": {"name", "aliases", "date", ...}}],
     "relationships": [{"type", "start", "end", "properties": {...}}]}

Matching is by normalised surface form (accents, case, punctuation, a leading article and a
possessive 's are ignored) against the gold name and aliases. Gold items marked "optional" are
neither required nor counted against a prediction that finds them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CLASSES = ("Person", "Organization", "Place")
EVENT = "Event"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^(the|a|an) ", "", text)


def names_of(node: dict) -> set[str]:
    props = node.get("properties", {})
    found = {norm(props.get("name", ""))}
    found.update(norm(a) for a in props.get("aliases", []) or [])
    return {n for n in found if n}


@dataclass
class Counts:
    entity_tp: int = 0
    entity_fn: int = 0
    entity_fp: int = 0
    duplicates: int = 0
    subclass_ok: int = 0
    subclass_total: int = 0
    relation_found: int = 0
    relation_total: int = 0
    relation_pred_ok: int = 0
    relation_pred_total: int = 0
    event_found: int = 0
    event_total: int = 0
    event_pred_ok: int = 0
    event_pred_total: int = 0
    date_ok: int = 0
    date_total: int = 0
    participant_found: int = 0
    participant_total: int = 0
    role_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for name, value in vars(other).items():
            if name == "misses":
                self.misses.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def node_class(node: dict) -> str | None:
    labels = node.get("labels", [])
    for cls in CLASSES:
        if cls in labels:
            return cls
    return EVENT if EVENT in labels else None


def score_one(gold: dict, pred: dict) -> Counts:
    c = Counts()
    nodes = {n["id"]: n for n in pred.get("nodes", [])}
    rels = pred.get("relationships", [])
    entities = gold["entities"]
    by_name: dict[str, list[int]] = {}
    for i, g in enumerate(entities):
        for n in [g["name"], *g.get("aliases", [])]:
            by_name.setdefault(norm(n), []).append(i)

    # pred node id -> gold entity index (correct class only)
    match: dict[str, int] = {}
    claimed: dict[int, list[str]] = {}
    for nid, node in nodes.items():
        cls = node_class(node)
        if cls not in CLASSES:
            continue
        candidates = sorted({i for n in names_of(node) for i in by_name.get(n, [])})
        typed = [i for i in candidates if entities[i]["class"] == cls]
        if typed:
            match[nid] = typed[0]
            claimed.setdefault(typed[0], []).append(nid)
        elif not any(entities[i].get("optional") for i in candidates):
            c.entity_fp += 1
            c.misses.append(f"extra entity: {cls} {node.get('properties', {}).get('name')!r}")
    for i, g in enumerate(entities):
        ids = claimed.get(i, [])
        if g.get("optional"):
            continue
        if ids:
            c.entity_tp += 1
            c.duplicates += len(ids) - 1
            c.entity_fp += len(ids) - 1
            if g.get("subclass"):
                c.subclass_total += 1
                if any(g["subclass"] in nodes[n].get("labels", []) for n in ids):
                    c.subclass_ok += 1
                else:
                    c.misses.append(f"subclass: {g['name']} is not {g['subclass']}")
            if len(ids) > 1:
                c.misses.append(f"duplicate: {g['name']} x{len(ids)}")
        else:
            c.entity_fn += 1
            c.misses.append(f"missing entity: {g['class']} {g['name']!r}")

    gold_index = {norm(g["name"]): i for i, g in enumerate(entities)}

    def gold_ids(names: list[str]) -> set[int]:
        return {gold_index[norm(n)] for n in names if norm(n) in gold_index}

    # relations between entities
    gold_rels = gold.get("relations", [])
    pred_rels = [r for r in rels if node_class(nodes.get(r["start"], {})) in CLASSES
                 and node_class(nodes.get(r["end"], {})) in CLASSES and r["type"] != "MENTIONED_IN"]

    def rel_matches(r: dict, g: dict) -> bool:
        return (r["type"] in g["type"] and match.get(r["start"]) in gold_ids([g["head"]])
                and match.get(r["end"]) in gold_ids(g["tail"]))

    for g in gold_rels:
        hit = any(rel_matches(r, g) for r in pred_rels)
        if not g.get("optional"):
            c.relation_total += 1
            c.relation_found += hit
            if not hit:
                c.misses.append(f"missing relation: {g['head']} {'|'.join(g['type'])} {'|'.join(g['tail'])}")
    for r in pred_rels:
        c.relation_pred_total += 1
        if any(rel_matches(r, g) for g in gold_rels):
            c.relation_pred_ok += 1

    # events
    events = [nid for nid, n in nodes.items() if node_class(n) == EVENT]
    outgoing: dict[str, list[dict]] = {}
    incoming: dict[str, list[dict]] = {}
    for r in rels:
        outgoing.setdefault(r["start"], []).append(r)
        incoming.setdefault(r["end"], []).append(r)

    def places_of(eid: str) -> set[int]:
        return {match[r["end"]] for r in outgoing.get(eid, [])
                if r["type"] == "OCCURRED_AT" and r["end"] in match}

    def participants_of(eid: str) -> dict[int, str]:
        return {match[r["start"]]: r.get("properties", {}).get("role", "")
                for r in incoming.get(eid, []) if r["type"] == "PARTICIPATED_IN" and r["start"] in match}

    def fit(eid: str, g: dict) -> tuple[bool, bool, bool, int]:
        """(identified, date ok, place ok, participants shared). An event the gold pins down by
        nothing but its participants must share at least one of them to be the same event."""
        props = nodes[eid].get("properties", {})
        date_ok = g["date"] is None or props.get("date") == g["date"]
        place_ok = not g["place"] or bool(places_of(eid) & gold_ids(g["place"]))
        overlap = len(set(participants_of(eid)) & gold_ids([p["name"] for p in g["participants"]]))
        by_participants_only = g["date"] is None and not g["place"] and g["participants"]
        return (overlap > 0 if by_participants_only else True), date_ok, place_ok, overlap

    # one prediction answers at most one gold event: best-fitting pairs are assigned first
    gold_events = gold.get("events", [])
    pairs = []
    for gi, g in enumerate(gold_events):
        for e in events:
            if set(g["class"]) & set(nodes[e].get("labels", [])):
                identified, date_ok, place_ok, overlap = fit(e, g)
                pairs.append((identified and date_ok and place_ok, date_ok + place_ok, overlap, not g.get("optional"), gi, e))
    pairs.sort(key=lambda t: t[:4], reverse=True)
    best: dict[int, str] = {}
    used: set[str] = set()
    for *_, gi, e in pairs:
        if gi not in best and e not in used:
            best[gi] = e
            used.add(e)
    for gi, g in enumerate(gold_events):
        e = best.get(gi)
        found = bool(e) and all(fit(e, g)[:3])
        if g.get("optional"):
            continue
        c.event_total += 1
        c.event_found += found
        if not found:
            why = "no event of that class" if not e else "wrong date, place or participants"
            c.misses.append(f"missing event: {g['key']} ({why})")
        if g["date"] is not None:
            c.date_total += 1
            c.date_ok += bool(e and fit(e, g)[1])
        if e:
            parts = participants_of(e)
            for p in g["participants"]:
                c.participant_total += 1
                ids = gold_ids([p["name"]])
                hit = [parts[i] for i in ids if i in parts]
                c.participant_found += bool(hit)
                c.role_ok += bool(hit and hit[0] == p["role"])
                if not hit:
                    c.misses.append(f"missing participant: {p['name']} in {g['key']}")
        else:
            c.participant_total += len(g["participants"])
    c.event_pred_total = len(events)
    c.event_pred_ok = len(used & set(events))
    return c


def summary(c: Counts) -> dict:
    ep, er = ratio(c.entity_tp, c.entity_tp + c.entity_fp), ratio(c.entity_tp, c.entity_tp + c.entity_fn)
    rp, rr = ratio(c.relation_pred_ok, c.relation_pred_total), ratio(c.relation_found, c.relation_total)
    return {
        "entity_precision": round(ep, 3), "entity_recall": round(er, 3), "entity_f1": round(f1(ep, er), 3),
        "entity_duplicates": c.duplicates,
        "subclass_accuracy": round(ratio(c.subclass_ok, c.subclass_total), 3),
        "relation_precision": round(rp, 3), "relation_recall": round(rr, 3), "relation_f1": round(f1(rp, rr), 3),
        "event_recall": round(ratio(c.event_found, c.event_total), 3),
        "event_precision": round(ratio(c.event_pred_ok, c.event_pred_total), 3),
        "event_date_accuracy": round(ratio(c.date_ok, c.date_total), 3),
        "participant_recall": round(ratio(c.participant_found, c.participant_total), 3),
        "participant_role_accuracy": round(ratio(c.role_ok, c.participant_found), 3),
    }


def pairs(gold: Path, pred: Path) -> list[tuple[Path, Path]]:
    if gold.is_file():
        return [(gold, pred)]
    out = []
    for g in sorted(gold.glob("*.json")):
        p = pred / g.name
        if not p.exists():
            sys.exit(f"score.py: no prediction {p} for gold {g.name}")
        out.append((g, p))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--show", action="store_true", help="list every miss")
    args = ap.parse_args()
    total = Counts()
    for g, p in pairs(args.gold, args.pred):
        total.add(score_one(json.loads(g.read_text()), json.loads(p.read_text())))
    figures = summary(total)
    if args.show:
        print("\n".join(total.misses))
    if args.json:
        print(json.dumps(figures))
    else:
        print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
