"""The passes over a whole report's events that find participants told outside an event's own clause:
an organizer named in the next sentence, "Present were ...", the delegation's leader, the parties of a
meeting, those who came with a visitor. A mixin of loaders/event_roles.py `Participants`, whose data
(the language's participants.yaml, read in its __init__) and clause readers these use."""
from __future__ import annotations

from loaders.clause_actors import ACTORS
from loaders.event_checks import opening_copula
from loaders.model import Context, EventMention, verb_of

PROTESTS = {"Protest", "Strike", "Roadblock"}
GATHERINGS = {"Meeting", "DialogueTable", "Agreement"}


class ParticipantPasses:
    def organizers(self, ctx: Context, events: list[EventMention]) -> None:
        """"The indefinite strike began on 21 May. It was called by the FUDIE": an organizer
        phrase in a sentence without a protest tells of the protest of the sentence before."""
        text = ctx.report.text
        with_protest = {e.sent for e in events if e.subclass in PROTESTS}
        for m in self.organizer.finditer(text):
            sent = ctx.sent_of(m.start())
            if sent in with_protest or sent - 1 not in with_protest:
                continue
            opening = text[ctx.sents[sent].start_char:m.start()]
            if not self.back_reference.match(opening):
                continue
            target = [e for e in events if e.sent == sent - 1 and e.subclass in PROTESTS][-1]
            known = {p for p, _ in target.participants}
            target.participants += [(o.entity, "organizer") for o in ctx.chain_at(m.end(), ("Organization",))
                                    if o.entity not in known]

    def named_later(self, ctx: Context, events: list[EventMention]) -> None:
        """"Two farmers were killed. The victims were A (35) and B (40)": those a copular
        sentence names as the victims, the detained or those present took part in the last event
        of that kind told in it or just before."""
        for i, sent in enumerate(ctx.sents):
            words = {c.lower_: c for verb in sent if verb.lower_ in self.copulas
                     for c in verb.children if c.dep_ in ("nsubj", "attr", "acomp", "advmod")}
            # ("Los heridos civiles fueron A (52) y B": where the parse hangs the copula from the first name, the
            # predicate's subject is the noun.)
            words |= {c.lower_: c for verb in sent if verb.lower_ in self.copulas and verb.dep_ == "cop"
                      for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i}
            among = {c.lower_: c for verb in sent if verb.lower_ in self.among_verbs for c in verb.children
                     if c.dep_ in ("obl", "nmod") and any(k.lower_ in self.among_case for k in c.children)}
            if among and not words:
                # ("entre los heridos" points back: to the last event of its kind told, however far before)
                for nouns, kinds, role, classes in self.later_names:
                    if nouns & set(among):
                        self._attend(ctx, events, i, kinds, role, classes, reach=i)
                        break
                continue
            if any(t.dep_ == "ROOT" and t.lower_ in self.joining for t in sent):
                self._attend(ctx, events, i, self.joined_events, "attendee", ("Person", "Organization"))
            words = words or opening_copula(sent, self.copulas)
            if not words:
                continue
            for nouns, kinds, role, classes in self.later_names:
                word = next((t for w, t in words.items() if w in nouns), None)
                if word is None:
                    continue
                self._attend(ctx, events, i, kinds, role, classes)
                break

    def delegation_led(self, ctx: Context, events: list[EventMention]) -> None:
        """"X turned away a team from the commission. The team, led by Y, was met by villagers": the
        one who leads a delegation told again as the subject of the next sentences (participants.yaml
        `delegation_nouns`) leads the visit told just before."""
        for i, sent in enumerate(ctx.sents):
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                         and t.lower_ in self.delegation_nouns and any(d.dep_ == "det" and ctx.grammar.points_back.search(d.text + " ")
                                                                          for d in t.children)), None)
            visit = next((e for e in reversed(events) if e.subclass == "Visit" and i - 2 <= e.sent < i), None)
            if subj is None or visit is None:
                continue
            # ("La delegación estuvo encabezada por Y", "the team was led by Y": the subject's own verb)
            own = {t.idx for t in subj.subtree} | {subj.head.idx}
            for m in self.led_by.finditer(ctx.report.text, sent.start_char, sent.end_char):
                leader = ctx.mention_at(m.end(), ("Person",)) or self._named_at(ctx, m.end()) or self._titled_at(ctx, m.end())
                if m.start() in own and leader is not None and leader.entity not in {p for p, _ in visit.participants}:
                    visit.participants.append((leader.entity, "leader"))
                    visit.participant_evidence[leader.entity] = ctx.sentence(i)

    def delegation_met(self, ctx: Context, events: list[EventMention]) -> None:
        """"A delegation from the Minerals Commission arrived in P on Friday. The team met the chief": a gathering
        whose subject is the delegation told again (participants.yaml `delegation_nouns`, after "the") is attended
        by those who made the visit told just before."""
        for e in events:
            if e.subclass not in GATHERINGS:
                continue
            verb = verb_of(ctx.root_of(e))
            while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head     # "The team met the chief and agreed to ...": the first verb's subject
            if not any(c.dep_ == "nsubj" and c.lower_ in self.delegation_nouns and any(
                    d.dep_ == "det" and ctx.grammar.points_back.search(d.text + " ") for d in c.children) for c in verb.children):
                continue
            visit = next((x for x in reversed(events) if x.subclass == "Visit" and e.sent - 2 <= x.sent < e.sent
                          and x.participants), None)
            if visit is None:
                continue
            known = {p for p, _ in e.participants}
            for p, role in visit.participants:
                if p not in known and role in ("leader", "attendee", "accompanying"):
                    e.participants.append((p, "attendee"))
                    e.participant_evidence[p] = visit.participant_evidence.get(p, visit.evidence)

    def the_parties(self, ctx: Context, events: list[EventMention]) -> None:
        """"X met the board of Y and Z. The parties signed an agreement": "the parties" of a gathering
        (participants.yaml `parties`) are those of the gathering told just before."""
        for e in events:
            if e.subclass not in GATHERINGS:
                continue
            verb = verb_of(ctx.root_of(e))
            if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.parties for c in verb.children):
                continue
            before = next((x for x in reversed(events) if x.subclass in GATHERINGS and e.sent - 2 <= x.sent < e.sent
                           and x.participants), None)
            if before is None:
                continue
            known = {p for p, _ in e.participants}
            for p, role in before.participants:
                if p not in known:
                    e.participants.append((p, "attendee"))
                    e.participant_evidence[p] = before.participant_evidence.get(p, before.evidence)

    @staticmethod
    def _attend(ctx: Context, events: list[EventMention], i: int, kinds: set, role: str, classes: tuple, reach: int = 2) -> None:
        """Those sentence `i` names take part, in `role`, in the last event of `kinds` told in it or just before."""
        event = next((e for e in reversed(events) if e.subclass in kinds and i - reach <= e.sent <= i), None)
        if event is None:
            return
        known = {p for p, _ in event.participants}
        for m in ctx.in_sentence(i, classes):
            if m.entity not in known and not ctx.in_parentheses(m.start) and \
                    ctx.entities[m.entity].subclass != "MediaOutlet":
                event.participants.append((m.entity, role))
                event.participant_evidence[m.entity] = ctx.sentence(i)
                known.add(m.entity)

    def accompanying_visitors(self, ctx: Context, events: list[EventMention]) -> None:
        # "X travelled to Y, accompanied by Z": Z goes with the leader of that visit.
        for m in self.companion_after.finditer(ctx.report.text):
            sent = ctx.sent_of(m.start())
            visit = next((e for e in events if e.subclass == "Visit" and e.sent == sent), None)
            companions = ctx.chain_at(m.end())
            if visit is None and not any(e.sent == sent for e in events):
                # "X led the session. The head of the sector was accompanied by A and by B": a sentence
                # that tells no event of its own adds to the visit or gathering told just before.
                visit = next((e for e in reversed(events) if e.subclass in ("Visit", "Meeting", "DialogueTable")
                              and sent - 2 <= e.sent < sent), None)
                # ("accompanied by the Vice Minister, A, and by the director of X, B": every person named after it)
                companions += [p for p in ctx.in_sentence(sent, ("Person",)) if p.start >= m.end()
                               and not ctx.in_parentheses(p.start)]
            if visit is None:
                continue
            known = {p for p, _ in visit.participants}
            for c in companions:
                if c.entity not in known and ctx.cls_of(c) in ACTORS:
                    visit.participants.append((c.entity, "accompanying"))
                    visit.participant_evidence[c.entity] = ctx.sentence(sent)
                    known.add(c.entity)
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
