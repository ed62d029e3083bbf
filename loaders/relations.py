"""Relations between entities: positions and heads, lines of command, bases, who operates a mine.

Each rule reads a phrase of loaders/data/relations.yaml or a title of roles.yaml and the
mentions on either side of it, so the sentence it read is the fact's evidence.
"""
from __future__ import annotations

import re


from graph import ontology

from loaders.lexicon import Lexicon, alternatives, grammar, key, rules
from loaders.model import Context, Fact, Mention
from loaders.resolve import gazetteer_entity

ORG, PERSON, PLACE = ("Organization",), ("Person",), ("Place",)
GAP = re.compile(r"^\s*(?:\([^)]*\))?[\s'‘’\"“”,]*$")
# Where a list of members ends: a full stop, a semicolon, or a comma before a lower-case word that
# does not continue the list (", met in Lima").
LIST_END = re.compile(r"[.;]|,\s+(?!(?:and|or|the|a|an|as|its|his|her)\b)(?-i:[a-z])")
# "<body>'s <unit>" ("<unit> (<its other name>) of the <body>" is grammar.yaml's part_of_gap).
POSSESSIVE_GAP = re.compile(r"[’']s\s+")
AREA_RANK = {"country": 0, "region": 1, "department": 1, "province": 2, "district": 3}
# "owned by a consortium made up of": the owners are the members listed next.
CONSORTIUM = re.compile(r"\s*(?:a|the)\s+(?:consortium|joint\s+venture|group\s+of\s+companies)\s+"
                        r"(?:made\s+up\s+of|formed\s+by|composed\s+of|of|comprising)\s+", re.I)


