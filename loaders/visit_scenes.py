"""Visits told through the scene they went to, not a place's name: "subió hasta el corte una comisión",
"una delegación subió hasta la choza", "el viceministro recorrió el campamento", and "los pobladores
recibieron a una comitiva" (villagers who receive a delegation are visited where they stand). The
place is that of the protest or clash told just before: the blockade, the camp, the scene of the
report (events.yaml `visit_scenes`; a language without it has the rule off).
"""
from __future__ import annotations

from loaders.clause_places import is_destination
from loaders.model import Context, EventMention

# Where a delegation goes to see those who protest: the events whose place is the scene.
SCENES = {"Protest", "Strike", "Roadblock", "Clash"}


class VisitScenes:
    def __init__(self, table: dict):
        spec = table.get("visit_scenes") or {}
        # ("hasta el corte": the blockade the report told of, before any march since)
        self.scene_nouns = {noun: set(kinds) for noun, kinds in (spec.get("scene_nouns") or {}).items()}
        self.delegations = set(spec.get("delegations", ()))
        self.receivers = set(spec.get("receivers", ()))
        self.destination_cases = set(spec.get("destination_cases", ()))
        self.receiving = set(table.get("receiving", ()))
        # ("llegó al punto del bloqueo": the scene of the noun a spot noun names; "llegó al lugar": of the last protest)
        self.spot_nouns = set(spec.get("spot_nouns", ()))
        # ("llegaron al lugar efectivos de la Policía": a force deployed to the scene visits no one)
        self.force_nouns = set((table.get("separate_acts") or {}).get("force_nouns", ()))

    def received(self, doc) -> list:
        """The verbs of "los pobladores recibieron a una comitiva": people of the place receive a delegation."""
        if not self.delegations:
            return []
        found = []
        for t in doc:
            if t.lower_ not in self.receiving or not t.tag_.startswith("VB"):
                continue
            subject = any(c.dep_ == "nsubj" and c.lower_ in self.receivers for c in t.children)
            if subject and any(o.lower_ in self.delegations for o in self._objects(t)):
                found.append(t)
        return found

    def places(self, ctx: Context, events: list[EventMention]) -> None:
        """A visit with no named place that went to a scene noun ("hasta el corte"), or that people
        received, took place where the last protest of the kind its scene noun names was (for people who
        received it, the last protest or clash) told before it."""
        if not self.scene_nouns:
            return
        for i, e in enumerate(events):
            if e.subclass != "Visit" or e.places:
                continue
            root = ctx.root_of(e)
            kinds = next((self._scene_of(o) for o in self._objects(root) if self._scene_of(o)), None)
            if kinds is None and root.lower_ not in self.receiving or self._force_sent(root):
                continue
            before = list(reversed(events[:i]))
            scene = next((x for x in before if x.subclass in (kinds or SCENES) and x.places and x.sent <= e.sent), None)
            if scene is not None:
                e.places = list(scene.places)

    def _force_sent(self, verb) -> bool:
        """"llegaron al lugar efectivos de la Policía", "efectivos policiales llegaron al corte": a force, told as the
        verb's subject or just after it and its goal (the parse may hang an inverted subject from the goal)."""
        near = verb.doc[max(verb.i - 3, 0):verb.i + 5]
        return any(t.lower_ in self.force_nouns and (t.dep_ == "nsubj" or t.i > verb.i) for t in near)

    def _scene_of(self, noun) -> set | None:
        """The kinds of event a noun gone to names: a scene noun ("el corte"), a spot noun of one ("el punto del
        bloqueo"), or a spot noun alone ("el lugar": any scene)."""
        if noun.lower_ in self.scene_nouns:
            return self.scene_nouns[noun.lower_]
        if noun.lower_ not in self.spot_nouns:
            return None
        named = next((c for c in noun.children if c.dep_ == "nmod" and c.lower_ in self.scene_nouns), None)
        return self.scene_nouns[named.lower_] if named is not None else SCENES

    def _objects(self, verb):
        """What a verb acts on or goes to: its object, or the noun after a case of `destination_cases`
        ("recibieron a una comitiva", "subió hasta el corte")."""
        for c in verb.children:
            if c.dep_ == "dobj" or is_destination(c, self.destination_cases):
                yield c
