"""Events of the ontology's subclasses: trigger words, then their date, place and participants.

A trigger only becomes an event when the sentence anchors it (events.yaml `needs`), otherwise
talk of "visits" in general would fill the graph. Mentions of one event within a report merge
("A visit by Vizcarra ... on 22 October" and later "Vizcarra's visit"), and the id comes from
subclass, date and place (or lead actor), so two reports of one visit give one node.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from graph.ids import event_id, slug
from loaders.dates import find_dateline
from loaders.event_dates import DateFlow
from loaders.event_roles import Participants
from loaders.lexicon import Lexicon, alternatives, grammar, rules
from loaders.model import Context, EventMention, Mention

PROTESTS = {"Protest", "Strike", "Roadblock"}
# Events that happen in the street, at one place with the others a sentence tells of.
ON_THE_GROUND = {"Protest", "Strike", "Roadblock", "Clash", "Killing", "Injury", "Arrest"}


class EventExtractor:
    name = "events"

    def __init__(self, nlp, lex: Lexicon):
        self.lex = lex
        table = rules("events.yaml", lex.language)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for subclass, spec in lex.triggers.items():
            self.matcher.add(subclass, list(nlp.tokenizer.pipe(spec["words"] + spec.get("motion", []))))
        dec = table["decisions"]
        self.decision = re.compile(rf"(?P<verb>{alternatives(dec['verbs']).pattern})(?={dec['gap']}{alternatives(dec['objects']).pattern})",
                                   re.I)
        # "the licence of the X mine, granted in 2006 to Y": a decision told after what it decided on,
        # with a date of its own (events.yaml `decisions.participles`; none, the rule is off).
        told_after = dec.get("participles")
        self.decided = re.compile(rf"{alternatives(dec['objects']).pattern}{dec['gap']},?\s*(?P<verb>{alternatives(told_after).pattern})"
                                  rf"(?=\s+(?:in|on)\b)" if told_after else "(?!)", re.I)
        self.lifted_by = set(table.get("lifted_by") or ())
        # "los detenidos", "los heridos": with an article, the people an earlier event told of, not an event.
        self.people_nouns = set(table.get("people_nouns") or ())
        self.roles = Participants(lex, {**table, **rules("participants.yaml", lex.language)})
        self.flow = DateFlow({**table, **rules("event_dates.yaml", lex.language)})
        self.clause_place_preps = set(table.get("clause_place_preps", ()))
        self.negations = set(table.get("negations", ()))
        self.receiving = set(table.get("receiving", ()))
        self.received_nouns = set(table.get("received_nouns", ()))
        self.mine_when_no_place = bool(table.get("mine_when_no_place"))
        self.not_told = {k: set(v) for k, v in (table.get("not_told") or {"alone": (), "links": (), "nouns": ()}).items()}
        self.hypothetical = set(table.get("hypothetical", ()))    # none: the rule is off
        place_nouns = "|".join(table["place_nouns"])
        # "inside MMG Ltd's Las Bambas mine": an owner's name may stand between the preposition and the place.
        g = grammar(lex.language)
        self.place_lead = (g.place_article.pattern + r"(?:(?:" + place_nouns + ")" + g.place_noun_link.pattern + ")?"
                           r"(?:(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}[’']s\s+)?")
        # "took to the streets of X": a trigger that ends on a place noun takes the place its "of" names.
        self.noun_end = re.compile(rf"\b(?:{place_nouns})$", re.I)
        self.noun_link = re.compile(g.place_noun_link.pattern + g.place_article.pattern, re.I)

    def __call__(self, ctx: Context) -> Context:
        doc = ctx.doc
        matches = self.matcher(doc)
        # "In March 2019" is a date, not a march; so is a dateline's ("QUITO, March 10 (Reuters) -").
        in_date = [(d.start, d.end) for d in ctx.dates]
        line = find_dateline(doc.text, ctx.report.published)
        if line is not None:
            in_date.append((0, line.date[1]))
        labels = {(s, e): doc.vocab.strings[mid] for mid, s, e in matches}
        candidates = [doc[s:e] for _, s, e in matches]
        for d in [*self.decision.finditer(doc.text), *self.decided.finditer(doc.text)]:
            span = doc.char_span(d.start("verb"), d.end("verb"), alignment_mode="expand")
            if span is not None:
                candidates.append(span)
                labels[(span.start, span.end)] = "PermitDecision"
        spans = [sp for sp in filter_spans(candidates) if not any(a <= sp.start_char < b for a, b in in_date)
                 and not (sp.text.lower() in self.people_nouns and sp.start and doc[sp.start - 1].pos_ == "DET")]
        roots = {sp.root.i: labels[(sp.start, sp.end)] for sp in spans}
        found = []
        for i, span in enumerate(spans):
            subclass = labels[(span.start, span.end)]
            if subclass in PROTESTS and span.root.head.lower_ in self.lifted_by:
                # "levantaron hoy el bloqueo": the blockade's end, not a new one; read from the verb.
                subclass, span = "Truce", doc[span.root.head.i:span.root.head.i + 1]
            if subclass == "Statement" and self._declares_event(span.root, roots):
                continue
            following = spans[i + 1].start_char if i + 1 < len(spans) else len(doc.text)
            event = self._read(ctx, span, subclass, following)
            if event is not None:
                found.append((event, self._anchored(event)))
        self.roles.organizers(ctx, [e for e, _ in found])
        self.roles.named_later(ctx, [e for e, _ in found])
        found += [(e, self._anchored(e)) for e in self.flow(ctx, [e for e, _ in found])]
        self._pointed_places(ctx, [e for e, _ in found])
        # How many sentences back a street event may take its place from (grammar.yaml `shared_place_reach`).
        self._shared_places([e for e, _ in found], self.flow.blocks(ctx), ctx.grammar.get("shared_place_reach", 1),
                            [i for i, s in enumerate(ctx.sents) if s.text.strip()])
        # "llegó ayer a Challhuahuacho y se reunió con los dirigentes": a meeting where the visit of its sentence
        # went (grammar.yaml `meeting_at_visit`).
        for e, _ in found if ctx.grammar.get("meeting_at_visit") else ():
            if e.subclass in ("Meeting", "DialogueTable") and not e.places:
                e.places = next((list(v.places) for v, _ in found if v.subclass == "Visit" and v.sent == e.sent and v.places), [])
        if ctx.grammar.get("lead_place"):
            self._lead_place(ctx, [e for e, _ in found], self.flow.blocks(ctx))
        events: list[EventMention] = []
        sents: dict[int, set[int]] = {}
        for event, anchored in found:
            target = next((e for e in events if self._same(e, event, strict=not anchored)), None) \
                or self._pointed_back(ctx, event, events)
            if target is not None:
                self._merge(target, event)
                sents[id(target)].add(event.sent)
            elif anchored or self._anchored(event):
                events.append(event)
                sents[id(event)] = {event.sent}
        self.flow.harms_in_clashes(events, sents)
        self._where_its_people_are(ctx, events)
        self._at_the_mine(ctx, events)
        self.roles.accompanying_visitors(ctx, events)
        for event in events:
            event.id = self._id(ctx, event)
        ctx.events = events
        return ctx

    # --- reading one trigger ---

    def _read(self, ctx: Context, span, subclass: str, following: int) -> EventMention | None:
        """One trigger's event; its place lies before `following`, the next trigger."""
        sent = ctx.sent_of(span.start_char)
        if not hasattr(ctx, "_named"):
            ctx._named = bytearray(len(ctx.report.text) + 1)     # characters inside a named entity
            for m in ctx.mentions:
                if m.entity:
                    ctx._named[m.start:m.end] = b"\x01" * (m.end - m.start)
        if ctx._named[span.start_char]:
            return None
        event = EventMention(subclass, sent, (span.start_char, span.end_char), ctx.sentence(sent))
        root = span.root
        if subclass != "Statement" and (self._negated(root) or self._no_event(root)):
            return None
        if subclass in ("Visit", "Meeting") and any(c.dep_ == "mark" and c.lower_ in self.hypothetical
                                                    for c in root.children):
            return None     # "the strike would go on until the premier came": no visit yet
        if subclass == "Meeting" and root.lower_ in self.receiving and not self._received_people(ctx, root):
            return None     # "received a licence" is no meeting; "received assembly members" is
        text = ctx.report.text
        sentence_end = min(ctx.sents[sent].end_char, following)
        if subclass == "Visit":
            obj = self.roles.object_of(ctx, root) if root.tag_.startswith("VB") else None
            place = obj if obj and ctx.cls_of(obj) == "Place" else \
                self._place_after(ctx, span.end_char, sentence_end, ctx.grammar.visit_place_preps.pattern)
            if place:
                event.places += [p.entity for p in ctx.list_from(place, ("Place",), ctx.grammar.place_list_gap)]
            elif root.tag_.startswith("VB"):
                event.places += self._named_before(ctx, root)
        else:
            event.places += self._places_after(ctx, span.end_char, sentence_end, ctx.grammar.event_place_preps.pattern) \
                or self._places_after(ctx, span.end_char, min(sentence_end, span.end_char + 30),
                                      ctx.grammar.event_object_preps.pattern) or self._fronted_place(ctx, sent, span)
            if subclass == "PermitDecision":
                # "granted X a licence for the mine", "the EIA of the Conga project": the project decided on.
                mines = [m for m in ctx.in_sentence(sent, ("Place",)) if ctx.entities[m.entity].subclass == "Mine"]
                if not mines and re.search(r"\b(?:mine|project)\b", text[span.end_char:sentence_end], re.I):
                    # "a licence for the $1.4 billion mine": the mine the report spoke of last.
                    mines = [m for m in ctx.mentions if m.entity and m.end <= span.start_char
                             and ctx.entities[m.entity].subclass == "Mine"][-1:]
                if mines:
                    event.places = [min(mines, key=lambda m: abs(m.start - span.end_char)).entity]
            # "mantenían bloqueada la vía": a participle's verb holds what is blocked.
            verb = root if root.tag_.startswith("VB") else root.head if root.tag_ == "JJ" and root.head.tag_.startswith("VB") else None
            if subclass in PROTESTS and not event.places and verb is not None:
                # "farmers blocked the Pan-American Highway": what is blocked is where.
                obj = self.roles.object_of(ctx, verb)
                if obj is not None and ctx.cls_of(obj) == "Place":
                    event.places.append(obj.entity)
            if subclass in ON_THE_GROUND | {"EnvironmentalIncident"} and not event.places and self.clause_place_preps:
                # (a language whose events.yaml gives no `clause_place_preps` has this rule off; "a spill
                # into the X River" is the river's)
                event.places += self._clause_places(ctx, root)
        self.roles.read(ctx, event, span, sentence_end)
        return event

    def _place_after(self, ctx: Context, pos: int, end: int, preps: str) -> Mention | None:
        """The first place after `pos` in the sentence that a preposition introduces ("in the
        provinces of X", "at the site of the X")."""
        text = ctx.report.text
        aside = ctx.in_parentheses(pos)
        lead = re.compile(rf"\b{preps}\s+{self.place_lead}$", re.I)
        for m in ctx.in_sentence(ctx.sent_of(pos), ("Place",)):
            if ctx.in_parentheses(m.start) and not aside:
                continue
            if ctx.grammar.attribution.match(text, m.end):
                continue        # "..., the health office in Arequipa said": where the source is, not the event
            if pos <= m.start < end and (m.start - pos < 3 or lead.search(text, max(pos, m.start - 60), m.start)
                                         or self.noun_link.fullmatch(text, pos, m.start) and self.noun_end.search(text, max(0, pos - 20), pos)):
                if ctx.entities[m.entity].level != "country" or m.start - pos < 40:
                    return m
        return None

    @staticmethod
    def _named_before(ctx: Context, root) -> list[str]:
        """"visited the comarca", "travelled to the mine": a visit to "the" and a common noun went to
        the last place named before whose name holds that noun (a mine, for "mine" or "project")."""
        goal = next((c for c in root.children if c.dep_ == "dobj"), None) or next(
            (g for c in root.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
             for g in c.children if g.dep_ == "pobj"), None)
        if goal is None or goal.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in goal.children):
            return []
        word = goal.lower_
        named = [m for m in ctx.mentions if m.entity and m.end <= goal.idx and ctx.cls_of(m) == "Place"
                 and (word in ctx.entities[m.entity].name.lower().split()
                      or word in ("mine", "project") and ctx.entities[m.entity].subclass == "Mine")]
        return [named[-1].entity] if named else []

    def _received_people(self, ctx: Context, root) -> bool:
        """Whether what a verb of receiving takes is people: an actor, or a noun of `received_nouns`."""
        for obj in (c for c in root.children if c.dep_ == "dobj"):
            if obj.lower_ in self.received_nouns:
                return True
            s, e = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
            if any(s <= m.start < e and ctx.cls_of(m) in ("Person", "Organization") for m in ctx.in_sentence(ctx.sent_of(obj.idx))):
                return True
        return False

    def _no_event(self, root) -> bool:
        """"the right to prior consultation", "without consultation", "the lack of dialogue", "the
        right to protest": a kind of event named as a right or a want is none (events.yaml `not_told`)."""
        head = root.head
        if head.i == root.i or root.dep_ not in ("pobj", "xcomp", "acl"):
            return False
        return head.lower_ in self.not_told["alone"] or (
            head.lower_ in self.not_told["links"] and head.head.lower_ in self.not_told["nouns"])

    def _negated(self, root) -> bool:
        """"No one was injured", "there were no arrests", "police did not detain anyone": what
        did not happen is no event (events.yaml `negations`)."""
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in self.negations) for c in root.children):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ in self.negations for c in root.children)

    def _clause_places(self, ctx: Context, root) -> list[str]:
        """"took to the streets of Sololá", "dispersed a sit-in outside the municipal hall of San
        Juan Tecpán", "blocked the road to Cajatambo": the first place inside a phrase of the
        trigger's clause that a place preposition opens (events.yaml `clause_place_preps`), or
        inside what the verb acts on: the parse gives the phrase, whatever nouns stand between."""
        verb = root
        if not root.tag_.startswith("VB") and root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            verb = root.head.head if root.dep_ == "pobj" else root.head
        phrases = [c for t in dict.fromkeys((root, verb)) for c in t.children
                   if c.dep_ == "prep" and c.lower_ in self.clause_place_preps]
        if verb.tag_.startswith("VB"):
            phrases += [c for c in verb.children if c.dep_ == "dobj"]
        places = [m for m in ctx.in_sentence(ctx.sent_of(root.idx), ("Place",)) if not ctx.in_parentheses(m.start)]
        for phrase in sorted(phrases, key=lambda t: abs(t.i - root.i)):
            s, e = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
            inside = [m for m in places if s <= m.start < e and ctx.entities[m.entity].level != "country"]
            if inside:
                return [inside[0].entity]
        return []

    @staticmethod
    def _fronted_place(ctx: Context, sent: int, span) -> list[str]:
        """"En Cerro de Pasco, el ministro se reunió", "durante el desbloqueo de la vía en
        Quiulacocha, la policía detuvo": the place a clause before the trigger opens with
        (grammar.yaml `fronted_place`), the one nearest the trigger."""
        start = ctx.sents[sent].start_char
        found = [m.entity for m in ctx.in_sentence(sent, ("Place",)) if m.end <= span.start_char
                 and ctx.grammar.fronted_place.search(ctx.report.text, start, m.start)
                 and ("," in ctx.report.text[m.end:span.start_char] or span.start_char - m.end < 40)]
        return found[-1:]

    def _places_after(self, ctx: Context, pos: int, end: int, preps: str) -> list[str]:
        """The place `_place_after` finds and the rest of its list ("in the provinces of
        Cajamarca, Celendín, Hualgayoc and Contumazá")."""
        first = self._place_after(ctx, pos, end, preps)
        if first is None:
            return []
        return [first.entity] + [m.entity for m in ctx.list_from(first, ("Place",), ctx.grammar.place_list_gap)[1:] if m.start < end]

    @staticmethod
    def _declares_event(root, roots: dict[int, str]) -> bool:
        """"declared a state of emergency", "announced a strike": the verb says the other event."""
        return root.tag_.startswith("VB") and any(
            c.dep_ in ("dobj", "nsubjpass") and roots.get(c.i, "Statement") != "Statement" for c in root.children)

    @staticmethod
    def _where_its_people_are(ctx: Context, events: list[EventMention]) -> None:
        """"Residents of Molleturo have protested against the project": a protest, a strike, a
        blockade or a vote that no sentence places happened where the community that held it
        lives, when the community is named by its place ("residents of X", "the village X")."""
        places = {}
        for e in ctx.entities.values():
            if e.cls == "Place" and e.subclass in ("Settlement", "AdministrativeArea") and e.level != "country":
                places.setdefault(e.name, e.id)
        for e in events:
            if e.places or e.subclass not in PROTESTS | {"Consultation"}:
                continue
            for p, role in e.participants:
                if role != "organizer" or ctx.entities[p].subclass != "Community":
                    continue
                name = ctx.entities[p].name
                found = next((places[n] for n in sorted(places, key=len, reverse=True)
                              if name == n or name.endswith(" " + n)), None)
                if found:
                    e.places = [found]
                    break

    def _at_the_mine(self, ctx: Context, events: list[EventMention]) -> None:
        """"Members of the federation occupied the upper galleries in October 2006; in the clashes
        that followed, 16 miners were killed": in a report about one mine, an event of the street
        that no sentence places happened at that mine (or the one it speaks of most, twice as often
        as any other), where its paragraph names the mine or no place at all."""
        counts = Counter(m.entity for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == "Mine")
        ranked = counts.most_common(2)
        # One mine, or one the report speaks of at least twice as often as any other.
        if not ranked or len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
            return
        mine = ranked[0][0]
        text = ctx.report.text
        for e in events:
            if e.places or e.subclass not in ON_THE_GROUND | {"EnvironmentalIncident"}:
                continue
            start = text.rfind("\n\n", 0, e.trigger[0]) + 1
            end = text.find("\n\n", e.trigger[1])
            end = len(text) if end < 0 else end
            here = {m.entity for m in ctx.mentions if m.entity and start <= m.start < end and ctx.cls_of(m) == "Place"}
            # Its paragraph names the mine, or names no place at all (nowhere else it could be).
            # Not where it would make it one with another event of its kind and day (one node).
            if (mine in here or not here and self.mine_when_no_place) and not any(
                    x is not e and x.subclass == e.subclass and x.date == e.date and mine in x.places for x in events):
                e.places = [mine]

    def _pointed_places(self, ctx: Context, events: list[EventMention]) -> None:
        """"The community has held a sit-in at the Río Plata mine. - 8 November: Soldiers evicted
        the sit-in": a protest named again with a definite article, and no place of its own, is
        where the one told just before was."""
        for i, e in enumerate(events):
            if e.places or e.subclass not in PROTESTS:
                continue
            root = ctx.doc.char_span(*e.trigger, alignment_mode="expand").root
            if root.tag_.startswith("VB") or not any(c.dep_ == "det" and c.lower_ in self.flow.definite
                                                      for c in root.children):
                continue
            # The event of the street told last before it, where it is of the same kind (not "they
            # attempted to block the highway. Police fired on the march": that march is the block).
            before = [x for x in events if x.subclass in ON_THE_GROUND and x.sent < e.sent]
            last = max(before, key=lambda x: x.trigger[0]) if before else None
            if last is not None and last.subclass == e.subclass and last.places:
                e.places = list(last.places)

    @staticmethod
    def _shared_places(events: list[EventMention], blocks: list[int], reach: int, told: list[int]) -> None:
        """"Police fired tear gas to clear farmers who had blocked the highway near Cocachacra":
        the clash, the blockade and the injuries of one sentence happened at one place; an event
        of the street that the sentence gives no place of takes that of the nearest one that has,
        or else of the last one placed in the sentences before (`reach` of them), in the same bullet or section."""
        by_sent: dict[int, list[EventMention]] = {}
        for e in events:
            if e.subclass in ON_THE_GROUND:
                by_sent.setdefault(e.sent, []).append(e)
        for sent in sorted(by_sent):
            group = by_sent[sent]
            placed = [e for e in group if e.places]
            # The nearest of the `reach` sentences before that tell something (a blank line is no
            # sentence) with a placed event, in the same bullet or section.
            earlier = [i for i in (told if told is not None else range(len(blocks))) if i < sent][-reach:]
            before = next(([e for e in by_sent.get(s, []) if e.places] for s in reversed(earlier)
                           if blocks[s] == blocks[sent] and any(e.places for e in by_sent.get(s, []))), [])
            for e in group:
                if not e.places and placed:
                    nearest = min(placed, key=lambda p: abs(p.trigger[0] - e.trigger[0]))
                    e.places = list(nearest.places)
                elif not e.places and before:
                    e.places = list(before[-1].places)

    @staticmethod
    def _lead_place(ctx: Context, events: list[EventMention], blocks: list[int]) -> None:
        """"ALERTA. ... la situación en la provincia de Espinar. El Frente inició un paro el 2 de septiembre":
        an event of the street no sentence places happened where its section's first sentence that
        names a place (not a country) is (grammar.yaml `lead_place`)."""
        lead: dict[int, str] = {}
        line = find_dateline(ctx.report.text, ctx.report.published, ctx.report.language or "en")
        filed = line.city if line is not None else (0, 0)     # where the story was filed from is not where it happened
        for m in ctx.mentions:
            if m.entity and ctx.cls_of(m) == "Place" and ctx.entities[m.entity].level != "country" \
                    and not filed[0] <= m.start < filed[1]:
                lead.setdefault(blocks[m.sent], m.entity)
        for e in events:
            if e.subclass in ON_THE_GROUND and not e.places and blocks[e.sent] in lead:
                e.places = [lead[blocks[e.sent]]]

    # --- which mentions are one event ---

    def _anchored(self, event: EventMention) -> bool:
        needs = self.lex.triggers[event.subclass].get("needs") or []
        # Those whose presence is demanded, or who stayed away, did not take part: they anchor nothing.
        have = {"date": bool(event.date), "place": bool(event.places),
                "participant": any(r not in ("demanded", "absent") for _, r in event.participants)}
        return not needs or any(have[n] for n in needs)

    @staticmethod
    def _same(a: EventMention, b: EventMention, strict: bool) -> bool:
        """Whether `b` tells of the event `a`. An unanchored mention ("until Zavala came to the
        area") joins only an event it shares an actor with, or adds no actor of its own."""
        if a.subclass != b.subclass:
            return False
        if a.date and b.date and a.date != b.date and not (a.date_carried or b.date_carried):
            return False
        if a.sent == b.sent:
            return True
        if a.places and b.places and not set(a.places) & set(b.places):
            return False
        ours, theirs = {p for p, _ in a.participants}, {p for p, _ in b.participants}
        if strict:
            return bool(ours & theirs) or not theirs
        return bool(ours & theirs) or not ours or not theirs

    @staticmethod
    def _pointed_back(ctx: Context, event: EventMention, events: list[EventMention]) -> EventMention | None:
        """"La reunión se realizó en el local comunal y contó con la presencia de X": a trigger
        after a definite article (grammar.yaml `points_back`) tells of the latest event of its
        kind in the sentences just before, where their dates do not differ."""
        start = ctx.sents[event.sent].start_char
        if not ctx.grammar.points_back.search(ctx.report.text, max(start, event.trigger[0] - 12), event.trigger[0]):
            return None
        return next((e for e in reversed(events) if e.subclass == event.subclass and event.sent - 3 <= e.sent < event.sent
                     and not (e.date and event.date and e.date != event.date)), None)

    @staticmethod
    def _merge(into: EventMention, other: EventMention) -> None:
        if other.date and (into.date is None or into.date_carried and not other.date_carried):
            into.date, into.precision, into.date_carried = other.date, other.precision, other.date_carried
        into.places += [p for p in other.places if p not in into.places]
        known = {p for p, _ in into.participants}
        for p, r in other.participants:
            if p not in known:
                into.participants.append((p, r))
                into.participant_evidence[p] = other.participant_evidence.get(p, other.evidence)
        into.outlets += [o for o in other.outlets if o not in into.outlets]
        into.quote = into.quote or other.quote
        if other.evidence != into.evidence and other.evidence not in into.more_evidence:
            into.more_evidence.append(other.evidence)

    def _id(self, ctx: Context, event: EventMention) -> str:
        if event.places:
            anchor = ctx.entities[event.places[0]].name
        elif event.participants:
            anchor = ctx.entities[event.participants[0][0]].name
        else:
            # An event named by nothing but its kind belongs to its report alone.
            anchor = ctx.report.doc_id.split(":")[1]
        return event_id(event.subclass, event.date, slug(anchor))