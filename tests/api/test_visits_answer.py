"""GET /visits and GET /events/{id} are written straight from the answer the question shaped
(api/answer.py typed_answer, no re-validation): on both stores their JSON is exactly the model's
JSON of the same answer, and the one-pass shaping (graph/queries/events.py) puts each fact in
its field with its evidence, shares what repeats, and names a report it cannot find by its id."""
import json

from pydantic import TypeAdapter

from api.answer import typed_answer
from api.models import EventDetail
from graph import queries
from graph.document import GraphDocument, Node, Relationship
from tests.api.fixtures import LAS_BAMBAS, VISIT, VIZCARRA

MINE, FIRST, SECOND = "place:the-quarry", "event:first-visit", "event:second-visit"
SEEN, ELSEWHERE, GONE = "doc:0000000000000a01", "doc:0000000000000a02", "doc:0000000000000a03"
WALKER, UNION = "person:a-walker", "organization:quarry-union"


def _model_json(shape, answer):
    adapter = TypeAdapter(shape)
    return json.loads(adapter.dump_json(adapter.validate_python(answer), by_alias=True))


def test_the_visits_json_is_the_models_json(client, store):
    for params in ({"place": LAS_BAMBAS}, {"person": VIZCARRA}, {}):
        assert client.get("/visits", params=params).json() == \
            _model_json(list[EventDetail], queries.visits(store, **params))
    assert client.get(f"/events/{VISIT}").json() == _model_json(EventDetail, queries.event_detail(store, VISIT))


def test_an_unknown_event_is_still_a_404(client):
    assert client.get("/events/event:nothing").status_code == 404


def test_an_unvalidated_answer_is_written_as_its_json():
    answer = [{"id": "event:x", "properties": {"date": "2016", "n": 1.5, "ok": True, "none": None}}]
    assert json.loads(typed_answer(answer).body) == answer


def _two_visits() -> GraphDocument:
    """Two visits to one quarry by one walker, read from one report; the second is also
    backed by a union (from another report), follows the first, and cites a report the store
    does not hold."""
    nodes = [Node(MINE, ["Entity", "Place", "Mine"], {"name": "The Quarry"}),
             Node(WALKER, ["Entity", "Person"], {"name": "A. Walker"}),
             Node(UNION, ["Entity", "Organization"], {"name": "Quarry Union"}),
             Node(FIRST, ["Event", "Visit"], {"name": "First visit", "date": "2019-05-01"}),
             Node(SECOND, ["Event", "Visit"], {"name": "Second visit", "date": "2019-06-01"}),
             *(Node(d, ["Document"], {"title": f"Report {d[-1]}", "url": f"https://example.org/{d[-1]}",
                                      "published": "2019-06-02", "text": "long " * 50}) for d in (SEEN, ELSEWHERE))]
    said = {"sources": [SEEN], "evidence": ["Walker went to the quarry."]}
    rels = [*(Relationship("OCCURRED_AT", v, MINE, dict(said)) for v in (FIRST, SECOND)),
            *(Relationship("PARTICIPATED_IN", WALKER, v, {"role": "leader", **said}) for v in (FIRST, SECOND)),
            Relationship("PARTICIPATED_IN", UNION, SECOND,
                         {"role": "attendee", "sources": [ELSEWHERE, GONE], "evidence": ["The union came too."]}),
            Relationship("FOLLOWS", SECOND, FIRST, dict(said))]
    return GraphDocument(nodes, rels)


def test_each_fact_goes_to_its_field_with_its_evidence(store):
    store.put(_two_visits())
    first, second = queries.visits(store, place=MINE)
    assert [first["id"], second["id"]] == [FIRST, SECOND]
    assert [p["node"]["id"] for p in first["places"]] == [MINE]
    assert [f["node"]["id"] for f in second["follows"]] == [FIRST] and second["followed_by"] == []
    assert [f["node"]["id"] for f in first["followed_by"]] == [SECOND] and first["follows"] == []
    union = next(p for p in second["participants"] if p["node"]["id"] == UNION)
    assert union["role"] == "attendee" and union["source"] == UNION and union["target"] == SECOND
    assert "sources" not in union["properties"] and "evidence" not in union["properties"]
    # Each source with its sentence (the second has none) and its report's summary; a report
    # the store does not hold is named by its id.
    assert union["evidence"] == [
        {"document": ELSEWHERE, "title": "Report 2", "url": "https://example.org/2", "published": "2019-06-02",
         "sentence": "The union came too."},
        {"document": GONE, "title": None, "url": None, "published": None, "sentence": None}]
    assert [s["document"] for s in second["sources"]] == [SEEN, ELSEWHERE, GONE]
    assert queries.event_detail(store, SECOND) == second


def test_what_repeats_in_an_answer_is_shaped_once(store):
    store.put(_two_visits())
    first, second = queries.visits(store, place=MINE)
    walker = [next(p for p in v["participants"] if p["node"]["id"] == WALKER) for v in (first, second)]
    assert walker[0]["node"] is walker[1]["node"]
    assert first["sources"][0] is second["sources"][0]
    # ...and still written out whole at each place it appears.
    body = json.loads(typed_answer([first, second]).body)
    written = [next(p["node"] for p in v["participants"] if p["node"]["id"] == WALKER) for v in body]
    assert written[0] == written[1] == walker[0]["node"]
