// One actor's events of a kind with their role in each (each a list: the driver decodes an
// answer value by value, keys included), then once the summaries of the reports that say so.
MATCH (n:{label} {id: $id})
CALL (n) {
  MATCH (n)-[r:PARTICIPATED_IN]->(e:{event_label})
  WHERE NOT coalesce(r.rejected, false)
  RETURN collect([e.id, labels(e), properties(e), properties(r)]) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  UNWIND coalesce(row[3].sources, []) AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
RETURN rows, docs
