"""Graph documents written by hand, as a loader would produce them."""
from graph.document import GraphDocument, Node, Relationship

SENTENCES = {
    "visit": "A visit by Martín Vizcarra, Peru’s vice-president, to Las Bambas on 22 October sought to resolve the stand-off.",
    "luque": "The appointment of Rolando Luque (present with Vizcarra at Las Bambas) to head up the ONDS.",
}


def provenance(doc_id: str, sentence: str, extractor: str = "hand") -> dict:
    return {"sources": [doc_id], "evidence": [sentence], "confidence": 0.9, "extractor": extractor}


def visit_document(doc_id: str, sentence: str | None = None) -> GraphDocument:
    said = sentence or SENTENCES["visit"]
    return GraphDocument(
        nodes=[
            Node("person:martin-vizcarra", ["Entity", "Person"], {"name": "Martín Vizcarra", "aliases": ["Vizcarra"]}),
            Node("place:las-bambas", ["Entity", "Place", "Mine"], {"name": "Las Bambas", "aliases": []}),
            Node("event:visit:2016-10-22:las-bambas", ["Event", "Visit"],
                 {"name": "Visit by Martín Vizcarra to Las Bambas", "type": "visit", "date": "2016-10-22",
                  "date_precision": "day"}),
            Node(doc_id, ["Document"], {"title": "Las Bambas", "published": "2016-10"}),
        ],
        relationships=[
            Relationship("PARTICIPATED_IN", "person:martin-vizcarra", "event:visit:2016-10-22:las-bambas",
                         {"role": "leader", **provenance(doc_id, said)}),
            Relationship("OCCURRED_AT", "event:visit:2016-10-22:las-bambas", "place:las-bambas", provenance(doc_id, said)),
            Relationship("MENTIONED_IN", "person:martin-vizcarra", doc_id, {"count": 1, "spans": ["12:27"]}),
        ],
    )


def dated_report(i: int, published: str, observed: str | None = None) -> GraphDocument:
    """Report `doc:000i` of the visit, published on `published`, its facts seen on `observed`."""
    doc = visit_document(f"doc:{i:04d}", f"Sentence {i} about the visit.")
    doc.nodes[3].properties["published"] = published
    if observed:
        for rel in doc.relationships:
            rel.properties["observed"] = observed
    return doc
