"""The names spaCy's NER reads, cut and mended where it runs names together or apart: across
commas and brackets, with honorifics kept, at a particle ("San José del"), at a Portuguese joiner
(loaders/name_spans.py), and with a person's given name NER left out. Split from mentions.py.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from loaders.lexicon import Lexicon, key, rules
from loaders.model import Mention
from loaders.role_titles import NAME_CHAR

POSSESSIVE = {"’s", "'s", "’", "'"}
FUNCTION_WORDS = {"ADP", "CCONJ", "SCONJ"}  # parts of speech that are never a whole name
# A place's name that runs on through a Spanish particle NER cut it at ("San José del Golfo").
SPANISH_PARTICLE_TAIL = re.compile(r"[ \t]+(?:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los)[ \t]+(?P<tail>(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+(?:[ \t]+(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+)?)(?![\w\u00C0-\u017F])")
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "General", "Gen", "Colonel", "Col", "Commander", "Captain", "Major",
              "Minister", "President", "Engineer", "Ing", "Lic", "Sr", "Sra", "Don", "Doña", "Monsignor", "Monseñor", "Father"}


def rank_words(language: str) -> set[str]:
    """The capitalised words of the ranks roles.yaml lists ("Superintendent", "Deputy Commissioner"):
    words before a person's name, not in it."""
    return {w for rank in rules("roles.yaml", language).get("ranks") or [] for w in rank.split() if w[:1].isupper()}


