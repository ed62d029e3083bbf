"""Relations between entities: positions and heads, lines of command, bases, who operates a mine.

Each rule reads a phrase of loaders/data/relations.yaml or a title of roles.yaml and the
mentions on either side of it, so the sentence it read is the fact's evidence.
"""
from __future__ import annotations

import re
from functools import cache

import yaml

from loaders.lexicon import DATA_DIR, Lexicon
from loaders.model import Context, Fact, Mention
from loaders.resolve import gazetteer_entity

ORG, PERSON, PLACE = ("Organization",), ("Person",), ("Place",)
GAP = re.compile(r"^[\s'‘’\"“”,]*$")


@cache
def _rules() -> dict:
    return yaml.safe_load((DATA_DIR / "relations.yaml").read_text(encoding="utf-8"))


def _alternatives(phrases: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                           for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.I)


class RelationExtractor:
    name = "relations"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        r = _rules()
        self.heads_org_first = _alternatives(r["heads"]["org_then_person"])
        self.heads_person_first = _alternatives(r["heads"]["person_then_org"])
        self.command = [(basis, _alternatives(p)) for basis, p in r["command"].items()]
        self.based = _alternatives(r["based"])
        self.property = [re.compile(p) for p in r["property"]]
        self.located = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:province|region|district|department)\s+of\s+)?")
        self.ownership = [(kind, order, _alternatives(p)) for kind in ("operates", "owns")
                          for order, p in r[kind].items()]

    def __call__(self, ctx: Context) -> Context:
        # Operators first: a base "on company property" names the company that operates the place.
        for rule in (self.operators, self.positions, self.heads, self.commands, self.bases, self.locations):
            rule(ctx)
        return ctx

    def _fact(self, ctx: Context, kind: str, start: str, end: str, sent: int, rule: str,
              confidence: float, **props) -> None:
        if start != end:
            ctx.facts.append(Fact(kind, start, end, ctx.sentence(sent), rule, confidence,
                                  {k: v for k, v in props.items() if v is not None}))

    def _phrases(self, ctx: Context, pattern: re.Pattern):
        for m in pattern.finditer(ctx.report.text):
            yield m, ctx.sent_of(m.start())

    # --- positions: titles in apposition or before a name, or an office named alone ---

    def positions(self, ctx: Context) -> None:
        for role in ctx.roles:
            holder = role.holder
            person = ctx.entity_of(holder)
            if person is None or person.cls != "Person":
                continue
            spec = self.lex.title_spec(role.title.split(" of ")[0]) or self.lex.title_spec(role.title) or {}
            target = self._position_target(ctx, role, spec)
            if target is None:
                continue
            until = ctx.report.published if role.former else None
            self._fact(ctx, "HOLDS_POSITION", person.id, target, role.sent, "position.title", 0.85,
                       title=role.title, until=until)
            if spec.get("heads") and not role.former and (role.body or not spec.get("national")):
                self._fact(ctx, "HEADS", person.id, target, role.sent, "position.heads", 0.7)

    def _position_target(self, ctx: Context, role: Mention, spec: dict) -> str | None:
        if role.body and role.body in self.lex.entries:
            return gazetteer_entity(ctx, self.lex, role.body, role).id
        of = re.match(r"\s+(?:of|at|for)\s+", ctx.report.text[role.end:])
        after = ctx.mention_at(role.end + of.end(), ORG) if of else None
        if after is not None:
            return after.entity
        country = role.country or ctx.country
        if spec.get("national") and country:
            government = self.lex.governments.get(country)
            mentioned = {e.entry: e.id for e in ctx.entities.values() if e.entry}
            if government in mentioned:
                return mentioned[government]
            if role.country and self.lex.countries.get(country) in mentioned:
                return mentioned[self.lex.countries[country]]
            if government:
                return gazetteer_entity(ctx, self.lex, government, role).id
        return None

    # --- heads, command, bases ---

    def heads(self, ctx: Context) -> None:
        for m, sent in self._phrases(ctx, self.heads_org_first):
            org = ctx.nearest_before(m.start(), sent, ORG)
            person = ctx.mention_at(m.end(), PERSON)
            if org and person and GAP.match(ctx.report.text[org.end:m.start()]):
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.led_by", 0.8)
        for m, sent in self._phrases(ctx, self.heads_person_first):
            org = ctx.mention_at(m.end(), ORG)
            person = ctx.nearest_before(m.start(), sent, PERSON)
            if org and person:
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.to_head", 0.75)

    def commands(self, ctx: Context) -> None:
        for basis, pattern in self.command:
            for m, sent in self._phrases(ctx, pattern):
                superior = ctx.mention_at(m.end(), ORG + PERSON)
                subordinate = ctx.nearest_before(m.start(), sent, ORG + PERSON)
                if superior and subordinate:
                    self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent,
                               f"command.{basis}", 0.75, basis=basis)

    def bases(self, ctx: Context) -> None:
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.based):
            org = ctx.nearest_before(m.start(), sent, ORG)
            end = ctx.sents[sent].end_char
            place = next((p for p in ctx.in_sentence(sent, PLACE) if m.end() <= p.start < end), None)
            if not org or not place:
                continue
            self._fact(ctx, "BASED_AT", org.entity, place.entity, sent, "based_at", 0.8,
                       on_property_of=self._owner(ctx, text[m.end():place.start], place, sent))

    def _owner(self, ctx: Context, between: str, place: Mention, sent: int) -> str | None:
        for pattern in self.property:
            found = pattern.search(between)
            if not found:
                continue
            if found.groupdict().get("owner"):
                return found.group("owner")
            company = self._operator_of(ctx, place.entity)
            return ctx.entities[company].name if company else None
        return None

    def _operator_of(self, ctx: Context, place_id: str) -> str | None:
        for f in ctx.facts:
            if f.type in ("OPERATES", "OWNS") and f.end == place_id:
                return f.start
        companies = [e.id for e in ctx.entities.values() if e.subclass == "Company"]
        return companies[0] if len(companies) == 1 else None

    # --- who operates or owns a mine ---

    def operators(self, ctx: Context) -> None:
        text = ctx.report.text
        for kind, order, pattern in self.ownership:
            for m, sent in self._phrases(ctx, pattern):
                # Companies own companies too ("Minera Yanacocha, owned by Newmont").
                owned = PLACE + ORG if kind == "owns" else PLACE
                first = ctx.nearest_before(m.start(), sent, owned if order == "place_then_company" else ORG)
                second = ctx.mention_at(m.end(), ORG if order == "place_then_company" else owned)
                company, place = (second, first) if order == "place_then_company" else (first, second)
                if company and place and self._fits(ctx, company, place, kind):
                    self._fact(ctx, kind.upper(), company.entity, place.entity, sent, f"{kind}.phrase", 0.8)
        for company in (m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == "Company"):
            after = re.match(r"[’']s\s+", text[company.end:])
            place = ctx.mention_at(company.end + after.end(), PLACE) if after else None
            if place and self._fits(ctx, company, place):
                self._fact(ctx, "OPERATES", company.entity, place.entity, company.sent, "operates.possessive", 0.7)
        self._known_operators(ctx)

    def _fits(self, ctx: Context, company: Mention, place: Mention, kind: str = "operates") -> bool:
        owned = ctx.entities[place.entity].subclass
        return ctx.entities[company.entity].subclass == "Company" and \
            (owned in ("Mine", "Port", "Road", "Facility") or (kind == "owns" and owned == "Company"))

    def _known_operators(self, ctx: Context) -> None:
        """The gazetteer's operator of a mine, when the report names both, or the one company of
        a report about one mine when they share a sentence: analysts draw that line too."""
        if any(f.type in ("OPERATES", "OWNS") for f in ctx.facts):
            return
        by_entry = {e.entry: e for e in ctx.entities.values() if e.entry}
        mines = [e for e in ctx.entities.values() if e.subclass == "Mine"]
        companies = [e for e in ctx.entities.values() if e.subclass == "Company"]
        for mine in mines:
            entry = self.lex.entry(mine.entry)
            company = by_entry.get(entry.operator) if entry and entry.operator else None
            if company is None and len(mines) == 1 and len(companies) == 1:
                company = companies[0]
            if company is None:
                continue
            shared = sorted({m.sent for m in mine.mentions} & {m.sent for m in company.mentions})
            if shared or (entry and entry.operator):
                sent = shared[0] if shared else min(m.sent for m in company.mentions)
                self._fact(ctx, "OPERATES", company.id, mine.id, sent,
                           "operates.gazetteer" if entry and entry.operator else "operates.cooccurrence",
                           0.6 if shared else 0.5)

    # --- where places are ---

    def locations(self, ctx: Context) -> None:
        """"Tía María, in Islay province", "Challhuahuacho, Apurímac": a place then the area it is in."""
        text = ctx.report.text
        for m in ctx.mentions:
            if ctx.cls_of(m) != "Place":
                continue
            link = self.located.match(text, m.end)
            area = ctx.mention_at(link.end(), PLACE) if link else None
            if area is None or area.entity == m.entity:
                continue
            inner, outer = ctx.entities[m.entity], ctx.entities[area.entity]
            if outer.subclass == "AdministrativeArea" and inner.level != "country":
                self._fact(ctx, "LOCATED_IN", inner.id, outer.id, m.sent, "located_in", 0.6)
