"""The embedded store's Evidence records (one per fact and source sentence, graph/provenance.py),
kept out of its graph and its snapshot, in a side file read by offset.

They are most of the store: at 5,000 documents three nodes in four and 40% of the snapshot's
bytes, and nothing but a fact's evidence page reads them. So `graph.json.evidence` holds one
JSON line per record. A write journals its records whole, like the rest of it (one fsync); a
compaction appends the records written since to the side file (fsynced) before it writes the
snapshot, whose tail carries only where each record is (graph/memory_side.py's Ref) and which
fact it supports, in id order per fact. Opening the store reads neither the sentences nor the side
file, and does not even parse the references until a record or a membership is first asked
for (a write, an evidence page); journal entries replayed before that are queued behind them.

Between rewrites the side file only grows (graph/memory_side.py): a record replaced or deleted
leaves its old line unreferenced, and a compaction killed after its append leaves lines no
snapshot refers to; once they are most of it, a compaction copies the live ones to a new file.
Two processes that both
held a record in memory (one wrote it, the other replayed it) may both append it: each snapshot
refers to its own copy. Records of a snapshot of before the side file are held in memory too
(`inline`), until the next compaction appends them.
"""
from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from graph.memory_file import paused_gc
from graph.memory_side import LENGTH, Ref, SideFile, ref
from graph.store import StoreError

LABELS = ["Evidence"]
PREFIX = "evidence:"  # every record's id (graph/provenance.py's evidence_id)


