"""Who took part in an event and in which role, read from the trigger's clause.

The dependency parse gives each trigger its subject, object, agent and obliques; those are the
participants. The roles depend on the event's kind: the subject of "police arrested X" is the
perpetrator and X the subject, the bodies that "called" a strike organised it.
"""
from __future__ import annotations

import re

from loaders.clause_actors import ACTORS, CROWDS, ClauseActors
from loaders.lexicon import Lexicon, alternatives
from loaders.model import FORCES, Context, EventMention, Mention, verb_of
from loaders.participant_passes import GATHERINGS, PROTESTS, ParticipantPasses

# The role of the one who does what the trigger says ("the government declared a state of emergency").
SUBJECT_ROLE = {"LegalAction": "author", "Consultation": "organizer", "StateOfEmergency": "author",
                "PermitDecision": "author"}
HARMS = {"Killing", "Injury"}
QUOTE = re.compile(r"[“\"]([^”\"]{10,})[”\"]")


class Participants(ClauseActors, ParticipantPasses):
    """Fills an event's participants from its sentence (`read`); the passes over a whole report's
    events (loaders/participant_passes.py) link those told elsewhere."""

    def __init__(self, lex: Lexicon, table: dict):
        super().__init__(lex, table)
        self.demanded = [re.compile(p, re.I) for p in table["demanded"]]
        self.permit_roles = table.get("permit_roles") or {}     # subclass -> role in a permit decision's sentence
        self.with_preps = set(table["along_with"])
        self.sending_verbs = set(table["sending_verbs"])
        # "a delegation of the ministry": the body a delegation is of (participants.yaml `delegation_of`; none, the rule is off).
        self.delegation_of = set(table.get("delegation_of", ()))
        self.parties = set(table.get("parties", ()))     # none: the rule is off
        self.delegation_nouns = set(table.get("delegation_nouns", ()))     # none: the rule is off
        self.led_by = alternatives(table["led_by"])
        self.among = alternatives(table["among"])
        self.after_quote = re.compile(table["after_quote"]) if table.get("after_quote") else None
        # "Según contó a este diario el cacique, X, ...": a speaker the parse reads as the object of the verb of
        # saying it follows (participants.yaml `inverted_speaker`; false: the rule is off)
        self.inverted_speaker = bool(table.get("inverted_speaker"))
        self.organizer = re.compile(table["organizer"], re.I)
        self.back_reference = re.compile(table["back_reference"], re.I)
        self.companion_after = alternatives(table["accompanied_by"])
        self.accompanying = alternatives(table["accompanying"])
        self.absent = alternatives(table["absent"])
        self.copulas = set(table["copulas"])
        self.later_names = [(set(r["words"]), set(r["events"]), r["role"], tuple(r["classes"]))
                            for r in table["named_later"]]
        # "Entre los heridos se encuentran A y B": the people a verb of being places among those an event
        # befell (participants.yaml `among_verbs`, `among_case`; none: the rule is off).
        among = table.get("among_verbs") or {}
        self.among_verbs, self.among_case = set(among.get("verbs", ())), set(among.get("case", ()))
        # "Participaron también X e Y": a sentence whose main verb is one of these names more attendees
        # of the meeting told in it or just before (participants.yaml `joined_by`).
        joined = table.get("joined_by") or {}
        self.joining, self.joined_events = set(joined.get("verbs", ())), set(joined.get("events", ()))
        self.against_preps = set(table.get("against", ()))
        self.sued_preps = set(table.get("sued_preps", ()))     # none: the rule is off
        self.leaving_verbs = set(table.get("leaving", ()))     # none: the rule is off
        self.source_apart = tuple(table.get("source_phrases", ()))     # none: the rule is off
        # "the governor received a delegation": the verbs whose subject hosts the meeting (events.yaml `receiving`)
        self.receiving = set(table.get("receiving", ()))
        self.meeting_verb_roles = {v: role for role, verbs in (table.get("meeting_verb_roles") or {}).items() for v in verbs}
        # Verbs of force and arrest: their subject acts on the protest they take as object.
        self.acting_on = {w for k in ("Clash", "Arrest") for w in lex.triggers.get(k, {}).get("words", ()) if " " not in w}

    def _sued(self, ctx: Context, root) -> list[Mention]:
        """The actors of an "against" phrase (participants.yaml `sued_preps`) of a legal action's verb, of its object,
        or of the noun the phrase before hangs from ("in the High Court against X")."""
        near = [root, *(c for c in root.children if c.dep_ in ("dobj", "prep")),
                *(g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
        return [m for t in near for p in t.children if p.dep_ == "prep" and p.lower_ in self.sued_preps
                for o in p.children if o.dep_ == "pobj" and (m := self.mention_of(ctx, o)) is not None and ctx.cls_of(m) in ACTORS]

    def _quoted_speaker(self, ctx: Context, root) -> Mention | None:
        """"Tenemaza se presenta ante un juez. "Nos tratan como delincuentes", reclama.", "..." explicó el oficial: a verb of
        saying right after a quote, with no subject or a common noun for one, is the person named last before the
        quote, in its sentence or the two before (participants.yaml `after_quote`, what stands between the quote and
        the verb; none: the rule is off)."""
        gap = self.after_quote
        if gap is None or not root.tag_.startswith("VB"):
            return None
        text = ctx.report.text
        close = max(text.rfind(q, 0, root.idx) for q in ('"', "”"))
        if close < 0 or not gap.fullmatch(text, close + 1, root.idx):
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.tag_ != "NN" or self.mention_of(ctx, subj)):
            return None
        opening = max(text.rfind(q, 0, close) for q in ('"', "“"))
        return self._antecedent(ctx, opening if opening >= 0 else close, "Person")

    def _object_speaking(self, ctx: Context, root) -> Mention | None:
        """"contó a este diario el cacique de la comunidad, X": a verb of saying with no subject whose object after
        it, with no case word ("a"), is a person (or a title whose holder is named) has that person as its speaker:
        what is said is a clause or a quote, not a person."""
        if not self.inverted_speaker or not root.tag_.startswith("VB"):
            return None
        for obj in (c for c in root.children if c.dep_ == "dobj" and c.i > root.i
                    and not any(g.dep_ == "case" for g in c.children)):
            found = self.mention_of(ctx, obj)
            if found is not None and ctx.cls_of(found) == "Person":
                return found
        return None

    def read(self, ctx: Context, event: EventMention, span, sentence_end: int) -> None:
        subclass, sent, root, text = event.subclass, event.sent, span.root, ctx.report.text
        if subclass == "Visit":
            self._visit(ctx, event, span, root)
            self._unique(event)
            return
        subject = self.subject(ctx, root)
        if subclass == "Statement" and root.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            # "filed by the Asociación X, whose president, Cristóbal Pop, said": the parse joins "said" to the
            # verb before; the one named right before it, with only a comma between, speaks.
            before = next((m for m in reversed(ctx.mentions) if m.entity and m.end <= root.idx and m.sent == sent), None)
            if before is not None and ctx.cls_of(before) in ACTORS and re.fullmatch(r"\s*,?\s*", text[before.end:root.idx]):
                subject = before
        if subclass == "Statement" and subject is None:
            subject = self._quoted_speaker(ctx, root) or self.we_of(ctx, root) or self._object_speaking(ctx, root)
        if subclass == "Statement" and subject is None:
            # "23 organizaciones, entre ellas X y el Comité Y, hicieron público un pronunciamiento": those the
            # subject names among its members speak.
            speakers = self._named_among_subject(ctx, root)
            event.participants += [(m.entity, "speaker") for m in speakers[1:]]
            subject = speakers[0] if speakers else None
        if subclass == "Statement" and subject:
            outlet = next((m for m in ctx.in_sentence(sent, ("Organization",))
                           if ctx.entities[m.entity].subclass == "MediaOutlet"
                           and ctx.grammar.outlet_prep.search(text[max(0, m.start - 6):m.start])), None)
            # "dijo a Prensa Libre": said to the outlet, not written in it (grammar.yaml `spoken_to_outlet`;
            # a language without it reads every outlet so as authorship)
            spoken_to = ctx.grammar.get("spoken_to_outlet")
            told = outlet is not None and spoken_to is not None and spoken_to.search(text[max(0, outlet.start - 6):outlet.start])
            written = outlet and not told or any(w in event.evidence.lower().split() for w in self.lex.authored_when)
            event.participants.append((subject.entity, "author" if written else "speaker"))
            if outlet:
                event.outlets.append(outlet.entity)
            quote = QUOTE.search(event.evidence)
            event.quote = quote.group(1) if quote else None
        elif subclass in ("Killing", "Injury", "Clash"):
            agent = self._agent(ctx, root)
            undergoers = self._undergoers(ctx, root) if subclass in HARMS else []
            if agent:
                event.participants.append((agent.entity, "perpetrator"))
            elif subject and root.tag_.startswith("VB") and not undergoers:
                # "farmers clashed with police": a crowd that clashes is the protesting side; "two farmers
                # were injured": the subject of a passive harm suffered it.
                crowd = subclass == "Clash" and ctx.entities[subject.entity].subclass in CROWDS
                suffered = subclass in HARMS and any(c.dep_ == "nsubjpass" for c in root.children)
                event.participants.append((subject.entity, "victim" if suffered else "protester" if crowd else "perpetrator"))
            event.participants += [(m.entity, "victim") for m in undergoers]
            if subclass in HARMS and not undergoers:
                event.participants += [(m.entity, "victim") for m in self._left_harmed(ctx, root)]
            victim = self.object_of(ctx, root)
            if victim and ctx.cls_of(victim) == "Person" and not undergoers:
                event.participants.append((victim.entity, "victim"))
            elif victim and subclass == "Clash" and ctx.entities[victim.entity].subclass in CROWDS:
                event.participants.append((victim.entity, "protester"))     # "desalojó a los comuneros"
            if subclass == "Clash":
                # "farmers clashed with state police", "in clashes with police": the forces met.
                # "hurled stones at police", "fired tear gas at the officers": the phrase may hang from what was thrown.
                thrown = [root, *(c for c in root.children if c.dep_ == "dobj")] if root.tag_.startswith("VB") else [root]
                for prep in (c for t in thrown for c in t.children if c.dep_ == "prep" and c.lower_ in self.against_preps):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        found = self.mention_of(ctx, obj)
                        if found and ctx.entities[found.entity].subclass in FORCES:
                            event.participants.append((found.entity, "perpetrator"))
                # "clashes between police and protesters": the forces act, the crowd suffers.
                # A body the sentence names only as the source ("..., according to a statement from the
                # National Police") took no part (grammar.yaml `attribution`, after the mention).
                for m in ctx.in_sentence(sent, ("Organization",)):
                    if self.source_apart and self._source_only(ctx, m):
                        continue
                    sub = ctx.entities[m.entity].subclass
                    if sub in FORCES:
                        event.participants.append((m.entity, "perpetrator"))
                    elif sub in CROWDS:
                        event.participants.append((m.entity, "protester"))
        elif subclass in ("Appointment", "Resignation", "Arrest"):
            who = self.object_of(ctx, root) if subclass != "Resignation" else subject
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
                for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in self.with_preps):
                    event.participants += [(m.entity, "subject") for m in ctx.in_subtree(prep, ("Person",))]
            if subclass == "Arrest" and subject and root.tag_.startswith("VB") and \
                    ctx.entities[subject.entity].subclass in FORCES:
                event.participants.append((subject.entity, "perpetrator"))
            if subclass == "Arrest" and not (who and ctx.cls_of(who) == "Person"):
                people, agent = self.passive_told_after(ctx, root)
                event.participants += [(m.entity, "subject") for m in people]
                if agent is not None and ctx.entities[agent.entity].subclass in FORCES:
                    event.participants.append((agent.entity, "perpetrator"))
        elif subclass in PROTESTS:
            # "The strike was called on July 15 by X": the phrase may run past the next trigger.
            by = self.organizer.search(text, span.end_char, ctx.sents[sent].end_char)
            organizers = ctx.chain_at(by.end(), ("Organization",)) if by else []
            if organizers and subject and root.tag_.startswith("VB") and ctx.entities[subject.entity].subclass == "Community":
                # "comuneros de X acataron el paro convocado por la FOA": the community that carries out
                # the strike one body called is an organizer too.
                organizers = organizers + [subject]
            if not organizers:
                # ("the youth mounted barricades": the subject of the verb whose object the trigger is)
                head = subject if subject and (root.tag_.startswith("VB") or root.dep_ == "dobj") \
                    else self._sentence_subject(ctx, sent)
                # "Soldiers evicted the sit-in": forces do not organise the protest they act on,
                # nor does whoever breaks up or attacks it ("guards evicted the sit-in").
                if head and ctx.entities[head.entity].subclass in FORCES:
                    head = None
                if not root.tag_.startswith("VB") and root.dep_ in ("dobj", "nsubjpass") and \
                        root.head.lower_ in self.acting_on:
                    head = None
                organizers = self._with_conjuncts(ctx, head) if head and ctx.cls_of(head) == "Organization" else []
                if not organizers and not (root.dep_ in ("dobj", "nsubjpass") and root.head.lower_ in self.acting_on):
                    organizers = self.actors.communities(ctx, root)
                for m in organizers:
                    self.actors.named_by_place(ctx, ctx.entities[m.entity])
            event.participants += [(m.entity, "organizer") for m in organizers
                                   if ctx.cls_of(m) == "Organization"]
            self._demanded(ctx, event, sent)
        elif subclass in GATHERINGS:
            # Everyone a meeting sentence names outside asides sat at the table; who received them hosted it.
            if subject:
                role = "host" if root.lower_ in self.receiving else \
                    self.meeting_verb_roles.get(root.head.lower_, "attendee") if root.dep_ == "dobj" else "attendee"
                event.participants.append((subject.entity, role))
            event.participants += [(m.entity, "attendee") for m in ctx.in_sentence(sent, ACTORS)
                                   if not ctx.in_parentheses(m.start)
                                   and ctx.entities[m.entity].subclass != "MediaOutlet"]
            event.participants += [(m.entity, "attendee") for m in self.unnamed_in_sentence(ctx, sent)]
        elif subclass == "LegalAction" and subject is None and (we := self.we_of(ctx, root)):
            event.participants.append((we.entity, SUBJECT_ROLE[subclass]))     # "denunciamos ante la Fiscalía"
        elif subclass in SUBJECT_ROLE and (subject or self._passive_agent(ctx, root)):
            # "The appeal was filed in July by X", "the case was brought by X": the agent of the
            # passive verb is who did it, not its subject.
            who = self._passive_agent(ctx, root) or subject
            # "brought by the Federación X and the community's president, Rosa Grefa": each of the list.
            event.participants += [(m.entity, SUBJECT_ROLE[subclass]) for m in self._list_of(ctx, who)]
        if subclass == "LegalAction":
            # "filed a case in the High Court against the Geology and Mines Commission": whom it is brought against
            event.participants += [(m.entity, "subject") for m in self._sued(ctx, root)
                                   if m.entity not in {p for p, _ in event.participants}]
        if subclass == "PermitDecision" and self.permit_roles:
            # "X obtuvo el título minero de la ANM": the company decided on is its subject, a state body its author.
            kinds = self.permit_roles
            found = [(m.entity, kinds[sub]) for m in ctx.in_sentence(sent, ("Organization",))
                     if (sub := ctx.entities[m.entity].subclass) in kinds and not ctx.in_parentheses(m.start)]
            event.participants = [p for p in event.participants if p[0] not in {e for e, _ in found}] + found
        if subclass in HARMS or subclass == "Arrest":
            # "twelve were injured, among them the commissioner X": X is one of them.
            role = "subject" if subclass == "Arrest" else "victim"
            for m in self.among.finditer(text, span.end_char, ctx.sents[sent].end_char):
                first = next((p for p in ctx.in_sentence(sent, ("Person",)) if 0 <= p.start - m.end() <= 60), None)
                if first is not None:
                    event.participants += [(p.entity, role) for p in ctx.list_from(first, ("Person",))]
        self._unique(event)

    def _source_only(self, ctx: Context, m: Mention) -> bool:
        """Whether a mention stands in a phrase of attribution ("according to a statement from X",
        participants.yaml `source_phrases`) of its sentence."""
        before = ctx.report.text[max(ctx.sents[m.sent].start_char, m.start - 40):m.start].lower()
        return any(p in before for p in self.source_apart)

    def _left_harmed(self, ctx: Context, root) -> list[Mention]:
        """"leaving four officers hurt", "left two protesters dead": the object of the verb that leaves
        them so suffered the harm its complement tells (a force or crowd as much as a person)."""
        if root.dep_ not in ("ccomp", "oprd", "xcomp") or not root.tag_.startswith("VB") or \
                root.head.lower_ not in self.leaving_verbs:
            return []
        found = (self.mention_of(ctx, c) for c in root.head.children if c.dep_ == "dobj" and c.i < root.i)
        return [m for m in found if m is not None and ctx.cls_of(m) in ACTORS]

    @staticmethod
    def _unique(event: EventMention) -> None:
        seen: set[str] = set()
        event.participants = [(p, r) for p, r in event.participants if not (p in seen or seen.add(p))]

    def _visit(self, ctx: Context, event: EventMention, span, root) -> None:
        text = ctx.report.text
        if root.tag_.startswith("VB"):
            subject = self.subject(ctx, root)
        else:
            by = ctx.grammar.visit_by.match(text[span.end_char:])
            subject = ctx.mention_at(span.end_char + by.end(), ACTORS) if by else None
            if subject is None:
                possessor = next((c for c in root.children if c.dep_ == "poss"), None)
                subject = self.mention_of(ctx, possessor) if possessor is not None else None
            if subject is None:
                subject = self._sender(ctx, root)
        if subject:
            role = "leader" if ctx.cls_of(subject) == "Person" else "attendee"
            event.participants.append((subject.entity, role))
            # "The ministers of Environment, X, and Commerce, Y, visited": every person of the subject.
            if root.tag_.startswith("VB"):
                for c in (c for c in root.children if c.dep_ == "nsubj"):
                    event.participants += [(m.entity, "leader") for m in ctx.in_subtree(c, ("Person",))
                                           if not ctx.in_parentheses(m.start) and m.entity != subject.entity
                                           and not self.companion_after.search(text, c.left_edge.idx, m.start)]
        # "a delegation ..., led by Vice-Minister X": X leads the visit, where "led by" hangs from
        # the visit's own phrase (not "the failure of a commission led by Y" beside it).
        sent_by = root.dep_ == "dobj" and root.head.lower_ in self.sending_verbs     # "sent a delegation to P, led by"
        own = {t.idx for t in (root.head if sent_by else root).subtree}
        for m in self.led_by.finditer(text, span.end_char, ctx.sents[event.sent].end_char):
            if m.start() not in own:
                continue
            leader = ctx.mention_at(m.end(), ("Person",)) or self._named_at(ctx, m.end())
            if leader is not None and leader.entity not in {p for p, _ in event.participants}:
                event.participants.append((leader.entity, "leader"))
        # "a delegation of the Secretariat of Mining": the body the delegation is of visits through it
        # (each body of "a delegation of the Authority and the Provincial Government").
        if not root.tag_.startswith("VB"):
            for body in (b for c in root.children if c.dep_ == "prep" and c.lower_ in self.delegation_of
                         for g in c.children if g.dep_ == "pobj" for b in (g, *g.conjuncts)):
                found = self.mention_of(ctx, body)
                if found is not None and ctx.cls_of(found) == "Organization" and \
                        found.entity not in {p for p, _ in event.participants}:
                    event.participants.append((found.entity, "attendee"))
        # "but the community's leaders refused to meet him": they stayed away.
        for a in self.absent.finditer(text, span.end_char, ctx.sents[event.sent].end_char):
            who = ctx.nearest_before(a.start(), event.sent, ACTORS)
            if who is not None and who.end > span.end_char and who.entity not in {p for p, _ in event.participants}:
                event.participants.append((who.entity, "absent"))
        self._demanded(ctx, event, event.sent)

    def _list_of(self, ctx: Context, head: Mention) -> list[Mention]:
        """An actor and those joined to it by "and", each a person in apposition where the conjunct
        is a title ("and the community's president, Rosa Grefa")."""
        span = ctx.doc.char_span(head.start, head.end, alignment_mode="expand")
        if span is None:
            return [head]
        out = [head]
        for t in span.root.conjuncts:
            found = next((p for a in t.children if a.dep_ == "appos"
                          if (p := self.mention_of(ctx, a)) and ctx.cls_of(p) == "Person"), None) or self.mention_of(ctx, t)
            if found is not None and ctx.cls_of(found) in ACTORS and found.entity not in {m.entity for m in out}:
                out.append(found)
        return out

    def _named_among_subject(self, ctx: Context, root) -> list[Mention]:
        """"23 organizaciones sociales, entre ellas X y el Comité Y, ...": a subject that names no actor but,
        after one of participants.yaml `among`, the list of actors it is made of: that list."""
        verb = verb_of(root)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.mention_of(ctx, subj) is not None:
            return []
        text, start, end = ctx.report.text, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        among = self.among.search(text, start, end)
        first = next((m for m in ctx.in_sentence(ctx.sent_of(subj.idx), ACTORS)
                      if among and among.end() <= m.start < end), None)
        return [m for m in ctx.list_from(first, ACTORS) if m.start < end] if first else []

    def _named_at(self, ctx: Context, pos: int) -> Mention | None:
        """The person whose name a word at `pos` begins, a title before it ("led by undersecretary
        Márcia Tavares") or not: the parse joins the title to the name."""
        span = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
        token = span.root if span is not None else None
        while token is not None and token.dep_ in ("compound", "amod") and token.head.i != token.i:
            token = token.head
        found = self.mention_of(ctx, token)
        return found if found is not None and ctx.cls_of(found) == "Person" else None

    def _titled_at(self, ctx: Context, pos: int) -> Mention | None:
        """"encabezada por el viceministro de Minas, Ernesto Salas Paredes": after an article, the
        person a title names in apposition (a parse that hangs the name from the title as `appos`)."""
        token = next((t for t in ctx.doc[ctx.doc.char_span(pos, len(ctx.report.text), alignment_mode="expand").start:]
                      if not t.is_space and t.dep_ != "det"), None) if pos < len(ctx.report.text) else None
        if token is None or token.tag_ not in ("NN", "NNS"):
            return None
        return next((p for a in token.children if a.dep_ == "appos"
                     if (p := self.mention_of(ctx, a)) is not None and ctx.cls_of(p) == "Person"), None)

    def _sender(self, ctx: Context, root) -> Mention | None:
        """"the Secretariat sent a delegation to P", "a delegation sent by the Secretariat": the
        body that sends the delegation visits through it."""
        if root.dep_ == "dobj" and root.head.lower_ in self.sending_verbs:
            return self.subject(ctx, root.head)
        for verb in (c for c in root.children if c.dep_ == "acl" and c.lower_ in self.sending_verbs):
            found = next((m for by in verb.children if by.lower_ in self.agent_preps for c in by.children
                          if (m := self.mention_of(ctx, c) or self._mention_within(ctx, c))), None)
            if found is not None and ctx.cls_of(found) in ACTORS:
                return found
        return None

    def _demanded(self, ctx: Context, event: EventMention, sent: int) -> None:
        base = ctx.sents[sent].start_char + (len(ctx.sents[sent].text) - len(ctx.sents[sent].text.lstrip()))
        for pattern in self.demanded:
            for d in pattern.finditer(event.evidence):
                s, e = base + d.start("who"), base + d.end("who")
                event.participants += [(m.entity, "demanded") for m in ctx.in_sentence(sent, ACTORS)
                                       if s <= m.start < e and m.entity not in {p for p, _ in event.participants}]
