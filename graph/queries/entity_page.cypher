// The next page of one type of an entity's facts: keyset on the relationship id.
MATCH (n:{label} {id: $id})-[r:{type}]-(m)
WHERE r.id > $after AND NOT coalesce(r.rejected, false)
WITH DISTINCT r, m ORDER BY r.id LIMIT $limit
CALL (r) {
  UNWIND coalesce(r.sources, []) AS sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, properties(r) AS props, docs,
       {id: m.id, labels: labels(m),
        props: CASE WHEN m:Document THEN m {.id, .title, .url, .publisher, .published, .language, .ingested_at}
                    ELSE properties(m) END} AS other
