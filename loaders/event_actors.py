"""Actors an event's clause names without a name of their own: a force ("Police fired tear gas"),
the report's government ("the Executive declared"), the people of a place ("families from San
Pedro camped"). Each is a node of the report, made where the parse says it acted.
"""
from __future__ import annotations

import re

from graph.ids import entity_id
from loaders.lexicon import Lexicon
from loaders.model import Context, Entity, Mention, verb_of
from loaders.resolve import national_id


class Actors:
    def __init__(self, lex: Lexicon, table: dict):
        self.lex = lex
        forces = table.get("forces") or {}
        self.force_nouns = {w: spec for spec in forces.values() for w in spec["words"]}
        self.force_names = {w: name for name, spec in forces.items() for w in spec["words"]}
        self.people = set(table.get("people", ()))
        self.settlement_nouns = set(table.get("settlement_nouns", ()))
        # "families from the village of X": the words between the people and their place (`named_by_place`;
        # a language without them has the rule off).
        self.people_links = table.get("people_links") or {}
        self.government_nouns = set(table.get("government", ()))

    def unnamed(self, ctx: Context, token) -> Mention | None:
        """The force or government a word stands for, where no mention of the report covers it."""
        if token.lower_ in self.force_nouns:
            return self.force(ctx, token)
        if token.lower_ in self.government_nouns:
            return self.government(ctx, token)
        return None

    def force(self, ctx: Context, token) -> Mention:
        """"Police fired tear gas", "officers of the National Police stormed the camp", "clashed
        with state police": a force no name of the report's bodies covers is a node of its own,
        named by its words (participants.yaml `forces`), one per report and country; the bare
        word joins the force the report named before."""
        of = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.lower_ in self.force_nouns), None)
        if of is not None:
            token = of
        spec = self.force_nouns[token.lower_]
        # ("On 9 May police fired": a date's month is no part of the force's name)
        mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                and (c.lower_ in spec.get("kinds", ()) or c.text[:1].isupper())
                and not any(d.start <= c.idx < d.end for d in ctx.dates)]
        body = next((m.entity for c in mods for m in ctx.mentions if m.entity and m.start <= c.idx < m.end
                     and ctx.entities[m.entity].cls == "Organization"), None)
        if body is not None:
            # "ZODI officers arrested three men", "FARDC soldiers fired": the people of a body the report names
            # stand for it, not for a force of their own.
            return Mention(token.idx, token.idx + len(token), token.text, "force", sent=ctx.sent_of(token.idx),
                           cls="Organization", subclass=ctx.entities[body].subclass, entity=body)
        head = self.force_names[token.lower_]
        if token.text[:1].isupper() and token.i > token.sent.start and mods:
            head = token.text       # "the National Police": the name as written
        elif mods and mods[-1].lower_ == head.lower():
            # "National Police officers", "Police officers": the force's word is the last modifier, not a
            # second head ("National Police police").
            mods, written = mods[:-1], mods[-1].text
            head = written if mods else head
        name = " ".join([m.text for m in mods] + [head])
        start = mods[0].idx if mods else token.idx
        known = ctx.forces
        # The country's police the report already calls by its bare word ("the police", a
        # gazetteer's generic name) is the one meant; it stays as the gazetteer has it.
        generic = next((m.entity for m in ctx.mentions if m.source == "generic" and m.entity
                        and ctx.entities[m.entity].subclass == spec["subclass"]), None) or \
            next((m.entity for m in ctx.mentions if m.entity and m.source != "force"
                  and ctx.entities[m.entity].subclass == spec["subclass"]
                  and re.search(spec["named"], ctx.entities[m.entity].name, re.I)), None)
        if generic and not mods:
            return Mention(token.idx, token.idx + len(token), token.text, "force", sent=ctx.sent_of(token.idx),
                           cls="Organization", subclass=spec["subclass"], entity=generic)
        # "Officers of the National Police", the National Police a name of the report already: that body.
        named = next((e.id for e in ctx.entities.values() if mods and e.subclass == spec["subclass"]
                      and name.lower() in (e.name.lower(), *(a.lower() for a in e.aliases))), None)
        ident = known.get(name) or named or (known.get(head) if not mods else None) or \
            (next(iter(known.values())) if not mods and known else None)
        if ident is None:
            ident = national_id(name, self.lex, ctx.country)
            ctx.entities.setdefault(ident, Entity(ident, "Organization", spec["subclass"], name, country=ctx.country))
        entity = ctx.entities[ident]
        if mods and entity.name == head and name != head:
            entity.aliases = sorted(set(entity.aliases) | {entity.name})
            entity.name = name      # "police", then "state police": the fuller name
        elif name != entity.name and name not in entity.aliases:
            entity.aliases = sorted(set(entity.aliases) | {name})
        known[name] = ident
        mention = Mention(start, token.idx + len(token), ctx.report.text[start:token.idx + len(token)], "force",
                          sent=ctx.sent_of(token.idx), cls="Organization", subclass=spec["subclass"], entity=ident)
        entity.mentions.append(mention)
        return mention

    def government(self, ctx: Context, token) -> Mention | None:
        """"the Bolivian government transferred the deposit", "the Executive declared a state of
        emergency": the government of the report's country, where no body of the report names it
        (participants.yaml `government`), as "Government of <country>"."""
        country = self.lex.countries.get(ctx.country or "")
        if country is None:
            return None
        name = self.lex.governments.get(ctx.country) or f"Government of {country}"
        ident = next((e.id for e in ctx.entities.values() if e.name == name), None) or entity_id("organization", name)
        entity = ctx.entities.setdefault(ident, Entity(ident, "Organization", "GovernmentBody", name, country=ctx.country))
        mention = Mention(token.idx, token.idx + len(token), token.text, "government", sent=ctx.sent_of(token.idx),
                          cls="Organization", subclass="GovernmentBody", entity=ident)
        entity.mentions.append(mention)
        return mention

    def communities(self, ctx: Context, root) -> list[Mention]:
        """"Families from the communities of San Pedro and La Ceiba Vieja have camped": people of
        a place who act together (participants.yaml `people`) are its community, a node named by
        the place, with the words the text calls them by as an alias."""
        verb = verb_of(root)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in self.people:
            return []
        s, e = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        places = [m for m in ctx.in_subtree(subj, ("Place",))
                  if ctx.entities[m.entity].subclass in ("Settlement", "AdministrativeArea")
                  and ctx.entities[m.entity].level != "country"]
        out = []
        for m in places:
            name = ctx.entities[m.entity].name
            ident = entity_id("organization", name)
            if ident not in ctx.entities:
                phrase = re.sub(r"\s+", " ", ctx.report.text[s:e]).strip()
                ctx.entities[ident] = Entity(ident, "Organization", "Community", name,
                                             aliases=[phrase] if len(places) == 1 and phrase != name else [])
            found = Mention(m.start, m.end, m.text, "community", sent=m.sent, cls="Organization",
                            subclass="Community", entity=ident)
            ctx.entities[ident].mentions.append(found)
            out.append(found)
        return out

    def named_by_place(self, ctx: Context, entity: Entity) -> None:
        """"families from Llano Tugrí", "residents of Molleturo": a community named by its people
        and place is also called by the place alone, where no other body of the report is."""
        words = entity.name.split()
        links = self.people_links
        if entity.subclass != "Community" or len(words) < 3 or words[0].lower() not in self.people or \
                words[1].lower() not in links.get("preps", ()):
            return
        rest = words[3:] if words[2].lower() in links.get("articles", ()) else words[2:]
        # "families from the village of San Isidro" (groups.yaml): the place is after the settlement's noun.
        if len(rest) > 2 and rest[0].lower() in self.settlement_nouns and rest[1].lower() in links.get("of", ()):
            rest = rest[2:]
        place = " ".join(rest)
        # A village and its community share a name; a valley or a river does not name one.
        if place[:1].isupper() and place not in entity.aliases and not any(
                e.id != entity.id and place in (e.name, *e.aliases) and e.subclass != "Settlement"
                for e in ctx.entities.values()):
            entity.aliases = sorted({*entity.aliases, place})
