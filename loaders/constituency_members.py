"""Members of a legislature by their seat: "X, the Member for P", "the Hon Member for P, X", and a plenary record's
speaker lines, "Mr X (P): Mr Speaker, ..." (relations.yaml `constituency_members`)."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.model import Context
from loaders.relation_rules import PLACE, RuleSet


class ConstituencyMembers(RuleSet):
    """HOLDS_POSITION in the one legislature the report names (else the seat, where a place is read there), titled
    "member for <seat>"."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        spec = r.get("constituency_members") or {}
        self.after_holder = re.compile(spec.get("after_holder") or "(?!)")
        self.before_holder = re.compile(spec.get("before_holder") or "(?!)")
        self.speaker_line = re.compile(spec.get("speaker_line") or "(?!)")
        self.legislature = re.compile(spec.get("legislature") or "(?!)", re.I)

    def __call__(self, ctx: Context) -> None:
        text = ctx.report.text
        houses = {e.id for e in ctx.entities.values()
                  if e.subclass == "GovernmentBody" and e.mentions and self.legislature.search(e.name)}
        house = next(iter(houses)) if len(houses) == 1 else None
        for person in ctx.mentions:
            if not person.entity or ctx.cls_of(person) != "Person":
                continue
            line_start = text.rfind("\n", 0, person.start) + 1
            seat = self.after_holder.match(text, person.end) \
                or self.before_holder.search(text, max(0, person.start - 80), person.start) \
                or (self.speaker_line.match(text, person.end) if self._opens_line(text, line_start, person.start) else None)
            if seat is None:
                continue
            target = house or self._seat_place(ctx, seat.start("seat"), seat.end("seat"))
            if target is not None:
                self._fact(ctx, "HOLDS_POSITION", person.entity, target, person.sent, "position.constituency", 0.7,
                           title=f"member for {seat.group('seat')}")

    @staticmethod
    def _opens_line(text: str, line_start: int, pos: int) -> bool:
        """Only an honorific stands between the line's start and the name ("Mr X (P):")."""
        return bool(re.fullmatch(r"[ \t*_]*(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?[ \t]+)?", text[line_start:pos]))

    @staticmethod
    def _seat_place(ctx: Context, start: int, end: int) -> str | None:
        return next((m.entity for m in ctx.mentions if m.entity and (m.start, m.end) == (start, end) and ctx.cls_of(m) in PLACE),
                    None)
