"""The embedded store's own indexes and files (graph/memory_index.py, graph/memory_file.py):
they must answer what a pass over the whole graph would."""
from rapidfuzz import fuzz

from graph.document import GraphDocument, Node
from graph.ids import fold
from graph.memory_index import FUZZY_CUTOFF
from tests.graph.samples import visit_document

NAMES = {"person:martin-vizcarra-2": ("Martín Vizcarra", ["M. Vizcarra"]),
         "person:rolando-luque": ("Rolando Luque", ["Luque"]),
         "place:nunoa": ("Ñuñoa", []), "organization:onds": ("Oficina Nacional de Diálogo", ["ONDS"]),
         "person:vizcaino": ("Ana Vizcaíno", [])}


def _written(store) -> None:
    doc = visit_document("doc:aaaa")
    for node_id, (name, aliases) in NAMES.items():
        kind = "Place" if node_id.startswith("place") else node_id.split(":")[0].title()
        doc.nodes.append(Node(node_id, ["Entity", kind], {"name": name, "aliases": aliases}))
    store.write(doc)


def _scan(store, text: str, label: str | None) -> list[str]:
    """What search_candidates gave before the name index: every node's names compared."""
    scored = []
    for batch in store.export():
        for node in batch.nodes:
            if label and label not in node.labels:
                continue
            names = [n for n in (node.properties.get("name"), *(node.properties.get("aliases") or []))
                     if isinstance(n, str) and n]
            if names and (best := max(fuzz.WRatio(fold(text), fold(n)) for n in names)) >= FUZZY_CUTOFF:
                scored.append((-best, node.id))
    return [i for _, i in sorted(scored)]


def test_search_candidates_from_the_name_index_equal_a_scan_of_every_node(memory_store):
    _written(memory_store)
    for text, label in [("vizcarra", None), ("vizcara", "Person"), ("luque", None), ("nunoa", None),
                        ("dialogo", "Organization"), ("las bambas", None), ("zzzz", None)]:
        assert [n.id for n in memory_store.search_candidates(text, label)] == _scan(memory_store, text, label)


def test_a_deleted_or_renamed_node_is_no_longer_found_by_its_old_name(memory_store):
    _written(memory_store)
    assert "person:vizcaino" in [n.id for n in memory_store.search_candidates("vizcaino")]
    memory_store.write(GraphDocument([], []), delete=("person:vizcaino",))
    assert "person:vizcaino" not in [n.id for n in memory_store.search_candidates("vizcaino")]
    memory_store.put(GraphDocument([Node("place:nunoa", ["Entity", "Place"], {"name": "Sicuani"})], []))
    assert [n.id for n in memory_store.search_candidates("nunoa", "Place")] == []
    assert [n.id for n in memory_store.search_candidates("sicuani", "Place")] == ["place:nunoa"]
