"""Checks the event extractor (loaders/events.py) asks of a trigger, for parses and languages whose
data turn them on (loaders/data/es/events.yaml); a language without the keys has each one off.

- `Negation`: negation as an adverb of the verb ("no se registraron detenidos"), wants, rights
  and bans told with UD's `case` ("el derecho a la protesta", "se prohíben las manifestaciones"),
  what a verb of denial takes ("negó que hubiera habido represión"), and what is asked or awaited
  ("exigimos la revocación del permiso", "hasta que el Ministerio revoque el permiso").
- `Acts`: two acts of violence told by verbs with different subjects are two events.
- `named_by_copula`, `opening_copula`: "Los heridos fueron A (35) y B (40)" tells the injury by its
  victims, where the parse does not hang the noun from the copula too.
"""
from __future__ import annotations

import re

from loaders.model import FORCES, Context, EventMention, has_features, verb_of


class Negation:
    def __init__(self, table: dict, not_told: dict):
        self.adverbs = set(table.get("negating_adverbs", ()))    # none: negation is the parse's `neg`
        self.denying = set(table.get("denied_by", ()))    # none: the rule is off
        self.not_told = not_told
        spec = table.get("wanted") or {}
        self.wanted_kinds = set(spec.get("kinds", ()))    # none: the rule is off
        self.wanted_forms = [dict(f) for f in spec.get("forms", ())]
        self.wanting = set(spec.get("verbs", ()))
        asked = spec.get("asked") or {}
        self.asked_kinds = set(asked.get("kinds", ()))    # none: the rule is off
        self.asked_forms = [dict(f) for f in asked.get("forms", ())]
        self.resolving = set(asked.get("resolving", ()))

    def wanted(self, root, subclass: str) -> bool:
        """"exigimos la revocación del permiso", "ofreció suspender el permiso", "hasta que el Ministerio revoque el
        permiso": an event of events.yaml `wanted.kinds` whose verb (the trigger, or the first verb its noun phrase
        hangs from) is in one of `wanted.forms` (an infinitive, a present subjunctive) or one of asking
        (`wanted.verbs`) is asked, promised or awaited, not told as done. One of `wanted.asked.kinds` is so by
        `asked.forms` or a verb of asking only, or by an infinitive a verb of `asked.resolving` takes ("resolvieron
        declarar un paro")."""
        if subclass not in self.wanted_kinds | self.asked_kinds:
            return False
        verb = verb_of(root)
        if not verb.tag_.startswith("VB"):
            return False
        if verb.lower_ in self.wanting:
            return True
        if subclass in self.wanted_kinds:
            return any(has_features(verb, form) for form in self.wanted_forms)
        return any(has_features(verb, form) for form in self.asked_forms) or (
            has_features(verb, {"VerbForm": "Inf"}) and verb.head.lower_ in self.resolving)

    def denied(self, root) -> bool:
        """"negó que hubiera habido represión", "rechazó que vaya a revocar el permiso": an event in the
        clause or infinitive a verb of denial (events.yaml `denied_by`) takes was not told as done."""
        node = root
        while node.head.i != node.i and node.dep_ not in ("ROOT",):
            if node.dep_ in ("ccomp", "xcomp") and node.head.lower_ in self.denying:
                return True
            node = node.head
        return False

    def negated_verb(self, root) -> bool:
        """"no se registraron detenidos", "no hubo heridos": where negation is an adverb of the verb
        (events.yaml `negating_adverbs`), it negates the noun the verb has as subject or object too."""
        if not self.adverbs:
            return False
        verbs = [root] + ([root.head] if root.dep_ in ("nsubj", "nsubjpass", "dobj") and not root.tag_.startswith("VB") else [])
        return any(c.dep_ == "advmod" and c.lower_ in self.adverbs for v in verbs for c in v.children)

    def no_event_case(self, root) -> bool:
        """The `not_told` rule for a parse that hangs the preposition from its noun (UD's `case`: "el
        derecho a la protesta", "sin consulta"; events.yaml `not_told.case_marked`), and for what a
        verb forbids (`not_told.verbs`: "se prohíben las manifestaciones")."""
        preps = {c.lower_ for c in root.children if c.dep_ == "case"}
        if root.dep_ in ("dobj", "nsubj", "nsubjpass") and root.head.lower_ in self.not_told.get("verbs", ()):
            return True
        return bool(preps & self.not_told["alone"]) or (
            bool(preps & self.not_told["links"]) and root.head.lower_ in self.not_told["nouns"])


