"""Who owns or operates what, read from the parse: the subject, object and agent of an ownership
verb wherever they stand ("It is operated by C", "C, which since 2010 owns the A and B mines"), "its"
before a site, "a stake in D", "C sold the A mine to D"."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.relation_rules import ORG, PERSON, PLACE, RuleSet, site_named_before
from loaders.share_clauses import ShareClauses, fits


class OwnershipClauses(ShareClauses, RuleSet):
    """OPERATES and OWNS from the dependency parse of a sentence."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        # Verbs (word forms) whose subject owns or operates their object; a language without them reads none.
        verbs = r.get("ownership_verbs") or {}
        self.verb_kind = {v: kind for kind, vs in verbs.items() if kind in ("operates", "owns") for v in vs}
        self.stake_nouns = set(r.get("stake_nouns") or [])
        self.share_stakes = set(r.get("share_stake_nouns") or [])
        self.remainder = set((r.get("clause_words") or {}).get("remainder_words") or [])
        self.not_owning = set(r.get("not_owning_verbs") or [])
        transfer = r.get("transfer") or {}
        self.transfer_verbs, self.transfer_to = set(transfer.get("verbs") or []), set(transfer.get("to") or [])
        self.buy_verbs, self.bought_from = set(transfer.get("buy_verbs") or []), set(transfer.get("from") or [])
        # The parse's small words: possessives that point back to the clause's subject ("its Y
        # mine"), relative pronouns that stand for the noun they hang from, the preposition of a
        # stake ("a stake in D").
        words = r.get("clause_words") or {}
        self.possessives = set(words.get("possessives") or [])
        self.relative_pronouns = set(words.get("relative_pronouns") or [])
        self.stake_preps = set(words.get("stake_prepositions") or [])
        self.agent_words = set(words.get("agent_prepositions") or [])
        self.unit_nouns = set(words.get("unit_nouns") or [])
        self.aspect_verbs = set(words.get("aspect_verbs") or [])
        self.through = set(words.get("through_prepositions") or [])
        self.venture_nouns = set(words.get("venture_nouns") or [])
        self.venture_preps = set(words.get("venture_prepositions") or [])
        self.copulas = set(words.get("copulas") or [])
        self.plural_sites = words.get("plural_sites") or {}
        self.share_nouns = set(words.get("share_nouns") or [])
        self.share_of = set(words.get("share_prepositions") or [])
        self.company_nouns = set(words.get("company_nouns") or [])
        self.site_anaphora = words.get("site_anaphora") or {}
        self.belong_verbs = set(words.get("belong_verbs") or [])
        self.belong_to = set(words.get("belong_prepositions") or [])

    def __call__(self, ctx: Context) -> None:
        self._clauses(ctx)

    def _clauses(self, ctx: Context) -> None:
        """"It is operated by X", "C, which since 2010 owns the A and B mines", "C ... at its Y
        mine", "C increased its stake in D": who owns or operates what, from the parse."""
        if not self.verb_kind and not self.stake_nouns:
            return
        for sent_i, sent in enumerate(ctx.sents):
            for tok in sent:
                if tok.lower_ in self.transfer_verbs and tok.tag_.startswith("VB") and not self._hedged(tok):
                    self._transferred(ctx, tok, sent_i, self.transfer_to)
                elif tok.lower_ in self.buy_verbs and tok.tag_.startswith("VB") and not self._hedged(tok):
                    self._transferred(ctx, tok, sent_i, self.bought_from)
                kind = self.verb_kind.get(tok.lower_) if tok.tag_.startswith("VB") else None
                if kind and not self._hedged(tok):
                    deps = {c.dep_ for c in tok.children}
                    # "owned by D": the agent of an ownership verb is an owner, where typing gave it no subclass.
                    passive = "nsubjpass" in deps or "agent" in deps
                    if passive:
                        # "55% owned by Norhaven": an agent NER missed under a company's short name is that company.
                        # Not a body that describes a person after it ("by the Davao businessman X": X owns it).
                        owners = [m for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                                  for m in self._mentions_of(ctx, p, ORG) or self._short_name(ctx, p)
                                  if not any(m.end <= x.start for x in ctx.in_subtree(p, PERSON))]
                        agent = next((a for a in tok.children if a.dep_ == "agent"), None)
                        if agent is not None:
                            owners += self._more_agents(ctx, tok, agent.idx)
                        if not owners:
                            # "X is run through its subsidiary D": D runs X.
                            owners = [m for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in self.through
                                      for p in prep.children if p.dep_ == "pobj" and p.lower_ in self.unit_nouns
                                      for m in self._mentions_of(ctx, p, ORG)]
                        owned = [m for c in self._subjects(tok) for m in self._mentions_of(ctx, c, PLACE + ORG)] \
                            or self._remainder_of(ctx, tok, sent_i)
                    else:
                        owners = [m for c in self._subjects(tok) for m in self._mentions_of(ctx, c, ORG)]
                        if not owners:
                            owners = [m for c in self._subjects(tok) for m in self._short_name(ctx, c)]
                        owned = [m for c in tok.children if c.dep_ == "dobj" for m in self._owned_object(ctx, c)]
                        if not owned and kind == "owns":
                            owned = self._remainder_of(ctx, tok, sent_i, ("dobj",))    # "D holds the remaining 40%"
                        if not owned and kind == "owns" and self._stake_relative(tok):
                            # "CSM, in which A holds 80 percent and B the rest": the relative's noun is owned, by the
                            # subject and by the owners of the elided verb.
                            owned = self._mentions_of(ctx, tok.head, PLACE + ORG)[:1]
                            owners += [m for c in [*tok.children, *tok.head.children] if c.dep_ == "conj" and c.idx > tok.idx
                                       and not c.tag_.startswith("VB") for m in self._mentions_of(ctx, c, ORG)]
                        self._sites_of_list(ctx, tok, owned)
                    if passive and tok.dep_ == "acl":
                        self._described_company(ctx, tok, owned)
                    shares = not passive and any(c.dep_ == "dobj" and c.lower_ in self.share_nouns for c in tok.children)
                    units = self._through_units(ctx, tok, owners) if owned else []
                    for company in owners:
                        for unit in units:
                            if fits(ctx, company, unit, "owns", untyped=True, state=True):
                                self._fact(ctx, "OWNS", company.entity, unit.entity, sent_i, "owns.through_unit", 0.7)
                    for company in owners + units:
                        for place in owned:
                            # "The Government of T holds 16 percent of C": a state holds a share told in figures.
                            if fits(ctx, company, place, kind, untyped=passive, shares=shares, state=shares):
                                self._fact(ctx, kind.upper(), company.entity, place.entity, sent_i, f"{kind}.clause", 0.75)
                    if passive and kind == "owns":
                        # "Baikal, controlled by the Moscow investor Pavel Orlov": a person owns a company too.
                        people = [m for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                                  for m in self._mentions_of(ctx, p, PERSON)]
                        for person in people:
                            for company in (m for m in owned if ctx.entities[m.entity].subclass == "Company"):
                                self._fact(ctx, "OWNS", person.entity, company.entity, sent_i, "owns.person", 0.65)
                if tok.lower_ in self.belong_verbs and tok.tag_.startswith("VB") and not self._hedged(tok):
                    self._belongs(ctx, tok, sent_i)
                if tok.lower_ in self.unit_nouns and tok.tag_ == "NN":
                    self._unit_of(ctx, tok, sent_i)
                elif tok.lower_ in self.venture_nouns and tok.tag_ == "NN":
                    self._venture_of(ctx, tok, sent_i)
                if tok.lower_ in self.possessives and tok.dep_ == "poss":
                    self._possessed(ctx, tok, sent_i)
                elif (tok.lower_ in self.stake_nouns or self._share_stake(tok)) and tok.dep_ == "dobj" \
                        and not any(c.dep_ == "poss" for c in tok.children):
                    self._possessed(ctx, tok, sent_i, noun=tok)     # "A holds a 40% stake in B"

    def _owned_object(self, ctx: Context, obj) -> list[Mention]:
        """What an ownership verb's object names; "C holds 9 percent of D", "holds 40% of D's shares": the share's
        "of" names what is owned (D, a company where typing gave the body no subclass: it has shares), not the share."""
        if obj.lower_ not in self.share_nouns:
            return self._mentions_of(ctx, obj, PLACE + ORG)
        held = next((p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in self.share_of
                     for p in prep.children if p.dep_ == "pobj"), None)
        if held is not None and held.lower_ in self.share_nouns:
            held = next((c for c in held.children if c.dep_ == "poss"), held)     # "of D's shares"
        owned = self._mentions_of(ctx, held, PLACE + ORG) if held is not None else []
        self._as_companies(ctx, owned)
        return owned

    def _described_company(self, ctx: Context, participle, owned: list[Mention]) -> None:
        """"SMN, a Haitian company controlled by D": the name the participle's noun stands in apposition to is a
        company's, where typing gave it no subclass (the apposition says what it is)."""
        noun = participle.head
        if noun.lower_ in self.company_nouns and noun.dep_ == "appos":
            self._as_companies(ctx, owned)

    @staticmethod
    def _as_companies(ctx: Context, owned: list[Mention]) -> None:
        for m in owned:
            entity = ctx.entities[m.entity]
            if entity.cls == "Organization" and entity.subclass is None and not entity.entry:
                entity.subclass = "Company"

    @staticmethod
    def _short_name(ctx: Context, subj) -> list[Mention]:
        """"Harbor Ridge Gold Inc. ... Harbor Ridge also owns": a subject no mention covers whose words begin the
        name of a company named earlier (one only) is that company, under the short name reports use again."""
        if not subj.text[:1].isupper():
            return []
        words = ctx.report.text[subj.left_edge.idx:subj.idx + len(subj.text)]
        named = {m.entity: m for m in ctx.mentions if m.entity and m.end <= subj.idx
                 and ctx.entities[m.entity].subclass == "Company" and ctx.entities[m.entity].name.startswith(words + " ")}
        if len(named) != 1:
            return []
        m = next(iter(named.values()))
        return [Mention(subj.left_edge.idx, subj.idx + len(subj.text), words, "anaphora", ctx.sent_of(subj.idx), entity=m.entity)]

    def _sites_of_list(self, ctx: Context, verb, owned: list[Mention]) -> None:
        """"C owns the A and B mines": the plural noun after the list is the kind of each of its names, where
        typing read one of them as a town or a natural feature ("Quebrada Seca": the noun stands after the last name only)."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            nouns = [t for t in [obj] + [c for c in obj.children if c.dep_ == "conj"] if t.lower_ in self.plural_sites]
            if not nouns or not any(ctx.entities[m.entity].subclass == self.plural_sites[nouns[0].lower_] for m in owned):
                continue    # one name at least that typing read as the plural's kind: "the A and B mines", not "the A and B towns"
            for m in owned:
                entity = ctx.entities[m.entity]
                if entity.cls == "Place" and entity.subclass in (None, "Settlement", "NaturalFeature") and not entity.entry:
                    entity.subclass = self.plural_sites[nouns[0].lower_]

    def _transferred(self, ctx: Context, verb, sent_i: int, preps: set[str]) -> None:
        """"C sold the A mine to D": D owns A; "D bought the A mine from C": C owned A (`preps` names the one)."""
        owned = [m for c in verb.children if c.dep_ == "dobj" for m in self._mentions_of(ctx, c, PLACE + ORG)]
        holders = [m for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in preps
                   for p in prep.children if p.dep_ == "pobj" for m in self._mentions_of(ctx, p, ORG)]
        for holder in holders:
            for item in owned:
                if fits(ctx, holder, item, "owns"):
                    self._fact(ctx, "OWNS", holder.entity, item.entity, sent_i, "owns.transfer", 0.7)

    def _possessed(self, ctx: Context, poss, sent_i: int, noun=None) -> None:
        """"C regrets the events at its Y mine": the subject of the clause operates Y; "C
        increased its stake in D": C owns D."""
        noun = noun if noun is not None else poss.head
        if noun.dep_ == "pobj" and noun.head.lower_ in self.through and self._owning(noun.head.head):
            return      # "owned by C through its unit D": `_through_units` reads whose unit D is
        verb = noun
        while verb.dep_ not in ("ROOT", "relcl", "ccomp", "advcl", "conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        if noun.lower_ in self.unit_nouns and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i != verb.head.i:
            # "C said its unit, D, had applied": "its" is of the clause that reports the unit's.
            verb = verb.head
        subjects = [m for c in self._subjects(verb) for m in self._mentions_of(ctx, c, ORG) or self._short_name(ctx, c)]
        if noun.lower_ in self.unit_nouns and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i == verb.head.i:
            # "C owns X. Its Peruvian unit, D, runs it.": the unit is the subject; "its" is the sentence before's.
            subjects = self._antecedent(ctx, poss, ORG)
        # One company under several names ("C S.A.C. ("C"), the unit of D"): one subject.
        companies = list({m.entity: m for m in reversed(subjects) if ctx.entities[m.entity].subclass == "Company"}.values())[::-1]
        if not companies:
            # A dateline before the subject ("LIMA, 2 May — C regrets") confuses the parse: the
            # sentence's first company before the verb, outside any prepositional phrase.
            first = next((m for m in ctx.in_sentence(sent_i, ORG) if m.end <= verb.idx
                          and ctx.entities[m.entity].subclass == "Company"), None)
            if first is not None and not self._in_prep(ctx.doc, first, verb):
                companies = [first]
        stake = noun.lower_ in self.stake_nouns or self._share_stake(noun)
        if len(companies) > 1 or not companies and not stake or self._hedged(verb):
            return
        if stake:
            if verb.lower_ in self.not_owning:
                return      # "sold its stake in D"
            # "C has an 80% interest in B through its subsidiary D", "the State holds a 10 percent stake in B through
            # E": D (E) holds the stake C (the State, a body typing gave no subclass) has through it.
            holders = companies + self._through_units(ctx, verb, companies, noun)
            for prep in (c for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ in self.stake_preps):
                for p in (c for c in prep.children if c.dep_ == "pobj"):
                    for owned in self._mentions_of(ctx, p, PLACE + ORG):
                        for holder in holders:
                            if holder.entity != owned.entity and fits(ctx, holder, owned, "owns"):
                                self._fact(ctx, "OWNS", holder.entity, owned.entity, sent_i, "owns.stake", 0.7)
            return
        company = companies[0]
        if noun.lower_ not in self.unit_nouns and any(c.dep_ == "compound" and c.lower_ in self.unit_nouns for c in noun.children):
            # "operated by its Brazilian subsidiary D", the unit noun parsed as a word of D's name: C owns D.
            for unit in (m for m in ctx.in_sentence(sent_i, ORG) if m.start <= noun.idx < m.end):
                if unit.entity != company.entity and fits(ctx, company, unit, "owns", untyped=True):
                    self._fact(ctx, "OWNS", company.entity, unit.entity, sent_i, "owns.its_unit", 0.7)
            return
        if noun.lower_ in self.unit_nouns:
            # "C said its Brazilian unit, D, had applied", "operated by its subsidiary D": C owns D.
            for unit in self._mentions_of(ctx, noun, ORG):
                if unit.entity != company.entity and fits(ctx, company, unit, "owns", untyped=True):
                    self._fact(ctx, "OWNS", company.entity, unit.entity, sent_i, "owns.its_unit", 0.7)
            return
        for place in self._mentions_of(ctx, noun, PLACE):
            if fits(ctx, company, place):
                self._fact(ctx, "OPERATES", company.entity, place.entity, sent_i, "operates.its", 0.7)

    @staticmethod
    def _in_prep(doc, m: Mention, verb) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        tok = span.root if span is not None else None
        while tok is not None and tok.i != verb.i and tok.head.i != tok.i:
            if tok.dep_ in ("pobj", "poss", "dobj"):
                return True
            tok = tok.head
        return False

    def _hedged(self, verb) -> bool:
        """"does not own", "plans to buy", "would sell": not a fact the sentence states."""
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lower_ not in self.verb_kind and verb.head.lower_ not in self.aspect_verbs

    def _subjects(self, verb) -> list:
        """The subject of a verb, or of the verb it is coordinated with ("C bought and runs X")."""
        cur = verb
        while True:
            subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj or cur.dep_ != "conj" or cur.head.i == cur.i:
                break
            cur = cur.head
        if not subj and cur.dep_ == "xcomp" and cur.head.i != cur.i:
            subj = [c for c in cur.head.children if c.dep_ in ("nsubj", "nsubjpass")]     # "C began working X"
        if not subj and cur.dep_ == "acl" and cur.head.lower_ in self.share_nouns and cur.head.dep_ in ("attr", "acomp") \
                and cur.head.head.i != cur.head.i:
            # "C, which runs X, is 85 percent owned by D": the participle hangs from the share, the copula's subject C.
            subj = [c for c in cur.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and cur.dep_ in ("relcl", "acl"):
            subj = [cur.head]           # "C, which owns X": the relative pronoun's noun; "a company controlled by D": the noun
        if not subj and cur.dep_ in ("acomp", "attr") and cur.head.i != cur.i:
            # "C is 90% owned by D": the parse hangs the participle from "is", whose subject C is.
            subj = [c for c in cur.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        out = []
        for s in subj:
            if s.lower_ in self.relative_pronouns and cur.dep_ == "relcl":
                s = cur.head
            out.append(s)
        return out

    def _more_agents(self, ctx: Context, verb, after: int) -> list[Mention]:
        """"is 90% owned by D and 10% by E": the agent of the elided verb of a conjunct (the parse hangs
        "10% by E" from the verb or its copula), an owner too."""
        heads = [verb] + ([verb.head] if verb.dep_ in ("acomp", "attr") else [])
        preps = [p for h in heads for c in h.children if c.dep_ == "conj" and c.idx > verb.idx
                 and not c.tag_.startswith("VB")     # "and would be operated by C": a verb of its own
                 for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in self.agent_words]
        # A name the parse left without its "by" (a sentence-final "Corp." read as punctuation): the one right after it.
        return [m for p in preps for m in [m for o in p.children if o.dep_ == "pobj" for m in self._mentions_of(ctx, o, ORG)]
                or [ctx.mention_at(p.idx + len(p.text), ORG)] if m is not None and m.start > after]

    def coordinated(self, ctx: Context, m: Mention, classes: tuple[str, ...] = ORG) -> list[Mention]:
        """The mentions coordinated with `m` in the parse, past descriptions the list lines cannot skip: "a joint
        venture of the Australian company A and the state's B", "whose shareholders are the firm A (66%) and the
        state company B" (the parse hangs B from the copula there)."""
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return []
        tok = span.root
        while tok.dep_ == "appos" and tok.head.i < tok.i:
            tok = tok.head      # "the Canadian firm A": the noun A stands in apposition to
        heads = [tok] + ([tok.head] if tok.dep_ == "attr" else [])
        out: list[Mention] = []
        for head in heads:
            for c in head.children:
                if c.dep_ == "conj" and c.idx > m.start and not c.tag_.startswith("VB"):
                    out += [x for x in self._mentions_of(ctx, c, classes) if x.entity != m.entity and x not in out]
        return out

    def _mentions_of(self, ctx: Context, tok, classes: tuple[str, ...]) -> list[Mention]:
        """The mentions a noun of the parse names: its own phrase (up to the noun, so not "the mine
        of X"), its conjuncts and appositions ("A (70%) and B", "their joint venture, C"), and for
        "it" the subject of the sentence before."""
        out: list[Mention] = []
        chain, todo = [tok], [tok]
        while todo:     # the noun's own conjuncts and appositions, not those of a phrase inside it
            # Not a conjunct that is the subject of a verb of its own ("in A and B sold ...": a misparse), unless that
            # verb is the one the list is the subject of ("A and B own X").
            kids = [c for c in todo.pop().children if c.dep_ in ("conj", "appos")
                    and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
                             and not (tok.dep_ == "nsubj" and c.doc[c.i + 1].i == tok.head.i))]
            chain += kids
            todo += kids
        for t in chain:
            if t.lower_ == "it" and t.i == tok.i:
                out += self._antecedent(ctx, t, classes)
                continue
            lo, hi = t.left_edge.idx, t.idx + len(t.text)
            inside = [m for m in ctx.in_sentence(ctx.sent_of(t.idx), classes) if lo <= m.start and m.end <= hi] or \
                [m for m in ctx.in_sentence(ctx.sent_of(t.idx), classes) if lo <= m.start <= t.idx < m.end]   # "the Government of G"
            if not inside and t.i == tok.i:
                # "their joint venture, C": the name in apposition the parse did not attach ("its subsidiary D": no comma
                # needed after a unit noun).
                apposed = re.match(r"\s*,?\s*" if t.lower_ in self.unit_nouns else r"\s*,\s*", ctx.report.text[hi:])
                named = ctx.mention_at(hi + apposed.end(), classes) if apposed else None
                inside = [named] if named else []
            if not inside and t.i == tok.i and tok.dep_ == "appos" and tok.head.i < tok.i:
                # "C (CZP), a joint venture that is 55% owned by D": the noun stands in apposition to the name before it.
                head = tok.head
                inside = [m for m in ctx.in_sentence(ctx.sent_of(head.idx), classes) if m.start <= head.idx < m.end][:1]
            if not inside and t.i == tok.i and PLACE[0] in classes:
                inside = site_named_before(ctx, tok, self.site_anaphora)
            out += [m for m in inside if m not in out]
        return out

    def _antecedent(self, ctx: Context, it, classes: tuple[str, ...]) -> list[Mention]:
        """"The X mine is ... . It is operated by C": the subject of the sentence before."""
        i = ctx.sent_of(it.idx)
        if i == 0 or it.sent.start != it.i and it.doc[it.i - 1].text not in (",", ";"):
            return []
        prev = ctx.sents[i - 1]
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if not subjects or subjects[0].lower_ == "it":
            return []
        for subj in subjects:
            named = self._mentions_of(ctx, subj, classes)[:1]
            if named:
                return named
        # "**X** (gloss) is a mine": the parse gives the bold's asterisks the subject's place; X is the name before the verb.
        root = prev.root
        return [m for m in ctx.in_sentence(i - 1, classes) if m.end <= root.idx and not ctx.in_parentheses(m.start)][:1]
