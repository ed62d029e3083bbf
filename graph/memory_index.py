"""The embedded store's indexes, kept beside its networkx graph: nodes by label, and nodes by
folded name, so a search compares each distinct name once (in rapidfuzz's C loop), not every
node's names in Python. (Evidence records are not in the graph: graph/memory_evidence.py.)"""
from __future__ import annotations

from graph.ids import fold

FUZZY_CUTOFF = 70  # a WRatio below this is no candidate (graph/queries/search.py ranks the rest)


def names_of(props: dict) -> list[str]:
    """The folded forms a node is searched by: its name and aliases."""
    return list(dict.fromkeys(fold(n) for n in (props.get("name"), *(props.get("aliases") or []))
                              if isinstance(n, str) and n))


class NodeIndex:
    def __init__(self) -> None:
        self.by_label: dict[str, set[str]] = {}
        self._named: dict[str, set[str]] = {}  # folded name or alias -> the nodes bearing it
        self._keys: list[str] | None = None  # the names of _named as a list, made on the first search after a change

    def add(self, node_id: str, labels: list[str], props: dict) -> None:
        for label in labels:
            self.by_label.setdefault(label, set()).add(node_id)
        for name in names_of(props):
            bearers = self._named.get(name)
            if bearers is None:
                bearers = self._named[name] = set()
                self._keys = None
            bearers.add(node_id)

    def discard(self, node_id: str, labels: list[str], props: dict) -> None:
        for label in labels:
            self.by_label.get(label, set()).discard(node_id)
        for name in names_of(props):
            bearers = self._named.get(name)
            if bearers is not None:
                bearers.discard(node_id)
                if not bearers:
                    del self._named[name]
                    self._keys = None

    def search(self, text: str, label: str | None) -> dict[str, float]:
        """Each node (of `label`) with a name or alias within FUZZY_CUTOFF of folded `text`: its
        best WRatio. The same scores as comparing every node's names, once per distinct name."""
        from rapidfuzz import fuzz, process

        if self._keys is None:
            self._keys = list(self._named)
        pool = self.by_label.get(label, set()) if label else None
        best: dict[str, float] = {}
        for name, score, _ in process.extract(text, self._keys, scorer=fuzz.WRatio, processor=None,
                                              score_cutoff=FUZZY_CUTOFF, limit=None):
            for node_id in self._named[name]:
                if (pool is None or node_id in pool) and score > best.get(node_id, -1):
                    best[node_id] = score
        return best

    def dump(self) -> dict:
        """The index for a snapshot (graph/memory_snapshot.py), its sets as lists: marshal
        writes a set six times slower than a list (it was 0.8 s of a save at 5,000 documents,
        against 0.2 s of open to make them sets again)."""
        return {"labels": {label: list(ids) for label, ids in self.by_label.items() if ids},
                "names": {name: list(ids) for name, ids in self._named.items()}}

    def restore(self, data: dict) -> None:
        """A snapshot's index: lists made sets (a snapshot of format 3 held sets, kept)."""
        self.by_label = {label: ids if isinstance(ids, set) else set(ids) for label, ids in data["labels"].items()}
        self._named = {name: ids if isinstance(ids, set) else set(ids) for name, ids in data["names"].items()}
        self._keys = None
