// The relationships between two id labels for write_relationships.cypher: {start} and {end}
// ontology names checked by the store, {i} the part's number. The type is dynamic: both ends
// are bound, so the MERGE expands between them and needs no index, and a type is not a part.
UNWIND $rels{i} AS row
MATCH (a:{start} {{id: row.start}})
MATCH (b:{end} {{id: row.end}})
// MERGE locks both ends until commit: a concurrent writer of the same fact waits here, so the
// Evidence look-up of write_relationships.cypher cannot race with it.
MERGE (a)-[r:$(row.type) {{id: row.id}}]->(b)
RETURN r, row
