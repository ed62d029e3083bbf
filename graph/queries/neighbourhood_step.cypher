CALL (found, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r:{types}]-(m)
  WHERE NOT coalesce(r.rejected, false) AND NOT m IN found
    AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS reached
}
WITH found, reached, truncated, CASE WHEN $limit > size(found) THEN $limit - size(found) ELSE 0 END AS room
WITH found + reached[..room] AS found, reached[..room] AS frontier, truncated OR size(reached) > room AS truncated
