// A document's nodes, merged in the database by the rules of graph/merge.py, as
// write_relationships.cypher merges relationships: nothing stored is read back. {parts} is one
// write_node_part.cypher per id label present, joined by UNION ALL: one query a write, planned
// in well under a second (a CALL subquery per label each holding these rules took seconds to
// plan, the planner's cost growing faster than the parts). `row.labels` are the node's labels
// already merged with the stored ones (graph/merge.py merge_labels), set as dynamic labels, so
// that a label set is not a query of its own. `row.props` holds no nulls (nor the id);
// `row.lists` names its list properties (absent: none). Whether a node is new was decided from
// the labels read before (graph/write_plan.py counts it).
// replan=skip: the server replans a cached query when the graph's statistics drift (every
// 10 s while a load grows the graph), and planning this one takes seconds; its plan does not
// depend on them (every node is found by a unique-index seek on a row's id).
CYPHER replan=skip
CALL () {{
{parts}
}}
WITH n, row, properties(n) AS old,
     coalesce(row.props.curated, false) AND NOT coalesce(n.curated, false) AS curated_wins
// Earlier reports are never overwritten (old values restored over new), unless curated wins.
SET n += row.props
SET n += CASE WHEN curated_wins THEN {{}} ELSE old END
SET n.first_seen = CASE WHEN old.first_seen IS NULL OR row.props.first_seen IS NULL
                        THEN coalesce(old.first_seen, row.props.first_seen)
                        WHEN row.props.first_seen < old.first_seen THEN row.props.first_seen
                        ELSE old.first_seen END,
    n.last_seen = CASE WHEN old.last_seen IS NULL OR row.props.last_seen IS NULL
                       THEN coalesce(old.last_seen, row.props.last_seen)
                       WHEN row.props.last_seen > old.last_seen THEN row.props.last_seen
                       ELSE old.last_seen END,
    n.confidence = CASE WHEN old.confidence IS NULL OR row.props.confidence IS NULL
                        THEN coalesce(old.confidence, row.props.confidence)
                        WHEN row.props.confidence > old.confidence THEN row.props.confidence
                        ELSE old.confidence END,
    n.curated = CASE WHEN old.curated IS NULL AND row.props.curated IS NULL THEN null
                     ELSE coalesce(old.curated, false) OR coalesce(row.props.curated, false) END
SET n:$(row.labels)
// List properties by FOREACH over the row's list keys: set-based, no subquery per row.
FOREACH (key IN coalesce(row.lists, []) |
  SET n[key] = coalesce(old[key], []) + [x IN row.props[key] WHERE NOT x IN coalesce(old[key], [])])
// A node the write's look-up did not find (row.new) but found here, stored meanwhile by another
// transaction: its facts are merged, not created (graph/neo4j_write.py). A node created here
// holds only its id and no relationship yet.
RETURN collect(CASE WHEN row.new AND (size(keys(old)) > 1 OR EXISTS {{ (n)--() }}) THEN row.id END) AS found
