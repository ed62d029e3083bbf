"""Issue 10: an automatic merge is undone by the curation endpoint, on both stores: the merged
node comes back with the facts and Evidence records its report gave, the kept node keeps what
its own report gave, and loading the same names again does not merge them again."""
from graph.document import GraphDocument, Node, Relationship
from graph.redirects import redirect_id
from tests.api.fixtures import KILLING, VISIT, person, said

HUMALA, TASSO = "person:ollanta-humala", "person:ollanta-humala-tasso"
FIRST, SECOND = "doc:00000000000000a1", "doc:00000000000000a2"


def first_report() -> GraphDocument:
    return GraphDocument([person(HUMALA, "Ollanta Humala"), Node(FIRST, ["Document"], {"title": "First"})], [
        Relationship("PARTICIPATED_IN", HUMALA, VISIT, {"role": "attendee", **said(FIRST, "visit")}),
        Relationship("MENTIONED_IN", HUMALA, FIRST, {"count": 1, "spans": ["0:14"], **said(FIRST, "visit")}),
    ])


def second_report() -> GraphDocument:
    """Names him with his second surname: merged into HUMALA automatically."""
    return GraphDocument([person(TASSO, "Ollanta Humala Tasso"), Node(SECOND, ["Document"], {"title": "Second"})], [
        Relationship("PARTICIPATED_IN", TASSO, VISIT, {"role": "attendee", **said(SECOND, "visit")}),
        Relationship("PARTICIPATED_IN", TASSO, KILLING, {"role": "attendee", **said(SECOND, "killing")}),
        Relationship("MENTIONED_IN", TASSO, SECOND, {"count": 1, "spans": ["0:20"], **said(SECOND, "visit")}),
    ])


def facts(store, node_id: str) -> dict[tuple[str, str, str], list[str]]:
    """The node's facts that answers show, each with the documents of its Evidence records."""
    return {(r.type, r.start, r.end): sorted(e.properties["document"] for e in store.evidence(r.id))
            for r in store.relationships(node_id, "both") if not r.properties.get("rejected")}


def test_an_automatic_merge_is_undone_and_stays_undone(client, store, writer):
    store.write(first_report())
    store.write(second_report())
    record = store.get_node(redirect_id(TASSO))
    assert store.get_node(TASSO) is None and record.properties["automatic"] and record.properties["target"] == HUMALA
    assert record.properties["rule"] == "second_surname"
    assert facts(store, HUMALA)[("PARTICIPATED_IN", HUMALA, VISIT)] == [FIRST, SECOND]

    assert client.post("/entities/merge/undo", json={"merged": TASSO}).status_code == 401
    response = client.post("/entities/merge/undo", headers=writer,
                           json={"merged": redirect_id(TASSO), "reason": "two readings of one man?", "by": "ana"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["restored"]["id"] == TASSO and body["restored"]["properties"]["name"] == "Ollanta Humala Tasso"
    assert body["relationships_moved"] == 3
    assert "Ollanta Humala Tasso" not in body["kept"]["properties"].get("aliases", [])

    # Each fact and record is back on the node its source named; the one both told is on both.
    assert facts(store, HUMALA) == {("PARTICIPATED_IN", HUMALA, VISIT): [FIRST],
                                    ("MENTIONED_IN", HUMALA, FIRST): [FIRST]}
    assert facts(store, TASSO) == {("PARTICIPATED_IN", TASSO, VISIT): [SECOND],
                                   ("PARTICIPATED_IN", TASSO, KILLING): [SECOND],
                                   ("MENTIONED_IN", TASSO, SECOND): [SECOND]}
    visit = next(r for r in store.relationships(HUMALA, "out", ["PARTICIPATED_IN"]) if r.end == VISIT)
    assert (visit.properties["sources"], visit.properties["source_count"]) == ([FIRST], 1)
    assert client.get(f"/entities/{TASSO}").status_code == 200
    undone = store.get_node(redirect_id(TASSO)).properties
    assert undone["undone"] is True and undone["undone_by"] == "ana"

    # Loading the reports again changes nothing: the two stay apart, nothing is counted twice.
    before = store.counts()
    store.write(second_report())
    store.write(first_report())
    assert store.counts() == before and store.get_node(TASSO) is not None
    assert facts(store, TASSO)[("PARTICIPATED_IN", TASSO, VISIT)] == [SECOND]

    again = client.post("/entities/merge/undo", headers=writer, json={"merged": TASSO})
    assert again.status_code == 422 and "already undone" in str(again.json())
    unknown = client.post("/entities/merge/undo", headers=writer, json={"merged": "person:nobody"})
    assert unknown.status_code == 404


def test_an_analysts_merge_is_undone_too(client, store, writer):
    from tests.api.test_curation import sloppy_report
    from tests.api.fixtures import VIZCARRA

    store.write(sloppy_report())
    vizcarra_before = facts(store, VIZCARRA)
    merged = client.post("/entities/merge", headers=writer, json={"keep": VIZCARRA, "merge": "person:m-vizcarra"})
    assert merged.status_code == 200, merged.text
    response = client.post("/entities/merge/undo", headers=writer, json={"merged": "person:m-vizcarra"})
    assert response.status_code == 200, response.text
    restored = response.json()["restored"]["properties"]
    assert restored["name"] == "M. Vizcarra" and restored["aliases"] == ["the vice-president"]
    assert "M. Vizcarra" not in response.json()["kept"]["properties"].get("aliases", [])
    assert facts(store, VIZCARRA) == vizcarra_before
    assert facts(store, "person:m-vizcarra") == {
        ("PARTICIPATED_IN", "person:m-vizcarra", VISIT): ["doc:0000000000000aaa"],
        ("MENTIONED_IN", "person:m-vizcarra", "doc:0000000000000aaa"): []}  # it had no record
