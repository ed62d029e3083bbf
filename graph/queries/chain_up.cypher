// Where a chain of command starts (the node; for an event its police and military participants)
// and every line upwards from there, {depth} levels at most, with the documents of their sources.
// Which line holds on the date is chosen in Python (graph/queries/chain.py), alike on both stores.
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
  WITH DISTINCT unit
  MATCH (unit)-[r:SUBORDINATE_TO|PART_OF|HEADS|MEMBER_OF]->(up)
  WHERE (up:Organization OR up:Person) AND NOT coalesce(r.rejected, false)
  CALL (r) {
    UNWIND coalesce(r.sources, []) AS sid
    MATCH (d:Document {id: sid})
    RETURN collect(d {.id, .title, .url, .published}) AS docs
  }
  RETURN collect({type: type(r), start: unit.id, end: up.id, props: properties(r), docs: docs,
                  other: {id: up.id, labels: labels(up), props: properties(up)}}) AS ups
}
RETURN start.id AS id, labels(start) AS labels, properties(start) AS props,
       [s IN seeds | {id: s.id, labels: labels(s), props: properties(s)}] AS seeds, ups
