"""A synthetic graph shaped like minegraph's, written straight into Neo4j by batched UNWIND
CREATE (no neo4j-admin): command hierarchies six levels deep under ministries with a country,
heads past and present, mines with visits and killings and their participants, documents that
mention everything, and one company opposed by a hub's worth of communities."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

BATCH = 5000
LEVELS = 6          # a ministry and five levels of units below it
BRANCHING = 3       # units under each unit: 1 + 3 + ... + 243 = 364 per ministry
SENTENCE = "The police were under the command of the provincial police chief, the report said."

CREATE_NODES = """
UNWIND $rows AS row
CREATE (n:{labels} {id: row.id})
SET n += row.props
"""
CREATE_RELATIONSHIPS = """
UNWIND $rows AS row
MATCH (a:{start} {id: row.start})
MATCH (b:{end} {id: row.end})
CREATE (a)-[r:{type}]->(b)
SET r = row.props
"""


@dataclass
class Plan:
    """What was built, for the benchmark to ask about."""
    nodes: int = 0
    relationships: int = 0
    bottom_unit: str = ""
    head: str = ""
    mine: str = ""
    person: str = ""
    far_person: str = ""
    hub: str = ""
    search: str = ""
    labels: dict[str, list[dict]] = field(default_factory=dict)


def _sources(rng: random.Random, docs: int) -> dict:
    picked = sorted({f"doc:{rng.randrange(docs):016x}" for _ in range(rng.randint(1, 3))})
    return {"sources": picked, "evidence": [SENTENCE] * len(picked), "source_count": len(picked),
            "extractor": "synthetic", "confidence": 0.9}


def build(session, target_nodes: int, seed: int = 7) -> Plan:
    """About `target_nodes` nodes and three relationships per node."""
    rng = random.Random(seed)
    plan = Plan()
    per_ministry = sum(BRANCHING ** i for i in range(LEVELS))
    ministries = max(1, target_nodes // 10 // per_ministry)
    docs = max(10, target_nodes * 30 // 100)
    mines = max(5, target_nodes // 200)
    people = max(20, target_nodes * 25 // 100)
    events = max(20, target_nodes * 20 // 100)
    hub_size = min(10_000, max(100, target_nodes // 100))

    def nodes(labels: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            session.run(CREATE_NODES.replace("{labels}", labels), rows=rows[i:i + BATCH]).consume()
        plan.nodes += len(rows)

    def rels(start: str, rel_type: str, end: str, rows: list[dict]) -> None:
        query = CREATE_RELATIONSHIPS.replace("{start}", start).replace("{end}", end).replace("{type}", rel_type)
        for i in range(0, len(rows), BATCH):
            session.run(query, rows=rows[i:i + BATCH]).consume()
        plan.relationships += len(rows)

    def rel(start: str, end: str, **props) -> dict:
        return {"start": start, "end": end, "props": {"id": f"rel:{rng.getrandbits(64):016x}", **_sources(rng, docs),
                                                      **props}}

    nodes("Document", [{"id": f"doc:{i:016x}", "props": {"title": f"Report {i}", "url": f"https://example.org/{i}",
                                                         "published": f"{2005 + i % 18}-{1 + i % 12:02}",
                                                         "language": "en", "text": "x " * 2000}}
                       for i in range(docs)])
    units, subordinate = [], []
    for m in range(ministries):
        country = ["PE", "GT", "PA"][m % 3]
        level = [f"organization:ministry-{m}"]
        units.append({"id": level[0], "props": {"name": f"Ministry of the Interior {m}", "country": country}})
        for depth in range(1, LEVELS):
            below = []
            for parent in level:
                for b in range(BRANCHING):
                    unit = f"{parent}-{b}"
                    below.append(unit)
                    units.append({"id": unit, "props": {"name": f"Police unit {unit[13:]}", "country": country}})
                    subordinate.append(rel(unit, parent, basis="statutory"))
            level = below
    nodes("Entity:Organization:PoliceUnit", units)
    rels("Organization", "SUBORDINATE_TO", "Organization", subordinate)
    plan.bottom_unit = units[-1]["id"]

    persons = [{"id": f"person:p{i}", "props": {"name": f"Person {i} {rng.choice(['Quispe', 'Mamani', 'Huamán'])}",
                                                "aliases": [f"P{i}"]}} for i in range(people)]
    nodes("Entity:Person", persons)
    heads = []
    for i, unit in enumerate(units):
        for term, (since, until) in enumerate([("2005", "2012"), ("2012", None)]):
            who = persons[(2 * i + term) % people]["id"]
            heads.append(rel(who, unit["id"], title="chief", since=since, **({"until": until} if until else {})))
    rels("Person", "HEADS", "Organization", heads)
    plan.head = heads[-1]["start"]

    places = [{"id": f"place:mine-{i}", "props": {"name": f"Mine {i}"}} for i in range(mines)]
    nodes("Entity:Place:Mine", places)
    # Visits are the odd events, which never reach places[0] (it gets every 40th event, even):
    # the questions ask about a mine that has visits.
    plan.mine = places[1]["id"]
    companies = [{"id": "organization:hub-company", "props": {"name": "Hub Mining Company"}}]
    communities = [{"id": f"organization:community-{i}", "props": {"name": f"Community {i}"}} for i in range(hub_size)]
    nodes("Entity:Organization:Company", companies)
    nodes("Entity:Organization:Community", communities)
    rels("Organization", "OPPOSES", "Organization", [rel(c["id"], companies[0]["id"]) for c in communities])
    plan.hub = companies[0]["id"]

    visits, killings, at, took_part = [], [], [], []
    bottom = [u["id"] for u in units if u["id"].count("-") == LEVELS]
    for i in range(events):
        mine = places[i % mines]["id"] if i % 4 else places[0]["id"] if i % 40 == 0 else places[i % mines]["id"]
        day = f"{2005 + i % 18}-{1 + i % 12:02}-{1 + i % 28:02}"
        event = {"id": f"event:e{i}", "props": {"name": f"Event {i}", "date": day, "date_precision": "day",
                                                "type": "visit" if i % 2 else "killing"}}
        (visits if i % 2 else killings).append(event)
        at.append(rel(event["id"], mine))
        for k in range(3):
            took_part.append(("Person", rel(persons[rng.randrange(people)]["id"], event["id"], role="attendee")))
        if i and mine == places[0]["id"]:
            # Four steps from the first event's first attendee: through another event at its mine.
            plan.far_person = took_part[-3][1]["start"]
        if not i % 2:
            took_part.append(("Organization", rel(rng.choice(bottom), event["id"], role="perpetrator")))
    nodes("Event:Visit", visits)
    nodes("Event:Killing", killings)
    rels("Event", "OCCURRED_AT", "Place", at)
    for label in ("Person", "Organization"):
        rels(label, "PARTICIPATED_IN", "Event", [r for lab, r in took_part if lab == label])
    plan.person = took_part[0][1]["start"]
    plan.search = persons[len(persons) // 2]["props"]["name"]

    mentions: dict[str, list[dict]] = {"Person": [], "Event": [], "Organization": []}
    for i in range(docs):
        doc = f"doc:{i:016x}"
        mentions["Person"] += [{"start": persons[rng.randrange(people)]["id"], "end": doc,
                                "props": {"id": f"rel:m{i}-{k}", "count": 1}} for k in range(2)]
        mentions["Event"].append({"start": f"event:e{rng.randrange(events)}", "end": doc,
                                  "props": {"id": f"rel:m{i}-e", "count": 1}})
        mentions["Organization"].append({"start": rng.choice(units)["id"], "end": doc,
                                         "props": {"id": f"rel:m{i}-u", "count": 1}})
    for label, rows in mentions.items():
        rels(label, "MENTIONED_IN", "Document", rows)
    return plan
