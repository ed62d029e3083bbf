"""Names NER misses or cuts that a reader finds by the text's layout (issue 8, patterns 8 and 15):

- the name an acronym in brackets defines ("the Bolivian Police's Special Force for the Fight
  against Crime (FELCC)"), however its words spell, read back from the bracket;
- the items of a list after or before a plural kind word ("the districts of Chavinillo and
  Cahuac", "Larecaja and Franz Tamayo provinces", "the communities of Alal and Klingna"),
  typing.yaml `kind_lists`;
- the people of each place of a list ("residents of Paso Yobái and Itapé"), typing.yaml `people_lists`;
- the city of a dateline without a date ("SORATA —", "ROSITA, Nicaragua (AP) —").
"""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, key
from loaders.model import Mention
from loaders.role_titles import NAME_CHAR

ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
# ... and one that names the body a mention before it names, or a short name in quotes.
ACRONYM_DEF = re.compile(r"\(\s*[\"“]?([A-Z][A-Za-z]{1,15})[\"”]?\s*\)")
# A dateline's city in capitals, the country and agency it may carry, then a dash.
UNDATED_DATELINE = re.compile(r"\A\s*(?P<city>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'.-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'.-]+){0,3})"
                              r"(?:,[ \t]+(?P<region>[A-Z][\w\u00C0-\u017F. ]{1,30}?))?"
                              # "KITWE, Zambia, Wednesday (Reuters) -": the weekday a story was filed on, no date.
                              r"(?:,[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                              r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[—–-][ \t]"
                              r"(?=[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF\"“])")     # then prose: "PRESS RELEASE – MINISTRY ..." is a heading
ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
_NAME = r"(?!(?:The|A|An|In|On|At|By|For|From|To|Of|Its|This|That|Their|Both|And)\b)[A-Z\u00C0-\u00DE][\w\u00C0-\u017F'’-]*(?:[ \t]+(?:(?:de|del|de[ \t]+la|la)[ \t]+)?[A-Z\u00C0-\u00DE][\w\u00C0-\u017F'’-]*){0,3}"
_LIST = rf"{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}"


def _initials_match(acronym: str, name: str) -> bool:
    """ONDS for Oficina Nacional de Dialogo y Sostenibilidad: the capitals spell the acronym."""
    letters = [w[0] for w in re.findall(NAME_CHAR + "+", name) if w[0].isupper()]
    it = iter(letters)
    return all(any(ch == letter for letter in it) for ch in acronym.upper() if ch.isalpha()) \
        and acronym[0].upper() == (letters[0] if letters else "")


def _syllables_match(acronym: str, name: str) -> bool:
    """COMIBOL for Corporación Minera de Bolivia: the acronym is the heads of the capitalised
    words in order, the first word's among them (a word may be skipped, not reordered)."""
    words = [w.lower() for w in re.findall(NAME_CHAR + "+", name) if w[0].isupper()]
    letters = acronym.lower()

    def spell(i: int, j: int) -> bool:
        if i == len(letters):
            return True
        for k in range(j, len(words) if i else min(1, len(words))):
            n = 0
            while n < len(words[k]) and i + n < len(letters) and words[k][n] == letters[i + n]:
                n += 1
            if any(spell(i + size, k + 1) for size in range(n, 0, -1)):
                return True
        return False
    return len(letters) >= 4 and spell(0, 0)


def _clipped_match(acronym: str, name: str) -> bool:
    """Fedeagromisbol for the Agro-mining Federation of the South of Bolívar: a short name of clipped
    words, in lower case after its capital, that opens as one of the name's words does."""
    words = [w.lower() for w in re.findall(NAME_CHAR + "+", name) if len(w) > 3]
    return len(acronym) >= 6 and acronym[1:].islower() and any(w.startswith(acronym[:3].lower()) for w in words)


