"""Lines of command, parts of state bodies, bases and (through loaders/security_agreements.py) security agreements
between forces and companies."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, alternatives, key
from loaders.model import FORCES, Context, Mention
from loaders.relation_rules import ORG, PERSON, PLACE, RuleSet
from loaders.kind_subjects import KindSubjects
from loaders.national_force import OwnForce
from loaders.security_agreements import SecurityAgreements
from loaders.resolve import gazetteer_entity

STATE = ("GovernmentBody", "PoliceUnit", "MilitaryUnit")
CIVIL = ("CivilSocietyOrganization", "Community")
# "<unit> (<its other name>) of the <body>"; "<body>'s <unit>".
# ... a plural's bare apostrophe too ("the Carabineros' Coquimbo Regional Command").
POSSESSIVE_GAP = re.compile(r"(?:[’']s|(?<=s)[’'])\s+")
# "the Ontario Provincial Police (OPP), whose Northwest Region": a force's unit named after its "whose".
WHOSE_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s+whose\s+")
# Between a unit and a command phrase said of it: an aside, a relative pronoun, a few words of its verb
# ("the DINOES unit, which was under the command of", "police are attached to").
# A place may stand in it with its comma ("agents of the X agency in Urique, under the command of").
# A subject pronoun in the gap starts a clause of its own: "According to the Ministry, they are under
# the command of Y" says it of "they", not of the Ministry.
COMMAND_GAP = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:(?:who|which|that|que|quien)\s+)?"
                         r"(?:(?!(?:they|he|she|we|ellos|ellas)\b)[\w\u00C0-\u017F-]+,?\s+){0,4}", re.I)
# A relative clause between commas right after a subject, up to its verb ("The brigade, which guards ..., reports to").
ASIDE = re.compile(r"\s*,\s*(?:which|who)\s[^,;()]+,\s*", re.I)
# "reports to the Chihuahua State Attorney General's Office": a place and a word or two before the body's name.
# "the state Secretariat", "the regional Directorate": a lower-case word before a body's capitalised name.
LOWER_QUALIFIER = re.compile(r"\s*(?:the\s+)?(?-i:[a-z])[\w-]*\s+(?=(?-i:[A-Z]))", re.I)
PLACE_BEFORE_BODY = re.compile(r"\s+(?:[\w\u00C0-\u017F-]+\s+){0,2}")
# Where a body's own name may end on the body it belongs to: "Oficina de Diálogo del Mininter".
OF_INSIDE = re.compile(r"\s(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?(?=\S)")


class Command(SecurityAgreements, KindSubjects, RuleSet):
    """Who answers to whom, which unit is part of which body, where forces are based and whom they guard."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        self.command = [(basis, alternatives(p)) for basis, p in r["command"].items()]
        # A language whose rules list no part-of phrases reads none.
        self.part_of = alternatives(r["part_of"]) if r.get("part_of") else None
        # "the court's Eighth Review Chamber", "the ministry's Zonal Office": a body named by its kind word.
        nouns = "|".join(map(re.escape, r.get("body_nouns") or [])) or "(?!)"
        self.body_possessive = re.compile(rf"\b(?:the|its)\s+(?P<noun>{nouns})[’']s\s+", re.I)
        # "The directorate answers to his ministry": a kind word after a command phrase, a body named before.
        own = self.g.get("anaphora_possessives")
        self.body_kind_at = re.compile(rf"\s*(?:the\s+|{own.pattern}\s+)(?P<noun>{nouns})\b(?!\s+of\b)", re.I) if own else None
        self.based = alternatives(r["based"])
        self.property = [re.compile(p) for p in r["property"]]
        self.force_words = re.compile(r["force_words"], re.I)
        self.answers_to = re.compile(r["answers_to"], re.I)
        self.and_then_to = re.compile(r["and_then_to"], re.I)
        # "commanded by Inspector X and reports to Z": the agent of a passive before "answers to" (a language
        # without `passive_agent_before` reads every one as the subordinate).
        self.rank_by = re.compile(r.get("passive_agent_before", "(?!)"))
        # "the Joint Command (its other name), under the Ministry of Defence": a state body under another.
        self.under = re.compile(r.get("state_under", "(?!)"), re.I)
        sec = r["security"]
        self.agreement = alternatives(sec["agreements"])
        self.guard = alternatives(sec["guard"])
        self.lodged = alternatives(sec["lodged"])
        self.with_party = re.compile(sec["with"], re.I)
        # "agentes de la UMO de la PNC, al mando del subcomisionado X": X, who commands the unit, is an officer of
        # it, and the unit (not the force it is of) is what X commands (a language without the key reads neither).
        self.officer = bool(r.get("commander_is_officer"))
        self.unit_aside = re.compile(r.get("unit_aside") or "(?!)", re.I)
        self.kind_determiners = set((r.get("head_clauses") or {}).get("kind_determiners") or [])
        self.under_words = set((r.get("head_clauses") or {}).get("under") or [])
        self.copulas = set((r.get("clause_words") or {}).get("copulas") or [])
        self.level_unit = re.compile(r.get("level_police_unit") or "(?!)")
        self.own_force = OwnForce(lex)

    def __call__(self, ctx: Context) -> None:
        for rule in (self.parts, self.parts_of_named_kind, self.parts_said, self.commands, self.under_copula, self.bases,
                     self.security, self.level_units):
            rule(ctx)

    def parts(self, ctx: Context) -> None:
        """"the Apurímac police region (Región Policial Apurímac) of the PNP", "the Vice-Ministry
        of X (VGT) of the PCM", "MINEM's Oficina General de Gestión Social": a state body or unit
        named as of (or belonging to) another is part of it."""
        text = ctx.report.text
        state = set(STATE)
        # A body typing left without a subclass may be the unit of a force ("la Unidad de Servicios Especiales
        # (USE) de la PNP"): a unit of a police or military force is one of its units.
        orgs = [m for m in ctx.mentions if m.entity and ctx.cls_of(m) == "Organization"
                and ctx.entities[m.entity].subclass in state | {None} and m.source != "anaphora"]
        for i, inner in enumerate(orgs):
            for outer in orgs[i + 1:i + 3]:
                if outer.sent != inner.sent or outer.entity == inner.entity:
                    continue
                force = ctx.entities[outer.entity].subclass in FORCES
                possessive = POSSESSIVE_GAP.fullmatch(text, inner.end, outer.start) or \
                    ctx.entities[inner.entity].subclass in FORCES and WHOSE_GAP.fullmatch(text, inner.end, outer.start)
                if possessive and ctx.entities[outer.entity].subclass is not None:
                    # "The Senate's Committee on Mining": a state body's unit names the body it belongs to, typed or not.
                    self._fact(ctx, "PART_OF", outer.entity, inner.entity, inner.sent, "part_of.possessive", 0.65)
                    continue
                if ctx.entities[inner.entity].subclass is None and not force or ctx.entities[outer.entity].subclass is None:
                    continue
                if self.g.part_of_gap.fullmatch(text, inner.end, outer.start):
                    if ctx.entities[inner.entity].subclass is None:
                        ctx.entities[inner.entity].subclass = ctx.entities[outer.entity].subclass
                    self._fact(ctx, "PART_OF", inner.entity, outer.entity, inner.sent, "part_of.of", 0.65)
        for m in (x for x in orgs if ctx.entities[x.entity].subclass is not None):
            # "la Oficina de Diálogo del Mininter": a name that ends on a known state body is part of it.
            for of in OF_INSIDE.finditer(m.text):
                known = self.lex.entry(self.lex.by_key.get(key(m.text[of.end():])))
                if known is not None and known.subclass in state and known.country in (None, ctx.country):
                    where = Mention(m.start + of.end(), m.end, m.text[of.end():], "gazetteer", sent=m.sent)
                    outer = gazetteer_entity(ctx, self.lex, known.name, where).id
                    if outer != m.entity:
                        self._fact(ctx, "PART_OF", m.entity, outer, m.sent, "part_of.inside", 0.6)
                    break

    def level_units(self, ctx: Context) -> None:
        """"the Tarkwa Divisional Police Command", "the Wassa East District Police Command": a police unit named by its
        level and place, placed in no line yet, is part of the one national force the report names."""
        force = self.own_force(ctx)
        if force is None:
            return
        placed = {f.start for f in ctx.facts if f.type in ("PART_OF", "SUBORDINATE_TO")}
        for e in list(ctx.entities.values()):
            if e.subclass == "PoliceUnit" and e.mentions and e.id != force and e.id not in placed and self.level_unit.search(e.name):
                first = min(e.mentions, key=lambda m: m.start)
                self._fact(ctx, "PART_OF", e.id, force, first.sent, "part_of.level_unit", 0.6)

    def parts_of_named_kind(self, ctx: Context) -> None:
        """"The Constitutional Court ruled ... . A member of the court's Eighth Chamber": the unit after a
        kind word's possessive is part of the last state body before whose name has that word."""
        for m, sent in self._phrases(ctx, self.body_possessive):
            unit = ctx.mention_at(m.end(), ORG)
            if unit is None or ctx.entities[unit.entity].subclass not in (*STATE, None):
                continue
            body = self._body_of_kind(ctx, m.group("noun"), m.start(), unit.entity)
            if body is not None:
                # "the ministry's Zonal Coordination 6": a unit typing left without a subclass is of the body's kind.
                ctx.entities[unit.entity].subclass = ctx.entities[unit.entity].subclass or ctx.entities[body.entity].subclass
                self._fact(ctx, "PART_OF", unit.entity, body.entity, sent, "part_of.kind_possessive", 0.6)

    @staticmethod
    def _body_of_kind(ctx: Context, noun: str, pos: int, other: str | None = None) -> Mention | None:
        """The last state body named before `pos` whose name has the kind word ("the court": the
        Constitutional Court)."""
        word = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        return next((x for x in reversed(ctx.mentions) if x.entity and x.end <= pos and x.entity != other
                     and ctx.entities[x.entity].subclass in STATE and word.search(ctx.entities[x.entity].name)), None)

    def parts_said(self, ctx: Context) -> None:
        """"the Ministry of X, part of the Government of P", "the agency, which forms part of the
        ministry", "the DIVFE, a unit of the National Police": a body the phrase is said of is part of the
        state body named after it (between companies the same words are ownership)."""
        if self.part_of is None:
            return
        for m, sent in self._phrases(ctx, self.part_of):
            inner = ctx.nearest_before(m.start(), sent, ORG)
            outer = ctx.mention_at(m.end(), ORG)
            owned = POSSESSIVE_GAP.match(ctx.report.text, outer.end) if outer is not None else None
            if owned is not None:
                outer = ctx.mention_at(owned.end(), ORG) or outer     # "part of the Army's Fifth Brigade": the brigade
            if inner is not None and outer is not None and not self._said_of(ctx, inner, m.start(), sent, COMMAND_GAP):
                # "The 509 Brigade, whose commander is Colonel X, is part of the 3rd Division": the copula's subject.
                inner = self._copula_subject(ctx, m.start(), sent)
            if inner is None or outer is None or inner.entity == outer.entity:
                continue
            if ctx.entities[outer.entity].subclass in FORCES and ctx.entities[inner.entity].subclass in ("Company", None):
                # "the Field Force Unit, a unit of the Uganda Police Force": what is a unit of a force is of its kind.
                ctx.entities[inner.entity].subclass = ctx.entities[outer.entity].subclass
            civil = ctx.entities[inner.entity].subclass in CIVIL and ctx.entities[outer.entity].subclass in (*CIVIL, None)
            # "C, the business arm of the First Nation": a community's company is part of the community.
            arm = ctx.entities[inner.entity].subclass == "Company" and ctx.entities[outer.entity].subclass == "Community"
            outer = self._named_in_full(ctx, outer) if arm else outer
            if not arm and (ctx.entities[inner.entity].subclass == "Company" or ctx.entities[outer.entity].subclass not in STATE and not civil):
                continue    # between companies these words are ownership; a civil body is part of another civil one
            self._fact(ctx, "PART_OF", inner.entity, outer.entity, sent, "part_of.said", 0.7)

    @staticmethod
    def _copula_subject(ctx: Context, pos: int, sent: int) -> Mention | None:
        """The body the parse makes the subject of the clause whose predicate starts at `pos` ("The brigade, whose
        commander is X, is part of": "part", the attribute of "is", whose subject is the brigade), named before it."""
        tok = next((t for t in ctx.sents[sent] if t.idx >= pos), None)
        if tok is None:
            return None
        verb = tok.head if tok.dep_ in ("attr", "acomp") else tok
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return next((x for x in ctx.in_sentence(sent, ORG) if x.start <= subj.idx < x.end and x.end <= pos), None) \
            if subj is not None else None

    @staticmethod
    def _subject_of(ctx: Context, pos: int, sent: int) -> Mention | None:
        """The body the parse makes the subject of the verb at `pos` ("The Service (X), an agency under the
        Ministry, set up a post": the Service, not the Ministry named last)."""
        tok = next((t for t in ctx.sents[sent] if t.idx >= pos), None)
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok is not None else None
        return next((x for x in ctx.in_sentence(sent, ORG) if x.start <= subj.idx < x.end), None) if subj is not None else None

    @staticmethod
    def _transitive(ctx: Context, pos: int, sent: int) -> bool:
        """Whether the verb at `pos` has a direct object: one answers or reports to a superior with none (an
        object with a preposition of its own is the superior: "depende de la Comisión")."""
        tok = next((t for t in ctx.sents[sent] if t.idx >= pos), None)
        return tok is not None and any(c.dep_ in ("dobj", "obj") and not any(g.dep_ == "case" for g in c.children)
                                       for c in tok.children)

    def _past_aside(self, ctx: Context, subordinate: Mention | None, pos: int, sent: int) -> Mention | None:
        """"The brigade, which guards the concession under an agreement with the company, reports to Z": the body
        named in a relative clause between commas is not who reports; the verb's subject before it is."""
        subject = self._subject_of(ctx, pos, sent)
        if subject is None and subordinate is not None:
            kind = self._kind_subject(ctx, pos, sent)
            return kind if kind is not None and kind.start < subordinate.start else subordinate
        if subordinate is None or subject is None or subject.start >= subordinate.start \
                or not ASIDE.fullmatch(ctx.report.text, subject.end, pos):
            return subordinate
        return subject

    def _not_agent(self, ctx: Context, subordinate: Mention | None, pos: int, sent: int) -> Mention | None:
        """"The squad is commanded by X and reports to Z": the passive's subject reports, not its agent X."""
        text = ctx.report.text
        if subordinate is not None and re.fullmatch(r"\s+and\s+", text[subordinate.end:pos]) \
                and self.rank_by.search(text, max(0, subordinate.start - 40), subordinate.start):
            return self._passive_subject(ctx, pos, sent)
        return subordinate

    @staticmethod
    def _passive_subject(ctx: Context, pos: int, sent: int) -> Mention | None:
        """The mention of the subject of the passive verb that the verb at `pos` is coordinated with."""
        tok = next((t for t in ctx.sents[sent] if t.idx >= pos), None)
        head = tok.head if tok is not None and tok.dep_ == "conj" else None
        subj = next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None) if head is not None else None
        if subj is None:
            return None
        lo, hi = subj.left_edge.idx, subj.idx + len(subj.text)
        return next((x for x in ctx.in_sentence(sent, ORG + PERSON) if lo <= x.start and x.end <= hi), None)

    def commands(self, ctx: Context) -> None:
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.answers_to):
            if self._transitive(ctx, m.start(), sent):
                continue    # "the spill, which the company reported to the Ministry": told, not a line of command
            subordinate = self._past_aside(ctx, ctx.nearest_before(m.start(), sent, ORG + PERSON), m.start(), sent)
            said = self.force_words.search(text, ctx.sents[sent].start_char, m.start())
            relative = subordinate is not None and re.fullmatch(r"\s*,?\s*(?:who|which)\s+(?:\w+\s+)?", text[subordinate.end:m.start()])
            if said and not relative and (subordinate is None or said.start() < subordinate.start):
                # "The officers who detained X answered to": the force, not X.
                subordinate = self._last_force(ctx, m.start(), sent)
            subordinate = self._not_agent(ctx, subordinate, m.start(), sent)
            superior = self._superior_at(ctx, m.end())
            while subordinate is not None and superior is not None:
                self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent,
                           "command.answers_to", 0.7, basis="operational")
                more = self.and_then_to.match(text, superior.end)
                superior = ctx.mention_at(more.end(), ORG + PERSON) if more else None
        for basis, pattern in self.command:
            for m, sent in self._phrases(ctx, pattern):
                superior = self._superior_at(ctx, m.end())
                nearest = self._past_aside(ctx, ctx.nearest_before(m.start(), sent, ORG + PERSON), m.start(), sent)
                subordinate = self._not_agent(ctx, nearest, m.start(), sent)
                if subordinate is None or not self._said_of(ctx, subordinate, m.start(), sent, COMMAND_GAP):
                    # "X said officers were under the orders of Y", "They are under the command of Y": the
                    # force the clause is about, not X.
                    force = self.force_words.search(text, ctx.sents[sent].start_char, m.start())
                    subordinate = self._last_force(ctx, m.start(), sent) if force else None
                if superior and subordinate and self.officer:
                    subordinate = self._unit_of_force(ctx, subordinate)
                if superior and subordinate:
                    self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent,
                               f"command.{basis}", 0.75, basis=basis)
                if superior and subordinate and self.officer and basis == "operational" and ctx.cls_of(superior) == "Person" \
                        and ctx.entities[subordinate.entity].subclass in FORCES:
                    rank = re.sub(r"^(?:el|la)\s+", "", text[m.end():superior.start].strip(), flags=re.I)
                    self._fact(ctx, "HOLDS_POSITION", superior.entity, subordinate.entity, sent, "command.officer", 0.7,
                               title=rank or None)
        for unit in ctx.mentions:
            if not unit.entity or ctx.entities[unit.entity].subclass not in STATE:
                continue
            under = self.under.match(text, unit.end)
            superior = ctx.mention_at(under.end(), ORG) if under else None
            if superior is not None and superior.entity != unit.entity and ctx.entities[superior.entity].subclass in STATE:
                self._fact(ctx, "SUBORDINATE_TO", unit.entity, superior.entity, unit.sent, "command.under", 0.7,
                           basis="statutory")
        # "reports to" is read by both rules: one fact per sentence and pair.
        seen: set[tuple] = set()
        ctx.facts = [f for f in ctx.facts if f.type != "SUBORDINATE_TO"
                     or not ((f.start, f.end, f.evidence) in seen or seen.add((f.start, f.end, f.evidence)))]

    def bases(self, ctx: Context) -> None:
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.based):
            org = self._subject_of(ctx, m.start(), sent) or ctx.nearest_before(m.start(), sent, ORG)
            if org is not None and POSSESSIVE_GAP.match(text, org.end):
                continue    # "the Military Police's 23rd Battalion, based in P": its unit is based there
            if org is None and self.force_words.search(text, ctx.sents[sent].start_char, m.start()):
                org = self._last_force(ctx, m.start(), sent)
            end = ctx.sents[sent].end_char
            place = next((p for p in ctx.in_sentence(sent, PLACE) if m.end() <= p.start < end), None)
            if not org or not place:
                continue
            self._fact(ctx, "BASED_AT", org.entity, place.entity, sent, "based_at", 0.8,
                       on_property_of=self._owner(ctx, text[m.end():place.start], place, sent))

    def _superior_at(self, ctx: Context, pos: int) -> Mention | None:
        """The person or body a command phrase names: the holder of a title after a place, else the body
        past a lower-case qualifier or a place that only qualifies its name ("the Chihuahua State Attorney
        General's Office")."""
        found = self._apposed_holder(ctx, pos) or ctx.actor_at(pos, ORG + PERSON) or self._titled_after_place(ctx, pos)
        qualified = LOWER_QUALIFIER.match(ctx.report.text, pos) if found is None else None
        if qualified:
            found = ctx.mention_at(qualified.end(), ORG + PERSON)     # "answer to the state Secretariat of X"
        place = ctx.mention_at(pos, PLACE) if found is None else None
        gap = PLACE_BEFORE_BODY.match(ctx.report.text, place.end) if place is not None else None
        if gap is not None:     # a place at the clause's end ("depends on Atacama.") names no body after it
            found = next((x for x in ctx.in_sentence(place.sent, ORG) if place.end <= x.start <= gap.end()), None)
        kind = self.body_kind_at.match(ctx.report.text, pos) if found is None and self.body_kind_at else None
        found = self._state_body_named(ctx, kind.group("noun"), pos) if kind else found
        # "answers to the National Police's Chontales delegation", "reports to the Army's Third Division": the unit
        # past the possessive of the body it belongs to.
        owned = POSSESSIVE_GAP.match(ctx.report.text, found.end) if found is not None else None
        unit = ctx.mention_at(owned.end(), ORG) if owned else None
        return unit if unit is not None and ctx.entities[unit.entity].subclass in STATE else found

    @staticmethod
    def _state_body_named(ctx: Context, noun: str, pos: int) -> Mention | None:
        """"answers to his ministry", "reports to the secretariat": the state body named last before `pos` (a title's
        mention too: "the Minister of X" names the ministry) whose name has the kind word."""
        word = re.compile(rf"\b{re.escape(noun)}\b", re.I)
        named = [m for e in ctx.entities.values() if e.subclass in STATE and word.search(e.name)
                 for m in e.mentions if m.end <= pos and m.entity]
        return max(named, key=lambda m: m.end, default=None)

    @staticmethod
    def _apposed_holder(ctx: Context, pos: int) -> Mention | None:
        """"answers to the police chief, Commissioner General X": the holder named after the title, not the
        police its words point back to."""
        skip = ctx.grammar.skip_before_name.match(ctx.report.text, pos)
        start = skip.end() if skip else pos
        role = next((r for r in ctx.roles if r.start == start and r.holder is not None and r.holder.entity
                     and r.holder.start >= r.end and ctx.cls_of(r.holder) == "Person"), None)
        return role.holder if role else None

    @staticmethod
    def _titled_after_place(ctx: Context, pos: int) -> Mention | None:
        """"under the command of the Arequipa regional police chief, General X": the holder of a title
        whose place stands before it."""
        place = ctx.mention_at(pos, PLACE)
        role = next((r for r in ctx.roles if place is not None and place.end <= r.start <= place.end + 2), None)
        holder = role.holder if role is not None else None
        return holder if holder is not None and holder.entity and ctx.cls_of(holder) == "Person" else None

    def _unit_of_force(self, ctx: Context, force: Mention) -> Mention:
        """"la Unidad de Mantenimiento del Orden (UMO) de la Policía Nacional Civil": the unit the force's name
        qualifies, right before it, or in an aside that says it is a part of it."""
        unit = next((x for x in reversed(ctx.in_sentence(force.sent, ORG)) if x.end <= force.start
                     and not ctx.in_parentheses(x.start)), None)
        if unit is not None and unit.entity != force.entity and ctx.entities[unit.entity].subclass in FORCES \
                and (ctx.grammar.part_of_gap.fullmatch(ctx.report.text, unit.end, force.start)
                     or self.unit_aside.fullmatch(ctx.report.text, unit.end, force.start)):
            return unit
        return force

    @staticmethod
    def _last_force(ctx: Context, pos: int, sent: int) -> Mention | None:
        """"They are housed at ...": the police or military unit named last, here or in the two
        sentences before."""
        found = None
        for m in ctx.mentions:
            if m.start >= pos:
                break
            if m.entity and sent - 2 <= m.sent <= sent and ctx.entities[m.entity].subclass in ("PoliceUnit", "MilitaryUnit"):
                found = m
        return found

    def _owner(self, ctx: Context, between: str, place: Mention, sent: int) -> str | None:
        for pattern in self.property:
            found = pattern.search(between)
            if not found:
                continue
            if found.groupdict().get("owner"):
                return found.group("owner")
            company = self._operator_of(ctx, place.entity)
            return ctx.entities[company].name if company else None
        return None

    def _operator_of(self, ctx: Context, place_id: str) -> str | None:
        for f in ctx.facts:
            if f.type in ("OPERATES", "OWNS") and f.end == place_id:
                return f.start
        companies = [e.id for e in ctx.entities.values() if e.subclass == "Company"]
        return companies[0] if len(companies) == 1 else None

