"""Whose post a title is where the clause around it says so rather than the title's own words, a mixin of
loaders/positions.py's Positions (needs its `site_possessive`, `local` and `lex`): "the union, whose branch secretary at the
mine, X", "the X mine's general manager", "the Department's Regional Manager for North West"."""
from __future__ import annotations

import re

from loaders.lexicon import key
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PLACE

# Sites a company runs, whose officers hold posts in it.
SITES = ("Mine", "Facility", "Port")


class TitleClauses:
    """Title owners read from a relative "whose", a site's possessive or a body's possessive, and regional posts."""

    def _site_operator(self, ctx: Context, role: Mention) -> str | None:
        """"The Yindarra mine's general manager, X": a post in the company read to run the site (the one of them named last
        before the title), not in the site (roles.yaml `site_possessive`)."""
        site = next((m for m in reversed(ctx.in_sentence(role.sent, PLACE)) if m.end <= role.start
                     and ctx.entities[m.entity].subclass in SITES and self.site_possessive.fullmatch(ctx.report.text, m.end, role.start)), None)
        operators = {f.start for f in ctx.facts if site is not None and f.type == "OPERATES" and f.end == site.entity}
        named = [m for m in ctx.mentions if m.entity in operators and m.end <= role.start]
        return named[-1].entity if named else None

    @staticmethod
    def _whose_owner(ctx: Context, role: Mention) -> Mention | None:
        """"MUZ, whose branch secretary at Mwambashi, X, was arrested": a title whose possessive is a relative "whose"
        is a post in the body the parse hangs the phrase from (the title's head up to a verb of the relative), before a
        place the title is "at" (grammar.yaml `whose`)."""
        words = set(ctx.grammar.get("whose") or [])
        span = ctx.doc.char_span(role.start, role.end, alignment_mode="expand") if words else None
        if span is None or not any(t.dep_ == "poss" and t.lower_ in words for t in span.root.children):
            return None
        for token in list(span.root.ancestors)[:2]:
            body = next((m for m in ctx.in_sentence(role.sent, ORG) if m.start <= token.idx < m.end and m.source != "role"), None)
            if body is not None:
                return body
        return None

    @staticmethod
    def _possessive_body(ctx: Context, role: Mention) -> str | None:
        """"the Department's Regional Manager for North West": the body whose possessive stands right before the title."""
        body = next((m for m in ctx.in_sentence(role.sent, ORG) if re.fullmatch(r"[’']s\s+", ctx.report.text[m.end:role.start])), None)
        return body.entity if body is not None else None

    def _regional_post(self, ctx: Context, role: Mention, target: str) -> bool:
        """"Regional Manager for North West" of a body: a regional post within it (a local modifier first, a place after
        "for", "of" or "in"), not its head."""
        region = re.match(r"\s+(?:for|of|in)\s+(?:the\s+)?", ctx.report.text[role.end:])
        return bool(set(role.title.split()[:1]) & self.local) and region is not None \
            and ctx.cls_of(ctx.mention_at(role.end + region.end(), PLACE)) == "Place" and ctx.entities[target].cls == "Organization"

    @staticmethod
    def _publishing_body(ctx: Context, kind: re.Pattern) -> str | None:
        """"The Minister was accompanied by the Deputy Minister, X" in a department's own statement: a bare title of a
        kind of body (its `refers_to_near` words) the report's publisher is, where no such body is named before it."""
        publisher = key(ctx.report.publisher or "")
        found = {e.id for e in ctx.entities.values() if publisher and e.cls == "Organization" and kind.search(e.name)
                 and e.mentions and key(e.name) == publisher}
        return found.pop() if len(found) == 1 else None

    def _unread_body_before(self, ctx: Context, role: Mention) -> bool:
        """"PTSEM President Director X": a capitalised word (no article) right before an officer's title names its body."""
        named = re.search(r"\b(?-i:[A-Z][\w&-]*)[ \t]+$", ctx.report.text[max(0, role.start - 30):role.start])
        return named is not None and named.group(0).strip().lower() not in self.lex.articles
