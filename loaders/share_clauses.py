"""Ownership read from how shares and units are told, a mixin of loaders/ownership_clauses.py's OwnershipClauses
(needs its `_mentions_of`, `_subjects`, `_short_name`, `_fact` and word sets): "D is a subsidiary of C", "D, C's
Philippine subsidiary", "a joint venture between A and B", "an 80% interest", "in which A holds 80 percent", "the
remaining 40% is held by D", "the remaining 25 percent belongs to D", "C holds X through its unit D"; and `fits`,
whether a body may own or run what a clause says."""
from __future__ import annotations

import re

from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PLACE


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


    def _remainder_of(self, ctx: Context, verb, sent_i: int, deps: tuple[str, ...] = ("nsubjpass",)) -> list[Mention]:
        """"C bought 60% of X in 2018; the remaining 40% is held by D", "D holds the remaining 40%", "the remaining
        40% belongs to D" (`deps`: where the share stands): a remaining share's holder owns what the last share told
        in figures, in this sentence or the two before, is of; failing that, what the owner read last there owns
        (relations.yaml clause_words `remainder_words`)."""
        rest = next((c for c in verb.children if c.dep_ in deps and c.lower_ in self.share_nouns
                     and any(a.lower_ in self.remainder for a in c.children)), None)
        if rest is None:
            return []
        shared = self._last_share(ctx, rest, sent_i)
        if shared:
            return shared
        said = {ctx.sentence(i) for i in (sent_i - 2, sent_i - 1, sent_i) if i >= 0 and SHARE.search(ctx.sentence(i))}
        last = next((f for f in reversed(ctx.facts) if f.type == "OWNS" and f.evidence in said), None)
        return [m for m in ctx.mentions if last is not None and m.entity == last.end][:1]

    def _last_share(self, ctx: Context, rest, sent_i: int) -> list[Mention]:
        """What the last share told in figures before the remaining one is of: "60% of X" (its "of"), "X is 85
        percent owned by C" (the copula's subject), "X, in which C holds 80 percent" (the relative's noun)."""
        for i in range(sent_i, max(sent_i - 3, -1), -1):
            shares = [t for t in ctx.sents[i] if t.lower_ in self.share_nouns and t.i < rest.i
                      and any(c.like_num for c in t.children) and not any(c.lower_ in self.remainder for c in t.children)]
            for share in reversed(shares):
                held = next((p for prep in share.children if prep.dep_ == "prep" and prep.lower_ in self.share_of
                             for p in prep.children if p.dep_ == "pobj"), None)
                if held is not None:
                    owned = self._mentions_of(ctx, held, PLACE + ORG)
                elif share.dep_ == "attr" and share.head.lower_ in self.copulas:
                    owned = [m for c in self._subjects(share.head) for m in self._mentions_of(ctx, c, PLACE + ORG)]
                elif share.head.dep_ == "relcl" and self._stake_relative(share.head):
                    owned = self._mentions_of(ctx, share.head.head, PLACE + ORG)
                elif share.head.lower_ in self.stake_nouns or share.head.lower_ in self.share_stakes:
                    # "C has an 80% interest in B": the stake's preposition names what the share is of.
                    owned = [m for prep in share.head.children if prep.dep_ == "prep" and prep.lower_ in self.stake_preps
                             for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, PLACE + ORG)]
                else:
                    continue
                if owned:
                    return owned[:1]
        return []

    def _through_units(self, ctx: Context, verb, owners: list[Mention], stake=None) -> list[Mention]:
        """"X is 85 percent owned by C through its Zambian unit D", "C holds 75 percent of X through its unit, D",
        "the state holds the rest through E": the body after "through" holds what C holds through it (and C owns it);
        "its" there is C's, not the clause subject's (relations.yaml clause_words `through_prepositions`)."""
        heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.lower_ in self.share_nouns]
        if stake is not None:
            # "a stake in B through E": the parse may hang "through" from B, the stake's object.
            heads += [stake] + [p for prep in stake.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        return [m for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ in self.through
                for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, ORG)
                if ctx.entities[m.entity].subclass in (None, "Company") and all(m.entity != o.entity for o in owners)]


    def _share_stake(self, noun) -> bool:
        """"an 80% interest", "a 30 percent interest": a noun that is a stake only with a share before it (relations.yaml
        `share_stake_nouns`; "an interest in the talks" is none)."""
        return noun.lower_ in self.share_stakes and any(
            c.dep_ in ("compound", "nummod", "amod") and (c.lower_ in self.share_nouns or c.like_num) for c in noun.children)


    def _stake_relative(self, verb) -> bool:
        """The verb of a relative clause opened by a stake's preposition and a relative pronoun ("in which")."""
        return verb.dep_ == "relcl" and any(p.dep_ == "prep" and p.lower_ in self.stake_preps and any(
            o.dep_ == "pobj" and o.lower_ in self.relative_pronouns for o in p.children) for p in verb.children)

    def _belongs(self, ctx: Context, verb, sent_i: int) -> None:
        """"the remaining 25 percent belongs to D": the body after the preposition owns what the remaining share is
        the rest of (relations.yaml clause_words `belong_verbs`; "the mine belongs to C" is a phrase rule's)."""
        owned = self._remainder_of(ctx, verb, sent_i, ("nsubj",))
        owners = [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in self.belong_to
                  for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, ORG)] if owned else []
        for owner in owners:
            for item in owned:
                if fits(ctx, owner, item, "owns", state=True):
                    self._fact(ctx, "OWNS", owner.entity, item.entity, sent_i, "owns.belongs", 0.7)

    def _owning(self, tok) -> bool:
        """An ownership verb, or the share that is its object ("holds 16 percent through E")."""
        if tok.lower_ in self.share_nouns and tok.dep_ in ("dobj", "attr"):
            tok = tok.head
        # With no owner named ("X is run through its subsidiary D") "its" is the clause's own.
        named = any(c.dep_ == "agent" for c in tok.children) or not any(c.dep_ == "nsubjpass" for c in tok.children)
        return tok.tag_.startswith("VB") and tok.lower_ in self.verb_kind and named
