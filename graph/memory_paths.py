"""Shortest paths in the embedded store: breadth-first over its relationships, both directions,
no further than the length asked (moved out of graph/memory_store.py, which keeps the graph)."""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterator

from graph.document import Relationship


def shortest_paths(relationships: Callable[..., list[Relationship]], start: str, end: str, max_length: int,
                   types: list[str] | None, limit: int) -> list[list[Relationship]]:
    """Every shortest path (up to `limit`) from `start` to `end`, two distinct stored nodes;
    `relationships` is the store's (node, direction, types) -> relationships."""
    # Breadth-first from `start`, both directions, no further than max_length: only the
    # neighbourhood is visited. parents[n] holds every relationship that reaches n first.
    parents: dict[str, list[Relationship]] = {start: []}
    frontier = [start]
    for _ in range(max_length):
        reached: dict[str, list[Relationship]] = {}
        for node in frontier:
            for rel in relationships(node, "both", types):
                if rel.type == "MENTIONED_IN":
                    continue
                other = rel.end if rel.start == node else rel.start
                if other not in parents:
                    reached.setdefault(other, []).append(rel)
        parents.update(reached)
        if end in reached or not reached:
            break
        frontier = sorted(reached)
    if end not in parents:
        return []

    def walk(node: str) -> Iterator[list[Relationship]]:
        if node == start:
            yield []
            return
        for rel in parents[node]:
            previous = rel.start if rel.end == node else rel.end
            for path in walk(previous):
                yield [*path, rel]

    return list(islice(walk(end), limit))
