// A person's positions: the bodies they head, hold a post in or belong to.
MATCH (p:Person {id: $id})-[r:HEADS|HOLDS_POSITION|MEMBER_OF]->(o)
WHERE NOT coalesce(r.rejected, false)
CALL (r) {
  UNWIND coalesce(r.sources, []) AS sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN type(r) AS type, p.id AS start, o.id AS end, properties(r) AS props, docs,
       {id: o.id, labels: labels(o), props: properties(o)} AS other
ORDER BY r.id
