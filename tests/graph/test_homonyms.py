"""Two things of one name and class but different kinds (a ravine and a mine called "Quebrada
Seca"): the second report's facts fall on a node of their own, on both stores."""
from graph.document import GraphDocument, Node, Relationship


def _report(doc_id: str, place_subclass: str, facts: list[Relationship]) -> GraphDocument:
    return GraphDocument(
        nodes=[Node("place:quebrada-seca", ["Entity", "Place", place_subclass], {"name": "Quebrada Seca", "aliases": []}),
               Node("organization:coral-sea", ["Entity", "Organization", "Company"], {"name": "Coral Sea", "aliases": []}),
               Node(doc_id, ["Document"], {"title": doc_id, "published": "2020-01"})],
        relationships=[Relationship("MENTIONED_IN", "place:quebrada-seca", doc_id, {"count": 1, "spans": ["0:13"]}), *facts])


def test_a_mine_named_like_a_stored_ravine_is_a_node_of_its_own(store):
    store.write(_report("doc:ravine", "NaturalFeature", []), source="ravine.md")
    operates = Relationship("OPERATES", "organization:coral-sea", "place:quebrada-seca",
                            {"sources": ["doc:mine"], "evidence": ["Coral Sea operates Quebrada Seca."]})
    store.write(_report("doc:mine", "Mine", [operates]), source="mine.md")
    store.write(_report("doc:mine", "Mine", [operates]), source="mine.md")      # the same report again: no third node
    ravine, mine = store.get_node("place:quebrada-seca"), store.get_node("place:quebrada-seca-mine")
    assert "NaturalFeature" in ravine.labels and "Mine" in mine.labels
    assert mine.properties["name"] == "Quebrada Seca"
    [fact] = store.relationships("organization:coral-sea", "out", ["OPERATES"])
    assert fact.end == "place:quebrada-seca-mine"
    assert not store.relationships("place:quebrada-seca", "in", ["OPERATES"])
    assert store.get_node("place:quebrada-seca-mine-mine") is None


def test_a_second_kind_that_its_facts_admit_stays_one_node(store):
    """Typed differently but nothing refused (a settlement read as a district): one node, as before."""
    store.write(_report("doc:a", "Settlement", []), source="a.md")
    located = Relationship("LOCATED_IN", "organization:coral-sea", "place:quebrada-seca",
                           {"sources": ["doc:b"], "evidence": ["Coral Sea, of Quebrada Seca."]})
    store.write(_report("doc:b", "AdministrativeArea", [located]), source="b.md")
    assert store.get_node("place:quebrada-seca-administrativearea") is None
    assert [r.end for r in store.relationships("organization:coral-sea", "out", ["LOCATED_IN"])] == ["place:quebrada-seca"]
