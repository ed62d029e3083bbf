"""A bounded schemathesis run over every operation of the API on the embedded store: whatever
the schema allows a client to send, the answer is never a server error (501 on /cypher is the
embedded store saying it has no Cypher engine, as documented)."""
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from api.settings import ApiSettings
from graph.memory_store import MemoryStore
from tests.api.fixtures import load

EXAMPLES = 10  # per operation: the run stays within a couple of minutes on two cores

_store = MemoryStore(Path(tempfile.mkdtemp(prefix="minegraph-fuzz-")) / "graph.json")
load(_store)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_store, ApiSettings(api_key="fuzz-key")))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_errors(case):
    response = case.call(headers={"X-API-Key": "fuzz-key"})
    documented_501 = response.status_code == 501 and case.path == "/cypher"
    assert response.status_code < 500 or documented_501, f"{case.method} {case.path}: {response.status_code} {response.text[:300]}"
