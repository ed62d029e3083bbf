"""Ownership read from how shares and units are told, a mixin of loaders/ownership_clauses.py's OwnershipClauses
(needs its `_mentions_of`, `_subjects`, `_short_name`, `_fact` and word sets): "D is a subsidiary of C", "D, C's
Philippine subsidiary", "a joint venture between A and B", "an 80% interest", "in which A holds 80 percent", "the
remaining 40% is held by D"; and `fits`, whether a body may own or run what a clause says."""
from __future__ import annotations

import re

from loaders.model import Context, Mention
from loaders.relation_rules import ORG


def fits(ctx: Context, company: Mention, place: Mention, kind: str = "operates", untyped: bool = False,
         state: bool = False, shares: bool = False) -> bool:
    """Whether a company (or, `untyped`, a body typing left without a subclass; or, `state`, a government that a
    phrase names among a company's owners) may own or run the place (or company)."""
    owned = ctx.entities[place.entity].subclass
    owner = ctx.entities[company.entity]
    if state and owner.subclass == "GovernmentBody" and kind == "owns" and owned == "Company":
        return True     # "a joint venture of the Government of X and C": states hold shares in companies
    if shares and owner.subclass in ("Community", "CivilSocietyOrganization") and kind == "owns" and owned == "Company":
        return True     # "The Mmakau Community Trust holds 26% of C": a share told in figures, held by a community body
    return (owner.subclass == "Company" or untyped and owner.subclass is None and owner.cls == "Organization") and \
        (owned in ("Mine", "Port", "Road", "Facility") or (kind == "owns" and owned == "Company"))


# A share told in figures ("60%", "40 percent"): the sentences a remaining share is the rest of.
SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)")


class ShareClauses:
    """The share and unit clauses of OwnershipClauses."""

    def _unit_of(self, ctx: Context, noun, sent_i: int) -> None:
        """"D, which holds the concession, is a subsidiary of C": C owns the company that is the copula's subject, past
        what stands between (an apposition's "D, a subsidiary of C" is the phrase rules' of loaders/ownership.py); "D,
        C's Philippine subsidiary": C, the possessive of the unit noun in apposition to D, owns D."""
        named = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "NNP"] if noun.dep_ == "appos" else []
        if named:
            owners = [m for c in named for m in self._mentions_of(ctx, c, ORG) or self._short_name(ctx, c)]
            owned = [m for m in self._mentions_of(ctx, noun.head, ORG) if m not in owners]
        elif noun.dep_ != "attr" or noun.head.lower_ not in self.copulas:
            return
        else:
            owners = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, ORG)]
            owned = [m for c in self._subjects(noun.head) if c.tag_ == "NNP" for m in self._mentions_of(ctx, c, ORG)]
        for owner in owners[:1]:
            for company in owned[:1]:
                if owner.entity != company.entity and fits(ctx, owner, company, "owns"):
                    self._fact(ctx, "OWNS", owner.entity, company.entity, sent_i, "owns.unit_of", 0.7)


    def _venture_of(self, ctx: Context, noun, sent_i: int) -> None:
        """"C is a 50-50 joint venture between A and B": each company after the preposition owns the copula's subject
        (however the venture is described: a share, a nationality); "the Y Joint Venture, a partnership of A (70%) and
        B (30%)": in apposition, of the name it stands beside."""
        apposed = noun.dep_ == "appos"
        if not apposed and (noun.dep_ != "attr" or noun.head.lower_ not in self.copulas):
            return
        owners = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in self.venture_preps
                  for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, ORG)]
        owned = (self._mentions_of(ctx, noun.head, ORG) if apposed else
                 [m for c in self._subjects(noun.head) for m in self._mentions_of(ctx, c, ORG)])[:1]
        # "... of A (70%) and the trading house B (30%)": the parse hangs B from the venture's name (apposed) or, past a
        # relative clause ("of A, which holds 70%, and B, which holds the rest"), from the copula; not a verb of its own.
        owners += [m for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and (apposed or not c.tag_.startswith("VB"))
                   for m in self._mentions_of(ctx, c, ORG)]
        for owner in owners:
            for company in owned:
                if owner.entity != company.entity and fits(ctx, owner, company, "owns", state=True):
                    self._fact(ctx, "OWNS", owner.entity, company.entity, sent_i, "owns.venture_of", 0.7)


    def _remainder_of(self, ctx: Context, verb, sent_i: int) -> list[Mention]:
        """"C bought 60% of X in 2018; the remaining 40% is held by D": a remaining share's holder owns what the owner
        read last, in this sentence or the one before, owns (relations.yaml clause_words `remainder_words`)."""
        if not any(c.dep_ == "nsubjpass" and c.lower_ in self.share_nouns and any(a.lower_ in self.remainder for a in c.children)
                   for c in verb.children):
            return []
        said = {ctx.sentence(i) for i in (sent_i - 2, sent_i - 1, sent_i) if i >= 0 and SHARE.search(ctx.sentence(i))}
        last = next((f for f in reversed(ctx.facts) if f.type == "OWNS" and f.evidence in said), None)
        return [m for m in ctx.mentions if last is not None and m.entity == last.end][:1]


    def _share_stake(self, noun) -> bool:
        """"an 80% interest", "a 30 percent interest": a noun that is a stake only with a share before it (relations.yaml
        `share_stake_nouns`; "an interest in the talks" is none)."""
        return noun.lower_ in self.share_stakes and any(
            c.dep_ in ("compound", "nummod", "amod") and (c.lower_ in self.share_nouns or c.like_num) for c in noun.children)


    def _stake_relative(self, verb) -> bool:
        """The verb of a relative clause opened by a stake's preposition and a relative pronoun ("in which")."""
        return verb.dep_ == "relcl" and any(p.dep_ == "prep" and p.lower_ in self.stake_preps and any(
            o.dep_ == "pobj" and o.lower_ in self.relative_pronouns for o in p.children) for p in verb.children)
