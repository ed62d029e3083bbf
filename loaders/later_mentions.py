"""The mentions of a report's entities found once they exist: "the mine", "the community" after
the one named before (anaphora), the bare "police" of the one police body named, a body's or a place's
name again where NER missed it, a person's surname alone ("Torres said"). Each pass reads the entities
clustering made and adds mentions to them, never a new entity, so they run after it and apart from it.
A mixin of loaders/resolve.py's Resolver (needs its `lex`), which calls them once the entities are made.
"""
from __future__ import annotations

import re
from collections import defaultdict

from loaders.lexicon import Lexicon, grammar, key
from loaders.model import Context, Mention

# A capitalised word right before, in the same sentence: the start of a name ("National Police").
NAME_BEFORE = re.compile(r"\b[A-Z\u00C0-\u00DE][\w\u00C0-\u017F'’-]*[ \t]+$")


class LaterMentions:
    def _later_setup(self, lex: Lexicon) -> None:
        nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lex.typing["anaphora"], key=len, reverse=True))
        g = grammar(lex.language)
        self.area_nouns = set(g.area_nouns)
        # ("el bloqueo del puente": an article contracted with its preposition, grammar.yaml `area_contractions`,
        # only before the nouns that point to a place named with them)
        self.contractions = set(g.get("area_contractions") or ())
        determiners = "|".join([g.anaphora_determiners.pattern, *map(re.escape, sorted(self.contractions))])
        self.anaphora = re.compile(rf"\b(?P<det>{determiners})\s+(?P<noun>{nouns})\b"
                                   rf"(?![ \t]+(?:{g.anaphora_not_before.pattern}\b|(?-i:[A-Z])))", re.I)
        self.force_nouns = set(lex.typing.get("force_anaphora") or [])
        own = g.get("anaphora_possessives") or re.compile("(?!)")
        kinds = "|".join(map(re.escape, lex.typing.get("kind_anaphora") or [])) or "(?!)"
        self.kind_phrase = re.compile(rf"\b(?:(?:{g.anaphora_determiners.pattern})\s+|(?P<own>{own.pattern})\s+)"
                                      rf"(?P<words>(?:[\w\u00C0-\u017F-]+[ \t]+){{0,2}}?(?:{kinds}))\b"
                                      rf"(?![ \t]+(?:{g.anaphora_not_before.pattern}\b|(?-i:[A-Z])))", re.I)

    @staticmethod
    def _named_inside(ctx: Context, pos: int, subclass: str) -> list[Mention]:
        """"el Sindicato de Trabajadores de Minera C y la empresa": where no mention of the kind stands before `pos`,
        the one entity of the kind whose name another mention's words held before it (its first mention, as the
        antecedent)."""
        if subclass != "Company":
            return []
        inside = {e.id: e for m in ctx.mentions if m.end <= pos and m.entity for e in ctx.entities.values()
                  if e.subclass == subclass and e.mentions and e.id != m.entity and f" {key(e.name)}" in f" {key(m.text)}"}
        return [next(iter(inside.values())).mentions[0]] if len(inside) == 1 else []

    def _anaphora(self, ctx: Context) -> list[Mention]:
        """"the mine", "the community": the latest entity of that subclass named before, within
        the report (the area words only for a place named with that word)."""
        text = ctx.report.text
        g = ctx.grammar
        covered = [(m.start, m.end) for m in ctx.mentions]
        out = []
        for found in self.anaphora.finditer(text):
            s, e = found.span("noun")
            if any(a <= s < b for a, b in covered):
                continue
            noun = re.sub(r"\s+", " ", found.group("noun").lower())
            if found.group("det").lower() in self.contractions and noun not in self.area_nouns:
                continue
            subclass = self.lex.typing["anaphora"][noun]
            before = [m for m in ctx.mentions if m.end <= found.start() and m.entity
                      and ctx.entities[m.entity].subclass == subclass]
            if noun in self.area_nouns:
                before = [m for m in before if re.search(rf"\b{noun}\b", text[max(0, m.start - 14):m.end + 10], re.I)]
            before = before or self._named_inside(ctx, found.start(), subclass)
            if not before:
                continue
            # "la comisión" after "Comisión de Población" and "Ministerio de Ambiente": the body the noun names,
            # where one of that kind is so named (not for companies, whose names rarely say "company").
            named = [m for m in before if subclass != "Company" and key(ctx.entities[m.entity].name).split()[:1] == key(noun).split()[:1]]
            before = named or before
            parent = g.get("parent_apposition")
            if parent is not None and len(before) > 1 and before[-2].sent == before[-1].sent \
                    and before[-2].entity != before[-1].entity and parent.search(text, max(0, before[-1].start - 60), before[-1].start):
                before.pop()    # "C, the Mexican subsidiary of P, ... The company": C, not its parent
            entity = ctx.entities[before[-1].entity]
            m = Mention(s, e, text[s:e], "anaphora", sent=ctx.sent_of(s), cls=entity.cls, subclass=entity.subclass,
                        weight=10, entity=entity.id)
            entity.mentions.append(m)
            out.append(m)
        return out

    def _kind_phrases(self, ctx: Context) -> list[Mention]:
        """"The directorate answers to his ministry", "the Jáchal unit reports to", "the departmental command": a
        body's kind word, with the words before it, points back to the last body named before whose name has
        every one of those words ("the National Mining and Geology Directorate", "the Jáchal police unit";
        typing.yaml `kind_anaphora`)."""
        text = ctx.report.text
        out = []
        for found in self.kind_phrase.finditer(text):
            s, e = found.start() if found.group("own") else found.start("words"), found.end("words")
            # A place inside may name the unit ("the Jáchal unit"); any other mention there is a name of its own.
            if any(m.start < e and s < m.end and not (ctx.cls_of(m) == "Place" and s <= m.start and m.end < e) for m in ctx.mentions):
                continue
            words = set(key(found.group("words")).split())
            # An entity's mentions, not the report's: a ministry named only in its minister's title has one.
            before = [(m.end, x.id) for x in ctx.entities.values() if x.cls == "Organization" and words <= set(key(x.name).split())
                      for m in x.mentions if m.end <= found.start() and m.source != "anaphora"]
            if not before and found.group("words").lower() in self.force_nouns:
                # "the Infantry Guard, a unit of the provincial police. The unit is commanded by": a force's bare kind
                # word is the force described by it in its sentence or the one before, whatever its name.
                sent, described = ctx.sent_of(s), re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{found.group('words')}\b", re.I)
                before = [(m.end, m.entity) for m in ctx.mentions if m.entity and m.end <= found.start() and sent - 1 <= m.sent
                          and m.source != "anaphora" and ctx.entities[m.entity].subclass in ("PoliceUnit", "MilitaryUnit")
                          and described.match(text, m.end)]
            if not before:
                continue
            entity = ctx.entities[max(before)[1]]
            m = Mention(s, e, text[s:e], "anaphora", sent=ctx.sent_of(s), cls=entity.cls, subclass=entity.subclass,
                        weight=10, entity=entity.id)
            entity.mentions.append(m)
            out.append(m)
        return out

    def _bare_forces(self, ctx: Context) -> list[Mention]:
        """"Riot police fired", "the police said" in a report whose country's police the gazetteer
        does not know: the one police body the report names ("the Suriname Police Force"), so the
        bare words are no second node (typing.yaml `bare_forces`)."""
        out = []
        for spec in self.lex.typing.get("bare_forces") or []:
            named = {e.id for e in ctx.entities.values() if e.subclass == spec["subclass"] and e.mentions
                     and re.search(spec["named"], e.name, re.I)}
            if len(named) != 1:
                continue
            entity = ctx.entities[named.pop()]
            covered = bytearray(len(ctx.report.text) + 1)
            for m in ctx.mentions + out:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
            for found in re.finditer(spec["pattern"], ctx.report.text, re.I):
                s, e = found.span()
                if any(covered[s:e]) or (found.group(0)[:1].isupper() and NAME_BEFORE.search(ctx.report.text, max(0, s - 30), s)):
                    continue        # "the National Police": a name NER missed, not the bare word
                m = Mention(s, e, found.group(0), "anaphora", sent=ctx.sent_of(s), cls=entity.cls,
                            subclass=entity.subclass, weight=10, entity=entity.id)
                entity.mentions.append(m)
                out.append(m)
        return out

    def _repeats(self, ctx: Context) -> list[Mention]:
        """"Oro Andino, filial de ...": a body's or a place's name that NER saw once, found again
        where it missed it, is a mention of it (typing.yaml `repeat_names`, a name of at least
        `repeat_names_words` words)."""
        if not self.lex.typing.get("repeat_names"):
            return []
        words = self.lex.typing.get("repeat_names_words") or 1
        owners: dict[str, set[str]] = defaultdict(set)
        for e in ctx.entities.values():
            if e.cls in ("Organization", "Place") and e.level != "country":
                for form in {e.name, *e.aliases}:
                    if len(form) >= 4 and form[:1].isupper() and len(form.split()) >= words:
                        owners[form].add(e.id)
        owners = {f: ids for f, ids in owners.items() if len(ids) == 1}
        if not owners:
            return []
        covered = bytearray(len(ctx.report.text) + 1)
        # (a span NER read that became no entity hides no name: "**Marcha en Bonao.**", a run-in heading read as one)
        for m in ctx.mentions:
            if m.entity or m.cls:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        pattern = re.compile(r"(?<![\w\u00C0-\u017F])(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True))
                             + r")(?![\w\u00C0-\u017F])")
        out = []
        for found in pattern.finditer(ctx.report.text):
            s, e = found.span()
            if any(covered[s:e]):
                continue
            entity = ctx.entities[next(iter(owners[found.group(0)]))]
            m = Mention(s, e, found.group(0), "repeat", sent=ctx.sent_of(s), cls=entity.cls, subclass=entity.subclass,
                        weight=10, entity=entity.id)
            entity.mentions.append(m)
            out.append(m)
        return out

    def _surnames(self, ctx: Context) -> list[Mention]:
        """"Torres said" after "Prime Minister Aníbal Torres" where NER missed the surname: the
        last name, or the first surname of a Spanish double surname, of exactly one person."""
        owners: dict[str, set[str]] = defaultdict(set)
        for e in ctx.entities.values():
            words = e.name.split()
            if e.cls != "Person" or len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            forms = {words[-1]} | ({words[1], " ".join(words[1:])} if len(words) >= 3 else set())
            for f in forms:
                if len(f) > 3 and f not in self.lex.given_names and key(f) not in self.lex.by_key:
                    owners[f].add(e.id)
            # The full name again where NER missed it ('"...," Ernesto Mairena told' after "brothers
            # Ernesto and Julio Mairena", whose surname alone is either's).
            owners[e.name].add(e.id)
        owners = {f: ids for f, ids in owners.items() if len(ids) == 1}
        if not owners:
            return []
        covered = [(m.start, m.end) for m in ctx.mentions]
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True)) + r")\b")
        out = []
        for found in pattern.finditer(ctx.report.text):
            s, e = found.span()
            if any(a < e and s < b for a, b in covered):
                continue
            entity = ctx.entities[next(iter(owners[found.group(0)]))]
            m = Mention(s, e, found.group(0), "surname", sent=ctx.sent_of(s), cls="Person", weight=10, entity=entity.id)
            entity.mentions.append(m)
            if found.group(0) not in entity.aliases:
                entity.aliases = sorted(set(entity.aliases) | {found.group(0)})
            out.append(m)
        return out
