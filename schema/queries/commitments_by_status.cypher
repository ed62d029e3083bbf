// Commitments by status ($status: pending, fulfilled, broken, disputed, unknown; null for all):
// who made, endorsed or demands them, and where (the event they were made at and its place).
// Parameters: $status
MATCH (c:Commitment)
WHERE $status IS NULL OR c.status = $status
OPTIONAL MATCH (maker)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:MADE_AT]->(e:Event)
OPTIONAL MATCH (e)-[:OCCURRED_AT]->(place:Place)
OPTIONAL MATCH (endorser)-[:ENDORSED]->(c)
OPTIONAL MATCH (demander)-[:DEMANDS]->(c)
RETURN c.id AS commitment, c.text AS text, c.status AS status, c.due AS due,
       collect(DISTINCT maker.name) AS made_by, collect(DISTINCT e.name) AS made_at,
       collect(DISTINCT place.name) AS places, collect(DISTINCT endorser.name) AS endorsed_by,
       collect(DISTINCT demander.name) AS demanded_by
ORDER BY status, commitment
