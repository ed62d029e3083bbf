// An event as a row: a fragment of events_of.cypher, after `WITH e`.
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props
