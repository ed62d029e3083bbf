"""The bulky properties of the embedded store's nodes and relationships (report texts, evidence
sentences, per-source provenance), kept out of its snapshot in a side file read by offset.

Opening the store reads the snapshot whole, so the snapshot holds what the store itself looks
at in bulk (labels, types, names, dates) and the rest is one JSON line per element in
`graph.json.props`, appended and fsynced by a compaction before it writes the snapshot that
refers to it (at 5,000 documents the properties moved out were 70% of the snapshot's bytes). A
node keeps its properties but the `COLD` ones, plus `MARK`: where its line is. A relationship's
properties are never filtered in memory (every reader wants them whole), so all of them are
cold and its "props" is the reference itself: no dict to build on open. A reference is one int
(graph/memory_side.py's Ref; 0: nothing cold).
An element written since the last compaction holds all its properties in a plain dict (no
MARK); the next compaction splits it. So every property leaves the store through `full`, never
as the graph holds it (graph/memory_store.py is the only reader of the graph's dicts).

Between compactions the file only grows: an element rewritten leaves its old line
unreferenced, and a process that read an older snapshot still finds its lines where they were;
once mostly dead lines, a compaction copies the live ones to a new file (graph/memory_side.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

import orjson

from graph.memory_side import LENGTH, SideFile, ref
from graph.store import StoreError

MARK = "\x00cold"  # no ontology property name holds a NUL
COLD = frozenset({"text", "summary", "reason", "evidence", "facts", "documents", "names", "merged_at", "sha256",
                  "quote", "sources", "spans", "extractor", "observed_from", "observed_to", "id"})
Props = dict | int  # in memory: all the properties, the hot ones and MARK, or a reference
_LABELS: dict[tuple, tuple] = {}  # each combination of labels, once (shared_labels)


def shared_labels(labels) -> tuple[str, ...]:
    """A node's labels as the one tuple of that combination: marshal writes it once and every
    node after as a reference, so an open makes one object, not one list per node (with the
    hot strings interned by `settle`, a third less of the snapshot's nodes to unmarshal)."""
    labels = tuple(labels)
    return _LABELS.setdefault(labels, labels)


def held(props: Props | None) -> int:
    """The bytes of the side file an element's properties refer to (None: no element)."""
    if props is None:
        return 0
    return (props if type(props) is int else props.get(MARK, 0)) & LENGTH


class ColdProps:
    def __init__(self, path: Path | None):
        self.side = SideFile(path)  # no path: a store without files keeps every property in memory

    @property
    def path(self) -> Path | None:
        return self.side.path

    def use(self, path: Path) -> None:
        """The side file a snapshot names, opened now (the store's lock held)."""
        self.side.use(path)

    # -- reading -----------------------------------------------------------------------------
    def full(self, props: Props) -> dict:
        """A fresh dict of every property of an element."""
        return self.full_many([props])[0]

    def full_many(self, many: list[Props]) -> list[dict]:
        """`full` of each, reading the side file once in offset order."""
        out: list[dict] = [{}] * len(many)
        wanted = []
        for i, props in enumerate(many):
            where = props if isinstance(props, int) else props.get(MARK)
            if where:
                wanted.append((where, i))
            elif isinstance(props, int):
                out[i] = {}
            else:  # settled with nothing cold (MARK 0), or written since the last compaction
                out[i] = {k: v for k, v in props.items() if k != MARK}
        if wanted:
            wanted.sort()
            for (where, i), line in zip(wanted, self.side.read([where for where, _ in wanted])):
                try:
                    cold = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise StoreError(f"{self.path}: unreadable properties at byte {where >> 32}: {exc}") from exc
                hot = many[i]
                out[i] = cold if isinstance(hot, int) else {**{k: v for k, v in hot.items() if k != MARK}, **cold}
        return out

    # -- compaction --------------------------------------------------------------------------
    def settle(self, graph, dirty=None) -> int:
        """Split every element of `graph` (a MultiDiGraph) written since the last compaction, or
        only those of `dirty` (graph/memory_delta.py: a save's delta): its cold properties
        appended to the side file (fsynced before this returns, the store's lock held), its
        "props" in the graph's data dicts replaced by the hot ones and MARK, or by the reference.
        Returns the bytes appended: all referenced now, by elements that referred to none."""
        if self.path is None:
            return 0
        if dirty is None:
            # List comprehensions, not generators: the pass over every element is most of a compaction's Python.
            nodes = [data for data in graph._node.values() if MARK not in data["props"]]
            edges = [data for ends in graph._succ.values() for keys in ends.values() for data in keys.values()
                     if not isinstance(data["props"], int)]
        else:
            succ = graph._succ
            nodes = [data for i in dirty.nodes if (data := graph._node.get(i)) is not None and MARK not in data["props"]]
            edges = [data for a, b, k in dirty.edges
                     if (data := succ[a].get(b, {}).get(k) if a in succ else None) is not None
                     and not isinstance(data["props"], int)]
        pending, lines = [], []
        for data, everything_cold in [*((d, False) for d in nodes), *((d, True) for d in edges)]:
            # Through JSON as a reopen would give them (a tuple becomes a list), since the
            # snapshot keeps Python's own types.
            props = orjson.loads(orjson.dumps(data["props"]))
            cold = props if everything_cold else {k: v for k, v in props.items() if k in COLD}
            # The hot strings interned: dates, types, rules and publishers recur, and marshal
            # writes an object it met before as a reference (one object on open, not one each).
            hot = None if everything_cold else {k: sys.intern(v) if type(v) is str else v
                                                for k, v in props.items() if k not in COLD}
            if cold:
                lines.append(orjson.dumps(cold) + b"\n")
            pending.append((data, hot, len(lines) - 1 if cold else None))
        offset = self.side.append(lines)
        refs = []
        for line in lines:
            refs.append(ref(offset, len(line)))
            offset += len(line)
        for data, hot, line in pending:
            where = refs[line] if line is not None else 0
            if hot is None:
                data["props"] = where
            else:
                hot[MARK] = where
                data["props"] = hot
        return sum(map(len, lines))

    # -- rewriting the file ------------------------------------------------------------------
    def _live(self, graph) -> list[tuple[int, dict, bool]]:
        """Every element's line, its data dict, and whether it is a relationship."""
        succ = graph._succ
        out = [(where, data, False) for data in graph._node.values() if (where := data["props"].get(MARK))]
        out += [(where, data, True) for ends in succ.values() for keys in ends.values()
                for data in keys.values() if isinstance(where := data["props"], int) and where]
        return out

    def worth_rewriting(self, live: int) -> bool:
        """Is a large side file mostly dead lines, `live` of its bytes referenced (a compaction,
        every element settled)? The store keeps `live` as the graph changes
        (graph/memory_adjacency.py's `cold_bytes`): a walk over every element was 0.2-0.35 s of
        a 1.2 s compaction at 5,000 documents."""
        return self.side.worth_rewriting(live)

    @staticmethod
    def live_bytes(graph) -> int:
        """The bytes every element of `graph` refers to, by a walk over all of them: for a
        snapshot written before it held the count."""
        succ = graph._succ
        live = sum([data["props"].get(MARK, 0) & LENGTH for data in graph._node.values()])
        live += sum([where & LENGTH for ends in succ.values() for keys in ends.values() for data in keys.values()
                     if type(where := data["props"]) is int])
        return live

    def rewrite(self, graph, path: Path) -> None:
        """The referenced lines copied to `path` in the file's order, the graph's references
        moved to them, and `path` in use (graph/memory_side.py)."""
        live = sorted(self._live(graph), key=lambda element: element[0])
        for (_, data, edge), where in zip(live, self.side.copy([where for where, _, _ in live], path)):
            if edge:
                data["props"] = where
            else:
                data["props"][MARK] = where