class NerMentions:
    def __init__(self, lex: Lexicon, spans, finders, determiners: set[str]):
        self.lex = lex
        self.spans = spans
        self.finders = finders
        self.determiners = determiners
        self.not_entity_starts = [key(w) for w in lex.typing.get("not_entity_starts") or []]
        self.not_entity_ends = [key(w) for w in lex.typing.get("not_entity_ends") or []]
        # "Según la PNC" at a sentence's start: a preposition opening the clause is no part of a name.
        self.openers = set(lex.typing.get("clause_openers") or [])
        # "the Serranía de San Lucas", which NER read as a person "Serranía": a feature's kind word first.
        self.feature_first = set(lex.typing.get("feature_first_words") or [])
        self.outlet_words = set(lex.typing.get("outlet_name_words") or [])
        self.not_before = set(lex.typing.get("not_entity_before") or [])
        self.origin_prefixes = set(lex.typing.get("origin_prefixes") or [])
        self.legal_forms = {key(w) for w in lex.typing.get("company_legal_forms") or []}
        self.person_nouns = {t["title"] for t in lex.titles if " " not in t["title"]} | set(lex.typing.get("person_nouns") or [])
        self.honorifics = HONORIFICS | rank_words(lex.language)
        # ... and the force's acronym after a rank ("Colonel PNP").
        self.rank_words = self.honorifics | {"PNP"}
        words = "|".join(map(re.escape, lex.typing.get("possessive_place_words") or []))
        self.possessive_place = re.compile(rf"(?:'s|’s)[ \t]+(?-i:{words})(?!{NAME_CHAR})") if words else None

    def __call__(self, doc) -> list[Mention]:
        out = []
        labels = set(self.lex.typing["ner_labels"])
        text = doc.text     # spaCy joins every token's text again on each `doc.text`
        found = self._joined_places(doc) + self._unread_persons(doc) + self._unread_places(doc)
        for ent in sorted((span for ent in found for span in self.spans.company_seat(ent)), key=lambda e: e.start):
            if ent.label_ not in labels:
                continue
            for tokens in self._segments(ent):
                span = doc[tokens[0].i:tokens[-1].i + 1]
                name = key(span.text)
                following = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
                if len(tokens) == 1 and following is not None and following.lower_ in self.not_before and following.is_lower:
                    continue        # "the Caribbean coast"
                # "Supreme Decree No. 093", "Monthly Report on Social Conflicts": instruments, not actors.
                if name not in self.lex.not_entities and not any(
                        name == w or name.startswith(w + " ") for w in self.not_entity_starts) \
                        and not any(name.endswith(" " + w) for w in self.not_entity_ends):
                    tokens, extended = self.spans.particle_end(doc, tokens)
                    span = doc[tokens[0].i:tokens[-1].i + 1]
                    end = extended or span.end_char
                    more = SPANISH_PARTICLE_TAIL.match(text, end) \
                        if ent.label_ in ("GPE", "LOC", "FAC") or tokens[0].text in self.feature_first else None
                    if more and key(more.group("tail")) not in self.lex.by_key and span.end == tokens[-1].i + 1 == ent.end:
                        end = more.end()    # "San José del Golfo" that NER cut at "del"
                        # ... and a second particle: "San Fernando del Valle de Catamarca".
                        again = SPANISH_PARTICLE_TAIL.match(text, end) if self.finders.small else None
                        end = again.end() if again else end
                    end = self.spans.joined_end(text, end)
                    start = self.spans.joined_start(text, span.start_char)
                    # "told TV Globo", where NER read only "Globo": an outlet's kind word before is its name's.
                    kind = doc[span.start - 1] if span.start > 0 else None
                    if kind is not None and kind.text in self.outlet_words and kind.whitespace_ == " ":
                        start = kind.idx
                    town = self.possessive_place.match(text, end) if self.possessive_place else None
                    if town and ent.label_ in ("PERSON", "ORG"):
                        out.append(Mention(start, town.end(), text[start:town.end()], "ner", label="GPE"))
                        continue
                    out.append(Mention(start, end, text[start:end], "ner", label=ent.label_))
        return out

    def _joined_places(self, doc) -> list:
        """NER cuts some places' names in two; the two spans are one place's name where (typing.yaml)
        - "San Rafael" + "Las Flores": the second opens, a space after the first, on a place's first word
          (`place_first_words`: La, Las, San ...);
        - "en Coronel Oviedo", "hasta General Alvear": the first is a lone rank after a preposition of place
          (`rank_place_prepositions`, `rank_place_words`);
        - "Rubén Mamani" + "Coaquira": a person's name NER cut before the second surname (`_split_person`);
        - "Treinta" + "y" + "Tres": two places with a word of `place_name_joiners` between, in a language
          whose own "and" it is not (English text)."""
        first_words = self.lex.typing.get("place_first_words") or {}
        joiners = set(self.lex.typing.get("place_name_joiners") or [])
        preps = set(self.lex.typing.get("rank_place_prepositions") or [])
        ranks = set(self.lex.typing.get("rank_place_words") or [])
        out = []
        for ent in doc.ents:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ in ("GPE", "LOC") and prev.end == ent.start and (
                    first_words and doc[prev.end - 1].whitespace_ == " " and ent[0].text in first_words and len(ent) > 1
                    or preps and len(prev) == 1 and ent.label_ in ("GPE", "LOC") and prev.text in ranks
                    and prev[0].whitespace_ == " " and prev.start > 0 and doc[prev.start - 1].lower_ in preps):
                out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
            elif prev is not None and prev.label_ in ("GPE", "LOC") and ent.label_ in ("GPE", "LOC") \
                    and prev.end + 1 == ent.start and doc[prev.end].text in joiners \
                    and doc[prev.end - 1].whitespace_ == " " and doc[prev.end].whitespace_ == " ":
                out[-1] = Span(doc, prev.start, ent.end, label=prev.label_)
            elif prev is not None and self._split_person(prev, ent):
                out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
            else:
                out.append(ent)
        return out

    def _unread_persons(self, doc) -> list:
        """"PUNTA GORDA — Marta Coc is the alcalde of ...": a given name and one or two capitalised words after it
        that NER read as nothing (typing.yaml `unread_persons`; a dateline before often hides them from it) are a
        person's name; not a place's first word ("San", "Santa"), not a name that goes on before it ("18 de Julio")
        nor into a known name or a kind word after it ("Julio Avenue")."""
        if not self.lex.typing.get("unread_persons"):
            return []
        places = set(self.lex.typing.get("place_first_words") or {})
        kinds = {w.lower() for w in self.lex.typing["after"]}
        out = []
        for t in doc:
            if t.text not in self.lex.given_names or t.text in places or t.ent_type_ or t.whitespace_ != " " \
                    or not t.is_title:
                continue
            prev = doc[t.i - 1] if t.i else None
            if prev is not None and (prev.is_title and prev.is_alpha or prev.lower_ in self.lex.typing.get("name_links", [])):
                continue
            end = t.i + 1
            while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ \
                    and doc[end].lower_ not in kinds and key(doc[end].text) not in self.lex.by_key \
                    and doc[end].text not in self.honorifics:
                end += 1
                if doc[end - 1].whitespace_ != " ":
                    break
            if end > t.i + 1 and (end == len(doc) or not (doc[end].is_title and doc[end].is_alpha)):
                out.append(Span(doc, t.i, end, label="PERSON"))
        return out

    def _unread_places(self, doc) -> list:
        """"the first round was held in Dalanzadgad on 14 October", "talks were held in Pantukan on Friday": one or
        two capitalised words NER read as nothing, between a preposition of place and "on" and a date, are a place's
        name (typing.yaml `unread_place_prepositions`); not a body's kind word ("in Congress on Monday") nor a known
        name."""
        preps = set(self.lex.typing.get("unread_place_prepositions") or [])
        if not preps:
            return []
        inside = self.lex.typing["inside"]
        out = []
        for t in doc[:-3]:
            if t.lower_ not in preps or t.is_sent_start:
                continue
            end = t.i + 1
            while end < len(doc) and end - t.i <= 2 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ \
                    and doc[end].lower_ not in inside and key(doc[end].text) not in self.lex.by_key:
                end += 1
            if end > t.i + 1 and end + 1 < len(doc) and doc[end].lower_ == "on" and doc[end + 1].ent_type_ == "DATE":
                out.append(Span(doc, t.i + 1, end, label="GPE"))
        return out

    def _split_person(self, prev, ent) -> bool:
        """"Rubén Mamani" + "Coaquira": a given name and a surname, then one capitalised word NER read as a person
        of its own right after a space, are one person's name (given name and two surnames)."""
        doc = prev.doc
        return prev.end == ent.start and len(prev) == 2 and len(ent) == 1 and ent.label_ == "PERSON" \
            and prev[0].text in self.lex.given_names and doc[prev.end - 1].whitespace_ == " " \
            and ent[0].is_alpha and ent[0].text[:1].isupper()

    def _segments(self, ent) -> list[list]:
        """NER runs names together across commas, line breaks and brackets ("Cajamarca,
        Celendín") and keeps honorifics ("General PNP Alfredo Tello Rivera"): cut them apart."""
        parts, current = [], []
        for t in ent:
            if t.text in (",", "(", ")", ";") or "\n" in t.text or "\n" in t.whitespace_:
                if "\n" in t.whitespace_ and not t.is_punct:
                    current.append(t)
                parts.append(current)
                current = []
            else:
                current.append(t)
        parts.append(current)
        parts = [piece for tokens in parts for piece in self.spans.split(tokens, ent.label_)]
        out = []
        for tokens in parts:
            while tokens and ((tokens[0].lower_ in self.determiners and not self._article_in_name(tokens[0]))
                              or tokens[0].is_punct or tokens[0].text in self.openers):
                tokens.pop(0)
            # (the Spanish model reads "Elementos de la Policía Estatal" as MISC)
            tokens = self.finders.without_members(tokens) if ent.label_ in ("ORG", "MISC") else tokens
            tokens = self._without_origin(tokens) if ent.label_ == "ORG" else tokens
            while tokens and (tokens[-1].text in POSSESSIVE or tokens[-1].is_punct
                              or (tokens[-1].is_lower and self.lex.typing.get("names_end_capitalised"))
                              or tokens[-1].lower_ in self.spans.never_last):
                tokens.pop()
            # "El presidente de la comunidad X" at a sentence's start: the name begins on a capital too.
            # ... and "La mina El Arrayán", where the sentence's article comes before a lower-case kind noun,
            # or "Participaron el secretario de Gobierno", where the sentence's verb does ("Lo desarrolla Minera C":
            # or its pronoun).
            while len(tokens) > 1 and self.lex.typing.get("names_end_capitalised") and (
                    tokens[0].is_lower or (tokens[0].lower_ in self.determiners and tokens[1].is_lower)
                    or (tokens[0].is_sent_start and tokens[0].pos_ in ("VERB", "AUX", "PRON") and tokens[1].is_lower)):
                tokens.pop(0)
            given = next((i for i, t in enumerate(tokens) if i and t.text in self.lex.given_names), None)
            if given and all(t.text.rstrip(".") in self.honorifics or t.text.isupper() for t in tokens[:given]):
                tokens = tokens[given:]
            # A rank opens a person's name, not a body's ("General Command of the Police").
            while len(tokens) > 1 and tokens[0].text.rstrip(".") in self.rank_words \
                    and (ent.label_ == "PERSON" or not any(t.lower_ in self.spans.body_words for t in tokens[1:])):
                tokens = tokens[1:]
            if len(tokens) == 1 and tokens[0].text.rstrip(".") in self.honorifics:
                continue
            # "- A la Fiscalía ...": the model reads a list item's opening preposition as a name.
            if len(tokens) == 1 and tokens[0].pos_ in FUNCTION_WORDS:
                continue
            # "Lawyer Rosario San Martín said": a title word (roles.yaml, typing.yaml `person_nouns`) that
            # opens a person's name is capitalised for the sentence, not part of the name.
            if ent.label_ == "PERSON" and len(tokens) > 2 and tokens[0].lower_ in self.person_nouns \
                    and tokens[1].text[:1].isupper():
                tokens = tokens[1:]
            if ent.label_ == "PERSON" and tokens:
                tokens = self.spans.person(ent.doc, self._given_names_before(tokens))
            if tokens and any(t.text[:1].isupper() for t in tokens):
                out.append(tokens)
        return out

    def _without_origin(self, tokens: list) -> list:
        """"the Anglo-Australian BHP Billiton": where a company is from, before its name, is no part
        of it; a compound origin always ("Anglo-Australian", "British-Colombian"), a lone demonym
        before a company's legal form or a known name ("Australian Coral Sea Nickel Ltd"), for a
        state body's demonym is its name's ("Honduran Institute of Geology and Mines"). An origin
        alone, or with no capital after it ("a Guatemalan subsidiary", "the Anglo-Australian
        group"), names no one."""
        if not tokens:
            return tokens

        def origin(t) -> bool:
            return t.text in self.lex.demonyms or t.text in self.origin_prefixes
        i, compound = 0, False
        while i + 2 < len(tokens) and origin(tokens[i]) and tokens[i + 1].text == "-" and not tokens[i].whitespace_ \
                and tokens[i + 2].text in self.lex.demonyms:
            i, compound = i + 2, True
        rest = tokens[i + 1:]
        if tokens[i].text not in self.lex.demonyms:
            return tokens
        if not rest:
            return []
        if not compound and not (key(rest[-1].text) in self.legal_forms or key(" ".join(t.text for t in rest)) in self.lex.by_key):
            return tokens
        return rest if any(t.text[:1].isupper() for t in rest) else []

    def _article_in_name(self, token) -> bool:
        """"La Baja", "El Estor" inside a sentence: where the language writes its articles in
        lower case (typing.yaml `article_in_name`), a capitalised one starts the name. Not right after a bold
        heading's close ("- **7 de marzo.** La Policía aprehende ..."): that article opens its item's sentence."""
        after_heading = token.i > 0 and set(token.doc[token.i - 1].text) == {"*"}
        return bool(self.lex.typing.get("article_in_name")) and token.text[:1].isupper() and not token.is_sent_start \
            and not after_heading

    def _given_names_before(self, tokens: list) -> list:
        """"Mr Salomón Lerner Ghitis" where NER kept only "Lerner Ghitis": the capitalised words
        between an honorific and the name belong to it."""
        doc = tokens[0].doc
        i = tokens[0].i
        extra = []
        while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].ent_type_ \
                and doc[i - 1].text.rstrip(".") not in self.rank_words and len(extra) < 2:
            # "Colonel PNP Jaime Salas": the force's acronym after a rank is no part of the name.
            i -= 1
            extra.insert(0, doc[i])
        if extra and i > 0 and doc[i - 1].text.rstrip(".") in self.rank_words:
            return extra + tokens
        return tokens