class EvidenceRecords:
    def __init__(self, path: Path | None):
        self.side = SideFile(path)  # no path: a store without files keeps every record inline
        self._where: dict[str, Ref | dict] = {}  # record id -> its line in the side file, or the record
        self._fact: dict[str, str] = {}  # record id -> the fact it supports
        self._of: dict[str, list[str]] = {}  # fact id -> its record ids, sorted
        self._inline: set[str] = set()  # ids of the records held whole, not in the side file yet
        self._unparsed: bytes | None = None  # a snapshot's references, not parsed yet
        self._queued: list[tuple] = []  # put/discard calls made before they were
        self._parsing = threading.Lock()

    @property
    def path(self) -> Path | None:
        return self.side.path

    def use(self, path: Path) -> None:
        """The side file a snapshot names, opened now (the store's lock held)."""
        self.side.use(path)

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._ready()

    def __len__(self) -> int:
        return len(self._ready())

    def ids(self) -> list[str]:
        return sorted(self._ready())

    def _ready(self) -> dict:
        """The references, parsed (once, whichever reader thread asks first)."""
        if self._unparsed is not None:
            with self._parsing:
                if self._unparsed is not None:
                    with paused_gc():  # a collection now would walk the whole graph, several times
                        try:
                            self._take(orjson.loads(self._unparsed) if self._unparsed.strip() else
                                       {"ids": [], "facts": [], "refs": []})
                        except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                            raise StoreError(f"{self.path}: the snapshot's Evidence references are "
                                             f"unreadable: {exc!r}") from exc
                    for call in self._queued:
                        self._put(*call) if len(call) == 3 else self._discard(*call)
                    self._queued = []
                    self._unparsed = None  # last: another reader thread waits on the lock till then
        return self._where

    # -- memory ------------------------------------------------------------------------------
    def put(self, record_id: str, fact: str, where: Ref | dict) -> None:
        if not self._queue((record_id, fact, where)):
            self._put(record_id, fact, where)

    def discard(self, record_id: str) -> None:
        if not self._queue((record_id,)):
            self._discard(record_id)

    def _queue(self, call: tuple) -> bool:
        """Behind the references while they are not parsed (a parse under way ends first)."""
        if self._unparsed is None:
            return False
        with self._parsing:
            if self._unparsed is None:
                return False
            self._queued.append(call)
            return True

    def _put(self, record_id: str, fact: str, where: Ref | dict) -> None:
        if self._fact.get(record_id) not in (None, fact):
            self._discard(record_id)
        if record_id not in self._where:
            ids = self._of.setdefault(fact, [])
            ids.insert(bisect_left(ids, record_id), record_id)
        self._where[record_id] = where
        self._fact[record_id] = fact
        if isinstance(where, dict):
            self._inline.add(record_id)
        else:
            self._inline.discard(record_id)

    def _discard(self, record_id: str) -> None:
        if self._where.pop(record_id, None) is None:
            return
        self._inline.discard(record_id)
        ids = self._of.get(self._fact.pop(record_id), [])
        at = bisect_left(ids, record_id)
        if at < len(ids) and ids[at] == record_id:
            del ids[at]

    def of_fact(self, fact_id: str, after: str | None, limit: int) -> list[str]:
        """The ids of a fact's records after `after` (a page's last id), `limit` of them."""
        self._ready()
        ids = self._of.get(fact_id, [])
        start = bisect_right(ids, after) if after is not None else 0
        return ids[start:start + limit]

    def rows(self, ids: Iterable[str]) -> list[list]:
        """Each of `ids` as a delta holds it (graph/memory_delta.py): [id, fact, offset, length],
        or [id] for one gone (after a `flush`, every record held is in the side file)."""
        where = self._ready()
        return [[i, self._fact[i], where[i] >> 32, where[i] & LENGTH] if i in where else [i] for i in sorted(ids)]

    # -- the side file -----------------------------------------------------------------------
    def read(self, ids: Iterable[str]) -> dict[str, dict]:
        """The records of `ids` (those held), each a fresh dict."""
        out, refs = {}, []
        ids = list(ids)
        if ids:
            self._ready()
        for record_id in ids:
            where = self._where.get(record_id)
            if isinstance(where, dict):
                out[record_id] = dict(where)
            elif where is not None:
                refs.append((where, record_id))
        if refs:
            refs.sort()
            for (where, record_id), line in zip(refs, self.side.read([where for where, _ in refs])):
                out[record_id] = self._parse(line, record_id, where >> 32)
        return out

    def append(self, records: list[tuple[str, dict]]) -> list[list]:
        """`records` (id, properties) on disk, fsynced, before this returns (the store's lock
        held): their references [id, fact, ref], for the snapshot."""
        if self.path is None or not records:
            return []
        lines = [orjson.dumps(props) + b"\n" for _, props in records]
        offset = self.side.append(lines)
        refs = []
        for (record_id, props), line in zip(records, lines):
            refs.append([record_id, props["fact"], ref(offset, len(line))])
            offset += len(line)
        return refs

    def settle(self, refs: list[list]) -> None:
        """Records appended to the side file: memory points at their lines, not at them."""
        for record_id, fact, where in refs:
            self.put(record_id, fact, where)

    def flush(self) -> None:
        """Every record still held in memory appended to the side file (before a compaction)."""
        if self._unparsed is not None and not any(len(q) == 3 and isinstance(q[2], dict) for q in self._queued):
            return  # every record is in the side file already: no need to parse the references
        where = self._ready()
        inline = [(i, where[i]) for i in sorted(self._inline)]
        self.settle(self.append(inline))

    def references(self) -> bytes:
        """The snapshot's tail: three columns, one row per record, in the order the records are
        held (after a `flush`, every record is in the side file)."""
        if self._unparsed is not None and not self._queued:
            return self._unparsed  # nothing changed since the snapshot it came from
        where = self._ready()
        # The dicts' own order (`_put` and `_discard` keep `_fact`'s the same), columns made in
        # C: a look-up per id was 0.5 s of a compaction at 5,000 documents.
        ids = list(where)
        facts = list(self._fact.values()) if list(self._fact) == ids else list(map(self._fact.__getitem__, ids))
        return orjson.dumps({"ids": ids, "facts": facts, "refs": list(where.values())})

    def worth_rewriting(self) -> bool:
        """Is a large side file mostly dead lines (a compaction, after a `flush`)? Not asked of
        references still unparsed: no record changed since the compaction that wrote them."""
        if self._unparsed is not None:
            return False
        return self.side.worth_rewriting(sum(map(LENGTH.__and__, self._where.values())))

    def rewrite(self, path: Path) -> None:
        """The referenced lines copied to `path` in the file's order, the references moved to
        them, and `path` in use (graph/memory_side.py; after a `flush`)."""
        live = sorted((where, record_id) for record_id, where in self._ready().items())
        for (_, record_id), where in zip(live, self.side.copy([where for where, _ in live], path)):
            self._where[record_id] = where

    def load(self, tail: bytes) -> None:
        """A snapshot's references, into a fresh instance, parsed when first needed or by the
        store's quiet thread (graph/memory_quiet.py), whichever comes first."""
        self._unparsed = tail

    def unparsed(self) -> bool:
        """Are a snapshot's references still to parse (graph/memory_quiet.py's job)?"""
        return self._unparsed is not None

    def parse(self) -> None:
        """The references parsed now: 0.3 s at 5,000 documents, more on a busy machine."""
        self._ready()

    def _take(self, columns: dict) -> None:
        # Whole columns into dicts in C; only the grouping by fact is a loop, and the sort of the
        # facts with several records (in a parse thread, not the open: graph/memory_quiet.py).
        ids, facts = columns["ids"], columns["facts"]
        # Snapshots of format 5 held offsets and lengths apart (references of one may be copied
        # into a later snapshot unparsed, so the columns say which they are, not the header).
        refs = columns["refs"] if "refs" in columns else map(ref, columns["offsets"], columns["lengths"])
        self._where = dict(zip(ids, refs))
        self._fact = dict(zip(ids, facts))
        of: dict[str, list[str]] = {}
        for record_id, fact in zip(ids, facts):
            group = of.get(fact)
            if group is None:
                of[fact] = [record_id]
            else:
                group.append(record_id)
        for group in of.values():
            if len(group) > 1:
                group.sort()
        self._of = of

    def all(self) -> Iterator[tuple[str, dict]]:
        """Every record, those of the side file in its order (export: one read of the file, not
        one per record)."""
        where = self._ready()
        refs = sorted((w, i) for i, w in where.items() if not isinstance(w, dict))
        for record_id, w in where.items():
            if isinstance(w, dict):
                yield record_id, dict(w)
        data = self.side.read_all() if refs else b""
        for where, record_id in refs:
            offset = where >> 32
            yield record_id, self._parse(data[offset:offset + (where & LENGTH)], record_id, offset)

    def _parse(self, line: bytes, record_id: str, offset: int) -> dict:
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise StoreError(f"{self.path}: unreadable Evidence record at byte {offset}: {exc}") from exc
        if record.get("id") != record_id:
            raise StoreError(f"{self.path}: byte {offset} holds {record.get('id')!r}, not the Evidence "
                             f"record {record_id!r} the store refers to (was the file replaced?)")
        return record
