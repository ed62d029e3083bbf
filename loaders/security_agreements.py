"""Security agreements between forces and companies ("under a convenio with X, police guard the mine"): who
provides security to whom, and where the force lodged by the company is based.

A mixin of loaders/command.py's Command (needs its `agreement`, `guard`, `lodged` and `with_party` patterns and
RuleSet's `_phrases` and `_fact`), whose call runs `security` after the bases.
"""
from __future__ import annotations

import re

from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PLACE


class SecurityAgreements:
    def security(self, ctx: Context) -> None:
        """"Under a convenio with X, police guard the mine and live on company property": the
        force provides security to the company by that agreement, and is based on its property."""
        text = ctx.report.text
        done: set[int] = set()
        for m, sent in self._phrases(ctx, self.agreement):
            if sent in done:
                continue
            span = ctx.sents[sent]
            guard = self.guard.search(text, span.start_char, span.end_char)
            lodged = self.lodged.search(text, span.start_char, span.end_char)
            if not guard and not lodged:
                continue
            here = ctx.in_sentence(sent, ORG)
            unit = next((x for x in here if ctx.entities[x.entity].subclass in ("PoliceUnit", "MilitaryUnit")), None)
            company = self._party(ctx, m, sent, here)
            if unit is None or company is None:
                continue
            done.add(sent)
            word = "convenio" if re.search(r"\bconvenios?\b", span.text, re.I) else m.group(0).lower()
            self._fact(ctx, "PROVIDES_SECURITY_TO", unit.entity, company, sent, "security.agreement", 0.75,
                       agreement=word)
            if not lodged:
                continue
            place = self._guarded_place(ctx, company, sent, [c for c in (lodged, guard) if c])
            if place is None:
                continue
            ctx.facts = [f for f in ctx.facts if not (f.type == "BASED_AT" and f.start == unit.entity
                                                      and f.evidence == ctx.sentence(sent))]
            self._fact(ctx, "BASED_AT", unit.entity, place, sent, "based_at.agreement", 0.75,
                       on_property_of=ctx.entities[company].name)

    def _party(self, ctx: Context, agreement: re.Match, sent: int, here: list[Mention]) -> str | None:
        """The company of an agreement: named after "with"/"between", else the first company of
        the sentence, else the one "the company" points back to."""
        def company(x: Mention | None) -> bool:
            return x is not None and ctx.entities[x.entity].subclass == "Company"
        found = self.with_party.match(ctx.report.text, agreement.end())
        party = ctx.mention_at(found.end(), ORG) if found else None
        if company(party) and party.source != "anaphora":
            return party.entity
        named = [x for x in here if company(x)]
        named.sort(key=lambda x: x.source == "anaphora")
        return named[0].entity if named else None

    def _guarded_place(self, ctx: Context, company: str, sent: int, cues: list[re.Match]) -> str | None:
        """Where a force lodged by a company is: the place the company runs, else the place
        named after "live on"/"guard" ("guard the mine")."""
        for f in ctx.facts:
            if f.type in ("OPERATES", "OWNS") and f.start == company and ctx.entities[f.end].cls == "Place":
                return f.end
        places = ctx.in_sentence(sent, PLACE)
        for cue in cues:
            found = next((p for p in places if p.start >= cue.end()), None)
            if found is not None:
                return found.entity
        return None
