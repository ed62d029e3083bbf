"""Entity resolution: one entity per real actor, with every surface form kept as an alias.

Mentions join by gazetteer entry, by acronyms defined in the text, by folded name (accents,
case, a possessive), and a person's shorter name joins the full name it ends ("Vizcarra" after
"Martín Vizcarra", "De Echave" after "José De Echave"). Ids come from the canonical name only,
so the same actor gets the same id whatever report or order it is read in.
"""
from __future__ import annotations

import re
from collections import defaultdict

from graph import ontology
from graph.ids import entity_id
from loaders.lexicon import Lexicon, key
from loaders.model import Context, Entity, Mention

PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "do", "dos", "van", "von", "di"}


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


class Resolver:
    name = "resolve"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.onto = ontology.load()

    def __call__(self, ctx: Context) -> Context:
        mentions = ctx.mentions + self._role_persons(ctx)
        clusters: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            clusters[self._cluster_key(m)].append(m)
        self._join_short_names(clusters)
        self._join_short_forms(clusters)
        entities: dict[str, Entity] = {}
        for members in clusters.values():
            entity = self._entity(members)
            if entity is None:
                continue
            seen = entities.get(entity.id)
            if seen:
                seen.mentions += entity.mentions
                seen.aliases = sorted(set(seen.aliases) | set(entity.aliases) - {seen.name})
            else:
                entities[entity.id] = entity
            for m in members:
                m.entity = entity.id
        ctx.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        ctx.entities = dict(sorted(entities.items()))
        return ctx

    def _role_persons(self, ctx: Context) -> list[Mention]:
        """An office named without its holder ("the provincial police chief") is a person."""
        out = []
        for r in ctx.roles:
            office = r.title.split(" of ")[0]
            if r.holder is None and not r.former and any(office == t or office.endswith(" " + t)
                                                         for t in self.lex.standalone):
                out.append(Mention(r.start, r.end, r.text, "role", sent=r.sent, name=r.name,
                                   cls="Person", weight=10, title=r.title, body=r.body))
                r.holder = out[-1]
        return out

    def _cluster_key(self, m: Mention) -> str:
        if m.acronym_of is not None:
            return self._cluster_key(m.acronym_of)
        if m.entry:
            return "gaz:" + m.entry
        if m.name:
            return "name:" + key(m.name)
        entry = self.lex.by_key.get(key(m.text))
        if entry:
            m.entry = entry
            e = self.lex.entries[entry]
            m.cls, m.subclass, m.weight = e.cls, e.subclass, 10
            return "gaz:" + entry
        return "name:" + key(m.text)

    @staticmethod
    def _vote(members: list[Mention]) -> tuple[str | None, str | None]:
        score: dict[str, int] = defaultdict(int)
        sub: dict[tuple[str, str], int] = defaultdict(int)
        for m in members:
            if m.cls:
                score[m.cls] += m.weight
                if m.subclass:
                    sub[(m.cls, m.subclass)] += m.weight
        if not score:
            return None, None
        cls = max(sorted(score), key=lambda c: score[c])
        subs = {s: w for (c, s), w in sub.items() if c == cls}
        return cls, (max(sorted(subs), key=lambda s: subs[s]) if subs else None)

    def _join_short_names(self, clusters: dict[str, list[Mention]]) -> None:
        suffixes: dict[str, set[str]] = defaultdict(set)
        for k, members in clusters.items():
            if self._vote(members)[0] != "Person":
                continue
            for m in members:
                words = key(m.name or m.text).split()
                for i in range(1, len(words)):
                    if words[i] not in PARTICLES or i < len(words) - 1:
                        suffixes[" ".join(words[i:])].add(k)
        for k in sorted(clusters):
            if not k.startswith("name:") or k not in clusters:
                continue
            owners = suffixes.get(k[5:], set()) - {k}
            if len(owners) == 1:
                owner = owners.pop()
                if owner in clusters:
                    for m in clusters.pop(k):
                        if m.cls not in (None, "Person") and m.weight >= 4:
                            m.cls, m.subclass = "Person", None
                        clusters[owner].append(m)

    def _join_short_forms(self, clusters: dict[str, list[Mention]]) -> None:
        """"Defensoría" after "Defensoría del Pueblo", "Jangas district" beside "Jangas": a name
        that is the start of exactly one other name of its class, or that name plus a type word."""
        forms: dict[str, set[str]] = defaultdict(set)
        for k, members in clusters.items():
            for m in members:
                forms[key(m.name or m.text)].add(k)
        type_words = set(self.lex.typing["after"])
        for k in sorted(clusters):
            if not k.startswith("name:") or k not in clusters:
                continue
            cls = self._vote(clusters[k])[0]
            short = k[5:]
            words = short.split()
            stripped = " ".join(words[:-1]) if len(words) > 1 and words[-1] in type_words else None
            owners = {o for f, ks in forms.items() for o in ks
                      if o != k and o in clusters and (f == stripped or (cls == "Organization" and f.startswith(short + " ")))
                      and self._vote(clusters[o])[0] in (cls, "Place" if stripped else cls)}
            if len(owners) == 1:
                clusters[owners.pop()].extend(clusters.pop(k))

    def _entity(self, members: list[Mention]) -> Entity | None:
        entry = self.lex.entry(next((m.entry for m in members if m.entry), None))
        if entry:
            cls, subclass, name = entry.cls, entry.subclass, entry.name
        else:
            cls, subclass = self._vote(members)
            named = [m.name for m in members if m.name]
            name = named[0] if named else max((m.text for m in members),
                                              key=lambda t: (len(t.split()), _accents(t), len(t), t))
        if cls not in ("Person", "Organization", "Place"):
            return None
        if cls == "Place" and subclass is None:
            subclass = "Settlement"
        surfaces = {re.sub(r"\s+", " ", m.text).strip() for m in members}
        return Entity(id=entity_id(self.onto.classes[cls].id_prefix, name), cls=cls, subclass=subclass,
                      name=name, aliases=sorted(surfaces - {name}), mentions=list(members),
                      entry=entry.name if entry else None, level=entry.level if entry else None,
                      wikidata=entry.wikidata if entry else None)


def gazetteer_entity(ctx: Context, lex: Lexicon, name: str, where: Mention) -> Entity:
    """The entity of a known body that the text names only through a title ("the minister of
    energy and mines" names the ministry): created when missing, mentioned where the title is."""
    entry = lex.entries[name]
    prefix = ontology.load().classes[entry.cls].id_prefix
    ident = entity_id(prefix, entry.name)
    entity = ctx.entities.get(ident)
    if entity is None:
        entity = Entity(ident, entry.cls, entry.subclass, entry.name, [], [], entry.name, entry.level, entry.wikidata)
        ctx.entities[ident] = entity
    if not any(m.start == where.start and m.end == where.end for m in entity.mentions):
        entity.mentions.append(Mention(where.start, where.end, where.text, "title", sent=where.sent, entity=ident))
    return entity
