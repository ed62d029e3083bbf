"""Events told without their trigger words, found in the clause: "police removed the protesters",
"villagers gathered in the square", "riot police cleared a road blockade", "the Ombudsman sent observers
to X", "called the award 'a blow'", "residents cut Route 4". Each is a lexicon class over the
dependency parse (events.yaml); a language without its keys has the rule off.
"""
from __future__ import annotations

import re

from loaders.model import FORCES, Context
from loaders.visit_scenes import VisitScenes


class ClauseTriggers:
    def __init__(self, table: dict, sending_verbs: set, future: set):
        self.force_on_people = table.get("force_on_people")
        self.crowd_nouns = set((self.force_on_people or {}).get("people", ()))
        self.crowd_gathering = table.get("crowd_gathering")
        self.road_closing = table.get("road_closing")
        self.removal = table.get("removal")
        self.judging = set(table.get("judging", ()))     # none: the rule is off
        self.sent_nouns = set(table.get("sent_nouns", ()))     # none: the rule is off
        self.sent_to_cases = set(table.get("sent_to_cases", ()))
        self.sending_verbs, self.future = sending_verbs, future
        self.voting = table.get("voting")
        self.scenes = VisitScenes(table)
        self.court_decisions = table.get("court_decisions")
        self.hospital_care = table.get("hospital_care")
        self.weapons_used = table.get("weapons_used")
        self.weapon_verbs = _conjugated(self.weapons_used)
        self.complaint_lodged = table.get("complaint_lodged")
        self.complaint_verbs = _conjugated(self.complaint_lodged)
        self.permit_decided = table.get("permit_decided")
        self.decision_verbs = _conjugated(self.permit_decided)
        self.permits = set((self.permit_decided or {}).get("objects", ()))
        self.assessments = (self.permit_decided or {}).get("assessments") or {"nouns": (), "of": ()}
        self.permit_articles = set((self.permit_decided or {}).get("articles", ()))
        # what force removes ("cleared the road", "removed the blockade"): a clash's place is that protest's
        self.removed_nouns = set((self.removal or {}).get("objects", ())) | set((self.road_closing or {}).get("roads", ())) \
            | set(table.get("removed_protests", ()))

    def __call__(self, ctx: Context):
        """The (token, subclass) of each event the clause tells, and the verbs of judging among them
        (an event judged is not one declared)."""
        doc = ctx.doc
        judged = self._judged(doc)
        # (in this order: where two rules take one token, the later one's subclass holds)
        told = [*((t, "Clash") for t in self._force_on_people(doc)), *((t, "Protest") for t in self._crowd_gathering(ctx)),
                *((t, "Clash") for t in self._forces_removing(ctx)), *((t, "Visit") for t in self._sent_to(doc)),
                *((t, "Visit") for t in self.scenes.received(doc)),
                *((t, "Statement") for t in judged), *((t, "Roadblock") for t in self._road_closed(doc)),
                *((t, "Consultation") for t in self._people_voted(doc)),
                *((t, "LegalAction") for t in self._court_decided(ctx)), *((t, "Clash") for t in self._weapons_used(doc)),
                *((t, "Injury") for t in self._taken_to_hospital(doc)), *((t, "Roadblock") for t in self._across_road(doc)),
                *((t, "PermitDecision") for t in self._permit_decided(doc)),
                *((t, "LegalAction") for t in self._complaint_lodged(ctx))]
        return told, judged

    def _force_on_people(self, doc):
        """"police removed the protesters from the road", "the marchers were driven out": a verb of
        force that acts on people gathered is violence, though no word of a clash is told
        (events.yaml `force_on_people`; a language without it has the rule off)."""
        spec = self.force_on_people
        if not spec:
            return []
        # ("pushed back a group of protesters": people of a group, by the language's `group_links`)
        links = set(spec.get("group_links", ()))
        # ("police charged the march": a verb of `on_gatherings` acts on the gathering's noun too, unless
        # it says what for: "charged the marchers with sedition")
        charging = spec.get("on_gatherings") or {}
        verbs, people = set(spec["verbs"]), set(spec["people"])
        found = []
        for t in doc:
            if not t.tag_.startswith("VB"):
                continue
            if t.lower_ in verbs:
                targets = people
            elif t.lower_ in charging.get("verbs", ()) and not any(c.dep_ == "prep" and c.lower_ in charging["not_with"]
                                                                   for c in t.children):
                targets = people | set(charging["gatherings"])
            else:
                continue
            if any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in targets or any(
                    p.dep_ == "prep" and p.lower_ in links and any(g.lower_ in targets for g in p.children)
                    for p in c.children)) for c in t.children):
                found.append(t)
        return found

    def _crowd_gathering(self, ctx: Context):
        """"The protesters returned to the road", "villagers gathered in the square": people gathered
        who go to a public place protest there, though no word of a protest is told (events.yaml
        `crowd_gathering`; a language without it has the rule off)."""
        spec = self.crowd_gathering
        if not spec:
            return []
        crowd = self.crowd_nouns | set(spec.get("subjects", ()))
        return [t for t in ctx.doc if t.tag_.startswith("VB") and t.lower_ in spec["verbs"]
                and self._crowd_subject(t, crowd) and (
                    any(g.lower_ in spec["places"] for c in t.children if c.dep_ == "prep" for g in c.children)
                    or self._gone_to(ctx, t, spec))]

    @staticmethod
    def _crowd_subject(verb, crowd: set) -> bool:
        """The verb's subject (a conjunct's, its head's: "habían bajado hasta P y permanecieron") is people
        gathered, or a count or group of them ("cientos de labriegos", "un grupo de productores")."""
        heads = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
        return any(c.dep_ == "nsubj" and (c.lower_ in crowd or any(g.dep_ == "nmod" and g.lower_ in crowd for g in c.children))
                   for h in heads for c in h.children)

    @staticmethod
    def _gone_to(ctx: Context, verb, spec: dict) -> bool:
        """UD's obliques ("caminaron desde la plaza", "bajaron hasta Penonomé", "frente a la Gobernación"):
        a phrase of one of `cases` on a public place's word, or on a place or body the report names."""
        cases = set(spec.get("cases", ()))
        for c in verb.children:
            if c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ in cases for g in c.children) and (
                    c.lower_ in spec["places"] or ctx.in_subtree(c, ("Place", "Organization"))):
                return True
        return False

    def _forces_removing(self, ctx: Context):
        """"riot police cleared a road blockade", "the battalion removed the blockade", "the camp was
        dismantled by soldiers": forces that remove a protest clash with it, though no word of a clash
        is told (events.yaml `removal`; a language without it has the rule off)."""
        spec = self.removal
        if not spec:
            return []
        protests, forces = set(spec["objects"]), set(spec["forces"])

        def is_force(token) -> bool:
            if any(t.lower_ in forces for t in token.subtree):
                return True
            found = next((m for m in ctx.mentions if m.entity and m.start <= token.idx < m.end), None)
            return found is not None and ctx.entities[found.entity].subclass in FORCES
        found = []
        for t in ctx.doc:
            if not t.tag_.startswith("VB") or t.lower_ not in spec["verbs"]:
                continue
            if not _acts_on(t, protests):
                continue
            actors = [c for c in t.children if c.dep_ == "nsubj"] + \
                [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if any(is_force(a) for a in actors):
                found.append(t)
        return found

    def _weapons_used(self, doc):
        """"un grupo lanzó piedras contra los oficiales", "respondieron lanzando piedras", "nos echaron gas
        pimienta", "debieron utilizar gas lacrimógeno": a verb of throwing, firing or using (its stem with any
        ending of its conjugation: the parse gives no lemmas) whose object is a weapon of the street is
        violence (events.yaml `weapons_used`; a language without it has the rule off)."""
        if self.weapon_verbs is None:
            return []
        weapons = set(self.weapons_used["objects"])
        return [t for t in doc if t.pos_ in ("VERB", "AUX") and self.weapon_verbs.fullmatch(t.lower_) and _acts_on(t, weapons)]

    def _permit_decided(self, doc):
        """"la concesión fue otorgada por el ministerio en 2016", "la AJAM le otorgó un contrato minero", "el ministerio
        renovó las licencias": a verb of granting, renewing or revoking (any form: stems with their endings) whose
        object or passive subject is a permit is a decision on it, though the permit stands apart from the verb
        (events.yaml `permit_decided`; a language without it has the rule off)."""
        if self.decision_verbs is None:
            return []
        return [t for t in doc if t.tag_.startswith("VB") and self.decision_verbs.fullmatch(t.lower_)
                and (_acts_on(t, self.permits) or self._acts_on_assessment(t))]

    def _acts_on_assessment(self, verb) -> bool:
        """"aprobó el informe de impacto ambiental": the verb's object is an assessment's study or report, told by
        the noun of impact it names (events.yaml `permit_decided.assessments`)."""
        spec = self.assessments
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in spec["nouns"]
                   and any(n.dep_ == "nmod" and n.lower_ in spec["of"] for n in c.children) for c in verb.children)

    def the_permit(self, root) -> bool:
        """"La concesión fue otorgada por el ministerio en 2016": a verb's permit told with a definite article, in a
        sentence that names no mine, is the permit of the mine the report spoke of last (loaders/events.py; events.yaml
        `permit_decided.objects`, `.articles`)."""
        return root.tag_.startswith("VB") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.permits
            and any(d.dep_ == "det" and d.lower_ in self.permit_articles for d in c.children) for c in root.children)

    def _sent_to(self, doc):
        """"the Ombudsman sent observers to Sesajal", "the DGAAM sent a technical team to San Marcos": the
        people a body sends to a place visit it for the sender (events.yaml `sent_nouns`, the verbs of
        participants.yaml `sending_verbs`)."""
        return [d for t in doc if t.tag_.startswith("VB") and t.lower_ in self.sending_verbs
                for d in t.children if d.dep_ == "dobj" and d.lower_ in self.sent_nouns
                and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" or self._marked_to(c, d) for h in (t, d) for c in h.children)]

    def _marked_to(self, phrase, sent) -> bool:
        """UD's "envió a dos funcionarios a La Pintada": a phrase other than the one sent whose preposition
        (a `case` child, of events.yaml `sent_to_cases`) says where to; the small parse may take it for a second object."""
        return phrase is not sent and phrase.dep_ in ("obl", "nmod", "dobj") and any(
            c.dep_ == "case" and c.lower_ in self.sent_to_cases for c in phrase.children)

    def _judged(self, doc):
        """"called the award 'a blow to investors'", "described the licence as a milestone": a verb of
        judging with an object and what it is judged to be says something (events.yaml `judging`)."""
        def judged(t) -> bool:
            objects = [c for c in t.children if c.dep_ == "dobj"]
            # ("described the agreement as historic": the parse may hang "as" from the object)
            return bool(objects) and any(c.dep_ in ("oprd", "xcomp", "attr") or c.dep_ == "prep" and c.lower_ == "as"
                                         for h in (t, *objects) for c in h.children)
        return [t for t in doc if t.tag_.startswith("VB") and t.lower_ in self.judging and judged(t)]

    def _road_closed(self, doc):
        """"residents cut Route 4", "farmers shut the highway", "kept the road closed", "the access road
        was sealed off": a verb of closing whose object is a road is a roadblock, though no word of a
        blockade is told (events.yaml `road_closing`; a language without it has the rule off)."""
        spec = self.road_closing
        if not spec:
            return []
        roads, found = set(spec["roads"]), []
        # (events.yaml `road_closing.tags`, `.states`: a language whose participles the tagger takes for
        # adjectives, and its verbs of being in a state; none: as in English)
        tags, states = set(spec.get("tags", ())), set(spec.get("states", ()))
        for t in doc:
            # the tagger takes a bare "cut" opening its clause for a noun; the parse still makes it the root
            if t.lower_ not in spec["verbs"] or not (t.tag_.startswith("VB") or t.dep_ == "ROOT" or t.tag_ in tags):
                continue
            objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if t.dep_ in ("oprd", "ccomp", "xcomp", "acomp"):
                objects += [c for c in t.head.children if c.dep_ == "dobj"]     # "kept the road closed"
            if t.dep_ in ("dobj", "xcomp", "acomp", "oprd") and t.head.lower_ in states:
                # "la vía permaneció cerrada", "la ruta 613, que permanecía obstruida": the subject or object of a verb
                # of being in a state or keeping so, or the noun its relative clause tells of (the small parse takes the
                # participle for the verb's object)
                objects += [c for c in t.head.children if c.dep_ in ("nsubj", "dobj") and c is not t]   # ("tenían trancada la vía")
                # (the parse may hang the relative clause from the name that ends the road's phrase: "la ruta 613,
                # en Sabalito, que permanecía obstruida"; the nouns up that phrase are told of too)
                objects += _up_the_phrase(t.head.head) if t.head.dep_ in ("acl", "relcl") else []
            if t.dep_ == "acl":
                objects.append(t.head)      # the parse may hang "closed" from the road it keeps so
            verb = t.head if t.dep_ in ("oprd", "ccomp", "xcomp", "acomp") else t
            if any(c.dep_ == "aux" and c.lower_ in self.future for c in verb.children):
                continue    # "would keep the road closed until ...": a threat, no roadblock yet
            if any(o.lower_ in roads for o in objects):
                found.append(t)
        return found

    def _people_voted(self, doc):
        """"more than 300 members of the ejido voted to reject the project", "the assembly voted against the
        mine": people or their assembly voting is a consultation (events.yaml `voting`; a chamber's vote is
        none: its subjects are not among the words)."""
        spec = self.voting
        if not spec:
            return []
        # ("OAXACA — More than 300 members ... voted": the parse may make the people the dateline's apposition)
        return [t for t in doc if t.tag_.startswith("VB") and t.lower_ in spec["verbs"]
                and any(w.lower_ in spec["subjects"] for c in t.children if c.dep_ == "nsubj"
                        for w in (c, *(a for a in c.children if a.dep_ == "appos")))]

    def _court_decided(self, ctx: Context):
        """"the Supreme Court, confirming a ruling, ordered the company to restore the flow", "the Tribunal
        granted an amparo to the community", "la CC suspendió las operaciones de la mina": what a court's verb
        of deciding does is a ruling; the court is named by its words or is a body whose name holds one
        (an acronym for it: "la CC"). events.yaml `court_decisions`; a language without it has the rule off."""
        spec = self.court_decisions
        if not spec:
            return []
        courts = set(spec["courts"])

        def court(subject) -> bool:
            return any(w.lower_ in courts for w in subject.subtree) or any(
                {w.lower() for w in ctx.entities[m.entity].name.split()} & courts for m in ctx.in_subtree(subject, ("Organization",)))
        return [t for t in ctx.doc if t.tag_.startswith("VB") and t.lower_ in spec["verbs"]
                and any(c.dep_ == "nsubj" and court(c) for c in t.children)]

    def _complaint_lodged(self, ctx: Context):
        """"denuncié ante la Procuraduría que dos hombres me siguieron", "denunciaron ante la Fiscalía al gerente": a
        verb of denouncing told before a body of justice or oversight lodges a complaint (events.yaml
        `complaint_lodged`; a language without it has the rule off); before anyone else ("ante el país") it says."""
        spec = self.complaint_lodged
        if not spec:
            return []
        cases, bodies = set(spec["cases"]), set(spec["bodies"])

        def body(phrase) -> bool:
            return phrase.lower_ in bodies or any(ctx.entities[m.entity].subclass in ("GovernmentBody", "PoliceUnit")
                                                  for m in ctx.in_subtree(phrase, ("Organization",)))
        return [t for t in ctx.doc if t.pos_ == "VERB" and self.complaint_verbs.fullmatch(t.lower_) and any(
            any(c.dep_ == "case" and c.lower_ in cases for c in o.children) and body(o) for o in t.children)]

    def _taken_to_hospital(self, doc):
        """"six people were taken to the Tasco hospital", "four were treated at the clinic": people brought to
        or cared for at a hospital were hurt, though no word of an injury is told (events.yaml `hospital_care`;
        a language without it has the rule off)."""
        spec = self.hospital_care
        if not spec:
            return []
        return [t for t in doc if t.tag_.startswith("VB") and t.lower_ in spec["verbs"]
                and any(c.dep_ == "prep" and c.lower_ in spec["preps"] and any(g.dep_ == "pobj" and g.lower_ in spec["places"]
                                                                             for g in c.children) for c in t.children)]

    def _across_road(self, doc):
        """"about a hundred have stood across the highway", "parked their trucks across the haul road": a verb
        whose phrase of `road_closing.across` is a road puts something in its way, a roadblock though no
        word of one is told (a language without the key has the rule off)."""
        spec = self.road_closing
        if not spec or not spec.get("across"):
            return []
        roads, across = set(spec["roads"]), set(spec["across"])
        return [t for t in doc if t.tag_.startswith("VB") and not any(c.dep_ == "aux" and c.lower_ in self.future for c in t.children)
                and any(c.dep_ == "prep" and c.lower_ in across and any(g.dep_ == "pobj" and g.lower_ in roads for g in c.children)
                        for c in t.children)]


def _acts_on(verb, nouns) -> bool:
    """The verb's object or passive subject is one of `nouns` ("lanzó piedras", "la concesión fue otorgada")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in nouns for c in verb.children)


def _conjugated(spec: dict | None):
    """Any form of the verbs of a lexicon class: its stems with the endings of their conjugation (none: the rule is off)."""
    return re.compile(rf"(?:{'|'.join(spec['stems'])})(?:{'|'.join(spec['endings'])})") if spec else None


def _up_the_phrase(noun) -> list:
    """A noun and the nouns whose phrase it ends ("la ruta 613, en Sabalito": up `nmod` and `appos`), and the phrase
    told just before it beside the same head ("restablecieron el paso en la ruta 613, en Sabalito": two obliques)."""
    found = [noun]
    while found[-1].dep_ in ("nmod", "appos") and found[-1].head.i != found[-1].i:
        found.append(found[-1].head)
    if noun.dep_ in ("obl", "nmod") and noun.head.i != noun.i:
        before = [c for c in noun.head.children if c.dep_ in ("obl", "nmod") and c.i < noun.i]
        found += before[-1:]
    return found
