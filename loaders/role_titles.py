"""Role titles: "Interior Minister X", "Martín Vizcarra, Peru's vice-president", "el presidente
de la comunidad de F, X", each a `role` Mention with the body its portfolio names and its holder
where the text gives one (a name before or after it, in apposition, after "whose … is"), or the
holder the report gave the same title to before (`repeat_titles`).
"""
from __future__ import annotations

import dataclasses
import re

from loaders.lexicon import Lexicon, rules
from loaders.model import Context, Mention

NAME_CHAR = r"[\w\u00C0-\u017F]"
# Spanish ranks are written in lower case ("el comisario de Lircay, mayor PNP Rolando Cárdenas").
# Police ranks too, and two in a row ("the police chief, Commissioner General X").
HONORIFIC_WORDS = ("Mr|Mrs|Ms|Dr|Sr|Sra|Ing|Lic|Brigadier|Lieutenant|General|Gen|Colonel|Col|Commander|Captain|Major|Monsignor|"
                   "Father|Commissioner|Inspector|Superintendent|general|coronel|comandante|capitán|mayor|teniente|suboficial|"
                   "comisario|inspector")


def honorific(ranks: list[str]) -> str:
    """One or two honorifics or ranks before a name, with roles.yaml's `ranks` of several words ("Chief Superintendent",
    "Assistant Superintendent of Police")."""
    words = "|".join([*sorted(map(re.escape, ranks), key=len, reverse=True), HONORIFIC_WORDS])
    return rf"(?:(?:{words})\.?(?:[ \t]+PNP)?[ \t]+){{1,2}}"


# After a title, what may stand between it and the name in apposition: "of"/"for" and a few
# words ("of the Regional Government of Cajamarca", "for the Prevention of Social Conflicts"),
# the comma, an honorific ("cuyo gerente en el país, X"). A dot after a capital is a company's suffix ("S.A."), not a full stop.
# After a body's acronym in brackets, its place too ("el director departamental de la AJAM (AJAM) en Santa Cruz, X").
APPOSED_TEMPLATE = r"(?:\s+(?:of|for|at|in|de|del|de\s+la|en)\s+(?:[^,;.()]|(?<=[A-Z])\.){2,80}?(?:\s*\([^)]*\)(?:\s+(?:of|in|de|del|en)\s+[^,;.()]{2,60}?)?)?)?,\s*(?:{honorific})?"
# Between a holder's comma and a title after it, the owner the title is of: an article, "its", a body's name and its
# possessive ("X, its director", "X, the company's spokesman", "X, the Tarum Police Department's commander", "X, Minera
# Cuchumatanes' manager", "X, Austral Iron's chief executive").
OWNER_BEFORE = re.compile(r"(?:(?:the|a|an|its|their)\s+(?:(?:(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F.&-]*\s+){0,3}[\w-]+[’']s\s+)?|"
                          r"(?:(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F.&-]*\s+){0,3}"
                          r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F.&-]*(?:[’']s|(?<=s)[’'])\s+)?\Z", re.I)
# After a minister's title, a portfolio of several capitalised words with commas and "and", before the apposition's
# comma: "the Minister of Industry, Energy and Mining, X", "the Cabinet Secretary for Mining, Blue Economy and Maritime
# Affairs, X" (whole, though the lexicon knows its first item).
CAP_WORDS = r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+(?:\s+(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+)*"
PORTFOLIO_LIST = re.compile(rf"\s+(?:of|for)\s+(?P<portfolio>{CAP_WORDS}(?:,\s+{CAP_WORDS})+,?\s+and\s+{CAP_WORDS})(?=\s*,)")
# A holder's age between their name and a title in apposition: "X, 45, president of", "X (52), a leader of".
AGE_ASIDE = re.compile(r"(?:[ \t]*,[ \t]*\d{1,3}|[ \t]*\(\d{1,3}\))[ \t]*,[ \t]*\Z")
# A first description before the title, joined by "and": "X, a teacher from P and a leader of Y".
SECOND_DESCRIPTION = re.compile(r"[ \t]*,[ \t]*(?:a|an)[ \t]+[^,;.()\n]{1,50}?[ \t]+and[ \t]+\Z", re.I)
# A relative clause's copula before the title: "X, who is president of Y", "X, who has been its director since 2019".
RELATIVE_COPULA = re.compile(r"[ \t]*,[ \t]*who[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|became|remains)[ \t]+"
                             r"(?:(?:also|now|still|currently)[ \t]+)?\Z", re.I)
# Between a title and NER's person, one capitalised word that NER left out of the name.
GIVEN_GAP = re.compile(r"[ \t]+(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+[ \t]+")
# A person's name alone: capitalised words (and the particles of Spanish names), no verb or lower-case word.
NAME_ONLY = re.compile(r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F'.-]*(?:\s+(?:(?:de|del|la)\s+)?(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F'.-]*)*")
# A name in apposition: two to four capitalised words, then a comma, a verb of the clause or the sentence's end
# ("chaired by the regional governor of P, X.").
APPOSED_NAME = re.compile(r"((?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+(?:\s+(?:(?:de|del|la)\s+)?(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F-]+){1,3})"
                          r"(?=\s*,|[.;](?:\s|$)|\s+(?:said|says|has|had|was|is|who|told|announced|stated)\b)")


