// One entity and its facts grouped by type: each type's count and its first $first
// relationships (in id order) with the node at the other end (a report by its summary), then
// once for the whole answer the summaries of the reports their sources cite. Each fact is a
// list, not a map: the driver decodes an answer value by value, keys included.
MATCH (n:{label} {id: $id})
CALL (n) {
  // Each relationship once without a DISTINCT over all of a hub's: the outgoing ones, then the
  // incoming ones but self-loops (which the outgoing side gave already).
  CALL (n) {
    MATCH (n)-[r]->(m) RETURN r, m
    UNION ALL
    MATCH (n)<-[r]-(m) WHERE m <> n RETURN r, m
  }
  WITH r, m WHERE NOT coalesce(r.rejected, false)
  WITH r, m ORDER BY r.id
  WITH type(r) AS type, count(*) AS total, collect({r: r, m: m})[..$first] AS firsts
  UNWIND firsts AS f
  WITH type, total, f.r AS r, f.m AS m
  RETURN collect([type, total, startNode(r).id, endNode(r).id, properties(r), m.id, labels(m),
                  CASE WHEN m:Document THEN m {.id, .title, .url, .publisher, .published, .language, .ingested_at}
                       ELSE properties(m) END]) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  UNWIND coalesce(row[4].sources, []) AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rows, docs
