"""Who heads or sits in a body, read from the parse wherever the words stand: the agent of a "lead" verb
("The committee, chaired by Senator X", "the office in P, led by regional delegate Y", "The association is led by
Pastor Z": a title or rank between "by" and the name is part of the agent's phrase), and a membership noun after
a copula ("X is also a member of Y") or a seat ("X sits on the board of Y")."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, rules
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PERSON, RuleSet


class HeadClauses(RuleSet):
    """HEADS and MEMBER_OF from the dependency parse (relations.yaml `head_clauses`; a language without the
    key reads none)."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        words = r.get("head_clauses") or {}
        self.led_verbs = set(words.get("led_verbs") or [])
        self.not_bodies = set(words.get("not_bodies") or [])
        self.member_nouns = set(words.get("member_nouns") or [])
        self.seat_verbs = set(words.get("seat_verbs") or [])
        self.seat_nouns = set(words.get("seat_nouns") or [])
        self.of = set(words.get("of") or [])
        self.relative_pronouns = set(words.get("relative_pronouns") or [])
        # "The committee, chaired by X": the article of a kind word that stands for a body named shortly before
        # (within `kind_reach` sentences).
        self.kind_determiners = set(words.get("kind_determiners") or [])
        self.kind_reach = words.get("kind_reach", 3)
        # "Officers of the X Police ... under Commissioner Y", "the 12th Brigade under Colonel Z": a ranked name after
        # `under` holds a post in the force the phrase is said of (roles.yaml `ranks`).
        self.under = set(words.get("under") or [])
        ranks = "|".join(sorted(map(re.escape, rules("roles.yaml", lex.language).get("ranks") or []), key=len, reverse=True))
        self.ranked = re.compile(rf"(?:(?:{ranks})\.?\s+)+") if ranks else None

    def __call__(self, ctx: Context) -> None:
        if not self.led_verbs and not self.member_nouns:
            return
        for sent_i, sent in enumerate(ctx.sents):
            for tok in sent:
                # "B, chaired this year by X, said": a participle the tagger took for a past tense (its subject B)
                # is still passive where it has an agent.
                if tok.lower_ in self.led_verbs and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children)):
                    self._led(ctx, tok, sent_i)
                elif tok.lower_ in self.under and tok.dep_ == "prep" and self.ranked is not None:
                    self._under_rank(ctx, tok, sent_i)
                elif tok.lower_ in self.member_nouns and tok.dep_ == "attr":
                    self._member(ctx, tok, tok.head, sent_i)
                elif tok.lower_ in self.seat_verbs and tok.tag_.startswith("VB"):
                    for board in (p for c in tok.children if c.dep_ == "prep" for p in c.children
                                  if p.dep_ == "pobj" and p.lower_ in self.seat_nouns):
                        self._member(ctx, board, tok, sent_i)

    def _led(self, ctx: Context, verb, sent_i: int) -> None:
        """"B, chaired by Senator X", "B is led by X", "B, which is headed by X": X heads B."""
        heads = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        people = [m for p in heads for m in self._named(ctx, p, PERSON)]
        if verb.dep_ == "acl":
            led = [verb.head]
        else:
            led = [c for c in verb.children if c.dep_ == ("nsubj" if verb.tag_ == "VBD" else "nsubjpass")]
            if verb.dep_ == "relcl":
                led = [verb.head if c.lower_ in self.relative_pronouns else c for c in led]
        # "a delegation led by X": what the delegation's rules read, not a body X heads.
        if verb.dep_ == "relcl":
            # "the Y Table (Oversight Committee), which is chaired by X": the name in parentheses, right before
            # the clause, is what it is said of.
            led = [next((c for c in t.children if c.dep_ == "appos" and c.i > t.i), t) for t in led]
        bodies = [m for t in led if t.lower_ not in self.not_bodies for m in self._named(ctx, t, ORG) or self._kind_named(ctx, t)]
        for person in people:
            for body in bodies:
                self._fact(ctx, "HEADS", person.entity, body.entity, sent_i, "heads.clause", 0.75)
        # "the OPP, whose Northwest Region is commanded by X": X holds a post in the body the relative is said of.
        whose = set(ctx.grammar.get("whose") or [])
        if verb.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ in whose for t in led for c in t.children):
            for person in people:
                for body in self._named(ctx, verb.head, ORG)[:1]:
                    self._fact(ctx, "HOLDS_POSITION", person.entity, body.entity, sent_i, "position.whose_led", 0.65)

    def _under_rank(self, ctx: Context, prep, sent_i: int) -> None:
        """"Officers of the X Police have guarded the plant under Commissioner Y", "the 12th Brigade under Colonel Z": the
        ranked person after "under" holds a post in the force the verb's subject (or the noun "under" hangs from) is,
        or is "of"."""
        text = ctx.report.text
        end = prep.idx + len(prep.text)
        people = [m for p in prep.children if p.dep_ == "pobj" for m in self._named(ctx, p, PERSON)
                  if self.ranked.fullmatch(text[end:m.start].strip() + " ") and text[end:m.start].strip()
                  or not text[end:m.start].strip() and self.ranked.match(m.text)]
        head = prep.head
        said_of = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head.tag_.startswith("VB") else [head]
        forces = [m for t in said_of for m in self._named(ctx, t, ORG) or [
            m for of in t.children if of.dep_ == "prep" and of.lower_ in self.of
            for p in of.children if p.dep_ == "pobj" for m in self._named(ctx, p, ORG)]
            if ctx.entities[m.entity].subclass in ("PoliceUnit", "MilitaryUnit")]
        for person in people:
            for force in forces[:1]:
                self._fact(ctx, "HOLDS_POSITION", person.entity, force.entity, sent_i, "position.under_rank", 0.65)

    def _member(self, ctx: Context, noun, verb, sent_i: int) -> None:
        """"X is also a member of Y", "X sits on the board of Y": X (a person, or a body: "C is a member of the
        ICMM") is a member of Y."""
        members = [m for s in verb.children if s.dep_ == "nsubj" for m in self._named(ctx, self._antecedent(s, verb), PERSON + ORG)]
        bodies = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in self.of
                  for p in prep.children if p.dep_ == "pobj" for m in self._named(ctx, p, ORG)]
        if not bodies and noun.lower_ in self.seat_nouns:
            # "X sits on the NCM board", "on the Mining Committee": the body the noun's phrase names (or the noun is
            # the name's); "X also sits on the committee": the committee named before.
            bodies = self._named(ctx, noun, ORG)[:1] or self._kind_named(ctx, noun)
        for member in members:
            for body in bodies[:1]:
                companies = {ctx.entities[member.entity].subclass, ctx.entities[body.entity].subclass} == {"Company"}
                if body.entity != member.entity and not companies:     # between companies, ownership's rules read it
                    self._fact(ctx, "MEMBER_OF", member.entity, body.entity, sent_i, "member.clause", 0.7)

    def _antecedent(self, subj, verb):
        """"X, who sits on": the relative pronoun stands for the noun its clause hangs from."""
        return verb.head if subj.lower_ in self.relative_pronouns and verb.dep_ == "relcl" else subj

    def _kind_named(self, ctx: Context, tok) -> list[Mention]:
        """"The Senate's Committee on Mining heard ... . The committee, chaired by X": a kind word with its article
        and nothing else stands for the last body named shortly before whose name has that word."""
        if not tok.tag_ == "NN" or [c.lower_ for c in tok.children if c.dep_ != "punct" and c.i < tok.i] not in \
                [[d] for d in self.kind_determiners]:
            return []
        sent = ctx.sent_of(tok.idx)
        word = tok.lower_
        named = next((m for m in reversed(ctx.mentions) if m.entity and m.end <= tok.idx and sent - self.kind_reach <= m.sent
                      and ctx.cls_of(m) == "Organization" and word in ctx.entities[m.entity].name.lower().split()), None)
        return [named] if named is not None else []

    @staticmethod
    def _named(ctx: Context, tok, classes: tuple[str, ...]) -> list[Mention]:
        """The mentions a noun of the parse names: one that covers the noun ("the Mining Committee of the
        Legislature"), else those in its phrase up to it (titles before a name: "Senator X", not "the office
        in P"), or in apposition or conjoined ("the ejido commissioner, X")."""
        at = [m for m in ctx.in_sentence(ctx.sent_of(tok.idx), classes) if m.start <= tok.idx < m.end]
        if at:
            return at[:1]
        spans = [(tok.left_edge.idx, tok.idx + len(tok.text))] + [(c.left_edge.idx, c.idx + len(c.text)) for c in tok.children if c.dep_ in ("appos", "conj")]
        return [m for m in ctx.in_sentence(ctx.sent_of(tok.idx), classes) if any(lo <= m.start and m.end <= hi for lo, hi in spans)]
