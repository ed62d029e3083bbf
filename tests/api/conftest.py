"""A TestClient over the app on each store (the `store` fixture runs every test on both)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import ApiSettings
from tests.api.fixtures import load

KEY = "test-write-key"


@pytest.fixture
def settings() -> ApiSettings:
    return ApiSettings(api_key=KEY)


@pytest.fixture
def client(store, settings) -> TestClient:
    """The app over the sample graph; the write key is `KEY` (send it with `writer`)."""
    load(store)
    return TestClient(create_app(store, settings), raise_server_exceptions=False)


@pytest.fixture
def writer() -> dict[str, str]:
    return {"X-API-Key": KEY}
