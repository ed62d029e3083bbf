"""Where an event happened when its own sentence does not say: the place of the events of the
street told just before (up to `shared_place_reach` told sentences back, in the same bullet or
section), of the protest a definite "the sit-in" points back to, of the visit of its sentence
(`meeting_at_visit`); and, once a report's mentions are merged into events, where the community
that held it lives, at the report's one mine, or at its section's lead (`lead_place_merged`).
"""
from __future__ import annotations

from collections import Counter

from loaders.dates import find_dateline
from loaders.event_dates import DateFlow
from loaders.event_roles import GATHERINGS
from loaders.model import Context, EventMention

PROTESTS = {"Protest", "Strike", "Roadblock"}
# Events that happen in the street, at one place with the others a sentence tells of.
ON_THE_GROUND = {"Protest", "Strike", "Roadblock", "Clash", "Killing", "Injury", "Arrest"}
# Events that happen at one place though not in the street; a section's lead place is theirs only once merged.
AFTER_MERGING = {"Truce", "EnvironmentalIncident", "StateOfEmergency", "Consultation", "PermitDecision", "LegalAction"}


class EventPlaces:
    def __init__(self, flow: DateFlow, mine_when_no_place: bool, meeting_at_visit: bool = False,
                 removed: set | None = None):
        self.flow = flow
        # "cleared the road", "removed the blockade": what force removes (events.yaml `removal`, `road_closing`)
        self.removed = removed or set()
        self.mine_when_no_place = mine_when_no_place
        # (the rule's switch: the language's grammar.yaml, or its events.yaml)
        self.meeting_at_visit = meeting_at_visit

    def across_sentences(self, ctx: Context, events: list[EventMention], scenes=None) -> None:
        """Before the mentions of one event merge: places from the sentences around (and, by `scenes`,
        of the visits told through the scene they went to: loaders/visit_scenes.py)."""
        self._pointed_places(ctx, events)
        if scenes is not None:
            scenes.places(ctx, events)
        told = [i for i, s in enumerate(ctx.sents) if s.text.strip()]
        self._shared_places(events, self.flow.blocks(ctx), ctx.grammar.get("shared_place_reach", 1), told)
        self._cleared_blockade(ctx, events)
        # ("efectivos desbloquearon el puente. La policía empleó perdigones; tres comuneros resultaron heridos":
        # the clearing, placed at the blockade only now, places the harms told after it)
        self._shared_places(events, self.flow.blocks(ctx), ctx.grammar.get("shared_place_reach", 1), told)
        # "llegó ayer a Challhuahuacho y se reunió con los dirigentes": a meeting where the visit of
        # its sentence went.
        for e in events if ctx.grammar.get("meeting_at_visit") or self.meeting_at_visit else ():
            if e.subclass in ("Meeting", "DialogueTable") and not e.places:
                e.places = next((list(v.places) for v in events if v.subclass == "Visit" and v.sent == e.sent and v.places), [])
        self._gathering_nearby(ctx, events)

    def _gathering_nearby(self, ctx: Context, events: list[EventMention]) -> None:
        """"Una comitiva llegó el lunes a Camilaca ... En la reunión, realizada en el local comunal,
        participaron ...": a meeting no sentence places is where the visit told just before went, in
        the same bullet or section (grammar.yaml `meeting_at_visit_reach`, in sentences); "levantaron
        ayer el bloqueo de la vía en X, tras una reunión con el Ejecutivo": one its sentence tells as
        what came before another event is where that event was (`gathering_at_its_sentence`)."""
        reach = ctx.grammar.get("meeting_at_visit_reach") or 0
        at_sentence = ctx.grammar.get("gathering_at_its_sentence")
        if not reach and not at_sentence:
            return
        blocks = self.flow.blocks(ctx)
        for e in events:
            if e.subclass not in GATHERINGS or e.places:
                continue
            if ctx.root_of(e).dep_ in ("nsubj", "nsubjpass"):
                continue    # "la asamblea ejidal decidió mantener la toma": the body that acts, told by its gathering
            e.places = self._seat_of_body(ctx, e)
            if at_sentence and not e.places:
                # ("tras una reunión en X, las partes suscribieron un acta": the agreement, where the meeting was)
                e.places = next((list(x.places) for x in events if x is not e and x.sent == e.sent and x.places
                                 and (x.subclass not in GATHERINGS or e.subclass == "Agreement")), [])
            if not e.places and reach:
                e.places = next((list(v.places) for v in reversed(events) if v.subclass == "Visit" and v.places
                                 and e.sent - reach <= v.sent < e.sent and blocks[v.sent] == blocks[e.sent]), [])
            if not e.places and reach and e.subclass == "Agreement" and ctx.grammar.get("agreement_at_meeting_before"):
                # ("Tuvo lugar una reunión en X ... Hubo acuerdo para suspender los trabajos": agreed where they met;
                # "Según el acta firmada al término de la reunión": one no date of its own sets apart, at the last
                # meeting its bullet or section told)
                since = e.sent - reach if e.date else 0
                e.places = next((list(v.places) for v in reversed(events) if v.subclass in ("Meeting", "DialogueTable")
                                 and v.places and since <= v.sent < e.sent and blocks[v.sent] == blocks[e.sent]
                                 and e.date in (v.date, None)), [])

    @staticmethod
    def _seat_of_body(ctx: Context, e: EventMention) -> list[str]:
        """"tras una reunión en la municipalidad distrital de Parcoy": a gathering held at a body whose
        name ends on a place the report names is in that place (grammar.yaml `seat_of_body`, the words
        before the body; none: the rule is off)."""
        lead = ctx.grammar.get("seat_of_body")
        if lead is None:
            return []
        places = {ctx.entities[p].name.lower(): p for p in ctx.entities if ctx.entities[p].cls == "Place"}
        text = ctx.report.text
        bodies = [m for m in ctx.in_sentence(e.sent, ("Organization",))
                  if e.trigger[1] <= m.start and m.start - e.trigger[1] <= 20 and lead.fullmatch(text, e.trigger[1], m.start)]
        # "El Concejo Municipal de Santo Tomás aprobó en su sesión ordinaria": the session a body holds, told by a
        # possessive (grammar.yaml `own_gathering`), was held at that body, the subject of its verb.
        root = ctx.root_of(e)
        if any(c.dep_ in ("det", "nmod:poss") and c.lower_ in (ctx.grammar.get("own_gathering") or ()) for c in root.children):
            bodies += [m for c in root.head.children if c.dep_ == "nsubj" and root.dep_ in ("obl", "dobj", "pobj")
                       for m in ctx.in_subtree(c, ("Organization",))][:1]
        for m in bodies:
            name = ctx.entities[m.entity].name.lower()
            found = next((p for n, p in places.items() if name.endswith(" " + n)), None)
            if found:
                return [found]
        return []

    @staticmethod
    def _cleared_blockade(ctx: Context, events: list[EventMention]) -> None:
        """"- 16 de mayo: efectivos de la USE desbloquearon la vía": forces that clear a blockade (a
        trigger of grammar.yaml `clears_blockade`) act where the last blockade told before was ("la
        vía", "el puente": the one blocked), and those who held it are the protesting side."""
        words = set(ctx.grammar.get("clears_blockade") or ())
        for e in events:
            if ctx.report.text[e.trigger[0]:e.trigger[1]].lower() not in words:
                continue
            block = next((x for x in reversed(events) if x.subclass == "Roadblock" and x.places and x.sent < e.sent), None)
            if block is not None:
                e.places = list(block.places)
                e.participants += [(p, "protester") for p, r in block.participants
                                   if r == "organizer" and p not in {q for q, _ in e.participants}]

    @staticmethod
    def met_by_crowds(ctx: Context, events: list[EventMention], crowd_nouns: set) -> None:
        """"the protesters turned away a ministerial delegation": a visit that people gathered
        receive or turn away (events.yaml `force_on_people.people`) came to where their protest,
        told just before, is."""
        for e in events:
            if e.subclass != "Visit" or e.places:
                continue
            root = ctx.root_of(e)
            if root.dep_ != "dobj" or not any(c.dep_ == "nsubj" and c.lower_ in crowd_nouns for c in root.head.children):
                continue
            protest = next((x for x in reversed(events) if x.subclass in PROTESTS and x.places
                            and e.sent - 3 <= x.sent <= e.sent and x.trigger[0] < e.trigger[0]), None)
            if protest is not None:
                e.places = list(protest.places)

    def of_the_report(self, ctx: Context, events: list[EventMention]) -> None:
        """After they merge: the place its community is named by, else the report's one mine, else
        (grammar.yaml `lead_place_merged`) its section's lead place: taken once the mentions are one
        event, it cannot keep apart two mentions of one event that their sections place differently."""
        self._where_its_people_are(ctx, events)
        self._at_the_mine(ctx, events)
        # (force on "the" sit-in, once the sit-in took its people's place: "**12 de abril.** Se produjo el desalojo del plantón")
        self._removed_places(ctx, events)
        # A meeting or an agreement no sentence places is at its section's lead place too, once merged (placed
        # before, two mentions of one meeting would stay apart and split its participants).
        if ctx.grammar.get("lead_place_merged"):
            self._lead_place(ctx, events, self.flow.blocks(ctx), ON_THE_GROUND | GATHERINGS | AFTER_MERGING)

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
            root = ctx.root_of(e)
            if root.tag_.startswith("VB") or not any(c.dep_ == "det" and c.lower_ in self.flow.definite
                                                      for c in root.children):
                continue
            # The event of the street told last before it, where it is of the same kind (not "they
            # attempted to block the highway. Police fired on the march": that march is the block).
            before = [x for x in events if x.subclass in ON_THE_GROUND and x.sent < e.sent]
            last = max(before, key=lambda x: x.trigger[0]) if before else None
            if last is not None and last.subclass == e.subclass and last.places:
                e.places = list(last.places)
        self._removed_places(ctx, events)

    def _removed_places(self, ctx: Context, events: list[EventMention]) -> None:
        """"Residents blocked the access road to the mine. - 9 March: officers cleared the road": force used
        on "the" blockade or road, with no place of its own, happened where the protest told last before was."""
        for e in events:
            if e.places or e.subclass != "Clash":
                continue
            root = ctx.root_of(e)
            # (or a verb "y" joins to its clause's, or what that verb tries: "intentaron liberar la calzada y se
            # produjeron forcejeos"; not a relative clause's: "comunitarios que cuidaban el paso ... se enfrentaron")
            verb = root if root.tag_.startswith("VB") else root.head
            verbs = [verb, *verb.conjuncts]
            verbs += [c for v in verbs for c in v.children if c.dep_ == "xcomp"]
            acted = [*root.children, *(c for v in verbs for c in v.children if c.dep_ == "dobj")]
            # ("se produjo el desalojo del plantón": what a noun of force acts on hangs from it, its article in the case)
            if not any((c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nmod" and c.head.i == root.i and not root.tag_.startswith("VB"))
                       and c.lower_ in self.removed and any(d.dep_ == "det" and d.lower_ in self.flow.definite or d.dep_ == "case"
                                                            and d.lower_ in self.flow.definite_case for d in c.children)
                       for c in acted):
                continue
            before = [x for x in events if x.subclass in PROTESTS and x.sent < e.sent and x.places]
            if before:
                e.places = list(max(before, key=lambda x: x.trigger[0]).places)

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
    def _lead_place(ctx: Context, events: list[EventMention], blocks: list[int], kinds: set) -> None:
        """"ALERTA. ... la situación en la provincia de Espinar. El Frente inició un paro el 2 de septiembre":
        an event of the street no sentence places happened where its section's first sentence that
        names a place (not a country, nor where those a participle tells of came from: `in_participle`) is
        (grammar.yaml `lead_place_merged`)."""
        lead: dict[int, str] = {}
        line = find_dateline(ctx.report.text, ctx.report.published, ctx.report.language or "en")
        filed = line.city if line is not None else (0, 0)     # where the story was filed from is not where it happened
        for m in ctx.mentions:
            if m.entity and ctx.cls_of(m) == "Place" and ctx.entities[m.entity].level != "country" \
                    and not filed[0] <= m.start < filed[1] and not in_participle(ctx.doc.char_span(m.start, m.end, alignment_mode="expand")):
                lead.setdefault(blocks[m.sent], m.entity)
        for e in events:
            if e.subclass in kinds and not e.places and blocks[e.sent] in lead:
                e.places = [lead[blocks[e.sent]]]


def in_participle(span) -> bool:
    """"Efectivos de la UTOP, enviados desde Santa Cruz, separaron a ambos grupos": a place in a participle's
    phrase that tells of a noun (where those sent came from) is not where the clause's event was."""
    if span is None or not len(span):
        return False
    t = span.root
    while t.head.i != t.i:
        if t.dep_ in ("amod", "acl") and t.tag_ in ("JJ", "VBN"):
            return True
        t = t.head
    return False
