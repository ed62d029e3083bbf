// Chain of command: from a unit ($unit, e.g. 'organization:pnp-las-bambas') up SUBORDINATE_TO and
// PART_OF to the top, with who HEADS each level as of $as_of (ISO date, or null for any time),
// and every other line binding the unit (PROVIDES_SECURITY_TO, BASED_AT on company property).
// Parameters: $unit, $as_of
MATCH path = (start:Organization {id: $unit})-[:SUBORDINATE_TO|PART_OF*0..12]->(level:Organization)
WHERE all(r IN relationships(path) WHERE coalesce(r.rejected, false) = false
          AND ($as_of IS NULL OR ((r.since IS NULL OR r.since <= $as_of) AND (r.until IS NULL OR r.until >= left($as_of, size(r.until))))))
WITH start, level, min(length(path)) AS depth,
     [r IN relationships(head(collect(path))) | {from: startNode(r).id, type: type(r), basis: r.basis, evidence: r.evidence}] AS line
OPTIONAL MATCH (head:Person)-[h:HEADS]->(level)
WHERE coalesce(h.rejected, false) = false
  AND ($as_of IS NULL OR ((h.since IS NULL OR h.since <= $as_of) AND (h.until IS NULL OR h.until >= left($as_of, size(h.until)))))
WITH start, level, depth, line, collect(DISTINCT {name: head.name, title: h.title, since: h.since}) AS heads
OPTIONAL MATCH (start)-[other:PROVIDES_SECURITY_TO|BASED_AT]->(bound)
OPTIONAL MATCH (owner:Company)-[:OPERATES|OWNS]->(bound)
RETURN depth, level.id AS unit, level.name AS name, [h IN heads WHERE h.name IS NOT NULL] AS heads, line,
       collect(DISTINCT {type: type(other), target: bound.name, on_property_of: other.on_property_of,
                         owner: owner.name}) AS other_lines
ORDER BY depth
