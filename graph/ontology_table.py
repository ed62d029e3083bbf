"""The README's ontology tables, generated from schema/ontology.yaml.

`python -m graph.ontology_table` rewrites the part of README.md between the markers; a test
fails when the README and the ontology disagree.
"""
from __future__ import annotations

import re
from pathlib import Path

from graph import ontology
from graph.ontology import Ontology

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN, END = "<!-- ontology:begin -->", "<!-- ontology:end -->"


def render(onto: Ontology) -> str:
    lines = ["| class | subclasses | properties |", "|---|---|---|"]
    for cls in onto.classes.values():
        props = ", ".join(f"`{p}`" for p in cls.properties) or "—"
        lines.append(f"| `{cls.name}` | {', '.join(f'`{s}`' for s in cls.subclasses) or '—'} | {props} |")
    lines += ["", "| relationship | from → to | properties |", "|---|---|---|"]
    for rel in onto.relationships.values():
        props = ", ".join(f"`{p}`" for p in rel.properties) or "—"
        lines.append(f"| `{rel.name}` | {', '.join(rel.sources)} → {', '.join(rel.targets)} | {props} |")
    lines += ["", "Every relationship also carries " + ", ".join(f"`{p}`" for p in onto.provenance_properties) + "."]
    lines += ["", "| vocabulary | values |", "|---|---|"]
    lines += [f"| `{name}` | {', '.join(values)} |" for name, values in onto.vocabularies.items()]
    return "\n".join(lines)


def with_table(readme: str, onto: Ontology) -> str:
    block = f"{BEGIN}\n{render(onto)}\n{END}"
    return re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, readme, flags=re.S)


def main() -> None:
    README.write_text(with_table(README.read_text(encoding="utf-8"), ontology.load()), encoding="utf-8")


if __name__ == "__main__":
    main()
