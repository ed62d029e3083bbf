"""`minegraph eval`: the figures of shared/eval/score.py for the reports that have a gold file.

The matching rules are the scorer's own (loaders/eval_score.py, vendored verbatim), so a user's
annotated reports are measured exactly as the project's are.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from loaders.eval_score import Counts, score_one, summary
from loaders.language import language_of
from loaders.read import iter_report_paths, read_report

COLUMNS = [("entity_f1", "ent F1"), ("entity_duplicates", "dup"), ("subclass_accuracy", "subcl"),
           ("relation_recall", "rel R"), ("relation_precision", "rel P"), ("event_recall", "evt R"),
           ("event_precision", "evt P"), ("event_date_accuracy", "date"), ("participant_recall", "part R"),
           ("participant_role_accuracy", "role")]
# The README's extraction table lives between these markers; `minegraph eval --readme` rewrites it.
README_BEGIN, README_END = "<!-- eval:begin -->", "<!-- eval:end -->"


def read_splits(path: Path) -> dict[str, list[str]]:
    """Named groups of report stems from a Markdown file: each `## name` heading, then the
    `stem`s in backticks below it (tests/data/SPLITS.md)."""
    splits: dict[str, list[str]] = {}
    current = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = splits.setdefault(line[3:].strip(), [])
        elif current is not None and line.startswith("| `"):
            current.append(line.split("`")[1])
    return {name: stems for name, stems in splits.items() if stems}


def evaluate(gold_dir: Path, reports_dir: Path, extractor=None, show: bool = False,
             splits: dict[str, list[str]] | None = None) -> dict:
    """{"reports": {stem: figures}, "total": figures (micro-averaged), "misses": {stem: [...]},
    "splits": {name: figures}}. Every report under `reports_dir` whose stem names a gold file is
    extracted and scored; `splits` groups stems for subtotals (dev, held-out)."""
    if extractor is None:
        from loaders.pipeline import default_extractor
        extractor = default_extractor()
    gold_files = {p.stem: p for p in sorted(Path(gold_dir).glob("*.json"))}
    reports = [read_report(p) for p in iter_report_paths([Path(reports_dir)]) if p.stem in gold_files]
    total = Counts()
    per_report, misses, counted = {}, {}, {}
    for report, graph in zip(reports, extractor.extract_many(reports)):
        stem = report.path.stem
        counts = score_one(json.loads(gold_files[stem].read_text(encoding="utf-8")), graph.to_dict())
        per_report[stem] = summary(counts)
        counted[stem] = counts
        misses[stem] = list(counts.misses)
        total.add(counts)
    # Each split, and each split per language where the reports are in more than one.
    languages = {r.path.stem: language_of(r.language, r.text) for r in reports}
    several = len(set(languages.values())) > 1
    named = {}
    for name, stems in (splits or {}).items():
        named[name] = stems
        for language in sorted(set(languages.values())) if several else ():
            mine = [s for s in stems if languages.get(s) == language]
            if mine:
                named[f"{name} {language}"] = mine
    groups = {}
    for name, stems in named.items():
        group = Counts()
        for stem in stems:
            if stem in counted:
                group.add(counted[stem])
        groups[name] = summary(group)
    return {"reports": per_report, "total": summary(total), "misses": misses, "splits": groups}


def held_out(splits: dict[str, list[str]] | None) -> set[str]:
    """The stems of every held-out split: their misses are never printed, so whoever writes
    rules cannot read them by accident (tests/data/SPLITS.md)."""
    return {stem for name, stems in (splits or {}).items() if "held-out" in name for stem in stems}


def format_table(result: dict, show: bool = False, hidden: set[str] = frozenset()) -> str:
    """One row per report not in `hidden` and a micro-averaged total per split, in the scorer's
    figures; with `show`, the misses of every report not in `hidden`. A held-out report shows
    only in its split's total: a rule writer who saw its row could tune to it."""
    shown = [name for name in result["reports"] if name not in hidden]
    names = shown + [f"TOTAL {name}" for name in result.get("splits", {})] + ["TOTAL"]
    width = max([len(n) for n in names] + [6])
    lines = [f"{'report':<{width}}  " + "  ".join(f"{label:>6}" for _, label in COLUMNS)]
    for name in names:
        figures = (result["total"] if name == "TOTAL" else result["splits"][name[6:]] if name.startswith("TOTAL ")
                   else result["reports"][name])
        lines.append(f"{name:<{width}}  " + "  ".join(f"{figures[k]:>6}" for k, _ in COLUMNS))
    if hidden:
        lines.append(f"\n({len(hidden)} held-out reports are scored in their totals only)")
    if show:
        for name, missed in result["misses"].items():
            if name not in hidden:
                lines += [f"\n{name}:"] + [f"  {m}" for m in missed]
    return "\n".join(lines)


def with_table(readme: str, table: str) -> str:
    """The README with `table` between the eval markers; a README without them is an error."""
    if README_BEGIN not in readme or README_END not in readme:
        raise ValueError(f"no {README_BEGIN} … {README_END} block to hold the table")
    block = f"{README_BEGIN}\n```\n{table}\n```\n{README_END}"
    return re.sub(re.escape(README_BEGIN) + ".*?" + re.escape(README_END), lambda _: block, readme, flags=re.S)
