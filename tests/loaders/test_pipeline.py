"""The extractor end to end: validity, provenance, determinism, and the sample's quality."""
from pathlib import Path

import pytest

from graph.validation import validate
from loaders.evaluate import evaluate, format_table
from loaders.pipeline import default_extractor
from loaders.read import read_report
from loaders.reference import load_references

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "reports" / "2016-10_psg_las-bambas-vizcarra.md"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="module")
def graph():
    return default_extractor().extract(read_report(SAMPLE))


def test_valid_with_provenance(graph):
    validate(graph)
    doc = graph.nodes[0]
    assert doc.labels == ["Document"] and "ingested_at" not in doc.properties
    assert doc.properties["published"] == "2016-10"
    text = read_report(SAMPLE).text
    for r in graph.relationships:
        p = r.properties
        assert p["sources"] == [doc.id] and len(p["evidence"]) == 1 and 0 < p["confidence"] <= 1 and p["extractor"]
        if r.type == "MENTIONED_IN":
            assert p["count"] == len(p["spans"])
            for span in p["spans"]:
                s, e = map(int, span.split(":"))
                assert 0 <= s < e <= len(text)


def test_mention_spans_point_at_the_name(graph):
    text = read_report(SAMPLE).text
    rel = next(r for r in graph.relationships if r.type == "MENTIONED_IN" and r.start == "person:martin-vizcarra")
    s, e = map(int, rel.properties["spans"][0].split(":"))
    assert text[s:e] == "Martín Vizcarra"


def test_deterministic(graph):
    again = default_extractor().extract(read_report(SAMPLE))
    assert again.to_json() == graph.to_json()
    batch = list(default_extractor().extract_many([read_report(SAMPLE)] * 2, batch_size=2))
    assert all(b.to_json() == graph.to_json() for b in batch)


def test_reference_ids_meet_extracted_ids(graph):
    extracted = {n.id for n in graph.nodes}
    for ref in load_references():
        validate(ref)
        assert all(n.properties.get("curated") for n in ref.nodes if n.labels != ["Document"])
        assert all(r.properties["curated"] and r.properties["evidence"][0] for r in ref.relationships)
        assert {"person:martin-vizcarra", "organization:policia-nacional-del-peru"} <= extracted & {n.id for n in ref.nodes}
        assert any(r.type == "SUBORDINATE_TO" and r.start == "organization:policia-nacional-del-peru"
                   and r.end == "organization:ministry-of-the-interior" and r.properties["basis"] == "statutory"
                   for r in ref.relationships)


def test_sample_meets_the_thresholds(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{SAMPLE.stem}.json").write_text((GOLD / f"{SAMPLE.stem}.json").read_text(encoding="utf-8"))
    result = evaluate(gold, SAMPLE.parent)
    f = result["total"]
    assert list(result["reports"]) == [SAMPLE.stem], format_table(result)
    assert f["entity_f1"] >= 0.90 and f["entity_duplicates"] == 0
    assert f["subclass_accuracy"] >= 0.85
    assert f["relation_recall"] >= 0.80
    assert f["event_recall"] >= 0.75
    assert f["event_date_accuracy"] >= 0.90
    assert f["participant_recall"] >= 0.75


def test_vendored_scorer_is_a_verbatim_copy():
    vendored = (ROOT / "loaders" / "eval_score.py").read_text(encoding="utf-8").splitlines()
    body = [line for line in vendored if not line.startswith("# ")][0]
    assert body == "#!/usr/bin/env python3"
