// A conflict's timeline: its events ($conflict, e.g. 'conflict:las-bambas-mining-corridor') in date
// order with each date's precision, where they happened and who took part in which role.
// Parameters: $conflict
MATCH (e:Event)-[:PART_OF]->(:Conflict {id: $conflict})
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place:Place)
OPTIONAL MATCH (actor)-[p:PARTICIPATED_IN]->(e)
WHERE coalesce(p.rejected, false) = false
RETURN e.date AS date, e.date_precision AS precision, e.type AS type, e.name AS event,
       collect(DISTINCT place.name) AS places, collect(DISTINCT actor.name + ' (' + p.role + ')') AS actors
ORDER BY date, event
