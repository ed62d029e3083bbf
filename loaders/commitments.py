"""Commitments (what was promised, by whom, at which dialogue table, whether kept) and issues
(grievances and demands), where a report states them."""
from __future__ import annotations

import re

from graph.ids import slug
from loaders.lexicon import rules
from loaders.model import CommitmentMention, Context, IssueMention

ACTORS = ("Person", "Organization")
TABLES = ("DialogueTable", "Meeting", "Agreement")


class CommitmentExtractor:
    name = "commitments"

    def __init__(self, language: str = "en"):
        table = rules("events.yaml", language)
        self.promise = [re.compile(p, re.I) for p in table["commitments"]["promise"]]
        self.agreement = [re.compile(p, re.I) for p in table["commitments"]["agreement"]]
        self.status = [(status, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I))
                       for status, words in table["status"].items()]
        self.endorse = [re.compile(p, re.I) for p in table["endorse"]]
        self.issue = [re.compile(p, re.I) for p in table["issues"]]

    def __call__(self, ctx: Context) -> Context:
        for i, sent in enumerate(ctx.sents):
            text, base = sent.text, sent.start_char
            for pattern in self.promise:
                for m in pattern.finditer(text):
                    maker = ctx.nearest_before(base + m.start(), i, ACTORS)
                    self._add(ctx, i, m, base, [maker.entity] if maker else [], "pending")
            for pattern in self.agreement:
                for m in pattern.finditer(text):
                    table = next((e for e in ctx.events if e.sent == i and e.subclass in TABLES), None)
                    self._add(ctx, i, m, base, [], self._status(ctx, i), table.id if table else None)
            for pattern in self.issue:
                for m in pattern.finditer(text):
                    demander = ctx.nearest_before(base + m.start(), i, ACTORS) if "demand" in m.group(0).lower() else None
                    name = re.sub(r"\s+", " ", m.group("issue")).strip()
                    if not any(x.name == name for x in ctx.issues):
                        ctx.issues.append(IssueMention(name, ctx.sentence(i), [demander.entity] if demander else [],
                                                       (base + m.start("issue"), base + m.end("issue")),
                                                       id="issue:" + slug(name)[:80]))
        return ctx

    def _status(self, ctx: Context, sent: int) -> str:
        """Read in the sentence and the next: reports say the verdict right after the promise."""
        window = " ".join(ctx.sentence(j) for j in range(max(0, sent - 1), min(sent + 2, len(ctx.sents))))
        return next((status for status, pattern in self.status if pattern.search(window)), "unknown")

    def _add(self, ctx: Context, sent: int, match: re.Match, base: int, makers: list[str], status: str,
             made_at: str | None = None) -> None:
        text = re.sub(r"\s+", " ", match.group("text")).strip()
        commitment = CommitmentMention(text, ctx.sentence(sent), status, makers, [], made_at,
                                       (base + match.start("text"), base + match.end("text")),
                                       id="commitment:" + slug(text)[:80])
        for j in range(sent, min(sent + 2, len(ctx.sents))):
            for pattern in self.endorse:
                for m in pattern.finditer(ctx.sents[j].text):
                    who = ctx.nearest_before(ctx.sents[j].start_char + m.start(), j, ACTORS)
                    if who and who.entity not in commitment.endorsers:
                        commitment.endorsers.append(who.entity)
        ctx.commitments.append(commitment)
