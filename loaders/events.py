"""Events of the ontology's subclasses: trigger words, then their date, place and participants.

A trigger only becomes an event when the sentence anchors it (events.yaml `needs`), otherwise
talk of "visits" in general would fill the graph. Mentions of one event within a report merge
("A visit by Vizcarra ... on 22 October" and later "Vizcarra's visit": loaders/event_merges.py), and the id comes from
subclass, date and place (or lead actor), so two reports of one visit give one node.
"""
from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from graph.ids import event_id, slug
from loaders.clause_places import ClausePlaces
from loaders.clause_triggers import ClauseTriggers
from loaders.dates import find_dateline
from loaders.event_checks import Acts, Negation, away_from_hospitals, charged_with, named_by_copula, not_done
from loaders.event_dates import DateFlow
from loaders.event_merges import EventMerges
from loaders.event_places import ON_THE_GROUND, PROTESTS, EventPlaces, in_participle
from loaders.event_roles import Participants
from loaders.event_scenes import arrests_in_clashes
from loaders.lexicon import Lexicon, alternatives, grammar, rules
from loaders.model import FORCES, Context, EventMention, Mention


def phrase_start(ctx: Context, place: Mention) -> int:
    """Where the phrase that tells a place begins: the start of the body's name that holds it ("frente a la sede
    de la Fiscalía en Yhú" tells Yhú where the event was; "la delegación ... en Juigalpa informó de siete detenidos"
    does not), else the place's own."""
    return next((o.start for o in ctx.in_sentence(place.sent, ("Organization",))
                 if o.start < place.start and place.end <= o.end), place.start)


