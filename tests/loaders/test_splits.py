from loaders.evaluate import read_splits


def test_splits_are_read_from_headings_and_backticked_stems(tmp_path):
    path = tmp_path / "SPLITS.md"
    path.write_text("# Splits\n\n## dev\n\n| stem | style |\n|---|---|\n| `a` | wire |\n| `b` | NGO |\n\n"
                    "## held-out\n\n| `c` | ombudsman |\n\n## Notes\n\nnothing here\n")
    assert read_splits(path) == {"dev": ["a", "b"], "held-out": ["c"]}
