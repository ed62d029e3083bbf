"""The operator a report tells only by naming it beside its one mine.

"Los trabajadores de la mina X cumplieron su tercer día de huelga ... la negociación entre el sindicato de Minera C
y la empresa, controlada por la australiana P": a report about one mine that names one company besides the
companies owning it, and no phrase that says who runs the mine, is about that company's mine.
A language whose relations.yaml lacks `sole_operator` reads none.
"""
from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.model import Context
from loaders.relation_rules import RuleSet

SITE_LINKS = ("OPERATES", "OWNS")


class SoleOperator(RuleSet):
    """OPERATES between a report's only mine and its only company that owns no other company."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.enabled = bool(r.get("sole_operator"))

    def __call__(self, ctx: Context) -> None:
        if not self.enabled:
            return
        mines = [e for e in ctx.entities.values() if e.subclass == "Mine" and e.mentions]
        if len(mines) != 1 or any(f.type in SITE_LINKS and f.end == mines[0].id for f in ctx.facts):
            return
        parents = {f.start for f in ctx.facts if f.type == "OWNS" and ctx.entities[f.end].subclass == "Company"}
        companies = [e for e in ctx.entities.values() if e.subclass == "Company" and e.mentions and e.id not in parents]
        if len(companies) != 1:
            return
        first = min(companies[0].mentions, key=lambda m: m.start)
        self._fact(ctx, "OPERATES", companies[0].id, mines[0].id, first.sent, "operates.sole_company", 0.4)
