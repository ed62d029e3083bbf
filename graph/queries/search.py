"""Search: names and aliases, accent- and case-insensitive (one full-text query on Neo4j)."""
from __future__ import annotations

from rapidfuzz import fuzz

from graph.ids import fold
from graph.queries.core import InvalidArgument, check_label, node_out, onto
from graph.store import GraphStore

MIN_SCORE = 60


def score(query: str, name: str) -> float:
    if name == query:
        return 100.0
    if name.startswith(query):
        return 95.0
    if any(word.startswith(query) for word in name.split()):
        return 90.0
    return round(0.85 * fuzz.WRatio(query, name), 1)


def search(store: GraphStore, q: str, label: str | None = None, limit: int = 20) -> list[dict]:
    """Exact, then prefix, then fuzzy. The candidates come from the store's name index (the
    full-text index on Neo4j, the folded-name index in memory); the ranking is shared."""
    wanted = fold(q).strip()
    if not wanted:
        raise InvalidArgument("q", "the search text is empty")
    check_label(label)
    searchable = set(onto().fulltext["labels"])
    scored = []
    for node in store.search_candidates(q, label, limit=max(limit * 5, 50)):
        if not searchable & set(node.labels):
            continue
        names = [n for n in [node.properties.get("name"), *(node.properties.get("aliases") or [])] if isinstance(n, str)]
        best, matched = max(((score(wanted, fold(n)), n) for n in names), default=(0.0, None))
        if best >= MIN_SCORE:
            scored.append({**node_out(node), "score": best, "matched": matched})
    scored.sort(key=lambda r: (-r["score"], fold(r["name"]), r["id"]))
    return scored[:limit]
