"""Who works a site another owns, read from the parse: "COMIBOL, which leases parts of it to the A and B
cooperatives" (the lessees run the site; the lessor's ownership is the ownership rules')."""
from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention
from loaders.ownership_clauses import fits
from loaders.relation_rules import ORG, PLACE, RuleSet


class LeaseClauses(RuleSet):
    """OPERATES for the companies a site (or a part of it) is leased to."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        # A language whose rules have no lease verbs reads none.
        lease = r.get("lease") or {}
        self.verbs, self.to = set(lease.get("verbs") or []), set(lease.get("to") or [])
        self.parts = set(lease.get("parts") or [])
        self.pronouns = set(lease.get("pronouns") or [])

    def __call__(self, ctx: Context) -> None:
        if not self.verbs:
            return
        for sent_i, sent in enumerate(ctx.sents):
            for verb in (t for t in sent if t.lower_ in self.verbs and t.tag_.startswith("VB")
                         and not any(c.dep_ == "neg" for c in t.children)):
                sites = [m for obj in verb.children if obj.dep_ == "dobj" for m in self._sites(ctx, obj, sent_i)]
                # The lessees after "to", read from the text: the parse often hangs a list after "to" elsewhere.
                lessees = [m for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in self.to
                           for m in ctx.chain_at(prep.idx + len(prep.text), ORG)]
                for lessee in lessees:
                    for site in sites:
                        if fits(ctx, lessee, site):
                            self._fact(ctx, "OPERATES", lessee.entity, site.entity, sent_i, "operates.lease", 0.65)

    def _sites(self, ctx: Context, obj, sent_i: int) -> list[Mention]:
        """The site a lease's object names: its own name ("leases the X mine"), the site a part is "of" ("parts of
        X"), and for "it" the sentence's subject ("X ... is owned by C, which leases parts of it to D")."""
        if obj.lower_ in self.parts:
            obj = next((p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                        for p in prep.children if p.dep_ == "pobj"), obj)
        if obj.lower_ in self.pronouns:
            root = obj.sent.root
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [m for s in subjects for m in ctx.in_sentence(sent_i, PLACE)
                    if s.left_edge.idx <= m.start and m.end <= s.idx + len(s.text)][:1]
        return [m for m in ctx.in_sentence(sent_i, PLACE) if obj.left_edge.idx <= m.start and m.end <= obj.idx + len(obj.text)]
