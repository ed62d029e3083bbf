"""`make bench`: extraction (loaders/benchmark.py), writes (the write benchmark, when its module
is present) and reads (bench/read.py) in one run; every figure beside its baseline and ratio,
all of them in bench/results.json.

    python -m bench [--nodes 20000]      # the read benchmark at 1M nodes: --nodes 1000000
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

RESULTS = Path(__file__).parent / "results.json"
WRITE_MODULES = ("bench.write", "graph.write_benchmark")  # the write path's own benchmark (branch prov)


def extraction() -> dict:
    from loaders import benchmark

    r = benchmark.run()
    print(f"extraction: full {r['reports'] / r['full_s']:.1f} reports/s, NER-only baseline "
          f"{r['reports'] / r['baseline_s']:.1f} reports/s, ratio {r['full_s'] / r['baseline_s']:.2f}×")
    return r


def writes() -> dict | None:
    for name in WRITE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        run = getattr(module, "figures", None) or getattr(module, "main", None)
        if run:
            return {"module": name, "figures": run()}
    print(f"writes: skipped, no write benchmark module ({' or '.join(WRITE_MODULES)}) in this tree")
    return None


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
