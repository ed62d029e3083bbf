// The nodes of one id label for write_nodes.cypher: {label} an ontology name checked by the
// store, {i} the part's number; its rows are $parts.nodes{i} (absent: none, see graph/neo4j_write.py).
UNWIND $parts.nodes{i} AS row
MERGE (n:{label} {{id: row.id}})
// Setting the id takes the node's write lock before its properties are read: a concurrent
// writer of the same node waits, and neither's list additions are lost.
SET n.id = row.id
RETURN n, row
