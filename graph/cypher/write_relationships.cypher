// A document's relationships, merged in the database: the rules of graph/merge.py on what the
// fact says, then its provenance as Evidence nodes and the bounded summary of
// graph/provenance.py. {parts} is one write_relationship_part.cypher per type and pair of end
// labels the ontology allows, joined by UNION ALL (one query a write, see write_nodes.cypher).
// `row.type` is the fact's type. Nothing stored is read back.
// replan=skip: the server replans a cached query when the graph's statistics drift (every
// 10 s while a load grows the graph), and planning this one takes seconds; its plan does not
// depend on them (every node is found by a unique-index seek on a row's id, every fact by its
// type's id index or an expansion between its ends).
CYPHER replan=skip
CALL () {{
{parts}
}}
// What is stored is read once, before anything is set (`old`, and the records this fact does not
// hold yet: each (fact, document) pair is one record, by its id), so that every scalar rule and
// the summary are one SET, not read back from `r` between SETs (that was a fifth of the query's
// database hits, and a bulk write's largest server cost: issue 12 item 4). The rows are one per
// fact, so no row's records are another's. Their `observed` was filled in by the store (the
// report's date, or the stored Document's).
WITH r, row, properties(r) AS old,
     coalesce(row.props.curated, false) AND NOT coalesce(r.curated, false) AS curated_wins,
     [record IN row.records WHERE NOT EXISTS {{ MATCH (:Evidence {{id: record.id}}) }}] AS fresh
WITH r, row, old, curated_wins, fresh, coalesce(old.sources, []) AS sources
// Earlier reports are never overwritten (old values restored over new), unless curated wins.
// `row.props` holds no provenance: the summary is the stored one (in `old`) grown by `fresh`.
SET r += row.props
SET r += CASE WHEN curated_wins THEN {{}} ELSE old END
SET r.first_seen = CASE WHEN old.first_seen IS NULL OR row.props.first_seen IS NULL
                        THEN coalesce(old.first_seen, row.props.first_seen)
                        WHEN row.props.first_seen < old.first_seen THEN row.props.first_seen
                        ELSE old.first_seen END,
    r.last_seen = CASE WHEN old.last_seen IS NULL OR row.props.last_seen IS NULL
                       THEN coalesce(old.last_seen, row.props.last_seen)
                       WHEN row.props.last_seen > old.last_seen THEN row.props.last_seen
                       ELSE old.last_seen END,
    r.confidence = CASE WHEN old.confidence IS NULL OR row.props.confidence IS NULL
                        THEN coalesce(old.confidence, row.props.confidence)
                        WHEN row.props.confidence > old.confidence THEN row.props.confidence
                        ELSE old.confidence END,
    r.curated = CASE WHEN old.curated IS NULL AND row.props.curated IS NULL THEN null
                     ELSE coalesce(old.curated, false) OR coalesce(row.props.curated, false) END,
    r.sources = (sources + [f IN fresh WHERE NOT f.document IN sources | f.document])[..$kept],
    r.evidence = (coalesce(old.evidence, []) + [f IN fresh WHERE NOT f.document IN sources | f.sentence])[..$kept],
    r.source_count = coalesce(old.source_count, 0) + size(fresh),
    r.observed_from = reduce(m = old.observed_from, f IN fresh |
                             CASE WHEN f.observed IS NULL THEN m WHEN m IS NULL OR f.observed < m THEN f.observed ELSE m END),
    r.observed_to = reduce(m = old.observed_to, f IN fresh |
                           CASE WHEN f.observed IS NULL THEN m WHEN m IS NULL OR f.observed > m THEN f.observed ELSE m END)
// Set-based, no subquery per row (a CALL per row cost a third of the query): list properties
// and Evidence records by FOREACH over the row's lists.
FOREACH (key IN coalesce(row.lists, []) |
  SET r[key] = coalesce(old[key], []) + [x IN row.props[key] WHERE NOT x IN coalesce(old[key], [])])
FOREACH (record IN fresh | CREATE (e:Evidence) SET e = record, e.fact = row.id, e.fact_type = row.type)
RETURN sum(CASE WHEN size(keys(old)) = 1 THEN 1 ELSE 0 END) AS created
