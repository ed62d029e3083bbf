"""Heads told by a phrase around the name, not by a title: "the 12th Battalion, commanded by X" (the body,
then the person), "X, who heads Y" (the person, then the body). A mixin of loaders/positions.py's Positions
(needs its `lex`, `_fact`, `_phrases`, `_said_of`, `_spec` and `one_of_many`)."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, alternatives
from loaders.model import FORCES, Context, Mention
from loaders.relation_rules import GAP, ORG, PERSON

# Between the person and a "heads" phrase: an aside, a comma, "who", a few words ("X, who heads Y").
HEAD_GAP = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:the|a|an|el|la|who|quien|que)\s+)?(?:[\w\u00C0-\u017F-]+\s+){0,3}")


class HeadPhrases:
    def _heads_setup(self, lex: Lexicon, r: dict, words: dict) -> None:
        self.heads_org_first = alternatives(r["heads"]["org_then_person"] + (words.get("commanded_by") or []))
        # A rank or a profession ("presided by the engineer X") between the phrase and the name.
        ranks = "|".join(sorted(map(re.escape, (words.get("ranks") or []) + (words.get("professions_before_name") or [])),
                                key=len, reverse=True)) or "(?!)"
        articles = "|".join(map(re.escape, ["the", *lex.articles]))    # "comandada por el general X"
        self.rank = re.compile(rf"\s*(?:(?:{articles})\s+)?(?:(?:{ranks})\.?\s+)+")     # English ranks are capitalised: not "major"
        self.led_aside = re.compile(words.get("led_aside") or "(?!)", re.I)
        self.heads_person_first = alternatives(r["heads"]["person_then_org"])
        # "a delegation of B led by X": B sent what X leads (loaders/position_clauses.py reads it).
        self.led_group = re.compile(r.get("led_group", "(?!)"), re.I)
        self.delegation = alternatives((r.get("delegations") or {}).get("nouns") or ["(?!)"])
        self.led_gap = re.compile(r["led_gap"], re.I) if r.get("led_gap") else GAP
        preps = "|".join(map(re.escape, lex.typing["place_prepositions"]))
        self.destination = re.compile(rf"\b(?:{preps})\s+(?:the\s+)?$", re.I)

    def _person_after(self, ctx: Context, pos: int) -> Mention | None:
        """The person a phrase names at `pos`, past a rank ("commanded by Lieutenant Colonel X",
        "under the command of Commissioner Y") the shared honorifics do not have."""
        person = ctx.mention_at(pos, PERSON)
        rank = self.rank.match(ctx.report.text, pos) if person is None else None
        return ctx.mention_at(rank.end(), PERSON) if rank else person

    def _unit_of_chain(self, ctx: Context, org: Mention, sent: int) -> Mention:
        """"a detachment of the 2nd Battalion of the Armed Forces, under the command of X": the first unit of a chain
        of force units joined by "of", which the phrase after it is said of, not the force the chain ends on."""
        while ctx.entities[org.entity].subclass in FORCES:
            before = ctx.nearest_before(org.start, sent, ORG)
            if before is None or ctx.entities[before.entity].subclass not in FORCES \
                    or not self.g.part_of_gap.fullmatch(ctx.report.text, before.end, org.start):
                break
            org = before
        return org

    def heads(self, ctx: Context) -> None:
        for m, sent in self._phrases(ctx, self.heads_org_first):
            aside = self.led_aside.search(ctx.report.text, ctx.sents[sent].start_char, m.start())
            # "the 12th Battalion, based in Marabá and commanded by X": past the aside, to the body before it.
            last = ctx.nearest_before(aside.start() if aside is not None else m.start(), sent, ORG)
            org = self._unit_of_chain(ctx, last, sent) if last is not None else None
            person = self._person_after(ctx, m.end())
            # "sent a delegation to X, led by": the delegation is led, not the place it went to.
            # Without a comma ("answer to the Ministry of Security headed by X"), or with no delegation before
            # ("answers to the Police Department, commanded by X"), the phrase is said of the body itself.
            text = ctx.report.text
            destination = org is not None and (self.destination.search(text[max(0, org.start - 12):org.start])
                                               and "," in text[org.end:m.start()]
                                               and self.delegation.search(text, ctx.sents[sent].start_char, org.start)
                                               or self.led_group.search(text[max(0, org.start - 30):org.start]))
            gap = ctx.report.text[last.end:aside.start() if aside is not None else m.start()] if org else ""
            if org and person and not destination and self.led_gap.match(gap):
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.led_by", 0.8)
        for m, sent in self._phrases(ctx, self.heads_person_first):
            if any(r.start < m.start() < r.end and not self._spec(r.title).get("heads") for r in ctx.roles):
                continue    # "the legal director of Y": the end of a longer title that heads nothing
            org = ctx.mention_at(m.end(), ORG)
            person = ctx.nearest_before(m.start(), sent, PERSON)
            # The person the phrase says it of: in apposition or a few words before ("X, head of Y",
            # "X, who heads Y", "X was named to head Y"), with no other actor between.
            if person and not self._said_of(ctx, person, m.start(), sent, HEAD_GAP):
                continue
            held = next((r for r in ctx.roles if r.start <= m.start() < r.end and r.holder is not None and r.holder.entity), None)
            if person and held is not None and held.holder.entity != person.entity:
                continue    # "X, accompanied by the director of Y, Z": the title is Z's, who is named after it
            if org and person and self.one_of_many and self.one_of_many.search(ctx.report.text, max(0, m.start() - 20), m.start()):
                title = re.sub(r"\s+(?:of|for)$", "", m.group(0).strip().lower())
                self._fact(ctx, "HOLDS_POSITION", person.entity, org.entity, sent, "position.one_of_many", 0.7, title=title)
            elif org and person:
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.to_head", 0.75)
