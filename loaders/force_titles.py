"""A person titled by a force's bare word: "police spokesman X", "army commander Y", "police officer Z" hold a
post in (or belong to) the force that word stands for in the report."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.model import Context
from loaders.relation_rules import RuleSet


class ForceTitles(RuleSet):
    """HOLDS_POSITION or MEMBER_OF from relations.yaml `force_titles` (a language without the key reads none)."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        spec = r.get("force_titles") or {}
        self.forces = {k.lower(): v for k, v in (spec.get("forces") or {}).items()}
        self.titles = {k.lower(): v for k, v in (spec.get("titles") or {}).items()}
        words = lambda ws: "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"
        # The force's word, the title, a rank's abbreviation, right before the name.
        self.before = re.compile(rf"\b(?P<force>{words(self.forces)})\s+(?P<title>{words(self.titles)})\s+"
                                 rf"(?:{spec.get('ranks') or '(?!)'})?\Z", re.I)

    def __call__(self, ctx: Context) -> None:
        if not self.forces:
            return
        text = ctx.report.text
        for person in ctx.mentions:
            if not person.entity or ctx.cls_of(person) != "Person":
                continue
            found = self.before.search(text, max(0, person.start - 60), person.start)
            force = self._force(ctx, found.span("force"), self.forces[found.group("force").lower()]) if found else None
            if force is not None:
                title = found.group("title").lower()
                kind = self.titles[title]
                self._fact(ctx, kind, person.entity, force, person.sent, "position.force_title", 0.6,
                           title=title if kind == "HOLDS_POSITION" else None)

    @staticmethod
    def _force(ctx: Context, span: tuple[int, int], subclass: str) -> str | None:
        """The force the bare word names: a mention of that word alone (resolution gave it the report's force), not
        one that runs past it ("Police Commander" read as some other body)."""
        on = next((m for m in ctx.mentions if m.entity and (m.start, m.end) == span), None)
        return on.entity if on is not None and ctx.entities[on.entity].subclass == subclass else None
