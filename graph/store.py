"""The interface both stores answer, and the errors they raise.

The stores offer primitives an index can serve (nodes by id, a node's relationships, nodes of a
label by property, name search candidates, shortest paths); graph/queries.py builds the
analysts' questions on them once, so both stores answer alike.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal

from graph.document import GraphDocument, Node, Relationship

Direction = Literal["out", "in", "both"]


class StoreError(RuntimeError):
    """A write or read the store refused; the message names the reason."""


class StoreUnavailable(StoreError):
    """The database cannot be reached now; the same call may succeed later."""


class NotSupported(StoreError):
    """Something only another store does (analysts' Cypher runs on Neo4j only)."""


class QueryRefused(StoreError):
    """The database refused an analyst's query (a write in a read transaction, a syntax error,
    a timeout); the message is the database's own."""


@dataclass
class WriteResult:
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0

    @property
    def nodes(self) -> int:
        return self.nodes_created + self.nodes_updated

    @property
    def relationships(self) -> int:
        return self.relationships_created + self.relationships_updated


@dataclass
class Counts:
    nodes: int
    relationships: int
    by_label: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)


@dataclass
class NodeFilter:
    """Nodes of one label whose properties equal `equals` and whose `date` (or another date
    property) lies in [date_from, date_to]; properties are ontology names, never user text."""
    label: str
    equals: dict[str, Any] = field(default_factory=dict)
    date_property: str = "date"
    date_from: str | None = None
    date_to: str | None = None
    limit: int | None = None


class GraphStore(ABC):
    kind: str

    @abstractmethod
    def init_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abstractmethod
    def write(self, doc: GraphDocument, source: str | None = None, delete: tuple[str, ...] = ()) -> WriteResult:
        """Validate `doc` and merge it in one transaction: all of it or, on any error, none.
        `source` names the file it came from in error messages; the nodes of `delete` are
        removed with their relationships in the same transaction (curation's merge)."""

    def write_many(self, docs: list[tuple[GraphDocument, str | None]]) -> list[WriteResult | Exception]:
        """Bulk mode: many (document, source) pairs, each all-or-nothing, the result (or the
        error) of each. A store may write them in fewer transactions (Neo4j: one)."""
        out: list[WriteResult | Exception] = []
        for doc, source in docs:
            try:
                out.append(self.write(doc, source))
            except StoreUnavailable:
                raise
            except (OSError, ValueError, KeyError, TypeError, StoreError) as exc:
                out.append(exc)
        return out

    @abstractmethod
    def put(self, doc: GraphDocument) -> None:
        """Store `doc`'s nodes and relationships exactly as given, replacing what has their
        ids, in one transaction: no merge, no validation (graph/migrate.py: migration and copy)."""

    @abstractmethod
    def get_nodes(self, ids: list[str]) -> list[Node]:
        """The stored nodes among `ids` (unknown ids are left out)."""

    def get_node(self, node_id: str) -> Node | None:
        found = self.get_nodes([node_id])
        return found[0] if found else None

    @abstractmethod
    def relationships(self, node_id: str, direction: Direction = "both",
                      types: list[str] | None = None) -> list[Relationship]:
        """The relationships at one node (ends as ids)."""

    @abstractmethod
    def find_nodes(self, query: NodeFilter) -> list[Node]:
        """Nodes matching `query`, in id order."""

    @abstractmethod
    def search_candidates(self, text: str, label: str | None = None, limit: int = 50) -> list[Node]:
        """Nodes whose name or aliases may match `text` (prefix or fuzzy); ranked by the caller."""

    @abstractmethod
    def shortest_paths(self, start: str, end: str, max_length: int,
                       types: list[str] | None = None, limit: int = 10) -> list[list[Relationship]]:
        """Shortest undirected paths between two nodes, as lists of relationships."""

    @abstractmethod
    def counts(self) -> Counts:
        ...

    @abstractmethod
    def export(self) -> Iterator[GraphDocument]:
        """The whole graph in batches (for export only: nothing else reads all of it)."""

    @abstractmethod
    def run_cypher(self, query: str, parameters: dict[str, Any] | None = None,
                   timeout: float = 10.0, row_cap: int = 1000) -> tuple[list[str], list[list[Any]], bool]:
        """Read-only Cypher: (columns, rows, truncated). The embedded store raises NotSupported."""

    @abstractmethod
    def clear(self) -> None:
        """Delete everything (tests and `minegraph init-db --reset`)."""

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes in a row (a loader's run). Each write stays all-or-nothing and durable
        when it returns; a store may tidy up once at the end (the embedded store compacts its
        journal into its snapshot)."""
        yield

    def close(self) -> None:
        pass

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def evidence(self, fact_id: str, after: str | None = None, limit: int = 50) -> list[Node]:
        """The Evidence records of one fact (`rel:…`), in id order, those after `after` (a page's
        cursor: the last id of the page before)."""

    # -- curation ----------------------------------------------------------------------------
    @abstractmethod
    def get_relationship(self, rel_id: str) -> Relationship | None:
        """One relationship by its id (`rel:…`), or None."""
