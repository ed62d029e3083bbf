"""Entity resolution: one entity per real actor, with every surface form kept as an alias.

Mentions join by gazetteer entry, by acronyms defined in the text, by folded name (accents,
case, a possessive), and a person's shorter name joins the full name it ends ("Vizcarra" after
"Martín Vizcarra", "De Echave" after "José De Echave"). Ids come from the canonical name only,
so the same actor gets the same id whatever report or order it is read in. The mentions found
once the entities exist (anaphora, repeats, surnames) are loaders/later_mentions.py's.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from graph import ontology
from graph.ids import entity_id, slug
from graph.names import base_key, person_keys
from loaders.classify import STRONG, WEAK
from loaders.cluster_joins import ClusterJoins, vote
from loaders.later_mentions import LaterMentions
from loaders.lexicon import Lexicon, key, rules
from loaders.model import Context, Entity, Mention

# Bodies that belong to one state: they carry its `country`, and another state's never takes their id.
STATE_BODIES = {"GovernmentBody", "PoliceUnit", "MilitaryUnit"}
# The body a title names after it: "chief executive of Anglo Minas S.A.", "alcalde de Lircay".
OF_BODY = re.compile(r"\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?((?:[^,;.()]|(?<=[A-Z])\.){2,60})")


def _accents(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127)


class Resolver(LaterMentions):
    name = "resolve"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.onto = ontology.load()
        # Known national bodies by id, with their country: another country's "Ministry of the
        # Interior" must not become Peru's.
        self.national = {entity_id(self.onto.classes[e.cls].id_prefix, e.name): e.country
                         for e in lex.entries.values() if e.country and e.subclass in STATE_BODIES}
        self._later_setup(lex)
        self.joins = ClusterJoins(lex)
        self.feature_words = {w for w, (cls, sub) in lex.typing["after"].items() if sub == "NaturalFeature" and " " not in w}
        self.many_holders = {key(t) for t in rules("roles.yaml", lex.language).get("many_holders") or []}

    def __call__(self, ctx: Context) -> Context:
        mentions = ctx.mentions + self._role_persons(ctx)
        clusters: dict[str, list[Mention]] = defaultdict(list)
        for m in mentions:
            clusters[self._cluster_key(m)].append(m)
        self.joins(ctx.report.text, mentions, clusters)
        self._split_structures(ctx.report.text, clusters)
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
        ctx.add_mentions(*self._surnames(ctx))
        ctx.add_mentions(*self._repeats(ctx), *self._anaphora(ctx))
        ctx.add_mentions(*self._bare_forces(ctx))
        ctx.add_mentions(*self._kind_phrases(ctx))
        self._noun_aliases(ctx)
        self._containing_areas(ctx)
        return ctx

    def _split_structures(self, text: str, clusters: dict[str, list[Mention]]) -> None:
        """"el municipio de Tacobamba" and then "bloquean el puente Tacobamba": a structure named after the
        division it stands in (typing.yaml `structure_nouns`) is a place of its own, where the report names
        the division too; a bridge named by nothing else keeps the town's form as an alias (`_noun_aliases`)."""
        nouns = self.lex.typing.get("structure_nouns") or []
        lead = re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+(?:de\s+)?$", re.I) if nouns else None
        for k in sorted(clusters) if lead else ():
            members = clusters[k]
            if vote(members)[0] != "Place":
                continue
            built = [m for m in members if lead.search(text, max(0, m.start - 20), m.start)]
            rest = [m for m in members if m not in built]
            if not built or not any(m.subclass == "AdministrativeArea" and m.weight >= STRONG for m in rest):
                continue
            for m in built:
                m.name = text[lead.search(text, max(0, m.start - 20), m.start).start():m.end]
                m.name = m.name[0].lower() + m.name[1:]
                m.cls, m.subclass, m.weight, m.aliases = "Place", "Road", STRONG, [m.name]
            clusters[k] = rest
            clusters["structure:" + key(built[0].name)].extend(built)

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
        `alias_nouns`) has that form as an alias too, the form a reader may call it by; so has a community
        named after its noun ("president of the community of Pozo Colorado Chico")."""
        nouns = self.lex.typing.get("alias_nouns") or []
        lead = re.compile(rf"\b({'|'.join(map(re.escape, nouns))})\s+$", re.I) if nouns else None
        for e in ctx.entities.values() if lead else ():
            for m in e.mentions:
                found = lead.search(ctx.report.text, max(0, m.start - 20), m.start) if m.source != "anaphora" else None
                if found and (e.cls == "Place" or e.subclass == "Community") and f"{found.group(1).lower()} {m.text}" != e.name:
                    e.aliases = sorted(set(e.aliases) | {f"{found.group(1).lower()} {m.text}"})

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
        # "Selected", "Casillas", "Ndyuka": one word that NER alone, every time, called a person is a capitalised
        # word, a place or a people far more often than a person named once without a title or a second name
        # (typing.yaml `no_one_word_persons`).
        if cls == "Person" and not entry and len(name.split()) == 1 and self.lex.typing.get("no_one_word_persons") \
                and all(m.source == "ner" and m.weight <= WEAK for m in members):
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
