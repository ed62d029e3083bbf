"""GET /export/{format} and the exporters behind `minegraph export`: on both stores."""
import io
import json
import zipfile
import xml.etree.ElementTree as ET

from graph.document import GraphDocument
from tests.api.fixtures import LAS_BAMBAS, PNP, VIZCARRA


def test_json_export_is_a_graph_document(client, store):
    doc = GraphDocument.from_dict(client.get("/export/json").json())
    assert len(doc.nodes) == store.counts().nodes and len(doc.relationships) == store.counts().relationships


def test_graphml_export_opens_as_graphml(client, store):
    response = client.get("/export/graphml")
    root = ET.fromstring(response.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == store.counts().nodes
    assert len(root.findall(".//g:edge", ns)) == store.counts().relationships


def test_csv_export_has_neo4j_admin_headers(client):
    archive = zipfile.ZipFile(io.BytesIO(client.get("/export/csv").content))
    people = archive.read("nodes_Person.csv").decode().splitlines()
    assert people[0].startswith("id:ID,:LABEL,") and "aliases:string[]" in people[0]
    based = archive.read("relationships_BASED_AT.csv").decode().splitlines()
    assert based[0].startswith(":START_ID,:END_ID,:TYPE") and based[1].startswith(f"{PNP},{LAS_BAMBAS},BASED_AT")
    assert "neo4j-admin database import full" in archive.read("import.sh").decode()


def test_ftm_export_is_followthemoney_entities(client):
    from followthemoney import model

    entities = [json.loads(line) for line in client.get("/export/ftm").text.splitlines()]
    by_id = {e["id"]: e for e in entities}
    assert by_id[VIZCARRA]["schema"] == "Person" and by_id[PNP]["schema"] == "PublicBody"
    assert {e["schema"] for e in entities} >= {"UnknownLink", "Directorship", "Documentation", "Event", "Document"}
    for entity in entities:
        model.get_proxy(entity)  # each one is valid FtM


def test_an_unknown_format_is_a_422(client):
    assert client.get("/export/pdf").status_code == 422