class EventExtractor(EventMerges):
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
        self.lifted_needs_article = bool(table.get("lifted_needs_article"))
        self.held_by = set(table.get("held_by") or ())     # none: the rule is off
        self.resumed_by = set(table.get("resumed_by") or ())     # none: the rule is off
        # "los detenidos", "los heridos": with an article, the people an earlier event told of, not an event.
        self.people_nouns = set(table.get("people_nouns") or ())
        self.roles = Participants(lex, {**table, **rules("participants.yaml", lex.language)})
        self.clause_places = ClausePlaces({**table, "community_village": rules("relations.yaml", lex.language).get("community_village"),
                                           "visit_motion": lex.triggers.get("Visit", {}).get("motion", ())}, self.roles)
        self.flow = DateFlow({**table, **rules("event_dates.yaml", lex.language)})
        self.clause_triggers = ClauseTriggers(table, self.roles.sending_verbs, self.flow.future)
        self.places = EventPlaces(self.flow, bool(table.get("mine_when_no_place")), bool(table.get("meeting_at_visit")),
                                  self.clause_triggers.removed_nouns)
        self.negations = set(table.get("negations", ()))
        # the words of a force (events.yaml `removal.forces`): what they take or block is no protest
        self.force_words = set((table.get("removal") or {}).get("forces", ()))
        spec = table.get("charged_with")
        self.charged_with = {"heads": set(spec["heads"]), "cases": set(spec["cases"])} if spec else None
        self.receiving = set(table.get("receiving", ()))
        self.received_nouns = set(table.get("received_nouns", ()))
        self.received_case = set(table.get("received_case", ()))     # none: the rule is off
        not_told = table.get("not_told") or {"alone": (), "links": (), "nouns": ()}
        self.case_marked = bool(not_told.get("case_marked"))
        self.not_told = {k: set(v) for k, v in not_told.items() if k != "case_marked"}
        # Spanish checks of a trigger, on where the language's data says (loaders/event_checks.py).
        self.negation = Negation(table, self.not_told)
        self.acts = Acts(table, {w.lower() for spec in lex.triggers.values() for w in spec["words"] + spec.get("motion", [])})
        self.hypothetical = set(table.get("hypothetical", ()))    # none: the rule is off
        self.crowd_nouns = set((table.get("force_on_people") or {}).get("people", ()))
        self.hospitals = set((table.get("hospital_care") or {}).get("places", ()))
        self.not_yet = table.get("not_yet") or {}     # none: the rule is off
        self.there = set(table.get("there", ()))     # none: the rule is off
        self.declaring = set(table["declaring"]) if "declaring" in table else None    # none: every verb of saying declares
        # "a licence for the $1.4 billion mine": the words that name "the" mine (events.yaml `mine_nouns`).
        mine_nouns = table.get("mine_nouns")
        self.mine_word = alternatives(mine_nouns) if mine_nouns else re.compile("(?!)")
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
        text = doc.text     # Doc.text joins every token each time it is read
        matches = self.matcher(doc)
        # "In March 2019" is a date, not a march; so is a dateline's ("QUITO, March 10 (Reuters) -").
        in_date = [(d.start, d.end) for d in ctx.dates]
        line = find_dateline(text, ctx.report.published)
        if line is not None:
            in_date.append((0, line.date[1]))
        labels = {(s, e): doc.vocab.strings[mid] for mid, s, e in matches}
        candidates = [doc[s:e] for _, s, e in matches]
        for d in [*self.decision.finditer(text), *self.decided.finditer(text)]:
            span = doc.char_span(d.start("verb"), d.end("verb"), alignment_mode="expand")
            if span is not None:
                candidates.append(span)
                labels[(span.start, span.end)] = "PermitDecision"
        # Events told without their trigger words, found in the clause (loaders/clause_triggers.py).
        told, judged = self.clause_triggers(ctx)
        for token, label in told:
            candidates.append(doc[token.i:token.i + 1])
            if label == "LegalAction" and labels.get((token.i, token.i + 1)) == "PermitDecision":
                continue    # "the court revoked the licence": the decision on the permit it is
            labels[(token.i, token.i + 1)] = label
        # ("**March.**", "**Arrests.**": a heading of one word, a month's or a section's, tells no event)
        spans = [sp for sp in filter_spans(candidates) if not any(a <= sp.start_char < b for a, b in in_date)
                 and any(not t.is_punct for t in sp.sent if not sp.start <= t.i < sp.end)
                 and not (sp.text.lower() in self.people_nouns and sp.start and doc[sp.start - 1].pos_ == "DET"
                          and not named_by_copula(ctx, sp, self.roles.copulas))]
        roots = {sp.root.i: labels[(sp.start, sp.end)] for sp in spans}
        found = []
        for i, span in enumerate(spans):
            subclass = labels[(span.start, span.end)]
            if subclass in PROTESTS and span.root.head.lower_ in self.lifted_by and not (
                    self.lifted_needs_article and not any(c.dep_ == "det" for c in span.root.children)):
                # "levantaron hoy el bloqueo": the blockade's end, not a new one; read from the verb.
                subclass, span = "Truce", doc[span.root.head.i:span.root.head.i + 1]
            # ("called the ruling 'a blow'": an event judged is not declared)
            if subclass == "Statement" and span.root not in judged and self._declares_event(span.root, roots, self.declaring):
                continue
            following = spans[i + 1].start_char if i + 1 < len(spans) else len(text)
            event = self._read(ctx, span, subclass, following)
            if event is not None:
                found.append((event, self._anchored(event)))
        self.roles.organizers(ctx, [e for e, _ in found])
        self.roles.named_later(ctx, [e for e, _ in found])
        self.roles.the_parties(ctx, [e for e, _ in found])
        self.roles.delegation_led(ctx, [e for e, _ in found])
        self.roles.delegation_met(ctx, [e for e, _ in found])
        found += [(e, self._anchored(e)) for e in self.flow(ctx, [e for e, _ in found])]
        self.places.across_sentences(ctx, [e for e, _ in found], self.clause_triggers.scenes)
        self.places.met_by_crowds(ctx, [e for e, _ in found], self.crowd_nouns)
        events: list[EventMention] = []
        sents: dict[int, set[int]] = {}
        acts = self.acts.of(ctx, [e for e, _ in found])
        apart: dict[int, str] = {}      # events kept apart from one of their kind: id -> their act's subject
        held = {id(e) for e, _ in found if self._held(ctx, e)}
        for event, anchored in found:
            resumed = self._resumed(ctx, event)
            same = [e for e in events if self._same(e, event, strict=not anchored) and not (resumed and e.date != event.date)] \
                or self._kept_up(event, events, held)
            kept = [e for e in same if not self.acts.apart(acts, e, event)]
            if event.date:
                # "Third session (21 January 2020). The mayor hosted the session": a mention whose date is only
                # carried may join an event of another day, but one of its own day, where there is one, first.
                kept.sort(key=lambda e: e.date != event.date)
            if same and not kept:
                apart[id(event)] = acts[id(event)]
            target = next(iter(kept), None) or (None if resumed else self._pointed_back(ctx, event, events, sents))
            if target is not None:
                self._merge(target, event)
                sents[id(target)].add(event.sent)
            elif anchored or self._anchored(event):
                events.append(event)
                sents[id(event)] = {event.sent}
        self.flow.harms_in_clashes(events, sents)
        arrests_in_clashes(ctx, events, sents)
        self.places.of_the_report(ctx, events)
        away_from_hospitals(ctx, events, self.hospitals)
        self.roles.accompanying_visitors(ctx, events)
        for event in events:
            event.id = self._id(ctx, event, apart.get(id(event)))
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
        if subclass != "Statement" and (self._negated(root, subclass) or self._no_event(root) or charged_with(root, self.charged_with)):
            return None
        if subclass in ("Visit", "Meeting") and any(c.dep_ == "mark" and c.lower_ in self.hypothetical
                                                    for c in root.children):
            return None     # "the strike would go on until the premier came": no visit yet
        if subclass == "Visit" and any(c.dep_ == "advmod" and c.lower_ in self.there for c in root.children):
            return None     # "There he inspected the works": what a visit told before did where it went
        if not_done(root, span, subclass, self.lex.triggers[subclass], self.not_yet):
            return None
        if subclass == "Statement" and self._passive_without_agent(root):
            return None     # "he was arrested and accused of obstructing": a charge told of someone, nobody's statement
        if subclass in PROTESTS and root.tag_.startswith("VB") and self._by_force(ctx, root):
            return None     # "soldiers seized water pumps", "troops occupied the town": a force protests nothing
        if subclass == "Meeting" and self._met_by_crowd(root):
            return None     # "the team was met at the airstrip by 200 villagers": a crowd that meets someone holds no meeting
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
                event.places += self.clause_places.named_before(ctx, root) or self.clause_places.purpose(ctx, root)
        else:
            event.places += self._places_after(ctx, span.end_char, sentence_end, ctx.grammar.event_place_preps.pattern) \
                or self._places_after(ctx, span.end_char, min(sentence_end, span.end_char + 30),
                                      ctx.grammar.event_object_preps.pattern) or self._fronted_place(ctx, sent, span)
            if not event.places and subclass in ON_THE_GROUND:
                # ("llegaron a la aldea X y capturaron a los dirigentes": an arrest too, where the force went)
                event.places += self.clause_places.went_to(ctx, root)
            if not event.places:
                event.places += self.clause_places.gathering(ctx, root, subclass)
            if subclass == "PermitDecision":
                # "granted X a licence for the mine", "the EIA of the Conga project": the project decided on.
                mines = [m for m in ctx.in_sentence(sent, ("Place",)) if ctx.entities[m.entity].subclass == "Mine"]
                if not mines and (self.mine_word.search(text, span.end_char, sentence_end) or self.clause_triggers.the_permit(root)):
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
            if subclass in PROTESTS and not event.places and ctx.grammar.get("protest_object_place"):
                # "mantenían tomada la carretera Interamericana": the road the trigger's last word acts on,
                # named right after it, where the parse does not give it as the verb's object.
                event.places += self._places_after(ctx, span.end_char, min(sentence_end, span.end_char + 30), "")
            if subclass in ON_THE_GROUND | {"EnvironmentalIncident"} and not event.places:
                event.places += self.clause_places.of_clause(ctx, root)     # "a spill into the X River"
            if subclass in ON_THE_GROUND and not event.places:
                # (to the sentence's end: "desalojaron a quienes realizaban un plantón frente a la bocamina")
                event.places += self.clause_places.pointed_back(ctx, span.end_char, ctx.sents[sent].end_char, subclass)
            event.places += [p for p in self.clause_places.acted_on(ctx, root, subclass) if p not in event.places]
        if not event.places:
            event.places += self.clause_places.where_told(ctx, root)
        self.roles.read(ctx, event, span, sentence_end)
        if subclass == "Visit" and root.tag_.startswith("VB") and any(
                ctx.entities[p].subclass in FORCES for p, r in event.participants if r in ("leader", "attendee")):
            return None     # "military police arrived in the evening": a force deployed, no visit
        return event

    def _place_after(self, ctx: Context, pos: int, end: int, preps: str) -> Mention | None:
        """The first place after `pos` in the sentence that a preposition introduces ("in the
        provinces of X", "at the site of the X")."""
        text = ctx.report.text
        aside = ctx.in_parentheses(pos)
        lead = re.compile(rf"\b{preps}\s+{self.place_lead}$", re.I)
        for m in ctx.in_sentence(ctx.sent_of(pos), ("Place", "Organization")):
            at = phrase_start(ctx, m) if ctx.cls_of(m) == "Place" else m.start
            m = m if ctx.cls_of(m) == "Place" else self.clause_places.village_of(ctx, m)
            if m is None:
                continue
            if ctx.in_parentheses(m.start) and not aside:
                continue
            if ctx.grammar.attribution.match(text, m.end):
                continue        # "..., the health office in Arequipa said": where the source is, not the event
            if any(self.noun_link.fullmatch(text, r.end, m.start) for r in ctx.roles if r.end <= m.start and r.sent == m.sent):
                continue        # "fue detenido el teniente gobernador de Llacuabamba": whose official, not where
            if pos <= m.start < end and (at - pos < 3 or lead.search(text, max(pos, at - 60), at)
                                         or self.noun_link.fullmatch(text, pos, m.start) and self.noun_end.search(text, max(0, pos - 20), pos)):
                if ctx.entities[m.entity].level != "country" or m.start - pos < 40:
                    return m
        return None

    @staticmethod
    def _passive_without_agent(verb) -> bool:
        """"was accused of", "was arrested and accused of": a passive participle (or one joined to a passive
        verb, sharing its subject) with no "by" phrase."""
        if verb.tag_ != "VBN" or any(c.dep_ in ("agent", "nsubj") for c in verb.children):
            return False
        return any(c.dep_ == "nsubjpass" for c in verb.children) or (
            verb.dep_ == "conj" and verb.head.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.head.children)
            and not any(c.dep_ == "agent" for c in verb.head.children))

    def _by_force(self, ctx: Context, verb) -> bool:
        """Whether a verb's subject is a force: a word for one (events.yaml `removal.forces`) or a police or military body."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and (subj.lower_ in self.force_words or any(
            ctx.entities[m.entity].subclass in FORCES for m in ctx.in_subtree(subj, ("Organization",))))

    def _met_by_crowd(self, root) -> bool:
        """Whether a passive verb's agent (or "by" phrase) is people gathered (events.yaml `crowd_nouns`)."""
        return root.tag_ == "VBN" and any(c.dep_ in ("agent", "prep") and c.lower_ in self.roles.agent_preps and any(
            g.lower_ in self.crowd_nouns for g in c.children) for c in root.children)

    def _received_people(self, ctx: Context, root) -> bool:
        """Whether what a verb of receiving takes is people: an actor, or a noun of `received_nouns`."""
        # ("una comisión fue recibida por el viceministro": the passive's subject is who was received)
        for obj in (c for c in root.children if c.dep_ in ("dobj", "nsubjpass")):
            # "received ten of the marchers": the people may stand in the object's phrase
            if any(t.lower_ in self.received_nouns for t in obj.subtree):
                return True
            if ctx.in_subtree(obj, ("Person", "Organization")):
                return True
        # "recibió en su despacho a los voceros": a language that marks people received with a preposition
        # (events.yaml `received_case`) names them by it, wherever the parse hangs the phrase.
        subjects = {t.i for c in root.children if c.dep_ == "nsubj" for t in c.subtree}
        return any(t.i not in subjects and any(c.dep_ == "case" and c.lower_ in self.received_case for c in t.children)
                   and (t.lower_ in self.received_nouns or ctx.in_subtree(t, ("Person", "Organization")))
                   for t in root.subtree if t.i != root.i)

    def _no_event(self, root) -> bool:
        """"the right to prior consultation", "without consultation", "the lack of dialogue", "the
        right to protest": a kind of event named as a right or a want is none (events.yaml `not_told`)."""
        head = root.head
        if self.case_marked and head.i != root.i:
            return self.negation.no_event_case(root)
        if head.i == root.i or root.dep_ not in ("pobj", "xcomp", "acl"):
            return False
        return head.lower_ in self.not_told["alone"] or (
            head.lower_ in self.not_told["links"] and head.head.lower_ in self.not_told["nouns"])

    def _negated(self, root, subclass: str) -> bool:
        """"No one was injured", "there were no arrests", "police did not detain anyone": what
        did not happen is no event (events.yaml `negations`), nor what is only asked for (`wanted`)."""
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in self.negations) for c in root.children):
            return True
        if self.negation.negated_verb(root) or self.negation.denied(root) or self.negation.wanted(root, subclass):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ in self.negations for c in root.children)

    @staticmethod
    def _fronted_place(ctx: Context, sent: int, span) -> list[str]:
        """"En Cerro de Pasco, el ministro se reunió", "durante el desbloqueo de la vía en
        Quiulacocha, la policía detuvo": the place a clause before the trigger opens with
        (grammar.yaml `fronted_place`), the one nearest the trigger."""
        start = ctx.sents[sent].start_char
        found = [m.entity for m in ctx.in_sentence(sent, ("Place",)) if m.end <= span.start_char
                 and ctx.grammar.fronted_place.search(ctx.report.text, start, phrase_start(ctx, m))
                 and ("," in ctx.report.text[m.end:span.start_char] or span.start_char - m.end < 40)
                 and not in_participle(ctx.doc.char_span(m.start, m.end, alignment_mode="expand"))]
        return found[-1:]

    def _places_after(self, ctx: Context, pos: int, end: int, preps: str) -> list[str]:
        """The place `_place_after` finds and the rest of its list ("in the provinces of
        Cajamarca, Celendín, Hualgayoc and Contumazá")."""
        first = self._place_after(ctx, pos, end, preps)
        if first is None:
            return []
        return [first.entity] + [m.entity for m in ctx.list_from(first, ("Place",), ctx.grammar.place_list_gap)[1:] if m.start < end]

    @staticmethod
    def _declares_event(root, roots: dict[int, str], declaring: set | None) -> bool:
        """"declared a state of emergency", "announced a strike": the verb says the other event.
        "denounced the detentions", "condemned the attack" judge an event told of: a statement of
        their own, where the language lists its verbs of declaring (events.yaml `declaring`)."""
        if declaring is not None and root.lower_ not in declaring:
            return False
        return root.tag_.startswith("VB") and any(
            c.dep_ in ("dobj", "nsubjpass") and roots.get(c.i, "Statement") != "Statement" for c in root.children)

    # --- the event's id (which mentions are one event: loaders/event_merges.py) ---

    def _id(self, ctx: Context, event: EventMention, act: str | None = None) -> str:
        if event.places:
            anchor = ctx.entities[event.places[0]].name
        elif event.participants:
            anchor = ctx.entities[event.participants[0][0]].name
        else:
            # An event named by nothing but its kind belongs to its report alone.
            anchor = ctx.report.doc_id.split(":")[1]
        # An act kept apart from another of its kind that day and place ("un grupo quemó ..." after
        # "efectivos ... lanzaron ...") is told by its subject too, so that the two stay two nodes.
        return event_id(event.subclass, event.date, slug(f"{anchor} {act}" if act else anchor))

