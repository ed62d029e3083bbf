// Brokers around a node ($center, e.g. 'place:las-bambas'): the actors within two steps whose
// neighbours are of the most different kinds (company, state, community, police), a quick
// Cypher stand-in for GET /analytics/brokers (betweenness and communities with networkx).
// Parameters: $center
MATCH (:Entity {id: $center})-[r1]-(broker)
WHERE NOT broker:Document AND coalesce(r1.rejected, false) = false
MATCH (broker)-[r2]-(other)
WHERE NOT other:Document AND coalesce(r2.rejected, false) = false
WITH broker, other, [l IN labels(other) WHERE NOT l IN ['Entity', 'Person', 'Organization', 'Place', 'Event']] AS kinds
WITH broker, count(DISTINCT other) AS degree,
     collect(DISTINCT coalesce(head(kinds), head([l IN labels(other) WHERE l <> 'Entity']))) AS kinds
RETURN broker.id AS id, broker.name AS name, degree, kinds, size(kinds) AS kinds_bridged
ORDER BY kinds_bridged DESC, degree DESC, id
LIMIT 20
