// One actor's events of a kind with their role in each and the documents that say so.
MATCH (n:{label} {id: $id})
OPTIONAL MATCH (n)-[r:PARTICIPATED_IN]->(e:{event_label})
WHERE NOT coalesce(r.rejected, false)
CALL (r) {
  UNWIND coalesce(r.sources, []) AS sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN n.id AS node, type(r) AS type, n.id AS start, e.id AS end, properties(r) AS props, docs,
       {id: e.id, labels: labels(e), props: properties(e)} AS other
