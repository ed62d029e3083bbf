"""Graph documents written by hand after the sample report
(shared/reports/2016-10_psg_las-bambas-vizcarra.md), as the loaders would produce them.

Two documents mention Vizcarra's visit to Las Bambas on 2016-10-22: the PSG report (Vizcarra
leads, Rolando Luque accompanies) and a second report that names Vizcarra only. The police at
Las Bambas answer to the provincial police command (statutory), are based on MMG's property and
have a security agreement with MMG: the report's "confusion as to their function and line of
command".
"""
from __future__ import annotations

from graph.document import GraphDocument, Node, Relationship

PSG = "doc:5f0c3b1a9e2d4c77"
OTHER = "doc:a1b2c3d4e5f60718"

VIZCARRA = "person:martin-vizcarra"
LUQUE = "person:rolando-luque"
CHIEF = "person:provincial-police-chief"
GOVERNOR = "person:regional-governor"
PNP = "organization:pnp-las-bambas"
COMMAND = "organization:provincial-police-command"
MININTER = "organization:ministry-of-the-interior"
MMG = "organization:mmg"
ONDS = "organization:onds"
COMMUNITIES = "organization:cotabambas-communities"
LAS_BAMBAS = "place:las-bambas"
CONFLICT = "conflict:las-bambas-mining-corridor"
VISIT = "event:visit:2016-10-22:las-bambas"
KILLING = "event:killing:2016-10:las-bambas"
TABLE = "event:dialogue_table:2016-10-06:las-bambas"
ROAD_PROMISE = "commitment:pave-the-road-through-the-communities"
EIA_PROMISE = "commitment:eia-change-needs-consultation"

SAID = {
    "visit": "A visit by Martín Vizcarra, Peru’s vice-president, to Las Bambas on 22 October sought to resolve "
             "the stand-off between communities and MMG mining.",
    "luque": "The appointment of Rolando Luque (present with Vizcarra at Las Bambas) to head up the Oficina "
             "Nacional de Dialogo y Sostenibilidad (ONDS).",
    "killing": "As we reported last week, the conflict reached a new pitch with the killing of a protester by the police.",
    "command": "In this case, the police were not operating in their private security role, and were under the "
               "command of the provincial police chief.",
    "base": "However, the police have a base on company property in Las Bambas.",
    "mmg": "the stand-off between communities and MMG mining over the transshipment of minerals",
    "road": "The agreement reached at the mesa de diálogo on 6 October that the controversial road through the "
            "communities should at last be paved, was not seen as a cast-iron commitment.",
    "governor": "Indeed, only the regional governor subsequently appeared to endorse it.",
    "eia": "“the change in the EIA needs to be the subject of consulted and the [local] population need to give "
           "their approval”",
    "other": "Vice-president Vizcarra flew to Las Bambas on Saturday 22 October.",
}


def said(doc: str, key: str, **props) -> dict:
    return {"sources": [doc], "evidence": [SAID[key]], "confidence": 0.9, "extractor": "hand", **props}


def person(node_id: str, name: str, *aliases: str) -> Node:
    return Node(node_id, ["Entity", "Person"], {"name": name, "aliases": list(aliases)})


def org(node_id: str, subclass: str, name: str, *aliases: str) -> Node:
    return Node(node_id, ["Entity", "Organization", subclass], {"name": name, "aliases": list(aliases)})


def event(node_id: str, subclass: str, name: str, date: str, precision: str, **props) -> Node:
    kind = "dialogue_table" if subclass == "DialogueTable" else subclass.lower()
    return Node(node_id, ["Event", subclass], {"name": name, "type": kind, "date": date,
                                               "date_precision": precision, **props})


