// The facts of a document with an end the same write created (graph/neo4j_write.py), created
// with their provenance: write_relationships.cypher for a fact nothing is stored of. Its rules
// then keep the row's values (no earlier report to keep, a list is the row's list), so the
// properties are the row's and the summary is its fresh records'. {parts} is one
// write_relationship_part.cypher per type and pair of end labels, written by CREATE.
// replan=skip: see write_relationships.cypher.
CYPHER replan=skip
CALL () {{
{parts}
}}
// An Evidence record stored without its fact (left by a deleted one) is kept, not made again.
WITH r, row, [record IN row.records WHERE NOT EXISTS {{ MATCH (:Evidence {{id: record.id}}) }}] AS fresh
SET r += row.props,
    r.sources = [f IN fresh | f.document][..$kept],
    r.evidence = [f IN fresh | f.sentence][..$kept],
    r.source_count = size(fresh),
    r.observed_from = reduce(m = null, f IN fresh |
                             CASE WHEN f.observed IS NULL THEN m WHEN m IS NULL OR f.observed < m THEN f.observed ELSE m END),
    r.observed_to = reduce(m = null, f IN fresh |
                           CASE WHEN f.observed IS NULL THEN m WHEN m IS NULL OR f.observed > m THEN f.observed ELSE m END)
FOREACH (record IN fresh | CREATE (e:Evidence) SET e = record, e.fact = row.id, e.fact_type = row.type)
RETURN count(*) AS created
