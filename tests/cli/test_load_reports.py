"""Loading the reports folder: twice leaves identical counts, on both stores; unchanged reports
are skipped; a broken report is named with its problem and leaves nothing behind."""
from pathlib import Path

from loaders.read import iter_report_paths
from minegraph.ingest import load_reports
from tests.graph.test_conformance import snapshot

REPORTS = Path(__file__).resolve().parents[2] / "examples" / "reports"


def test_loading_the_reports_folder_twice_leaves_identical_counts(store):
    paths = iter_report_paths([REPORTS])
    first = load_reports(store, paths)
    assert len(first.loaded) == len(paths) >= 11 and not first.failed
    counts, everything = store.counts(), snapshot(store)
    again = load_reports(store, paths)
    assert len(again.skipped) == len(paths)
    forced = load_reports(store, paths, force=True)
    assert len(forced.loaded) == len(paths)
    assert store.counts() == counts
    assert snapshot(store) == everything


def test_a_broken_report_is_named_and_the_batch_goes_on(store, tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\npublished: 2016-10\n---\nThe police fired at Las Bambas.\n")
    bad_date = tmp_path / "bad-date.md"
    bad_date.write_text("---\ntitle: A report\npublished: October 2016\n---\nMartín Vizcarra visited Las Bambas.\n")
    good = REPORTS / "2016-10_psg_las-bambas-vizcarra.md"
    result = load_reports(store, [broken, good, bad_date])
    assert result.loaded == [str(good)]
    problems = dict(result.failed)
    assert set(problems) == {str(broken), str(bad_date)}
    assert "front matter" in problems[str(broken)].lower()
    assert "October 2016" in problems[str(bad_date)]
    assert store.counts().by_label.get("Document") == 1
