"""A company told again by the distinctive words of its name ("Tidewater" after "Tidewater Gold Corp",
"Cinti Norte" after "Minera Cinti Norte"), where typing read those words as a town: the mentions are the
company's, so a title "de Tidewater" is a post in the company. Reports name a company in full once and
by its short name after; a town a company is named for keeps its own name only where the report places
it (a gazetteer entry, an area) or names it before the company.

The generic words of company names are the language's relations.yaml `company_words`; a language
without `company_short_names` reads none.
"""
from __future__ import annotations

from loaders.lexicon import Lexicon, key
from loaders.model import Context, Entity
from loaders.relation_rules import RuleSet


class CompanyShortNames(RuleSet):
    """Merges a short name typed a town (or a body of its own) into the one company whose name's distinctive words it is."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.active = bool(r.get("company_short_names"))
        self.generic = {key(w) for w in r.get("company_words") or []}

    def __call__(self, ctx: Context) -> None:
        if not self.active:
            return
        distinctive = [(c, self._distinctive(c)) for c in ctx.entities.values() if c.subclass == "Company" and c.mentions]
        # "Aurelia" after "Aurelia Resources plc", where NER read a body of its own (typed a company or nothing).
        towns = [e for e in ctx.entities.values() if not e.entry and e.mentions and (
            e.cls == "Place" and e.subclass in ("Settlement", None) or e.cls == "Organization" and e.subclass in ("Company", None))]
        for town in towns:
            words = key(town.name).split()
            owners = [c for c, short in distinctive if short == words]
            if len(owners) == 1 and min(m.start for m in owners[0].mentions) < min(m.start for m in town.mentions):
                self._merge(ctx, town, owners[0])

    def _distinctive(self, company: Entity) -> list[str]:
        """The words of a company's name that are not generic ("tidewater" of "Tidewater Gold Corp")."""
        words = [w for w in key(company.name).split() if w not in self.generic]
        return words if len(words) < len(key(company.name).split()) else []

    @staticmethod
    def _merge(ctx: Context, town: Entity, company: Entity) -> None:
        for m in town.mentions:
            m.entity, m.cls, m.subclass = company.id, company.cls, company.subclass
        company.mentions.extend(town.mentions)
        if town.name not in company.aliases:
            company.aliases.append(town.name)
        del ctx.entities[town.id]
        ctx.facts = [f for f in ctx.facts if town.id not in (f.start, f.end)]
