"""Where places are: a place beside the area it lies in, read with the areas' levels."""
from __future__ import annotations

import re

from graph.ids import entity_id
from loaders.lexicon import Grammar, Lexicon, key
from loaders.model import Context, Entity, Mention
from loaders.relation_rules import PLACE, RuleSet

SITES = {"Mine", "Facility", "Port", "Road"}
# "subdistrict": an area a language's grammar places below its districts (a corregimiento, a parroquia).
AREA_RANK = {"country": 0, "region": 1, "department": 1, "province": 2, "district": 3, "subdistrict": 3.5}


def area_at(ctx: Context, pos: int) -> Mention | None:
    """The place named at `pos`, after a link: a name whose own first word is an article ("en el distrito de La
    Pintada") starts right there, where mention_at would skip the article."""
    return ctx.mention_at(pos, PLACE) or next((x for x in ctx.mentions if x.start == pos and x.entity
                                              and ctx.cls_of(x) == "Place"), None)


def area_ranks(ctx: Context, g: Grammar) -> dict[str, int]:
    """country 0, region/department 1, province 2, district 3, any other place 4, from the
    gazetteer or the words around a name ("province of X", "X district")."""
    text = ctx.report.text
    ranks: dict[str, int] = {}
    for e in ctx.entities.values():
        if e.cls != "Place" and e.subclass != "Community":
            continue
        if e.level in AREA_RANK:
            ranks[e.id] = AREA_RANK[e.level]
            continue
        if e.subclass != "AdministrativeArea":
            ranks[e.id] = 4
            continue
        for m in e.mentions:
            cue = g.area_before.search(text, max(0, m.start - 20), m.start) or g.area_after.match(text, m.end) \
                or g.area_inside.search(m.text)
            if cue:
                ranks[e.id] = AREA_RANK[g.area_levels[cue.group("level").lower()]]
                break
    return ranks


