"""The extractor every loader test shares (loading spaCy once)."""
import pytest

from loaders.pipeline import default_extractor


@pytest.fixture(scope="module")
def ex():
    return default_extractor()
