"""The writer: a Context becomes a GraphDocument with provenance on every relationship.

Each relationship carries `observed`, the date its source saw it (HELPERS.md, provenance): the
date of the event it is about, or that of a dated event told in its sentence, else the report's
`published`. A line of command or security never joins two states' bodies.

Output is sorted, so the same report always gives byte-identical JSON.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

from graph import ontology
from graph.document import GraphDocument, Node, Relationship
from loaders import lexicon
from loaders.model import Context, Fact
from loaders.relation_rules import ends_fit
from loaders.tenure import tenure

MENTIONS_EXTRACTOR = "mentions"
# Relationships that put one state's body under or beside another's: never across countries.
STATE_LINES = ("SUBORDINATE_TO", "PART_OF", "MEMBER_OF")
# Front matter keys beyond the known ones are stored on the Document under their own name when
# it is a plain property name; values a graph cannot hold (mappings, mixed lists) as JSON text.
EXTRA_KEY = re.compile(r"[a-z][a-z0-9_]*")


def _storable(value):
    scalar = (str, int, float, bool)
    if isinstance(value, scalar) or (isinstance(value, list) and len({type(v) for v in value}) <= 1
                                     and all(isinstance(v, scalar) for v in value)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class GraphWriter:
    name = "writer"

    def __call__(self, ctx: Context) -> GraphDocument:
        report, doc_id = ctx.report, ctx.report.doc_id
        nodes = [self._document(ctx)]
        rels: list[Relationship] = []
        spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
        first_sentence: dict[str, int] = {}

        for entity in ctx.entities.values():
            props = {"name": entity.name, "aliases": entity.aliases}
            if report.published:
                props["first_seen"] = props["last_seen"] = report.published
            if entity.level:
                props["level"] = entity.level
            if entity.wikidata:
                props["wikidata"] = entity.wikidata
            if entity.country:
                props["country"] = entity.country
            labels = ["Entity", entity.cls] + ([entity.subclass] if entity.subclass else [])
            nodes.append(Node(entity.id, labels, props))
            for m in entity.mentions:
                spans[entity.id].add((m.start, m.end))
                first_sentence.setdefault(entity.id, m.sent)

        for event in ctx.events:
            if any(n.id == event.id for n in nodes):
                continue
            nodes.append(Node(event.id, ["Event", event.subclass], {
                k: v for k, v in {
                    "name": self._event_name(ctx, event), "type": _snake(event.subclass), "date": event.date,
                    "date_precision": event.precision, "summary": event.evidence, "quote": event.quote,
                }.items() if v is not None}))
            for e in (e for e in ctx.events if e.id == event.id):
                spans[event.id].add(e.trigger)
                first_sentence.setdefault(event.id, e.sent)
                evidence, seen = e.evidence, {"observed": e.date or report.published}
                rels += [self._rel("OCCURRED_AT", e.id, p, doc_id, evidence, "events.place", 0.75, **seen)
                         for p in e.places]
                rels += [self._rel("PARTICIPATED_IN", p, e.id, doc_id, e.participant_evidence.get(p, evidence),
                                   f"events.{role}", 0.7, role=role, **seen) for p, role in e.participants]
                rels += [self._rel("PUBLISHED_IN", e.id, o, doc_id, evidence, "events.outlet", 0.8, **seen)
                         for o in e.outlets]

        for c in ctx.commitments:
            nodes.append(Node(c.id, ["Commitment"], {"name": c.text, "text": c.text, "status": c.status}))
            rels += [self._rel("MADE", m, c.id, doc_id, c.evidence, "commitments.maker", 0.7) for m in c.makers]
            rels += [self._rel("ENDORSED", m, c.id, doc_id, c.evidence, "commitments.endorse", 0.6)
                     for m in c.endorsers]
            if c.made_at:
                rels.append(self._rel("MADE_AT", c.id, c.made_at, doc_id, c.evidence, "commitments.table", 0.7))
            spans[c.id].add(c.span)
            first_sentence.setdefault(c.id, ctx.sent_of(c.span[0]))
        for issue in ctx.issues:
            nodes.append(Node(issue.id, ["Issue"], {"name": issue.name}))
            rels += [self._rel("DEMANDS", d, issue.id, doc_id, issue.evidence, "issues.demand", 0.6)
                     for d in issue.demanders]
            spans[issue.id].add(issue.span)
            first_sentence.setdefault(issue.id, ctx.sent_of(issue.span[0]))

        dated = {}
        for e in sorted(ctx.events, key=lambda e: (e.date is None, e.sent)):
            if e.date:
                dated.setdefault(e.evidence, e.date)
        onto = ontology.load()
        for f in ctx.facts:
            # A rule checked the ends when it made the fact, but a later component may have typed an end
            # anew ("Quebrada Seca" a mine, then a ravine): a store refuses the whole report for one such fact.
            if not ends_fit(onto, ctx, f.type, f.start, f.end) or self._crosses_countries(ctx, f) or self._under_its_own_unit(ctx, f):
                continue
            observed = dated.get(f.evidence, report.published)
            rels.append(self._from_fact(f, doc_id, observed, tenure(ctx, f, observed)))
        for node_id, found in spans.items():
            ordered = sorted(found)
            rels.append(self._rel("MENTIONED_IN", node_id, doc_id, doc_id, ctx.sentence(first_sentence[node_id]),
                                  MENTIONS_EXTRACTOR, 1.0, count=len(ordered), spans=[f"{s}:{e}" for s, e in ordered]))
        graph = GraphDocument(nodes, rels).normalised()
        graph.nodes.sort(key=lambda n: (n.id != doc_id, n.id))
        graph.relationships.sort(key=lambda r: (r.type, r.start, r.end, json.dumps(r.properties, sort_keys=True)))
        return graph

    @staticmethod
    def _document(ctx: Context) -> Node:
        r = ctx.report
        props = {"title": r.title, "url": r.url, "publisher": r.publisher, "published": r.published,
                 "language": r.language, "sha256": r.sha256}
        extra = {k: _storable(v) for k, v in r.extra.items()
                 if EXTRA_KEY.fullmatch(k) and k not in props and k not in ("id", "text", "ingested_at")}
        return Node(r.doc_id, ["Document"], {k: v for k, v in {**extra, **props}.items() if v is not None})

    @staticmethod
    def _event_name(ctx: Context, event) -> str:
        kind = re.sub(r"(?<!^)(?=[A-Z])", " ", event.subclass).capitalize()  # "State of emergency"
        who = [(ctx.entities[p].name, role) for p, role in event.participants
               if role in ("leader", "author", "speaker", "organizer", "subject")][:1]
        where = [ctx.entities[p].name for p in event.places][:1]
        # The one appointed or arrested is what the event is "of", not who did it.
        by = [f"{'of' if who[0][1] == 'subject' else 'by'} {who[0][0]}"] if who else []
        parts = [kind] + by + ([f"at {where[0]}"] if where else []) + \
                ([f"on {event.date}"] if event.date else [])
        return " ".join(parts)

    @staticmethod
    def _rel(kind: str, start: str, end: str, doc_id: str, evidence: str, extractor: str, confidence: float,
             **props) -> Relationship:
        props = {k: v for k, v in props.items() if v is not None}
        return Relationship(kind, start, end, {**props, "sources": [doc_id], "evidence": [evidence],
                                               "confidence": confidence, "extractor": extractor})

    def _from_fact(self, f: Fact, doc_id: str, observed: str | None, dates: dict[str, str]) -> Relationship:
        props = {**dates, **{k: v for k, v in f.properties.items() if v is not None}}
        return self._rel(f.type, f.start, f.end, doc_id, f.evidence, f.extractor, f.confidence,
                         observed=observed, **props)

    @staticmethod
    def _under_its_own_unit(ctx: Context, f: Fact) -> bool:
        """A known national body (gazetteer, with a country and generic names: "the police") never
        answers to one of its unlisted officers (who heads a body is HEADS, not a line of command). It may
        answer to one of its regional units: "the police deployed operate under the command of the
        regional directorate" is how analysts draw that line."""
        start, end = ctx.entities.get(f.start), ctx.entities.get(f.end)
        return (f.type == "SUBORDINATE_TO" and start is not None and end is not None and start.cls == "Organization"
                and bool(start.entry) and bool(start.country) and bool(lexicon.load().entries[start.entry].generic)
                and not end.entry
                and end.cls == "Person")

    @staticmethod
    def _crosses_countries(ctx: Context, f: Fact) -> bool:
        if f.type not in STATE_LINES:
            return False
        countries = {e.country for e in (ctx.entities.get(f.start), ctx.entities.get(f.end)) if e and e.country}
        return len(countries) > 1
