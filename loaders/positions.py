"""Positions and heads: titles in apposition or before a name (heads told by "led by", "who heads" are
loaders/head_phrases.py's; portfolio lists loaders/portfolio_lists.py's; the government of X, committees and
affiliations loaders/memberships.py's)."""
from __future__ import annotations

import re

from loaders.lexicon import Lexicon, key, rules
from loaders.model import Context, Mention
from loaders.national_force import OwnForce
from loaders.head_phrases import HeadPhrases
from loaders.position_owners import MINISTRY_NAME, PositionOwners
from loaders.title_clauses import TitleClauses
from loaders.portfolio_lists import PortfolioLists
from loaders.relation_rules import ORG, PLACE, RuleSet
from loaders.resolve import gazetteer_entity

# A title coordinated with another, or with its portfolio, before the body it is of.
JOINT_TITLE = re.compile(r"\s+(?:(?:and|&)\s+(?:[\w-]+\s+){1,3}?(?:of|at|for)|(?:of|for)\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}(?:at|of|in))\s+(?:the\s+)?", re.I)


# After a title's "of", the possessive of whose body it is: "the army's", "the Ministry's".
OWNER_POSSESSIVE = re.compile(r"(?:the\s+)?[\w\u00C0-\u017F-]+[’']s\s+", re.I)
# After a title, "of"/"for" and a lower-case word that is no article: a function ("of community relations").
FUNCTION_AFTER = re.compile(r"\s+(?:of|for)\s+(?!(?:the|a|an|its|their)\b)(?-i:[a-z])")
# What a local title told alone may be the office of: a town, an area, a municipality (a GovernmentBody).
LOCAL_OFFICES = ("Settlement", "AdministrativeArea", "GovernmentBody")


