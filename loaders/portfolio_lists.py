"""The portfolio lists of a report: "the ministers of Environment, A, and Commerce, B", one sentence
naming several ministers each after the ministry they head. Reading one is a pass of its own — an opener,
items matched one by one, a name NER missed made a person, the ministry found or made for each portfolio —
which shares with the title rules only the body a portfolio names (`_portfolio_body`, which
loaders/position_owners.py also calls). A mixin of loaders/positions.py's Positions (needs its `lex`, `g`,
`onto` and `_fact`)."""
from __future__ import annotations

import dataclasses
import re

from graph.ids import entity_id
from loaders.lexicon import key
from loaders.model import Context, Entity, Mention
from loaders.relation_rules import PERSON
from loaders.resolve import gazetteer_entity, national_id

# A person's name in a list item: two to four capitalised words before a comma or "and".
LISTED_NAME = re.compile(r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+(?:\s+(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+){1,3}(?=\s*,|\s+and\b)")


class PortfolioLists:
    def _portfolio_setup(self, words: dict) -> None:
        # roles.yaml `portfolio_list`; a language without it reads no lists.
        listed = words.get("portfolio_list")
        self.portfolio_opener = re.compile(listed["opener"], re.I) if listed else None
        self.portfolio_body = listed.get("body") if listed else None
        if listed:
            # One item: its preposition as written ("of the ", "del "), the portfolio's capitalised words (small
            # joining words between: "Mining and Energy", "Ecología y Gestión Ambiental"), a comma; then the
            # list's "and" before the next item.
            word = r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+"
            self.portfolio_item = re.compile(rf"(?P<prep>{listed['prep']})?(?P<article>{listed.get('article') or '(?!)'})?(?P<portfolio>{word}(?:\s+(?:(?:{listed['inner']})\s+)?{word}){{0,3}})\s*,\s*", re.I)
            self.portfolio_next = re.compile(rf"\s*,?\s*(?:(?:{listed['and']})\s+)?(?=(?:{listed['prep']})|(?:{listed.get('article') or '(?!)'})|(?-i:[A-Z\u00C0-\u00DE]))", re.I)
            self.portfolio_kinds = {k.lower(): v for k, v in listed["kinds"].items()}

    def portfolios(self, ctx: Context) -> None:
        """"the ministers of Environment, A, and Commerce, B": each person holds the ministry of
        the portfolio named before them (the country's own where the gazetteer knows it)."""
        if self.portfolio_opener is None:
            return
        text = ctx.report.text
        for opener in self.portfolio_opener.finditer(text):
            pos, prep = opener.end(), ""
            kind = self.portfolio_kinds[opener.group("noun").lower()]     # "ministros" → Ministerio, "secretarios" → Secretaría
            while True:
                item = self.portfolio_item.match(text, pos)
                person = ctx.mention_at(item.end(), PERSON) if item else None
                if person is None and item is not None:
                    person = self._listed_name(ctx, item.end())
                if person is None or ctx.cls_of(person) != "Person":
                    break
                # "ministers of Mines, A, and of the Interior, B": each item's own preposition; one elided in
                # coordination ("of Environment, A, and Commerce, B", "of Public Works, A, and the Interior, B")
                # is the item's before; the article is the item's own.
                prep = re.sub(r"\s+", " ", item.group("prep")) if item.group("prep") else prep
                written = prep + re.sub(r"\s+", " ", item.group("article") or "")
                words = {"prep": written, "portfolio": item.group("portfolio")}
                body = self._portfolio_body(ctx, item.group("portfolio"), item.start("portfolio"), person.sent,
                                            kind["body"].format(prep=written, portfolio="{portfolio}"))
                self._fact(ctx, "HOLDS_POSITION", person.entity, body, person.sent, "position.portfolio_list", 0.75,
                           title=kind["title"].format(**words).lower())
                self._fact(ctx, "HEADS", person.entity, body, person.sent, "position.portfolio_list", 0.7)
                more = self.portfolio_next.match(text, person.end)
                if more is None:
                    break
                pos = more.end()

    def _listed_name(self, ctx: Context, pos: int) -> Mention | None:
        """A minister's name in a portfolio list that NER did not see ("of Mining, Jaime Quispe,
        Government, ..."): the capitalised words up to the next comma, a person (the list says so)."""
        name = LISTED_NAME.match(ctx.report.text, pos)
        if name is None or any(m.start < name.end() and name.start() < m.end for m in ctx.mentions if m.entity):
            return None
        text = name.group(0)
        ident = entity_id(self.onto.classes["Person"].id_prefix, text)
        mention = Mention(name.start(), name.end(), text, "ner", sent=ctx.sent_of(pos), label="PERSON", cls="Person", entity=ident)
        entity = ctx.entities.setdefault(ident, Entity(ident, "Person", None, text))
        entity.mentions.append(mention)
        ctx.add_mentions(mention)
        return mention

    def _portfolio_body(self, ctx: Context, portfolio: str, start: int, sent: int, body: str | None = None,
                        absorb: bool = True) -> str:
        """The body `body` (the ministry template by default) names for `portfolio`, told at `start`: the gazetteer's,
        the one the report names, else a new one; with `absorb`, a mention inside the portfolio's words is the body's
        (without, as for a region's government, the place keeps its own)."""
        where = Mention(start, start + len(portfolio), portfolio, "title", sent=sent)
        name = (body or self.portfolio_body).format(portfolio=portfolio)
        known = self.lex.entry(self.lex.portfolios.get(portfolio.lower())) or self.lex.entry(name)
        if known is not None and known.country in (None, ctx.country):
            ident = gazetteer_entity(ctx, self.lex, known.name, where).id
        else:
            # The body the report names in full elsewhere ("informó el Ministerio de Gobierno",
            # "the Ministry of Mines" by a name or an alias) is this one.
            same = next((e.id for e in ctx.entities.values() if e.cls == "Organization" and
                         key(name) in {key(n) for n in (e.name, *e.aliases)}), None)
            # ... or by its name and the body it belongs to ("la Secretaría de Gestión Social y Diálogo de la PCM").
            same = same or next((e.id for e in ctx.entities.values() if e.cls == "Organization" and any(
                key(n).startswith(key(name)) and self.g.part_of_gap.match(key(n)[len(key(name)):])
                for n in (e.name, *e.aliases) if len(key(n)) > len(key(name)))), None)
            ident = same or national_id(name, self.lex, ctx.country, self.onto.classes["Organization"].id_prefix)
            entity = ctx.entities.setdefault(ident, Entity(ident, "Organization", "GovernmentBody", name, country=ctx.country))
            entity.mentions.append(dataclasses.replace(where, entity=ident))
        for m in ctx.mentions if absorb else ():
            # NER's "Commerce" (or "Gestión Ambiental" of "Ecología y Gestión Ambiental") is the portfolio, not a body of its own.
            if start <= m.start and m.end <= where.end and m.entity and m.entity != ident and len(ctx.entities[m.entity].mentions) <= 1:
                ctx.entities.pop(m.entity, None)
                m.entity = ident
        return ident
