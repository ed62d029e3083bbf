"""Which store to use, from the environment: NEO4J_URI selects Neo4j, otherwise the embedded
store at MINEGRAPH_DATA (default ./data/minegraph.json)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from graph.store import GraphStore

DEFAULT_DATA = Path("data") / "minegraph.json"


@dataclass(frozen=True)
class StoreSettings:
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    data_path: Path = DEFAULT_DATA

    @classmethod
    def from_env(cls) -> "StoreSettings":
        env = os.environ
        return cls(
            neo4j_uri=env.get("NEO4J_URI") or None,
            neo4j_user=env.get("NEO4J_USER") or env.get("NEO4J_USERNAME") or None,
            neo4j_password=env.get("NEO4J_PASSWORD") or None,
            neo4j_database=env.get("NEO4J_DATABASE") or None,
            data_path=Path(env.get("MINEGRAPH_DATA") or DEFAULT_DATA),
        )

    def describe(self) -> str:
        if self.neo4j_uri:
            return f"Neo4j at {self.neo4j_uri}" + (f" (database {self.neo4j_database})" if self.neo4j_database else "")
        return f"embedded store at {self.data_path}"


def open_store(settings: StoreSettings | None = None) -> GraphStore:
    settings = settings or StoreSettings.from_env()
    if settings.neo4j_uri:
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database)
    from graph.memory_store import MemoryStore

    return MemoryStore(settings.data_path)