class Acts:
    """"Un grupo quemó una garita. Efectivos de la Dinoes lanzaron bombas lacrimógenas": of the kinds
    events.yaml `separate_acts` lists, acts told in sentences of their own by verbs whose subjects are
    of different sides, and that share no actor, are two events (one side's and the other's), not one."""

    def __init__(self, table: dict, trigger_words: set[str]):
        spec = table.get("separate_acts") or {}
        self.kinds = set(spec.get("kinds", ()))    # none: the rule is off
        self.force_nouns = set(spec.get("force_nouns", ()))
        self.trigger_words = trigger_words

    def of(self, ctx: Context, events: list[EventMention]) -> dict[int, str]:
        """By id, the side ("force" or "crowd") of the subject of each trigger of those kinds that is a
        verb with a subject of its own, or the object of one that is no trigger itself ("lanzaron bombas
        lacrimógenas"; "denuncia el desalojo" tells of someone else's act). The side is a force's where
        the subject is a word of `force_nouns` ("efectivos", "agentes") or holds a police or military body."""
        out = {}
        for e in events:
            if e.subclass not in self.kinds:
                continue
            root = ctx.root_of(e)
            verb = root if root.tag_.startswith("VB") else root.head if root.dep_ == "dobj" and root.head.tag_.startswith("VB") \
                and root.head.lower_ not in self.trigger_words else None
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
            if subj is not None:
                force = subj.lower_ in self.force_nouns or any(
                    ctx.entities[m.entity].subclass in FORCES for m in ctx.in_subtree(subj, ("Organization",)))
                out[id(e)] = "force" if force else "crowd"
        return out

    @staticmethod
    def apart(acts: dict[int, str], a: EventMention, b: EventMention) -> bool:
        return a.sent != b.sent and id(a) in acts and id(b) in acts and acts[id(a)] != acts[id(b)] \
            and not {p for p, _ in a.participants} & {p for p, _ in b.participants}


# What may stand between a copula and the names it gives: at most two lower-case words.
BEFORE_NAMES = re.compile(r"\s*(?:[^\W\d_A-ZÁÉÍÓÚÑ]+\s+){0,2}")


def named_by_copula(ctx: Context, span, copulas: set[str]) -> bool:
    """"Los heridos fueron A (35) y B (40)": people told by what befell them, then named after a
    copula, are that event told by its victims (the names are read by `named_later`)."""
    after = span.end < len(ctx.doc) and ctx.doc[span.end]
    # ("Los heridos fueron los campesinos A y B": an article and a common noun may stand before the names)
    return bool(after) and after.lower_ in copulas and any(
        BEFORE_NAMES.fullmatch(ctx.report.text, after.idx + len(after), m.start) for m in ctx.mentions
        if m.entity and m.start > after.idx and ctx.cls_of(m) == "Person" and m.sent == ctx.sent_of(after.idx))


def opening_copula(sent, copulas: set[str]) -> dict:
    """"Los heridos fueron A (35) y B (40)" where the parse does not hang the noun from the copula
    (the small model may take the first name for the verb): an article, the noun, then a copula, as
    the sentence opens; the noun by its word."""
    first = [t for t in sent if not t.is_space][:3]
    if len(first) == 3 and first[0].tag_ == "DT" and first[2].lower_ in copulas:
        return {first[1].lower_: first[1]}
    return {}


def not_done(root, span, subclass: str, spec: dict, not_yet: dict) -> bool:
    """Triggers whose clause tells of nothing done (English data keys; without them the checks are off):
    "anyone who obstructs the road will be arrested" (events.yaml `not_yet`: harm told in the future), "the
    talks broke up after an hour", "the crowd dispersed" (a trigger's `transitive`: a verb of force acting on
    no one), "the alliance has come out in support of the villagers" (`not_with_particle`: no one went anywhere)."""
    verb = root.tag_.startswith("VB")
    if verb and subclass in not_yet.get("kinds", ()) and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in not_yet["aux"] for c in root.children):
        return True
    if verb and span.text.lower() in spec.get("transitive", ()) and not any(
            c.dep_ in ("dobj", "nsubjpass", "agent") for c in root.children):
        return True
    if verb and any(c.dep_ == "dobj" and c.lower_ in spec.get("not_on", ()) for c in root.children):
        return True     # "tomaron muestras": taking a sample is no protest (a trigger's `not_on`)
    return any(c.dep_ == "prt" and c.lower_ in spec.get("not_with_particle", ()) for c in root.children)


def away_from_hospitals(ctx: Context, events: list[EventMention], hospitals: set) -> None:
    """"officers pushed the women back, and two people were taken to the P Hospital": a hospital (events.yaml
    `hospital_care.places`) is where the hurt were cared for, not where a clash or an arrest was."""
    for event in events if hospitals else ():
        if event.subclass != "Injury":
            event.places = [p for p in event.places if ctx.entities[p].name.split()[-1].lower() not in hospitals]


def charged_with(root, spec: dict | None) -> bool:
    """"imputó por lesiones a dos choferes", "acusados del delito de obstrucción de la vía": what someone is charged
    with is the charge, not an event of its own (events.yaml `charged_with`: the words of charging, and the cases
    that mark their charge; none: the rule is off)."""
    return bool(spec) and root.head.i != root.i and root.head.lower_ in spec["heads"] and any(
        c.dep_ == "case" and c.lower_ in spec["cases"] for c in root.children)
