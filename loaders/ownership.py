"""Who operates or owns a mine, a port or a company."""
from __future__ import annotations

import re

from graph.ids import entity_id
from loaders.lexicon import Lexicon, alternatives, key
from loaders.model import Context, Entity, Mention
from loaders.lease_clauses import LeaseClauses
from loaders.ownership_clauses import OwnershipClauses, fits
from loaders.relation_rules import GAP, ORG, PERSON, PLACE, RuleSet

# "owned by a consortium made up of": the owners are the members listed next.
CONSORTIUM = re.compile(r"\s*(?:a|the)\s+(?:consortium|joint\s+venture|group\s+of\s+companies)\s+"
                        r"(?:made\s+up\s+of|formed\s+by|composed\s+of|of|comprising)\s+", re.I)

# After a company's name, before its mine's: "'s", a bare apostrophe after an s ("Minerals'"), a blank.
POSSESSIVE = re.compile(r"[’']s\s+|(?<=s)[’']\s+|[ \t]+(?=\S)")
# After the name of the country (or town) an owner is from, its possessive ("India's Sundara Steel").
POSSESSOR = re.compile(r"[’']s[ \t]+(?=[A-Z\u00C0-\u00DE])")
# The tags of a finite verb, which no apposition reaches across.
FINITE = {"VBZ", "VBD", "VBP"}
# Places that locate what is owned rather than being owned.
AREAS = {"AdministrativeArea", "Settlement", "NaturalFeature", None}
# Between a place and the area after it, or the area and the phrase: ", ", " in the ", " department, ", ", in the state of ".
LOCATING_GAP = re.compile(r"[\s,]*(?:(?:in|of|near)\s+(?:the\s+)?)?(?:(?:department|province|region|district|state|municipality)\s*(?:of\s+)?)?[\s,]*", re.I)


