"""GET /facts/{id}/evidence: every source of a fact, paged, from its Evidence records."""
from tests.graph.samples import dated_report


def test_the_evidence_of_a_fact_from_seven_reports_comes_in_pages(client, store):
    for i in range(7):
        store.write(dated_report(i, f"2017-0{i + 1}"))
    (rel,) = [r for r in store.relationships("person:martin-vizcarra", "out", ["PARTICIPATED_IN"])
              if any(s.startswith("doc:000") for s in r.properties["sources"])]
    fact = rel.properties["id"]
    seen, cursor, pages = [], None, 0
    while True:
        response = client.get(f"/facts/{fact}/evidence", params={"limit": 3, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        pages += 1
        seen += body["items"]
        cursor = body["next"]
        if cursor is None:
            break
    mine = {e["document"]: e for e in seen if e["document"].startswith("doc:000")}
    assert len(seen) == rel.properties["source_count"] and pages == -(-len(seen) // 3)
    assert sorted(mine) == [f"doc:{i:04d}" for i in range(7)]
    assert mine["doc:0003"]["observed"] == "2017-04" and mine["doc:0003"]["sentence"] == "Sentence 3 about the visit."
    assert len(rel.properties["sources"]) == 5


def test_the_evidence_of_an_unknown_fact_is_404(client):
    response = client.get("/facts/rel:00000000000000000000/evidence")
    assert response.status_code == 404 and "rel:00000000000000000000" in response.text
