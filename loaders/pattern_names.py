"""The names a report's patterns read where NER cuts or misses them: the groups of typing.yaml
("comuneros de Fuerabamba"), a list of communities named at once ("las comunidades campesinas de Cairani y
Huanuara"), proper names that run across "de" and "y", and a body's name run on from its head word through
its small words. Each pass matches a pattern over the text and makes candidates, which loaders/mentions.py
settles with NER's and the gazetteer's; they share the pattern setup and nothing else of the detector.
A mixin of loaders/mentions.py's MentionDetector (needs its `lex`, `typer` and `finders`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.chosen_mentions import name_words
from loaders.lexicon import Lexicon, key
from loaders.model import FORCES, Context, Mention
from loaders.ner_mentions import SPANISH_PARTICLE_TAIL
from loaders.role_titles import NAME_CHAR

# A capitalised place's name in a list ("Cairani", "San Pedro de Huanuara").
GROUP_ITEM = re.compile(r"(?-i:[A-ZÁÉÍÓÚÑ])[\w\u00C0-\u017F]+(?:[ \t]+(?:de[ \t]+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w\u00C0-\u017F]+)*")
# The bodies a name pattern types by its head alone, where the name's own words may say better (`_proper`).
CIVIL_BODIES = ("Community", "CivilSocietyOrganization")


class PatternNames:
    def _pattern_setup(self, lex: Lexicon) -> None:
        lists = lex.typing.get("group_lists") or {}
        item = GROUP_ITEM.pattern
        nouns = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(lists, key=len, reverse=True))
        self.group_list = re.compile(rf"\b(?P<noun>{nouns})[ \t]+de[ \t]+(?P<list>{item}(?:,[ \t]+{item})*[ \t]+y[ \t]+{item})",
                                     re.I) if lists else None
        # The kind of place between a group's people and its place, dropped from the group's name
        # (typing.yaml `group_place_kinds`; none: the name is the phrase).
        kinds = lex.typing.get("group_place_kinds")
        self.place_kind = re.compile(rf"\s+(?:de\s+la|de\s+el|del)\s+(?:{'|'.join(kinds)})\s+(?:de\s+)?(?=[A-Z\u00C0-\u00DE])") \
            if kinds else None
        self.name_run, self.links = self._name_run_regex(lex.typing)
        # "la Dirección Regional X de la Fuerza Pública": where a proper name runs on into the state body
        # it belongs to (typing.yaml `proper_name_parents`; none: the name is the whole phrase).
        parents = lex.typing.get("proper_name_parents")
        self.parent_link = re.compile(parents) if parents else None

    @staticmethod
    def _name_run_regex(typing: dict) -> tuple[re.Pattern | None, str]:
        if not typing.get("name_heads"):
            return None, ""
        heads = "|".join(re.escape(h) for h in typing["name_heads"])
        links = "|".join(re.escape(w) for w in typing["name_links"])
        articles = "|".join(re.escape(w) for w in typing["name_articles"])
        cap = rf"(?-i:[A-Z\u00C0-\u00DE]){NAME_CHAR}+"
        # After a link, an article, then capitalised words; never another body's head ("and the Junta").
        # ("the Archdiocese of San Salvador and the Central American University": "and the" opens another name.)
        # Never a day or a month after its link ("the Supreme Court on Monday": typing.yaml `name_run_stops`).
        stops = "|".join(map(re.escape, typing.get("name_run_stops") or [])) or "(?!)"
        words = rf"(?!(?:{heads}|{stops})\b){cap}(?:[ \t]+(?!(?:{stops})\b){cap})*"
        part = rf"[ \t]+(?:(?!and\b)(?:{links})(?:[ \t]+(?:{articles}))?|and)[ \t]+{words}"
        # ... and the items of a list of portfolios its "and" closes ("the Committee on Industry, Energy and Mining").
        part = rf"(?:{part}|,[ \t]+{words}(?=(?:,[ \t]+{words})*[ \t]+and[ \t]+{words}))"
        # The capitalised words before the head are the name's too ("the Agro-mining Federation of the South of
        # Bolívar", "the National Front for ..."), a hyphen's lower-case half with them; not a word that opens a
        # sentence (typing.yaml `name_run_openers`; a language without the key reads from the head on).
        openers = "|".join(re.escape(w) for w in typing.get("name_run_openers") or [])
        lead = rf"(?:(?!(?:{openers})\b)(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+(?:-[\w\u00C0-\u017F]+)*[ \t]+){{0,2}}" \
            if openers else ""
        run = rf"(?<![\w\u00C0-\u017F'’-]){lead}(?=(?:{heads})\b){cap}(?:[ \t]+{cap})*(?:{part})+"
        return re.compile(run, re.I), links

    def _proper(self, ctx: Context) -> list[Mention]:
        """"la Corte Provincial de Justicia de Morona Santiago": a body's name that runs across
        "de", "del", "y" (typing.yaml `proper_names`), where NER cuts it; the name is its text."""
        out = []
        text = ctx.report.text
        for spec in self.lex.typing.get("proper_names") or []:
            for m in re.finditer(spec["pattern"], text):
                parts = [(s, e, *self._proper_type(spec, text[s:e])) for s, e in self._unit_and_parent(text, *m.span("name"))]
                # "la Dirección Regional X de la Fuerza Pública": a unit the pattern typed by its head alone is a
                # unit of the force it is of.
                if len(parts) == 2 and parts[0][2:] == (spec["class"], spec["subclass"]) and parts[1][3] in FORCES:
                    parts[0] = parts[0][:2] + parts[1][2:]
                out += [Mention(s, e, text[s:e], "proper", cls=cls, subclass=subclass, weight=10) for s, e, cls, subclass in parts]
        return out

    def _proper_type(self, spec: dict, name: str) -> tuple[str, str]:
        # A phrase inside the name types it over its head ("Consejo Comunitario ...": a community's council);
        # a civil or community body's own words over the pattern's ("Federación de Comunas": its members').
        cls, subclass = next((cue for p, cue in self.typer.phrases if p.search(name)), (spec["class"], spec["subclass"]))
        if spec["subclass"] in CIVIL_BODIES and (cls, subclass) == (spec["class"], spec["subclass"]):
            inside = self.typer.inside(name, name_words(name))
            subclass = inside[1] if inside and inside[0] == "Organization" else subclass
        return cls, subclass

    def _units_apart(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """NER's or an acronym's span over a unit and the body it is of, as two names (`_unit_and_parent`)."""
        if self.parent_link is None:
            return candidates
        proper = [(m.start, m.end) for m in candidates if m.source == "proper" and m.weight]
        out = []
        for m in candidates:
            # NER's "Diálogo de la Presidencia ..." inside "la Secretaría de Gestión Social y Diálogo de la
            # Presidencia ...": a lone word before the link is the tail of a unit's name a pattern read.
            tail = any(a < m.start < b for a, b in proper)
            parts = self._unit_and_parent(text, m.start, m.end, tail) if m.cls != "Place" and not m.entry \
                else [(m.start, m.end)]
            out += [m] if len(parts) == 1 else [replace(m, start=s, end=e, text=text[s:e], name=None) for s, e in parts]
        return out

    def _unit_and_parent(self, text: str, s: int, e: int, tail: bool = False) -> list[tuple[int, int]]:
        """"la Dirección de Hidrocarburos y Minas del Ministerio de Economía": the unit's name and the
        name of the body it belongs to, each its own (loaders/command.py reads the unit as part of it)."""
        cut = self.parent_link.search(text, s, e) if self.parent_link else None
        if cut is None or not (tail or re.search(r"\s", text[s:cut.start()])):
            return [(s, e)]     # "la Oficina del Ministerio de X": a unit named by its kind word alone is the body's
        return [(s, cut.start()), (cut.end(), e)]

    def _group_lists(self, ctx: Context) -> list[Mention]:
        """"las comunidades campesinas de Cairani y Huanuara": one community of each place listed, named
        in the singular (typing.yaml `group_lists`); ahead of the groups, which read only the first."""
        if self.group_list is None:
            return []
        plural = {k.lower(): v for k, v in self.lex.typing["group_lists"].items()}
        out = []
        for m in self.group_list.finditer(ctx.report.text):
            one = plural[re.sub(r"\s+", " ", m.group("noun").lower())]
            for i, item in enumerate(GROUP_ITEM.finditer(m.group("list"))):
                s, e = m.start("list") + item.start(), m.start("list") + item.end()
                s = m.start() if i == 0 else s
                # Named as the report names it alone where it does ("la comunidad campesina de Huancute"), so both are one.
                alone = re.search(rf"\b{one.split()[0]}(?:[ \t]+[a-záéíóúñ]+)?[ \t]+de[ \t]+{re.escape(item.group(0))}\b",
                                  ctx.report.text, re.I)
                name = re.sub(r"[ \t]+", " ", alone.group(0)).lower().replace(item.group(0).lower(), item.group(0)) \
                    if alone else f"{one} de {item.group(0)}"
                out.append(Mention(s, e, ctx.report.text[s:e], "group", name=name, cls="Organization", subclass="Community",
                                   weight=10))
        return out

    def _groups(self, ctx: Context) -> list[Mention]:
        out = []
        for pattern, cls, subclass, not_after in self.lex.groups:
            for m in pattern.finditer(ctx.report.text):
                s, e = m.span("name")
                if not_after is not None and not_after.search(ctx.report.text, max(0, s - 30), s):
                    continue    # "met their leaders in Villarrica", "two residents of X, A and B"
                if m.groupdict().get("place") and m.group("place") in self.lex.demonyms:
                    continue    # "the Peruvian police": a country's people, no place
                # A case-sensitive pattern read a proper name ("Sur Metals"): its case is the name's.
                # (a pattern's `short` names it where the mention runs on past its name: "Nkwanta Gold Mine")
                name = re.sub(r"[\s-]+", " ", m.group("short") if m.groupdict().get("short") else m.group("name")).strip()
                name = name.lower() if pattern.flags & re.I else name
                known = None if pattern.flags & re.I else self._known(name, subclass)
                if known is not None:
                    out.append(Mention(s, e, m.group("name"), "gazetteer", entry=known.name, cls=known.cls,
                                       subclass=known.subclass, weight=10))
                    continue
                text = m.group("name")
                if "place" in m.groupdict() and m.group("place"):
                    place = m.group("place")
                    # "Residents of San Miguel de Cuyes": a Spanish place's name runs on through its particle.
                    tail = SPANISH_PARTICLE_TAIL.match(ctx.report.text, e) \
                        if self.lex.typing.get("name_list_words") and m.end("place") == e \
                        and place.split()[0].lower() not in self.typer.heads else None    # not "leaders of the Asociación de ..."
                    if tail is not None:
                        place, text, e = place + tail.group(0), text + tail.group(0), tail.end()
                    # The place keeps its case wherever it stands: "farmers in the Sora valley".
                    at = m.start("place") - s
                    name = re.sub(r"[\s-]+", " ", (text[:at].lower() + place + text[at + len(place):].lower())).strip()
                    if self.place_kind is not None:
                        name = self.place_kind.sub(" de ", name, count=1)    # "pobladores del distrito de Paimas": of Paimas
                out.append(Mention(s, e, text, "group", name=name, cls=cls, subclass=subclass, weight=10))
        return out

    def _known(self, name: str, subclass: str):
        """The gazetteer entry a proper name read by a pattern stands for: its own name, or a known
        company's name with a suffix ("MMG Ltd", "Anglo American plc")."""
        entry = self.lex.entry(self.lex.by_key.get(key(name)))
        if entry is None and subclass == "Company" and " " in name:
            entry = self.lex.entry(self.lex.by_key.get(key(name.rsplit(" ", 1)[0])))
        return entry if entry is not None and entry.subclass == subclass else None

    def _name_runs(self, ctx: Context, candidates: list[Mention]) -> list[Mention]:
        """"the Front for the Defence of Quilca": a body's name from its head word on, through the
        small words and the capitalised words after them; one a known name overlaps is left to it."""
        if self.name_run is None:
            return []
        known = [(m.start, m.end, m.cls) for m in candidates if m.source == "gazetteer"]
        out = []
        for m in self.name_run.finditer(ctx.report.text):
            s, e = m.span()
            # A list's item that opens on a given name is a person after the body ("the Ministry of Mining, Ana Soto and ...").
            person = next((c for c in re.finditer(r",\s+(\S+)", m.group(0)) if c.group(1) in self.lex.given_names), None)
            e = s + person.start() if person else e
            text = re.sub(r"\s+", " ", ctx.report.text[s:e])
            # A known place at the end of the name is part of it ("Federación Kichwa del Napo"), and one before its
            # head ("Ontario Superior Court of Justice").
            if any(a < e and s < b and not (cls == "Place" and s <= a and b <= e and (s < a or b < e)) for a, b, cls in known) \
                    or not re.search(r"\s(?:" + self.links + r")\s", text, re.I):
                continue
            cue = self.typer.inside(text, name_words(text))
            cue = cue if cue and cue[0] == "Organization" else None
            # Else the head a Spanish name opens with ("Asamblea Vecinal de Jáchal", typing.yaml `head_first_names`).
            subclass = cue[1] if cue else self.finders.heads_first.get(text.split()[0])
            out.append(Mention(s, e, ctx.report.text[s:e], "group", name=text, cls="Organization", subclass=subclass, weight=4))
        return out
