"""Where places are, told by one cue other than a place beside its area: an apposition that describes the place
("X, a village of 400 people in T"), a site near a town, a site noun standing for a site named before, a capital
told only by its area's level."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.locations import SITES, area_at, area_ranks
from loaders.model import Context, Mention
from loaders.relation_rules import PLACE, RuleSet, site_named_before


class LocationCues(RuleSet):
    """LOCATED_IN from a place's description, a site's nearness to a town, a site noun, a capital's level."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        # "X, a village of 400 people in T": the prepositions of an apposition's area (relations.yaml
        # `located_description_in`; a language without it reads none).
        self.description_in = set(r.get("located_description_in") or [])
        self.close_to = re.compile(r.get("located_close_to") or "(?!)", re.I)
        self.communities_of = re.compile(r.get("located_communities_of") or "(?!)", re.I)
        # "the open-pit mine, located in the district of T": a site noun standing for the site named before, then a
        # verb that places it (relations.yaml `located_site_noun`, `clause_words.site_anaphora`).
        self.site_noun_link = re.compile(r.get("located_site_noun") or "(?!)", re.I)
        self.site_anaphora = (r.get("clause_words") or {}).get("site_anaphora") or {}
        # "trasladados a Macas, capital provincial,": a capital told only by its area's level lies in the area of that
        # level named last before it (relations.yaml `capital_of_level`; a language without it reads none).
        capital = r.get("capital_of_level") or {}
        self.capital = re.compile(capital.get("after", "(?!)"), re.I)
        self.capital_levels = capital.get("levels") or {}

    def __call__(self, ctx: Context) -> None:
        self.described_in(ctx)
        self.sites_near_towns(ctx)
        self.site_nouns_located(ctx)
        self.capitals_of_level(ctx)

    def site_nouns_located(self, ctx: Context) -> None:
        """"closing the open-pit mine, located in the district of T": the site the noun stands for lies in T."""
        text = ctx.report.text
        for sent_i, sent in enumerate(ctx.sents):
            for noun in sent:
                link = self.site_noun_link.match(text, noun.idx + len(noun.text)) if noun.lower_ in self.site_anaphora else None
                area = ctx.mention_at(link.end(), PLACE) if link else None
                if area is None or ctx.entities[area.entity].subclass != "AdministrativeArea":
                    continue
                for site in site_named_before(ctx, noun, self.site_anaphora):
                    self._fact(ctx, "LOCATED_IN", site.entity, area.entity, sent_i, "located_in.site_noun", 0.55)

    def capitals_of_level(self, ctx: Context) -> None:
        """"trasladados a Macas, capital provincial,": the capital lies in the last area before it that the text calls
        by that level ("la provincia amazónica de Morona Santiago")."""
        text = ctx.report.text
        for m in ctx.mentions:
            told = self.capital.match(text, m.end) if m.entity and ctx.cls_of(m) == "Place" else None
            if told is None:
                continue
            level = re.compile(rf"\b{self.capital_levels[told.group('level').lower()]}\b[^,.;]{{0,25}}?\s(?:de|del)\s+\Z", re.I)
            area = next((a for a in reversed(ctx.mentions) if a.end <= m.start and a.entity and a.entity != m.entity
                         and ctx.entities[a.entity].subclass == "AdministrativeArea"
                         and level.search(text, max(0, a.start - 40), a.start)), None)
            if area is not None:
                self._fact(ctx, "LOCATED_IN", m.entity, area.entity, m.sent, "located_in.capital", 0.6)

    def sites_near_towns(self, ctx: Context) -> None:
        """"the X gold project near Apatou", "the Y shipping terminal near the town of T": a mine, port or
        facility near a town lies in it, as the gold reads it (not a road, which runs past many; not a river).
        "a dialogue table on the X project with the communities of the district of T": it lies where its communities do."""
        for m in ctx.mentions:
            if not m.entity or ctx.cls_of(m) != "Place" or ctx.entities[m.entity].subclass not in SITES - {"Road"}:
                continue
            near = self.close_to.match(ctx.report.text, m.end)
            link = near or self.communities_of.match(ctx.report.text, m.end)
            place = ctx.mention_at(link.end(), PLACE) if link else None
            kinds = ("Settlement",) if near else ("Settlement", "AdministrativeArea")
            if place is not None and place.sent == m.sent and place.entity != m.entity \
                    and ctx.entities[place.entity].subclass in kinds:
                self._fact(ctx, "LOCATED_IN", m.entity, place.entity, m.sent, "located_in.near", 0.5)

    def described_in(self, ctx: Context) -> None:
        """"San Pedro, a Q'eqchi' village of about 400 people in the Toledo District", "the Corrales mine, a small
        tin operation in Sud Lípez province": the area a place's apposition says it is in, read from the parse
        (past the description's own "of" phrases, never into a clause of its own)."""
        if not self.description_in:
            return
        ranks = area_ranks(ctx, self.g)
        for m in ctx.mentions:
            if not m.entity or ctx.cls_of(m) != "Place" or ctx.entities[m.entity].level == "country":
                continue
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            noun = span.root.head if span.root.dep_ == "compound" else span.root
            for appos in (c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.tag_ == "NN"
                          and self._set_off(c)):
                area = self._area_in_description(ctx, appos)
                if area is None or area.entity == m.entity:
                    continue
                r_in, r_out = ranks.get(m.entity), ranks.get(area.entity)
                if r_in is None or r_out is None or r_out < r_in:
                    self._fact(ctx, "LOCATED_IN", m.entity, area.entity, m.sent, "located_in.description", 0.55)

    @staticmethod
    def _set_off(appos) -> bool:
        """Whether the apposition ends at a comma or the sentence's end: "La Curva, the regional health office in
        Arequipa said" is a clause's subject the parse hung from the name before it."""
        after = appos.right_edge.i + 1
        return after >= appos.sent.end or appos.doc[after].text in (",", ";", ".", ")")

    def _area_in_description(self, ctx: Context, appos) -> Mention | None:
        """The first area after one of the description's `description_in` prepositions, through its nouns and
        their "of"/"in" phrases only."""
        todo = [appos]
        while todo:
            tok = todo.pop(0)
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in self.description_in:
                    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                    area = area_at(ctx, pobj.left_edge.idx) if pobj is not None else None
                    if area is not None and ctx.entities[area.entity].subclass == "AdministrativeArea":
                        return area
                if c.dep_ in ("prep", "pobj") and not c.tag_.startswith("VB"):
                    todo.append(c)
        return None
