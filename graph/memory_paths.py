"""Shortest paths in the embedded store: breadth-first over its relationships, both directions,
no further than the length asked (moved out of graph/memory_store.py, which keeps the graph).
The walk sees each relationship's ends, key and type only; the properties of the paths found
are read at the end (graph/memory_cold.py keeps the bulky ones in a side file)."""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterator

from graph.document import Relationship

Link = tuple[str, str, str, str]  # a relationship's start, end, key and type


def shortest_paths(links: Callable[[str, list[str] | None], list[Link]],
                   relationships: Callable[[list[Link]], list[Relationship]], start: str, end: str,
                   max_length: int, types: list[str] | None, limit: int) -> list[list[Relationship]]:
    """Every shortest path (up to `limit`) from `start` to `end`, two distinct stored nodes;
    `links` is the store's (node, types) -> its relationships in both directions, and
    `relationships` makes whole relationships of links."""
    # Breadth-first from `start`, both directions, no further than max_length: only the
    # neighbourhood is visited. parents[n] holds every relationship that reaches n first.
    parents: dict[str, list[Link]] = {start: []}
    frontier = [start]
    for _ in range(max_length):
        reached: dict[str, list[Link]] = {}
        for node in frontier:
            for rel in links(node, types):
                if rel[3] == "MENTIONED_IN":
                    continue
                other = rel[1] if rel[0] == node else rel[0]
                if other not in parents:
                    reached.setdefault(other, []).append(rel)
        parents.update(reached)
        if end in reached or not reached:
            break
        frontier = sorted(reached)
    if end not in parents:
        return []

    def walk(node: str) -> Iterator[list[Link]]:
        if node == start:
            yield []
            return
        for rel in parents[node]:
            previous = rel[0] if rel[1] == node else rel[1]
            for path in walk(previous):
                yield [*path, rel]

    paths = list(islice(walk(end), limit))
    whole = dict(zip((link for path in paths for link in path),
                     relationships([link for path in paths for link in path])))
    return [[whole[link] for link in path] for path in paths]
