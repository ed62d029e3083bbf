// Shortest undirected paths between two nodes over the relationship types given (mentions in
// documents are never a path), with every node on them and the documents of their sources.
MATCH (a:{start} {id: $start})
MATCH (b:{end} {id: $end})
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[:{types}*..{max_length}]-(b))
  WITH p LIMIT $limit
  RETURN collect(p) AS found
}
CALL (found) {
  UNWIND found AS p
  UNWIND relationships(p) AS r
  UNWIND coalesce(r.sources, []) AS sid
  WITH DISTINCT sid
  MATCH (d:Document {id: sid})
  RETURN collect(d {.id, .title, .url, .published}) AS docs
}
CALL (found) {
  UNWIND found AS p
  UNWIND nodes(p) AS n
  WITH DISTINCT n
  RETURN collect({id: n.id, labels: labels(n), props: properties(n)}) AS nodes
}
RETURN {id: a.id, labels: labels(a), props: properties(a)} AS first, {id: b.id, labels: labels(b), props: properties(b)} AS last,
       [p IN found | [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id,
                                               props: properties(r)}]] AS paths, docs, nodes
