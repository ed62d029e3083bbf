"""Places a trigger's own clause names, read from the dependency parse: the place named before
that "the mine" a visit went to stands for, what the verb of a visit's purpose acts on, the
phrases of a gathering's verb and subject, and the place phrases of an event of the street.
"""
from __future__ import annotations

import re

from loaders.lexicon import key
from loaders.model import Context, Mention

# The dependencies that keep to one noun phrase ("el acceso a la mina de plata Cerro La Cruz").
NOUN_PHRASE = {"nmod", "appos", "flat", "compound", "pobj", "prep"}
# The dependencies of a clause a relative adverb of place may open ("..., where they met the governor").
RELATIVE_CLAUSES = ("relcl", "advcl", "acl")


def is_destination(token, cases: set) -> bool:
    """"hasta San Marcos", "hasta el corte": an oblique of a case of where one goes (events.yaml
    `visit_scenes.destination_cases`)."""
    return token.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ in cases for k in token.children)


class ClausePlaces:
    def __init__(self, table: dict, roles):
        self.roles = roles      # the clause readers of loaders/event_roles.py (who stands at a token)
        # "travelled to the mine": the words a visit to a place named before is read by.
        self.visit_goal = table.get("visit_goal")
        self.mine_nouns = set(table.get("mine_nouns", ()))
        # "visitó la aldea": the nouns that point to the last settlement named (events.yaml `settlement_nouns`; none: off)
        self.settlement_nouns = set(table.get("settlement_nouns", ()))
        self.gathering_preps = {k: set(v) for k, v in (table.get("gathering_place_preps") or {}).items()}
        self.clause_preps = set(table.get("clause_place_preps", ()))
        # "tomaron el campamento de la unidad minera Arasi, en el distrito de Ocuviri": the kinds of event
        # whose verb's object is a place they happened at as well (events.yaml `acted_on_place`; none: off).
        self.acted_on_kinds = set(table.get("acted_on_place", ()))
        # "instalaron un plantón frente a la bocamina": "the" and a common noun of place stand for the place named
        # before (events.yaml `pointed_place`; none: the rule is off).
        self.pointed = table.get("pointed_place")
        # "sent two ministers to Popayán, where they met the governor": relative adverbs of place
        # (events.yaml `relative_place`; none: the rule is off).
        self.relative_place = set(table.get("relative_place", ()))
        # "viajaron hasta San Marcos y se plantaron": the cases of where a crowd went (events.yaml `visit_scenes`)
        self.destination_cases = set((table.get("visit_scenes") or {}).get("destination_cases", ()))
        self.motion = set(table.get("visit_motion", ()))  # ... and the verbs of going (the Visit trigger's `motion`)
        # "en la comunidad de Chiarapampa": a community told by the village it is of (relations.yaml
        # `community_village`, the pattern loaders/locations.py reads; none: the rule is off).
        self.community_village = re.compile(table.get("community_village") or "(?!)")

    def village_of(self, ctx: Context, m):
        """"una asamblea realizada en la comunidad de Chiarapampa": where a place phrase names a community by the
        village it is of, the event was at that village, where the report names a place of that name (a
        mention of it in the community's span; none: None)."""
        if ctx.cls_of(m) != "Organization" or ctx.entities[m.entity].subclass != "Community":
            return None
        village = self.community_village.fullmatch(m.text)
        if village is None:
            return None
        name = key(village.group("place"))
        place = next((e for e in ctx.entities.values() if e.cls == "Place" and e.level != "country"
                      and name in (key(e.name), *map(key, e.aliases))), None)
        if place is None:
            return None
        return Mention(m.start + village.start("place"), m.end, village.group("place"), "group", sent=m.sent,
                       cls="Place", subclass=place.subclass, entity=place.id)

    def named_before(self, ctx: Context, root) -> list[str]:
        """"visited the comarca", "travelled to the mine": a visit to "the" and a common noun went to
        the last place named before whose name holds that noun (a mine, for "mine" or "project").
        The words are events.yaml `visit_goal`; a language without it has the rule off."""
        spec = self.visit_goal
        if not spec:
            return []
        goal = next((c for c in root.children if c.dep_ == "dobj"), None) or next(
            (g for c in root.children if c.dep_ == "prep" and c.lower_ in spec["preps"]
             for g in c.children if g.dep_ == "pobj"), None)
        if goal is None or goal.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in spec["articles"]
                                                         for c in goal.children):
            return []
        word = goal.lower_
        named = [m for m in ctx.mentions if m.entity and m.end <= goal.idx and ctx.cls_of(m) == "Place"
                 and (word in ctx.entities[m.entity].name.lower().split()
                      or word in self.mine_nouns and ctx.entities[m.entity].subclass == "Mine"
                      or word in self.settlement_nouns and ctx.entities[m.entity].subclass == "Settlement")]
        return [named[-1].entity] if named else []

    def pointed_back(self, ctx: Context, start: int, end: int, subclass: str) -> list[str]:
        """"desalojaron el plantón que realizaban frente a la bocamina", "se enfrentaron en el campamento": an event
        of the street whose sentence, after its trigger, tells where by a place preposition, "the" and a common noun
        (grammar.yaml `event_place_preps`, events.yaml `pointed_place`) was at the last place named before whose
        name holds that noun (the last mine, for a noun of `pointed_place.mine_nouns`)."""
        spec = self.pointed
        if not spec:
            return []
        found = re.compile(rf"\b{ctx.grammar.event_place_preps.pattern}\s+(?:{'|'.join(spec['articles'])})\s+(\w+)\b(?!\s+(?-i:[A-Z]))",
                           re.I).search(ctx.report.text, start, end)
        if found is None:
            return self._company_site(ctx, start, end, subclass)
        word, mines = found.group(found.lastindex).lower(), set(spec["mine_nouns"])
        named = [m for m in ctx.mentions if m.entity and m.end <= found.start() and ctx.cls_of(m) == "Place"
                 and (word in ctx.entities[m.entity].name.lower().split()
                      or word in mines and ctx.entities[m.entity].subclass == "Mine")]
        return [named[-1].entity] if named else self._company_site(ctx, start, end, subclass)

    def _company_site(self, ctx: Context, start: int, end: int, subclass: str) -> list[str]:
        """"ocuparon el plantel de la empresa", "se enfrentaron en inmediaciones del campamento de la cooperativa": an
        event of the street at a site of "the" company (events.yaml `pointed_place.company_sites`) was at the last
        mine named before. Not a roadblock: "bloquearon el acceso al campamento de la minera" is on a road to it."""
        sites = self.pointed.get("company_sites")
        if not sites or subclass not in sites["kinds"]:
            return []
        found = re.compile(rf"\b(?:{'|'.join(sites['nouns'])})(?:\s+[^\W\d_]+)?\s+(?:de\s+la|del)\s+(?:{'|'.join(sites['owners'])})\b(?!\s+(?-i:[A-Z]))",
                           re.I).search(ctx.report.text, start, end)
        if found is None:
            return []
        mines = [m for m in ctx.mentions if m.entity and m.end <= found.start() and ctx.cls_of(m) == "Place"
                 and ctx.entities[m.entity].subclass == "Mine"]
        return [mines[-1].entity] if mines else []

    def gathering(self, ctx: Context, root, subclass: str) -> list[str]:
        """"led in the city of Moquegua the ninth session", "a team sent to Toconao met the board",
        "a meeting ..., held in Tambo": a gathering's place may stand in a phrase of the verb it is
        the object of, of its subject, or of a clause that hangs from it, wherever the next trigger
        is (events.yaml `gathering_place_preps`, by the kind of gathering)."""
        preps = self.gathering_preps.get(subclass)
        if not preps:
            return []
        verb = root.head if root.dep_ in ("dobj", "nsubjpass") else root
        heads = [verb, root, *(c for c in root.children if c.dep_ == "acl")]
        if verb.tag_.startswith("VB"):
            heads += [g for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children if g.dep_ == "acl"]
        for head in heads:
            for phrase in _phrases_of(head, preps, ("prep", "dative")):
                found = _first_place_in(ctx, phrase)
                if found:
                    return found
        return []

    def purpose(self, ctx: Context, root) -> list[str]:
        """"had come to inspect the Mazaruni Ridge concession": a visit's place may be what the verb
        of its purpose acts on (the parse's `xcomp` or `advcl` with "to")."""
        for clause in (c for c in root.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"):
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                found = self.roles.mention_of(ctx, obj) or next(iter(ctx.in_subtree(obj, ("Place",))), None)
                if found is not None and ctx.cls_of(found) == "Place":
                    return [found.entity]
        return []

    def went_to(self, ctx: Context, root) -> list[str]:
        """"viajaron hasta San Marcos y se plantaron frente al juzgado", "llegaron a la aldea X y capturaron a ...": an
        event of the street told by a verb joined to a verb of going (the Visit trigger's `motion` words) happened where the crowd went: that verb's oblique of a
        destination case (events.yaml `visit_scenes.destination_cases`), when it names a place."""
        cases = self.destination_cases
        if not cases or not root.tag_.startswith("VB") or root.dep_ != "conj" or root.head.lower_ not in self.motion:
            return []
        for goal in (c for c in root.head.children if c.i < root.i and is_destination(c, cases)):
            found = next(iter(ctx.in_subtree(goal, ("Place",))), None)
            if found is not None:
                return [found.entity]
        return []

    def of_clause(self, ctx: Context, root) -> list[str]:
        """"took to the streets of Sololá", "dispersed a sit-in outside the municipal hall of San
        Juan Tecpán", "blocked the road to Cajatambo": the first place inside a phrase of the
        trigger's clause that a place preposition opens (events.yaml `clause_place_preps`), or
        inside what the verb acts on: the parse gives the phrase, whatever nouns stand between.
        (A language whose events.yaml gives no `clause_place_preps` has this rule off.)"""
        if not self.clause_preps:
            return []
        verb = root
        if not root.tag_.startswith("VB") and root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
            verb = root.head.head if root.dep_ == "pobj" else root.head
        phrases = [c for t in dict.fromkeys((root, verb)) for c in _phrases_of(t, self.clause_preps, ("prep",))]
        if verb.tag_.startswith("VB"):
            phrases += [c for c in verb.children if c.dep_ == "dobj"]
        for phrase in sorted(phrases, key=lambda t: abs(t.i - root.i)):
            found = _first_place_in(ctx, phrase)
            if found:
                return found
        return []

    def acted_on(self, ctx: Context, root, subclass: str) -> list[str]:
        """"bloquearon el acceso a la mina Cerro La Cruz, en el municipio de Charcas", "quemaron la garita
        del campamento Arasi": the place the verb of an event of the street acts on is where it happened,
        besides the town or district a phrase of the sentence names (the first place inside its object)."""
        if subclass not in self.acted_on_kinds or not root.tag_.startswith("VB"):
            return []
        for obj in (c for c in root.children if c.dep_ == "dobj"):
            # Down the object's own noun phrase only: a clause hanging from it tells of something else.
            phrase, todo = set(), [obj]
            while todo:
                t = todo.pop()
                phrase.add(t.idx)
                todo += [c for c in t.children if c.dep_ in NOUN_PHRASE]
            found = [m for m in ctx.in_subtree(obj, ("Place",)) if m.start in phrase and not ctx.in_parentheses(m.start)
                     and ctx.entities[m.entity].level != "country"]
            if found:
                return [found[0].entity]
        return []

    def where_told(self, ctx: Context, root) -> list[str]:
        """"sent two ministers to Popayán, the capital of Cauca, where they met the governor": an event
        in a clause a relative adverb of place opens (events.yaml `relative_place`) happened at the place
        the clause hangs from (or the place that noun stands beside, as an apposition)."""
        if not self.relative_place:
            return []
        clause = root
        while clause.dep_ not in RELATIVE_CLAUSES and clause.head.i != clause.i and clause.tag_[:2] != "VB":
            clause = clause.head
        # (the Spanish parse may read "Asunción, donde cientos coparon la explanada" as a clause of the noun, "donde" its oblique)
        if clause.dep_ not in RELATIVE_CLAUSES or not any(
                c.dep_ in ("advmod", "obl") and c.lower_ in self.relative_place for c in clause.children):
            return []
        # The parse hangs the clause from the nearest noun ("Popayán, the capital of Cauca, where"): up
        # the noun phrase it ends, the first noun of it that names a place is the one meant.
        chain, noun = [clause.head], clause.head
        while noun.dep_ in ("pobj", "prep", "appos", "compound") and noun.head.i != noun.i:
            noun = noun.head
            chain.append(noun)
        places = ctx.in_sentence(ctx.sent_of(clause.idx), ("Place",))
        found = [m for noun in chain for m in places if m.start <= noun.idx < m.end
                 and ctx.entities[m.entity].level != "country"]
        return [found[-1].entity] if found else []


def _phrases_of(head, preps: set, deps: tuple) -> list:
    """A head's phrases that one of `preps` opens: the English parse's preposition child, or UD's oblique or
    noun modifier whose `case` child it is ("instaló, en la ciudad de Ayabaca, la mesa técnica")."""
    return [c for c in head.children if c.dep_ in deps and c.lower_ in preps or c.dep_ in ("obl", "nmod") and any(
        g.dep_ == "case" and g.lower_ in preps for g in c.children)]


def _first_place_in(ctx: Context, phrase) -> list[str]:
    """The first place the phrase names, not in parentheses and not a country (a country there
    says whose place it is, not where); one apart from a body's name before one inside it ("en la sede
    de la Gobernación de Chuquisaca, en Sucre": the body's area says whose it is, the town where)."""
    inside = [m for m in ctx.in_subtree(phrase, ("Place",))
              if not ctx.in_parentheses(m.start) and ctx.entities[m.entity].level != "country"]
    bodies = ctx.in_subtree(phrase, ("Organization",))
    inside.sort(key=lambda m: any(b.start < m.start and m.end <= b.end for b in bodies))
    return [inside[0].entity] if inside else []
