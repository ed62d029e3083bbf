"""The embedded store's indexes, kept beside its networkx graph: nodes by label, and Evidence
records by the fact they support, in id order so that a page of a fact's sources is a
bisection and a slice (graph/evidence.py pages through them), not a sort of all of them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


class NodeIndex:
    def __init__(self) -> None:
        self.by_label: dict[str, set[str]] = {}
        self._evidence_of: dict[str, list[str]] = {}  # fact id -> its Evidence ids, sorted

    def add(self, node_id: str, labels: list[str], props: dict) -> None:
        for label in labels:
            self.by_label.setdefault(label, set()).add(node_id)
        if "Evidence" in labels:
            ids = self._evidence_of.setdefault(props["fact"], [])
            at = bisect_left(ids, node_id)
            if at == len(ids) or ids[at] != node_id:
                ids.insert(at, node_id)

    def discard(self, node_id: str, labels: list[str], props: dict) -> None:
        for label in labels:
            self.by_label.get(label, set()).discard(node_id)
        if "Evidence" in labels:
            ids = self._evidence_of.get(props["fact"], [])
            at = bisect_left(ids, node_id)
            if at < len(ids) and ids[at] == node_id:
                del ids[at]

    def evidence(self, fact_id: str, after: str | None, limit: int) -> list[str]:
        """The ids of a fact's Evidence records after `after` (a page's last id), `limit` of them."""
        ids = self._evidence_of.get(fact_id, [])
        start = bisect_right(ids, after) if after is not None else 0
        return ids[start:start + limit]
