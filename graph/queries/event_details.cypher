// Events by id, each with what its answer shows (the rows placeholder below is event_relationships.cypher).
UNWIND $ids AS eid
MATCH (e:Event {id: eid})
WITH e
{rows}
