// One entity and its facts grouped by type: each type's count and its first $first
// relationships (in id order) with the node at the other end and the documents of their sources.
MATCH (n:{label} {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE NOT coalesce(r.rejected, false)
  WITH DISTINCT r, m ORDER BY r.id
  WITH type(r) AS type, count(*) AS total, collect({r: r, m: m})[..$first] AS firsts
  UNWIND firsts AS f
  WITH type, total, f.r AS r, f.m AS m
  CALL (r) {
    UNWIND coalesce(r.sources, []) AS sid
    MATCH (d:Document {id: sid})
    RETURN collect(d {.id, .title, .url, .published}) AS docs
  }
  RETURN collect({type: type, total: total, start: startNode(r).id, end: endNode(r).id, props: properties(r),
                  docs: docs, other: {id: m.id, labels: labels(m),
                                      props: CASE WHEN m:Document THEN m {.id, .title, .url, .publisher, .published,
                                                                           .language, .ingested_at}
                                                  ELSE properties(m) END}}) AS rows
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rows
