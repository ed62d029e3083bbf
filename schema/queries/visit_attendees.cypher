// Visits and their attendees, with roles and the reports that say so: every visit to $place
// (e.g. 'place:las-bambas') between $from and $to (ISO dates at any precision; null for open).
// Parameters: $place, $from, $to
MATCH (v:Visit)-[:OCCURRED_AT]->(:Place {id: $place})
WHERE ($from IS NULL OR v.date >= $from) AND ($to IS NULL OR left(v.date, size($to)) <= $to)
MATCH (actor:Entity)-[p:PARTICIPATED_IN]->(v)
WHERE coalesce(p.rejected, false) = false
RETURN v.id AS visit, v.date AS date, v.date_precision AS precision, actor.name AS attendee, p.role AS role,
       p.sources AS sources, p.evidence AS evidence
ORDER BY date, attendee
