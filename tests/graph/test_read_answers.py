"""The read questions return only what their answer shows, and read each cited report once
(graph/queries/*.cypher), while answering alike on both stores."""
from graph import queries
from graph.document import GraphDocument, Node, Relationship
from graph.queries import core
from graph.queries.events import SHOWN

VISIT, MINE = "event:visit-to-the-pit", "place:the-pit"
SAME_REPORT, ENDORSING_REPORT, MENTIONING_REPORT = "doc:0000000000000001", "doc:0000000000000002", "doc:0000000000000003"
PEOPLE = [f"person:visitor-{i}" for i in range(3)]


def _visit() -> GraphDocument:
    """A visit whose three attendees are all read from one report, endorsed by a union (from
    another report) and mentioned by a third."""
    docs = [Node(d, ["Document"], {"title": f"Report {d[-1]}", "url": f"https://example.org/{d[-1]}",
                                   "published": "2019-05-02", "text": "long " * 100})
            for d in (SAME_REPORT, ENDORSING_REPORT, MENTIONING_REPORT)]
    nodes = [Node(VISIT, ["Event", "Visit"], {"name": "Visit to the pit", "date": "2019-05-01"}),
             Node(MINE, ["Entity", "Place", "Mine"], {"name": "The Pit"}),
             Node("organization:miners-union", ["Entity", "Organization"], {"name": "Miners' Union"}),
             *(Node(p, ["Entity", "Person"], {"name": f"Visitor {i}"}) for i, p in enumerate(PEOPLE)), *docs]
    cited = {"sources": [SAME_REPORT], "evidence": ["They all went to the pit."]}
    rels = [Relationship("OCCURRED_AT", VISIT, MINE, dict(cited)),
            *(Relationship("PARTICIPATED_IN", p, VISIT, {"role": "attendee", **cited}) for p in PEOPLE),
            Relationship("ENDORSED", "organization:miners-union", VISIT,
                         {"sources": [ENDORSING_REPORT], "evidence": ["The union backed the visit."]}),
            Relationship("MENTIONED_IN", VISIT, MENTIONING_REPORT, {"count": 1})]
    return GraphDocument(nodes, rels)


def test_a_visit_cites_every_report_behind_any_of_its_facts(store):
    store.put(_visit())
    [visit] = queries.visits(store, place=MINE)
    assert [s["document"] for s in visit["sources"]] == [SAME_REPORT, ENDORSING_REPORT, MENTIONING_REPORT]
    assert [s["title"] for s in visit["sources"]] == ["Report 1", "Report 2", "Report 3"]
    assert sorted(p["node"]["id"] for p in visit["participants"]) == PEOPLE
    assert {e["title"] for p in visit["participants"] for e in p["evidence"]} == {"Report 1"}
    assert queries.event_detail(store, VISIT) == visit


def _profile(store, name: str, templates: dict[str, str], **params) -> tuple[list[dict], dict]:
    text = core.cypher_text(name)
    for key, value in templates.items():
        text = text.replace("{" + key + "}", value)
    with store.driver.session(database=store.database) as session:
        result = session.run("PROFILE " + text, params)
        rows = [dict(r) for r in result]
        return rows, result.consume().profile


def _document_seeks(plan: dict) -> int:
    """Rows the plan's index seeks on Document produced: the reports it read."""
    own = plan.get("rows", 0) if "IndexSeek" in plan["operatorType"] and "Document" in plan["args"].get(
        "Details", "") else 0
    return own + sum(_document_seeks(child) for child in plan.get("children", []))


def test_an_event_reads_only_the_facts_its_answer_shows_and_each_report_once(neo4j_store):
    neo4j_store.put(_visit())
    rows, plan = _profile(neo4j_store, "event_details", {"rows": core.cypher_text("event_relationships")},
                          ids=[VISIT], shown=[list(kind) for kind in SHOWN.values()])
    [event] = rows[0]["events"]
    assert sorted({rel_type for rel_type, *_ in event["rels"]}) == ["OCCURRED_AT", "PARTICIPATED_IN"]
    assert all("text" not in d for d in rows[0]["docs"])
    # Four facts cite the same report: it is looked up once, with the other two.
    assert _document_seeks(plan) == 3


def test_a_neighbourhood_cites_its_reports_alike_on_both_stores(store):
    store.put(_visit())
    answer = queries.subgraph(store, VISIT)
    titles = {e["type"]: {x["title"] for x in e["evidence"]} for e in answer["edges"]}
    assert titles == {"OCCURRED_AT": {"Report 1"}, "PARTICIPATED_IN": {"Report 1"}, "ENDORSED": {"Report 2"}}


