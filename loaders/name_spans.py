"""Where NER cuts or joins names wrongly, the span a reader would read (issue 8, pattern 8).

Each repair is keyed on a word list of the report's language (typing.yaml), so a language
whose file lacks the key reads its names as before:

- `name_breaks`: "Sonaguera in Colón department" is two places.
- `name_list_words`: "Chavinillo and Cahuac" is two places, "Frank and Jorge Chávez Sotelo" two
  people, unless a word of the span says it is one body ("Ministry of Energy and Mines", "Mines and
  Geology Division": `body_units`).
- "the National Congress's Environment Committee": two bodies either side of the possessive.
- "Office of Social Management of the Ministry of Energy and Mines": an office of a known body.
- `name_particles`: "San Juan de" + "la Maguana", the particle NER left at the end.
- a person's name runs over a given name before it and a surname NER left out after it.
- `name_joiners`: "São Félix" + "do Xingu", a Portuguese name NER cut at its joining word.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from loaders.lexicon import Lexicon, key
from loaders.model import Mention
from loaders.role_titles import NAME_CHAR

POSSESSIVE = {"’s", "'s"}
# A plural's possessive is its bare apostrophe ("the Carabineros' Coquimbo Special Forces Section").
PLURAL_POSSESSIVE = {"’", "'"}


class NameSpans:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        t = lex.typing
        self.list_words = set(t.get("name_list_words") or [])
        self.particles = set(t.get("name_particles") or [])
        self.heads = {w.lower() for w in t.get("name_heads") or []}
        self.body_words = {w for w, (cls, _) in t["inside"].items() if cls == "Organization"} | self.heads
        self.company_words = {w for w, (_, sub) in t["inside"].items() if sub == "Company"} if self.list_words else set()
        # ... and a capitalised unit word ("Mines and Geology Division"; a place's "department" is lower case).
        self.body_units = set(t.get("body_units") or [])
        self.articles = {w.lower() for w in t.get("name_articles") or []}
        self.breaks = set(t.get("name_breaks") or [])
        self.titles = {r["title"] for r in lex.titles if " " not in r["title"]}
        # "the Deputy Ombudsman for the Prevention of Social Conflicts and": a name never ends on a link.
        # (A Spanish particle there is particle_end's: "San Juan de" + "la Maguana".)
        self.never_last = ({w.lower() for w in t.get("name_links") or []} | self.articles) - self.particles \
            if self.list_words else set()
        joiners = "|".join(map(re.escape, t.get("name_joiners") or []))
        cap = rf"(?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+"
        # ... and the name before the joining word, where NER read only the part after ("Canaã dos" + "Carajás").
        self.joined_head = re.compile(rf"(?<!{NAME_CHAR}){cap}[ \t]+(?:{joiners})[ \t]+$") if joiners else None
        self.joined_tail = re.compile(rf"[ \t]+(?:{joiners})[ \t]+{cap}(?:[ \t]+{cap})?(?!{NAME_CHAR})") \
            if joiners else None

    def split(self, tokens: list, label: str) -> list[list]:
        """The names one NER span runs together, each as its tokens."""
        out = []
        for clause in (piece for verb in self._at_verb(tokens) for piece in self._at_break(verb)):
            for part in self._at_possessive(clause):
                for piece in self._at_known_body(part):
                    out += self._at_list_word(piece, label)
        return out

    def company_seat(self, ent) -> list:
        """"a subsidiary of Obuasi Ridge Resources of Toronto": a company's name ends on its kind word
        (typing.yaml `inside` Company); the one or two capitalised words after its "of" are the town it is
        seated in. NER's span as the company's and the town's (each a spaCy Span), else as it was."""
        of = next((t.i for t in ent if t.lower_ == "of"), None) if ent.label_ == "ORG" and self.company_words else None
        if of is None or not 2 <= of - ent.start or not 1 <= ent.end - of - 1 <= 2 \
                or ent.doc[of - 1].lower_ not in self.company_words \
                or not all(t.is_title and t.is_alpha for t in ent.doc[of + 1:ent.end]):
            return [ent]
        return [Span(ent.doc, ent.start, of, label="ORG"), Span(ent.doc, of + 1, ent.end, label="GPE")]

    def _at_verb(self, tokens: list) -> list[list]:
        """"Ministry of Mining appointed Rubén Quispe Condori": a verb in lower case ends a name."""
        cut = next((i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and t.is_lower
                    and t.tag_.startswith(("VB", "MD")) and t.lower_ not in self.particles), None) if self.list_words else None
        if cut is None:
            return [tokens]
        return [tokens[:cut], *self._at_verb(tokens[cut + 1:])]

    def _at_break(self, tokens: list) -> list[list]:
        """"Sonaguera in Colón department": a lower-case preposition (typing.yaml `name_breaks`) between
        two capitalised names ends the first, unless the first is a body's ("Committee in Defence of X")."""
        cut = next((i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 1 and t.lower_ in self.breaks and t.is_lower
                    and tokens[i + 1].text[:1].isupper()), None)
        if cut is None or {t.lower_ for t in tokens[:cut]} & self.body_words:
            return [tokens]
        return [tokens[:cut], *self._at_break(tokens[cut + 1:])]

    def _at_possessive(self, tokens: list) -> list[list]:
        # "the Public Prosecutor's Office" is one name: the part after is a name of its own.
        # ... and so is "the Governor's Office of Bolívar": an office named by its holder's title (roles.yaml).
        # ... and "the Ministry of People's Power for Mining": an owner right after the name's "of" is inside it.
        cut = next((i for i, t in enumerate(tokens) if 0 < i < len(tokens) - 2 and (
                    t.text in POSSESSIVE or t.text in PLURAL_POSSESSIVE and self._known_plural(tokens[:i]))
                    and not (self.list_words and tokens[i - 1].lower_ in self.titles)
                    and not (self.list_words and i >= 2 and tokens[i - 2].lower_ == "of")), None)
        if cut is None:
            return [tokens]
        return [tokens[:cut], *self._at_possessive(tokens[cut + 1:])]

    def _known_plural(self, tokens: list) -> bool:
        """"the Carabineros' Coquimbo Regional Command": a plural's apostrophe ends a name only after a body the
        gazetteer knows; "the Center for Indigenous Peoples' Rights" and "Lualaba Miners' Rights Network" are one name."""
        words = [t for t in tokens if t.lower_ not in self.articles]
        return bool(words) and words[-1].text.endswith("s") and not words[-1].whitespace_ \
            and self.lex.entry(self.lex.by_key.get(key(" ".join(t.text for t in words)))) is not None

    def _at_known_body(self, tokens: list) -> list[list]:
        """"Office of Social Management of the Ministry of Energy and Mines": a body whose name
        ends in "of" a body the gazetteer knows is that body's office, and both are named."""
        lead = next((t for t in tokens if t.lower_ not in self.articles), None)
        if not self.heads or len(tokens) < 4 or lead is None or lead.lower_ not in self.heads:
            return [tokens]
        for i, t in enumerate(tokens[1:-1], 1):
            if t.lower_ != "of":
                continue
            rest = tokens[i + 1:]
            if rest and rest[0].lower_ in self.articles:
                rest = rest[1:]
            entry = self.lex.entry(self.lex.by_key.get(key(" ".join(r.text for r in rest)))) if rest else None
            if entry is not None and entry.cls == "Organization":
                return [tokens[:i], rest]
        return [tokens]

    def _at_list_word(self, tokens: list, label: str) -> list[list]:
        if not self.list_words or label not in ("GPE", "LOC", "PERSON", "FAC", "ORG"):
            return [tokens]
        cut = next((i for i, t in enumerate(tokens) if t.lower_ in self.list_words and 0 < i < len(tokens) - 1), None)
        if cut is None:
            return [tokens]
        left, right = tokens[:cut], tokens[cut + 1:]
        words = {t.lower_ for t in tokens}
        bare = all(t.text[:1].isupper() or t.lower_ in self.particles for t in left + right)
        units = {t.lower_ for t in tokens if t.text[:1].isupper()} & self.body_units
        if words & self.body_words or units or not bare:
            return [tokens]
        return [left, *self._at_list_word(right, label)]

    def particle_end(self, doc, tokens: list) -> tuple[list, int | None]:
        """A name NER ended on a particle ("San Juan de" + "la Maguana"): the end of the name
        with the words after the particle, else the name without it."""
        if not self.particles or len(tokens) < 2 or tokens[-1].lower_ not in self.particles:
            return tokens, None
        after = doc[tokens[-1].i + 1:tokens[-1].i + 4]
        words = list(after)
        if words and words[0].lower_ in self.articles and words[0].is_lower:
            words = words[1:]
        name = []
        for t in words:
            if not (t.text[:1].isupper() and t.is_alpha) or "\n" in doc[t.i - 1].whitespace_:
                break
            name.append(t)
        if name:
            return tokens, name[-1].idx + len(name[-1].text)
        return tokens[:-1], None

    def joined_end(self, text: str, end: int) -> int:
        """The end of a name NER cut at a joining word ("São Félix" + "do Xingu", "Associação" +
        "dos Moradores" + "do Riozinho"): each joined part, at most three."""
        for _ in range(3):
            m = self.joined_tail.match(text, end) if self.joined_tail else None
            if m is None:
                break
            end = m.end()
        return end

    def joined_start(self, text: str, start: int) -> int:
        """The start of a name NER began after its joining word ("Canaã dos" + "Carajás")."""
        m = self.joined_head.search(text, max(0, start - 40), start) if self.joined_head else None
        return m.start() if m else start

    def person(self, doc, tokens: list) -> list:
        """A person's name with a given name NER left before it ("Eulogio" + "Tarazona Cruz")
        and one surname it left after ("Gregoria Quispe" + "Apaza")."""
        first = tokens[0]
        if first.i > 0:
            before = doc[first.i - 1]
            # NER may call a given name a nationality ("Celestino" NORP): the lexicon knows better.
            if before.text in self.lex.given_names and before.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
                    and "\n" not in before.whitespace_ and not before.is_sent_start:
                tokens = [before, *tokens]
        last = tokens[-1]
        if len(tokens) >= 2 and last.i + 1 < len(doc) and self.list_words:
            nxt = doc[last.i + 1]
            follows = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
            if nxt.is_alpha and nxt.is_title and last.whitespace_ == " " and not nxt.is_sent_start \
                    and nxt.ent_type_ in ("", "GPE", "ORG", "PERSON") and (nxt.ent_iob_ != "I") \
                    and (follows is None or not follows.ent_iob_ == "I") \
                    and (follows is None or not follows.is_title or follows.is_sent_start) \
                    and key(nxt.text) not in self.lex.by_key and nxt.text not in self.lex.given_names:
                tokens = [*tokens, nxt]
        return tokens


    def shared_surnames(self, text: str, persons: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        """"brothers Ernesto and Julio Mairena", "Santo and Ramón Encarnación Montero": a lone
        capitalised word before "and" and a given name with surnames is a person of those
        surnames: (start, end, full name) of each."""
        out = []
        for s, name in persons if self.list_words else ():
            words = name.split()
            if len(words) < 2 or words[0] not in self.lex.given_names:
                continue
            window = text[max(0, s - 60):s]
            words_and = "|".join(map(re.escape, self.list_words))
            m = re.search(rf"(?<![\w\u00C0-\u017F])(?P<first>(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+)[ \t]+(?:{words_and})[ \t]+$", window)
            if m is None or key(m.group("first")) in self.lex.by_key:
                continue
            before = window[:m.start("first")].rstrip().split()
            if before and before[-1][:1].isupper() and not before[-1].endswith((",", ":", ".")):
                continue        # "Pedro Tzoc and Ana Cux": the word ends another full name
            start = s - len(window) + m.start("first")
            out.append((start, start + len(m.group("first")), " ".join([m.group("first"), *words[1:]])))
        return out

    def surname_mentions(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """"brothers Ernesto and Julio Mairena": the first brother, by the second's surnames."""
        persons = [(m.start, m.text) for m in candidates if m.label == "PERSON" or m.cls == "Person"]
        return [Mention(s, e, text[s:e], "group", name=name, cls="Person", weight=10)
                for s, e, name in self.shared_surnames(text, persons)]
