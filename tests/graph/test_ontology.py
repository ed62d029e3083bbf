"""schema/ontology.yaml against ONTOLOGY.md (the contract): nothing it lists may be missing."""
import re
from pathlib import Path

import pytest

from graph import ontology
from graph.constraints import CONSTRAINTS_FILE, render

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = [p for p in (ROOT / "schema" / "ONTOLOGY.md", ROOT.parent / "shared" / "ONTOLOGY.md") if p.exists()]


def table_rows(text: str, heading: str) -> list[list[str]]:
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:-1] for line in section.splitlines() if line.startswith("| `")]
    return [[cell.strip() for cell in row] for row in rows]


def ticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


@pytest.fixture(scope="module")
def onto():
    return ontology.load()


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda p: str(p.parent.name))
def test_every_class_and_subclass_of_the_contract_is_in_schema(contract: Path, onto):
    for cls_cell, sub_cell, *_ in table_rows(contract.read_text(), "## Nodes"):
        (cls,) = ticked(cls_cell)
        assert cls in onto.classes, f"class {cls} of {contract} is missing from schema/ontology.yaml"
        for sub in ticked(sub_cell):
            assert sub in onto.classes[cls].subclasses, f"subclass {sub} of {cls} is missing"


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda p: str(p.parent.name))
def test_every_relationship_type_and_role_of_the_contract_is_in_schema(contract: Path, onto):
    rows = table_rows(contract.read_text(), "## Relationships")
    for type_cell, _ends, props in rows:
        for rel_type in ticked(type_cell):
            assert rel_type in onto.relationships, f"relationship type {rel_type} is missing"
        if "`role`:" in props:
            listed = re.sub(r"\([^)]*\)", "", props.split("`role`:", 1)[1])
            roles = [r.strip() for r in listed.split(",")]
            missing = set(roles) - set(onto.vocabulary("participant_role"))
            assert not missing, f"roles {missing} are missing"
    assert len(rows) >= 20


def test_the_contract_vocabularies_are_in_schema(onto):
    text = CONTRACTS[0].read_text()
    status = re.search(r"`status` \(([^)]*)\)", text).group(1).split(", ")
    assert set(status) <= set(onto.vocabulary("commitment_status"))
    phases = re.search(r"`phase` \(([^)]*)\)", text).group(1).split(", ")
    assert set(phases) <= set(onto.vocabulary("conflict_phase"))


def test_a_missing_label_is_caught(onto, tmp_path):
    """The checks above can fail: a schema without Visit is refused."""
    import yaml

    raw = yaml.safe_load(ontology.ONTOLOGY_FILE.read_text())
    raw["classes"]["Event"]["subclasses"].remove("Visit")
    smaller = ontology.parse(raw)
    with pytest.raises(AssertionError):
        test_every_class_and_subclass_of_the_contract_is_in_schema(CONTRACTS[0], smaller)


def test_constraints_file_is_generated_from_the_ontology(onto):
    assert CONSTRAINTS_FILE.read_text() == render(onto), "run `make constraints` and commit schema/constraints.cypher"


def test_every_class_has_a_unique_id_constraint(onto):
    text = CONSTRAINTS_FILE.read_text()
    for cls in onto.classes:
        assert f"FOR (n:{cls}) REQUIRE n.id IS UNIQUE" in text
    assert "CREATE FULLTEXT INDEX" in text and "ON (n.date)" in text


def test_readme_ontology_table_is_generated_from_the_schema(onto):
    from graph.ontology_table import README, with_table

    text = README.read_text()
    assert "<!-- ontology:begin -->" in text
    assert with_table(text, onto) == text, "run `make constraints` to regenerate the README table"
