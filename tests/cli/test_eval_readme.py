"""`minegraph eval --readme`: the README's table never shows a held-out report's own row."""
import shutil
from pathlib import Path

from typer.testing import CliRunner

from loaders.evaluate import README_BEGIN, README_END
from minegraph.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = "2016-10_psg_las-bambas-vizcarra"


def test_the_readme_table_shows_held_out_reports_in_their_totals_only(tmp_path):
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir(), gold.mkdir()
    for stem in ("dev-report", "held-report"):  # the sample twice, under two names
        shutil.copy(ROOT / "examples" / "reports" / f"{SAMPLE}.md", reports / f"{stem}.md")
        shutil.copy(ROOT / "tests" / "data" / "gold" / f"{SAMPLE}.json", gold / f"{stem}.json")
    splits = tmp_path / "SPLITS.md"
    splits.write_text("## dev\n\n| `dev-report` | wire |\n\n## held-out\n\n| `held-report` | wire |\n")
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{README_BEGIN}\nold\n{README_END}\n")

    result = CliRunner().invoke(app, ["eval", str(gold), str(reports), "--splits", str(splits), "--readme", str(readme)])

    assert result.exit_code == 0, result.output
    rows = [line.split()[0] for line in readme.read_text().splitlines() if line and not line.startswith(("<", "`"))]
    assert "dev-report" in rows and "TOTAL" in rows
    assert "held-report" not in rows
    assert "TOTAL held-out" in readme.read_text()
