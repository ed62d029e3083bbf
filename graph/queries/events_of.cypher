// The events of one kind tied to a node: a place they occurred at, an actor who took part,
// or a conflict they are part of ({anchor} is one of these patterns, chosen in Python).
MATCH (a:{anchor_label} {id: $anchor}){anchor}(e:{label})
WHERE NOT coalesce(r.rejected, false)
  AND ($place IS NULL OR EXISTS { (e)-[p:OCCURRED_AT]->(:Place {id: $place}) WHERE NOT coalesce(p.rejected, false) })
  AND ($actor IS NULL OR EXISTS { (e)<-[p:PARTICIPATED_IN]-(x) WHERE x.id = $actor AND NOT coalesce(p.rejected, false) })
  AND ($conflict IS NULL OR EXISTS { (e)-[p:PART_OF]->(:Conflict {id: $conflict}) WHERE NOT coalesce(p.rejected, false) })
RETURN DISTINCT e.id AS id, labels(e) AS labels, properties(e) AS props
