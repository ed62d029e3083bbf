// The events of one kind tied to a node: a place they occurred at, an actor who took part,
// or a conflict they are part of ({anchor} is one of these patterns, chosen in Python); within
// $date_from..$date_to compared on what both dates say (core.in_range: "2016" is within
// 2016-10-01..2016-10-31), in date order, at most $limit. The rows placeholder is what each event returns:
// event_row.cypher for a timeline, event_relationships.cypher for visits (one call each).
MATCH (a:{anchor_label} {id: $anchor}){anchor}(e:{label})
WHERE NOT coalesce(r.rejected, false)
  AND ($place IS NULL OR EXISTS { (e)-[p:OCCURRED_AT]->(:Place {id: $place}) WHERE NOT coalesce(p.rejected, false) })
  AND ($actor IS NULL OR EXISTS { (e)<-[p:PARTICIPATED_IN]-(x) WHERE x.id = $actor AND NOT coalesce(p.rejected, false) })
  AND ($conflict IS NULL OR EXISTS { (e)-[p:PART_OF]->(:Conflict {id: $conflict}) WHERE NOT coalesce(p.rejected, false) })
WITH DISTINCT e, coalesce(e.date, '') AS day
WHERE ($date_from IS NULL AND $date_to IS NULL)
   OR (day <> ''
       AND ($date_from IS NULL OR left(day, size($date_from)) >= left($date_from, size(day)))
       AND ($date_to IS NULL OR left(day, size($date_to)) <= left($date_to, size(day))))
WITH e ORDER BY coalesce(e.date, '9999'), e.id LIMIT $limit
{rows}