class RelationExtractor:
    name = "relations"

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.onto = ontology.load()
        r = rules("relations.yaml", lex.language)
        self.heads_org_first = alternatives(r["heads"]["org_then_person"])
        self.heads_person_first = alternatives(r["heads"]["person_then_org"])
        self.command = [(basis, alternatives(p)) for basis, p in r["command"].items()]
        self.based = alternatives(r["based"])
        self.property = [re.compile(p) for p in r["property"]]
        g = grammar(lex.language)
        self.located = g.located
        self.title_of = g.title_of
        self.subsidiary = g.subsidiary
        self.g = g
        self.list_gap = re.compile(r"^(?:,|,?\s+and)\s+(?:the\s+)?$")
        self.ownership = [(kind, order, alternatives(p)) for kind in ("operates", "owns")
                          for order, p in r[kind].items()]
        self.owned_apposition = [re.compile(p, re.I) for p in r["owned_apposition"]]
        self.government_after = re.compile(r["government_of"]["person_after"], re.I)
        self.government_before = re.compile(r["government_of"]["person_before"], re.I)
        self.made_up_of = alternatives(r["made_up_of"])
        self.force_words = re.compile(r["force_words"], re.I)
        self.answers_to = re.compile(r["answers_to"], re.I)
        self.and_then_to = re.compile(r["and_then_to"], re.I)
        sec = r["security"]
        self.agreement = alternatives(sec["agreements"])
        self.guard = alternatives(sec["guard"])
        self.lodged = alternatives(sec["lodged"])
        self.with_party = re.compile(sec["with"], re.I)

    def __call__(self, ctx: Context) -> Context:
        # Operators first: a base "on company property" names the company that operates the place.
        for rule in (self.operators, self.positions, self.heads, self.governments, self.members, self.parts, self.commands,
                     self.bases, self.security,
                     self.locations):
            rule(ctx)
        return ctx

    def _fact(self, ctx: Context, kind: str, start: str, end: str, sent: int, rule: str,
              confidence: float, **props) -> None:
        spec = self.onto.relationships.get(kind)
        fits = spec is None or (self._labels(ctx, start) & set(spec.sources) and self._labels(ctx, end) & set(spec.targets))
        if start != end and fits:
            ctx.facts.append(Fact(kind, start, end, ctx.sentence(sent), rule, confidence,
                                  {k: v for k, v in props.items() if v is not None}))

    @staticmethod
    def _labels(ctx: Context, ident: str) -> set[str]:
        e = ctx.entities.get(ident)
        return {e.cls, e.subclass} - {None} if e else set()

    def _phrases(self, ctx: Context, pattern: re.Pattern):
        for m in pattern.finditer(ctx.report.text):
            yield m, ctx.sent_of(m.start())

    # --- positions: titles in apposition or before a name, or an office named alone ---

    def positions(self, ctx: Context) -> None:
        for role in ctx.roles:
            holder = role.holder
            person = ctx.entity_of(holder)
            if person is None or person.cls != "Person":
                continue
            # The whole title first: "president of the community" is not the country's president.
            spec = self.lex.title_spec(role.title) or self.lex.title_spec(role.title.split(" of ")[0]) or {}
            target = self._position_target(ctx, role, spec)
            if target is None:
                continue
            until = ctx.report.published if role.former else None
            self._fact(ctx, "HOLDS_POSITION", person.id, target, role.sent, "position.title", 0.85,
                       title=role.title, until=until)
            if spec.get("heads") and not role.former and (role.body or not spec.get("national")) \
                    and ctx.entities[target].cls == "Organization":
                self._fact(ctx, "HEADS", person.id, target, role.sent, "position.heads", 0.7)

    def _position_target(self, ctx: Context, role: Mention, spec: dict) -> str | None:
        if role.body and role.body in self.lex.entries:
            return gazetteer_entity(ctx, self.lex, role.body, role).id
        of = self.title_of.match(ctx.report.text[role.end:])
        after = ctx.mention_at(role.end + of.end(), ORG + PLACE) if of else None
        if spec.get("police") and after is not None and ctx.cls_of(after) == "Place":
            after = None        # "the police chief of Cusco", "el comisario de Lircay": the police, not the town
        if after is not None and (ctx.cls_of(after) == "Organization" or not spec.get("national")
                                  or ctx.entities[after.entity].level == "country"):
            return after.entity
        owner = self._title_owner(ctx, role)
        if owner is not None:
            return owner.entity
        if spec.get("refers_to"):
            # "president of the community": the body of that kind named last, here or just before.
            named = [m for m in ctx.mentions if m.entity and m.end <= role.start and role.sent - 2 <= m.sent <= role.sent
                     and ctx.entities[m.entity].subclass == spec["refers_to"]]
            return named[-1].entity if named else None
        if of and not re.match(r"(?:the\s+)?(?:Republic|Nation|State|country)\b", ctx.report.text[role.end + of.end():], re.I):
            return None     # "the president of <a body not recognised>": not the country's president
        if spec.get("police"):
            police = next((e.name for e in self.lex.entries.values() if e.subclass == "PoliceUnit"
                           and e.country == ctx.country and "police" in e.generic), None)
            if police:
                return gazetteer_entity(ctx, self.lex, police, role).id
        country = role.country or ctx.country
        if spec.get("national") and country:
            government = self.lex.governments.get(country)
            mentioned = {e.entry: e.id for e in ctx.entities.values() if e.entry}
            if government in mentioned:
                return mentioned[government]
            if role.country and self.lex.countries.get(country) in mentioned:
                return mentioned[self.lex.countries[country]]
            if government:
                return gazetteer_entity(ctx, self.lex, government, role).id
        return None

    @staticmethod
    def _title_owner(ctx: Context, role: Mention) -> Mention | None:
        """The body or place a title belongs to when named before it: "Arequipa's regional
        governor", "the municipality, whose mayor", "CNDDHH executive secretary"."""
        text = ctx.report.text
        lo = max(0, role.start - 40)      # a window: linear in a long report
        g = ctx.grammar
        head = g.title_article.search(text, lo, role.start)
        pos = head.start() if head else role.start
        for pattern, classes in ((r"[’']s\s+$", ORG + PLACE), (g.title_whose.pattern, ORG), (r"(?<=\S)[ \t]+$", ORG)):
            m = re.search(pattern, text[max(0, pos - 12):pos])
            if not m:
                continue
            end = max(0, pos - 12) + m.start()
            found = next((x for x in ctx.mentions if x.end == end and x.entity and ctx.cls_of(x) in classes), None)
            if found is not None and ctx.entities[found.entity].level != "country":
                return found
        return None

    # --- heads, command, bases ---

    def heads(self, ctx: Context) -> None:
        for m, sent in self._phrases(ctx, self.heads_org_first):
            org = ctx.nearest_before(m.start(), sent, ORG)
            person = ctx.mention_at(m.end(), PERSON)
            if org and person and GAP.match(ctx.report.text[org.end:m.start()]):
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.led_by", 0.8)
        for m, sent in self._phrases(ctx, self.heads_person_first):
            org = ctx.mention_at(m.end(), ORG)
            person = ctx.nearest_before(m.start(), sent, PERSON)
            if org and person:
                self._fact(ctx, "HEADS", person.entity, org.entity, sent, "heads.to_head", 0.75)

    def governments(self, ctx: Context) -> None:
        """"the government of (President) X", "X's government", "the X administration": X heads
        the government of the report's country."""
        government = self.lex.governments.get(ctx.country or "")
        if government is None:
            return
        text = ctx.report.text
        found: list[tuple[Mention, int, Mention]] = []
        for m, sent in self._phrases(ctx, self.government_after):
            person = ctx.mention_at(m.end(), PERSON)
            if person is not None:
                found.append((person, sent, Mention(m.start(), m.end(), m.group(0), "title", sent=sent)))
        for person in ctx.mentions:
            if not person.entity or ctx.cls_of(person) != "Person":
                continue
            m = self.government_before.match(text[person.end:person.end + 30])
            if m:
                s, e = person.end + m.start(), person.end + m.end()
                found.append((person, person.sent, Mention(s, e, text[s:e], "title", sent=person.sent)))
        for person, sent, where in found:
            target = gazetteer_entity(ctx, self.lex, government, where).id
            self._fact(ctx, "HEADS", person.entity, target, sent, "heads.government_of", 0.7)

    def members(self, ctx: Context) -> None:
        """"a committee ... made up of the Minister of A, Mr X, and the Minister of B, Mr Y": the
        persons of the phrase (or the bodies, when it names no person) are members of the body
        the phrase hangs from."""
        doc = ctx.doc
        for m, sent in self._phrases(ctx, self.made_up_of):
            first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if first is None:
                continue
            head = first[0]
            while not head.tag_.startswith("NN") and head.head.i != head.i:
                head = head.head
            if not head.tag_.startswith("NN"):
                # "a committee ... and made up of": parsed as the clause's verb, whose subject is the body.
                head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), head)
            body = next((x for x in ctx.in_sentence(sent, ORG) if x.start <= head.idx < x.end), None)
            if body is None:
                continue
            s = m.end()
            stop = LIST_END.search(ctx.report.text, s, ctx.sents[sent].end_char)
            e = stop.start() if stop else ctx.sents[sent].end_char
            inside = [x for x in ctx.in_sentence(sent, PERSON + ORG) if s <= x.start < e and x.entity != body.entity]
            persons = [x for x in inside if ctx.cls_of(x) == "Person"]
            for x in persons or inside:
                self._fact(ctx, "MEMBER_OF", x.entity, body.entity, sent, "member_of.made_up_of", 0.7)

    def parts(self, ctx: Context) -> None:
        """"the Apurímac police region (Región Policial Apurímac) of the PNP", "the Vice-Ministry
        of X (VGT) of the PCM", "MINEM's Oficina General de Gestión Social": a state body or unit
        named as of (or belonging to) another is part of it."""
        text = ctx.report.text
        state = {"GovernmentBody", "PoliceUnit", "MilitaryUnit"}
        orgs = [m for m in ctx.mentions if m.entity and ctx.cls_of(m) == "Organization"
                and ctx.entities[m.entity].subclass in state and m.source != "anaphora"]
        for i, inner in enumerate(orgs):
            for outer in orgs[i + 1:i + 3]:
                if outer.sent != inner.sent or outer.entity == inner.entity:
                    continue
                if self.g.part_of_gap.fullmatch(text, inner.end, outer.start):
                    self._fact(ctx, "PART_OF", inner.entity, outer.entity, inner.sent, "part_of.of", 0.65)
                elif POSSESSIVE_GAP.fullmatch(text, inner.end, outer.start):
                    self._fact(ctx, "PART_OF", outer.entity, inner.entity, inner.sent, "part_of.possessive", 0.65)

    def commands(self, ctx: Context) -> None:
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.answers_to):
            subordinate = ctx.nearest_before(m.start(), sent, ORG + PERSON)
            said = self.force_words.search(text, ctx.sents[sent].start_char, m.start())
            relative = subordinate is not None and re.fullmatch(r"\s*,?\s*(?:who|which)\s+(?:\w+\s+)?", text[subordinate.end:m.start()])
            if said and not relative and (subordinate is None or said.start() < subordinate.start):
                # "The officers who detained X answered to": the force, not X.
                subordinate = self._last_force(ctx, m.start(), sent)
            superior = ctx.actor_at(m.end(), ORG + PERSON)
            while subordinate is not None and superior is not None:
                self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent,
                           "command.answers_to", 0.7, basis="operational")
                more = self.and_then_to.match(text, superior.end)
                superior = ctx.mention_at(more.end(), ORG + PERSON) if more else None
        for basis, pattern in self.command:
            for m, sent in self._phrases(ctx, pattern):
                superior = ctx.mention_at(m.end(), ORG + PERSON)
                subordinate = ctx.nearest_before(m.start(), sent, ORG + PERSON)
                if superior and subordinate:
                    self._fact(ctx, "SUBORDINATE_TO", subordinate.entity, superior.entity, sent,
                               f"command.{basis}", 0.75, basis=basis)
        # "reports to" is read by both rules: one fact per sentence and pair.
        seen: set[tuple] = set()
        ctx.facts = [f for f in ctx.facts if f.type != "SUBORDINATE_TO"
                     or not ((f.start, f.end, f.evidence) in seen or seen.add((f.start, f.end, f.evidence)))]

    def bases(self, ctx: Context) -> None:
        text = ctx.report.text
        for m, sent in self._phrases(ctx, self.based):
            org = ctx.nearest_before(m.start(), sent, ORG)
            if org is None and self.force_words.search(text, ctx.sents[sent].start_char, m.start()):
                org = self._last_force(ctx, m.start(), sent)
            end = ctx.sents[sent].end_char
            place = next((p for p in ctx.in_sentence(sent, PLACE) if m.end() <= p.start < end), None)
            if not org or not place:
                continue
            self._fact(ctx, "BASED_AT", org.entity, place.entity, sent, "based_at", 0.8,
                       on_property_of=self._owner(ctx, text[m.end():place.start], place, sent))

    def security(self, ctx: Context) -> None:
        """"Under a convenio with X, police guard the mine and live on company property": the
        force provides security to the company by that agreement, and is based on its property."""
        text = ctx.report.text
        done: set[int] = set()
        for m, sent in self._phrases(ctx, self.agreement):
            if sent in done:
                continue
            span = ctx.sents[sent]
            guard = self.guard.search(text, span.start_char, span.end_char)
            lodged = self.lodged.search(text, span.start_char, span.end_char)
            if not guard and not lodged:
                continue
            here = ctx.in_sentence(sent, ORG)
            unit = next((x for x in here if ctx.entities[x.entity].subclass in ("PoliceUnit", "MilitaryUnit")), None)
            company = self._party(ctx, m, sent, here)
            if unit is None or company is None:
                continue
            done.add(sent)
            word = "convenio" if re.search(r"\bconvenios?\b", span.text, re.I) else m.group(0).lower()
            self._fact(ctx, "PROVIDES_SECURITY_TO", unit.entity, company, sent, "security.agreement", 0.75,
                       agreement=word)
            if not lodged:
                continue
            place = self._guarded_place(ctx, company, sent, [c for c in (lodged, guard) if c])
            if place is None:
                continue
            ctx.facts = [f for f in ctx.facts if not (f.type == "BASED_AT" and f.start == unit.entity
                                                      and f.evidence == ctx.sentence(sent))]
            self._fact(ctx, "BASED_AT", unit.entity, place, sent, "based_at.agreement", 0.75,
                       on_property_of=ctx.entities[company].name)

    def _party(self, ctx: Context, agreement: re.Match, sent: int, here: list[Mention]) -> str | None:
        """The company of an agreement: named after "with"/"between", else the first company of
        the sentence, else the one "the company" points back to."""
        def company(x: Mention | None) -> bool:
            return x is not None and ctx.entities[x.entity].subclass == "Company"
        found = self.with_party.match(ctx.report.text, agreement.end())
        party = ctx.mention_at(found.end(), ORG) if found else None
        if company(party) and party.source != "anaphora":
            return party.entity
        named = [x for x in here if company(x)]
        named.sort(key=lambda x: x.source == "anaphora")
        return named[0].entity if named else None

    def _guarded_place(self, ctx: Context, company: str, sent: int, cues: list[re.Match]) -> str | None:
        """Where a force lodged by a company is: the place the company runs, else the place
        named after "live on"/"guard" ("guard the mine")."""
        for f in ctx.facts:
            if f.type in ("OPERATES", "OWNS") and f.start == company and ctx.entities[f.end].cls == "Place":
                return f.end
        places = ctx.in_sentence(sent, PLACE)
        for cue in cues:
            found = next((p for p in places if p.start >= cue.end()), None)
            if found is not None:
                return found.entity
        return None

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

    # --- who operates or owns a mine ---

    def operators(self, ctx: Context) -> None:
        text = ctx.report.text
        for kind, order, pattern in self.ownership:
            for m, sent in self._phrases(ctx, pattern):
                # Companies own companies too ("Minera Yanacocha, owned by Newmont").
                owned = PLACE + ORG if kind == "owns" else PLACE
                if self.subsidiary.search(m.group(0)):
                    owned = ORG     # "X, operator of the Y mine and a subsidiary of Z": X is the subsidiary
                first = ctx.nearest_before(m.start(), sent, owned if order == "place_then_company" else ORG)
                second = ctx.mention_at(m.end(), ORG if order == "place_then_company" else owned)
                company, place = (second, first) if order == "place_then_company" else (first, second)
                if owned == ORG and place is not None and re.search(r"\b(?:which|who)\b|%", text[place.end:m.start()]):
                    place = None    # "MMG, which holds 62.5%, a unit of Guoxin (22.5%)": another item of a list
                consortium = CONSORTIUM.match(text, m.end()) if kind == "owns" and order == "place_then_company" else None
                if consortium:
                    # "The Quilla mine in Peru is owned by": the mine, not the country.
                    first = next((x for x in reversed(ctx.in_sentence(sent, PLACE + ORG)) if x.end <= m.start()
                                  and ctx.entities[x.entity].subclass in ("Mine", "Port", "Road", "Facility", "Company")), None)
                if consortium and first is not None:
                    # "owned by a consortium made up of A, B and C": each one owns it.
                    for other in ctx.chain_at(consortium.end(), ORG):
                        if self._fits(ctx, other, first, kind):
                            self._fact(ctx, "OWNS", other.entity, first.entity, sent, "owns.consortium", 0.7)
                    for other in ctx.in_sentence(sent, ORG):
                        if other.start > consortium.end() and re.match(r"\s*\(\s*\d", text[other.end:other.end + 6]) \
                                and self._fits(ctx, other, first, kind):
                            self._fact(ctx, "OWNS", other.entity, first.entity, sent, "owns.consortium", 0.7)
                if company and place and self._fits(ctx, company, place, kind):
                    # "Sur Metals owns the Agua Negra and Filo Rojo mines": each one of the list.
                    items = ctx.list_from(place, PLACE) if order == "company_then_place" else [place]
                    for item in (x for x in items if self._fits(ctx, company, x, kind)):
                        self._fact(ctx, kind.upper(), company.entity, item.entity, sent, f"{kind}.phrase", 0.8)
                if kind == "owns" and order == "place_then_company" and company and place:
                    # "whose shareholders are Newmont and Buenaventura": every owner of the list.
                    for other in ctx.chain_at(company.start, ORG)[1:]:
                        if self._fits(ctx, other, place, kind):
                            self._fact(ctx, "OWNS", other.entity, place.entity, sent, "owns.phrase", 0.75)
        for pattern in self.owned_apposition:
            for m, sent in self._phrases(ctx, pattern):
                owned = ctx.nearest_before(m.start(), sent, ORG)
                parent = self._antecedent_company(ctx, m.start(), owned)
                if owned and parent and GAP.match(re.sub(r"\b(?:the|a|an)\b", "", text[owned.end:m.start()])):
                    # "X, the company's local unit": X is a company too.
                    if ctx.entities[owned.entity].subclass is None:
                        ctx.entities[owned.entity].subclass = "Company"
                    self._fact(ctx, "OWNS", parent, owned.entity, sent, "owns.apposition", 0.7)
        for company in (m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == "Company"):
            after = re.match(r"[’']s\s+", text[company.end:])
            place = ctx.mention_at(company.end + after.end(), PLACE) if after else None
            if place and self._fits(ctx, company, place):
                self._fact(ctx, "OPERATES", company.entity, place.entity, company.sent, "operates.possessive", 0.7)
        self._known_operators(ctx)

    @staticmethod
    def _antecedent_company(ctx: Context, pos: int, owned: Mention | None) -> str | None:
        """"the company's local unit": the company the report is about so far (named most often
        before, the latest on a tie), other than the unit itself."""
        counts: dict[str, tuple[int, int]] = {}
        for m in ctx.mentions:
            if m.end > pos or not m.entity or m.source == "anaphora" or (owned is not None and m.entity == owned.entity):
                continue
            if ctx.entities[m.entity].subclass == "Company":
                n, _ = counts.get(m.entity, (0, 0))
                counts[m.entity] = (n + 1, m.start)
        return max(counts, key=lambda e: counts[e]) if counts else None

    def _fits(self, ctx: Context, company: Mention, place: Mention, kind: str = "operates") -> bool:
        owned = ctx.entities[place.entity].subclass
        return ctx.entities[company.entity].subclass == "Company" and \
            (owned in ("Mine", "Port", "Road", "Facility") or (kind == "owns" and owned == "Company"))

    def _known_operators(self, ctx: Context) -> None:
        """The gazetteer's operator of a mine, when the report names both, or the one company of
        a report about one mine when they share a sentence: analysts draw that line too."""
        if any(f.type in ("OPERATES", "OWNS") for f in ctx.facts):
            return
        by_entry = {e.entry: e for e in ctx.entities.values() if e.entry}
        mines = [e for e in ctx.entities.values() if e.subclass == "Mine"]
        companies = [e for e in ctx.entities.values() if e.subclass == "Company"]
        for mine in mines:
            entry = self.lex.entry(mine.entry)
            company = by_entry.get(entry.operator) if entry and entry.operator else None
            if company is None and len(mines) == 1 and len(companies) == 1:
                company = companies[0]
            if company is None:
                continue
            shared = sorted({m.sent for m in mine.mentions} & {m.sent for m in company.mentions})
            if shared or (entry and entry.operator):
                sent = shared[0] if shared else min(m.sent for m in company.mentions)
                self._fact(ctx, "OPERATES", company.id, mine.id, sent,
                           "operates.gazetteer" if entry and entry.operator else "operates.cooccurrence",
                           0.6 if shared else 0.5)

    # --- where places are ---

    def locations(self, ctx: Context) -> None:
        """"Tía María, in Islay province", "Challhuahuacho, Apurímac", "the provinces of A, B and C,
        in the department of D", "X (district of A, province of B)", "ÁNCASH – Huaraz province":
        a place (or a community) beside an area it lies in. Which of two areas holds the other is
        read from their levels (region > province > district > town), where the text tells them."""
        text = ctx.report.text
        ranks = self._area_ranks(ctx)
        placed = [m for m in ctx.mentions if m.entity and (ctx.cls_of(m) == "Place" or
                                                            ctx.entities[m.entity].subclass == "Community")]
        for i, m in enumerate(placed):
            link = self.located.match(text, m.end)
            area = ctx.mention_at(link.end(), PLACE) if link else None
            if link and area is None:
                # "lies in the province of Islay" where the name itself is "province of Islay".
                area = next((x for x in ctx.in_sentence(m.sent, PLACE) if m.end < x.start < link.end() < x.end), None)
            if area is None and self.g.area_inside.search(m.text[-12:]):
                # "the Cotabambas province of the southern Apurímac region".
                link = self.g.area_of.match(text, m.end)
                area = ctx.mention_at(link.end(), PLACE) if link else None
            if area is None or area.entity == m.entity or area.sent != m.sent:
                continue
            inner, outer = ctx.entities[m.entity], ctx.entities[area.entity]
            r_in, r_out = ranks.get(inner.id), ranks.get(outer.id)
            if re.search(r"[–—]", link.group(0)):
                # A heading runs from the larger area to the smaller: "ÁNCASH – Huaraz province".
                if r_in is None or r_out is None or r_in >= r_out:
                    continue
                inner, outer, r_in, r_out = outer, inner, r_out, r_in
                self._fact(ctx, "LOCATED_IN", inner.id, outer.id, m.sent, "located_in.heading", 0.6)
                continue
            # "the province of Chumbivilcas (Cusco)": a name that is a city and a region is the region here.
            region_named = r_in in (2, 3) and self.lex.by_key.get(key(outer.name) + " region")
            if outer.subclass != "AdministrativeArea" and not region_named or inner.level == "country":
                continue
            if region_named and outer.subclass != "AdministrativeArea":
                r_out = 1
            if r_in is not None and r_out is not None and r_in < r_out and self.g.located_down.match(link.group(0)):
                # "Provincia de Carabaya, distrito de Corani": a heading that runs down to the smaller area.
                self._fact(ctx, "LOCATED_IN", outer.id, inner.id, m.sent, "located_in.heading", 0.6)
                continue
            if r_in is not None and r_out is not None and r_in <= r_out:
                continue
            items = [m] + self._list_before(ctx, m, placed[:i])
            for item in items:
                self._fact(ctx, "LOCATED_IN", item.entity, outer.id, m.sent, "located_in", 0.6)

    def _list_before(self, ctx: Context, last: Mention, earlier: list[Mention]) -> list[Mention]:
        """The items before `last` of the list it closes ("Sorochuco and Huasmín (province of X)")."""
        out, cur = [], last
        for m in reversed(earlier):
            if m.end > cur.start or m.sent != cur.sent:
                continue
            if not self.list_gap.match(ctx.report.text[m.end:cur.start]) or \
                    ctx.entities[m.entity].subclass != ctx.entities[cur.entity].subclass:
                break
            out.append(m)
            cur = m
        return out

    def _area_ranks(self, ctx: Context) -> dict[str, int]:
        """country 0, region/department 1, province 2, district 3, any other place 4, from the
        gazetteer or the words around a name ("province of X", "X district")."""
        text = ctx.report.text
        ranks: dict[str, int] = {}
        for e in ctx.entities.values():
            if e.cls != "Place" and e.subclass != "Community":
                continue
            if e.level in AREA_RANK:
                ranks[e.id] = AREA_RANK[e.level]
                continue
            if e.subclass != "AdministrativeArea":
                ranks[e.id] = 4
                continue
            for m in e.mentions:
                cue = self.g.area_before.search(text, max(0, m.start - 20), m.start) or self.g.area_after.match(text, m.end) \
                    or self.g.area_inside.search(m.text)
                if cue:
                    ranks[e.id] = AREA_RANK[self.g.area_levels[cue.group("level").lower()]]
                    break
        return ranks
