"""Bodies told by their kind word or a shorter name in lines of command and parts: "The police station, led by
Major X, reports to Z", "The battalion, headed by Lt. Col. Y, is under the 401st Brigade", "C, the business arm of
the First Nation".

A mixin of loaders/command.py's Command (needs its `kind_determiners`, `under_words`, `copulas`, `_subject_of`,
`_body_of_kind` and RuleSet's `_fact`), whose call runs `under_copula` after the commands.
"""
from __future__ import annotations

import dataclasses
import re

from loaders.lexicon import key
from loaders.model import Context, Mention
from loaders.relation_rules import ORG
from loaders.resolve import STATE_BODIES

# "The police station, led by Police Major X, reports to": any aside between commas after a kind word.
KIND_ASIDE = re.compile(r"\s*,[^,;()]+,\s*")


class KindSubjects:
    def under_copula(self, ctx: Context) -> None:
        """"The battalion, headed by Lt. Col. X, is under the 401st Brigade", "The 5th Squad is under the Provincial
        Command": the copula's subject (a body, or its kind word) is under the state body after "under"."""
        for sent_i, sent in enumerate(ctx.sents):
            for tok in sent:
                verb = tok.head
                if tok.lower_ not in self.under_words or tok.dep_ != "prep" or verb.lower_ not in self.copulas:
                    continue
                superior = next((m for p in tok.children if p.dep_ == "pobj" for m in ctx.in_sentence(sent_i, ORG)
                                 if m.start <= p.idx < m.end), None)
                subordinate = self._subject_of(ctx, verb.idx, sent_i) or self._kind_subject(ctx, verb.idx, sent_i)
                if superior is None or subordinate is None or superior.entity == subordinate.entity \
                        or not {ctx.entities[superior.entity].subclass, ctx.entities[subordinate.entity].subclass} <= STATE_BODIES:
                    continue
                self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent_i, "command.under_copula", 0.65,
                           basis="statutory")

    def _kind_subject(self, ctx: Context, pos: int, sent: int) -> Mention | None:
        """"The police station, led by Major X, reports to Z": a subject told by its kind word alone, past an aside
        between commas, is the last state body named before whose name has the word (not X, named last)."""
        tok = next((t for t in ctx.sents[sent] if t.idx >= pos), None)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok is not None else None
        if subj is None or subj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in self.kind_determiners for c in subj.children) \
                or not KIND_ASIDE.fullmatch(ctx.report.text, subj.idx + len(subj.text), pos):
            return None
        body = self._body_of_kind(ctx, subj.text, subj.idx)
        # The body stands for the subject's phrase and its aside, up to the verb (a force word in it, "the police
        # station", is the body's, not one more force the clause is about).
        return dataclasses.replace(body, start=subj.left_edge.idx, end=pos) if body is not None else None

    @staticmethod
    def _named_in_full(ctx: Context, short: Mention) -> Mention:
        """"the First Nation" after "the Tarum First Nation": the one body named before whose name ends in the words."""
        tail = " " + key(short.text)
        full = {m.entity: m for m in ctx.mentions if m.entity and m.entity != short.entity and m.end <= short.start
                and ctx.cls_of(m) == "Organization" and key(ctx.entities[m.entity].name).endswith(tail)}
        return next(iter(full.values())) if len(full) == 1 else short

