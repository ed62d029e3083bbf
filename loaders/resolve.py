"""Entity resolution: one entity per real actor, with every surface form kept as an alias.

Mentions join by gazetteer entry, by acronyms defined in the text, by folded name (accents,
case, a possessive), and a person's shorter name joins the full name it ends ("Vizcarra" after
"Martín Vizcarra", "De Echave" after "José De Echave"). Ids come from the canonical name only,
so the same actor gets the same id whatever report or order it is read in.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from graph import ontology
from graph.ids import entity_id, slug
from graph.names import base_key, person_keys
from loaders.classify import STRONG
from loaders.cluster_joins import ClusterJoins, vote
from loaders.lexicon import Lexicon, grammar, key, rules
from loaders.model import Context, Entity, Mention

# Bodies that belong to one state: they carry its `country`, and another state's never takes their id.
STATE_BODIES = {"GovernmentBody", "PoliceUnit", "MilitaryUnit"}
# The body a title names after it: "chief executive of Anglo Minas S.A.", "alcalde de Lircay".
# A capitalised word right before, in the same sentence: the start of a name ("National Police").
NAME_BEFORE = re.compile(r"\b[A-Z\u00C0-\u00DE][\w\u00C0-\u017F'’-]*[ \t]+$")
OF_BODY = re.compile(r"\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?((?:[^,;.()]|(?<=[A-Z])\.){2,60})")


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


class Resolver:
    name = "resolve"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.onto = ontology.load()
        # Known national bodies by id, with their country: another country's "Ministry of the
        # Interior" must not become Peru's.
        self.national = {entity_id(self.onto.classes[e.cls].id_prefix, e.name): e.country
                         for e in lex.entries.values() if e.country and e.subclass in STATE_BODIES}
        nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lex.typing["anaphora"], key=len, reverse=True))
        g = grammar(lex.language)
        self.area_nouns = set(g.area_nouns)
        self.joins = ClusterJoins(lex)
        self.feature_words = {w for w, (cls, sub) in lex.typing["after"].items() if sub == "NaturalFeature" and " " not in w}
        self.many_holders = {key(t) for t in rules("roles.yaml", lex.language).get("many_holders") or []}
        self.anaphora = re.compile(rf"\b(?:{g.anaphora_determiners.pattern})\s+(?P<noun>{nouns})\b"
                                   rf"(?![ \t]+(?:{g.anaphora_not_before.pattern}\b|(?-i:[A-Z])))", re.I)

    def __call__(self, ctx: Context) -> Context:
        mentions = ctx.mentions + self._role_persons(ctx)
        clusters: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            clusters[self._cluster_key(m)].append(m)
        self.joins(ctx.report.text, mentions, clusters)
        self._join_heads(clusters)
        self._join_initials(clusters)
        entities: dict[str, Entity] = {}
        for members in clusters.values():
            entity = self._entity(members)
            if entity is None:
                continue
            entity = self._of_this_country(entity, ctx.country)
            if entity.subclass in STATE_BODIES:
                entity.country = self._country_of(entity, ctx.country)
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
        ctx.mentions = sorted(ctx.mentions + self._surnames(ctx), key=lambda m: (m.start, m.end))
        ctx.mentions = sorted(ctx.mentions + self._repeats(ctx) + self._anaphora(ctx), key=lambda m: (m.start, m.end))
        ctx.mentions = sorted(ctx.mentions + self._bare_forces(ctx), key=lambda m: (m.start, m.end))
        self._noun_aliases(ctx)
        self._containing_areas(ctx)
        return ctx

    def _join_heads(self, clusters: dict[str, list[Mention]]) -> None:
        """"the Chamber held" after "the Constitutional Chamber of the Supreme Court": a body named
        again by its head word alone (typing.yaml `inside_heads`), where one body of the report has
        that head, is that body (`repeat_heads` where a language lists the heads apart: "la Gobernación"
        after "la Gobernación del Cañar")."""
        heads = {key(h) for h in self.lex.typing.get("repeat_heads") or self.lex.typing.get("inside_heads") or []}
        for k in sorted(clusters):
            members = clusters.get(k)
            word = k[5:] if k.startswith("name:") else ""
            if not members or word not in heads or not all(m.source == "ner" and m.weight <= 1 for m in members):
                continue
            owners = {o for o, ms in clusters.items() if o != k and vote(ms)[0] == "Organization"
                      and any(word in key(m.name or m.text).split() for m in ms)}
            if len(owners) == 1:
                clusters[owners.pop()].extend(clusters.pop(k))

    def _join_initials(self, clusters: dict[str, list[Mention]]) -> None:
        """"The company, CAM, is owned by ..." after "the Compagnie Aurifère du Maroni": a bare
        acronym NER read, undefined by brackets, whose letters are the capitals of exactly one body
        of the report, in order and all of them, is that body (typing.yaml `initials_join`)."""
        if not self.lex.typing.get("initials_join"):
            return
        owners: dict[str, set[str]] = defaultdict(set)     # capitals → the bodies whose name they spell
        for k, ms in clusters.items():
            if vote(ms)[0] != "Organization":
                continue
            for m in ms:
                name = m.name or m.text
                capitals = "".join(w[0] for w in re.findall(r"[\w\u00C0-\u017F]+", name) if w[0].isupper())
                if len(capitals) >= 2 and " " in name:
                    owners[capitals].add(k)
        bodies = {c: ks.pop() for c, ks in owners.items() if len(ks) == 1}
        for k in sorted(clusters):
            members = clusters.get(k)
            text = members[0].text if members else ""
            if not members or not all(m.source == "ner" and m.text == text for m in members) \
                    or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
                continue
            owner = bodies.get(text)
            if owner and owner != k and owner in clusters:
                clusters[owner].extend(clusters.pop(k))

    def _containing_areas(self, ctx: Context) -> None:
        """"a new port at La Paloma, in Rocha", "near Puerto Princesa, Palawan.", "Paso Yobái, Guairá,
        Paraguay": the place a town is placed in is an area, where nothing else types it (typing.yaml
        `containing_area`: the gaps and what may follow; a language without it reads as before)."""
        spec = self.lex.typing.get("containing_area")
        if not spec:
            return
        text = ctx.report.text
        places = [m for m in ctx.mentions if m.entity and ctx.entities[m.entity].cls == "Place"]
        bodies = [(m.start, m.end) for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass in STATE_BODIES]
        for m1, m2 in zip(places, places[1:]):
            inner, outer = ctx.entities[m1.entity], ctx.entities[m2.entity]
            if any(a <= m1.start and m1.end <= b for a, b in bodies):
                continue    # "la Gobernación de Chuquisaca, en Sucre": where the body sits, not an area around it
            # ... and an area in a larger one ("el distrito de Ocuviri (Lampa)").
            if inner.subclass not in ("Settlement", "Mine", "Port", "Facility", "AdministrativeArea") or outer.subclass != "Settlement" \
                    or outer.level or inner.id == outer.id or any(m.weight >= STRONG and m.source != "repeat" for m in outer.mentions):
                continue
            gap, after = text[m1.end:m2.start], text[m2.end:m2.end + 30]
            if re.fullmatch(spec["in_gap"], gap) or re.fullmatch(spec["gap"], gap) and re.match(spec["after"], after) \
                    and not re.search(spec["list_before"], text[max(0, m1.start - 40):m1.start]):
                outer.subclass = "AdministrativeArea"

    def _noun_aliases(self, ctx: Context) -> None:
        """"la carretera Cerro de Pasco-Huánuco": a place named right after its kind word (typing.yaml
        `alias_nouns`) has that form as an alias too, the form a reader may call it by."""
        nouns = self.lex.typing.get("alias_nouns") or []
        lead = re.compile(rf"\b({'|'.join(map(re.escape, nouns))})\s+$", re.I) if nouns else None
        for e in ctx.entities.values() if lead else ():
            for m in e.mentions:
                found = lead.search(ctx.report.text, max(0, m.start - 20), m.start) if m.source != "anaphora" else None
                if found and e.cls == "Place" and f"{found.group(1).lower()} {m.text}" != e.name:
                    e.aliases = sorted(set(e.aliases) | {f"{found.group(1).lower()} {m.text}"})

    def _anaphora(self, ctx: Context) -> list[Mention]:
        """"the mine", "the community": the latest entity of that subclass named before, within
        the report (the area words only for a place named with that word)."""
        text = ctx.report.text
        g = ctx.grammar
        covered = [(m.start, m.end) for m in ctx.mentions]
        out = []
        for found in self.anaphora.finditer(text):
            s, e = found.span("noun")
            if any(a <= s < b for a, b in covered):
                continue
            noun = re.sub(r"\s+", " ", found.group("noun").lower())
            subclass = self.lex.typing["anaphora"][noun]
            before = [m for m in ctx.mentions if m.end <= found.start() and m.entity
                      and ctx.entities[m.entity].subclass == subclass]
            if noun in self.area_nouns:
                before = [m for m in before if re.search(rf"\b{noun}\b", text[max(0, m.start - 14):m.end + 10], re.I)]
            if not before:
                continue
            # "la comisión" after "Comisión de Población" and "Ministerio de Ambiente": the body the noun names,
            # where one of that kind is so named (not for companies, whose names rarely say "company").
            named = [m for m in before if subclass != "Company" and key(ctx.entities[m.entity].name).split()[:1] == key(noun).split()[:1]]
            before = named or before
            parent = g.get("parent_apposition")
            if parent is not None and len(before) > 1 and before[-2].sent == before[-1].sent \
                    and before[-2].entity != before[-1].entity and parent.search(text, max(0, before[-1].start - 60), before[-1].start):
                before.pop()    # "C, the Mexican subsidiary of P, ... The company": C, not its parent
            entity = ctx.entities[before[-1].entity]
            m = Mention(s, e, text[s:e], "anaphora", sent=ctx.sent_of(s), cls=entity.cls, subclass=entity.subclass,
                        weight=10, entity=entity.id)
            entity.mentions.append(m)
            out.append(m)
        return out

    def _bare_forces(self, ctx: Context) -> list[Mention]:
        """"Riot police fired", "the police said" in a report whose country's police the gazetteer
        does not know: the one police body the report names ("the Suriname Police Force"), so the
        bare words are no second node (typing.yaml `bare_forces`)."""
        out = []
        for spec in self.lex.typing.get("bare_forces") or []:
            named = {e.id for e in ctx.entities.values() if e.subclass == spec["subclass"] and e.mentions
                     and re.search(spec["named"], e.name, re.I)}
            if len(named) != 1:
                continue
            entity = ctx.entities[named.pop()]
            covered = bytearray(len(ctx.report.text) + 1)
            for m in ctx.mentions + out:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
            for found in re.finditer(spec["pattern"], ctx.report.text, re.I):
                s, e = found.span()
                if any(covered[s:e]) or (found.group(0)[:1].isupper() and NAME_BEFORE.search(ctx.report.text, max(0, s - 30), s)):
                    continue        # "the National Police": a name NER missed, not the bare word
                m = Mention(s, e, found.group(0), "anaphora", sent=ctx.sent_of(s), cls=entity.cls,
                            subclass=entity.subclass, weight=10, entity=entity.id)
                entity.mentions.append(m)
                out.append(m)
        return out

    def _repeats(self, ctx: Context) -> list[Mention]:
        """"Oro Andino, filial de ...": a body's or a place's name that NER saw once, found again
        where it missed it, is a mention of it (typing.yaml `repeat_names`)."""
        if not self.lex.typing.get("repeat_names"):
            return []
        owners: dict[str, set[str]] = defaultdict(set)
        for e in ctx.entities.values():
            if e.cls in ("Organization", "Place") and e.level != "country":
                for form in {e.name, *e.aliases}:
                    if len(form) >= 4 and form[:1].isupper():
                        owners[form].add(e.id)
        owners = {f: ids for f, ids in owners.items() if len(ids) == 1}
        if not owners:
            return []
        covered = bytearray(len(ctx.report.text) + 1)
        for m in ctx.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        pattern = re.compile(r"(?<![\w\u00C0-\u017F])(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True))
                             + r")(?![\w\u00C0-\u017F])")
        out = []
        for found in pattern.finditer(ctx.report.text):
            s, e = found.span()
            if any(covered[s:e]):
                continue
            entity = ctx.entities[next(iter(owners[found.group(0)]))]
            m = Mention(s, e, found.group(0), "repeat", sent=ctx.sent_of(s), cls=entity.cls, subclass=entity.subclass,
                        weight=10, entity=entity.id)
            entity.mentions.append(m)
            out.append(m)
        return out

    def _surnames(self, ctx: Context) -> list[Mention]:
        """"Torres said" after "Prime Minister Aníbal Torres" where NER missed the surname: the
        last name, or the first surname of a Spanish double surname, of exactly one person."""
        owners: dict[str, set[str]] = defaultdict(set)
        for e in ctx.entities.values():
            words = e.name.split()
            if e.cls != "Person" or len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            forms = {words[-1]} | ({words[1], " ".join(words[1:])} if len(words) >= 3 else set())
            for f in forms:
                if len(f) > 3 and f not in self.lex.given_names and key(f) not in self.lex.by_key:
                    owners[f].add(e.id)
            # The full name again where NER missed it ('"...," Ernesto Mairena told' after "brothers
            # Ernesto and Julio Mairena", whose surname alone is either's).
            owners[e.name].add(e.id)
        owners = {f: ids for f, ids in owners.items() if len(ids) == 1}
        if not owners:
            return []
        covered = [(m.start, m.end) for m in ctx.mentions]
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True)) + r")\b")
        out = []
        for found in pattern.finditer(ctx.report.text):
            s, e = found.span()
            if any(a < e and s < b for a, b in covered):
                continue
            entity = ctx.entities[next(iter(owners[found.group(0)]))]
            m = Mention(s, e, found.group(0), "surname", sent=ctx.sent_of(s), cls="Person", weight=10, entity=entity.id)
            entity.mentions.append(m)
            if found.group(0) not in entity.aliases:
                entity.aliases = sorted(set(entity.aliases) | {found.group(0)})
            out.append(m)
        return out

    def _role_persons(self, ctx: Context) -> list[Mention]:
        """An office named without its holder ("the provincial police chief") is a person."""
        out = []
        named: dict[tuple, dict[str, Mention]] = defaultdict(dict)     # (title, body) → holders by name
        for r in ctx.roles:
            # "the chief executive of X" is X's office: it is not the one another body's chief executive holds.
            of = OF_BODY.match(ctx.report.text, r.end)
            office_key = (r.title, key(of.group(1)) if of else None)
            if r.holder is not None and not r.former and r.holder.source != "role":
                named[office_key][key(r.holder.name or r.holder.text)] = r.holder
                if of:
                    named[(r.title, None)][key(r.holder.name or r.holder.text)] = r.holder
            office = r.title.split(" of ")[0]
            if r.holder is None and not r.former and len(named.get(office_key, {})) == 1:
                # "whose mayor, Óscar Mollohuanca, ..." then "accused the mayor": the one named before.
                r.holder = next(iter(named[office_key].values()))
                continue
            # A bare title a government has many holders of ("the minister promised") names no one the text says.
            bare = r.body is None and key(r.text) in self.many_holders
            if r.holder is None and not r.former and not bare and any(office == t or office.endswith(" " + t)
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
        words = key(m.name or m.text).split()
        if m.cls == "Place" and m.subclass == "NaturalFeature" and len(words) > 1 and words[-1] in self.feature_words:
            # "the Abangares River" beside the canton "Abangares": a feature named with its kind is
            # its own place, never the short forms' join of a place with its kind word.
            return "feature:" + " ".join(words)
        if m.name:
            entry = self._known_variant(m, m.name) if m.cls == "Person" else None
            if entry is None:
                return "name:" + key(m.name)
        entry = entry if m.name else self.lex.by_key.get(key(m.text)) or self._known_variant(m, m.text)
        if entry:
            m.entry = entry
            e = self.lex.entries[entry]
            m.cls, m.subclass, m.weight = e.cls, e.subclass, 10
            return "gaz:" + entry
        return "name:" + key(m.text)

    def _known_variant(self, m: Mention, text: str) -> str | None:
        """A known actor named with a legal form or a second surname the gazetteer does not
        list ("MMG Ltd.", "Ollanta Humala Tasso"): the same names as graph/names.py compares."""
        variants = [base_key(text, "Organization")] if m.cls in (None, "Organization") else []
        if m.cls in (None, "Person"):
            variants += [k for k, rule in person_keys(text) if rule != "name"]
        entries = [self.lex.by_key.get(v) for v in variants]
        return next((e for e in entries if e and self.lex.entries[e].cls == (m.cls or self.lex.entries[e].cls)), None)

    def _country_of(self, entity: Entity, country: str | None) -> str | None:
        entry = self.lex.entry(entity.entry)
        return entry.country if entry and entry.country else country

    def _of_this_country(self, entity: Entity, country: str | None) -> Entity:
        """A body the gazetteer knows for one country, named in a report about another, is that
        other country's body: its id takes the country's name."""
        known = self.national.get(entity.id)
        if not known or not country or known == country or country not in self.lex.countries:
            return entity
        # Named as the text names it, not with the other country's canonical name; the id is the
        # known body's with the country's, so every form of it ("the Interior Ministry of
        # Bolivia", "Bolivia's interior minister") is one node.
        name = _surface_name([m.text for m in entity.mentions])
        aliases = sorted({*entity.aliases, entity.name} - {name})
        return dataclasses.replace(entity, id=_of_country(entity.id, self.lex, country), name=name, aliases=aliases,
                                   entry=None, wikidata=None)

    def _entity(self, members: list[Mention]) -> Entity | None:
        entry = self.lex.entry(next((m.entry for m in members if m.entry), None))
        if entry:
            cls, subclass, name = entry.cls, entry.subclass, entry.name
        else:
            cls, subclass = vote(members)
            # "el municipio de Camargo" beside the dateline's "Camargo" and "el hospital de Camargo": a place the
            # report names as a division is that division, though its town is named more often (typing.yaml
            # `area_over_settlement`; a hint or a default says Settlement, a division's kind word says more).
            if cls == "Place" and subclass == "Settlement" and self.lex.typing.get("area_over_settlement") \
                    and any(m.subclass == "AdministrativeArea" and m.weight >= STRONG for m in members):
                subclass = "AdministrativeArea"
            named = [m.name for m in members if m.name]
            name = named[0] if named else _surface_name([m.text for m in members])
        if cls not in ("Person", "Organization", "Place"):
            return None
        if cls == "Place" and subclass is None:
            subclass = "Settlement"
        surfaces = {re.sub(r"\s+", " ", m.text).strip() for m in members if not m.aliases} | \
            {a for m in members for a in m.aliases} | {m.name for m in members if m.aliases and m.name}
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
    country = where.country or ctx.country
    foreign = entry.subclass in STATE_BODIES and entry.country and country in lex.countries and country != entry.country
    if foreign:         # "Bolivia's interior minister": Bolivia's ministry, never Peru's
        ident = _of_country(ident, lex, country)
    entity = ctx.entities.get(ident)
    if entity is None:
        entity = Entity(ident, entry.cls, entry.subclass, entry.name, [], [], None if foreign else entry.name,
                        entry.level, None if foreign else entry.wikidata,
                        country=country if foreign else entry.country if entry.subclass in STATE_BODIES else None)
        ctx.entities[ident] = entity
    if not any(m.start == where.start and m.end == where.end for m in entity.mentions):
        entity.mentions.append(Mention(where.start, where.end, where.text, "title", sent=where.sent, entity=ident))
    return entity


def _of_country(ident: str, lex: Lexicon, country: str) -> str:
    """The id of another country's body of the kind a known one is: "…-ministry-of-the-interior-bolivia"."""
    return f"{ident}-{slug(lex.countries[country])}"


def national_id(name: str, lex: Lexicon, country: str | None, prefix: str = "organization") -> str:
    """The id of a body the report's country has and no name of the report gives in full ("the police"
    of a Guatemalan report): suffixed with the country's name as another country's known body is
    (`_of_country`), so the two ways to one body give one id."""
    ident = entity_id(prefix, name)
    return _of_country(ident, lex, country) if country in lex.countries else ident


def _surface_name(texts: list[str]) -> str:
    """The fullest of the forms the text uses: most words, then accents kept, then longest."""
    return max(texts, key=lambda t: (len(t.split()), _accents(t), len(t), t))
