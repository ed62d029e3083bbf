"""Mention detection: statistical NER, the gazetteer, group patterns (loaders/pattern_names.py),
acronyms, then role titles (loaders/role_titles.py).

Overlapping candidates are settled longest first, the gazetteer before NER at equal length, so
"Oficina Nacional de Dialogo y Sostenibilidad" wins over NER's "the Oficina Nacional de Dialogo".
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.matcher import PhraseMatcher

from graph.ids import fold
from loaders.chosen_mentions import ChosenMentionPasses, name_words
from loaders.classify import MentionTyper
from loaders.dates import find_dateline
from loaders.lexicon import Lexicon, key
from loaders.model import Context, Mention
from loaders.name_finders import NameFinders
from loaders.name_spans import NameSpans
from loaders.ner_mentions import NerMentions, rank_words
from loaders.pattern_names import PatternNames
from loaders.role_titles import NAME_CHAR, RoleTitles

PLACE_VOTE = 3
COUNTRY_VOTE = 2 * PLACE_VOTE
DEMONYM_VOTE = 2
PRIORITY = {"gazetteer": 5, "group": 5, "acronym": 4, "generic": 3, "proper": 2, "ner": 1}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_CAP = r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F'’-]*"
# "<Body> (<the body in the other language>) of|de <Place>".
PAIRED = re.compile(rf"(?P<a>(?:{_CAP}\s+){{0,4}}{_CAP})\s*\((?P<b>(?:{_CAP}\s+){{0,4}}{_CAP})\)\s+"
                    rf"(?P<of>of|de|del)\s+(?P<c>{_CAP}(?:\s+{_CAP}){{0,2}})")
# The markup and punctuation a line may open with before its first word ("**", "—¿", "- ").
LINE_OPENING = re.compile(r"[ \t*_#>—–¿¡\"“«-]*")
# Ranks before a name, beside roles.yaml's `ranks` ("Superintendent", "Inspector").
RANKS = {"General", "Gen", "Colonel", "Col", "Commander", "Captain", "Major"}
HONORIFIC_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sr", "Sra", "Srta", "Don", "Doña")


def _honoured(ranks: set[str]) -> re.Pattern:
    """"Mr Wilfredo Saavedra", "Superintendent Rohan Clarke": an honorific or ranks, then a name."""
    words = "|".join(map(re.escape, sorted(ranks, key=len, reverse=True)))
    return re.compile(rf"\b(?P<rank>(?-i:{'|'.join(HONORIFIC_TITLES)})|(?-i:(?:{words})(?:[ \t]+(?:{words}))*)"
                      rf"(?:\.?[ \t]+PNP)?)\.?[ \t]+(?P<name>{_CAP}(?:[ \t]+(?:(?:de|del|la|y)[ \t]+)?{_CAP}){{1,3}})")


def _is_acronym(text: str) -> bool:
    return len(text) > 1 and text.replace("-", "").isupper() and " " not in text


class MentionDetector(PatternNames, ChosenMentionPasses):
    name = "mentions"

    def __init__(self, nlp, lex: Lexicon):
        self.lex = lex
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.generic = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.names: dict[int, str] = {}
        for name, entry in lex.entries.items():
            ident = nlp.vocab.strings.add(name)
            self.names[ident] = name
            forms = {name, *entry.aliases}
            exact = [f for f in forms if _is_acronym(f)]
            loose = {f for f in forms if f not in exact} | {fold(f) for f in forms if f not in exact}
            if loose:
                self.lower.add(name, list(nlp.tokenizer.pipe(sorted(loose))))
            if exact:
                self.orth.add(name, list(nlp.tokenizer.pipe(sorted(exact))))
            if entry.generic:
                self.generic.add(name, list(nlp.tokenizer.pipe(sorted(set(entry.generic)))))
        self.titles = RoleTitles(lex)
        self.ranks = RANKS | rank_words(lex.language)
        self.honoured = _honoured(self.ranks)
        self.spans = NameSpans(lex)
        self.typer = MentionTyper(lex)
        self._pattern_setup(lex)
        self.finders = NameFinders(lex)
        self.community_nouns = set(lex.typing.get("community_nouns") or [])
        self._nested_setup(lex)
        # "(Reporting by the Lima newsroom; Editing by the Americas desk)": a wire's credit line
        # names its desks, no actor (typing.yaml `credit_line`).
        self.credit = re.compile(lex.typing["credit_line"]) if lex.typing.get("credit_line") else None
        titles = lex.typing.get("portfolio_titles")
        title = rf"\b(?:{'|'.join(map(re.escape, titles))})\s+(?:of|for)\s+" if titles else None
        self.portfolio_title = re.compile(rf"{title}(?:the\s+)?$", re.I) if titles else None
        # A title's "of" without "the" names a portfolio, whatever its words ("the Minister of Natural Resources",
        # "Vice Minister of Internal Trade and Industries", NER's "Industries" too); "secretary of the Xinka
        # Parliament" names a body.
        words = rf"(?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+(?:[ \t]+(?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+)*"
        self.portfolio_run = re.compile(rf"{title}(?:{words}[ \t]+and[ \t]+)*$", re.I) if titles else None
        self.body_heads = set(lex.typing.get("inside_heads") or [])
        # "the police", "la Policía": articles of the report's language are not part of a name.
        self.determiners = DETERMINERS | set(lex.articles)
        self.ner = NerMentions(lex, self.spans, self.finders, self.determiners)
        self.undated = re.compile(lex.typing["undated_dateline"]) if lex.typing.get("undated_dateline") else None
        self.genre_headings = set(lex.typing.get("genre_headings") or ())

    def __call__(self, ctx: Context) -> Context:
        doc = ctx.doc
        candidates = self._gazetteer(doc, self.lower) + self._gazetteer(doc, self.orth)
        ctx.country = self._country(candidates, doc)
        candidates += [m for m in self._gazetteer(doc, self.generic, "generic")
                       if self.lex.entries[m.entry].country in (None, ctx.country)]
        candidates += self._group_lists(ctx) + self._groups(ctx) + self._proper(ctx) + self._named(doc) + self._dateline(ctx) + self._paired(ctx) \
            + self._honoured(ctx)
        candidates += self._name_runs(ctx, candidates)
        candidates += self.finders.head_first(ctx.report.text, self.typer)
        candidates += self.finders.feature_names(ctx.report.text)
        # "(TSX: GRY)": a listing, not a body of the report.
        listings = self.finders.tickers(ctx.report.text)
        listings += [c.span() for c in self.credit.finditer(ctx.report.text)] if self.credit else []
        candidates = [m for m in candidates if not any(a <= m.start and m.end <= b for a, b in listings)]
        candidates += self.spans.surname_mentions(ctx.report.text, candidates)
        defined = self.finders.acronym_names(doc)
        candidates += defined
        candidates = self._units_apart(ctx.report.text, candidates)
        candidates = self.finders.with_lists(ctx.report.text, candidates)
        people = self.finders.people_lists(ctx.report.text)
        candidates = self.finders.with_people(ctx.report.text, candidates, people)
        candidates = self._owners_apart(candidates)
        chosen = self._features_named_mines(self._owner_prefixed(self._settle(candidates), ctx.report.text))
        chosen = self._place_police_named(self._kinds_in_names(chosen, ctx.report.text))
        chosen += self._nested_places(chosen, doc)
        # "residents of A and B": B is a place and its people a community, both at B's name.
        chosen += [Mention(s, e, ctx.report.text[s:e], "group", name=name, cls="Organization", subclass="Community",
                           weight=10) for s, e, name in people]
        chosen += self.finders.acronyms(doc, chosen, {(m.start, m.end) for m in defined})
        for m in chosen:
            m.sent = ctx.sent_of(m.start)
        ctx.mentions = sorted(chosen, key=lambda m: (m.start, m.end))
        ctx.roles = self.titles(ctx)
        # "Interior Minister X": NER's "Interior" is the title's portfolio, not a body of its own.
        portfolio_spans = [(r.start, r.end) for r in ctx.roles if r.body]
        # ... nor an item of a title's list of portfolios ("Secretary for Mining, Blue Economy and Maritime Affairs").
        ctx.mentions = [m for m in ctx.mentions if not (m.source == "ner" and (
            any(a <= m.start and m.end <= b for a, b in portfolio_spans) and self._portfolio_words(m)
            or key(m.text) in self.lex.portfolios and (any(a <= m.start and m.end <= b for a, b in portfolio_spans)
                                                       or self._after(self.portfolio_title, ctx.report.text, m))
            or self._portfolio_words(m) and self._after(self.portfolio_run, ctx.report.text, m)))]
        return ctx

    def _named(self, doc) -> list[Mention]:
        """NER's names, less a sentence's first word that is no name ("Resultaron heridos ...", "Días después ...",
        "Fuimos unas cuatrocientas personas"): a lone word of the tags in typing.yaml `not_name_openers`, in
        mixed case, that the text never capitalises inside a sentence (a dateline's "AREQUIPA" is a name)."""
        tags = set(self.lex.typing.get("not_name_openers") or [])
        found = self._square_and_town(doc.text, self.ner(doc))
        if not tags:
            return found
        # (a sentence's first word is the first after its layout: "** Comienza el paro." after a bold date label)
        openers = [next((t for t in sent if not LINE_OPENING.fullmatch(t.text) and not t.is_space), sent[0]) for sent in doc.sents]
        inside = {t.text for t in doc if not t.is_sent_start and t.text[:1].isupper()} - {t.text for t in openers}
        starts = {t.idx: t for t in openers}
        # ... and, where the language says so (typing.yaml `lower_elsewhere_no_name`), a lone word opening a
        # sentence or a line ("**Reunión en el ministerio.**", "—¿Qué pasó?") that the text writes in lower case
        # elsewhere ("la reunión"): a common word, whatever its tag.
        lower = {t.text for t in doc if t.is_lower} if self.lex.typing.get("lower_elsewhere_no_name") else set()
        if lower:
            text = doc.text
            starts |= {t.idx: t for t in doc if LINE_OPENING.fullmatch(text, text.rfind("\n", 0, t.idx) + 1, t.idx)}

        def opener(m: Mention) -> bool:
            t = starts.get(m.start)
            if t is None or m.end != t.idx + len(t) or t.is_upper or key(t.text) in self.lex.by_key:
                return False
            return t.pos_ in tags and t.text not in inside or t.text.lower() in lower
        return [m for m in found if not opener(m)]

    def _square_and_town(self, text: str, found: list[Mention]) -> list[Mention]:
        """"la marcha llega hasta la plaza 10 de Noviembre de Potosí": a name NER read on from a square's or street's
        (typing.yaml `square_nouns`) into "de" and a town the text names elsewhere is two places, the square and the town."""
        nouns = self.lex.typing.get("square_nouns") or []
        if not nouns:
            return found
        lead = re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+$", re.I)
        out = []
        for m in found:
            split = re.fullmatch(r"(.+?)\s+(?:de|del)\s+((?-i:[A-ZÁÉÍÓÚÑ])[\w\u00C0-\u017F]+(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[\w\u00C0-\u017F]+)*)", m.text)
            town = split and re.compile(rf"\b{re.escape(split.group(2))}\b")
            if not split or not lead.search(text, max(0, m.start - 12), m.start) \
                    or not any(t.start() not in range(m.start, m.end) for t in town.finditer(text)):
                out.append(m)
                continue
            s = m.start + split.start(2)
            out += [Mention(m.start, m.start + len(split.group(1)), split.group(1), m.source, sent=m.sent, label=m.label),
                    Mention(s, s + len(split.group(2)), split.group(2), m.source, sent=m.sent, label=m.label)]
        return out

    def _gazetteer(self, doc, matcher, source="gazetteer") -> list[Mention]:
        out = []
        for match_id, s, e in matcher(doc):
            # "the police": the article is not part of the name, and rules look past it.
            if e - s > 1 and doc[s].lower_ in self.determiners:
                s += 1
            span = doc[s:e]
            name = self.names[match_id]
            entry = self.lex.entries[name]
            out.append(Mention(span.start_char, span.end_char, span.text, source, entry=name,
                               cls=entry.cls, subclass=entry.subclass, weight=10))
        return out

    def _country(self, candidates: list[Mention], doc=None) -> str | None:
        # A place the report names says its country more than a body's name does: "Ministry of
        # Energy and Mines" is the name of several countries' ministries.
        counts = Counter()
        first = {}
        for m in candidates:
            entry = self.lex.entries[m.entry]
            if entry.country:
                # The country's own name most of all ("in Caldas, Colombia" beside a battalion named for Ayacucho).
                counts[entry.country] += COUNTRY_VOTE if entry.level == "country" else PLACE_VOTE if entry.cls == "Place" else 1
                first[entry.country] = min(first.get(entry.country, m.start), m.start)
        # "Nicaraguan villagers", "the Dominican environment ministry": the text's own demonyms say
        # its country as its places do (gazetteer.yaml `countries`); a home country's ("Canadian") says a company's.
        abroad = set(self.lex.typing.get("abroad_countries") or [])
        for t in doc or ():
            code = self.lex.demonyms.get(t.text)
            if code and code not in abroad and not t.text.isupper():
                counts[code] += DEMONYM_VOTE
                first[code] = min(first.get(code, t.idx), t.idx)
        # The companies' home countries ("Toronto-based", "of Vancouver, Canada") are where a report's
        # mine is only when no other country is named (typing.yaml `abroad_countries`).
        if any(c not in abroad for c in counts):
            counts = Counter({c: n for c, n in counts.items() if c not in abroad})
        if not counts:
            return None
        # Ties go to the country named first, so the answer never depends on dict order.
        return max(counts, key=lambda c: (counts[c], -first.get(c, 0)))

    def _honoured(self, ctx: Context) -> list[Mention]:
        """"Mr Wilfredo Saavedra", "Sra. Rosa Quispe", "General PNP Hugo Ramos": the capitalised
        words after a personal honorific or a rank are one person's name, however NER cut them."""
        out = []
        for m in self.honoured.finditer(ctx.report.text):
            # A rank ("General Assembly") names a person only before a given name, or as a rank of two words
            # ("Lieutenant General Sello Kwena").
            rank = m.group("rank").split()
            if rank[0].rstrip(".") in self.ranks and m.group("name").split()[0] not in self.lex.given_names \
                    and len(rank) < 2:
                continue
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "group",
                               name=re.sub(r"\s+", " ", m.group("name")), cls="Person", weight=10))
        return out

    def _paired(self, ctx: Context) -> list[Mention]:
        """"the Provincial Council (Municipalidad Provincial) of Islay": one body named in two
        languages around its place; the name is the first form, the bracketed one an alias."""
        out = []
        inside = self.lex.typing["inside"]
        for m in PAIRED.finditer(ctx.report.text):
            first, second, of, place = m.group("a"), m.group("b"), m.group("of"), m.group("c")
            if second.isupper():
                continue    # "the Environmental Protection Agency (EPA) of Ghana": an acronym (name_finders.py), no other name
            cue = next((inside[w] for w in name_words(first) + name_words(second) if w in inside), None)
            if cue is None or cue[0] != "Organization":
                continue
            other = "of" if of.lower() in ("de", "del") else "de"
            out.append(Mention(m.start("a"), m.end("c"), m.group(0), "group", name=f"{first} {of} {place}",
                               cls=cue[0], subclass=cue[1], weight=10, aliases=[f"{second} {other} {place}"]))
        return out

    def _dateline(self, ctx: Context) -> list[Mention]:
        """"LIMA, Aug 7 (Reuters) -": the city a wire story was filed from is a settlement."""
        line = find_dateline(ctx.report.text, ctx.report.published, ctx.report.language or "en")
        city = line.city if line is not None else self.finders.dateline(ctx.report.text) if self.finders.small else None
        # "OURENSE. Un centenar ...", "SANTO TOMÁS, CHONTALES. El Concejo ...": a place-only dateline that ends on a
        # full stop, in the language's form (typing.yaml `undated_dateline`).
        undated = self.undated.match(ctx.report.text) if city is None and self.undated is not None else None
        city = undated.span("city") if undated else city
        # ... never a genre's heading in capitals ("ALERTA URGENTE – La Unión, Copán": typing.yaml `genre_headings`).
        if city is None or ctx.report.text[slice(*city)].split()[0] in self.genre_headings:
            return []
        # ... and the region or country after an undated dateline's city ("CAVE VALLEY, St Ann —").
        region = self.finders.dateline_region(ctx.report.text) if line is None and undated is None and self.finders.small else None
        # ... not a day ("GUATEMALA CITY, Tuesday —"; typing.yaml `name_run_stops`).
        region = None if region and ctx.report.text[slice(*region)].split()[0] in (self.lex.typing.get("name_run_stops") or []) else region
        return [self._dateline_place(ctx.report.text, *city, "Settlement", capitalise=True)] \
            + ([self._dateline_place(ctx.report.text, *region, "AdministrativeArea")] if region else [])

    def _dateline_place(self, report: str, s: int, e: int, subclass: str, capitalise: bool = False) -> Mention:
        """The gazetteer's place a dateline names, else a place of the subclass by its text."""
        text = report[s:e]
        name = " ".join(w.capitalize() for w in text.split()) if capitalise else text
        entry = self.lex.entry(self.lex.by_key.get(key(name)))
        if entry is not None:
            return Mention(s, e, text, "gazetteer", entry=entry.name, cls=entry.cls, subclass=entry.subclass, weight=10)
        return Mention(s, e, text, "group", name=name, cls="Place", subclass=subclass, weight=10)

    def _portfolio_words(self, m: Mention) -> bool:
        """A portfolio is no person's name, no acronym ("secretary of CONACAMI") and no body's head
        ("secretary of Frente de Defensa ...", typing.yaml `inside_heads`)."""
        return m.label != "PERSON" and not m.text.isupper() and not self.body_heads & set(m.text.lower().split())

    @staticmethod
    def _after(title: re.Pattern | None, text: str, m: Mention) -> bool:
        """"the provincial Secretary of Mining, A": the portfolio of a title the role rules did not
        read is no body of its own (typing.yaml `portfolio_titles`)."""
        return title is not None and bool(title.search(text, max(0, m.start - 80), m.start))

    @staticmethod
    def _settle(candidates: list[Mention]) -> list[Mention]:
        taken = bytearray(max((m.end for m in candidates), default=0))    # characters already claimed
        chosen = []
        for m in sorted(candidates, key=lambda m: (-(m.end - m.start), -PRIORITY[m.source], m.start, m.entry or "")):
            if any(taken[m.start:m.end]):
                continue
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
        return chosen
