"""Who owns what, read from a relational noun or participle as the Spanish parser labels it (`nsubj` and `cop`,
`appos`, `nmod`/`obl` with their `case`), where loaders/ownership.py reads phrases next to the names and
loaders/ownership_clauses.py the English parser's verbs.

"C es filial de P", "C, subsidiaria de la británica P": P owns C (`owned_by` nouns, whose "de" names the owner).
"P es dueña además de los yacimientos A y B", "P, propietaria de C": P owns A, B and C (`owner_of` nouns, said of
the owner). "C, controlada en un 70 % por P y en un 30 % por Q": P and Q own C (`owned_participles`, whose "por"
names the owners). "C, empresa mixta entre P y Q": P and Q own C (`joint_nouns` with a `joint_case` phrase).
"C es de P" (both companies): P owns C. Every name coordinated with the one the parse points at counts.
The words are the language's relations.yaml `owner_nouns`; a language without them reads none.
"""
from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.ownership_clauses import fits
from loaders.relation_rules import ORG, PLACE, RuleSet


class OwnerNouns(RuleSet):
    """OWNS from the noun (or participle) that says one body is another's, and the names it is said of."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        words = r.get("owner_nouns") or {}
        self.owned_by = set(words.get("owned_by") or [])
        self.owner_of = set(words.get("owner_of") or [])
        self.participles = set(words.get("owned_participles") or [])
        self.joint = set(words.get("joint_nouns") or [])
        self.joint_case = set(words.get("joint_case") or [])
        self.of = set(words.get("case") or [])
        self.agent = set(words.get("agent_case") or [])
        self.relative = set(words.get("relative_pronouns") or [])
        self.copulas = set(words.get("copulas") or [])

    def __call__(self, ctx: Context) -> None:
        if not (self.owned_by or self.owner_of or self.participles):
            return
        for sent_i, sent in enumerate(ctx.sents):
            for tok in sent:
                word = tok.lower_
                if word in self.owned_by:
                    # "C, subsidiaria ecuatoriana de P": the parse makes the noun an adjective of the nationality after it.
                    noun = tok.head if tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.head.dep_ == "appos" else tok
                    self._own(ctx, self._complements(noun, self.of), self._said_of(noun), sent_i, "owns.ud_owned_by")
                elif word in self.owner_of:
                    self._own(ctx, self._said_of(tok), self._complements(tok, self.of), sent_i, "owns.ud_owner_of")
                elif word in self.participles and tok.dep_ in ("amod", "acl", "appos"):
                    self._own(ctx, self._agents(tok), [tok.head], sent_i, "owns.ud_controlled_by")
                elif word in self.joint and tok.dep_ == "appos":
                    self._own(ctx, self._complements(tok, self.joint_case), [tok.head], sent_i, "owns.ud_joint")
                elif tok.pos_ == "PROPN" and self._copular_of(tok):
                    self._own(ctx, [tok], [c for c in tok.children if c.dep_ == "nsubj"], sent_i, "owns.ud_copular_of",
                              companies_only=True)

    def _own(self, ctx: Context, owners: list, owned: list, sent_i: int, rule: str, companies_only: bool = False) -> None:
        owned_names = [m for t in owned for m in self._names(ctx, t, ORG + PLACE)]
        for owner in (m for t in owners for m in self._names(ctx, t, ORG)):
            for item in owned_names:
                if companies_only and ctx.entities[item.entity].subclass != "Company":
                    continue
                if item.entity != owner.entity and fits(ctx, owner, item, "owns", untyped=not companies_only):
                    self._fact(ctx, "OWNS", owner.entity, item.entity, sent_i, rule, 0.7)

    def _said_of(self, noun) -> list:
        """What the noun is said of: the subject of its copula ("C es filial de P"; "que es filial": the noun the
        relative clause hangs from) or the name it stands in apposition to ("C, filial de P")."""
        subjects = [c for c in noun.children if c.dep_ == "nsubj"]
        if subjects:
            return [noun.head if s.lower_ in self.relative and noun.dep_.startswith("acl") else s for s in subjects]
        if noun.dep_ in ("appos", "amod", "acl") and noun.head.i < noun.i:
            return [noun.head]
        return []

    @staticmethod
    def _complements(noun, cases: set[str]) -> list:
        """The noun's complements with one of `cases` ("filial de P", "dueña de A"), also past an adverb between
        ("dueña además de A", which the parse hangs from the adverb or reads as one case word with its "de")."""
        heads = [noun] + [c for c in noun.children if c.dep_ == "advmod"]
        return [c for h in heads for c in h.children if c.dep_ in ("nmod", "obl") and c.i > noun.i
                and any(k.dep_ == "case" and (k.lower_ in cases or any(f.dep_ == "fixed" and f.lower_ in cases
                                                                       for f in k.children)) for k in c.children)]

    def _agents(self, participle) -> list:
        """The "por" complements of a participle, and of the conjuncts that elide it ("en un 70 % por P y en un 30 %
        por Q": the parse hangs Q's phrase from the conjunct)."""
        out = []
        for c in participle.children:
            if any(k.dep_ == "case" and k.lower_ in self.agent for k in c.children):
                out.append(c)
                out += [g for j in c.children if j.dep_ == "conj" for g in [j] + list(j.children)
                        if any(k.dep_ == "case" and k.lower_ in self.agent for k in g.children)]
            else:
                out += [g for j in c.children if j.dep_ == "conj" for g in j.children
                        if any(k.dep_ == "case" and k.lower_ in self.agent for k in g.children)]
        return out

    def _copular_of(self, name) -> bool:
        """"C es de P": a name that is the predicate of a copula, with "de" before it."""
        kids = list(name.children)
        return any(k.dep_ == "cop" and k.lower_ in self.copulas for k in kids) and \
            any(k.dep_ == "case" and k.lower_ in self.of and k.i == name.i - 1 for k in kids) and \
            any(k.dep_ == "nsubj" for k in kids)

    @staticmethod
    def _names(ctx: Context, tok, classes: tuple[str, ...]) -> list[Mention]:
        """The mentions a token names: the one covering it or, for a common noun ("la británica P", "los
        yacimientos A y B"), the names apposed to it; and the names coordinated with those."""
        out: list[Mention] = []
        todo, seen = [tok], set()
        while todo:
            t = todo.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            m = next((x for x in ctx.in_sentence(ctx.sent_of(t.idx), classes) if x.start <= t.idx < x.end), None)
            if m is not None:
                if m not in out:
                    out.append(m)
            else:
                todo += [c for c in t.children if c.dep_ in ("appos", "flat")]
            todo += [c for c in t.children if c.dep_ == "conj"]
        return out