class RoleTitles:
    """Finds the titles of a report (after its mentions are settled) and who holds each."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        # "appointed X as the new president of Y": what stands between a holder and a title after it.
        words = rules("roles.yaml", lex.language)
        self.honorific = honorific(words.get("ranks") or [])
        self.apposed = re.compile(APPOSED_TEMPLATE.replace("{honorific}", self.honorific))
        self.role = self._regex(lex, words.get("post_modifiers") or [], words.get("function_after") or "(?!)")
        self.holder_before = re.compile(words.get("holder_before_title") or "(?!)", re.I)
        # "Su director, el ingeniero X", "el presidente de la comunidad, el comunero Y": a profession between the
        # apposition's comma and the name (an article before it where the language writes one).
        jobs = "|".join(map(re.escape, words.get("professions_before_name") or [])) or "(?!)"
        articles = "|".join(map(re.escape, lex.articles)) or "(?!)"
        self.profession = re.compile(rf"(?:(?:{articles})\s+)?(?:{jobs})\s+", re.I)
        # "The managing director of C is X", "C, whose general manager is the Brazilian engineer X": the name
        # after the copula of a title that is its clause's subject (roles.yaml `holder_after_copula`; a
        # language without it reads only the plain "whose … is X").
        copula = words.get("holder_after_copula")
        self.copula_subject = re.compile(copula["subject"]) if copula else None
        self.copula_holder = re.compile(copula["after"].replace("{professions}", jobs)) if copula else None
        verbs = "|".join(map(re.escape, words.get("appointing_verbs") or [])) or "(?!)"
        self.appointing = re.compile(rf"\b(?:{verbs})\s+$", re.I)
        # The titles whose portfolio names a ministry, and the ministry's name (roles.yaml `title_bodies`, `portfolio_list`).
        self.ministers = {t for t, nouns in (words.get("title_bodies") or {}).items() if "ministry" in nouns}
        self.ministry = (words.get("portfolio_list") or {}).get("body")
        heads = "|".join(re.escape(h.capitalize()) for h in lex.typing.get("inside_heads") or []) or "(?!)"
        self.body_after = re.compile(rf"[ \t]+(?:{heads})\b")

    @staticmethod
    def _regex(lex: Lexicon, post: list[str], function: str = "(?!)") -> re.Pattern:
        def flexible(words: str) -> str:
            return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", words))
        titles = "|".join(flexible(t["title"]) for t in sorted(lex.titles, key=lambda t: -len(t["title"])))
        mods = "|".join(re.escape(m) for m in lex.modifiers)
        portfolios = "|".join(flexible(p) for p in sorted(lex.portfolios, key=len, reverse=True))
        articles = "|".join(map(re.escape, lex.articles))
        links = "|".join(map(re.escape, lex.title_links))
        # Spanish adjectives follow the title ("la directora regional de X", "el presidente ejecutivo de Y").
        after = "|".join(map(re.escape, sorted(post, key=len, reverse=True))) or "(?!)"
        return re.compile(
            rf"(?:\b(?P<det>{articles})\s+)?"
            rf"(?:(?P<country>(?-i:[A-Z]){NAME_CHAR}+)[’']s\s+)?"
            rf"(?P<former>(?:former|ex-|then)\s*)?"
            rf"(?P<mods>(?:(?:{mods})\s+)*)"
            # "Transport and Mining Minister": capitalised portfolio words before a known one, all one portfolio.
            rf"(?:\b(?P<portfolio_lead>(?:(?!(?:The|A|An|His|Her|Its)\b)(?-i:[A-Z]){NAME_CHAR}+\s+)+and\s+))?"
            rf"(?:\b(?P<portfolio_first>{portfolios})[\s-]+(?=minister\b))?"
            rf"\b(?P<title>{titles})"
            rf"(?P<post>(?:\s+(?:{after})\b)*)"
            # "el gerente de operaciones de la empresa": a function after the title, where it names no portfolio.
            rf"(?:\s+(?:{links})\s+(?P<portfolio>{portfolios})|(?P<function>{function}))?\b", re.I)

    def _not_before(self, r: re.Match, text: str) -> bool:
        """"Minera X, titular de la unidad minera Y": the holder of a right, no post; "Chief Superintendent X": a rank,
        no chief (roles.yaml `not_before`). Left out before names are cut from titles, so the rank stays the name's."""
        spec = self.lex.title_spec(re.sub(r"\s+", " ", r.group("title").lower())) or {}
        return bool(spec.get("not_before") and re.match(spec["not_before"], text[r.end():r.end() + 60], re.I))

    def __call__(self, ctx: Context) -> list[Mention]:
        """The titles of the text, each with its holder where the text names one."""
        text = ctx.report.text
        # "the Ombudsman Commission": a title's word before a body's head opens the body's name; no one holds it.
        found = [r for r in self.role.finditer(text) if not self.body_after.match(text, r.end()) and not self._not_before(r, text)]
        self._names_off_titles(ctx, found)
        # "el dirigente de la Coordinadora Campesina de C, X": a capitalised title word that begins a body's name is
        # the name's, no title (nor the title that would take the holder after it).
        bodies = {m.start: m.end for m in ctx.mentions if m.cls == "Organization"}
        found = [r for r in found if not (r.group("title")[:1].isupper() and bodies.get(r.start("title"), 0) > r.end("title"))]
        starts = {m.start: m for m in ctx.mentions}
        ends = {m.end: m for m in ctx.mentions}
        out = []
        titled = [r.start("title") for r in found]
        for r in found:
            country = r.group("country")
            if country and not country[:1].isupper():
                continue
            title = re.sub(r"\s+", " ", r.group("title").lower())
            mods = r.group("mods").strip().lower()
            post = re.sub(r"\s+", " ", (r.group("post") + (r.group("function") or "")).strip().lower())
            # "the Interior Minister" is the minister of the interior.
            lead = r.group("portfolio_lead") if r.group("portfolio_first") else None
            portfolio = ((lead or "") + (r.group("portfolio") or r.group("portfolio_first") or "")).lower()
            listed = PORTFOLIO_LIST.match(text, r.end("post")) if not post and title in self.ministers \
                and self.ministry else None
            portfolio = listed.group("portfolio").lower() if listed else portfolio
            name = " ".join(x for x in (mods, title, post) if x) + (f" of {portfolio}" if portfolio else "")
            spec = self.lex.title_spec(title) or {}
            # A national title's own office of another country ("Prime Minister X" of Haiti: not Peru's Presidency of
            # the Council of Ministers) is none: the title's holder serves their own state.
            own = self.lex.entry(spec["body"]) if spec.get("body") and spec.get("national") else None
            fixed = spec.get("body") if own is None or own.country in (None, ctx.country) or not ctx.country else None
            body = (self.ministry.format(portfolio=re.sub(r"\s+", " ", listed.group("portfolio"))) if listed else None) \
                or self.lex.portfolios.get(re.sub(r"\s+", " ", portfolio)) or fixed \
                or (self.ministry.format(portfolio=lead + r.group("portfolio_first")) if lead and self.ministry else None)
            start = next(r.start(g) for g in ("former", "mods", "portfolio_lead" if lead else "portfolio_first", "portfolio_first",
                                              "title") if r.group(g))
            end = listed.end() if listed else r.end()
            role = Mention(start, end, text[start:end], "role", sent=ctx.sent_of(r.start()),
                           name=name, title=name if mods not in ("former", "then") else title,
                           body=body, former=bool(r.group("former")),
                           country=next((c for c, n in self.lex.countries.items() if n == country), None))
            # "el titular del Mininter se reunió con el presidente de X, Y": Y is the other title's.
            later = next((t for t in titled if t > r.end()), len(text))
            role.holder = self._holder(role, text, starts, ends, later) or self._apposed_name(ctx, role, starts, later) \
                or self._holder_before(role, text, ends) or self._after_profession(role, text, starts, later) \
                or self._copular_holder(role, text, starts)
            out.append(role)
        for role in out:
            # "El ministro del Interior, X, llegó ... El ministro se reunió": a title told again alone is
            # the one person the report gave it to before.
            if role.holder is None and not role.former and self.lex.repeat_titles:
                head = role.title.split(" of ")[0]
                earlier = [r for r in out if r.end <= role.start and r.holder is not None and r.holder.cls in (None, "Person")
                           and r.title.split(" of ")[0] == head and role.body in (None, r.body)]
                if len({r.holder.text for r in earlier}) == 1:
                    role.holder = earlier[-1].holder
        return out

    @staticmethod
    def _names_off_titles(ctx: Context, found: list[re.Match]) -> None:
        """NER's person that runs into a title's portfolio ("Deputy Minister of Energy and Mines Julio
        Cifuentes" read as "Mines Julio Cifuentes") is the name after the title; its "of Commerce and
        Industries" right after "Minister" is the portfolio, no person."""
        text, kept = ctx.report.text, []
        for m in ctx.mentions:
            if m.source == "ner":
                into = next((r for r in found if r.start() < m.start < r.end() < m.end), None)
                rest = text[into.end():m.end] if into else ""
                if into is not None and NAME_ONLY.fullmatch(rest.lstrip()):
                    m = dataclasses.replace(m, start=m.end - len(rest.lstrip()), text=rest.lstrip())
                elif into is None and re.match(r"(?-i:of|for)\s", m.text) and any(r.end() + 1 == m.start for r in found):
                    continue
                elif into is None and m.label == "PERSON":
                    # "Deputy Minister of Mines Tobías Ramírez Ortega" read as "Ramírez Ortega": the capitalised
                    # word between a title and NER's person is the start of the name.
                    given = next((r for r in found if r.end() < m.start <= r.end() + 40
                                  and GIVEN_GAP.fullmatch(text, r.end(), m.start)), None)
                    if given is not None:
                        start = m.start - len(text[given.end():m.start].lstrip())
                        m = dataclasses.replace(m, start=start, text=text[start:m.end])
            kept.append(m)
        ctx.mentions = kept

    def _holder_before(self, role: Mention, text: str, ends: dict) -> Mention | None:
        """"swore in X as the new president of Y", "X, who served as mayor": the person named right
        before the words that give them the title."""
        found = self.holder_before.search(text, max(0, role.start - 40), role.start)
        prev = ends.get(found.start()) if found else None
        if prev is not None and found.group("named") is not None and \
                not self.appointing.search(text, max(0, prev.start - 20), prev.start):
            return None     # "X interior minister" with no appointing verb before X: not said of X
        if prev is not None and not NAME_ONLY.fullmatch(prev.text):
            return None     # "the Ministry of Mining appointed X as": a span that runs over the verb is no name
        return prev if prev is not None and prev.cls in (None, "Person") else None

    def _copular_holder(self, role: Mention, text: str, starts: dict) -> Mention | None:
        """"The managing director of AGL is X", "whose general manager is the Brazilian engineer X": the
        title opens its clause and the name stands after its copula."""
        if self.copula_subject is None or not self.copula_subject.search(text, max(0, role.start - 30), role.start):
            return None
        copula = self.copula_holder.match(text, role.end)
        nxt = starts.get(copula.end()) if copula else None
        return nxt if nxt is not None and nxt.cls in (None, "Person") and nxt.label in (None, "PERSON") \
            and NAME_ONLY.fullmatch(nxt.text) else None

    def _after_profession(self, role: Mention, text: str, starts: dict, later: int) -> Mention | None:
        """"Su director, el ingeniero Walter Cutipa": the name in apposition past a profession."""
        apposed = self.apposed.match(text, role.end)
        job = self.profession.match(text, apposed.end()) if apposed and apposed.end() <= later else None
        nxt = starts.get(job.end()) if job else None
        return nxt if nxt is not None and nxt.cls in (None, "Person") and nxt.label in (None, "PERSON") \
            and NAME_ONLY.fullmatch(nxt.text) else None

    def _apposed_name(self, ctx: Context, role: Mention, starts: dict, later: int | None = None) -> Mention | None:
        """"The Interior Minister, Wilver Calle, has said": the capitalised words in apposition
        after a title are its holder's name even where NER saw only part of it."""
        apposed = self.apposed.match(ctx.report.text, role.end)
        if apposed and later is not None and apposed.end() > later:
            apposed = None
        name = APPOSED_NAME.match(ctx.report.text, apposed.end()) if apposed else None
        if name is None:
            return None
        s, e = name.span(1)
        inside = [m for m in ctx.mentions if s <= m.start and m.end <= e]
        if any(m.start < e and s < m.end for m in ctx.mentions if m not in inside) or \
                any(m.source != "ner" or m.label not in (None, "PERSON") for m in inside):
            return None
        person = Mention(s, e, name.group(1), "ner", sent=role.sent, label="PERSON")
        ctx.mentions = sorted([m for m in ctx.mentions if m not in inside] + [person], key=lambda m: (m.start, m.end))
        starts[s] = person
        return person

    def _holder(self, role: Mention, text: str, starts: dict, ends: dict, later: int | None = None) -> Mention | None:
        """Title before a name ("Prime Minister Fernando Zavala") or in apposition after it
        ("Martín Vizcarra, Peru's vice-president"; "the President of the Regional Government of
        Cajamarca, Mr Gregorio Santos")."""
        # A bulletin's signature line, "Director: X": the name after the colon of a title that opens its line.
        signed = text.startswith(":", role.end) and not text[text.rfind("\n", 0, role.start) + 1:role.start].strip()
        after = re.match(rf"{':' if signed else ''}[ \t]+(?:{self.honorific})?", text[role.end:])
        nxt = starts.get(role.end + (after.end() if after else 0))
        # "the Minister of Commerce and Industries, X": NER's "of Commerce and Industries" is the portfolio, no name.
        if nxt is not None and nxt.cls in (None, "Person") and NAME_ONLY.fullmatch(nxt.text):
            return nxt
        # "the Junta, whose president is X": the name after the copula of a "whose" title.
        # A rank before the name too ("whose director is Police Colonel X").
        copula = re.match(rf"[ \t]+(?:is|was|are|were|es|era|fue)[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+|(?:Police[ \t]+)?{self.honorific})?", text[role.end:])
        nxt = starts.get(role.end + copula.end()) if copula and re.search(r"\bwhose\s+(?:\w+\s+)?$|\bcuy[oa]\s+(?:\w+\s+)?$",
                                                                           text[max(0, role.start - 20):role.start]) else None
        if nxt is not None and nxt.cls in (None, "Person") and nxt.label in (None, "PERSON"):
            return nxt
        apposed = self.apposed.match(text, role.end)
        if apposed and later is not None and apposed.end() > later:
            apposed = None      # the name after a second title is that title's holder
        nxt = starts.get(apposed.end()) if apposed else None
        closed = nxt is not None and re.match(r"\s*(?:[,.;)]|\s(?:said|says|told|has|had|was|is|who)\b)", text[nxt.end:])
        if nxt is not None and nxt.cls in (None, "Person") and (nxt.label in (None, "PERSON") or
                                                                 (closed and nxt.source == "ner" and " " in nxt.text)):
            return nxt
        lo = max(0, role.start - 200)     # a window, so that a long report is read in linear time
        head = OWNER_BEFORE.search(text, lo, role.start)
        before = text[lo:head.start() if head else role.start]
        comma = re.search(r"(?:,|(?<=\S)[ \t]*\n)[ \t]*$", before)     # "X, president of"; a signature's "X\nPresidente del FDIA"
        if comma:
            prev = ends.get(lo + comma.start())
            if prev is not None and prev.cls in (None, "Person"):
                return prev
        aside = AGE_ASIDE.search(before) or SECOND_DESCRIPTION.search(before) or RELATIVE_COPULA.search(before)
        prev = ends.get(lo + aside.start()) if aside else None
        return prev if prev is not None and prev.cls in (None, "Person") else None
