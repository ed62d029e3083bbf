"""Who runs a project and where it lies, read from the clause that tells it.

"the Piedra Negra mine, which the miner C plans to build in the Tolima department": C is the
project's company (OPERATES; a plan is how reports name the developer of a mine not yet built) and
the mine lies in Tolima. "travelled to the district of T, where he visited the Q project": Q lies
in T. "the mine's previous owner, C": C owned the mine.
"""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PLACE, RuleSet

SITES = ("Mine", "Facility", "Port", "Road")
AREAS = ("AdministrativeArea", "Settlement")


# Between a company and the title in apposition to it: "C, the ".
APPOSED = re.compile(r"\s*,\s*(?:the\s+|its\s+)?")
# Between a place and a kind noun set off after it: a comma and an article ("X, el yacimiento").
SET_OFF = re.compile(r"\s*,\s*(?:\w+\s+)?")


class ProjectClauses(RuleSet):
    """OPERATES and LOCATED_IN from a project's relative clause, a "where" clause and "the mine's owner, C"."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        p = r.get("project_clauses") or {}
        self.verbs = set(p.get("verbs") or [])
        self.hedges = set(p.get("plans") or [])
        self.relative = set(p.get("relative_pronouns") or [])
        self.places = set(p.get("place_prepositions") or [])
        self.where = set(p.get("where") or [])
        # "la loma X, donde C pretende abrir un proyecto": a "where" pronoun of a plan whose object is a bare site
        # noun; the place the clause hangs on is the site (relations.yaml `planned_where`, `site_nouns`).
        self.planned_where = set(p.get("planned_where") or [])
        self.site_nouns = set(p.get("site_nouns") or [])
        self.of_words = set(self.g.get("of_words") or [])
        kinds = p.get("owner_nouns") or {}
        self.owner_kind = {k.lower(): v for k, v in kinds.items()}
        sites = "|".join(map(re.escape, p.get("site_nouns") or [])) or "(?!)"
        self.owner_noun = re.compile(rf"(?:\s+(?:{sites}))?[’']s\s+(?:(?:{'|'.join(p.get('owner_adjectives') or []) or '(?!)'})\s+)?"
                                     rf"(?P<noun>{'|'.join(map(re.escape, kinds)) or '(?!)'}),?\s*", re.I)

        self.concessions = set(p.get("concession_nouns") or [])
        self.grant_verbs = set(p.get("grant_verbs") or [])
        self.grant_to = set(p.get("grant_to") or [])
        # "La licencia la tiene C", "La concesión pertenece a C", "otorgó a C la concesión del proyecto X": verbs
        # (word forms) of which one argument is a title noun and another the company holding it (read from the
        # Spanish parse, whose argument labels do not say which is which).
        self.title_verbs = set(p.get("title_verbs") or [])
        words = lambda k: "|".join(map(re.escape, p.get(k) or [])) or "(?!)"
        self.bare_owner = re.compile(rf"(?<![\w’'])(?:{words('owner_determiners')})\s+(?:(?:{words('site_nouns')})[’']s\s+)?"
                                     rf"(?:(?:{words('owner_adjectives')})\s+)?(?P<noun>{'|'.join(map(re.escape, kinds)) or '(?!)'})\s*,\s+", re.I)

    def __call__(self, ctx: Context) -> None:
        if self.verbs:
            for sent_i, sent in enumerate(ctx.sents):
                for tok in sent:
                    if tok.lower_ in self.verbs and tok.dep_ == "xcomp" and tok.head.lower_ in self.hedges:
                        self._planned(ctx, tok, sent_i)
                    elif tok.dep_ == "relcl" and any(c.lower_ in self.where and c.dep_ == "advmod" for c in tok.children):
                        self._where(ctx, tok, sent_i)
                    elif tok.lower_ in self.grant_verbs and tok.tag_ == "VBN":
                        self._granted(ctx, tok, sent_i)
                    elif tok.lower_ in self.title_verbs and tok.pos_ in ("VERB", "AUX"):
                        self._title_held(ctx, tok, sent_i)
        self._owner_apposed(ctx)
        self._owner_named_later(ctx)

    @staticmethod
    def _covering(ctx: Context, tok, classes: tuple[str, ...]) -> Mention | None:
        """The mention a noun of the parse names: the last one of its phrase up to the noun ("the
        Piedra Negra gold mine" → Piedra Negra; not "the mine of X")."""
        lo, hi = tok.left_edge.idx, tok.idx + len(tok)
        inside = [m for m in ctx.in_sentence(ctx.sent_of(tok.idx), classes) if lo <= m.start and m.end <= hi
                  or m.start <= tok.idx < m.end]
        return inside[-1] if inside else None

    def _named_after_noun(self, ctx: Context, tok, classes: tuple[str, ...], depth: int = 2) -> Mention | None:
        """"la empresa Oro Andino", "el municipio de California": the name the parse hangs after a kind noun
        (its apposition, or its "de" complement; "la mina de oro del cerro El Zapotillo": the name after the
        complement's own kind noun)."""
        for c in tok.children:
            if c.idx > tok.idx and (c.dep_ == "appos" or c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in self.of_words
                                                                                 for k in c.children)):
                found = self._covering(ctx, c, classes) or (self._named_after_noun(ctx, c, classes, depth - 1) if depth else None)
                if found is not None:
                    return found
        return None

    def _planned(self, ctx: Context, verb, sent_i: int) -> None:
        """"X, which C plans to build in P": the relative clause's subject is X's company."""
        plan = verb.head
        # The parse's relative clause ("relcl"; the Spanish model's "acl", with "que" marking the clause:
        # "La Plazuela, que la empresa C busca desarrollar en P").
        relative = plan.dep_ == "relcl" or plan.dep_ in (self.g.get("relative_clause_deps") or [])
        pronoun = any(c.dep_ == "dobj" and c.lower_ in self.relative for c in verb.children) or \
            any(c.dep_ in ("mark", "dobj") and c.lower_ in self.relative for c in plan.children) and plan.dep_ != "relcl"
        where = relative and any(c.lower_ in self.planned_where for c in plan.children) and any(
            c.dep_ == "dobj" and c.lower_ in self.site_nouns and not self._covering(ctx, c, PLACE)
            and not self._named_after_noun(ctx, c, PLACE) for c in verb.children)
        if not relative or not (pronoun or where):
            return
        noun = plan.head
        project = self._covering(ctx, noun, PLACE) or self._named_after_noun(ctx, noun, PLACE)
        if project is None and noun.lower_ in self.site_nouns:
            # "las catas de Monte Castrelo, el yacimiento de wolframio que C quiere explotar": the place the noun's
            # phrase is set off after (wherever the parse hangs the phrase).
            before = ctx.nearest_before(noun.idx, sent_i, PLACE)
            project = before if before is not None and SET_OFF.fullmatch(ctx.report.text, before.end, noun.idx) else None
        if project is not None and (where or noun.lower_ in self.site_nouns) \
                and ctx.entities[project.entity].subclass in ("Settlement", "NaturalFeature", None):
            # The clause says the place is a site (a mine is planned there), whatever typing read in its name.
            ctx.entities[project.entity].subclass = "Mine"
        subject = next((c for c in plan.children if c.dep_ == "nsubj"), None)
        company = (self._covering(ctx, subject, ORG) or self._named_after_noun(ctx, subject, ORG)) if subject is not None else None
        if project is None or ctx.entities[project.entity].subclass not in SITES:
            return
        if company is not None and ctx.entities[company.entity].subclass == "Company":
            self._fact(ctx, "OPERATES", company.entity, project.entity, sent_i, "operates.planned", 0.65)
        # "to build in P" (a preposition and its object; the Spanish model's oblique with its case word: "en P").
        objects = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in self.places
                   for p in prep.children if p.dep_ == "pobj"] + \
            [c for c in verb.children if c.dep_ in ("obl", "dobj") and any(k.dep_ == "case" and k.lower_ in self.places for k in c.children)]
        for p in objects:
            area = self._covering(ctx, p, PLACE) or self._named_after_noun(ctx, p, PLACE)
            if area is not None and ctx.entities[area.entity].subclass in AREAS and area.entity != project.entity:
                self._fact(ctx, "LOCATED_IN", project.entity, area.entity, sent_i, "located_in.planned", 0.6)

    def _where(self, ctx: Context, clause, sent_i: int) -> None:
        """"the district of T, where he visited the Q project": the sites the clause names lie in T."""
        area = self._covering(ctx, clause.head, PLACE)
        if area is None or ctx.entities[area.entity].subclass != "AdministrativeArea":
            return
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        for site in ctx.in_sentence(sent_i, PLACE):
            if lo <= site.start < hi and ctx.entities[site.entity].subclass in SITES:
                self._fact(ctx, "LOCATED_IN", site.entity, area.entity, sent_i, "located_in.where", 0.6)

    def _owner_apposed(self, ctx: Context) -> None:
        """"the mine's previous owner, BHP Billiton", "Tintaya's operator, C": C owns (runs) the site."""
        if not self.owner_kind:
            return
        text = ctx.report.text
        for site in ctx.mentions:
            if not site.entity or ctx.entities[site.entity].subclass not in SITES:
                continue
            found = self.owner_noun.match(text, site.end)
            company = ctx.mention_at(found.end(), ORG) if found else None
            if found and company is None:
                # "C, the X mine's operator, said": the company the title is in apposition to.
                before = ctx.nearest_before(site.start, site.sent, ORG)
                company = before if before is not None and APPOSED.fullmatch(text, before.end, site.start) else None
            if company is None or ctx.entities[company.entity].subclass not in ("Company", None):
                continue
            kind = self.owner_kind[found.group("noun").lower()]
            self._fact(ctx, kind, company.entity, site.entity, site.sent, f"{kind.lower()}.apposed", 0.65)

    def _owner_named_later(self, ctx: Context) -> None:
        """"The concession is held by ... . The operator, C, began works in 2017": the operator the
        report names only by its role runs the site named last before it."""
        text = ctx.report.text
        for m in self.bare_owner.finditer(text):
            company = ctx.mention_at(m.end(), ORG)
            if company is None or ctx.entities[company.entity].subclass not in ("Company", None):
                continue
            sent = ctx.sent_of(m.start())
            site = next((x for x in reversed(ctx.mentions) if x.entity and x.end <= m.start() and sent - 2 <= x.sent <= sent
                         and ctx.entities[x.entity].subclass in SITES), None)
            if site is not None:
                kind = self.owner_kind[m.group("noun").lower()]
                self._fact(ctx, kind, company.entity, site.entity, sent, f"{kind.lower()}.named_later", 0.6)

    def _granted(self, ctx: Context, verb, sent_i: int) -> None:
        """"The X concession was granted in 2014 to C", "the licence of the X mine, granted to C", "The
        title is held by C": C owns the site of the concession, or the site named last before."""
        if any(c.dep_ == "neg" for c in verb.children):
            return
        noun = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        for _ in range(4):
            # "the licence of the X mine in T, P, granted to C": the parse hangs the verb on a later noun.
            if noun is None or noun.lower_ in self.concessions or noun.dep_ not in ("pobj", "prep", "appos", "compound"):
                break
            noun = noun.head
        if noun is None or noun.lower_ not in self.concessions:
            return
        holders = [c for prep in verb.children if (prep.dep_ in ("prep", "dative") and prep.lower_ in self.grant_to)
                   or prep.dep_ == "agent" for c in prep.children if c.dep_ == "pobj"]
        holder = next((self._covering(ctx, h, ORG) for h in holders if self._covering(ctx, h, ORG)), None)
        if holder is None or ctx.entities[holder.entity].subclass not in ("Company", None):
            return
        lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
        site = next((m for m in ctx.in_sentence(sent_i, PLACE) if lo <= m.start < hi and ctx.entities[m.entity].subclass in SITES), None)
        if site is None and not any(t.tag_.startswith("NNP") for t in noun.doc[noun.left_edge.i:noun.i]):
            # "The concession is held by C", "the special mining lease was held by C": no site in it, the one the
            # passage spoke of last, or the only one the report has named so far.
            before = [x for x in ctx.mentions if x.entity and x.end <= noun.idx and ctx.entities[x.entity].subclass in SITES]
            recent = [x for x in before if sent_i - 2 <= x.sent]
            site = recent[-1] if recent else before[-1] if len({x.entity for x in before}) == 1 else None
        if site is not None:
            self._fact(ctx, "OWNS", holder.entity, site.entity, sent_i, "owns.concession", 0.65)

    def _title_held(self, ctx: Context, verb, sent_i: int) -> None:
        """"La licencia de exploración la tiene C", "La concesión pertenece a C", "otorgó a C la concesión del
        proyecto X": C owns the site the title is of (or, with none named in it, the site the passage spoke of)."""
        if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca") for c in verb.children):
            return
        args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "obl", "nmod")]
        titles = [c for c in args if c.lower_ in self.concessions]
        if not titles:
            return
        # "otorgó a C la concesión": the one the title goes "to", not the body granting it (the verb's subject).
        to = [c for c in args if any(k.dep_ == "case" and k.lower_ in self.grant_to for k in c.children)]
        holders = [m for c in (to or [c for c in args if c not in titles]) for m in [self._covering(ctx, c, ORG)] if m]
        holder = next((m for m in holders if ctx.entities[m.entity].subclass == "Company"), None)
        if holder is None:
            return
        title = titles[0]
        lo, hi = title.left_edge.idx, title.right_edge.idx + len(title.right_edge)
        in_title = [m for m in ctx.in_sentence(sent_i, PLACE) if lo <= m.start < hi]
        site = next((m for m in in_title if ctx.entities[m.entity].subclass in SITES), None)
        if not in_title:
            before = [x for x in ctx.mentions if x.entity and x.end <= title.idx and ctx.cls_of(x) == "Place"
                      and ctx.entities[x.entity].subclass in SITES]
            recent = [x for x in before if sent_i - 2 <= x.sent]
            # The site named last in the passage, or the only one the report has named so far.
            site = recent[-1] if recent else before[-1] if len({x.entity for x in before}) == 1 else None
        if site is not None:
            self._fact(ctx, "OWNS", holder.entity, site.entity, sent_i, "owns.title_held", 0.65)
