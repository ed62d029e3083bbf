// An event with every relationship it has, the node at its other end (a document only by its
// summary fields) and the documents of its sources: a fragment, after `WITH e`
// (event_details.cypher, events_of.cypher for visits).
CALL (e) {
  MATCH (e)-[r]-(m)
  WHERE NOT coalesce(r.rejected, false)
  WITH DISTINCT r, m
  CALL (r) {
    UNWIND coalesce(r.sources, []) AS sid
    MATCH (d:Document {id: sid})
    RETURN collect(d {.id, .title, .url, .published}) AS docs
  }
  RETURN collect({type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r), docs: docs,
                  other: {id: m.id, labels: labels(m),
                          props: CASE WHEN m:Document THEN m {.id, .title, .url, .publisher, .published,
                                                               .language, .ingested_at}
                                      ELSE properties(m) END}}) AS rels
}
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props, rels
