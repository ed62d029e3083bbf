"""Who heads the government, who belongs to which body: "the government of X", "a committee made up
of A, B and C", "X of the Frente", "X, a lawyer with Y"."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, alternatives
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PERSON, RuleSet
from loaders.resolve import gazetteer_entity

# Where a list of members ends: a full stop, a semicolon, or a comma before a lower-case word that
# does not continue the list (", met in Lima").
LIST_END = re.compile(r"[.;]|,\s+(?!(?:and|or|the|a|an|as|its|his|her)\b)(?-i:[a-z])")


class Memberships(RuleSet):
    """HEADS of the government; MEMBER_OF committees and bodies a person is said to be of."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.government_after = re.compile(r["government_of"]["person_after"], re.I)
        self.government_before = re.compile(r["government_of"]["person_before"], re.I)
        self.made_up_of = alternatives(r["made_up_of"])
        # "Jen Ruiz of the Red Mesoamericana said", "X, a member of Y": a person of a body.
        self.affiliated = re.compile(r.get("affiliation", "(?!)"), re.I)

    def __call__(self, ctx: Context) -> None:
        for rule in (self.governments, self.members, self.affiliations):
            rule(ctx)

    def governments(self, ctx: Context) -> None:
        """"the government of (President) X", "X's government", "the X administration": X heads
        the government of the report's country."""
        government = self.lex.governments.get(ctx.country or "")
        if government is None:
            return
        text = ctx.report.text
        found: list[tuple[Mention, int, Mention]] = []
        for m, sent in self._phrases(ctx, self.government_after):
            person = ctx.mention_at(m.end(), PERSON)
            if person is not None:
                found.append((person, sent, Mention(m.start(), m.end(), m.group(0), "title", sent=sent)))
        for person in ctx.mentions:
            if not person.entity or ctx.cls_of(person) != "Person":
                continue
            m = self.government_before.match(text[person.end:person.end + 30])
            if m:
                s, e = person.end + m.start(), person.end + m.end()
                found.append((person, person.sent, Mention(s, e, text[s:e], "title", sent=person.sent)))
        for person, sent, where in found:
            target = gazetteer_entity(ctx, self.lex, government, where).id
            self._fact(ctx, "HEADS", person.entity, target, sent, "heads.government_of", 0.7)

    def members(self, ctx: Context) -> None:
        """"a committee ... made up of the Minister of A, Mr X, and the Minister of B, Mr Y": the
        persons of the phrase (or the bodies, when it names no person) are members of the body
        the phrase hangs from."""
        doc = ctx.doc
        for m, sent in self._phrases(ctx, self.made_up_of):
            first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if first is None:
                continue
            head = first[0]
            while not head.tag_.startswith("NN") and head.head.i != head.i:
                head = head.head
            if not head.tag_.startswith("NN"):
                # "a committee ... and made up of": parsed as the clause's verb, whose subject is the body.
                head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), head)
            body = next((x for x in ctx.in_sentence(sent, ORG) if x.start <= head.idx < x.end), None)
            if body is None:
                continue
            s = m.end()
            stop = LIST_END.search(ctx.report.text, s, ctx.sents[sent].end_char)
            e = stop.start() if stop else ctx.sents[sent].end_char
            inside = [x for x in ctx.in_sentence(sent, PERSON + ORG) if s <= x.start < e and x.entity != body.entity]
            persons = [x for x in inside if ctx.cls_of(x) == "Person"]
            for x in persons or inside:
                self._fact(ctx, "MEMBER_OF", x.entity, body.entity, sent, "member_of.made_up_of", 0.7)

    def affiliations(self, ctx: Context) -> None:
        """"Jen Ruiz of the Red Mesoamericana said", "X, a member of the Frente, said": the person
        belongs to the body named right after (not to a place; not where a title already placed them)."""
        text = ctx.report.text
        placed = {f.start for f in ctx.facts if f.type in ("HOLDS_POSITION", "HEADS", "MEMBER_OF")}
        for person in ctx.mentions:
            if not person.entity or ctx.cls_of(person) != "Person" or person.source == "role":
                continue
            link = self.affiliated.match(text, person.end)
            if link is not None and person.entity in placed and not link.groupdict().get("described"):
                continue    # "Mayor X of Tocoa": the title placed X; "X, a member of Y" still tells another body
            body = ctx.mention_at(link.end(), ORG) if link else None
            untyped = body is not None and ctx.entities[body.entity].subclass is None and link.groupdict().get("described")
            if body is None or ctx.entities[body.entity].subclass in (None, "MediaOutlet") and not untyped or body.sent != person.sent:
                continue
            self._fact(ctx, "MEMBER_OF", person.entity, body.entity, person.sent, "member_of.affiliation", 0.6)

