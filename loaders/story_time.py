"""What of a text is the time of its story, for the dates that flow to events (loaders/event_dates.py).

Read from a language's event_dates.yaml; a language without the keys has each rule off (English):
- `told_deps`: dependencies of a noun that happens in its sentence's time besides the English parse's
  dobj and pobj (UD's obl, nmod: "tras una reunión con el premier"); the date it takes so is carried,
  so that a later mention's own day outweighs it.
- `not_story_time`: dates the next sentences do not go on with: one a verb of reporting governs
  ("quemaron la garita, informaron hoy fuentes oficiales") and one after the publication
  ("realizará el 1 de marzo un monitoreo").
- `recap`: "Los hechos ocurrieron el pasado domingo": a sentence that dates what the one before told
  gives its undated events that day.
- `relative_to_event`: "El día anterior a la llegada de la comitiva, los comuneros habían bloqueado la
  vía": a day counted from an event told before, named by its noun.
- `numbered_goes_on`: "1. El pasado martes 11 de agosto, agentes rodearon el cementerio ... 2. Fueron
  detenidos X e Y": a numbered item that tells no date goes on with the time of the one before
  (a list of the facts of one day; dated bullets each tell their own).
- `plan_tenses`, `background_tenses`: a verb in a tense of plans ("presentará su plan en la siguiente
  sesión") happens at no time told; one in a tense of background ("los comuneros que mantenían un
  plantón") is no event of the time the sentences before told.
"""
from __future__ import annotations

import datetime as dt
import re

from loaders.model import Context, EventMention


class StoryTime:
    def __init__(self, table: dict):
        self.carried_deps = set(table.get("told_deps", ()))
        self.told_deps = {"dobj", "pobj", *self.carried_deps}
        spec = table.get("not_story_time") or {}
        self.reporting = set(spec.get("reporting_verbs", ()))
        self.after_publication = bool(spec.get("after_publication"))
        self.background = set(table.get("background_tenses", ()))
        self.plans = set(table.get("plan_tenses", ()))
        self.imperfect_endings = tuple(table.get("imperfect_endings", ()))
        recap = table.get("recap") or {}
        self.recap_nouns, self.recap_verbs = set(recap.get("nouns", ())), set(recap.get("verbs", ()))
        rel = table.get("relative_to_event") or {}
        self.relative = [re.compile(p, re.I) for p in rel.get("patterns", ())]
        self.relative_dirs, self.relative_nouns = rel.get("directions", {}), rel.get("nouns", {})
        self.numbers = table.get("numbers", {})
        self.numbered_goes_on = bool(table.get("numbered_goes_on"))

    def reported(self, ctx: Context, events: list[EventMention]) -> set[int]:
        """The ids of the dates a verb of reporting governs that is no event's trigger: when the
        news was told, not when what it tells happened."""
        if not self.reporting:
            return set()
        heads = [ctx.root_of(e) for e in events]
        # ("el viernes, la empresa difundió un comunicado": a verb of reporting whose object is an event's trigger
        # tells that event, the statement, on its date)
        roots = {h.i for h in heads} | {h.head.i for h in heads if h.dep_ == "dobj"}
        out = set()
        for d in ctx.dates:
            verb = _verb_over(ctx, d)
            if verb is not None and verb.lower_ in self.reporting and verb.i not in roots:
                out.add(id(d))
        return out

    NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")

    def list_goes_on(self, ctx: Context, i: int) -> bool:
        """Whether sentence `i`, the start of a new item, is a numbered item that keeps the time told before."""
        # (the marker and the blank line before it may each parse as a sentence of their own)
        return self.numbered_goes_on and bool(self.NUMBERED.match(ctx.report.text, ctx.sents[i].start_char))

    def after(self, ctx: Context, date) -> bool:
        """Whether a date lies after the publication, at the precision both have."""
        published = ctx.report.published or ""
        return self.after_publication and bool(published) and date.date[:len(published)] > published[:len(date.date)]

    def carried(self, root) -> bool:
        """Whether the date a trigger takes from its sentence is carried, not its own."""
        return root.dep_ in self.carried_deps

    def background_of(self, root, carried: bool) -> bool:
        """Whether the trigger's verb, or the verb its noun is the object or oblique of, is in a tense
        of plans, or, for a time carried from the sentences before, of background (the morphology's Tense)."""
        tenses = self.plans | (self.background if carried else set())
        if not tenses:
            return False
        verbs = [root] + ([root.head] if root.dep_ in ("dobj", *self.carried_deps) else [])
        return any(v.tag_.startswith("VB") and set(v.morph.get("Tense")) & tenses and not self._not_imperfect(v) for v in verbs)

    def _not_imperfect(self, verb) -> bool:
        """A form the morphology calls imperfect that has none of the language's imperfect endings ("marchamos")."""
        return bool(self.imperfect_endings) and verb.morph.get("Tense") == ["Imp"] and not verb.lower_.endswith(self.imperfect_endings)

    def recapped(self, ctx: Context, events: list[EventMention], blocks: list[int]) -> None:
        """The undated events of the sentence before one whose subject is a noun of what happened
        ("los hechos", "los incidentes") and whose verb tells when ("ocurrieron el pasado domingo")."""
        if not self.recap_nouns:
            return
        for d in ctx.dates:
            verb = _verb_over(ctx, d) if d.date else None
            if verb is None or verb.lower_ not in self.recap_verbs or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.recap_nouns for c in verb.children):
                continue
            i = ctx.sent_of(d.start)
            before = next((j for j in range(i - 1, -1, -1) if ctx.sents[j].text.strip()), None)   # (a blank line parses as one)
            for e in events:
                if e.date is None and e.sent == before and blocks[e.sent] == blocks[i]:
                    e.date, e.precision = d.date, d.precision

    def counts_from_event(self, text: str, pos: int) -> bool:
        """Whether a count at `pos` is from an event named by its noun ("un día antes del operativo")."""
        return any((m := p.match(text, pos)) and m["noun"].lower() in self.relative_nouns for p in self.relative)

    def counted_from_events(self, ctx: Context, events: list[EventMention]) -> None:
        """Events of a sentence that counts its day from an event told before ("el día anterior a la
        llegada de la comitiva", "dos días después del desalojo") take that event's day moved, over a
        day only carried from the sentences around."""
        text = ctx.report.text
        for pattern in self.relative:
            for m in pattern.finditer(text):
                kind = self.relative_nouns.get(m["noun"].lower())
                i = ctx.sent_of(m.start())
                base = next((e for e in reversed(events) if e.subclass == kind and e.date and e.precision == "day"
                             and e.trigger[0] < m.start()), None) if kind else None
                if base is None:
                    continue
                n = m.groupdict().get("n")
                count = 1 if not n else int(n) if n.isdigit() else self.numbers.get(n.lower(), 1)
                day = dt.date.fromisoformat(base.date) + dt.timedelta(days=self.relative_dirs[m["dir"].lower()] * count)
                for e in events:
                    if e.sent == i and e is not base and (e.date is None or e.date_carried):
                        e.date, e.precision, e.date_carried = day.isoformat(), "day", False


def _verb_over(ctx: Context, date):
    """The nearest verb a date hangs from in the parse, or None."""
    span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
    return next((t for t in span.root.ancestors if t.tag_.startswith("VB")), None) if span is not None else None