def psg_report() -> GraphDocument:
    d = PSG
    return GraphDocument(
        nodes=[
            Node(d, ["Document"], {"title": "Las Bambas: Vizcarra contributes to the reduction of tension",
                                   "url": "https://perusupportgroup.org.uk/2016/10/las-bambas-vizcarra-contributes-"
                                          "to-the-reduction-of-tension/",
                                   "publisher": "Peru Support Group", "published": "2016-10", "language": "en"}),
            person(VIZCARRA, "Martín Vizcarra", "Vizcarra"),
            person(LUQUE, "Rolando Luque", "Luque"),
            person(CHIEF, "Provincial police chief"),
            person(GOVERNOR, "Regional governor of Apurímac"),
            org(PNP, "PoliceUnit", "Police at Las Bambas", "the police"),
            org(COMMAND, "PoliceUnit", "Provincial police command of Cotabambas"),
            org(MININTER, "GovernmentBody", "Ministerio del Interior", "Ministry of the Interior", "Mininter"),
            org(MMG, "Company", "MMG", "MMG mining", "MMG Limited"),
            org(ONDS, "GovernmentBody", "Oficina Nacional de Diálogo y Sostenibilidad", "ONDS"),
            org(COMMUNITIES, "Community", "Communities of Cotabambas"),
            Node(LAS_BAMBAS, ["Entity", "Place", "Mine"], {"name": "Las Bambas", "aliases": []}),
            Node(CONFLICT, ["Conflict"], {"name": "Las Bambas mining-corridor conflict", "conflict_type": "socioenvironmental",
                                          "status": "active", "phase": "crisis"}),
            event(VISIT, "Visit", "Visit by Martín Vizcarra to Las Bambas", "2016-10-22", "day"),
            event(KILLING, "Killing", "Killing of a protester at Las Bambas", "2016-10", "month", fatalities=1),
            event(TABLE, "DialogueTable", "Mesa de diálogo on the road", "2016-10-06", "day"),
            Node(ROAD_PROMISE, ["Commitment"], {"name": "Pave the road through the communities",
                                                "text": "the controversial road through the communities should at last be paved",
                                                "status": "disputed"}),
            Node(EIA_PROMISE, ["Commitment"], {"name": "The EIA change needs consultation",
                                               "text": "the change in the EIA needs to be the subject of consultation",
                                               "status": "pending"}),
        ],
        relationships=[
            Relationship("PARTICIPATED_IN", VIZCARRA, VISIT, said(d, "visit", role="leader")),
            Relationship("PARTICIPATED_IN", LUQUE, VISIT, said(d, "luque", role="accompanying")),
            Relationship("OCCURRED_AT", VISIT, LAS_BAMBAS, said(d, "visit")),
            Relationship("PART_OF", VISIT, CONFLICT, said(d, "visit")),
            Relationship("PARTICIPATED_IN", PNP, KILLING, said(d, "killing", role="perpetrator")),
            Relationship("OCCURRED_AT", KILLING, LAS_BAMBAS, said(d, "killing")),
            Relationship("PART_OF", KILLING, CONFLICT, said(d, "killing")),
            Relationship("OCCURRED_AT", TABLE, LAS_BAMBAS, said(d, "road")),
            Relationship("PART_OF", TABLE, CONFLICT, said(d, "road")),
            Relationship("SUBORDINATE_TO", PNP, COMMAND, said(d, "command", basis="statutory")),
            Relationship("SUBORDINATE_TO", COMMAND, MININTER, said(d, "command", basis="statutory")),
            Relationship("HEADS", CHIEF, COMMAND, said(d, "command", title="provincial police chief", since="2016")),
            Relationship("PROVIDES_SECURITY_TO", PNP, MMG, said(d, "command", agreement="private security role")),
            Relationship("BASED_AT", PNP, LAS_BAMBAS, said(d, "base", on_property_of="MMG")),
            Relationship("OPERATES", MMG, LAS_BAMBAS, said(d, "mmg")),
            Relationship("HEADS", LUQUE, ONDS, said(d, "luque")),
            Relationship("OPPOSES", COMMUNITIES, MMG, said(d, "mmg")),
            Relationship("PARTICIPATED_IN", COMMUNITIES, TABLE, said(d, "road", role="attendee")),
            Relationship("MADE_AT", ROAD_PROMISE, TABLE, said(d, "road")),
            Relationship("ENDORSED", GOVERNOR, ROAD_PROMISE, said(d, "governor")),
            Relationship("DEMANDS", COMMUNITIES, ROAD_PROMISE, said(d, "road")),
            Relationship("MADE", VIZCARRA, EIA_PROMISE, said(d, "eia")),
            Relationship("MADE_AT", EIA_PROMISE, VISIT, said(d, "eia")),
            *[Relationship("MENTIONED_IN", n, d, {"count": 1, "spans": ["0:10"]})
              for n in (VIZCARRA, LUQUE, LAS_BAMBAS, MMG, PNP, VISIT, KILLING)],
        ],
    )


def other_report() -> GraphDocument:
    """A second report of the same visit: Vizcarra leads it (one fact, now with two sources)."""
    d = OTHER
    return GraphDocument(
        nodes=[
            Node(d, ["Document"], {"title": "Vizcarra in Las Bambas", "url": "https://example.org/vizcarra-las-bambas",
                                   "publisher": "Example News", "published": "2016-10-23", "language": "en"}),
            person(VIZCARRA, "Martín Vizcarra", "Vizcarra"),
            Node(LAS_BAMBAS, ["Entity", "Place", "Mine"], {"name": "Las Bambas", "aliases": []}),
            event(VISIT, "Visit", "Visit by Martín Vizcarra to Las Bambas", "2016-10-22", "day"),
        ],
        relationships=[
            Relationship("PARTICIPATED_IN", VIZCARRA, VISIT, said(d, "other", role="leader")),
            Relationship("OCCURRED_AT", VISIT, LAS_BAMBAS, said(d, "other")),
            Relationship("MENTIONED_IN", VIZCARRA, d, {"count": 1, "spans": ["0:13"]}),
        ],
    )


def load(store) -> None:
    store.write(psg_report(), source="psg.json")
    store.write(other_report(), source="other.json")
