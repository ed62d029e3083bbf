"""What the mentions chosen in a report imply beyond themselves: a company's name read with its
mine's ("the Norvale Kantu mine"), a natural feature that is a mine named elsewhere, the place
inside a group's or a body's name ("authorities in Cotabambas").

A mixin of loaders/mentions.py's MentionDetector, which calls these after settling overlaps.
"""
from __future__ import annotations

import dataclasses
import re

from loaders.classify import STRONG
from loaders.lexicon import Lexicon, key
from loaders.model import Mention
from loaders.role_titles import NAME_CHAR


def name_words(text: str) -> list[str]:
    """The lower-cased words of a name."""
    return [w.lower() for w in re.findall(NAME_CHAR + "+", text)]


class ChosenMentionPasses:
    def _nested_setup(self, lex: Lexicon) -> None:
        # Where a group's place begins: the last small word before a capital (typing.yaml `nested_place_links`).
        links = "|".join(lex.typing.get("nested_place_links") or ("in", "of", "from"))
        articles = "|".join(lex.typing.get("nested_place_articles") or ("the",))
        self.nested_link = re.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?(?=(?-i:[A-Z\u00C0-\u00DE]))")
        self.nested_of = set(lex.typing["nested_place_groups"]) if lex.typing.get("nested_place_groups") else None
        self.nested_place = re.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?((?-i:[A-Z\u00C0-\u00DE]).*)$")
        # "young people of the Maroni villages": a plural kind after a group's place names several places,
        # no place of its own; "the provincial government of X": the group's own level word says X's kind
        # (typing.yaml `nested_place_plurals`, `nested_place_levels`; a language without them reads as before).
        plurals = lex.typing.get("nested_place_plurals")
        self.nested_plural = re.compile(rf"\s+(?:{'|'.join(plurals)})$", re.I) if plurals else None
        self.nested_levels = lex.typing.get("nested_place_levels") or {}
        self.seat_area = re.compile(lex.typing["seat_area"]) if lex.typing.get("seat_area") else None
        self.office_seat = re.compile(lex.typing["office_seat"]) if lex.typing.get("office_seat") else None
        tails = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in lex.typing.get("nested_place_tails") or [])
        self.place_first = re.compile(rf"((?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+(?:[ \t]+(?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+)*)"
                                      rf"[ \t]+(?:{tails})") if tails else None

    @staticmethod
    def _owners_apart(candidates: list[Mention]) -> list[Mention]:
        """"the National Police's Chontales delegation", NER's "National Police's Chontales": where a pattern reads a
        unit's name from right after a possessive inside NER's span, NER's span is the owner's name, up to its "'s"."""
        units = [m for m in candidates if m.source == "group" and m.weight >= STRONG]
        out = []
        for m in candidates:
            owned = next((u for u in units if m.source == "ner" and m.start < u.start < m.end < u.end
                          and re.search(r"[’']s\s+$", m.text[:u.start - m.start])), None)
            if owned is not None:
                cut = re.search(r"[’']s\s+$", m.text[:owned.start - m.start]).start()
                m = dataclasses.replace(m, end=m.start + cut, text=m.text[:cut])
            out.append(m)
        return out

    def _kind_after(self, text: str, m: Mention) -> str | None:
        """The place subclass the kind word right after a mention gives ("X mine": Mine), if any."""
        cue = self.typer.after.match(text[m.end:m.end + 40])
        kind = self.lex.typing["after"][cue.group(1).lower()] if cue else None
        return kind[1] if kind and kind[0] == "Place" else None

    def _owner_prefixed(self, chosen: list[Mention], text: str) -> list[Mention]:
        """"the Norvale Kantu mine" where Norvale Resources is a company of the report: the
        company's name, then the mine's; not where the rest is kind words ("the Kawina Creek gold
        mine" beside Kawina Mining: no mine is called "Creek"; "Yindarra Gold Mine" beside Yindarra Operations)."""
        kinds = set(self.lex.typing["after"]) | set(self.lex.typing["inside"])
        companies: dict[str, str] = {}     # each start of a company's name → the fullest name it starts
        for m in sorted((m for m in chosen if m.subclass == "Company"), key=lambda m: -len(m.text.split())):
            words = key(m.text).split()
            for i in range(1, len(words) + 1):
                companies.setdefault(" ".join(words[:i]), m.name or m.text)
        out = []
        for m in chosen:
            words = m.text.split()
            # ... and a mine's or its camp's name NER read with the company's before it ("outside the Coral
            # Sea Quebrada Seca mine", "beside the Aurelian La Guacamaya camp"), unless the whole is the
            # start of a company's name ("the Cerro Blanco mine" beside Cerro Blanco Mining).
            owned = m.subclass == "Mine" and m.source == "group" or \
                m.source == "ner" and key(m.text) not in companies and self._kind_after(text, m) in ("Mine", "Facility")
            cut = next((i for i in range(len(words) - 1, 0, -1) if key(" ".join(words[:i])) in companies), None) \
                if owned and len(words) > 1 else None
            if cut is None or all(w.lower() in kinds for w in words[cut:]):
                out.append(m)
                continue
            head = " ".join(words[:cut])
            rest = m.text.index(words[cut], len(head))
            # Named as the company it starts, so "Aurelian" joins "Aurelian Gold plc" beside "Aurelian Gold".
            out.append(Mention(m.start, m.start + len(head), head, "group", name=companies[key(head)], cls="Organization",
                               subclass="Company", weight=10))
            out.append(dataclasses.replace(m, start=m.start + rest, text=m.text[rest:], name=m.text[rest:]))
        return out

    def _kinds_in_names(self, chosen: list[Mention], text: str) -> list[Mention]:
        """"the Pupío valley", "the Carash river": a feature's kind word after the name NER read is the
        feature's name with it, the bare name an alias (typing.yaml `kinds_in_names`)."""
        kinds = self.lex.typing.get("kinds_in_names")
        if not kinds:
            return chosen
        # ... in either case: NER leaves out a capitalised kind word too ("the Cuyuní River").
        after = re.compile(rf"[ \t]+(?i:({'|'.join(map(re.escape, kinds))}))(?![\w\u00C0-\u017F-])")
        starts = {m.start for m in chosen}
        out = []
        for m in chosen:
            kind = after.match(text, m.end) if m.source == "ner" else None
            if kind is None or kind.end() in starts or any(m.end < s < kind.end() for s in starts):
                out.append(m)
                continue
            # The kind word types the name, over the words inside it ("the Chambishi Road concentrator" is no road).
            cls, subclass = self.lex.typing["after"][kind.group(1).lower()]
            out.append(dataclasses.replace(m, end=kind.end(), text=text[m.start:kind.end()], aliases=[*m.aliases, m.text],
                                           cls=cls, subclass=subclass, weight=10))
        return out

    def _place_police_named(self, chosen: list[Mention]) -> list[Mention]:
        """"the Columbio Municipal Police Station ... the Columbio police": a police body a pattern named by its place
        first (typing.yaml `nested_place_tails`) is the report's police body whose full name starts with that place."""
        for m in chosen:
            place = self.place_first.fullmatch(m.text) if self.place_first and m.source == "group" \
                and m.subclass == "PoliceUnit" else None
            if place is None:
                continue
            full = next((o for o in chosen if o is not m and o.source != "group" and len(o.text) > len(m.text)
                         and o.text.startswith(place.group(1) + " ") and "police" in o.text.lower()), None)
            if full is not None:
                m.name = full.entry or full.name or full.text
        return chosen

    @staticmethod
    def _features_named_mines(chosen: list[Mention]) -> list[Mention]:
        """"the Kawina Creek gold mine ... Kawina Creek will produce": a name a pattern read as a
        natural feature by its kind word ("Creek") is the mine the report names with it elsewhere."""
        mines = {key(m.name or m.text) for m in chosen if m.subclass == "Mine" and m.weight >= 10}
        for m in chosen:
            if m.subclass == "NaturalFeature" and m.source == "group" and key(m.name or m.text) in mines:
                m.cls, m.subclass = "Place", "Mine"
        return chosen

    def _nested_places(self, chosen: list[Mention], doc) -> list[Mention]:
        """A group named by its place ("authorities in Cotabambas") also mentions the place; so does
        a body's name that ends in its country ("the Constitutional Court of Ecuador"), where the
        language's names run across "of" (typing.yaml `name_heads`)."""
        out = self.finders.countries_in_names(chosen) if self.name_run is not None else []
        out += self._seat_areas(chosen)
        for m in chosen:
            # Only a group a pattern read (weight 10): a name run's "of Human Rights" is no place.
            if m.source != "group" or not m.name or m.cls == "Place" or m.weight < 10:
                continue
            if self.nested_of is not None and m.subclass not in self.nested_of:
                continue    # "la municipalidad distrital de Parcoy": a district, not the settlement it would be read as
            # The last place word's: "residents of the Amerindian village of Kako" name Kako; else a place first.
            place = ([None] + list(self.nested_link.finditer(m.text)))[-1]
            place = self.nested_place.match(m.text, place.start()) if place else \
                self.place_first.fullmatch(m.text) if self.place_first else None
            if not place or (name_words(m.text[:place.start()]) or [""])[-1] in self.community_nouns:
                continue    # "the Kichwa community of Pucayacu" names the community, not a place beside it
            if self.nested_plural is not None and self.nested_plural.search(place.group(1)):
                continue    # "young people of the Maroni villages": several places, none of them "Maroni"
            s = m.start + place.start(1)
            text = place.group(1)
            entry = self.lex.by_key.get(key(text))
            e = self.lex.entry(entry)
            # "the Sora valley": a word of the place's name may say its kind.
            kind = next((c for w in name_words(text) if (c := self.lex.typing["inside"].get(w)) and c[0] == "Place"), None)
            level = next((self.nested_levels[w] for w in name_words(m.text[:place.start()]) if w in self.nested_levels), None)
            kind = kind or (("Place", level) if level else None)
            # ... or the kind word before it in the group's name ("pobladores del distrito de Paimas": a district),
            # where the language names the kinds of place a group's name drops (typing.yaml `group_place_kinds`).
            cue = self.typer.before.search(m.text[:place.start(1)]) if kind is None and self.place_kind is not None else None
            kind = self.lex.typing["before"][re.sub(r"\s+", " ", cue.group(1).lower())] if cue else kind
            kind = kind if kind and kind[0] == "Place" else None
            # A kind word types the place as strongly as a cue beside a name does ("corregimiento de El Cope").
            out.append(Mention(s, s + len(text), text, "gazetteer" if e else "group", entry=entry,
                               cls=e.cls if e else "Place", subclass=e.subclass if e else kind[1] if kind else "Settlement",
                               weight=10 if e else STRONG if kind else 3))
        return out

    def _seat_areas(self, chosen: list[Mention]) -> list[Mention]:
        """"la Municipalidad Provincial de Lampa", "el Gobierno Autónomo Municipal de Concepción": a local
        government's name ends in the division it governs, an area (typing.yaml `seat_area`); "la Fiscalía en
        Yhú": a state office's, in the one it sits in (`office_seat`)."""
        if self.seat_area is None:
            return []
        out = []
        for m in chosen:
            # A state body's, or a name NER read that the typer has yet to type ("el Concejo Municipal de X").
            found = self.seat_area.search(m.text) if m.cls in (None, "Organization") and m.subclass in (None, "GovernmentBody") \
                else None
            if not found and self.office_seat is not None and m.cls == "Organization" and m.subclass == "GovernmentBody":
                found = self.office_seat.search(m.text)     # "la Fiscalía en Yhú": where the office sits (`office_seat`)
            if found:
                s = m.start + found.start("place")
                out.append(Mention(s, s + len(found.group("place")), found.group("place"), "group", cls="Place",
                                   subclass="AdministrativeArea", weight=STRONG))
        return out
