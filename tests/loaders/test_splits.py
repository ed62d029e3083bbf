import pytest

from loaders.evaluate import COLUMNS, README_BEGIN, README_END, format_table, held_out, read_splits, with_table


def test_splits_are_read_from_headings_and_backticked_stems(tmp_path):
    path = tmp_path / "SPLITS.md"
    path.write_text("# Splits\n\n## dev\n\n| stem | style |\n|---|---|\n| `a` | wire |\n| `b` | NGO |\n\n"
                    "## held-out\n\n| `c` | ombudsman |\n\n## Notes\n\nnothing here\n")
    assert read_splits(path) == {"dev": ["a", "b"], "held-out": ["c"]}


def _result() -> dict:
    figures = {key: 0.5 for key, _ in COLUMNS}
    return {"reports": {"a": figures, "c": figures}, "total": figures, "splits": {},
            "misses": {"a": ["missed relation in a"], "c": ["missed relation in c"]}}


def test_a_held_out_report_shows_neither_its_misses_nor_its_row():
    splits = {"dev": ["a"], "held-out": ["c"], "Spanish held-out": ["d"]}
    assert held_out(splits) == {"c", "d"}
    table = format_table(_result(), show=True, hidden=held_out(splits))
    assert "missed relation in a" in table
    assert "missed relation in c" not in table
    rows = [line.split()[0] for line in table.splitlines()[1:] if line.strip()]
    assert "a" in rows and "c" not in rows


def test_the_readme_table_is_rewritten_between_its_markers_only():
    readme = f"intro\n{README_BEGIN}\nold table\n{README_END}\nrest\n"
    rewritten = with_table(readme, "new table")
    assert rewritten.startswith("intro\n") and rewritten.endswith("\nrest\n")
    assert "new table" in rewritten and "old table" not in rewritten
    with pytest.raises(ValueError):
        with_table("a README without markers", "new table")


def test_every_repository_report_has_gold_and_stands_in_exactly_one_split():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    splits = read_splits(root / "tests" / "data" / "SPLITS.md")
    listed = [stem for stems in splits.values() for stem in stems]
    reports = {path.stem for path in (root / "examples" / "reports").glob("*.md")}
    golds = {path.stem for path in (root / "tests" / "data" / "gold").glob("*.json")}
    assert reports == golds
    assert sorted(listed) == sorted(reports)  # each report once, none missing, none invented
