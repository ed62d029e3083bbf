// Events with what their answer shows, a fragment after `WITH e` (event_details.cypher,
// events_of.cypher for visits): the relationships of the kinds in $shown ([type, 'out'|'in'] pairs:
// places, participants...) with the node at their other end, the ids of every report behind any
// of its facts or mentioning it, and once for the whole answer the summary of those reports in
// the answer's own shape (a DocumentRef: a report cited by every fact of every event is read
// once, not once per fact, and shaped once).
CALL (e) {
  MATCH (e)-[r]-(m)
  WHERE NOT coalesce(r.rejected, false)
  WITH DISTINCT r, m, [type(r), CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END] AS kind
  // Each as a list, not a map: a large answer decodes in the driver value by value, keys included.
  RETURN collect(CASE WHEN kind IN $shown THEN [type(r), kind[1] = 'out', m.id, labels(m), properties(r),
                                                properties(m)] END) AS rels,
         collect(coalesce(r.sources, []) + CASE WHEN type(r) = 'MENTIONED_IN' THEN [m.id] ELSE [] END) AS cited
}
WITH collect({id: e.id, labels: labels(e), props: properties(e), rels: rels,
              sources: reduce(ids = [], c IN cited | ids + c)}) AS events
CALL (events) {
  UNWIND events AS event
  UNWIND event.sources AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {document: d.id, .title, .url, .published}) AS docs
}
RETURN events, docs
