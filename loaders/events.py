"""Events of the ontology's subclasses: trigger words, then their date, place and participants.

A trigger only becomes an event when the sentence anchors it (events.yaml `needs`), otherwise
talk of "visits" in general would fill the graph. Mentions of one event within a report merge
("A visit by Vizcarra ... on 22 October" and later "Vizcarra's visit"), and the id comes from
subclass, date and place (or lead actor), so two reports of one visit give one node.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from graph.ids import event_id, slug
from loaders.lexicon import Lexicon, alternatives, grammar, rules
from loaders.model import Context, EventMention, Mention

ACTORS = ("Person", "Organization")
PROTESTS = {"Protest", "Strike", "Roadblock"}
GATHERINGS = {"Meeting", "DialogueTable", "Agreement"}
# The role of the one who does what the trigger says ("the government declared a state of emergency").
SUBJECT_ROLE = {"LegalAction": "author", "Consultation": "organizer", "StateOfEmergency": "author",
                "PermitDecision": "author"}
# Events that happen in the street, at one place with the others a sentence tells of.
ON_THE_GROUND = {"Protest", "Strike", "Roadblock", "Clash", "Killing", "Injury", "Arrest"}
FORCES = {"PoliceUnit", "MilitaryUnit"}
CROWDS = {"Community", "CivilSocietyOrganization"}
HARMS = {"Killing", "Injury"}
QUOTE = re.compile(r"[“\"]([^”\"]{10,})[”\"]")


class EventExtractor:
    name = "events"

    def __init__(self, nlp, lex: Lexicon):
        self.lex = lex
        table = rules("events.yaml", lex.language)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for subclass, spec in lex.triggers.items():
            self.matcher.add(subclass, list(nlp.tokenizer.pipe(spec["words"] + spec.get("motion", []))))
        dec = table["decisions"]
        self.decision = re.compile(rf"{alternatives(dec['verbs']).pattern}(?={dec['gap']}{alternatives(dec['objects']).pattern})",
                                   re.I)
        self.accompanying = alternatives(table["accompanying"])
        self.demanded = [re.compile(p, re.I) for p in table["demanded"]]
        self.pronouns = {w: cls for cls, words in table["pronouns"].items() for w in words}
        g = grammar(lex.language)
        self.outlet_prep = g.outlet_prep
        self.organizer = re.compile(table["organizer"], re.I)
        self.companion_after = alternatives(table["accompanied_by"])
        self.absent = alternatives(table["absent"])
        self.same_time = re.compile(r"\s*(?:[-*•]\s*)?(?:" + "|".join(table["same_time"]) + r")\b", re.I)
        place_nouns = "|".join(table["place_nouns"])
        # "inside MMG Ltd's Las Bambas mine": an owner's name may stand between the preposition and the place.
        self.place_lead = (g.place_article.pattern + r"(?:(?:" + place_nouns + ")" + g.place_noun_link.pattern + ")?"
                           r"(?:(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}[’']s\s+)?")

    def __call__(self, ctx: Context) -> Context:
        doc = ctx.doc
        matches = self.matcher(doc)
        # "In March 2019" is a date, not a march.
        in_date = [(d.start, d.end) for d in ctx.dates]
        labels = {(s, e): doc.vocab.strings[mid] for mid, s, e in matches}
        candidates = [doc[s:e] for _, s, e in matches]
        for d in self.decision.finditer(doc.text):
            span = doc.char_span(d.start(), d.end(), alignment_mode="expand")
            if span is not None:
                candidates.append(span)
                labels[(span.start, span.end)] = "PermitDecision"
        spans = [sp for sp in filter_spans(candidates) if not any(a <= sp.start_char < b for a, b in in_date)]
        roots = {sp.root.i: labels[(sp.start, sp.end)] for sp in spans}
        found = []
        for i, span in enumerate(spans):
            subclass = labels[(span.start, span.end)]
            if subclass == "Statement" and self._declares_event(span.root, roots):
                continue
            following = spans[i + 1].start_char if i + 1 < len(spans) else len(doc.text)
            event = self._read(ctx, span, subclass, following)
            if event is not None:
                found.append((event, self._anchored(event)))
        self._organizers(ctx, [e for e, _ in found])
        self._dates(ctx, [e for e, _ in found], spans)
        self._shared_places([e for e, _ in found])
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
        self._harms_in_clashes(events, sents)
        self._accompanying(ctx, events)
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
        text = ctx.report.text
        sentence_end = min(ctx.sents[sent].end_char, following)
        if subclass == "Visit":
            self._visit(ctx, event, span, root, sentence_end)
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
            if subclass in PROTESTS and not event.places and root.tag_.startswith("VB"):
                # "farmers blocked the Pan-American Highway": what is blocked is where.
                obj = self._object(ctx, root, span)
                if obj is not None and ctx.cls_of(obj) == "Place":
                    event.places.append(obj.entity)
        subject = self._subject(ctx, root, span)
        if subclass == "Statement" and subject:
            outlet = next((m for m in ctx.in_sentence(sent, ("Organization",))
                           if ctx.entities[m.entity].subclass == "MediaOutlet"
                           and self.outlet_prep.search(text[max(0, m.start - 6):m.start])), None)
            written = outlet or any(w in event.evidence.lower().split() for w in self.lex.authored_when)
            event.participants.append((subject.entity, "author" if written else "speaker"))
            if outlet:
                event.outlets.append(outlet.entity)
            quote = QUOTE.search(event.evidence)
            event.quote = quote.group(1) if quote else None
        elif subclass in ("Killing", "Injury", "Clash"):
            by = ctx.grammar.agent_by.match(text[span.end_char:sentence_end])
            agent = ctx.mention_at(span.end_char + by.end(), ACTORS) if by else None
            undergoers = self._undergoers(ctx, root) if subclass in HARMS else []
            if agent:
                event.participants.append((agent.entity, "perpetrator"))
            elif subject and root.tag_.startswith("VB") and not undergoers:
                event.participants.append((subject.entity, "perpetrator"))
            event.participants += [(m.entity, "victim") for m in undergoers]
            victim = self._object(ctx, root, span)
            if victim and ctx.cls_of(victim) == "Person" and not undergoers:
                event.participants.append((victim.entity, "victim"))
            if subclass == "Clash":
                # "clashes between police and protesters": the forces act, the crowd suffers.
                for m in ctx.in_sentence(sent, ("Organization",)):
                    sub = ctx.entities[m.entity].subclass
                    if sub in FORCES:
                        event.participants.append((m.entity, "perpetrator"))
                    elif sub in CROWDS:
                        event.participants.append((m.entity, "protester"))
        elif subclass in ("Appointment", "Resignation", "Arrest"):
            who = self._object(ctx, root, span) if subclass != "Resignation" else subject
            if subclass == "Appointment" and who is None:
                who = subject if root.dep_ == "nsubjpass" else None
            if who and ctx.cls_of(who) == "Person":
                # "the arrest of Frank and Jorge Chávez Sotelo", "detained the president, X, and
                # the lawyers Y and Z": every person of the phrase.
                token = ctx.doc.char_span(who.start, who.end, alignment_mode="expand").root
                phrase = token
                while phrase.dep_ in ("conj", "appos", "compound") and phrase.head.i != phrase.i \
                        and phrase.head.i != root.i:
                    phrase = phrase.head
                s, e = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
                # An aside in parentheses ("of X (present with Y at Z)") tells of someone else.
                event.participants += [(m.entity, "subject") for m in ctx.in_sentence(sent, ("Person",))
                                       if (s <= m.start < e and not ctx.in_parentheses(m.start)) or m is who]
                if who.sent != sent:
                    event.participants.append((who.entity, "subject"))
                # "arrested X along with brothers A and B": those named with X too.
                for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("along", "with", "together")):
                    s, e = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)
                    event.participants += [(m.entity, "subject") for m in ctx.in_sentence(sent, ("Person",))
                                           if s <= m.start < e]
            if subclass == "Arrest" and subject and root.tag_.startswith("VB") and \
                    ctx.entities[subject.entity].subclass in FORCES:
                event.participants.append((subject.entity, "perpetrator"))
        elif subclass in PROTESTS:
            by = self.organizer.search(text, span.end_char, sentence_end)
            organizers = ctx.chain_at(by.end(), ("Organization",)) if by else []
            if not organizers:
                head = subject if subject and root.tag_.startswith("VB") else self._sentence_subject(ctx, sent)
                organizers = self._with_conjuncts(ctx, head) if head and ctx.cls_of(head) == "Organization" else []
            event.participants += [(m.entity, "organizer") for m in organizers
                                   if ctx.cls_of(m) == "Organization"]
            self._demanded(ctx, event, sent)
        elif subclass in GATHERINGS:
            # Everyone a meeting sentence names outside asides sat at the table.
            if subject:
                event.participants.append((subject.entity, "attendee"))
            event.participants += [(m.entity, "attendee") for m in ctx.in_sentence(sent, ACTORS)
                                   if not ctx.in_parentheses(m.start)
                                   and ctx.entities[m.entity].subclass != "MediaOutlet"]
        elif subject and subclass in SUBJECT_ROLE:
            event.participants.append((subject.entity, SUBJECT_ROLE[subclass]))
        seen: set[str] = set()
        event.participants = [(p, r) for p, r in event.participants if not (p in seen or seen.add(p))]
        return event

    def _visit(self, ctx: Context, event: EventMention, span, root, sentence_end: int) -> None:
        text = ctx.report.text
        if root.tag_.startswith("VB"):
            subject = self._subject(ctx, root, span)
            obj = self._object(ctx, root, span)
            place = obj if obj and ctx.cls_of(obj) == "Place" else \
                self._place_after(ctx, span.end_char, sentence_end, ctx.grammar.visit_place_preps.pattern)
        else:
            by = ctx.grammar.visit_by.match(text[span.end_char:])
            subject = ctx.mention_at(span.end_char + by.end(), ACTORS) if by else None
            if subject is None:
                possessor = next((c for c in root.children if c.dep_ == "poss"), None)
                subject = self._mention_of(ctx, possessor) if possessor is not None else None
            place = self._place_after(ctx, span.end_char, sentence_end, ctx.grammar.visit_place_preps.pattern)
        if subject:
            role = "leader" if ctx.cls_of(subject) == "Person" else "attendee"
            event.participants.append((subject.entity, role))
        if place:
            event.places += [p.entity for p in ctx.list_from(place, ("Place",), ctx.grammar.place_list_gap)]
        # "but the community's leaders refused to meet him": they stayed away.
        for a in self.absent.finditer(text, span.end_char, ctx.sents[event.sent].end_char):
            who = ctx.nearest_before(a.start(), event.sent, ACTORS)
            if who is not None and who.end > span.end_char and who.entity not in {p for p, _ in event.participants}:
                event.participants.append((who.entity, "absent"))
        self._demanded(ctx, event, event.sent)

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
            if pos <= m.start < end and (m.start - pos < 3 or lead.search(text, max(pos, m.start - 60), m.start)):
                if ctx.entities[m.entity].level != "country" or m.start - pos < 40:
                    return m
        return None

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

    def _demanded(self, ctx: Context, event: EventMention, sent: int) -> None:
        base = ctx.sents[sent].start_char + (len(ctx.sents[sent].text) - len(ctx.sents[sent].text.lstrip()))
        for pattern in self.demanded:
            for d in pattern.finditer(event.evidence):
                s, e = base + d.start("who"), base + d.end("who")
                event.participants += [(m.entity, "demanded") for m in ctx.in_sentence(sent, ACTORS)
                                       if s <= m.start < e and m.entity not in {p for p, _ in event.participants}]

    def _with_conjuncts(self, ctx: Context, head: Mention) -> list[Mention]:
        """"Fuerabamba and the neighbouring Huancuire community occupied": both."""
        token = ctx.doc.char_span(head.start, head.end, alignment_mode="expand").root
        out = [head]
        for t in token.conjuncts:
            found = self._mention_of(ctx, t) or self._mention_within(ctx, t)
            if found is not None and found.entity not in {m.entity for m in out}:
                out.append(found)
        return out

    def _undergoers(self, ctx: Context, root) -> list[Mention]:
        """The persons of the subject of "died" or of a passive ("X and Y were killed")."""
        if not root.tag_.startswith("VB"):
            return []
        subjects = [c for c in root.children if c.dep_ == "nsubjpass" or
                    (c.dep_ == "nsubj" and root.lower_ in ctx.grammar.undergoer_verbs)]
        out = []
        for c in subjects:
            s, e = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            out += [m for m in ctx.in_sentence(ctx.sent_of(c.idx), ("Person",)) if s <= m.start < e and m not in out]
        return out

    @staticmethod
    def _declares_event(root, roots: dict[int, str]) -> bool:
        """"declared a state of emergency", "announced a strike": the verb says the other event."""
        return root.tag_.startswith("VB") and any(
            c.dep_ in ("dobj", "nsubjpass") and roots.get(c.i, "Statement") != "Statement" for c in root.children)

    def _organizers(self, ctx: Context, events: list[EventMention]) -> None:
        """"The indefinite strike began on 21 May. It was called by the FUDIE": an organizer
        phrase in a sentence without a protest tells of the protest of the sentence before."""
        text = ctx.report.text
        with_protest = {e.sent for e in events if e.subclass in PROTESTS}
        for m in self.organizer.finditer(text):
            sent = ctx.sent_of(m.start())
            if sent in with_protest or sent - 1 not in with_protest:
                continue
            opening = text[ctx.sents[sent].start_char:m.start()]
            if not re.match(r"^\s*(?:it|this|the\s+(?:strike|protest|march|blockade|stoppage|mobili[sz]ation)|they)\b",
                            opening, re.I):
                continue
            target = [e for e in events if e.sent == sent - 1 and e.subclass in PROTESTS][-1]
            known = {p for p, _ in target.participants}
            target.participants += [(o.entity, "organizer") for o in ctx.chain_at(m.end(), ("Organization",))
                                    if o.entity not in known]

    @staticmethod
    def _harms_in_clashes(events: list[EventMention], sents: dict[int, set[int]]) -> None:
        """Deaths and injuries "in the clash" take the clash's date and place when their own
        sentence gives none: the clash of their sentence, or of the sentence before."""
        clashes = [e for e in events if e.subclass == "Clash"]
        for harm in (e for e in events if e.subclass in HARMS):
            own = sents[id(harm)]
            clash = next((c for c in clashes if sents[id(c)] & own), None) or \
                next((c for c in clashes if sents[id(c)] & {s - 1 for s in own}), None)
            if clash is None:
                continue
            if harm.date is None and clash.date:
                harm.date, harm.precision = clash.date, clash.precision
            if not harm.places:
                harm.places = list(clash.places)

    # --- syntax helpers: who did it, to whom ---

    def _mention_of(self, ctx: Context, token) -> Mention | None:
        if token is None:
            return None
        found = next((m for m in ctx.mentions if m.entity and m.start <= token.idx < m.end), None)
        if found is None:
            # "arrested the mayor", the mayor named before: the title's holder.
            role = next((r for r in ctx.roles if r.start <= token.idx < r.end and r.holder is not None
                         and r.holder.entity), None)
            found = role.holder if role else None
        if found is None and token.lower_ in self.pronouns:
            return self._antecedent(ctx, token.idx, self.pronouns[token.lower_])
        return found

    def _antecedent(self, ctx: Context, pos: int, cls: str) -> Mention | None:
        sent = ctx.sent_of(pos)
        for m in reversed([m for m in ctx.mentions if m.entity and m.end <= pos and sent - 2 <= m.sent <= sent]):
            if ctx.cls_of(m) == cls and not (cls == "Organization" and ctx.entities[m.entity].subclass == "MediaOutlet"):
                return m
        return None

    def _subject(self, ctx: Context, root, span) -> Mention | None:
        verb = root
        while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head        # "officers stormed the hall and arrested him": the first verb's subject
        if verb.dep_ in ctx.grammar.relative_clause_deps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "los indígenas de la comunidad X que ocupaban el campamento": the actor the clause hangs from.
            s = verb.head.left_edge.idx
            return next((m for m in ctx.mentions if m.entity and s <= m.start < verb.idx and ctx.cls_of(m) in ACTORS), None)
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = self._mention_of(ctx, child) or self._mention_within(ctx, child)
                if found and ctx.cls_of(found) == "Organization":
                    # "the Ombudsman, Walter Gutiérrez, travelled": the person named in apposition.
                    person = next((p for a in child.children if a.dep_ == "appos"
                                   if (p := self._mention_of(ctx, a)) and ctx.cls_of(p) == "Person"), None)
                    found = person or found
                if found and ctx.cls_of(found) in ACTORS:
                    return found
        return None

    def _object(self, ctx: Context, root, span) -> Mention | None:
        for child in root.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr"):
                found = self._mention_of(ctx, child) or self._mention_within(ctx, child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    found = self._mention_of(ctx, grandchild) or self._mention_within(ctx, grandchild)
                    if found:
                        return found
            if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ctx.grammar.of_words for c in child.children):
                found = self._mention_of(ctx, child) or self._mention_within(ctx, child)
                if found:
                    return found
        return None

    def _mention_within(self, ctx: Context, token) -> Mention | None:
        """The first mention in a token's subtree, not inside an aside in parentheses."""
        s, e = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return next((m for m in ctx.mentions if m.entity and s <= m.start < e and not ctx.in_parentheses(m.start)
                     and ctx.cls_of(m) in ACTORS + ("Place",)), None)

    def _sentence_subject(self, ctx: Context, sent: int) -> Mention | None:
        root = ctx.sents[sent].root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((found for c in subjects if (found := self._mention_within(ctx, c))), None)

    # --- dates: each date goes to the closest event trigger of its sentence ---

    def _dates(self, ctx: Context, events: list[EventMention], spans) -> None:
        for date in ctx.dates:
            if not date.date:
                continue
            sent = ctx.sent_of(date.start)
            here = [e for e in events if e.sent == sent]
            if not here:
                continue
            nearest = self._governing(ctx, date, here) or \
                min(here, key=lambda e: (min(abs(e.trigger[0] - date.end), abs(date.start - e.trigger[1])),
                                         e.trigger[0]))
            if nearest.date is None:
                nearest.date, nearest.precision = date.date, date.precision
            for e in here:
                # Mentions of the same kind share it; so does a trigger right before it
                # ("the mesa de diálogo on 6 October" while the date hangs from "agreement").
                adjacent = 0 <= date.start - e.trigger[1] <= 5
                if e.date is None and (e.subclass == nearest.subclass or adjacent):
                    e.date, e.precision = date.date, date.precision

        self._intervals(ctx, events)
        self._sentence_date(ctx, events)
        self._same_time(ctx, events)
        if ctx.grammar.carry_dates:
            self._carried_dates(ctx, events)

    @staticmethod
    def _sentence_date(ctx: Context, events: list[EventMention]) -> None:
        """"On 4 June, as police cleared the road, a village agreed to a truce": a sentence's only
        date reaches every clause of it: a verb, or a noun that is what a verb acts on ("charged a
        march"), not a noun subject: "as the strike entered its fourth week" tells of a strike
        that began before."""
        dates: dict[int, list] = {}
        for d in ctx.dates:
            if d.date:
                dates.setdefault(ctx.sent_of(d.start), []).append(d)
        for e in events:
            told = dates.get(e.sent, [])
            if e.date or len(told) != 1:
                continue
            root = ctx.doc.char_span(*e.trigger, alignment_mode="expand").root
            if root.tag_.startswith("VB") or root.dep_ in ("dobj", "pobj"):
                e.date, e.precision = told[0].date, told[0].precision

    def _same_time(self, ctx: Context, events: list[EventMention]) -> None:
        """"Police charged a march yesterday. At 3 pm, twelve were injured": a sentence that opens
        on a time of the day told before ("that morning", "later that day") takes that day."""
        text = ctx.report.text
        for e in events:
            if e.date or not self.same_time.match(text, ctx.sents[e.sent].start_char):
                continue
            before = [d for d in ctx.dates if d.date and d.precision == "day"
                      and e.sent - 3 <= ctx.sent_of(d.start) < e.sent]
            dated = [x for x in events if x.date and x.precision == "day" and e.sent - 3 <= x.sent < e.sent]
            if dated:
                e.date, e.precision = dated[-1].date, "day"
            elif before:
                e.date, e.precision = before[-1].date, "day"

    @staticmethod
    def _carried_dates(ctx: Context, events: list[EventMention]) -> None:
        """"La Policía desalojó este martes a los comuneros. Once fueron detenidos": where the
        language's press tells a day once for what follows (grammar.yaml `carry_dates`), an event
        of the street or of a meeting that its sentence gives no date takes the day of the event
        told in the sentence before, in the same paragraph."""
        text = ctx.report.text
        for e in events:
            if e.date or e.subclass not in ON_THE_GROUND | GATHERINGS:
                continue
            before = [x for x in events if x.date and x.precision == "day" and x.sent == e.sent - 1]
            if before and "\n\n" not in text[ctx.sents[e.sent - 1].start_char:ctx.sents[e.sent].start_char + 1]:
                e.date, e.precision = before[-1].date, "day"

    @staticmethod
    def _shared_places(events: list[EventMention]) -> None:
        """"Police fired tear gas to clear farmers who had blocked the highway near Cocachacra":
        the clash, the blockade and the injuries of one sentence happened at one place; an event
        of the street that the sentence gives no place of takes that of the nearest one that has."""
        by_sent: dict[int, list[EventMention]] = {}
        for e in events:
            if e.subclass in ON_THE_GROUND:
                by_sent.setdefault(e.sent, []).append(e)
        for group in by_sent.values():
            placed = [e for e in group if e.places]
            for e in group:
                if not e.places and placed:
                    nearest = min(placed, key=lambda p: abs(p.trigger[0] - e.trigger[0]))
                    e.places = list(nearest.places)

    def _intervals(self, ctx: Context, events: list[EventMention]) -> None:
        """"The strike began on 15 July, a week after the ministry granted the licence", "two days
        later he was arrested": an event told as some time before or after a dated one takes that
        date moved back or on, at the precision the interval allows (days keep the day, weeks and
        months the month)."""
        text = ctx.report.text
        starts = [d.start for d in ctx.dates]
        for e in events:
            if e.date:
                continue
            start = ctx.sents[e.sent].start_char
            g = ctx.grammar
            found = [m for m in g.interval.finditer(text, start, e.trigger[0]) if e.trigger[0] - m.end() <= 80]
            if not found:
                continue
            m = found[-1]
            direction = re.sub(r"\s+", " ", m.group("dir").lower())
            later = direction in g.interval_later
            # "Two days later X was arrested": counted from the last date told, here or just before.
            since = ctx.sents[max(e.sent - 2, 0)].start_char if later else start
            lo, hi = bisect_left(starts, since), bisect_left(starts, m.start())
            base = [d for d in ctx.dates[lo:hi] if d.date and d.precision == "day"]
            if not base:
                continue
            n = g.numbers.get(m.group("n").lower()) or int(m.group("n"))
            unit = g.interval_units[m.group("unit").lower()]
            sign = -1 if direction in g.interval_after else 1
            when = dt.date.fromisoformat(base[-1].date) + dt.timedelta(days=sign * n * unit)
            e.date, e.precision = (when.isoformat(), "day") if unit == 1 else (when.isoformat()[:7], "month")

    @staticmethod
    def _governing(ctx: Context, date, events: list[EventMention]) -> EventMention | None:
        """The event whose trigger the date hangs from in the parse ("a visit ... on 22 October")."""
        span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            return None
        ancestors = [t.i for t in span.root.ancestors]
        roots = {id(e): ctx.doc.char_span(*e.trigger, alignment_mode="expand").root.i for e in events}
        ranked = [(ancestors.index(roots[id(e)]), e.trigger[0], i) for i, e in enumerate(events)
                  if roots[id(e)] in ancestors]
        return events[min(ranked)[2]] if ranked else None

    # --- which mentions are one event ---

    def _anchored(self, event: EventMention) -> bool:
        needs = self.lex.triggers[event.subclass].get("needs") or []
        have = {"date": bool(event.date), "place": bool(event.places), "participant": bool(event.participants)}
        return not needs or any(have[n] for n in needs)

    @staticmethod
    def _same(a: EventMention, b: EventMention, strict: bool) -> bool:
        """Whether `b` tells of the event `a`. An unanchored mention ("until Zavala came to the
        area") joins only an event it shares an actor with, or adds no actor of its own."""
        if a.subclass != b.subclass:
            return False
        if a.sent == b.sent:
            return True
        if a.date and b.date and a.date != b.date:
            return False
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
        into.date, into.precision = into.date or other.date, into.precision or other.precision
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

    def _accompanying(self, ctx: Context, events: list[EventMention]) -> None:
        # "X travelled to Y, accompanied by Z": Z goes with the leader of that visit.
        for m in self.companion_after.finditer(ctx.report.text):
            sent = ctx.sent_of(m.start())
            visit = next((e for e in events if e.subclass == "Visit" and e.sent == sent), None)
            if visit is None:
                continue
            known = {p for p, _ in visit.participants}
            visit.participants += [(c.entity, "accompanying") for c in ctx.chain_at(m.end())
                                   if c.entity not in known]
        for m in self.accompanying.finditer(ctx.report.text):
            sent = ctx.sent_of(m.start())
            companion = ctx.nearest_before(m.start(), sent, ("Person",))
            lead = ctx.mention_at(m.end(), ("Person",))
            if not companion or not lead or companion.entity == lead.entity:
                continue
            visit = next((e for e in events if e.subclass == "Visit" and (lead.entity, "leader") in e.participants),
                         None)
            if visit and companion.entity not in {p for p, _ in visit.participants}:
                visit.participants.append((companion.entity, "accompanying"))
                visit.participant_evidence[companion.entity] = ctx.sentence(sent)

    def _id(self, ctx: Context, event: EventMention) -> str:
        if event.places:
            anchor = ctx.entities[event.places[0]].name
        elif event.participants:
            anchor = ctx.entities[event.participants[0][0]].name
        else:
            # An event named by nothing but its kind belongs to its report alone.
            anchor = ctx.report.doc_id.split(":")[1]
        return event_id(event.subclass, event.date, slug(anchor))