class NameFinders:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        t = lex.typing
        self.small = set(t.get("acronym_name_words") or [])
        self.kinds = t.get("kind_lists") or {}
        # "the communities of Bantayan and Silvercrest Nickel Corporation": a company ends no list of places
        self.legal_forms = {key(w) for w in t.get("company_legal_forms") or []}
        self.members = set(t.get("member_nouns") or [])
        # "Officers of the X", "Elementos de la X": the words that join the members to their body, then an article.
        self.member_links = set(t.get("member_links") or ["of"])
        self.member_articles = set(t.get("member_articles") or ["the"])
        self.heads_first = t.get("head_first_names") or {}
        word = r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]*(?:['’][\w\u00C0-\u017F]*)*"
        joiners = "|".join(re.escape(j).replace(r"\ ", r"[ \t]+") for j in sorted(t.get("head_first_joiners") or [], key=len, reverse=True))
        self.head_first_re = re.compile(
            rf"(?<![\w\u00C0-\u017F])(?P<head>{'|'.join(map(re.escape, self.heads_first))})(?:[ \t]+(?:(?:{joiners})[ \t]+)?{word})+") \
            if self.heads_first else None
        features = "|".join(map(re.escape, t.get("feature_first_words") or []))
        self.feature_re = re.compile(rf"(?<![\w\u00C0-\u017F'’-])(?:{features})(?:[ \t]+(?:(?:de|del|de[ \t]+la)[ \t]+)?{word})+") \
            if features else None
        exchanges = "|".join(map(re.escape, t.get("stock_exchanges") or []))
        self.ticker_re = re.compile(rf"\(\s*(?:{exchanges})\s*:\s*[A-Z0-9.]{{1,8}}(?:\s*[;,]\s*(?:{exchanges})\s*:\s*[A-Z0-9.]{{1,8}})*\s*\)") \
            if exchanges else None
        nouns = t.get("people_lists") or []
        self.people = re.compile(rf"(?<![\w\u00C0-\u017F])(?P<noun>(?i:{'|'.join(map(re.escape, nouns))}))[ \t]+(?:of|in|from)[ \t]+"
                                 rf"(?:the[ \t]+)?(?P<list>{_LIST})(?![\w\u00C0-\u017F])") if nouns else None
        self.people_not_after = re.compile(t["people_not_after"] + r"\s*$", re.I) if t.get("people_not_after") else None
        if self.kinds:
            kinds = "|".join(map(re.escape, sorted(self.kinds, key=len, reverse=True)))
            self.after_kind = re.compile(rf"(?<![\w\u00C0-\u017F])(?P<kind>{kinds})[ \t]+of[ \t]+(?:the[ \t]+)?(?P<list>{_LIST})")
            self.before_kind = re.compile(rf"(?<![\w\u00C0-\u017F])(?P<list>{_LIST})[ \t]+(?P<kind>{kinds})\b")

    def acronym_names(self, doc) -> list[Mention]:
        """The words before "(ACRONYM)" that name a body: capitalised words and the small words
        between them, back to the first other word; across a comma where an "and" follows
        ("Ministry of Environment, Energy and Telecommunications")."""
        if not self.small:
            return []
        out = []
        starts, text = {t.idx: t.i for t in doc}, doc.text
        for m in ACRONYM.finditer(text):
            if m.group(1) in self.lex.by_key or m.group(1).lower() in self.lex.by_key:
                continue        # a known body's acronym: the gazetteer names it
            i = starts.get(m.start())
            if i is None or i == 0:
                continue
            taken, j = [], i - 1
            while j >= 0:
                t = doc[j]
                if t.text == "," and taken and any(x.lower_ in ("and", "&") for x in taken) and j > 0 and doc[j - 1].text[:1].isupper():
                    j -= 1
                    continue
                # A hyphen inside a capitalised word is part of it ("Mobile Anti-Riot Squadron").
                hyphen = t.text == "-" and not t.whitespace_ and j > 0 and doc[j - 1].text[:1].isupper()
                # A unit's number opens its name ("the 3302nd Regiment of the Armed Forces of X (FARDC)": the regiment
                # and the force, which loaders/pattern_names.py `_units_apart` parts).
                ordinal = ORDINAL.fullmatch(t.text) and taken
                if t.ent_type_ in ("PERSON", "DATE", "CARDINAL") or "\n" in t.whitespace_ \
                        or not (t.text[:1].isupper() or t.lower_ in self.small or hyphen or ordinal):
                    break
                taken.insert(0, t)
                if t.is_sent_start:
                    break
                j -= 1
            taken = self.without_members(self._after_list_join(taken))
            while taken and taken[0].lower_ in self.small:
                taken.pop(0)
            # "SAN CARLOS (Mendoza)": a dateline in capitals and the province after it, no body and its acronym;
            # nor "Santa Lucía (Lampa)", a place NER reads in one capital that does not open as the name: the area a
            # place lies in ("Secretaría del Agua (Senagua)" opens as it does).
            bracket = doc[i + 1] if i + 1 < len(doc) else None
            if len(taken) < 2 or all(t.is_upper or t.lower_ in self.small for t in taken) \
                    or bracket is not None and bracket.ent_type_ in ("GPE", "LOC") \
                    and sum(ch.isupper() for ch in m.group(1)) < 2 and m.group(1)[0] != taken[0].text[0]:
                continue
            s, e = taken[0].idx, taken[-1].idx + len(taken[-1].text)
            out.append(Mention(s, e, text[s:e], "proper", weight=0))
        return out

    def _after_list_join(self, tokens: list) -> list:
        """"Fuerza Pública y de la Unidad de Intervención Policial (UIP)": a list word before a small word
        joins another body to the one the acronym names; "Grupo de Intervención y Rescate" runs on
        across a list word before a capital (typing.yaml `acronym_list_words`)."""
        joins = set(self.lex.typing.get("acronym_list_words") or [])
        cut = max((i for i, t in enumerate(tokens[:-1]) if t.lower_ in joins and tokens[i + 1].lower_ in self.small),
                  default=None)
        return tokens if cut is None else tokens[cut + 1:]

    def without_members(self, tokens: list) -> list:
        """"Officers of the Suriname Police Force": the body's name without the people of it before
        (typing.yaml `member_nouns`)."""
        if len(tokens) > 3 and tokens[0].lower_ in self.members and tokens[1].lower_ in self.member_links:
            rest = tokens[3:] if tokens[2].lower_ in self.member_articles else tokens[2:]
            return rest if rest and rest[0].text[:1].isupper() else tokens
        return tokens

    def head_first(self, text: str, typer) -> list[Mention]:
        """"Associação Indígena Karo Biwi", "Mesa Cabañense frente a la Minería": a Spanish or
        Portuguese head and the capitalised words after it, across its small words (typing.yaml
        `head_first_names`, `head_first_joiners`); typed by its words, else by its head."""
        if self.head_first_re is None:
            return []
        out = []
        for m in self.head_first_re.finditer(text):
            name = re.sub(r"\s+", " ", m.group(0))
            cue = typer.inside(name, [w.lower() for w in re.findall(NAME_CHAR + "+", name)])
            if cue is not None and cue[0] != "Organization":
                continue        # "Red River": a place
            # The head names the kind ("Mesa ... frente a la Minería" is no front), unless a phrase or the
            # members after it say otherwise ("Associação dos Moradores": a community's).
            words = [w.lower() for w in name.split()[1:4]]
            cue = next((c for p, c in typer.phrases if p.search(name)), None) or \
                next((typer.members[w] for w in words if w in typer.members), None)
            subclass = cue[1] if cue else self.heads_first[m.group("head")]
            out.append(Mention(m.start(), m.end(), m.group(0), "group", name=name, cls="Organization",
                               subclass=subclass, weight=4))
        return out

    def feature_names(self, text: str) -> list[Mention]:
        """"Cerro Q'anil", "Loma Caroní Alto": a feature's kind word that opens a name and the capitalised
        words after it are one name, however NER cut it (typing.yaml `feature_first_words`); typed by the
        words around it (a mine's "Cerro Corona mine")."""
        return [Mention(m.start(), m.end(), m.group(0), "proper", weight=0)
                for m in self.feature_re.finditer(text)] if self.feature_re else []

    def tickers(self, text: str) -> list[tuple[int, int]]:
        """"(TSX: GRY)": the spans of a company's listing brackets (typing.yaml `stock_exchanges`)."""
        return [m.span() for m in self.ticker_re.finditer(text)] if self.ticker_re else []

    def kind_lists(self, text: str) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Each item of a list a plural kind word types, and the spans of the lists."""
        if not self.kinds:
            return [], []
        out, spans = [], []
        for pattern in (self.after_kind, self.before_kind):
            for m in pattern.finditer(text):
                cls, subclass, *form = self.kinds[m.group("kind")]
                items = list(re.finditer(_NAME, m.group("list")))
                company = next((i for i, item in enumerate(items) if key(item.group(0).split()[-1]) in self.legal_forms), None)
                if company is not None:
                    # (the company, and what follows it, is a party beside the list, not one of its items)
                    items = items[:company]
                    if not items:
                        continue
                    spans.append((m.start("list"), m.start("list") + items[-1].end()))
                else:
                    spans.append(m.span("list"))
                for item in items:
                    s = m.start("list") + item.start()
                    # "the communities of Tunaspampa and ...": the community, beside a mine of its name.
                    name = form[0].format(item.group(0)) if form else item.group(0)
                    out.append(Mention(s, s + len(item.group(0)), item.group(0), "group", name=name,
                                       cls=cls, subclass=subclass, weight=10))
        return out, spans

    def people_lists(self, text: str) -> list[tuple[int, int, str]]:
        """"residents of Paso Yobái and Itapé": the people of each place after the first (a group
        pattern reads the first), as (start, end, the community's name)."""
        out = []
        for m in self.people.finditer(text) if self.people else ():
            if self.people_not_after and self.people_not_after.search(text, max(0, m.start() - 30), m.start()):
                continue    # "two residents of X, A and B": counted people, named after
            items = list(re.finditer(_NAME, m.group("list")))
            for item in items[1:]:
                s = m.start("list") + item.start()
                out.append((s, s + len(item.group(0)), f"{m.group('noun').lower()} of {item.group(0)}"))
        return out

    def dateline(self, text: str) -> tuple[int, int] | None:
        """"SORATA —": the span of an undated dateline's city (not the full stop of "SANTO DOMINGO.-")."""
        m = UNDATED_DATELINE.match(text)
        return (m.start("city"), m.start("city") + len(m.group("city").rstrip("."))) if m and len(m.group("city")) >= 3 else None

    def dateline_region(self, text: str) -> tuple[int, int] | None:
        """"CAVE VALLEY, St Ann —", "MALINAO, Surigao del Sur —": the span of the region or country after
        an undated dateline's city."""
        m = UNDATED_DATELINE.match(text)
        return m.span("region") if m and m.group("region") and len(m.group("city")) >= 3 else None

    def with_lists(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """"the districts of Chavinillo and Cahuac": the list's items, in place of the names NER or
        a pattern read across it; a known name stays where it stands."""
        items, lists = self.kind_lists(text)
        if not items:
            return candidates
        known = [m for m in candidates if m.source == "gazetteer"]
        kept = [m for m in candidates if m.source == "gazetteer" or not any(m.start < b and a < m.end for a, b in lists)
                or any(i.start <= m.start and m.end <= i.end for i in items)]
        return kept + [i for i in items if not any(k.start < i.end and i.start < k.end for k in known)]

    @staticmethod
    def with_people(text: str, candidates: list[Mention], people: list[tuple[int, int, str]]) -> list[Mention]:
        """The places of a list of people's places, in place of what NER read there."""
        if not people:
            return candidates
        known = [m for m in candidates if m.source == "gazetteer"]
        kept = [m for m in candidates if m.source == "gazetteer" or not any(m.start < e and s < m.end for s, e, _ in people)]
        return kept + [Mention(s, e, text[s:e], "group", name=text[s:e], cls="Place", subclass="Settlement", weight=3)
                       for s, e, _ in people if not any(k.start < e and s < k.end for k in known)]

    def countries_in_names(self, chosen: list[Mention]) -> list[Mention]:
        """"the Constitutional Court of Ecuador": the country a body's name ends in."""
        out = []
        for m in chosen:
            if m.source not in ("ner", "proper", "group") or m.cls == "Place" or m.label not in (None, "ORG"):
                continue
            end = re.search(r"^.*\s(?:of|de|del)\s+(?:the\s+)?([^,;()]+)$", m.text, re.S)
            entry = self.lex.entry(self.lex.by_key.get(key(end.group(1)))) if end else None
            if entry is not None and entry.level == "country":
                s = m.start + end.start(1)
                out.append(Mention(s, m.end, end.group(1), "gazetteer", entry=entry.name, cls="Place",
                                   subclass="AdministrativeArea", weight=10))
        return out

    def acronyms(self, doc, chosen: list[Mention], defined: set[tuple[int, int]]) -> list[Mention]:
        """"Oficina Nacional de Dialogo y Sostenibilidad (ONDS)": the acronym names the body
        wherever it appears, including where NER missed it; so does one whose letters spell the
        body's name in another language, read back from the bracket (name_finders.py), and a short
        name in quotes ('Compañía Minera Kuntur S.A.C. ("Kuntur")')."""
        text = doc.text
        # "Centro de Acción ... de Guatemala (CALAS)": the nested place ends where the body does;
        # the longest name the letters spell is the one defined, else the longest.
        by_end: dict[int, list[Mention]] = {}
        for m in sorted(chosen, key=lambda m: m.start):
            by_end.setdefault(m.end, []).append(m)
        out = []
        for d in ACRONYM_DEF.finditer(text):
            acronym = d.group(1)
            ending = by_end.get(len(text[:d.start()].rstrip()), [])
            spelled = next((m for m in ending if _initials_match(acronym, m.text) or _syllables_match(acronym, m.text)
                            or (m.cls == "Organization" and key(acronym) not in self.lex.by_key
                                and _clipped_match(acronym, m.text))), None)
            long = spelled or (ending[0] if ending else None)
            quoted = d.group(0).count('"') + d.group(0).count("“") > 0
            if not long or not (spelled is not None or (long.start, long.end) in defined
                                or (quoted and self.small and long.label != "PERSON" and long.cls != "Place")):
                continue
            covered = {(m.start, m.end) for m in [*chosen, *out]}
            out += [Mention(o.start(), o.end(), acronym, "acronym", cls=long.cls, subclass=long.subclass,
                            weight=long.weight) for o in re.finditer(rf"\b{re.escape(acronym)}\b", text)
                    if o.span() not in covered]
            for m in [*chosen, *out]:
                if m.text == acronym and m is not long:
                    m.acronym_of = long
        return out
