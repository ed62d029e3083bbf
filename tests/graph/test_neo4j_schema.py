"""`minegraph init-db` on the real Neo4j: the schema of constraints.cypher, twice = once."""
import re

from typer.testing import CliRunner

from graph import ontology
from graph.constraints import constraint_statements
from minegraph.cli import app


def test_init_db_twice_leaves_the_same_constraints_and_indexes(neo4j_store, neo4j_uri, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    runner = CliRunner()
    first = runner.invoke(app, ["init-db"])
    assert first.exit_code == 0, first.output
    names = neo4j_store.schema_names()
    second = runner.invoke(app, ["init-db"])
    assert second.exit_code == 0, second.output
    assert neo4j_store.schema_names() == names
    statements = constraint_statements(ontology.load())
    expected = {re.search(r"(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS", s).group(1)
                for s in statements if not s.startswith("DROP")}
    assert expected <= set(names)
    dropped = {re.search(r"DROP INDEX (\w+) IF EXISTS", s).group(1) for s in statements if s.startswith("DROP")}
    assert dropped and not dropped & set(names)


def test_init_db_replaces_the_plain_relationship_id_index_of_an_older_graph(neo4j_store, neo4j_uri, monkeypatch):
    """Graphs made before kept a fact's id in a plain index, which blocks the uniqueness
    constraint on the same property (graph/constraints.py): init-db drops it."""
    with neo4j_store.driver.session() as session:
        session.run("DROP CONSTRAINT rel_member_of_id_unique IF EXISTS").consume()
        session.run("CREATE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id)").consume()
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    result = CliRunner().invoke(app, ["init-db"])
    assert result.exit_code == 0, result.output
    names = neo4j_store.schema_names()
    assert "rel_member_of_id_unique" in names and "rel_member_of_id" not in names


def test_the_id_constraint_holds_in_neo4j(neo4j_store):
    import neo4j
    import pytest

    with neo4j_store.driver.session() as session:
        session.run("CREATE (:Person {id: 'person:x'})").consume()
        with pytest.raises(neo4j.exceptions.ConstraintError):
            session.run("CREATE (:Person {id: 'person:x'})").consume()


def test_a_server_older_than_the_writers_cypher_is_refused_in_one_line(neo4j_store, neo4j_uri, monkeypatch):
    from graph import neo4j_link

    assert neo4j_link.too_old("5.20.0") and neo4j_link.too_old("4.4.30")
    assert not neo4j_link.too_old("5.26.1") and not neo4j_link.too_old("2025.01.0")
    # The test server passes; raising the bar past it makes init-db refuse it, as an old one would be.
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    monkeypatch.setattr(neo4j_link, "MIN_VERSION", (9999, 0))
    refused = CliRunner().invoke(app, ["init-db"])
    assert refused.exit_code == 1
    assert "too old" in refused.output and "needs Neo4j 9999.0" in refused.output
    assert len(refused.output.strip().splitlines()) == 1