class Locations(RuleSet):
    """LOCATED_IN between places, and communities in places."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.located = self.g.located
        self.one_of = re.compile(r.get("located_one_of", "(?!)"), re.I)
        self.based_hyphen = re.compile(r.get("hyphen_based", "(?!)"))
        # "X, one of the largest mines in P", "X, uno de los mayores yacimientos de P": the area right after.
        self.one_of_in = re.compile(r.get("located_one_of_in", "(?!)"), re.I)
        # Between two places of a list ("A and B", "A y B"), in the report's language.
        self.list_gap = self.g.place_list_gap
        # After an area, the rest of a list ("B and C", "B, C"); before the first item, a plural level word.
        self.list_next = re.compile(r.get("located_list_next", "(?!)"), re.I)
        self.plural_level = re.compile(r.get("located_plural_level", "(?!)"), re.I)
        # What may stand between a place's name and the link to its area: the kind word after the
        # name ("the X silver mine in"), or a description ("X is a proposed open-pit mine in").
        # "the A and B projects in P": the plural kind noun after a list's last name (relations.yaml `plural_sites`).
        plurals = list((r.get("clause_words") or {}).get("plural_sites") or {})
        kinds = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted([*lex.typing["after"], *plurals], key=len, reverse=True))
        self.plural_kind = re.compile(rf"\s+(?:{'|'.join(map(re.escape, plurals)) or '(?!)'})\b", re.I)
        asides = "".join(f"(?:{r[k]})?" for k in ("located_description", "located_aside", "located_near", "located_relative") if r.get(k))
        # "the X open-pit iron-ore project in P", "the X gold and silver mine", "the X mineral sands project": hyphenated
        # modifiers, or the commodity words of relations.yaml `site_modifiers`, before the kind word.
        mods = "|".join(map(re.escape, r.get("site_modifiers") or [])) or "(?!)"
        self.kind = re.compile(rf"(?:\s+(?:(?:(?-i:[a-z]+(?:-[a-z]+)+)|(?-i:(?:{mods})))\s+){{0,3}}(?:{kinds})\b)?{asides}", re.I)
        self.of_area = re.compile(r.get("located_of_area", "(?!)"), re.I)
        # "T, which lies in P": a verb says so, whatever kind of place P is.
        self.relative = re.compile(r.get("located_relative", "(?!)"), re.I)
        self.area_part = re.compile(r.get("located_area_part", "(?!)"), re.I)
        # "Peru's Cusco region", "Ecuador's southern Azuay province": a country's possessive before its area.
        self.possessive = re.compile(r.get("located_possessive", "(?!)"), re.I)
        # Whether a dateline's town and area ("PENONOMÉ, Coclé.") are drawn as a place in its area: the
        # language's annotators read them so (relations.yaml `dateline_locates`).
        self.dateline_locates = bool(r.get("dateline_locates"))
        # Whether a community placed in an area stands for the place it is named after (relations.yaml
        # `community_place_located`: the Spanish gold draws "Yucunani LOCATED_IN S", the English the community's).
        self.community_place = bool(r.get("community_place_located"))
        # ... and, in a language whose gold draws the community's own, where an apposition right after the community
        # calls it a settlement ("the community of X, a hamlet in T": the hamlet X lies in T; relations.yaml
        # `community_settled_aside`).
        self.settled_aside = re.compile(r.get("community_settled_aside", "(?!)"), re.I)
        # ... and, where the report names no such place, the village a community's name says it is of
        # (relations.yaml `community_village`: "comunidad de X", not "comunidad campesina de X", a body of its own).
        self.community_village = re.compile(r.get("community_village", "(?!)"))
        self.distance_from = re.compile(r.get("located_distance_from", "(?!)") + r"\Z", re.I)

    def __call__(self, ctx: Context) -> None:
        self.locations(ctx)
        self.country_areas(ctx)
        self.hyphen_based(ctx)

    def hyphen_based(self, ctx: Context) -> None:
        """"a subsidiary of Vancouver-based Tallpine Gold", "Perth-based miner C": the body is based in the place
        (relations.yaml `hyphen_based`; "Hong Kong-listed" says where its shares trade, not where it is)."""
        for place in ctx.mentions:
            based = self.based_hyphen.match(ctx.report.text, place.end) if place.entity and ctx.cls_of(place) == "Place" else None
            body = ctx.mention_at(based.end(), ("Organization",)) if based else None
            if body is not None:
                self._fact(ctx, "BASED_AT", body.entity, place.entity, place.sent, "based_at.hyphen", 0.75)

    def country_areas(self, ctx: Context) -> None:
        """"in Ecuador's southern Azuay province": the area after a country's possessive lies in it."""
        text = ctx.report.text
        for country in ctx.mentions:
            if not country.entity or ctx.entities[country.entity].level != "country":
                continue
            poss = self.possessive.match(text, country.end)
            area = ctx.mention_at(poss.end(), PLACE) if poss else None
            if area is not None and area.entity != country.entity and \
                    ctx.entities[area.entity].subclass == "AdministrativeArea" and ctx.entities[area.entity].level != "country":
                self._fact(ctx, "LOCATED_IN", area.entity, country.entity, country.sent, "located_in.possessive", 0.6)

    def locations(self, ctx: Context) -> None:
        """"Tía María, in Islay province", "Challhuahuacho, Apurímac", "the provinces of A, B and C,
        in the department of D", "X (district of A, province of B)", "ÁNCASH – Huaraz province":
        a place (or a community) beside an area it lies in. Which of two areas holds the other is
        read from their levels (region > province > district > town), where the text tells them."""
        text = ctx.report.text
        ranks = area_ranks(ctx, self.g)
        placed = [m for m in ctx.mentions if m.entity and (ctx.cls_of(m) == "Place" or
                                                            ctx.entities[m.entity].subclass == "Community")]
        # "farmers in the Sora valley": the place inside a collective actor's name is what lies in the area.
        ends = {m.end: m.start for m in placed}
        for i, m in enumerate(placed):
            if ends.get(m.end, m.start) > m.start:
                continue
            distance = self.distance_from.search(text, max(0, m.start - 40), m.start)
            # "el proyecto X, a 40 kilómetros de la mina Y, en T": the distance runs from Y; X is what lies in T.
            stand_in = ctx.nearest_before(distance.start(), m.sent, PLACE) if distance else None
            if distance and (stand_in is None or not re.fullmatch(r"\s*,\s*", text[stand_in.end:distance.start()])):
                continue    # "situado a cinco kilómetros de X, en T" with no place before: X is no more than the reference
            named = self.kind.match(text, m.end).end()
            link = self.located.match(text, named)
            area = area_at(ctx, link.end()) if link else None
            relative = self.relative.search(text, m.end, named + 8) if area is not None else None
            told = relative is not None and relative.end() == named
            part = self.area_part.match(text, named) if area is None else None
            if part:
                # "in the southeast of Pará state": the part of an area is in it.
                link, area = part, ctx.mention_at(part.end(), PLACE)
            of_area = self.of_area.match(text, named) if area is None else None
            if of_area:
                link, area = of_area, ctx.mention_at(of_area.end(), PLACE)
                told = area is not None     # "the Sora valley of Sonora state": the area named with its level
            one_of = self.one_of.match(text, named)
            if one_of and (area is None or area.start > one_of.end()):
                # "X, one of Oruro's largest mines": the area whose mines X is one of.
                owner = ctx.mention_at(one_of.end(), PLACE)
                if owner is not None and re.match(r"[’']s\b", text[owner.end:owner.end + 2]):
                    link, area = one_of, owner
            one_of = self.one_of_in.match(text, named) if area is None or area.start > named + 2 else None
            owner = ctx.mention_at(one_of.end(), PLACE) if one_of else None
            if owner is not None and ctx.entities[owner.entity].subclass == "AdministrativeArea":
                link, area = one_of, owner
            poss = self.possessive.match(text[area.end:area.end + 14]) if area is not None else None
            if poss:
                # "in Peru's Cusco region": the area after the country's possessive (a country typing gave no level
                # too: "in Zambia's Copperbelt Province").
                inner_area = ctx.mention_at(area.end + poss.end(), PLACE)
                if inner_area is not None and (ctx.entities[area.entity].level == "country"
                                               or ctx.entities[inner_area.entity].subclass == "AdministrativeArea"):
                    area = inner_area
            if link and area is None:
                # "lies in the province of Islay" where the name itself is "province of Islay".
                area = next((x for x in ctx.in_sentence(m.sent, PLACE) if m.end < x.start < link.end() < x.end), None)
            if area is None and self.g.area_inside.search(m.text[-12:]):
                # "the Cotabambas province of the southern Apurímac region", "the Kenora District of northwestern
                # Ontario": an area told with its level lies in the place its "of" names, whatever typing made that.
                link = self.g.area_of.match(text, m.end)
                area = ctx.mention_at(link.end(), PLACE) if link else None
                told = area is not None
            level_after = self.g.area_after.match(text, m.end)
            if area is None and level_after:
                # "the Poopó province of Oruro": the level word outside the name, then "of".
                link = self.g.area_of.match(text, level_after.end())
                area = ctx.mention_at(link.end(), PLACE) if link else None
                # "the Iglesia department of San Juan province": both levels told, the text says which
                # holds which, whatever the levels rank elsewhere (a department is in a province here).
                told = area is not None and bool(self.g.area_after.match(text, area.end))
            if area is None or area.entity == m.entity or area.sent != m.sent:
                continue
            beyond = self._area_beyond(ctx, area) if ctx.entities[area.entity].subclass == "NaturalFeature" else None
            if beyond is not None and beyond.entity != m.entity:
                # "a deposit in the Cordillera Central, in San Juan province": the area the range lies in holds it too.
                link, area = self.located.match(text, self.kind.match(text, area.end).end()) or link, beyond
            if m.text.isupper() and len(m.text) > 3 and link.group(0).strip() == "," and \
                    (not self.dateline_locates or ctx.entities[area.entity].level == "country"):
                continue    # a dateline ("IBAGUÉ, Colombia (AP) —") says where the story was filed; where a language's
                # annotators read its town in its region ("PENONOMÉ, Coclé."), still not in its country
            levels_differ = m.entity in ranks and area.entity in ranks and ranks[m.entity] != ranks[area.entity]
            if link.group(0).strip() == "," and not levels_differ and (self.list_next.match(text, area.end) and ctx.mention_at(self.list_next.match(text, area.end).end(), PLACE)
                                                 or self.plural_level.search(text, max(0, m.start - 40), m.start)
                                                 or self._in_list(ctx, placed[i - 1] if i else None, m, area, ranks)):
                continue    # "the provinces of A, B, C and D": items of one list, not one inside the next (unless
                # their levels differ: "in the districts of A and B, C province, D region")
            inner, outer = ctx.entities[m.entity], ctx.entities[area.entity]
            r_in, r_out = ranks.get(inner.id), ranks.get(outer.id)
            if re.search(r"[–—]", link.group(0)):
                # A heading runs from the larger area to the smaller: "ÁNCASH – Huaraz province".
                if r_in is None or r_out is None or r_in >= r_out:
                    continue
                inner, outer, r_in, r_out = outer, inner, r_out, r_in
                self._fact(ctx, "LOCATED_IN", inner.id, outer.id, m.sent, "located_in.heading", 0.6)
                continue
            # "the province of Chumbivilcas (Cusco)": a name that is a city and a region is the region here;
            # so is one the text names with its level ("in the Lima region of Peru").
            outer_level = self.g.area_after.match(text, area.end)
            region_named = r_in in (2, 3) and (self.lex.by_key.get(key(outer.name) + " region") or outer_level)
            # "the X nickel mine in El Estor": a site lies in the town it is named in, too.
            town = outer.subclass == "Settlement" and inner.subclass in SITES
            level_link = self.g.area_before.search(link.group(0))
            if level_link and outer.subclass == "Settlement" and inner.subclass == "AdministrativeArea":
                # "el distrito de Puerto Jiménez, cantón de Golfito": the link tells the level of an area typing read as a town.
                r_out = AREA_RANK[self.g.area_levels[level_link.group("level").lower()]]
                told = told or r_in is None or r_in >= r_out
            if link.group(0).strip() == "(" and re.match(r"\s*\)", text[area.end:]) and inner.subclass == "AdministrativeArea":
                told = True     # "el distrito de Ocuviri (Lampa)": the area in parentheses holds the one before
            if outer.subclass != "AdministrativeArea" and not region_named and not town and not told or inner.level == "country":
                continue
            if town:
                r_out = 3.5
            if region_named and outer.subclass != "AdministrativeArea":
                r_out = AREA_RANK[self.g.area_levels[outer_level.group("level").lower()]] if outer_level else 1
            if r_in is not None and r_out is not None and r_in < r_out and self.g.located_down.match(link.group(0)):
                # "Provincia de Carabaya, distrito de Corani": a heading that runs down to the smaller area.
                self._fact(ctx, "LOCATED_IN", outer.id, inner.id, m.sent, "located_in.heading", 0.6)
                continue
            if r_in is not None and r_out is not None and r_in < r_out and link.group(0).strip() == "," \
                    and self._level_told(ctx, m) and self._level_told(ctx, area):
                # "Huari province, San Marcos district": each told with its level, the larger first, so the
                # comma runs down to the smaller area.
                self._fact(ctx, "LOCATED_IN", outer.id, inner.id, m.sent, "located_in.levels_down", 0.6)
                continue
            if r_in is not None and r_in == r_out and self.g.area_before.search(link.group(0)):
                told = True     # "el cantón X, municipio de Y": areas of one rank, the link names the larger's level
            if r_in is not None and r_out is not None and r_in <= r_out and not told:
                continue
            items = [stand_in] if stand_in is not None else \
                sorted([m] + self._list_before(ctx, m, placed[:i], ranks, bool(self.plural_kind.match(text, m.end))),
                       key=lambda x: x.start)
            areas = ctx.list_from(area, PLACE, self.list_gap) if len(items) > 1 else [area]
            if len(areas) == len(items) > 1 and all(ctx.entities[a.entity].subclass == outer.subclass for a in areas) \
                    and len({ranks.get(a.entity) for a in areas}) == 1:     # not "A and B, C province, D region"
                # "the A and B mines in P and Q": each in its own area, in the order named.
                for item, each in zip(items, areas):
                    self._fact(ctx, "LOCATED_IN", item.entity, each.entity, m.sent, "located_in.respectively", 0.5)
                continue
            for item in items:
                self._fact(ctx, "LOCATED_IN", self._place_of(ctx, item), outer.id, m.sent, "located_in", 0.6)

    def _place_of(self, ctx: Context, m: Mention) -> str:
        """What lies in the area: for a community ("la comunidad de Yucunani, municipio de S"), the place the
        report names it after (a Place of the name its words end in), where there is one; else the mention's own."""
        e = ctx.entities[m.entity]
        if e.subclass != "Community" or not (self.community_place or self.settled_aside.match(ctx.report.text, m.end)):
            return e.id
        words = key(e.name).split()
        named = [p.id for p in ctx.entities.values() if p.cls == "Place" and p.subclass in ("Settlement", "AdministrativeArea")
                 and len(key(p.name).split()) < len(words) and words[-len(key(p.name).split()):] == key(p.name).split()]
        if named:
            return named[0] if len(named) == 1 else e.id
        village = self.community_village.fullmatch(m.text)
        if village is None:
            return e.id
        # "la comunidad de Las Lajitas, del corregimiento de B" with no Place of that name: the village is one.
        start = m.start + village.start("place")
        name = village.group("place")
        ident = entity_id(self.onto.classes["Place"].id_prefix, name)
        place = ctx.entities.setdefault(ident, Entity(ident, "Place", "Settlement", name))
        mention = Mention(start, m.end, name, "group", sent=m.sent, cls="Place", subclass="Settlement", entity=ident)
        place.mentions.append(mention)
        ctx.add_mentions(mention)
        return ident

    def _level_told(self, ctx: Context, m: Mention) -> bool:
        """Whether the text names the area with its level word after it ("Huari province")."""
        return bool(self.g.area_after.match(ctx.report.text, m.end) or self.g.area_inside.search(m.text[-12:]))

    def _area_beyond(self, ctx: Context, feature: Mention) -> Mention | None:
        """The administrative area a natural feature is placed in right after its name ("the Cordillera
        Central, in San Juan province", "the Sierra Tarahumara of Chihuahua state")."""
        text = ctx.report.text
        after = self.kind.match(text, feature.end).end()
        link = self.located.match(text, after) or self.of_area.match(text, after)
        area = ctx.mention_at(link.end(), PLACE) if link else None
        return area if area is not None and area.sent == feature.sent and ctx.entities[area.entity].subclass == "AdministrativeArea" else None

    def _in_list(self, ctx: Context, prev: Mention | None, m: Mention, area: Mention, ranks: dict[str, int]) -> bool:
        """"A, B, C": B is an item of a list of places of one kind when A, B and C are all of it."""
        items = [x for x in (prev, m, area) if x is not None]
        kinds = {ctx.entities[x.entity].subclass for x in items}
        levels = {ranks[x.entity] for x in items if x.entity in ranks}
        return prev is not None and prev.sent == m.sent and len(kinds) == 1 and len(levels) <= 1 \
            and bool(self.list_gap.match(ctx.report.text[prev.end:m.start]))

    def _list_before(self, ctx: Context, last: Mention, earlier: list[Mention], ranks: dict[str, int],
                     one_kind: bool = False) -> list[Mention]:
        """The items before `last` of the list it closes ("Sorochuco and Huasmín (province of X)"); with `one_kind` (a
        plural kind noun closes it: "the A and B projects in P") of whatever subclass typing gave each."""
        out, cur = [], last
        for m in reversed(earlier):
            if m.end > cur.start or m.sent != cur.sent:
                continue
            kinds = {ctx.entities[m.entity].subclass, ctx.entities[cur.entity].subclass}
            # "the A mine and the B concentrator in P": sites of a list, each in P, whatever kind of site each is.
            named = self.kind.match(ctx.report.text, m.end).end() if kinds <= SITES else m.end     # "the A mine and"
            if not self.list_gap.match(ctx.report.text[named:cur.start]) or not one_kind and len(kinds) > 1 and not kinds <= SITES:
                break
            if ranks.get(m.entity, -1) != ranks.get(cur.entity, -1) and m.entity in ranks and cur.entity in ranks:
                break       # "district of A, province of B, C": a chain of areas, each in the next, not a list
            out.append(m)
            cur = m
        return out
