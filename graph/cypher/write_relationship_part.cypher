// The relationships of one type between two id labels for write_relationships.cypher: {start},
// {end} and {type} ontology names checked by the store, {i} the part's number. The type is
// static: the MERGE then finds the fact by its type's id uniqueness constraint (a unique
// locking seek) whatever the graph's statistics. Of a dynamic type it had no index, and planned
// on an empty graph (a load's first write) it scanned every relationship for each row; with a
// plain id index, planned inside a write's transaction, it scanned the type's whole index for
// each row: plans frozen by replan=skip (tests/graph/test_write_plans_frozen.py).
// Its rows are $parts.rels{i} (absent: none, see graph/neo4j_write.py).
UNWIND $parts.rels{i} AS row
MATCH (a:{start} {{id: row.start}})
MATCH (b:{end} {{id: row.end}})
// {write} is MERGE, or CREATE for facts with an end this write created (graph/neo4j_write.py):
// such a fact cannot be stored yet, and its MERGE searched the new node's relationships for
// each of them (a report's mentions: quadratic in their number). MERGE locks both ends until
// commit (a created node is locked by its creator already): a concurrent writer of the same fact
// waits here, so the Evidence look-up of write_relationships.cypher cannot race with it.
{write} (a)-[r:{type} {{id: row.id}}]->(b)
// {then}: what the write does with the part's facts (RETURN r, row for the rules after the parts;
// for CREATE, write_new_relationship_rows.cypher).
{then}
