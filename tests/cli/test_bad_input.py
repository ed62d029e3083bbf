"""Issue 11: `minegraph` on bad input and a lost database: one line per failure naming the file
and the problem (never a traceback, never the path twice), exit 1 when anything failed, and the
rest of the batch loaded."""
import pytest
from typer.testing import CliRunner

from graph.memory_store import MemoryStore
from minegraph.cli import app

GOOD = "---\ntitle: A visit\npublished: 2016-10\n---\nMartín Vizcarra, Peru's vice-president, visited Las Bambas.\n"
DOWN = "bolt://127.0.0.1:9"  # nothing listens on the discard port


@pytest.fixture
def embedded(tmp_path, monkeypatch):
    monkeypatch.setenv("MINEGRAPH_DATA", str(tmp_path / "graph.json"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    return tmp_path


def _find(store, label):
    from graph.store import NodeFilter

    return store.find_nodes(NodeFilter(label=label))


def test_a_missing_path_fails_the_run_and_the_good_file_still_loads(embedded):
    good = embedded / "good.md"
    good.write_text(GOOD)
    typo = embedded / "typo"
    result = CliRunner().invoke(app, ["load", str(typo), str(good)])
    assert result.exit_code == 1
    assert "1 loaded" in result.output and f"{typo}: no such file" in result.output
    assert len(_find(MemoryStore(embedded / "graph.json"), "Document")) == 1


@pytest.mark.parametrize("bad,problem", [
    ("", "empty file"),
    ("---\npublished: 2016-02-30\n---\nSome text.", "bad published date"),
    ("---\npublished: 2016-10-22garbage\n---\nSome text.", "bad published date"),
    ("---\ntitle: [a, b]\n---\nSome text.", "title: must be text"),
    ("---\ntitle: x\nSome text without the closing line.", "never closed"),
    ("\x00\x01\x02 binary \x00" * 50, "binary"),
])
def test_a_bad_report_in_a_folder_is_one_line_and_the_others_load(embedded, bad, problem):
    folder = embedded / "reports"
    folder.mkdir()
    (folder / "a-bad.md").write_text(bad)
    (folder / "b-good.md").write_text(GOOD)
    result = CliRunner().invoke(app, ["load", str(folder)])
    assert result.exit_code == 1, result.output
    assert "1 loaded" in result.output and "1 failed" in result.output
    (line,) = [line for line in result.output.splitlines() if "a-bad.md" in line]
    assert problem in line and line.count("a-bad.md") == 1
    assert "Traceback" not in result.output


def test_a_stray_byte_is_a_warning_naming_the_file(embedded):
    path = embedded / "stray.md"
    path.write_bytes(GOOD.encode() + b"A stray \xff byte.\n")
    result = CliRunner().invoke(app, ["load", str(path)])
    assert result.exit_code == 0
    assert f"{path}: warning: 1 invalid UTF-8" in result.output


def test_corrected_front_matter_is_stored_not_unchanged(embedded):
    path = embedded / "visit.md"
    path.write_text(GOOD.replace("2016-10", "2015-10"))
    assert CliRunner().invoke(app, ["load", str(path)]).exit_code == 0
    path.write_text(GOOD)
    result = CliRunner().invoke(app, ["load", str(path)])
    assert result.exit_code == 0 and "1 loaded, 0 unchanged" in result.output
    published = {d.properties.get("published") for d in _find(MemoryStore(embedded / "graph.json"), "Document")}
    assert "2016-10" in published


@pytest.mark.parametrize("args", [["init-db"], ["query", "RETURN 1"], ["load", "{good}"]])
def test_neo4j_down_is_one_line_not_a_traceback(tmp_path, monkeypatch, args):
    good = tmp_path / "good.md"
    good.write_text(GOOD)
    monkeypatch.setenv("NEO4J_URI", DOWN)
    result = CliRunner().invoke(app, [a.format(good=good) for a in args])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "unreachable" in lines[0], result.output


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", DOWN)
    result = CliRunner().invoke(app, ["--debug", "init-db"])
    assert result.exit_code == 1 and not isinstance(result.exception, SystemExit)


def test_a_refused_query_is_one_line(neo4j_uri, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    for query in ("CREATE (n:Person {id: 'person:x'})", "RETURN 1 +", "LOAD CSV FROM 'http://example.org/' AS row RETURN row"):
        result = CliRunner().invoke(app, ["query", query])
        assert result.exit_code == 2, result.output
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "Traceback" not in result.output, result.output
