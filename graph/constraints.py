"""schema/constraints.cypher, generated from the ontology: `python -m graph.constraints` writes
it, and a test fails when the committed file differs from what the ontology gives."""
from __future__ import annotations

import sys

from graph import ontology
from graph.ontology import SCHEMA_DIR, Ontology

CONSTRAINTS_FILE = SCHEMA_DIR / "constraints.cypher"


def constraint_statements(onto: Ontology) -> list[str]:
    out = [f"CREATE CONSTRAINT {cls.lower()}_id IF NOT EXISTS FOR (n:{cls}) REQUIRE n.id IS UNIQUE"
           for cls in onto.classes]
    for index in onto.indexes:
        label, prop = index["label"], index["property"]
        out.append(f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
    for rel in onto.relationships:
        # A uniqueness constraint, not a plain index: the writer's MERGE of a fact then always
        # finds it by a unique locking seek. With a plain index the planner, on some statistics
        # (a type already holding facts, planned inside the write's own transaction), chose a scan
        # of the type's whole index for each fact, a plan kept by replan=skip: a write's cost grew
        # with the graph (42 to 131 ms a report over 600 on a fresh server; README, Writes).
        # The plain index of graphs made before blocks a constraint on the same property: dropped.
        out.append(f"DROP INDEX rel_{rel.lower()}_id IF EXISTS")
        out.append(f"CREATE CONSTRAINT rel_{rel.lower()}_id_unique IF NOT EXISTS FOR ()-[r:{rel}]-() REQUIRE r.id IS UNIQUE")
    ft = onto.fulltext
    # standard-folding: "Martin" finds "Martín" (Lucene's ASCII folding), as the embedded store does.
    out.append(f"CREATE FULLTEXT INDEX {ft['name']} IF NOT EXISTS FOR (n:{'|'.join(ft['labels'])}) "
               f"ON EACH [{', '.join('n.' + p for p in ft['properties'])}] "
               f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{ft['analyzer']}'}}}}")
    return out


def render(onto: Ontology) -> str:
    header = ("// Generated from schema/ontology.yaml by `python -m graph.constraints`; do not edit.\n"
              "// `minegraph init-db` applies it; every statement is idempotent (IF EXISTS, IF NOT EXISTS).\n")
    return header + "".join(s + ";\n" for s in constraint_statements(onto))


def main() -> None:
    CONSTRAINTS_FILE.write_text(render(ontology.load()), encoding="utf-8")
    print(f"wrote {CONSTRAINTS_FILE}", file=sys.stderr)


if __name__ == "__main__":
    main()
