// The facts of a document with an end the same write created (graph/neo4j_write.py), created
// with their provenance: write_relationships.cypher for a fact nothing is stored of. Its rules
// then keep the row's values (no earlier report to keep, a list is the row's list), so the
// properties are the row's, the summary among them: worked out by the store from the fact's
// records (graph/provenance.py summarise), as are the records to make (`row.records`: those not
// stored, read ahead with the write's other look-ups; one stored without its fact, left by a
// deleted one, is kept, not made again). So the server looks no record up here (a fifth of this
// query's time on a 50-report bulk chunk) and the summary is one map. {parts} is one
// write_relationship_part.cypher per type and pair of end labels, written by CREATE, each
// setting its facts itself (write_new_relationship_rows.cypher) and returning their count.
// replan=skip: see write_relationships.cypher.
CYPHER replan=skip
CALL () {{
{parts}
}}
RETURN sum(created) AS created
