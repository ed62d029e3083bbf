"""Which event mentions of a report are one event: an unanchored mention joins the event it shares an
actor with, a protest told as kept up the one begun before, "la reunión" the latest of its kind, a clash
told twice on one day by its one force; and what one event takes from the mention merged into it. These
decide merges only, after every trigger is read, so they sit apart from the reading of one trigger.
A mixin of loaders/events.py's EventExtractor (needs its `lex`, `held_by` and `resumed_by`), whose call merges with them.
"""
from __future__ import annotations

from loaders.event_places import PROTESTS
from loaders.model import Context, EventMention


class EventMerges:
    @staticmethod
    def _kept_up(event: EventMention, events: list[EventMention], held: set[int]) -> list[EventMention]:
        """The event a protest told as kept up (`_held`) goes on: the earlier one of its kind at its place,
        else the latest one of its kind, begun on or before its day."""
        if id(event) not in held:
            return []
        before = [e for e in events if e.subclass == event.subclass and not (e.date and event.date and e.date > event.date)]
        return [e for e in before if set(e.places) & set(event.places)][:1] or before[-1:]

    def _held(self, ctx: Context, event: EventMention) -> bool:
        """"desalojaron a los comuneros que mantenían cerrada la vía": a protest told as a state kept up
        (events.yaml `held_by`, verbs of keeping in the imperfect or present) is the one begun before,
        whatever day the sentence tells; it joins the earlier event of its kind at its place."""
        if event.subclass not in PROTESTS or not self.held_by:
            return False
        root = ctx.root_of(event)
        first = ctx.doc.char_span(*event.trigger, alignment_mode="expand")[0]
        return first.lower_ in self.held_by or root.head.lower_ in self.held_by and root.dep_ in ("dobj", "xcomp", "amod")

    def _resumed(self, ctx: Context, event: EventMention) -> bool:
        """"se reanuda el bloqueo del puente": a protest told as resumed (events.yaml `resumed_by`) is a new event
        on its own day, though its date is only its bullet's and its article points back to the one it resumes."""
        if event.subclass not in PROTESTS or not self.resumed_by or not event.date:
            return False
        root = ctx.root_of(event)
        return root.head.lower_ in self.resumed_by and root.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")

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
        # (a date carried from a bullet's dated heading is the event's own here: "**15 de marzo.** Hombres armados
        # dispararon ..." and "**12 de abril.** Se produjo el desalojo ..." are two clashes; `_pointed_back` still
        # joins "el plantón" under a later heading to the one told before)
        if a.date and b.date and a.date != b.date and not (a.date_carried and not a.date_headed
                                                           or b.date_carried and not b.date_headed):
            return False
        if a.sent == b.sent:
            return True
        if a.places and b.places and not set(a.places) & set(b.places) and not EventMerges._one_scene(a, b):
            return False
        ours, theirs = {p for p, _ in a.participants}, {p for p, _ in b.participants}
        if strict:
            return bool(ours & theirs) or not theirs
        return bool(ours & theirs) or not ours or not theirs

    @staticmethod
    def _one_scene(a: EventMention, b: EventMention) -> bool:
        """"riot police evicted a camp from the concession" and "officers of the National Police cleared the
        camp in the area of X on Sunday": force used on one day by one force is one clash, though each
        mention names a different place of it."""
        return a.subclass == "Clash" and a.precision == "day" and a.date == b.date and bool(
            {p for p, r in a.participants if r == "perpetrator"} & {p for p, r in b.participants if r == "perpetrator"})

    @staticmethod
    def _pointed_back(ctx: Context, event: EventMention, events: list[EventMention],
                      sents: dict[int, set[int]]) -> EventMention | None:
        """"La reunión se realizó en el local comunal y contó con la presencia de X": a trigger
        after a definite article (grammar.yaml `points_back`) tells of the latest event of its
        kind before, where their dates do not differ."""
        start = ctx.sents[event.sent].start_char
        if not ctx.grammar.points_back.search(ctx.report.text, max(start, event.trigger[0] - 12), event.trigger[0]):
            return None
        # An undated, unplaced mention ("said that the agreement shows ...") tells of the latest of its
        # kind however far back; one with a time or place of its own, of one just before.
        # A date the mention only took from the sentences around (`date_carried`) counts as none where the
        # language says so (grammar.yaml `carried_points_back`): "durante el estado de sitio" in a later
        # paragraph is the state of siege told before, whatever day that paragraph goes on with.
        # (a bullet's dated heading is the day of what the bullet tells: "**12 de abril.** Se produjo el desalojo" is no
        # mention of the clash of 15 March)
        date = None if event.date_carried and not event.date_headed and ctx.grammar.get("carried_points_back") else event.date
        reach = event.sent if date is None and not event.places else 3
        # (an event told again in a later sentence is as near as its latest mention)
        return next((e for e in reversed(events) if e.subclass == event.subclass
                     and any(event.sent - reach <= s < event.sent for s in sents[id(e)])
                     and not (e.date and date and e.date != date) and not EventMerges._other_sides(e, event)), None)

    @staticmethod
    def _other_sides(a: EventMention, b: EventMention) -> bool:
        """"Un enfrentamiento ... entre comunarios y trabajadores. ... Horas después llegaron efectivos de la Policía
        y se llevó a cabo el desalojo": force told with none of the sides of the clash before it is another clash."""
        ours, theirs = {p for p, _ in a.participants}, {p for p, _ in b.participants}
        return a.subclass == "Clash" and bool(ours) and bool(theirs) and not ours & theirs

    @staticmethod
    def _merge(into: EventMention, other: EventMention) -> None:
        if other.date and (into.date is None or into.date_carried and not other.date_carried):
            into.date, into.precision, into.date_carried = other.date, other.precision, other.date_carried
            into.date_headed = other.date_headed
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
