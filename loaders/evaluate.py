"""`minegraph eval`: the figures of shared/eval/score.py for the reports that have a gold file.

The matching rules are the scorer's own (loaders/eval_score.py, vendored verbatim), so a user's
annotated reports are measured exactly as the project's are.
"""
from __future__ import annotations

import json
from pathlib import Path

from loaders.eval_score import Counts, score_one, summary
from loaders.read import iter_report_paths, read_report

COLUMNS = [("entity_f1", "ent F1"), ("entity_duplicates", "dup"), ("subclass_accuracy", "subcl"),
           ("relation_recall", "rel R"), ("relation_precision", "rel P"), ("event_recall", "evt R"),
           ("event_precision", "evt P"), ("event_date_accuracy", "date"), ("participant_recall", "part R"),
           ("participant_role_accuracy", "role")]


def evaluate(gold_dir: Path, reports_dir: Path, extractor=None, show: bool = False) -> dict:
    """{"reports": {stem: figures}, "total": figures (micro-averaged), "misses": {stem: [...]}}.
    Every report under `reports_dir` whose stem names a gold file is extracted and scored."""
    if extractor is None:
        from loaders.pipeline import default_extractor
        extractor = default_extractor()
    gold_files = {p.stem: p for p in sorted(Path(gold_dir).glob("*.json"))}
    reports = [read_report(p) for p in iter_report_paths([Path(reports_dir)]) if p.stem in gold_files]
    total = Counts()
    per_report, misses = {}, {}
    for report, graph in zip(reports, extractor.extract_many(reports)):
        stem = report.path.stem
        counts = score_one(json.loads(gold_files[stem].read_text(encoding="utf-8")), graph.to_dict())
        per_report[stem] = summary(counts)
        misses[stem] = list(counts.misses)
        total.add(counts)
    return {"reports": per_report, "total": summary(total), "misses": misses}


def format_table(result: dict, show: bool = False) -> str:
    """One row per report and a micro-averaged total, in the scorer's figures."""
    names = list(result["reports"]) + ["TOTAL"]
    width = max([len(n) for n in names] + [6])
    lines = [f"{'report':<{width}}  " + "  ".join(f"{label:>6}" for _, label in COLUMNS)]
    for name in names:
        figures = result["total"] if name == "TOTAL" else result["reports"][name]
        lines.append(f"{name:<{width}}  " + "  ".join(f"{figures[k]:>6}" for k, _ in COLUMNS))
    if show:
        for name, missed in result["misses"].items():
            lines += [f"\n{name}:"] + [f"  {m}" for m in missed]
    return "\n".join(lines)


def print_table(result: dict, show: bool = False) -> None:
    print(format_table(result, show))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("reports_dir", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    print_table(evaluate(args.gold_dir, args.reports_dir), args.show)