def test_a_neighbourhood_reads_each_cited_report_once(neo4j_store):
    neo4j_store.put(_visit())
    types = core.type_pattern(t for t in core.onto().relationships if t != "MENTIONED_IN")
    rows, plan = _profile(neo4j_store, "neighbourhood", {"steps": core.cypher_text("neighbourhood_step"),
                                                         "label": "`Event`", "types": types},
                          id=VISIT, labels=None, limit=100)
    assert len(rows[0]["nodes"]) == 6
    assert _document_seeks(plan) == 2  # five facts, two reports


UNIT, STRONG, WEAK = "organization:pit-police-post", "organization:regional-police", "organization:town-guard"


def _chain() -> GraphDocument:
    """A post answering to two bodies, one reported by two reports and one by one: each body has
    a head, and the post guards the pit, which a company operates."""
    rel = lambda t, a, b, n, **p: Relationship(t, a, b, {"sources": [SAME_REPORT, ENDORSING_REPORT][:n],
                                                         "evidence": ["Said so."] * n, **p})
    nodes = [Node(UNIT, ["Entity", "Organization", "PoliceUnit"], {"name": "Pit police post"}),
             Node(STRONG, ["Entity", "Organization", "PoliceUnit"], {"name": "Regional police"}),
             Node(WEAK, ["Entity", "Organization"], {"name": "Town guard"}),
             Node("person:strong-chief", ["Entity", "Person"], {"name": "Strong Chief"}),
             Node("person:weak-chief", ["Entity", "Person"], {"name": "Weak Chief"}),
             Node(MINE, ["Entity", "Place", "Mine"], {"name": "The Pit"}),
             Node("organization:pit-company", ["Entity", "Organization", "Company"], {"name": "Pit Company"}),
             *_visit().nodes[-3:]]
    rels = [rel("SUBORDINATE_TO", UNIT, STRONG, 2), rel("SUBORDINATE_TO", UNIT, WEAK, 1),
            rel("HEADS", "person:strong-chief", STRONG, 1, title="chief"),
            rel("HEADS", "person:weak-chief", WEAK, 1, title="chief"),
            rel("PROVIDES_SECURITY_TO", UNIT, MINE, 1), rel("OPERATES", "organization:pit-company", MINE, 1)]
    return GraphDocument(nodes, rels)


def test_a_chain_shows_the_heads_of_its_line_only(store):
    store.put(_chain())
    answer = queries.chain_of_command(store, UNIT)
    assert [[n["id"] for n in level["nodes"]] for level in answer["levels"]] == [[UNIT], [STRONG]]
    heads = [h["person"]["id"] for level in answer["levels"] for n in level["nodes"] for h in n["heads"]]
    assert heads == ["person:strong-chief"]
    [line] = answer["other_lines"]
    assert [o["owner"]["id"] for o in line["property_of"]] == ["organization:pit-company"]
    assert {e["title"] for e in answer["edges"][0]["evidence"]} == {"Report 1", "Report 2"}


def test_a_chain_is_one_driver_call(neo4j_store):
    from bench.read import counting

    neo4j_store.put(_chain())
    with counting(neo4j_store) as calls:
        queries.chain_of_command(neo4j_store, UNIT)
    assert calls[0] == 1


def test_an_entity_page_cites_its_reports_alike_on_both_stores(store):
    store.put(_visit())
    page = queries.entity(store, VISIT)
    assert page["counts"] == {"ENDORSED": 1, "OCCURRED_AT": 1, "PARTICIPATED_IN": 3}
    assert {e["title"] for facts in page["relationships"].values() for r in facts for e in r["evidence"]} == \
        {"Report 1", "Report 2"}
    assert [d["id"] for d in page["documents"]] == [MENTIONING_REPORT]


def test_an_entity_page_reads_each_cited_report_once(neo4j_store):
    neo4j_store.put(_visit())
    rows, plan = _profile(neo4j_store, "entity", {"label": "`Event`"}, id=VISIT, first=20)
    assert len(rows[0]["rows"]) == 6
    assert _document_seeks(plan) == 2  # five facts cite two reports; the mention is its own end


def test_a_fact_from_a_node_to_itself_is_counted_once(store):
    """A unit reported as its own superior (a cycle of one) is one fact of its page, not two."""
    store.put(GraphDocument([Node(UNIT, ["Entity", "Organization", "PoliceUnit"], {"name": "Pit police post"}),
                             Node(STRONG, ["Entity", "Organization", "PoliceUnit"], {"name": "Regional police"})],
                            [Relationship("SUBORDINATE_TO", UNIT, UNIT, {"basis": "operational"}),
                             Relationship("SUBORDINATE_TO", UNIT, STRONG, {"basis": "statutory"})]))
    page = queries.entity(store, UNIT)
    assert page["counts"] == {"SUBORDINATE_TO": 2}
    assert sorted((r["source"], r["target"]) for r in page["relationships"]["SUBORDINATE_TO"]) == \
        sorted([(UNIT, STRONG), (UNIT, UNIT)])
