"""Positions read from the clause rather than from the words next to a title.

"The Secretariat of Human Rights sent a delegation to A, led by Vice-Minister X", "a delegation of
the Ministry of Economy led by the undersecretary of mining, Y": the titled person who leads a
delegation holds a post in the body that sent it (the delegation is what they head, and it is no
node of its own).
"""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, alternatives, key, rules
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PERSON, PLACE, RuleSet

FINITE = ("VBD", "VBZ", "VBP", "MD")
# An article and up to three lower-case words: a title between a phrase and the name it is of (set off by a
# comma or not: "encabezada por la defensora regional, X").
TITLE_WORDS = re.compile(r"\s*(?:(?:the|a|an|el|la|los|las)\s+)?(?:(?-i:[a-záéíóúñ])[\w\u00C0-\u017F-]*\s+){0,2}"
                         r"(?-i:[a-záéíóúñ])[\w\u00C0-\u017F-]*,?\s+")


class PositionClauses(RuleSet):
    """HOLDS_POSITION from a delegation's sender and its titled leader (MEMBER_OF for an untitled one); MEMBER_OF
    from "members of B, including A";
    either from "A and B, leaders of B"."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.led_by = alternatives(r["heads"]["org_then_person"])
        self.group_nouns = set((r.get("delegations") or {}).get("nouns") or [])
        self.senders = set((r.get("delegations") or {}).get("of") or [])
        self.owner_pronouns = set(rules("roles.yaml", lex.language).get("owner_pronouns") or [])
        self.members_of = re.compile(r.get("members_including", "(?!)"), re.I)
        self.members_list = re.compile(r.get("members_list", "(?!)"), re.I)
        self.listed_nouns = {k.lower(): v for k, v in (r.get("listed_nouns") or {}).items()}
        self.listed_link = re.compile(r.get("listed_link", "(?!)"), re.I)
        plural = r.get("plural_titles") or {}
        self.plural_body = {k.lower(): v for k, v in plural.items()}
        self.plural = re.compile(rf"\b(?P<title>{'|'.join(map(re.escape, plural)) or '(?!)'})\s+", re.I)
        # "Community leaders A and B of the Lenca community": a plural title, the people, the body after them.
        before = rules("roles.yaml", lex.language).get("plural_titles_before") or []
        self.plural_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, before)) or '(?!)'})\s+", re.I)
        paired = r.get("paired_titles") or {}
        self.paired_titles = {k.lower(): v for k, v in (paired.get("titles") or {}).items()}
        self.paired_kinds = {k.lower(): v for k, v in (paired.get("kinds") or {}).items()}
        kinds = "|".join(map(re.escape, sorted(self.paired_kinds, key=len, reverse=True))) or "(?!)"
        self.paired = re.compile(rf"\b(?P<title>{'|'.join(map(re.escape, self.paired_titles)) or '(?!)'})"
                                 rf"{paired.get('link', '(?!)')}(?:(?P<kind>{kinds})\s+(?:de\s+|del\s+)?)?", re.I)
        self.paired_gap = re.compile(paired.get("gap", "(?!)"), re.I)
        behalf = r.get("on_behalf") or {}
        self.behalf_opener = re.compile(behalf.get("opener", "(?!)"))
        self.behalf_verb = re.compile(behalf.get("verb", "(?!)"))
        self.behalf_end = re.compile(behalf.get("clause_end", "(?!)"))

    def __call__(self, ctx: Context) -> None:
        if self.group_nouns:
            self.delegations(ctx)
        self.members_named(ctx)
        self.listed_people(ctx)
        self.plural_titled(ctx)
        self.plural_titled_of(ctx)
        self.paired_titled(ctx)
        self.on_behalf(ctx)

    def plural_titled(self, ctx: Context) -> None:
        """"with Justices A and B": each person of the list holds the title in the body named last
        whose name has the title's word ("the Constitutional Court")."""
        for m, sent in self._phrases(ctx, self.plural):
            word = re.compile(rf"\b{re.escape(self.plural_body[m.group('title').lower()])}\b", re.I)
            body = next((x for x in reversed(ctx.mentions) if x.entity and x.end <= m.start()
                         and ctx.cls_of(x) == "Organization" and word.search(ctx.entities[x.entity].name)), None)
            if body is None:
                continue
            for person in ctx.chain_at(m.end(), PERSON):
                if ctx.cls_of(person) == "Person":
                    self._fact(ctx, "HOLDS_POSITION", person.entity, body.entity, sent, "position.plural_title", 0.65,
                               title=m.group("title").lower().rstrip("s"))

    def plural_titled_of(self, ctx: Context) -> None:
        """"Community leaders A and B of the Lenca community were arrested": each person of the list holds a
        post in the body named right after the list."""
        for m, sent in self._phrases(ctx, self.plural_before):
            people = [p for p in ctx.chain_at(m.end(), PERSON) if ctx.cls_of(p) == "Person"]
            link = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", ctx.report.text[people[-1].end:people[-1].end + 12]) \
                if len(people) > 1 else None
            body = ctx.mention_at(people[-1].end + link.end(), ORG) if link else None
            if body is None or ctx.entities[body.entity].subclass == "MediaOutlet":
                continue
            for person in people:
                self._fact(ctx, "HOLDS_POSITION", person.entity, body.entity, sent, "position.plural_title_of", 0.65)

    def paired_titled(self, ctx: Context) -> None:
        """"los presidentes de las comunidades de A, X, y de B, Y", "los alcaldes de A y B, X e Y": each person
        holds the title in their own place's body, paired in the order the text names them (relations.yaml
        `paired_titles`: the body is the one of the plural's kind the report names for the place)."""
        for m, sent in self._phrases(ctx, self.paired):
            run, pos = [], m.end()
            while True:
                found = ctx.mention_at(pos, PERSON + ORG + PLACE)
                if found is None or found.sent != sent:
                    break
                run.append(found)
                gap = self.paired_gap.match(ctx.report.text, found.end)
                if gap is None:
                    break
                pos = gap.end()
            people = [x for x in run if ctx.cls_of(x) == "Person"]
            places = [x for x in run if ctx.cls_of(x) != "Person"]
            alternating = all((ctx.cls_of(x) == "Person") == (i % 2 == 1) for i, x in enumerate(run))
            grouped = run[:len(places)] == places
            if len(people) < 2 or len(people) != len(places) or not (alternating or grouped):
                continue
            spec = self.paired_titles[m.group("title").lower()]
            subclass = self.paired_kinds.get(re.sub(r"\s+", " ", (m.group("kind") or "").lower()), spec.get("body"))
            for person, place in zip(people, places):
                body = self._body_for_place(ctx, place, subclass) if subclass else place.entity
                if body is None:
                    continue
                self._fact(ctx, "HOLDS_POSITION", person.entity, body, sent, "position.paired_title", 0.65,
                           title=spec["title"])
                if spec.get("heads") and ctx.entities[body].cls == "Organization":
                    self._fact(ctx, "HEADS", person.entity, body, sent, "position.paired_title", 0.6)

    @staticmethod
    def _body_for_place(ctx: Context, place: Mention, subclass: str) -> str | None:
        """The one body of `subclass` the report names for the place ("la comunidad campesina de A" for "A"),
        or the place's mention itself where it reads such a body."""
        if ctx.entities[place.entity].subclass == subclass:
            return place.entity
        town = re.compile(rf"\b{re.escape(key(ctx.entities[place.entity].name))}$")
        found = {e.id for e in ctx.entities.values() if e.subclass == subclass and any(town.search(key(n)) for n in (e.name, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    def on_behalf(self, ctx: Context) -> None:
        """"Por el Ministerio de Ambiente asistió la directora regional de Chiriquí, X": the people the clause names
        after its verb attend for the body that opens it, a post in it (relations.yaml `on_behalf`)."""
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.behalf_opener):
            body = ctx.mention_at(m.end(), ORG)
            verb = self.behalf_verb.match(text, body.end) if body is not None and body.sent == sent else None
            if verb is None or ctx.entities[body.entity].subclass in ("MediaOutlet", "Community"):
                continue
            end = self.behalf_end.search(text, verb.end(), ctx.sents[sent].end_char)
            for person in ctx.in_sentence(sent, PERSON):
                if verb.end() <= person.start and (end is None or person.end <= end.start()) and ctx.cls_of(person) == "Person":
                    self._fact(ctx, "HOLDS_POSITION", person.entity, body.entity, sent, "position.on_behalf", 0.65)

    def listed_people(self, ctx: Context) -> None:
        """"Rosa Quispe and Juan Mamani, leaders of the Frente": each person of the list holds a post in
        (or belongs to) the body the plural noun after it is of."""
        if not self.listed_nouns:
            return
        text = ctx.report.text
        done: set[str] = set()
        for first in ctx.mentions:
            if not first.entity or ctx.cls_of(first) != "Person" or first.entity in done:
                continue
            people = [m for m in ctx.list_from(first, PERSON) if ctx.cls_of(m) == "Person"]
            done.update(m.entity for m in people)
            link = self.listed_link.match(text, people[-1].end) if len(people) > 1 else None
            kind = self.listed_nouns.get(link.group("noun").lower()) if link else None
            body = ctx.mention_at(link.end(), ORG) if kind else None
            if body is None or ctx.entities[body.entity].subclass == "MediaOutlet":
                continue
            for person in people:
                self._fact(ctx, kind, person.entity, body.entity, person.sent, "position.listed", 0.65)

    def members_named(self, ctx: Context) -> None:
        """"members of the Frente, including A and B": each person of the list belongs to the body."""
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.members_of):
            body = ctx.mention_at(m.end(), ORG)
            listed = self.members_list.match(text, body.end) if body is not None else None
            if listed is None or ctx.entities[body.entity].subclass == "MediaOutlet":
                continue
            for person in ctx.chain_at(listed.end(), PERSON):
                if ctx.cls_of(person) == "Person":
                    self._fact(ctx, "MEMBER_OF", person.entity, body.entity, sent, "member_of.including", 0.65)

    def delegations(self, ctx: Context) -> None:
        for m, sent in self._phrases(ctx, self.led_by):
            person = ctx.mention_at(m.end(), PERSON) or self._past_title(ctx, m.end(), sent)
            if person is None or ctx.cls_of(person) != "Person":
                continue
            role = self._role_of(ctx, person, sent)
            group = self._group_before(ctx, m.start(), sent)
            body = self._sender(ctx, group) if group is not None else None
            if body is None or ctx.entities[body.entity].subclass not in ("GovernmentBody", "PoliceUnit", "MilitaryUnit", "Company",
                                                                          "CivilSocietyOrganization", "Community", None):
                continue
            if role is not None:
                self._fact(ctx, "HOLDS_POSITION", person.entity, body.entity, sent, "position.delegation", 0.7,
                           title=role.title)
            else:
                # "its community relations team, led by X": an untitled leader of a body's team is one of its people.
                self._fact(ctx, "MEMBER_OF", person.entity, body.entity, sent, "member_of.delegation", 0.6)

    @staticmethod
    def _past_title(ctx: Context, pos: int, sent: int) -> Mention | None:
        """"encabezada por la procuradora adjunta X": the person named past a few lower-case words (a title the
        lexicon does not know), with no name or punctuation between."""
        person = next((x for x in ctx.in_sentence(sent, PERSON) if x.start >= pos), None)
        return person if person is not None and TITLE_WORDS.fullmatch(ctx.report.text[pos:person.start]) else None

    @staticmethod
    def _role_of(ctx: Context, person: Mention | None, sent: int) -> Mention | None:
        """The title the sentence gives the person ("Vice-Minister X", "the undersecretary of mining, X")."""
        if person is None or ctx.cls_of(person) != "Person":
            return None
        return next((r for r in ctx.roles if r.sent == sent and r.holder is not None and r.holder.entity == person.entity), None)

    def _group_before(self, ctx: Context, pos: int, sent: int):
        """The delegation noun the phrase is said of: the last one before it in its clause (no finite
        verb between; the parse may hang "led by" from the place the delegation went to)."""
        span = ctx.sents[sent]
        found = None
        for tok in span:
            if tok.idx >= pos:
                break
            if tok.lower_ in self.group_nouns:
                found = tok
            elif found is not None and tok.tag_ in FINITE:
                found = None
        return found

    def _sender(self, ctx: Context, group) -> Mention | None:
        """The body a delegation is of ("a delegation of B") or that sent it (the subject of the
        verb whose object it is: "B sent a delegation")."""
        if any(c.dep_ == "poss" and c.lower_ in self.owner_pronouns for c in group.children):
            # "The company reaffirms that its team, led by X": the body "its" points to, the sentence's first.
            sent = ctx.sent_of(group.idx)
            named = [x for x in ctx.in_sentence(sent, ORG) if x.end <= group.idx
                     and ctx.entities[x.entity].subclass != "MediaOutlet"]
            return named[0] if named else None
        for prep in (c for c in group.children if c.dep_ == "prep" and c.lower_ in self.senders):
            for p in (c for c in prep.children if c.dep_ == "pobj"):
                named = ctx.in_subtree(p, ORG)
                if named:
                    return named[0]
        # The Spanish parse: the sender is a complement with its case word ("una comitiva de la Procuraduría",
        # "una comisión de diputados de la Legislatura").
        for p in (c for c in group.children if c.dep_ == "nmod" and c.i > group.i
                  and any(k.dep_ == "case" and k.lower_ in self.senders for k in c.children)):
            named = ctx.in_subtree(p, ORG)
            if named:
                return named[0]
        if group.dep_ in ("dobj", "nsubjpass"):
            verb = group.head
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                named = [x for x in ctx.in_subtree(subj, ORG) if x.start >= subj.left_edge.idx]
                if named:
                    return named[0]
        return None

