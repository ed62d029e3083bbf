"""Which analysts' queries may run: the EXPLAIN plan is checked against an allowlist of plan
operators and procedures (cypher_allowlist.yaml) before the query itself runs. The READ access
mode still refuses writes; this refuses the reads that are not plain reads of the graph."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Iterator

import yaml

from graph.store import QueryRefused

ALLOWLIST = Path(__file__).with_name("cypher_allowlist.yaml")
PROCEDURE_NAME = re.compile(r"\s*([A-Za-z_][\w.]*)\s*\(")


@cache
def allowlist() -> tuple[frozenset[str], frozenset[str]]:
    data = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
    return frozenset(data["operators"]), frozenset(data["procedures"])


def _operators(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("children") or []:
        yield from _operators(child)


def check_plan(plan: dict[str, Any] | None) -> None:
    """Raise QueryRefused unless every operator of the plan, and every procedure it calls, is
    on the allowlist."""
    operators, procedures = allowlist()
    if not plan:
        raise QueryRefused("the query has no plan to check (an administration command?); only reads of the graph run")
    for step in _operators(plan):
        name = step.get("operatorType", "").split("@")[0]
        if name not in operators:
            raise QueryRefused(f"the query is not a plain read of the graph: its plan uses {name}, which is not allowed")
        if name == "ProcedureCall":
            details = str((step.get("args") or step.get("arguments") or {}).get("Details", ""))
            called = PROCEDURE_NAME.match(details)
            if not called or called.group(1) not in procedures:
                raise QueryRefused(f"procedure {called.group(1) if called else details!r} is not allowed; "
                                   f"allowed: {', '.join(sorted(procedures))}")
