"""Typing mentions into the ontology's classes and subclasses from cues around them.

NER labels are the weakest vote: on mining reports spaCy calls mines persons and newspapers
places. Titles, given names, keywords inside and around a name, prepositions and the gazetteer
decide; resolution sums the votes of all mentions of one entity.
"""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon
from loaders.model import Context, Mention

NER_CLASS = {"PERSON": ("Person", None), "ORG": ("Organization", None), "GPE": ("Place", None),
             "LOC": ("Place", None), "FAC": ("Place", None)}
# Weights: the gazetteer (10) is certain; a cue word in or next to the name is strong; a
# preposition is a hint; the NER label alone barely counts.
STRONG, TITLE, HINT, WEAK = 4, 5, 2, 1
IN_BEFORE = re.compile(r"\bin\s+$")
# The gap between the items of a list of names (typing.yaml `list_items_gap`; English's by default).
LIST_GAP = r"(?:,|,?\s+and)\s+"
# The kinds of place a list's first item passes to the next: "the districts of A and B", "las minas A y B".
LIST_KINDS = ("AdministrativeArea", "Mine")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w\u00C0-\u017F.]+(?:-[\w\u00C0-\u017F.]+)*", text.lower())


class MentionTyper:
    name = "types"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        t = lex.typing
        alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
        # Past hyphenated modifiers: "the X open-pit iron-ore project", "the X copper-gold mine".
        self.after = re.compile(rf"^[ \t]+(?:(?-i:[a-z]+(?:-[a-z]+)+)[ \t]+){{0,2}}({alt(t['after'])})\b", re.I)
        self.before = re.compile(rf"\b({alt(t['before'])})[ \t]+(?:the[ \t]+)?$", re.I)
        # ... and past a place's possessive: "a subsidiary of India's X", "owned by Australia's X".
        self.company_before = re.compile(rf"\b(?:{alt(t.get('company_before', []))})[ \t]+(?:the[ \t]+)?"
                                         rf"(?:(?-i:[A-Z])[\w\u00C0-\u017F]+(?:'s|’s)[ \t]+)?$", re.I) \
            if t.get("company_before") else None
        owners = t.get("company_before_owners") or []
        self.owner_after = re.compile(rf"^[ \t]+(?:{alt(owners)})\b", re.I) if owners else None
        # A description that outvotes a given name first ("over_given_names": "Bento Rodrigues, a village of").
        self.after_patterns = [(re.compile(p["pattern"], re.I), p["class"], p["subclass"], bool(p.get("over_given_names")))
                               for p in t.get("after_patterns", [])]
        self.prep = re.compile(rf"\b({alt(t['place_prepositions'])})[ \t]+(?:the[ \t]+)?$", re.I)
        # "near Runaway Bay", "marched from Nuevo Paraíso": right after these, with no article, a name NER calls a
        # facility is a town's (typing.yaml `bare_place_prepositions`, `bare_place_default`).
        self.bare_prep = re.compile(rf"\b(?:{alt(t['bare_place_prepositions'])})[ \t]+$", re.I) \
            if t.get("bare_place_prepositions") else None
        # "said in El Comercio", not "reported that the company had suspended work in Guanito".
        # ... nor "told reporters in Juigalpa", where the place is where the audience was.
        # ... nor "said they would be taken before a judge in Trujillo": a clause of its own between the verb
        # and "in" (typing.yaml `outlet_gap_stops`) says the place is where that clause's act happens.
        stops = t.get("outlet_gap_stops") or []
        gap = rf"(?!\b(?:that|{alt(stops)})\b)" if stops else r"(?!\bthat\b)"
        self.outlet = re.compile(rf"\b(?:{alt(lex.saying_verbs)})\b(?:{gap}[^.;]){{0,40}}\bin[ \t]+$", re.I)
        # ... nor "told a Senate committee in Canberra": the place of the audience told (typing.yaml `outlet_audiences`).
        audiences = t.get("outlet_audiences")
        self.audience = re.compile(rf"\b(?:{alt(audiences)})[ \t]+in[ \t]+$", re.I) if audiences else None
        self.hyphen_after = re.compile(rf"^-({alt(t['hyphen_after'])})\b", re.I) if t.get("hyphen_after") else None
        self.heads = set(t.get("inside_heads") or [])
        self.feature_first = set(t.get("feature_first_words") or [])
        self.peoples = {p.lower() for p in t.get("peoples") or []}
        self.alliance_heads = {w.lower() for w in t.get("people_alliance_heads") or []}
        self.police_unit_words = set(t.get("police_unit_words") or [])
        self.police_unit_before = re.compile(t["police_unit_before"], re.I) if t.get("police_unit_before") else None
        # Heads that name a state body after a demonym or "National" (typing.yaml `state_heads`, `state_openers`).
        self.state_heads = set(t.get("state_heads") or [])
        self.state_openers = set(t.get("state_openers") or []) | {d.lower() for d in lex.demonyms} if self.state_heads else set()
        self.members = t.get("inside_members") or {}
        self.body_units = set(t.get("body_units") or [])
        self.body_subjects = set(t.get("body_subjects") or [])
        self.list_gap = re.compile(t.get("list_items_gap") or LIST_GAP)
        self.phrases = [(re.compile(rf"\b{re.escape(p)}\b", re.I), cue) for p, cue in (t.get("inside_phrases") or {}).items()]
        # A name whose hyphens hold a small word of place names ("Trou-du-Nord"; typing.yaml `hyphened_place_particles`).
        particles = "|".join(map(re.escape, t.get("hyphened_place_particles") or []))
        self.hyphened_place = re.compile(rf"[A-Z][\w\u00C0-\u017F]+(?:-(?:{particles})-[\w\u00C0-\u017F]+)+") if particles else None

    def __call__(self, ctx: Context) -> Context:
        text = ctx.report.text
        holders = {id(r.holder) for r in ctx.roles if r.holder is not None}
        previous: Mention | None = None
        for m in ctx.mentions:
            if m.weight < 10:
                m.cls, m.subclass, m.weight = self.vote(m, text, id(m) in holders)
                # "the districts of Sorochuco and Huasmín", "the provinces of A, B and C", "las minas San Gil y La
                # Purísima": the items of a list take the cue that typed its first item; not its own kind word
                # ("**Kpeve Project, Ghana.**": a mine and its country).
                if previous is not None and m.weight < STRONG and previous.weight >= STRONG and previous.cls == "Place" \
                        and previous.subclass in LIST_KINDS and self.list_gap.fullmatch(text, previous.end, m.start) \
                        and m.source == "ner" and not self._own_kind(previous):
                    m.cls, m.subclass, m.weight = previous.cls, previous.subclass, STRONG
            previous = m
        self._office_places(ctx, holders)
        self._place_lists(ctx)
        # "the Agua Negra and Filo Rojo mines": the items before the last take the cue after it.
        for m, following in reversed(list(zip(ctx.mentions, ctx.mentions[1:]))):
            if m.weight < STRONG and following.weight >= STRONG and following.subclass == "Mine" \
                    and m.source in ("ner", "generic") and self.list_gap.fullmatch(text, m.end, following.start):
                m.cls, m.subclass, m.weight = following.cls, following.subclass, STRONG
        return ctx

    def vote(self, m: Mention, text: str, titled: bool) -> tuple[str | None, str | None, int]:
        t = self.lex.typing
        if titled:
            return "Person", None, TITLE
        if m.cls and m.source == "group":
            return m.cls, m.subclass, m.weight
        before, after = text[max(0, m.start - 60):m.start], text[m.end:m.end + 40]
        if self.outlet.search(before) and not (self.audience and self.audience.search(before)):
            return "Organization", "MediaOutlet", STRONG
        cue = self.after.match(after)
        if cue:
            return (*t["after"][cue.group(1).lower()], STRONG)
        # "el operario de la empresa Wilber Choque Aramayo": a given name and two more words after a company's
        # word is the company's worker, a person (a company's own words type it above, by its suffix or head).
        worker = m.text.split()[0] in self.lex.given_names and len(m.text.split()) > 2
        cue = self.before.search(before)
        if cue and not (worker and tuple(t["before"][cue.group(1).lower()]) == ("Organization", "Company")):
            return (*t["before"][cue.group(1).lower()], STRONG)
        cue = self.hyphen_after.match(after) if self.hyphen_after else None
        if cue:     # "Toronto-based": a place, whatever the phrase around says of the company
            return (*t["hyphen_after"][cue.group(1).lower()], STRONG)
        words = _words(m.text)
        if self.police_unit_before and words[-1] in self.police_unit_words and self.police_unit_before.search(before):
            return "Organization", "PoliceUnit", STRONG     # "Police from the St. Ann Division": the unit, not a place
        inside = self.inside(m.text, words)
        if inside and len(words) > 1:
            return (*inside, STRONG)
        # ("a subsidiary of India's X": India, whose X it is, is no company.)
        if self.company_before and self.company_before.search(before) and not re.match(r"(?:'s|’s)[ \t]+[A-Z]", after) \
                and not worker and not (self.owner_after and self.owner_after.match(after)):
            return "Organization", "Company", STRONG
        # A given name first outvotes the description after it: "Guillermo Dalence, a Comibol
        # miner and union leader" is a person, though ", a ... miner" describes a company.
        first = m.text.split()[0]
        cue = next(((cls, sub) for p, cls, sub, over in self.after_patterns if over and p.match(after)), None)
        if cue:
            return (*cue, STRONG)
        # ... but not a place the model reads as one after a place preposition ("se reunieron en Santiago de
        # Compostela", "fue recibida en Santiago de los Caballeros"): a town named after a saint.
        saint_town = m.label in ("GPE", "LOC") and bool(self.prep.search(before)) and len(m.text.split()) > 2 \
            and m.text.split()[1] in ("de", "del")
        if first in self.lex.given_names and len(m.text.split()) > 1 and not saint_town:
            return "Person", None, STRONG
        cue = next(((cls, sub) for p, cls, sub, _ in self.after_patterns if p.match(after)), None)
        if cue:
            return (*cue, STRONG)
        if first in self.feature_first and len(m.text.split()) > 1:
            return "Place", "NaturalFeature", HINT     # "the Serranía de San Lucas", "the Salar de Uyuni"
        if self.prep.search(before):
            bare = (t.get("bare_place_default") or {}).get(m.label or "") \
                if self.bare_prep and self.bare_prep.search(before) else None
            return "Place", bare or t["place_default"].get(m.label or "", "Settlement"), HINT
        if m.label == "PERSON" and " " not in m.text and (m.text.isupper() and 2 <= len(m.text) <= 8
                                                          or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", m.text)):
            # "ANLA", "MiAmbiente": an acronym or a camel-cased brand is a body, not a person; a state
            # one after its description ("the national licensing agency, ANLA").
            state = re.search(r"\b(?:agency|ministry|authority|office|secretariat|institute|commission|superintendency)"
                              r"\b[^.;,]{0,30}(?:,|\()\s*$", before, re.I)
            return "Organization", "GovernmentBody" if state else None, HINT
        if m.label in ("GPE", "LOC") and m.text.isupper() and len(m.text) >= 4 and m.text.isalpha():
            return "Organization", None, WEAK   # "secretary general of SUNTRACS": an acronym in running text is a body's
        if m.label == "PERSON" and self.hyphened_place and self.hyphened_place.fullmatch(m.text):
            return "Place", "Settlement", HINT      # "Trou-du-Nord", "Saint-Louis-du-Sud": no person's name
        if m.label == "PERSON" and len(m.text.split()) > 1 and first in (t.get("place_first_words") or {}):
            # "La Encañada", "Puerto Pinto", "San Pedro" read as persons: names of places.
            return "Place", t["place_first_words"][first], HINT
        cls, subclass = NER_CLASS.get(m.label or "", (None, None))
        if cls == "Place":
            subclass = t["place_default"].get(m.label)
        return cls, subclass, WEAK

    def _own_kind(self, m: Mention) -> bool:
        """A name whose last word is the kind it is typed by ("Kpeve Project", "Nkwanta Gold Mine")."""
        words = _words(m.text)
        return bool(words) and (m.cls, m.subclass) in {tuple(self.lex.typing[cues].get(words[-1], ())) for cues in ("inside", "after")}

    def inside(self, text: str, words: list[str]) -> tuple[str, str] | None:
        """The class a name's own words give: a phrase ("territorial government"), else the word
        the body's members are named by after its head ("Federación de Cooperativas"), else the
        head wherever it stands ("Mining Ministry", "Cooperativa Aurífera Río Dorado"), else the
        first word with a cue (typing.yaml `inside_phrases`, `inside_members`, `inside_heads`)."""
        inside = self.lex.typing["inside"]
        phrase = next((cue for p, cue in self.phrases if p.search(text)), None)
        if phrase:
            return tuple(phrase)
        if len(words) > 1 and words[0] in self.peoples and any(inside.get(w, ("",))[0] == "Organization" for w in words[1:]) \
                and words[-1] not in self.alliance_heads:
            # "the Mam Council of Tajumulco": a people's own body; "the Maya Leaders Alliance" joins its leaders'
            # bodies and speaks for them (typing.yaml `people_alliance_heads`), a civil society organisation.
            return "Organization", "Community"
        head = next((i for i, w in enumerate(words) if w in self.heads and w in inside), None)
        if head is not None:
            # ... and a people's name there makes it that people's own ("Federación Kichwa del Napo").
            member = next((self.members[w] if w in self.members else ("Organization", "Community")
                           for w in words[head + 1:head + 4] if w in self.members or w in self.peoples), None)
            if member is None and words[head] in self.state_heads and words[0] in self.state_openers:
                return "Organization", "GovernmentBody"     # "the Honduran Institute of Geology and Mines": the state's
            return tuple(member) if member else tuple(inside[words[head]])
        if self._state_unit(text, words):
            return "Organization", "GovernmentBody"
        return next((tuple(inside[w]) for w in words if w in inside), None)

    def _state_unit(self, text: str, words: list[str]) -> bool:
        """"Geology and Petroleum Department", "Department of the Environment": a capitalised unit word
        (typing.yaml `body_units`) first or last, with a subject of government in the name (`body_subjects`)."""
        if len(words) < 2 or not {words[0], words[-1]} & self.body_units:
            return False
        unit = words[-1] if words[-1] in self.body_units else words[0]
        return re.search(rf"\b{unit.capitalize()}\b", text) is not None and any(w in self.body_subjects for w in words)

    def _place_lists(self, ctx: Context) -> None:
        """"ronderos from Porcón, Chamis and Huambocancha", "mines in Mato Grosso and Pará": the items of
        a list closed by "and" that NER alone typed are places where a cue typed another item a place,
        and no item is a person by a cue of its own."""
        text, mentions = ctx.report.text, ctx.mentions
        run: list[Mention] = []
        for i, m in enumerate(mentions):
            run.append(m)
            following = mentions[i + 1] if i + 1 < len(mentions) else None
            gap = self.list_gap.fullmatch(text, m.end, following.start) if following is not None and following.start >= m.end else None
            if gap:
                continue
            closed = len(run) > 1 and "and" in text[run[-2].end:run[-1].start]
            # "in Barangay Cabadbaran, Tubay, Agusan del Norte.": a chain of places after "in", each in the next,
            # ends the sentence; no clause goes on after its last item.
            chain = len(run) > 1 and not closed and all(text[a.end:b.start].strip() == "," for a, b in zip(run, run[1:])) \
                and bool(IN_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)) and text[run[-1].end:run[-1].end + 1] in (".", ";")
            cue = next((x for x in run if x.cls == "Place" and x.weight >= HINT), None)
            if (closed or chain and cue is run[0]) and cue is not None and not any(x.cls == "Person" and x.weight >= STRONG for x in run):
                for x in run:
                    if x.source == "ner" and x.weight <= WEAK and x.cls != "Place":
                        x.cls, x.subclass, x.weight = "Place", cue.subclass, HINT
            run = []

    def _office_places(self, ctx: Context, holders: set[int]) -> None:
        """"Mariana mayor Duarte Júnior", "Quilca's mayor, X": the name right before a local
        title that has its own holder is the place whose office it is, not a person."""
        offices = self.lex.typing.get("place_offices") or {}
        ends = {m.end: m for m in ctx.mentions}
        for role in ctx.roles:
            subclass = offices.get(role.title.split(" of ")[0])
            # ... or before it with a possessive ("Quilca's mayor, Edgar Puma").
            gap = re.search(r"(?:[’']s)?[ \t]$", ctx.report.text[max(0, role.start - 3):role.start])
            owner = ends.get(role.start - len(gap.group(0))) if gap else None
            if subclass and role.holder is not None and owner is not None and owner is not role.holder \
                    and id(owner) not in holders and owner.weight < STRONG and owner.label in ("PERSON", "GPE", "LOC", "ORG"):
                owner.cls, owner.subclass, owner.weight = "Place", subclass, STRONG

