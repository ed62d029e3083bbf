"""Who heads the government, who belongs to which body: "the government of X", "a committee made up
of A, B and C", "X of the Frente", "X, a lawyer with Y"."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, alternatives, key
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PERSON, RuleSet
from loaders.resolve import gazetteer_entity

# The bodies that may be members of one another: communities, their councils, federations, fronts, networks
# (a company "belonging to" a group is ownership; a state body "part of" another is PART_OF).
CIVIL = {"Community", "CivilSocietyOrganization"}
# Where a list of members ends: a full stop, a semicolon, or a comma before a lower-case word that
# does not continue the list (", met in Lima").
# A kind's lower-case noun that ends its phrase ("of the council,", "of the resistance."): a body pointed back to.
KIND_NOUN = re.compile(r"((?-i:[a-z])[\w-]+)(?=\s*[,.;)]|\s+(?:and|who|said|on|in)\b)")
LIST_END = re.compile(r"[.;]|,\s+(?!(?:and|or|the|a|an|as|its|his|her)\b)(?-i:[a-z])")


class Memberships(RuleSet):
    """HEADS of the government; MEMBER_OF committees and bodies a person is said to be of."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.government_after = re.compile(r["government_of"]["person_after"], re.I)
        self.government_before = re.compile(r["government_of"]["person_before"], re.I)
        self.made_up_of = alternatives(r["made_up_of"])
        self.included = alternatives(r["members_included"]) if r.get("members_included") else None
        # "Jen Ruiz of the Red Mesoamericana said", "X, a member of Y": a person of a body.
        self.affiliated = re.compile(r.get("affiliation", "(?!)"), re.I)
        # "A and B, both members of the council": a plural link says it of every person of the list before.
        self.plural_affiliation = re.compile(r.get("affiliation_plural", "(?!)"), re.I)
        # "The council belongs to the federation", "La junta integra la Coordinadora", "X, a member of Y".
        body = r.get("body_membership") or {}
        self.body_verbs = alternatives(body["verbs"]) if body.get("verbs") else None
        self.body_apposition = re.compile(body.get("apposition") or "(?!)", re.I)
        self.plural_determiners = set(body.get("plural_determiners") or [])
        self.kind_names = r.get("kind_names") or {}

    def __call__(self, ctx: Context) -> None:
        for rule in (self.governments, self.members, self.affiliations, self.body_members):
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
        included = list(self._phrases(ctx, self.included)) if self.included else []
        for m, sent in list(self._phrases(ctx, self.made_up_of)) + included:
            first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if first is None:
                continue
            head = first[0]
            while not head.tag_.startswith("NN") and head.head.i != head.i:
                head = head.head
            if not head.tag_.startswith("NN"):
                # "a committee ... and made up of": parsed as the clause's verb, whose subject is the body.
                head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), head)
            body = next((x for x in ctx.in_sentence(sent, ORG) if x.start <= head.idx < x.end), None) \
                or self._body_pointed_back(ctx, head)
            if body is None:
                continue
            s = m.end()
            stop = LIST_END.search(ctx.report.text, s, ctx.sents[sent].end_char)
            e = stop.start() if stop else ctx.sents[sent].end_char
            inside = [x for x in ctx.in_sentence(sent, PERSON + ORG) if s <= x.start < e and x.entity != body.entity]
            persons = [x for x in inside if ctx.cls_of(x) == "Person"]
            for x in persons or ([] if (m, sent) in included else inside):
                self._fact(ctx, "MEMBER_OF", x.entity, body.entity, sent, "member_of.made_up_of", 0.7)

    @staticmethod
    def _body_pointed_back(ctx: Context, head) -> Mention | None:
        """"The committee also includes ...": a lower-case kind noun after "the" stands for the last body named before
        whose name ends in it (the Tarum District Security Committee)."""
        if not head.is_lower or head.i == 0 or head.doc[head.i - 1].lower_ != "the":
            return None
        word = re.compile(rf"\b{re.escape(head.text)}$", re.I)
        return next((x for x in reversed(ctx.mentions) if x.entity and x.end <= head.idx and ctx.cls_of(x) == "Organization"
                     and word.search(ctx.entities[x.entity].name)), None)

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
            if link is not None and link.groupdict().get("described") and (body is None or body.source == "anaphora"):
                pointed = self._kind_named_before(ctx, link.end(), person)
                if pointed is not None:
                    for each in self._listed_with(ctx, person) if self.plural_affiliation.search(link.group(0)) else [person]:
                        self._fact(ctx, "MEMBER_OF", each.entity, pointed, person.sent, "member_of.kind_pointed_back", 0.55)
                    continue
            if body is not None and body.source == "anaphora" and key(body.text.split()[-1]) not in key(ctx.entities[body.entity].name):
                continue    # "miembro de la comisión" read back as a ministry: no body of that name to belong to
            untyped = body is not None and ctx.entities[body.entity].subclass is None and link.groupdict().get("described")
            if body is None or ctx.entities[body.entity].subclass in (None, "MediaOutlet") and not untyped or body.sent != person.sent:
                continue
            self._fact(ctx, "MEMBER_OF", person.entity, body.entity, person.sent, "member_of.affiliation", 0.6)


    @staticmethod
    def _listed_with(ctx: Context, person: Mention) -> list[Mention]:
        """"A, 41, and B, 63, both members of the council": the people of the list `person` ends."""
        lists = (ctx.list_from(x, PERSON) for x in ctx.in_sentence(person.sent, PERSON) if x.start < person.start)
        return next((people for people in lists if people[-1] is person), [person])

    def _kind_named_before(self, ctx: Context, pos: int, person: Mention) -> str | None:
        """"X, a founding member of the resistance", "both members of the council": the one body named before whose
        name has the kind's noun (or its other language's word: "the council", a "Consejo ..."; relations.yaml `kind_names`)."""
        noun = KIND_NOUN.match(ctx.report.text, pos)
        words = set(self.kind_names.get(noun.group(1).lower()) or []) if noun else set()
        bodies = ctx.bodies_before(person.start, lambda e: bool(words & {w.lower() for w in e.name.split()}))
        return bodies.pop() if len(bodies) == 1 else None

    def body_members(self, ctx: Context) -> None:
        """"The community council belongs to the federation", "La junta de vecinos, presidida por X, integra
        la Coordinadora", "the council of A, a member of the association B": a community or a civil body that
        is a member of another (the verb's subject from the parse, past asides; "the cooperatives" before the
        verb: the cooperatives named just before)."""
        for m, sent in self._phrases(ctx, self.body_apposition):
            member = next((x for x in ctx.in_sentence(sent, ORG) if x.end == m.start()), None)
            self._members(ctx, [member] if member else [], ctx.mention_at(m.end(), ORG), sent)
        if self.body_verbs is None:
            return
        for m, sent in self._phrases(ctx, self.body_verbs):
            span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            # "are affiliated to": the participle the auxiliary hangs from, its passive subject.
            verb = span[0] if span[0].tag_.startswith("VB") and span[0].dep_ not in ("aux", "auxpass") else span[0].head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.idx >= m.start():
                continue
            members = [x for x in ctx.in_sentence(sent, ORG) if x.start <= subject.idx < x.end]
            determined = any(c.lower_ in self.plural_determiners for c in subject.children)
            if not members and subject.tag_ == "NNS" and determined:
                members = self._named_kind(ctx, subject.lower_, m.start(), sent)
            elif not members and subject.tag_ == "NN" and determined:
                members = self._named_kind(ctx, subject.lower_ + "s", m.start(), sent, least=1)[-1:]
            self._members(ctx, members, ctx.mention_at(m.end(), ORG), sent)

    def _members(self, ctx: Context, members: list[Mention], body: Mention | None, sent: int) -> None:
        if body is None or ctx.entities[body.entity].subclass not in CIVIL:
            return
        for member in members:
            if member.entity != body.entity and ctx.entities[member.entity].subclass in CIVIL | {"Company"} \
                    and ctx.entities[member.entity].cls == "Organization":
                self._fact(ctx, "MEMBER_OF", member.entity, body.entity, sent, "member_of.body", 0.65)

    @staticmethod
    def _named_kind(ctx: Context, plural: str, pos: int, sent: int, least: int = 2) -> list[Mention]:
        """"the cooperatives": the bodies whose names carry the noun, named in this sentence or the two before
        (two at least: a plural; "the union": the last of them), in the order last named."""
        noun = plural[:-1]
        found = {x.entity: x for x in ctx.mentions if x.entity and sent - 2 <= x.sent <= sent and x.end <= pos
                 and ctx.cls_of(x) == "Organization" and (noun in ctx.entities[x.entity].name.lower() if least > 1
                                                         else noun in ctx.entities[x.entity].name.lower().split())}
        return list(found.values()) if len(found) >= least else []
