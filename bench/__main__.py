"""`make bench`: extraction (loaders/benchmark.py), writes (graph/bench_write.py), reads
(bench/read.py) in one run; every figure beside its baseline and ratio, all of them in
bench/results.json.

    python -m bench [--nodes 20000]      # the read benchmark at 1M nodes: --nodes 1000000
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

RESULTS = Path(__file__).parent / "results.json"


def extraction() -> dict:
    from loaders import benchmark

    r = benchmark.run()
    print(f"extraction: full {r['reports'] / r['full_s']:.1f} reports/s, NER-only baseline "
          f"{r['reports'] / r['baseline_s']:.1f} reports/s, ratio {r['full_s'] / r['baseline_s']:.2f}×")
    return r


def writes() -> dict:
    from graph import bench_write

    figures = bench_write.measure()
    print("writes (graph.bench_write):\n" + "\n".join(bench_write.mode_lines(figures)))
    print(f"writes: a report touching a fact of {bench_write.HOT_REPEATS[1]:,} sources costs "
          f"{figures['hot_ratio']:.2f}× one touching a fact of {bench_write.HOT_REPEATS[0]:,}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=20_000, help="the read benchmark's synthetic graph size")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from bench import read

    results = {"extraction": extraction(), "writes": writes(),
               "reads": read.main(["--nodes", str(args.nodes), "--runs", str(args.runs)])}
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"figures written to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
