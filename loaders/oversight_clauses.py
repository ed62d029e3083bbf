"""Which state body oversees which, read from the parse: "the Ministry of X, which oversees the Bureau of Y",
"the Bureau of Y is supervised by the Ministry of X" (the overseen body answers to the other by statute)."""
from __future__ import annotations

from loaders.command import STATE
from loaders.head_clauses import HeadClauses
from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, RuleSet


class OversightClauses(RuleSet):
    """SUBORDINATE_TO (statutory) from a verb of oversight between two state bodies (relations.yaml `oversight`;
    a language without the key reads none)."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        words = r.get("oversight") or {}
        self.verbs = set(words.get("verbs") or [])
        self.relative_pronouns = set(words.get("relative_pronouns") or [])

    def __call__(self, ctx: Context) -> None:
        for sent_i, sent in enumerate(ctx.sents):
            for verb in (t for t in sent if t.lower_ in self.verbs and t.tag_.startswith("VB")):
                if any(c.dep_ == "neg" for c in verb.children):
                    continue
                agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                subjects = [self._antecedent(verb, c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if agents or verb.dep_ == "acl":
                    # "B, supervised by A", "B is overseen by A": the subject (or the noun described) is overseen.
                    overseen = subjects or ([verb.head] if verb.dep_ == "acl" else [])
                    overseers = agents
                else:
                    overseers, overseen = subjects, [c for c in verb.children if c.dep_ == "dobj"]
                for body in self._bodies(ctx, overseen, untyped=True):
                    for over in self._bodies(ctx, overseers):
                        if body.entity != over.entity:
                            self._fact(ctx, "SUBORDINATE_TO", body.entity, over.entity, sent_i, "command.oversight",
                                       0.65, basis="statutory")

    def _antecedent(self, verb, subj):
        """"A, which oversees B": the relative pronoun stands for the noun its clause hangs from."""
        return verb.head if subj.lower_ in self.relative_pronouns and verb.dep_ == "relcl" else subj

    @staticmethod
    def _bodies(ctx: Context, toks, untyped: bool = False) -> list[Mention]:
        """The state bodies the nouns name (the overseen one also where typing gave an organization no subclass)."""
        allowed = set(STATE) | ({None} if untyped else set())
        return [m for t in toks for m in HeadClauses._named(ctx, t, ORG) if ctx.entities[m.entity].subclass in allowed]
