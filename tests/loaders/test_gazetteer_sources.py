"""Issue 10 / HELPERS.md: a gazetteer entry is knowledge of a public body, figure or place, so
each says where it comes from: the body's official website, a Wikipedia article, or a
reference to a published document."""
import re
from pathlib import Path

import yaml

GAZETTEER = Path(__file__).resolve().parents[2] / "loaders" / "data" / "gazetteer.yaml"
URL = re.compile(r"https://[\w.-]+\.[a-z]{2,}(/\S*)?")


def test_every_gazetteer_entry_has_a_source():
    entries = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))["entries"]
    missing = [e["name"] for e in entries if not str(e.get("source") or "").strip()]
    assert not missing, f"entries without a source: {missing}"


def test_a_source_that_names_a_url_names_a_whole_one():
    entries = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))["entries"]
    for entry in entries:
        source = str(entry.get("source") or "")
        if "://" in source:
            assert URL.match(source.split()[0]), f"{entry['name']}: {source!r}"
