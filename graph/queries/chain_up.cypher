// Everything a chain of command can show, in one query: where it starts (the node; for an event
// its police and military participants), every line upwards from there ({depth} levels at most),
// and around each unit reached who heads it, what else binds it (security contracts, bases) and
// who operates or owns the places those lines reach; then once the summaries of the reports
// cited. Which line holds on the date, and so which units' surroundings are shown, is chosen in
// Python (graph/queries/chain.py), alike on both stores.
MATCH (start:{label} {id: $id})
CALL (start) {
  MATCH (u)-[p:PARTICIPATED_IN]->(start)
  WHERE start:Event AND (u:PoliceUnit OR u:MilitaryUnit) AND NOT coalesce(p.rejected, false)
  RETURN collect(DISTINCT u) AS armed
}
WITH start, CASE WHEN start:Event THEN armed WHEN start:Organization OR start:Person THEN [start] ELSE [] END AS seeds
CALL (seeds) {
  UNWIND seeds AS seed
  MATCH (seed)-[:SUBORDINATE_TO|PART_OF|HEADS|MEMBER_OF*0..{depth}]->(unit)
  RETURN collect(DISTINCT unit) AS units
}
CALL (units) {
  UNWIND units AS unit
  CALL (unit) {
    MATCH (unit)-[r:SUBORDINATE_TO|PART_OF|HEADS|MEMBER_OF]->(up)
    WHERE (up:Organization OR up:Person) AND NOT coalesce(r.rejected, false)
    RETURN 'up' AS kind, r, up AS other
    UNION ALL
    MATCH (p:Person)-[r:HEADS]->(unit)
    WHERE unit:Organization AND NOT coalesce(r.rejected, false)
    RETURN 'head' AS kind, r, p AS other
    UNION ALL
    MATCH (unit)-[r:PROVIDES_SECURITY_TO|BASED_AT]->(t)
    WHERE unit:Organization AND NOT coalesce(r.rejected, false)
    RETURN 'line' AS kind, r, t AS other
    UNION ALL
    MATCH (unit)-[l:PROVIDES_SECURITY_TO|BASED_AT]->(:Place)<-[r:OPERATES|OWNS]-(o)
    WHERE unit:Organization AND NOT coalesce(l.rejected, false) AND NOT coalesce(r.rejected, false)
    RETURN 'owner' AS kind, r, o AS other
  }
  RETURN collect([kind, type(r), startNode(r).id, endNode(r).id, properties(r),
                  {id: other.id, labels: labels(other), props: properties(other)}]) AS facts
}
CALL (facts) {
  UNWIND facts AS fact
  UNWIND coalesce(fact[4].sources, []) AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN start.id AS id, labels(start) AS labels, properties(start) AS props,
       [s IN seeds | {id: s.id, labels: labels(s), props: properties(s)}] AS seeds, facts, docs