class Positions(HeadPhrases, PortfolioLists, PositionOwners, TitleClauses, RuleSet):
    """Who holds which position, heads which body, belongs to which committee."""

    def __init__(self, lex: Lexicon, r: dict):
        super().__init__(lex)
        words = rules("roles.yaml", lex.language)
        # "X is also a director of Y": one of its directors, a post, not its head (relations.yaml `one_of_many`).
        self.one_of_many = re.compile(r["heads"]["one_of_many"], re.I) if r["heads"].get("one_of_many") else None
        self._heads_setup(lex, r, words)
        self.local = set(words.get("local_modifiers") or [])
        self.body_description = re.compile(words.get("body_description") or "(?!)", re.I)
        self._portfolio_setup(words)
        # "la ministra de Gobierno, X": a ministry the title names, where the gazetteer has no portfolio for it.
        self.ministries = words.get("ministry_titles") or {}
        self.singular_pronouns = set(words.get("singular_owner_pronouns") or [])
        self.first_person = re.compile(rf"\b(?:{'|'.join(words.get('publisher_pronouns', [])) or '(?!)'})\s+$", re.I)
        self.pronoun = re.compile(rf"\b(?:{'|'.join(words.get('owner_pronouns', [])) or '(?!)'})\s+(?:(?-i:[A-Z])[\w\u00C0-\u017F]+\s+)?$", re.I)
        # "the community's president", "the ejido's comisariado president" (one lower-case word between).
        self.kind_possessive = re.compile(r"\b(?:the|this|that)\s+(?P<noun>[\w-]+)[’']s\s+(?:(?-i:[a-z])[\w\u00C0-\u017F-]*\s+)?$", re.I)
        self.kind_before = words.get("kind_before_title") or {}
        # After a place a title is of, the word that makes it the place's police ("head of the Cajamarca police").
        self.place_police = re.compile(words.get("place_police") or "(?!)", re.I)
        self.area_police = words.get("area_police")
        self.area_police_word = re.compile(words.get("area_police_word") or "(?!)", re.I)
        self.own_force = OwnForce(lex)
        self.place_branch = re.compile(words.get("place_branch") or "(?!)", re.I)
        # ... a branch's post heads none of the union ("the chairman of the Bafi River branch").
        self.of_branch = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?[^,;.()]{{1,60}}?(?:{words.get('place_branch') or '(?!)'})", re.I)
        self.place_community = re.compile(words.get("place_community") or "(?!)", re.I)
        self.government_of = words.get("government_of")
        self.title_body_word = re.compile(words.get("title_body_word") or "(?!)", re.I)
        self.title_body_nouns = words.get("title_body_nouns") or {}
        # A language whose `title_body_word` reads a kind of body ("de la empresa") resolves it to the one named last.
        self.kind_description = bool(words.get("title_body_kind"))
        self.function_title = re.compile(words.get("function_title") or "(?!)")
        # "minister" → the nouns of the bodies a minister's portfolio names ("Ministry", "Secretariat").
        self.title_bodies = {k: "|".join(v) for k, v in (words.get("title_bodies") or {}).items()}
        self.office_names = words.get("office_names") or {}
        self.place_offices = [(set(o["titles"]), re.compile(o["bodies"], re.I)) for o in words.get("place_offices") or []]
        # "Windward's community relations manager, X", "SPNC security officer Y": the nouns of a function
        # between a body and its title (roles.yaml `function_before_title`; a language without it reads none).
        self.function_before = re.compile(words["function_before_title"]) if words.get("function_before_title") else None
        self.site_possessive = re.compile(words.get("site_possessive") or "(?!)")
        self.kind_before_re = re.compile(rf"\b(?P<noun>{'|'.join(map(re.escape, self.kind_before)) or '(?!)'})[ \t]+$", re.I)

    def __call__(self, ctx: Context) -> None:
        for rule in (self.positions, self.portfolios, self.heads):
            rule(ctx)

    # --- positions: titles in apposition or before a name, or an office named alone ---

    def positions(self, ctx: Context) -> None:
        for role in ctx.roles:
            holder = role.holder
            person = ctx.entity_of(holder)
            if person is None or person.cls != "Person":
                continue
            # The whole title first: "president of the community" is not the country's president.
            spec = self._spec(role.title)
            target = self._place_office(ctx, role) or self._position_target(ctx, role, spec)
            if target is None:
                continue
            # A police title heads the unit the text names, not the national force it falls back to.
            national = self._national_police(ctx) if spec.get("police") else None
            fallback = spec.get("police") and (ctx.entities[target].entry is not None and ctx.entities[target].entry == national
                                               or target == self.own_force(ctx))
            if holder.source == "role":
                continue    # "the provincial mayor", no name: an office analysts do not draw a line from
            until = ctx.report.published if role.former else None
            self._fact(ctx, "HOLDS_POSITION", person.id, target, role.sent, "position.title", 0.85,
                       title=role.title, until=until)
            # "manager of community relations", "director of mining": the office of a function within the
            # body, not its head (a minister's portfolio, "minister of mines", still heads its ministry).
            # (English words: a language without `title_bodies` keeps every head.)
            function = self.title_bodies and role.title.split(" of ")[0].split()[-1] not in self.title_bodies and (
                FUNCTION_AFTER.match(ctx.report.text, role.end) or role.body and " of " in (role.name or "")) \
                or self._function_words(ctx, role) is not None
            # "el jefe de relaciones comunitarias de C": the function the title's words end in (no title of the lexicon).
            function = function or bool(self.function_title.search(role.title)) and self.lex.title_spec(role.title) is None
            # "the regional ombudsman for Cauca at the Ombudsman's Office": a local office of the national body
            # the title names, not its head.
            local = role.body and set(role.title.split(" of ")[0].split()) & self.local
            local = local or self._regional_post(ctx, role, target) or self.of_branch.match(ctx.report.text, role.end)
            # "A company manager, X": one of its managers, a post, not its head.
            one_of_many = self.one_of_many and self.one_of_many.search(ctx.report.text, max(0, role.start - 20), role.start)
            # "Their manager, X", "the manager, Y": a post in the company the discourse names, not its head
            # (roles.yaml `heads_when_named`: "Yanacocha manager X" heads it).
            one_of_many = one_of_many or spec.get("heads_when_named") and not role.body \
                and not self.g.title_of.match(ctx.report.text, role.end) and self._title_owner(ctx, role) is None
            if spec.get("heads") and not role.former and not fallback and not function and not local and not one_of_many \
                    and (role.body or not spec.get("national")) and ctx.entities[target].cls == "Organization":
                self._fact(ctx, "HEADS", person.id, target, role.sent, "position.heads", 0.7)

    def _body_of_portfolio(self, ctx: Context, role: Mention, portfolio: str) -> str | None:
        """"el ministro de Economía, X" in a report that names "el Ministerio de Economía": the body the report
        names for the title's portfolio, not the gazetteer's ministry its words stand for elsewhere."""
        template = self.ministries.get(role.title.split(" of ")[0])
        if not template:
            return None
        wanted = key(template.format(portfolio=portfolio))
        found = {e.id for e in ctx.entities.values() if e.subclass == "GovernmentBody" and not e.entry and e.mentions
                 and wanted in {key(n) for n in (e.name, *e.aliases)}}
        return next(iter(found)) if len(found) == 1 else None

    def _deputys_ministry(self, ctx: Context, role: Mention, portfolio: str) -> Mention | None:
        """The body whose name has a deputy's portfolio words: the one the sentence names before the title or,
        failing it, the one ministry the report names ("El Ministerio de Seguridad Pública informa ... el
        viceministro de Seguridad Pública, X": a post in that ministry, not a vice-ministry of its own)."""
        def has(m: Mention) -> bool:
            e = ctx.entities[m.entity]
            return m.entity != role.entity and e.subclass == "GovernmentBody" \
                and any(re.search(rf"\b{re.escape(key(portfolio))}\b", key(n)) for n in (e.name, *e.aliases))
        near = next((m for m in ctx.in_sentence(role.sent, ORG) if m.end <= role.start and has(m)), None)
        # The body of the title the deputy's ends in ("viceministro" → "ministro": "Ministerio de {portfolio}").
        ministry = next((key(body.split("{")[0]) for title, body in self.ministries.items()
                         if title != role.title and role.title.endswith(title)), None)
        if near is not None or not ministry:
            return near
        named = {m.entity: m for m in ctx.mentions if m.entity and ctx.cls_of(m) == "Organization" and has(m)
                 and key(ctx.entities[m.entity].name).startswith(ministry + " ")}
        return next(iter(named.values())) if len(named) == 1 else None

    def _position_target(self, ctx: Context, role: Mention, spec: dict) -> str | None:
        if self.pronoun.search(ctx.report.text, max(0, role.start - 30), role.start):
            # "The Governorate appointed X, its director of mining": "its" says whose office, before any
            # ministry the portfolio words would name.
            owner = self._pronoun_owner(ctx, role)
            if owner is not None:
                return owner.entity
        named = self._publisher_owner(ctx, role) or self._body_named_for(ctx, role) or self._portfolio_before(ctx, role)
        if named is not None:
            return named
        area = next((m for m in ctx.mentions if m.entity and m.end <= role.start and ctx.cls_of(m) == "Place"
                     and not ctx.report.text[m.end:role.start].strip()), None) if spec.get("police") and self.area_police else None
        told = self.area_police_word.search(role.text) if area is not None else None
        # "Copperbelt police commissioner X": the police of the area named right before the title, named as told with
        # the title's words before "police" ("Arequipa regional police chief").
        police = self._area_police(ctx, role, area, ctx.report.text[area.start:role.start + told.start()].strip()) if told else None
        if police is not None:
            return police
        known = self.lex.entry(role.body) if role.body else None
        portfolio = role.name.split(" of ", 1)[1] if role.name and " of " in role.name else None
        named_body = self._body_of_portfolio(ctx, role, portfolio) if portfolio and role.body else None
        if named_body is not None:
            return named_body
        title = role.title.split(" of ")[0]
        office = self.office_names.get(title) or self.office_names.get(title.split()[-1])
        if portfolio and office and not set(role.title.split(" of ")[0].split()) & self.local:
            # "Pará's Secretary of Public Security": the secretariat of the portfolio, not a ministry.
            return self._portfolio_body(ctx, portfolio.title().replace(" And ", " and ").replace(" Of ", " of "),
                                        role.start, role.sent, office)
        if portfolio and set(role.title.split(" of ")[0].split()) & self.local:
            return None     # "the regional director of energy and mines of Puno": a regional office, not the ministry
        if portfolio and self.portfolio_body and role.body and role.body.startswith("Ministry of ") and (
                known is None or known.country not in (None, ctx.country) and key(portfolio) not in key(known.name)):
            # "Mining Minister X": the country's ministry of that portfolio ("Ministry of Energy and Mines"
            # in Peru, where the gazetteer has it; "Ministry of Mining" in a country where it has none; another
            # country's "Interior Minister" is left to the gazetteer's body, which resolution makes that country's).
            if spec.get("deputy"):
                # "the undersecretary of mining" of a delegation of the Ministry of Economy: a deputy's
                # portfolio names their office within the ministry the sentence names, not a ministry of its own.
                ministry = next((m for m in ctx.in_sentence(role.sent, ORG) if m.entity != role.entity
                                 and ctx.entities[m.entity].subclass == "GovernmentBody" and self.portfolio_body
                                 and ctx.entities[m.entity].name.startswith(self.portfolio_body.split("{")[0])), None)
                if ministry is not None:
                    return ministry.entity
            return self._portfolio_body(ctx, portfolio.title().replace(" And ", " and ").replace(" Of ", " of "), role.start, role.sent)
        if role.body and role.body in self.lex.entries:
            return gazetteer_entity(ctx, self.lex, role.body, role).id
        of = self.g.title_of.match(ctx.report.text[role.end:])
        after = (self._body_at(ctx, role.end + of.end()) or self._named_elsewhere(ctx, role.end + of.end(), role.sent)) if of else None
        owner = OWNER_POSSESSIVE.match(ctx.report.text, role.end + of.end()) if of else None
        unit = ctx.mention_at(owner.end(), ORG) if owner is not None else None
        if owner is not None and (after is None or unit is not None and after.end < owner.end()):
            # "commander of the army's 51st Brigade", "director of the Ministry's General Office": the body past
            # the possessive of the one it belongs to.
            after = unit
        described = self.body_description.match(ctx.report.text, role.end + of.end()) if of and after is None else None
        if described:
            # "director of the rights group X", "spokesman for the Canadian miner X": past the body's description.
            after = ctx.mention_at(described.end(), ORG)
        joint = JOINT_TITLE.match(ctx.report.text, role.end) if after is None else None
        if joint is not None:
            # "president and chief executive of X", "vice president of corporate affairs at X": X's office,
            # and never the country's where X is not a body the report names.
            body = ctx.mention_at(joint.end(), ORG)
            return body.entity if body is not None else None
        if spec.get("deputy") and after is not None and ctx.entities[after.entity].subclass is None:
            # "the Minister of Commerce and Industries, A, and the Vice Minister of Internal Trade, B": NER's
            # "Internal Trade" is the deputy's portfolio; B is of the ministry the sentence's minister holds.
            return self._sibling_ministry(ctx, role)
        sibling = self._sibling_ministry(ctx, role) if spec.get("deputy") and of and after is None \
            and MINISTRY_NAME.match(ctx.report.text, role.end + of.end()) else None
        if sibling is not None:
            return sibling      # ... a portfolio no mention reads (mentions.py drops NER's words after "Minister of")
        head = role.title.split(" of ")[0].split()[-1]
        if after is not None and head in self.title_bodies and self.portfolio_body and MINISTRY_NAME.fullmatch(after.text) \
                and ctx.entities[after.entity].subclass in ("PoliceUnit", "MilitaryUnit"):
            # "the Minister of Police, X": a ministry's portfolio, not the police unit the word also names.
            return self._portfolio_body(ctx, after.text, after.start, role.sent, self.office_names.get(head))
        glued = (self._glued_body(ctx, after) or self._community_of_place(ctx, after)) if after is not None else None
        if glued is not None:
            return glued
        if after is not None and ctx.cls_of(after) == "Place" and self.place_police.match(ctx.report.text, after.end):
            return self._police_of_place(ctx, role, after)
        if after is not None and ctx.cls_of(after) == "Place" and self.place_branch.match(ctx.report.text, after.end):
            # "the chairman of the Bafi River branch, X": a post in the union (the civil body named last), not the place.
            return next((m.entity for m in reversed(ctx.mentions) if m.entity and m.end <= role.start
                         and ctx.entities[m.entity].subclass == "CivilSocietyOrganization"), None)
        if spec.get("police") and after is not None and ctx.cls_of(after) == "Place":
            after = None        # "the police chief of Cusco", "el comisario de Lircay": the police, not the town
        named = MINISTRY_NAME.match(ctx.report.text, role.end + of.end()) if of and self.ministries.get(role.title) else None
        if named is not None and (after is None or ctx.cls_of(after) != "Organization"):
            # "una reunión en el Ministerio de Trabajo y Promoción del Empleo, convocada por el viceministro de Trabajo,
            # X": a deputy's portfolio names their post in the ministry the sentence names, not a body of its own.
            ministry = self._deputys_ministry(ctx, role, named.group(0)) if spec.get("deputy") else None
            if ministry is not None:
                for m in ctx.mentions:      # NER's "Trabajo" is the portfolio, no place of its own
                    if named.start() <= m.start and m.end <= named.end() and m.entity and m.entity != ministry.entity \
                            and len(ctx.entities[m.entity].mentions) <= 1:
                        ctx.entities.pop(m.entity, None)
                        m.entity = ministry.entity
                return ministry.entity
            return self._portfolio_body(ctx, named.group(0), named.start(), role.sent, self.ministries[role.title])
        pointed = self._possessive_body(ctx, role) if after is not None and ctx.cls_of(after) == "Place" else None
        if pointed is not None:
            return pointed   # "the Department's Regional Manager for North West": the department's post, not the region's
        whose = self._whose_owner(ctx, role) if after is None or ctx.cls_of(after) == "Place" else None
        if whose is not None:
            return whose.entity
        if after is not None and (ctx.cls_of(after) == "Organization" or not spec.get("national")
                                  or ctx.entities[after.entity].level == "country"):
            return after.entity
        kind = self.kind_before_re.search(ctx.report.text, max(0, role.start - 30), role.start)
        if kind is not None:
            # "Community president X": the community's office, not the country's.
            subclass = self.kind_before[kind.group("noun").lower()]
            return self._named_last(ctx, role, kind.start(), lambda e: e.subclass == subclass) if subclass else None
        owner = self._title_owner(ctx, role) or self._pronoun_owner(ctx, role)
        if owner is not None and spec.get("police") and ctx.entities[owner.entity].subclass in ("Company", "MediaOutlet"):
            owner = None    # "Copperbelt police commissioner X": a police title is no office of a company ("Copperbelt Star")
        if owner is not None:
            return owner.entity
        possessive = self.kind_possessive.search(ctx.report.text, max(0, role.start - 40), role.start)
        if possessive:
            # "the ejido's president", "the assembly's spokesperson": the office of the body of that kind the text
            # points back to, never the country's.
            return self._kind_pointed_back(ctx, role, possessive.group("noun").lower(), possessive.start())
        # (only a bare title: "Commerce Minister X" names a portfolio, not the ministry named last)
        before = re.search(r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]*[ \t]+$", ctx.report.text[max(0, role.start - 40):role.start])
        bare = before is None or before.group(0).strip().lower() in self.lex.articles    # "El fiscal X": no portfolio
        near = re.compile(rf"\b(?:{spec['refers_to_near']})\b", re.I) if spec.get("refers_to_near") and bare \
            and key(role.title) == key(role.text) else None
        named = self._named_last(ctx, role, role.start, lambda e: e.cls == "Organization" and bool(near.search(e.name))) \
            or self._publishing_body(ctx, near) if near else None
        if named is not None:
            # "marched to the Ministry of Energy and Mines. Minister X did not receive them": that ministry's minister.
            return named
        if spec.get("refers_to_name"):
            # "Judge X": the court (or chamber, tribunal) named last in this report.
            word = re.compile(rf"\b(?:{spec['refers_to_name']})\b", re.I)
            named = self._named_last(ctx, role, role.start, lambda e: e.cls == "Organization" and bool(word.search(e.name)),
                                     near=False) or (self._one_region(ctx, role, spec["regional"]) if spec.get("regional") and not of else None)
            if named is not None or not spec.get("see"):
                return named    # (a `see` title's place after its holder names its body: below)
        if spec.get("refers_to"):
            # "president of the community": the body of that kind named last, here or just before.
            return self._named_last(ctx, role, role.start, lambda e: e.subclass == spec["refers_to"])
        holder = role.holder
        if holder is not None and holder.start >= role.end:
            # "President Luis Cano of the Junta de Regantes", "el dirigente X, del Frente": the body right after the name.
            link = re.match(r"(?:\s+(?:of|at)|,?\s+(?:de|del|de\s+la))\s+(?:the\s+)?", ctx.report.text[holder.end:holder.end + 12])
            body = ctx.mention_at(holder.end + link.end(), ORG) if link else None
            if body is not None and ctx.entities[body.entity].subclass != "MediaOutlet":
                return body.entity
            place = ctx.mention_at(holder.end + link.end(), PLACE) if link and spec.get("see") else None
            if place is not None:   # "Archbishop X of Huancayo": the see of that place (roles.yaml `see`)
                return self._portfolio_body(ctx, ctx.entities[place.entity].name, place.start, place.sent, spec["see"], absorb=False)
        if spec.get("local") and not of and not role.former:
            # "The Catacamas municipality opposed it. The mayor, X, said": the town's office.
            return self._named_last(ctx, role, role.start, lambda e: e.subclass in LOCAL_OFFICES and e.level != "country"
                                    and (e.cls == "Place" or "municipal" in key(e.name))) or self._dateline_town(ctx)
        if spec.get("regional") and not of and not role.former:
            return self._one_region(ctx, role, spec["regional"], new=not spec.get("regional_told"))
        first_word = self.title_body_word.match(ctx.report.text, role.end + of.end()) if of and after is None else None
        if first_word is not None:
            # "El presidente del frente, X": the one body named before whose name starts with that word.
            noun = first_word.group("noun").lower()
            firsts = set(self.title_body_nouns.get(noun) or [noun])     # "the committee": a "Comité ..." too
            # "el presidente de la junta de vecinos, X": a noun of several words is the start of the body's name.
            starts = key(noun) + " " if " " in noun else None
            bodies = ctx.bodies_before(role.start, lambda e: e.name.split()[0].lower() in firsts if starts is None
                                       else key(e.name).startswith(starts))
            if len(bodies) == 1:
                return bodies.pop()
            if not bodies and self.lex.typing["anaphora"].get(noun) == "Company" and self.kind_description:
                # "el gerente de operaciones de la empresa, X": the company the passage is about.
                return self._named_last(ctx, role, role.start, lambda e: e.subclass == "Company")
        if spec.get("owner_kind") and not of:
            if self._unread_body_before(ctx, role):
                return None     # "PTSEM President Director X": the office of a body no mention reads, not another company's
            return self._site_operator(ctx, role) or self._one_body_of_kind(ctx, role, spec["owner_kind"])
        if of and not spec.get("police") and \
                not re.match(r"(?:the\s+)?(?:Republic|Nation|State|country)\b", ctx.report.text[role.end + of.end():], re.I):
            return None     # "the president of <a body not recognised>": not the country's president; a police
            # title of a town ("el comisario de Lircay") is still the police's
        if spec.get("police"):
            # "the provincial police chief": the unit the report names by the title's own words ("the provincial
            # police"), before the national force.
            words = role.title.split(" of ")[0].rsplit(" ", 1)[0].lower()
            named = [m for m in ctx.mentions if m.entity and m.end <= role.start and " " in words
                     and ctx.entities[m.entity].subclass == "PoliceUnit" and words in ctx.entities[m.entity].name.lower()]
            if named:
                return named[-1].entity
            # "the police chief" where the report named one police force before (not a unit of it): that force.
            forces = {m.entity for m in ctx.mentions if m.entity and m.end <= role.start and ctx.entities[m.entity].subclass == "PoliceUnit"
                      and words in ctx.entities[m.entity].name.lower().split()}
            if len(forces) == 1:
                return forces.pop()
            police = self._national_police(ctx)
            own = self.own_force(ctx)
            if own is not None:
                return own
            if police:
                return gazetteer_entity(ctx, self.lex, police, role).id
        country = role.country or ctx.country
        if spec.get("national") and country:
            government = self.lex.governments.get(country)
            mentioned = {e.entry: e.id for e in ctx.entities.values() if e.entry}
            if government in mentioned:
                return mentioned[government]
            if self.lex.countries.get(country) in mentioned and (role.country or not government):
                # The country the title names, or the report's where the gazetteer has no government for
                # it ("President X"): the country stands for its state — its government, where the language
                # names one by the country (roles.yaml `government_of`: a post is in a body, not a place).
                place = ctx.entities[mentioned[self.lex.countries[country]]]
                if government or not self.government_of:
                    return place.id
                named = place.mentions[-1]
                return self._portfolio_body(ctx, place.name, named.start, named.sent, self.government_of)
            if government:
                return gazetteer_entity(ctx, self.lex, government, role).id
        return None

    @staticmethod
    def _body_at(ctx: Context, pos: int) -> Mention | None:
        """The body or place at `pos`; one whose name starts with an article ("alcalde de El Estor") is
        there too, though `mention_at` skips the article first, and so is a kind noun after an article that points
        back to a body ("gerente de la empresa."), which `mention_at` skips as a company's description."""
        article = ctx.grammar.place_article.match(ctx.report.text, pos)
        return ctx.mention_at(pos, ORG + PLACE) or next(
            (m for m in ctx.mentions if m.start in (pos, article.end()) and m.entity and ctx.cls_of(m) in ORG + PLACE
             and (m.start == pos or m.source == "anaphora")), None)
