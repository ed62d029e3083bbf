"""Who operates a mine, read from a clause as the Spanish parser labels it (`nsubj`, `obj`/`dobj`, `obl`,
`appos`, a `case` "por" on the agent of a passive), where loaders/ownership_clauses.py reads the English
parser's own (`agent`, `nsubjpass`, Penn tags).

"Minera C opera la mina desde 2009", "C, empresa que desarrolla el proyecto X", "La mina X es explotada por
C", "El proyecto es desarrollado por la empresa C": C operates the site, wherever the subject, object and
agent stand. A site told only by its noun ("la mina", "el proyecto") is the one site the passage names.
The verbs and small words are the language's relations.yaml `operator_clauses`; a language without them
reads none.
"""
from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.ownership_clauses import fits
from loaders.relation_rules import ORG, PLACE, RuleSet

SITES = ("Mine", "Port", "Road", "Facility")


class OperatorClauses(RuleSet):
    """OPERATES from the subject and object (or the agent and subject, passive) of an operating verb."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        words = r.get("operator_clauses") or {}
        self.verbs = set(words.get("verbs") or [])             # word forms (the pipeline runs no lemmatizer)
        self.agent = set(words.get("agent_case") or [])        # "por"
        self.relative = set(words.get("relative_pronouns") or [])
        self.negations = set(words.get("negations") or [])
        self.site_nouns = set(words.get("site_nouns") or [])
        self.object_pronouns = set(words.get("object_pronouns") or [])    # "Lo desarrolla C": the site named before
        self.agent_nouns = set(words.get("agent_nouns") or [])    # "operadora de la mina X"
        self.site_of = set(words.get("site_of_case") or [])      # "el proyecto X, de Minera C"
        self.plural_sites = words.get("plural_sites") or {}      # "explota las minas A y B": their kind

    def __call__(self, ctx: Context) -> None:
        if not self.verbs:
            return
        for sent_i, sent in enumerate(ctx.sents):
            for verb in sent:
                if verb.pos_ in ("VERB", "AUX") and verb.lower_ in self.verbs and not self._negated(verb):
                    self._clause(ctx, verb, sent_i)
                elif verb.lower_ in self.agent_nouns and verb.dep_ in ("appos", "amod", "nmod") and verb.head.i != verb.i:
                    self._agent_noun(ctx, verb, sent_i)
                elif verb.dep_ in ("nmod", "conj") and any(k.dep_ == "case" and k.lower_ in self.site_of for k in verb.children):
                    self._site_of(ctx, verb, sent_i)

    def _negated(self, verb) -> bool:
        return any(c.lower_ in self.negations for c in verb.children if c.dep_ == "advmod")

    def _clause(self, ctx: Context, verb, sent_i: int) -> None:
        args = [c for c in verb.children if c.dep_ in ("obj", "dobj", "obl", "nmod", "nsubj", "nsubj:pass", "nsubjpass")]
        subjects = [c for c in args if c.dep_.startswith("nsubj")]
        if not subjects and verb.dep_ == "conj":
            # "C es filial de P y explota la mina": the subject of the clause the verb is joined to.
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i]
            args += subjects
        agents = [c for c in args if c not in subjects and any(k.dep_ == "case" and k.lower_ in self.agent for k in c.children)]
        objects = [c for c in args if c.dep_ in ("obj", "dobj") and c not in agents]
        if agents:      # "es explotada por C": the agent runs what the subject names
            companies, sites = agents, subjects
        else:
            companies, sites = subjects, objects
        for company in (m for tok in companies for m in self._named(ctx, self._antecedent(verb, tok), ORG)):
            for site in (m for tok in sites for m in self._site(ctx, self._antecedent(verb, tok), sent_i)):
                if fits(ctx, company, site):
                    self._fact(ctx, "OPERATES", company.entity, site.entity, sent_i, "operates.ud_clause", 0.75)

    def _agent_noun(self, ctx: Context, noun, sent_i: int) -> None:
        """"C, la empresa operadora de la mina X": the body the noun is said of runs the site of its "de"."""
        sites = [c for c in noun.children if c.dep_ in ("nmod", "obl") and any(k.dep_ == "case" for k in c.children)]
        for company in self._named(ctx, noun.head, ORG):
            for site in (m for tok in sites for m in self._site(ctx, tok, sent_i)):
                if fits(ctx, company, site):
                    self._fact(ctx, "OPERATES", company.entity, site.entity, sent_i, "operates.ud_noun", 0.7)

    def _site_of(self, ctx: Context, noun, sent_i: int) -> None:
        """"el proyecto minero X, de Minera C", "la mina X de la empresa C", "X, una concesión de oro de C": the
        company a site's "de" names runs it (a description apposed to the site's name stands for the name; the parser
        may join the "de" phrase to the site's name as a conjunct)."""
        site = noun.head
        if site.dep_ == "appos" and site.pos_ == "NOUN" and site.head.i < site.i:
            site = site.head
        for company in self._named(ctx, noun, ORG):
            if ctx.entities[company.entity].subclass != "Company":
                continue    # "la mina X, del Estado": only a company's name says who runs the site
            for place in self._site(ctx, site, sent_i):
                if fits(ctx, company, place):
                    self._fact(ctx, "OPERATES", company.entity, place.entity, sent_i, "operates.ud_site_of", 0.7)

    def _listed_sites(self, ctx: Context, noun) -> list[Mention]:
        """"explota las minas A y B": each name apposed to a plural site noun (and joined to the first) is a site of
        the noun's kind, where typing read a town in it (the plural stands before the names only)."""
        names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # the next names hang from the first or, in another parse, from the noun itself
        names += [k for c in names + [noun] for k in c.children if k.dep_ == "conj" and k.pos_ == "PROPN"] if names else []
        out = []
        for t in names:
            m = next((x for x in ctx.in_sentence(ctx.sent_of(t.idx), PLACE) if x.start <= t.idx < x.end), None)
            e = ctx.entity_of(m)
            if e is None:
                continue
            if e.subclass in (None, "Settlement") and not e.entry:
                e.subclass = self.plural_sites[noun.lower_]
            if e.subclass in SITES and m not in out:
                out.append(m)
        return out

    def _antecedent(self, verb, tok):
        """"C, empresa que desarrolla X": the relative pronoun stands for the noun the clause hangs from, and a
        common noun in apposition ("empresa") for the name it is apposed to."""
        if tok.lower_ in self.relative and verb.dep_.startswith("acl"):
            tok = verb.head
            described = tok.head.head if tok.head.dep_ in ("amod", "acl") else None
            if described is not None and described.dep_ == "appos" and described.pos_ == "NOUN" and described.i < tok.i:
                # "C, empresa controlada por P, que opera la mina": the relative clause after the aside is C's.
                tok = described
            if tok.dep_ == "appos" and tok.pos_ == "NOUN":
                tok = tok.head
        return tok

    @staticmethod
    def _named(ctx: Context, tok, classes: tuple[str, ...]) -> list[Mention]:
        """The mentions the noun itself names: its own words, a name apposed or joined to it ("la empresa C",
        "A y B"), not a phrase inside it ("C, subsidiaria de P": P does not run the site)."""
        heads = [tok] + [c for c in tok.children if c.dep_ in ("appos", "flat", "conj") and c.pos_ == "PROPN"]
        out = []
        for t in heads:
            m = ctx.mention_at(t.idx, classes)
            m = m or next((x for x in ctx.in_sentence(ctx.sent_of(t.idx), classes) if x.start <= t.idx < x.end), None)
            if m is not None and m not in out:
                out.append(m)
        return out

    def _site(self, ctx: Context, tok, sent_i: int) -> list[Mention]:
        """The site a noun names, or for a bare "la mina" (or a clitic, "Lo desarrolla C") the one site the passage
        named up to here."""
        if tok.lower_ in self.plural_sites:
            return self._listed_sites(ctx, tok)
        named = [m for m in self._named(ctx, tok, PLACE) if ctx.entities[m.entity].subclass in SITES]
        pronoun = tok.lower_ in self.object_pronouns and tok.i < tok.head.i     # a clitic before its verb
        if named or not (tok.lower_ in self.site_nouns or pronoun):
            return named
        text = ctx.report.text
        # "la mina de oro X" where the parse hung X elsewhere: the site named in the noun's own phrase, before a comma.
        after = None if pronoun else next((m for m in ctx.in_sentence(sent_i, PLACE) if tok.idx < m.start <= tok.idx + 40
                                           and not any(ch in text[tok.idx:m.start] for ch in ",;.()")), None)
        if after is not None and ctx.entities[after.entity].subclass in SITES:
            return [after]
        before = [m for m in ctx.mentions if m.entity and m.start <= tok.idx and sent_i - 2 <= m.sent <= sent_i
                  and ctx.cls_of(m) == "Place" and ctx.entities[m.entity].subclass in SITES]
        return before[-1:] if len({m.entity for m in before}) == 1 else []
