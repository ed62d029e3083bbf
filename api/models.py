"""The shapes of every answer: the OpenAPI schema at /docs is generated from these (what clients
send, and what a write answers, are in api/request_models.py).

graph/queries.py builds the answers as plain dicts; these models are the contract they are
validated against. Building blocks first (a node, a piece of evidence, an edge), then the
answers of each resource. Dates are ISO 8601 at their precision (`2016`, `2016-10`,
`2016-10-22`); ids are the stable ids of ONTOLOGY.md (`person:martin-vizcarra`).
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


# -- building blocks ---------------------------------------------------------------------------
class NodeOut(Model):
    """Any node. `class` is its ontology class (Person, Organization, Place, Event, Commitment,
    Issue, Conflict, Document) and `subclass` its subclass label (PoliceUnit, Mine, Visit...)
    or null; `name` is what to show (name, else title, else text, else id). `properties` holds
    every stored property (a Document's full text only in GET /documents/{id})."""
    id: str
    labels: list[str]
    name: str
    class_: str | None = Field(None, alias="class")
    subclass: str | None = None
    properties: dict[str, Any] = {}


class DocumentRef(Model):
    """A report a fact was read from."""
    document: str = Field(description="Document id (doc:…)")
    title: str | None = None
    url: str | None = None
    published: str | None = None


class Evidence(DocumentRef):
    """One report's support for a fact: the document and the sentence it was read from."""
    sentence: str | None = None


class Edge(Model):
    """A relationship (a fact). `source`/`target` are node ids (the direction of the ontology);
    `properties` are its own (role, basis, since, until, confidence, extractor, curated...)
    without `sources`/`evidence`, which are resolved into `evidence`, one item per report."""
    id: str
    type: str
    source: str
    target: str
    properties: dict[str, Any] = {}
    evidence: list[Evidence] = []


class RelatedNode(Edge):
    """An edge together with the node at its other end."""
    node: NodeOut


class Problem(Model):
    """Something odd the answer found (never an error): `kind` is one of cycle, gap,
    several_parents, truncated; `nodes` the ids concerned."""
    kind: Literal["cycle", "gap", "several_parents", "truncated"]
    nodes: list[str]
    message: str


# -- entities ----------------------------------------------------------------------------------
class SearchHit(NodeOut):
    """A search result: `score` 0..100 (100 exact, 95 prefix of the name, 90 prefix of a word,
    below: fuzzy), `matched` the name or alias that matched."""
    score: float
    matched: str | None = None


class Related(Edge):
    """A relationship seen from one entity: `direction` out (the entity is the source) or in,
    `other` the node at the other end."""
    direction: Literal["out", "in"]
    other: NodeOut


class Mention(NodeOut):
    """A document (or, from a document, a node) with how often the mention occurred."""
    count: int | None = None


class EntityDetail(Model):
    """GET /entities/{id}: the node, its aliases, its relationships grouped by type (each with
    the evidence: document title, url, published date and sentence), and the documents that
    mention it."""
    node: NodeOut
    aliases: list[str]
    relationships: dict[str, list[Related]] = Field(description="The first facts of each type (in id order)")
    counts: dict[str, int] = Field({}, description="How many facts of each type there are in all")
    next: dict[str, str | None] = Field({}, description="Per type, the cursor of the next page "
                                                       "(GET /entities/{id}/relationships), null when all are shown")
    documents: list[Mention]
    documents_count: int = 0


class RelationshipPage(Model):
    """GET /entities/{id}/relationships: one page of one type of an entity's facts; `next` is
    the cursor of the following page, null on the last."""
    id: str
    type: str
    items: list[Related]
    next: str | None = None


class SetAside(Related):
    """A position not in force on the date, and the `reason`."""
    reason: str


class Positions(Model):
    """GET /entities/{id}/positions: the bodies a person heads, holds a post in or belongs to, in
    force on `as_of` (by since/until, else the observed span ± `tolerance_days`), and the others
    `also_reported` with the reason they were set aside."""
    person: str
    as_of: str | None = None
    tolerance_days: int
    positions: list[Related]
    also_reported: list[SetAside]


# -- chain of command --------------------------------------------------------------------------
class Head(Model):
    """Who heads a unit as of the requested date (HEADS, with its title and dates)."""
    person: NodeOut
    title: str | None = None
    since: str | None = None
    until: str | None = None
    evidence: list[Evidence] = []


class ChainNode(NodeOut):
    heads: list[Head] = []


class ChainLevel(Model):
    """Level 0 is where the chain starts (the unit, the person, or an event's police and military
    participants); each next level holds the superiors of the one before."""
    depth: int
    nodes: list[ChainNode]


class ChainEdge(Edge):
    """A SUBORDINATE_TO or PART_OF step upwards (from a person also HEADS/MEMBER_OF), with its
    `basis` (statutory, operational, contract) and the dates it holds between."""
    basis: str | None = None
    since: str | None = None
    until: str | None = None


class AlsoReported(ChainEdge):
    """A candidate line (or head) set aside, with the `reason`: not in force on the date, another
    country than the line's, or weaker evidence (fewer sources) than the line shown."""
    reason: str


class PropertyOf(Model):
    """Who OPERATES or OWNS the place a unit is based at or guards."""
    relation: str
    owner: NodeOut
    evidence: list[Evidence] = []


class OtherLine(Edge):
    """Another line binding a unit of the chain: PROVIDES_SECURITY_TO a company or place, or
    BASED_AT a place (`on_property_of` as reported; `property_of` who operates or owns it;
    `on_company_property` when either says a company)."""
    unit: NodeOut
    target_node: NodeOut
    on_property_of: str | None = None
    property_of: list[PropertyOf] = []
    on_company_property: bool = False


class ChainOfCommand(Model):
    """GET /entities/{id}/chain-of-command: `levels` ordered upwards; `edges` link the levels;
    `other_lines` sit beside the statutory line; `problems` list cycles, gaps and units with
    several superiors."""
    start: NodeOut
    as_of: str | None = None
    tolerance_days: int = Field(365, description="A fact without since/until is in force this long around "
                                                 "its observed span")
    levels: list[ChainLevel]
    edges: list[ChainEdge]
    also_reported: list[AlsoReported] = []
    other_lines: list[OtherLine]
    problems: list[Problem]


# -- events ------------------------------------------------------------------------------------
class EventSummary(NodeOut):
    """An event on a timeline: `date` at its `date_precision` (day, month, year)."""
    type: str | None = None
    date: str | None = None
    date_precision: str | None = None
    end_date: str | None = None
    summary: str | None = None


class Participant(RelatedNode):
    """An actor in an event with their `role` (leader, attendee, accompanying, ...) and, in
    `evidence`, every report that says so."""
    role: str | None = None


class EventDetail(EventSummary):
    """GET /events/{id} and each item of GET /visits: the event merged across every report.
    graph/queries/events.py builds it in this shape and the route writes it without validating
    it again (api/answer.py typed_answer); tests/api/test_visits_answer.py holds the two alike."""
    places: list[RelatedNode]
    participants: list[Participant]
    part_of: list[RelatedNode]
    follows: list[RelatedNode]
    followed_by: list[RelatedNode]
    about: list[RelatedNode]
    commitments: list[RelatedNode]
    sources: list[DocumentRef]


class ActorEvent(EventSummary):
    """GET /entities/{id}/events: an event the actor took part in, with their role."""
    role: str | None = None
    evidence: list[Evidence] = []


# -- paths, subgraph, analytics ----------------------------------------------------------------
class Path(Model):
    """`nodes` in order from the start; `edges[i]` links nodes[i] and nodes[i+1] (in either
    direction: look at source/target)."""
    length: int
    nodes: list[NodeOut]
    edges: list[Edge]


class Paths(Model):
    from_: NodeOut = Field(alias="from")
    to: NodeOut
    paths: list[Path]


class Subgraph(Model):
    """A neighbourhood for the explorer: nodes and edges (edges only between returned nodes).
    `truncated` when the node limit cut the neighbourhood."""
    center: str
    nodes: list[NodeOut]
    edges: list[Edge]
    truncated: bool = False


class Broker(Model):
    """A node's place in the selected subgraph: betweenness and degree centrality (0..1), its
    community, how many other communities its neighbours belong to (`bridges`), and the kinds
    (subclass or class) of its neighbours, e.g. Company, GovernmentBody, Community."""
    node: NodeOut
    betweenness: float
    degree: float
    community: int
    bridges: int
    neighbour_kinds: list[str]


class Community(Model):
    id: int
    size: int
    members: list[NodeOut]


class Brokers(Model):
    """GET /analytics/brokers: computed over the neighbourhood of `center` only."""
    center: str
    nodes: int
    edges: int
    truncated: bool
    brokers: list[Broker]
    communities: list[Community]


# -- commitments and documents -----------------------------------------------------------------
class MadeAt(RelatedNode):
    places: list[NodeOut] = []


class CommitmentOut(NodeOut):
    """A promise: its text, status (pending, fulfilled, broken, disputed, unknown), due date,
    who made it, where (the event and its place), what it is about, who endorsed or demands it."""
    text: str | None = None
    status: str | None = None
    due: str | None = None
    made_by: list[RelatedNode]
    made_at: list[MadeAt]
    about: list[RelatedNode]
    endorsed_by: list[RelatedNode]
    demanded_by: list[RelatedNode]


class DocumentSummary(Model):
    id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    ingested_at: str | None = None


class DocumentDetail(Model):
    """GET /documents/{id}: the report, its text, the nodes it mentions, and every fact read from
    it (with this report's sentence only)."""
    document: DocumentSummary
    text: str | None = None
    mentions: list[Mention]
    facts: list[Edge]


class ErrorOut(Model):
    """Every error: `detail` says what went wrong (a 422 lists the fields, FastAPI-style)."""
    detail: Any


# -- facts -------------------------------------------------------------------------------------
class SourcedEvidence(Evidence):
    """One report's Evidence record: when it saw the fact, and what read it."""
    observed: str | None = None
    extractor: str | None = None
    confidence: float | None = None


class EvidencePage(Model):
    """A page of a fact's evidence; pass `next` as `cursor` for the following page (null: the last)."""
    fact: str
    items: list[SourcedEvidence]
    next: str | None = None
