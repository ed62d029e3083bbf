"""How a fact already stored and the same fact read again become one (both stores use this).

Loading never overwrites what an earlier report said and loading the same report again adds
nothing: lists grow by what is new, the first report's scalar values stay (curated values
excepted: an analyst's word replaces an extractor's), `sources` and `evidence` stay paired.
"""
from __future__ import annotations

from typing import Any

PAIRED = ("sources", "evidence")
LOWEST = {"first_seen"}
HIGHEST = {"last_seen", "confidence"}


def _union(old: list, new: list) -> list:
    out: list = []
    for x in [*old, *new]:
        if x not in out:
            out.append(x)
    return out


def _merge_provenance(old: dict, new: dict) -> dict[str, list]:
    """Union of (source, evidence) pairs keyed on the source: one sentence per report."""
    sources = list(old.get("sources") or [])
    evidence = list(old.get("evidence") or [])
    evidence += [""] * (len(sources) - len(evidence))
    new_evidence = list(new.get("evidence") or [])
    for i, source in enumerate(new.get("sources") or []):
        if source not in sources:
            sources.append(source)
            evidence.append(new_evidence[i] if i < len(new_evidence) else "")
    return {"sources": sources, "evidence": evidence}


def merge_properties(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = dict(old)
    curated_wins = bool(new.get("curated")) and not old.get("curated")
    for key, value in new.items():
        if key in PAIRED or value is None:
            continue
        current = merged.get(key)
        if current is None:
            merged[key] = value
        elif isinstance(value, list):
            merged[key] = _union(current if isinstance(current, list) else [current], value)
        elif key in LOWEST:
            merged[key] = min(current, value)
        elif key in HIGHEST:
            merged[key] = max(current, value)
        elif key == "curated":
            merged[key] = bool(current) or bool(value)
        elif curated_wins:
            merged[key] = value
    if any(k in old or k in new for k in PAIRED):
        merged.update(_merge_provenance(old, new))
    return merged


def merge_labels(old: list[str], new: list[str], subclasses: set[str]) -> list[str]:
    """Labels of a stored node read again: new labels join, but a node keeps the one subclass
    it was first given (ONTOLOGY.md: at most one subclass label)."""
    has_subclass = any(label in subclasses for label in old)
    return old + [label for label in new
                  if label not in old and not (has_subclass and label in subclasses)]


def merged_node(stored_labels: list[str] | None, stored_props: dict | None,
                labels: list[str], props: dict, subclasses: set[str]) -> tuple[list[str], dict]:
    """The labels and properties a node has once `labels`/`props` are merged into what is stored
    (`props`: the caller's own copy, kept as it is for a node not stored)."""
    if stored_props is None:
        return list(labels), props
    return merge_labels(list(stored_labels or []), labels, subclasses), merge_properties(stored_props, props)
