// Around the units of a chain: who heads them, what else binds them (security contracts, bases)
// and who operates or owns the places those lines reach.
UNWIND $units AS uid
MATCH (u:Organization {id: uid})
CALL (u) {
  MATCH (p:Person)-[r:HEADS]->(u)
  WHERE NOT coalesce(r.rejected, false)
  RETURN 'head' AS kind, r, p AS other
  UNION ALL
  MATCH (u)-[r:PROVIDES_SECURITY_TO|BASED_AT]->(t)
  WHERE NOT coalesce(r.rejected, false)
  RETURN 'line' AS kind, r, t AS other
  UNION ALL
  MATCH (u)-[l:PROVIDES_SECURITY_TO|BASED_AT]->(:Place)<-[r:OPERATES|OWNS]-(o)
  WHERE NOT coalesce(l.rejected, false) AND NOT coalesce(r.rejected, false)
  RETURN 'owner' AS kind, r, o AS other
}
CALL (r) {
  UNWIND coalesce(r.sources, []) AS sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN kind, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, properties(r) AS props, docs,
       {id: other.id, labels: labels(other), props: properties(other)} AS other