class Ownership(RuleSet):
    """OPERATES and OWNS from ownership phrases, apposition, possessives and the gazetteer."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.ownership = [(kind, order, alternatives(p)) for kind in ("operates", "owns")
                          for order, p in r[kind].items()]
        self.owned_apposition = [re.compile(p, re.I) for p in r["owned_apposition"]]
        # A language whose rules have no description or relative clause reads none.
        self.description = re.compile(r.get("owner_description", "(?!)"), re.I)
        # "X, which the Canadian firm Y owns", "X, in which Y keeps 49%": Y owns X.
        self.relatives = [{k: re.compile(p, re.I) for k, p in pair.items()}
                          for pair in (r.get("owns_relative"), r.get("stake_relative")) if pair]
        # Who owns or operates what, read from the parse (loaders/ownership_clauses.py).
        self.clauses = OwnershipClauses(lex, r)
        self.leases = LeaseClauses(lex, r)
        self.possessive_unit = re.compile(r.get("possessive_unit", "(?!)"))
        self.unit_of = re.compile(r.get("unit_of", "(?!)"), re.I)
        self.company_words = set(r.get("company_words") or [])
        self.owner_aside = re.compile(r.get("owner_aside", "(?!)"), re.I)
        self.owned_share = re.compile(r.get("owned_share", "(?!)"), re.I)
        self.owner_aside_gap = re.compile(r.get("owner_aside_gap", "(?!)"), re.I)
        # "a subsidiary of Vancouver-based X": a place named only to describe the company after it.
        self.described_by = re.compile(r.get("described_by", "(?!)"), re.I)
        self.hyphen_owned = {kind: re.compile(p, re.I) for kind, p in (r.get("hyphen_owned") or {}).items()}
        # "titular de la unidad minera X": a mine's kind in the phrase, not a subsidiary ("unidad") it names.
        self.place_kind = re.compile(r.get("place_kind_in_phrase", "(?!)"), re.I)
        self.owned_relative = re.compile(r.get("owned_relative", "(?!)") + r"\Z", re.I)
        self.site_nouns = set(r.get("unnamed_site_nouns") or [])
        # "filial de la canadiense X": the name after a parent phrase and a nationality is a company's.
        self.parent_named = re.compile(r.get("parent_named", "(?!)"))

    def __call__(self, ctx: Context) -> None:
        self._parents_named(ctx)
        self.operators(ctx)

    def _parents_named(self, ctx: Context) -> None:
        """"Minera T, filial de la canadiense Redwing Silver": the capitalised words after the phrase name a company,
        where NER saw none there (a mention is made) or typing read a place or a person ("Tern Lake Minerals")."""
        prefix = self.onto.classes["Organization"].id_prefix
        for found in self.parent_named.finditer(ctx.report.text):
            start, end = found.span("name")
            over = [m for m in ctx.mentions if m.start < end and start < m.end]
            same = over[0] if len(over) == 1 and (over[0].start, over[0].end) == (start, end) else None
            if over and not (same and (same.entity is None or ctx.cls_of(same) in ("Place", "Person")
                                       and ctx.entities[same.entity].entry is None)):
                continue    # a company already, a gazetteer's entry, or a span NER cut otherwise
            name = found.group("name")
            ident = next((e.id for e in ctx.entities.values() if e.cls == "Organization" and key(e.name) == key(name)),
                         entity_id(prefix, name))
            company = ctx.entities.setdefault(ident, Entity(ident, "Organization", "Company", name))
            if same is not None and same.entity is None:
                same.entity, same.cls = ident, "Organization"
                company.mentions.append(same)
            elif same is not None:
                old = ctx.entities.pop(same.entity)
                for m in ctx.mentions:
                    if m.entity == old.id:
                        m.entity, m.cls = ident, "Organization"
                company.mentions.extend(old.mentions)
                ctx.facts = [f for f in ctx.facts if old.id not in (f.start, f.end)]
            else:
                mention = Mention(start, end, name, "ner", sent=ctx.sent_of(start), label="ORG", cls="Organization", entity=ident)
                company.mentions.append(mention)
                ctx.add_mentions(mention)

    def operators(self, ctx: Context) -> None:
        text = ctx.report.text
        for kind, order, pattern in self.ownership:
            for m, sent in self._phrases(ctx, pattern):
                word = re.search(r"(\w+)\s+$", text[max(0, m.start() - 16):m.start()])
                if kind == "operates" and word and self.g.subsidiary.match(word.group(1)):
                    continue    # "filial de la canadiense Y": the parent of the company before, not an operator
                # Companies own companies too ("Minera Yanacocha, owned by Newmont").
                owned = PLACE + ORG if kind == "owns" else PLACE
                if self.g.subsidiary.search(self.place_kind.sub("", m.group(0))):
                    owned = ORG     # "X, operator of the Y mine and a subsidiary of Z": X is the subsidiary
                # "the X project in P, which is operated by": the place before the relative pronoun.
                relative = self.owned_relative.search(text, ctx.sents[sent].start_char, m.start()) if order == "place_then_company" else None
                first = self._owned_before(ctx, relative.start() if relative else m.start(), sent, owned) if order == "place_then_company" \
                    else ctx.nearest_before(m.start(), sent, ORG)
                if first is not None and order == "place_then_company" and (";" in text[first.end:m.start()]
                                                                          or self._apposed_to_site(ctx, first, m.start())):
                    first = None    # "D; the remaining 25 percent belongs to E": another clause, not said of D
                share = self.owned_share.match(text, m.end()) if kind == "owns" and order == "company_then_place" else None
                second = self._named_after(ctx, share.end() if share else m.end(), ORG if order == "place_then_company" else owned)
                if second is None and first is not None and GAP.fullmatch(text[first.end:m.start()]):
                    # "el proyecto X de la empresa Minera T": the longest phrase ("de la empresa minera") took the
                    # first word of the name that follows it.
                    second = next((x for x in ctx.in_sentence(sent, ORG if order == "place_then_company" else owned)
                                   if m.start() < x.start < m.end() < x.end), None)
                unit = self.unit_of.match(text, m.end()) if order == "place_then_company" and second is None else None
                if unit:
                    # "run by a subsidiary of C, D": D runs it and C owns D; with no D named, C runs it through its unit.
                    parent = self._named_after(ctx, unit.end(), ORG)
                    apposed = re.match(r"\s*,\s*", text[parent.end:]) if parent else None
                    second = ctx.mention_at(parent.end + apposed.end(), ORG) if apposed else None
                    if second is not None and fits(ctx, parent, second, "owns", True):
                        self._fact(ctx, "OWNS", parent.entity, second.entity, sent, "owns.unit_of", 0.7)
                    else:
                        second = parent
                described = re.match(r"\s+(?-i:[a-z])[\w-]+\s+", text[second.end:]) if order == "place_then_company" and second else None
                if described and ctx.mention_at(second.end + described.end(), PERSON) is not None:
                    second = None   # "controlled by the Davao businessman X": a name that describes the person after it
                company, place = (second, first) if order == "place_then_company" else (first, second)
                if order == "company_then_place" and company is not None and re.fullmatch(r"\s*,\s*|,?\s+and\s+(?:the\s+)?", text[company.end:m.start()]) \
                        and self.g.get("parent_apposition") and self.g.parent_apposition.search(text, max(0, company.start - 60), company.start):
                    # "C, a subsidiary of P and owner of the Y mine", "C, a unit of P, operates Y": C, not its parent.
                    company = ctx.nearest_before(company.start - 1, sent, ORG)
                    company = company if company is not None and not self.g.parent_apposition.search(
                        text, max(0, company.start - 60), company.start) else None
                aside = self.owner_aside.search(text, max(0, company.start - 100), company.start) \
                    if order == "company_then_place" and company is not None and self.owner_aside_gap.fullmatch(text, company.end, m.start()) else None
                if aside:
                    # "C, controlled by D, runs X", "C, owned by D and E, runs X": C runs X, D and E only own C.
                    company = ctx.nearest_before(aside.start(), sent, ORG)
                if owned == ORG and place is not None and re.search(r"\b(?:which|who)\b|%", text[place.end:m.start()]):
                    place = None    # "MMG, which holds 62.5%, a unit of Guoxin (22.5%)": another item of a list
                consortium = CONSORTIUM.match(text, m.end()) if kind == "owns" and order == "place_then_company" else None
                if consortium:
                    # "The Quilla mine in Peru is owned by": the mine, not the country.
                    first = next((x for x in reversed(ctx.in_sentence(sent, PLACE + ORG)) if x.end <= m.start()
                                  and ctx.entities[x.entity].subclass in ("Mine", "Port", "Road", "Facility", "Company")), None)
                if consortium and first is not None:
                    # "owned by a consortium made up of A, B and C": each one owns it.
                    for other in ctx.chain_at(consortium.end(), ORG):
                        if fits(ctx, other, first, kind):
                            self._fact(ctx, "OWNS", other.entity, first.entity, sent, "owns.consortium", 0.7)
                    for other in ctx.in_sentence(sent, ORG):
                        if other.start > consortium.end() and re.match(r"\s*\(\s*\d", text[other.end:other.end + 6]) \
                                and fits(ctx, other, first, kind):
                            self._fact(ctx, "OWNS", other.entity, first.entity, sent, "owns.consortium", 0.7)
                # "owned by X", "a subsidiary of X": the phrase says X is a company, where typing did not.
                untyped = order == "place_then_company"
                if company and place and fits(ctx, company, place, kind, untyped):
                    # "Sur Metals owns the Agua Negra and Filo Rojo mines": each one of the list.
                    items = ctx.list_from(place, PLACE) if order == "company_then_place" else [place]
                    for item in (x for x in items if fits(ctx, company, x, kind, untyped)):
                        self._fact(ctx, kind.upper(), company.entity, item.entity, sent, f"{kind}.phrase", 0.8)
                if kind == "owns" and order == "place_then_company" and company and place:
                    # "whose shareholders are Newmont and Buenaventura": every owner of the list.
                    for other in [company] + ctx.chain_at(company.start, ORG)[1:] + self.clauses.coordinated(ctx, company):
                        if fits(ctx, other, place, kind, untyped=other is not company, state=True):
                            self._fact(ctx, "OWNS", other.entity, place.entity, sent, "owns.phrase", 0.75)
        for pattern in self.owned_apposition:
            for m, sent in self._phrases(ctx, pattern):
                owned = ctx.nearest_before(m.start(), sent, ORG)
                if owned is not None and not GAP.match(re.sub(r"\b(?:the|a|an)\b", "", text[owned.end:m.start()])):
                    owned = None
                if owned is None:
                    # "the company's Argentine unit, Minera X": the unit named right after.
                    comma = re.match(r"\s*,\s*", text[m.end():])
                    owned = ctx.mention_at(m.end() + comma.end(), ORG) if comma else None
                parent = self._antecedent_company(ctx, m.start(), owned)
                if owned and parent:
                    # "X, the company's local unit": X is a company too.
                    if ctx.entities[owned.entity].subclass is None:
                        ctx.entities[owned.entity].subclass = "Company"
                    self._fact(ctx, "OWNS", parent, owned.entity, sent, "owns.apposition", 0.7)
        for company in (m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == "Company"):
            # "Norvale's Kantu mine", "Hudmet Minerals' Kantu mine", "the Norvale Kantu mine".
            after = POSSESSIVE.match(text, company.end)
            place = ctx.mention_at(after.end(), PLACE) if after else None
            for kind, hyphen in self.hyphen_owned.items():
                # "the Andes Copper-owned X mine": the company before the hyphen owns (or runs) X.
                joined = hyphen.match(text, company.end)
                owned = ctx.mention_at(joined.end(), PLACE + ORG) if joined else None
                if owned is not None and owned.sent == company.sent and fits(ctx, company, owned, kind):
                    self._fact(ctx, kind.upper(), company.entity, owned.entity, company.sent, f"{kind}.hyphen", 0.7)
            if place and place.sent == company.sent and fits(ctx, company, place):    # not across a full stop
                # "the company's X project": the company the report is about, not the last one named.
                owner = self._antecedent_company(ctx, company.start, None) if company.source == "anaphora" else company.entity
                self._fact(ctx, "OPERATES", owner or company.entity, place.entity, company.sent, "operates.possessive", 0.7)
        for m, sent in self._phrases(ctx, self.possessive_unit):
            # "Hudmet's Peruvian unit, Hudmet Peru": the company before owns the one named after.
            parent = next((x for x in ctx.in_sentence(sent, ORG) if x.end == m.start()), None)
            owned = ctx.mention_at(m.end(), ORG)
            if parent and owned and fits(ctx, parent, owned, "owns"):
                self._fact(ctx, "OWNS", parent.entity, owned.entity, sent, "owns.possessive_unit", 0.7)
        self._owned_relative(ctx)
        self.clauses(ctx)
        self.leases(ctx)
        self._named_after_mine(ctx)
        self._named_after_parent(ctx)
        self._known_operators(ctx)

    def _named_after(self, ctx: Context, pos: int, classes: tuple[str, ...]) -> Mention | None:
        """The mention right after an ownership phrase, past a description of it ("a unit of
        Canadian miner X")."""
        text = ctx.report.text
        found = ctx.mention_at(pos, classes)
        if found is not None and self.described_by.match(text, found.end):
            found = None        # "Vancouver-based X": "Vancouver" describes X
        elif found is not None and self.description.fullmatch(found.text) and re.match(r"[ \t]+\S", text[found.end:]):
            # "the Anglo-Australian group X": a mention that is only the description of the one after it.
            found = ctx.mention_at(found.end, classes) or found
        if found is None:
            desc = self.description.match(text, pos)
            found = ctx.mention_at(desc.end(), classes) if desc and desc.end() > pos else None
        owner_of = POSSESSOR.match(text, found.end) if found is not None else None
        if owner_of is not None:
            # "a unit of India's Sundara Steel": the country (whatever typing made of it) only says where the owner is.
            found = ctx.mention_at(owner_of.end(), ORG) or found
        return found

    def _apposed_to_site(self, ctx: Context, first: Mention, pos: int) -> bool:
        """"C also holds half of the X project, a joint venture between A and B": a phrase in apposition to a site's
        noun (relations.yaml `unnamed_site_nouns`; a name NER missed) past a verb of the clause is said of that site,
        not of the body before the verb."""
        comma = re.search(r"(\w+)\s*,\s*$", ctx.report.text[first.end:pos])
        # (the words between lie in `first`'s sentence: the phrase at `pos` is read in the sentence `first` is found in)
        return comma is not None and comma.group(1).lower() in self.site_nouns and any(
            first.end <= t.idx < pos and t.tag_ in FINITE for t in ctx.sents[first.sent])

    @staticmethod
    def _owned_before(ctx: Context, pos: int, sent: int, classes: tuple[str, ...]) -> Mention | None:
        """The mention an ownership phrase follows, past the areas right before it that locate
        it ("the X mine in Y department, operated by")."""
        before = [x for x in ctx.in_sentence(sent, classes) if x.end <= pos and not ctx.in_parentheses(x.start)]
        cur = pos
        for x in reversed(before):
            if ctx.cls_of(x) == "Place" and ctx.entities[x.entity].subclass in AREAS \
                    and LOCATING_GAP.fullmatch(ctx.report.text, x.end, cur):
                cur = x.start
                continue
            return x
        return before[-1] if before else None

    def _owned_relative(self, ctx: Context) -> None:
        """"X, which the Canadian firm Y owns", "X, in which Y keeps 49%": Y owns X."""
        text = ctx.report.text
        for owned in ctx.mentions:
            if not owned.entity:
                continue
            for relative in self.relatives:
                rel = relative["before"].match(text, owned.end)
                owner = self._named_after(ctx, rel.end(), ORG) if rel else None
                if owner is not None and relative["after"].match(text[owner.end:owner.end + 30]) \
                        and fits(ctx, owner, owned, "owns", untyped=True):
                    self._fact(ctx, "OWNS", owner.entity, owned.entity, owner.sent, "owns.relative", 0.75)

    @staticmethod
    def _antecedent_company(ctx: Context, pos: int, owned: Mention | None) -> str | None:
        """"the company's local unit": the company the report is about so far (named most often
        before, "the company" that points back to it counted too, the latest on a tie), other than
        the unit itself."""
        counts: dict[str, tuple[int, int]] = {}
        for m in ctx.mentions:
            if m.end > pos or not m.entity or (owned is not None and m.entity == owned.entity):
                continue
            if ctx.entities[m.entity].subclass == "Company":
                n, _ = counts.get(m.entity, (0, 0))
                counts[m.entity] = (n + 1, m.start)
        return max(counts, key=lambda e: counts[e]) if counts else None

    def _known_operators(self, ctx: Context) -> None:
        """The gazetteer's operator of a mine, when the report names both, or the one company of
        a report about one mine when they share a sentence: analysts draw that line too."""
        if any(f.type in ("OPERATES", "OWNS") for f in ctx.facts):
            return
        by_entry = {e.entry: e for e in ctx.entities.values() if e.entry}
        mines = [e for e in ctx.entities.values() if e.subclass == "Mine"]
        companies = [e for e in ctx.entities.values() if e.subclass == "Company"]
        for mine in mines:
            entry = self.lex.entry(mine.entry)
            company = by_entry.get(entry.operator) if entry and entry.operator else None
            if company is None and len(mines) == 1 and len(companies) == 1:
                company = companies[0]
            if company is None:
                continue
            shared = sorted({m.sent for m in mine.mentions} & {m.sent for m in company.mentions})
            if shared or (entry and entry.operator):
                sent = shared[0] if shared else min(m.sent for m in company.mentions)
                self._fact(ctx, "OPERATES", company.id, mine.id, sent,
                           "operates.gazetteer" if entry and entry.operator else "operates.cooccurrence",
                           0.6 if shared else 0.5)

    def _named_after_parent(self, ctx: Context) -> None:
        """"Anglo American" and "Anglo American Quellaveco S.A.": a company named by another's whole name and
        a word or two more is its unit (not where the shorter is generic words only: "Minera")."""
        if not self.company_words:
            return      # a language whose data lists no generic company words reads none
        companies = [e for e in ctx.entities.values() if e.subclass == "Company" and e.mentions]
        for parent in companies:
            words = parent.name.split()
            if all(w.lower().strip(".,") in self.company_words for w in words):
                continue
            for unit in companies:
                rest = unit.name[len(parent.name):].split() if unit.name.startswith(parent.name + " ") else []
                if 0 < len(rest) <= 3 and rest[0][:1].isupper():
                    self._fact(ctx, "OWNS", parent.id, unit.id, min(m.sent for m in unit.mentions), "owns.named_after", 0.55)

    def _named_after_mine(self, ctx: Context) -> None:
        """"Minera Antacori" and "the Antacori mine": a company that bears a mine's whole name is its
        operating company (analysts draw the line; the report rarely says it)."""
        companies = [e for e in ctx.entities.values() if e.subclass == "Company"]
        for mine in (e for e in ctx.entities.values() if e.subclass == "Mine" and len(e.name) >= 4):
            name = re.compile(rf"(?<![\w\u00C0-\u017F]){re.escape(mine.name)}(?![\w\u00C0-\u017F])", re.I)
            for company in companies:
                if company.name.lower() != mine.name.lower() and name.search(company.name) and company.mentions:
                    shared = sorted({m.sent for m in mine.mentions} & {m.sent for m in company.mentions})
                    sent = shared[0] if shared else min(m.sent for m in company.mentions)
                    self._fact(ctx, "OPERATES", company.id, mine.id, sent, "operates.named_after", 0.6)

