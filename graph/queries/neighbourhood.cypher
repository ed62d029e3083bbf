// The nodes within a few steps of a center, breadth first and in id order at each step, at most
// $limit, only those with one of $labels when given (the center always), the relationships
// between them, and once for the whole answer the summary of the reports their sources cite.
// The steps placeholder below is neighbourhood_step.cypher once per level (graph/queries/subgraph.py).
MATCH (c:{label} {id: $id})
WITH [c] AS found, [c] AS frontier, false AS truncated
{steps}
UNWIND found AS a
CALL (a, found) {
  MATCH (a)-[r:{types}]->(b)
  WHERE b IN found AND NOT coalesce(r.rejected, false)
  RETURN collect({type: type(r), start: a.id, end: b.id, props: properties(r)}) AS rels
}
WITH collect({id: a.id, labels: labels(a),
              props: CASE WHEN a:Document THEN a {.id, .title, .url, .publisher, .published, .language,
                                                   .ingested_at}
                          ELSE properties(a) END}) AS nodes,
     collect(rels) AS rels, truncated
CALL (rels) {
  UNWIND rels AS group
  UNWIND group AS r
  UNWIND coalesce(r.props.sources, []) AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN nodes, rels, truncated, docs
