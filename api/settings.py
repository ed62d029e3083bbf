"""API configuration from the environment.

MINEGRAPH_API_KEY opens writes (reports, curation): with none configured every write is refused,
so a server started without thinking about keys cannot be written to by anyone.
MINEGRAPH_READ_KEY, when set, closes reads to callers that send it (or the write key).
"""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ApiSettings:
    api_key: str | None = None
    read_key: str | None = None
    cypher_timeout: float = 10.0   # seconds Neo4j gives an analyst's query
    cypher_row_cap: int = 1000     # rows returned at most; the answer says when more were cut off
    retry_after: int = 5           # seconds a client should wait while Neo4j is unreachable
    max_body_bytes: int = 5_000_000  # a request body beyond this is refused (413) before it is read whole

    @classmethod
    def from_env(cls) -> "ApiSettings":
        env = os.environ
        return cls(
            api_key=env.get("MINEGRAPH_API_KEY") or None,
            read_key=env.get("MINEGRAPH_READ_KEY") or None,
            cypher_timeout=float(env.get("MINEGRAPH_CYPHER_TIMEOUT") or cls.cypher_timeout),
            cypher_row_cap=int(env.get("MINEGRAPH_CYPHER_ROW_CAP") or cls.cypher_row_cap),
            max_body_bytes=int(env.get("MINEGRAPH_MAX_BODY_BYTES") or cls.max_body_bytes),
        )
