"""What every relation rule set shares: the ontology check on a fact's ends and the phrases of a pattern."""
from __future__ import annotations

import re

from graph import ontology

from loaders.lexicon import Lexicon, grammar
from loaders.model import Context, Fact, Mention

ORG, PERSON, PLACE = ("Organization",), ("Person",), ("Place",)
GAP = re.compile(r"^\s*(?:\([^)]*\))?[\s'‘’\"“”,]*$")


def ends_fit(onto, ctx: Context, kind: str, start: str, end: str) -> bool:
    """Whether a fact's ends are of the classes the ontology allows for its type (schema/ontology.yaml
    `from`, `to`), as the entities stand now; a type the ontology does not list is not checked."""
    spec = onto.relationships.get(kind)
    return spec is None or (onto.admits(spec.sources, _labels(ctx, start)) and onto.admits(spec.targets, _labels(ctx, end)))


def _labels(ctx: Context, ident: str) -> set[str]:
    e = ctx.entities.get(ident)
    return {e.cls, e.subclass} - {None} if e else set()


def site_named_before(ctx: Context, noun, site_anaphora: dict[str, str]) -> list[Mention]:
    """"The mine is run by C", "the open-pit mine, run since 2000 by C": a site noun with "the" and no name of
    its own stands for the site of its kind named last before it, or the report's only one (`site_anaphora`:
    the noun's subclass). "The open-pit mine near the town of S" too: a nearness preposition places the site, it
    does not name another (grammar.yaml `site_near_prepositions`)."""
    kind = site_anaphora.get(noun.lower_)
    near = set(ctx.grammar.get("site_near_prepositions") or [])
    if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.tag_.startswith("NNP") or c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ not in near
                   for c in noun.children):
        return []
    sites = [m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == kind]
    before = [m for m in sites if m.end <= noun.idx]
    if before:
        return [before[-1]]
    return sites[:1] if len({m.entity for m in sites}) == 1 else []


class RuleSet:
    """One family of relation rules; each reads its patterns from the report language's relations.yaml
    and its small words (of, in, by) from the language's grammar.yaml."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.onto = ontology.load()
        self.g = grammar(lex.language)

    def _fact(self, ctx: Context, kind: str, start: str, end: str, sent: int, rule: str,
              confidence: float, **props) -> None:
        if start != end and ends_fit(self.onto, ctx, kind, start, end):
            ctx.facts.append(Fact(kind, start, end, ctx.sentence(sent), rule, confidence,
                                  {k: v for k, v in props.items() if v is not None}))

    @staticmethod
    def _said_of(ctx: Context, actor: Mention, pos: int, sent: int, gap: re.Pattern) -> bool:
        """Whether a phrase at `pos` is said of `actor`: `gap` (an apposition, a relative pronoun,
        a few words of the verb) is all that stands between them, and no other person or body
        does (asides in parentheses aside)."""
        return bool(gap.fullmatch(ctx.report.text[actor.end:pos])) and not any(
            actor.end <= x.start and x.end <= pos and not ctx.in_parentheses(x.start) for x in ctx.in_sentence(sent, ORG + PERSON))

    def _phrases(self, ctx: Context, pattern: re.Pattern):
        for m in pattern.finditer(ctx.report.text):
            yield m, ctx.sent_of(m.start())
