"""Whose office a title is: the bodies a title points to by the words around it rather than by its own
portfolio — a short name or a possessive before it, "its", a kind of body named before, the body the report
names for its portfolio (a mixin of loaders/positions.py's Positions, which reads the title and its holder)."""
from __future__ import annotations

import re

from loaders.lexicon import key
from loaders.model import Context, Entity, Mention
from loaders.national_force import gazetteer_police
from loaders.relation_rules import ORG, PLACE
from loaders.resolve import gazetteer_entity

# The portfolio a title names: capitalised words, "y"/"de" between ("Minas y Energía", "Gobernanza Territorial").
MINISTRY_NAME = re.compile(r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+(?:\s+(?:(?:y|e|and)\s+)?(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F]+){0,3}")
# A name after a title's "of": capitalised words, a particle between ("Tacuarembó", "San José de Jáchal"), up to a comma.
CAPITALISED = re.compile(r"(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F'-]+(?:\s+(?:(?:de|del|la|of)\s+)?(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F'-]+){0,4}(?=\s*,)")
# Bodies a union, an association or a front may be: not the state's, a company's or a newspaper's.
CIVIL = ("CivilSocietyOrganization", "Community", None)


# Between a body and the possessive of a title joined to it: its legal form, "and" ("C, S.R.L. y a su gerente", "C and its manager").
COORDINATED_OWNER = re.compile(r"(?:,?\s*(?:[A-Z][A-Za-z]{0,3}\.){1,4})?\s*,?\s*(?:y|e|and)\s+(?:a\s+)?")


class PositionOwners:
    """The owner searches of Positions (needs its `lex`, `g`, `pronoun`, `kind_possessive`, `kind_before`,
    `title_bodies`, `office_names`, `singular_pronouns`, `place_offices`, `title_body_nouns`, `portfolio_body`, `first_person`, `place_community` and
    `_portfolio_body`)."""

    def _spec(self, title: str) -> dict:
        """The roles.yaml entry of a title, the whole title first ("president of the community"
        is not the country's president), then without its modifiers ("regional police chief")."""
        words = title.split(" of ")[0].split()
        # then without the adjectives after it ("directora regional": a Spanish title's post_modifiers)
        for t in [title] + [" ".join(words[i:]) for i in range(len(words))] + [" ".join(words[:i]) for i in range(len(words) - 1, 0, -1)]:
            spec = self.lex.title_spec(t)
            if spec is not None:
                return spec
        return {}

    def _national_police(self, ctx: Context) -> str | None:
        return gazetteer_police(self.lex, ctx)

    @staticmethod
    def _named_elsewhere(ctx: Context, pos: int, sent: int) -> Mention | None:
        """"the Intendant of Tacuarembó, X" where no mention reads the name after the title's "of" (NER took it with
        the title): the one place or body the report names so elsewhere, as a mention here."""
        words = CAPITALISED.match(ctx.report.text, pos)
        found = {e.id for e in ctx.entities.values() if e.cls in ("Place", "Organization") and e.mentions
                 and words and key(e.name) == key(words.group(0))}
        return Mention(pos, words.end(), words.group(0), "title", sent=sent, entity=found.pop()) if len(found) == 1 else None

    @staticmethod
    def _named_last(ctx: Context, role: Mention, pos: int, fits, near: bool = True) -> str | None:
        """The body that `fits` named last before `pos`: with `near`, in the title's sentence or the two
        before, further back only where the report has named one such body ("the Lenca community of A ...
        Community leader X"); without, anywhere before ("Judge X": the court of the ruling)."""
        before = [m for m in ctx.mentions if m.entity and m.end <= pos and fits(ctx.entities[m.entity])]
        if not near:
            return before[-1].entity if before else None
        named = [m for m in before if role.sent - 2 <= m.sent <= role.sent]
        return named[-1].entity if named else before[-1].entity if len({m.entity for m in before}) == 1 else None

    def _portfolio_before(self, ctx: Context, role: Mention) -> str | None:
        """"Natural Resources Minister X": a portfolio the lexicon does not know, which NER or typing read as a
        body of its own (named once, no gazetteer entry), is the portfolio of the ministry (or secretariat) the title's word is of."""
        head = role.title.split(" of ")[0].split()[-1] if role.title else ""
        # "the Cabinet Secretary for Mining, ...": a title with its portfolio after it has none before it.
        if head not in self.title_bodies or not self.portfolio_body or " of " in role.title:
            return None
        portfolio = next((m for m in ctx.mentions if m.entity and m.source in ("ner", "group") and ctx.cls_of(m) == "Organization"
                          and ctx.entities[m.entity].entry is None
                          and sum(x.source != "anaphora" for x in ctx.entities[m.entity].mentions) <= 1
                          and re.fullmatch(r"[ \t]+", ctx.report.text[m.end:role.start])), None)
        if portfolio is None or not MINISTRY_NAME.fullmatch(portfolio.text):
            return None
        return self._portfolio_body(ctx, portfolio.text, portfolio.start, role.sent, self.office_names.get(head))

    def _sibling_ministry(self, ctx: Context, role: Mention) -> str | None:
        sibling = next((r for r in ctx.roles if r is not role and r.sent == role.sent and r.title
                        and r.title.split(" of ")[0].split()[-1] in self.title_bodies), None)
        return self._body_named_for(ctx, sibling) if sibling is not None else None

    @staticmethod
    def _glued_body(ctx: Context, after: Mention) -> str | None:
        """"the National Director of Mineral Resources of MICI": NER's one untyped body over the office's
        portfolio and the body it is of; the body is the one the report names by the words after the last "of"."""
        if after.source != "ner" or len(ctx.entities[after.entity].mentions) > 1 or " of " not in after.text:
            return None
        tail = key(after.text.rsplit(" of ", 1)[1])
        return next((e.id for e in ctx.entities.values() if e.id != after.entity and e.cls == "Organization"
                     and e.subclass is not None and tail in {key(n) for n in (e.name, *e.aliases)}), None)

    def _body_named_for(self, ctx: Context, role: Mention) -> str | None:
        """"the Minister of Commerce and Industries, X", "Deputy Minister of Mines X": the body the report
        names for the title's portfolio ("the Ministry of Commerce and Industries (MICI)", "the Ministry of
        Mines and Petroleum"), before a gazetteer's body of another name or country. Only a body of the
        kind the title's word is of (`title_bodies`), so "director of mining" is not a ministry's office."""
        head = role.title.split(" of ")[0].split()[-1] if role.title else ""
        nouns = self.title_bodies.get(head)
        if not nouns:
            return None
        of = self.g.title_of.match(ctx.report.text, role.end)
        words = MINISTRY_NAME.match(ctx.report.text, of.end()) if of else None
        portfolio = key(words.group(0)) if words else key(role.name.split(" of ", 1)[1]) if " of " in (role.name or "") else None
        if not portfolio:
            return None
        # (After the place it is of too: "the Ontario Ministry of Mines".)
        found = [e for e in ctx.entities.values() if e.cls == "Organization" and e.subclass == "GovernmentBody"
                 and any(re.fullmatch(rf"(?:(?:[\w\u00C0-\u017F-]+ ){{1,3}})?(?:{nouns}) of (?:the )?(?P<p>.+)", key(n)) and
                         re.search(rf"\b{re.escape(portfolio)}\b", key(n).split(" of ", 1)[1]) for n in (e.name, *e.aliases))]
        # The one the text names, over the gazetteer's body the title's own portfolio made.
        named = [e for e in found if e.entry is None and e.mentions]
        found = named if len(found) > 1 and len(named) == 1 else found
        # One body only: two ministries that both have the words leave the gazetteer's rules to decide.
        return found[0].id if len(found) == 1 else None


    def _title_owner(self, ctx: Context, role: Mention) -> Mention | None:
        """The body or place a title belongs to when named before it: "Arequipa's regional
        governor", "the municipality, whose mayor", "CNDDHH executive secretary", "Quetzal Metals'
        vice president"; the first of two joined titles says it for both ("Coldwater's president
        and chief executive")."""
        text = ctx.report.text
        joined = next((r for r in ctx.roles if r.end < role.start and re.fullmatch(r"\s+(?:and|&)\s+", text[r.end:role.start])), None)
        if joined is not None:
            role = joined
        lo = max(0, role.start - 40)      # a window: linear in a long report
        g = ctx.grammar
        head = g.title_article.search(text, lo, role.start)
        pos = head.start() if head else role.start
        function = self._function_words(ctx, role) if not (head and head.group(0)) else None
        if function is not None:
            pos = function     # "Windward's community relations manager": the owner stands before the function
        # "Piura regional president X", "Tocoa mayor Y": a local office belongs to the place named before it.
        local = bool(re.match(r"(?:regional|provincial|district|municipal|mayor|governor|prefect|sub-prefect)\b", role.text, re.I)) \
            and not re.search(r"\b(?:police|army|military)\b", role.text, re.I)   # "the Arequipa regional police chief": the police's
        patterns = ((r"(?:[’']s|(?<=s)[’'])\s+$", ORG + PLACE), (g.title_whose.pattern, ORG), (r"(?<=\S)[ \t]+$", ORG + PLACE if local else ORG))
        if head is not None and head.group(0):
            # "declaró a Radio Norte el presidente del sindicato": a name before the title's article is no
            # modifier of it (English writes "the Ridgeback chairman", the article before the name).
            patterns = patterns[:2]
        for pattern, classes in patterns:
            m = re.search(pattern, text[max(0, pos - 12):pos])
            if not m:
                continue
            if function is not None:
                classes = ORG   # "Guerrero's interior secretary": a function of a place is its government's, not named here
            end = max(0, pos - 12) + m.start()
            # Not a noun that points back ("the community's president"): _pronoun_owner reads those by their noun.
            found = next((x for x in ctx.mentions if x.end == end and x.entity and ctx.cls_of(x) in classes
                          and x.source != "anaphora"), None)
            parent = g.get("parent_apposition") and found is not None and pattern == g.title_whose.pattern \
                and g.parent_apposition.search(text, max(0, found.start - 60), found.start)
            if parent:
                # "C, filial de la canadiense P, cuyo gerente": C's manager, not that of the parent named to describe C.
                found = next((x for x in reversed(ctx.mentions) if x.end <= parent.start() and x.entity
                              and ctx.cls_of(x) in classes and re.fullmatch(r"\s*,\s*", text[x.end:parent.start()])), found)
            if found is not None and ctx.entities[found.entity].level != "country":
                return found
            short = self._short_name_before(ctx, role, end, local)
            if short is not None:
                return short
        return None

    def _function_words(self, ctx: Context, role: Mention) -> int | None:
        """Where the nouns of a function before a title start ("community relations" in "Windward's community
        relations manager"), when a possessive or a body's name stands right before them; None where none do.
        Only nouns and adjectives of the parse, none a title's own modifier: not "said" in "C said manager X"."""
        if self.function_before is None:
            return None
        found = self.function_before.search(ctx.report.text, max(0, role.start - 40), role.start)
        if found is None or found.start() == role.start:
            return None
        span = ctx.doc.char_span(found.start(), role.start, alignment_mode="contract")
        if span is None or not len(span) or any(t.tag_[:2] not in ("NN", "JJ") or t.lower_ in self.lex.modifiers for t in span):
            return None
        start = found.start()
        possessive = re.search(r"(?:[’']s|(?<=s)[’'])\s$", ctx.report.text[max(0, start - 3):start])
        named = any(m.end == start - 1 and m.entity and ctx.cls_of(m) == "Organization" for m in ctx.in_sentence(role.sent))
        return start if possessive or named else None

    @staticmethod
    def _plural_noun(ctx: Context, m: Mention) -> bool:
        """The mention's head word is a common plural noun ("Residents of Wasakín", "farmers of the valley")."""
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.tag_ == "NNS"

    @staticmethod
    def _short_name_before(ctx: Context, role: Mention, end: int, local: bool = False) -> Mention | None:
        """"Coldwater's president", "Ridgeback chairman X": capitalised words before a title that are the
        first words (or all) of a company or body the report named in full before ("Coldwater Copper Corp."),
        read as that body where no other mention was made of them ("the Cusco regional police chief": Cusco,
        a place). For a local office ("Zautla municipal president X") the words may name a place named before."""
        words = re.search(r"(?:(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F&-]*\s+){0,2}(?-i:[A-Z\u00C0-\u00DE])[\w\u00C0-\u017F&-]*$",
                          ctx.report.text[max(0, end - 40):end])
        if words is None or any(m.start < end and end - len(words.group(0)) < m.end for m in ctx.mentions if m.entity):
            return None
        short = key(words.group(0))

        def fits(e: Entity) -> bool:
            names = [key(n) for n in (e.name, *e.aliases)]
            if e.cls == "Place":
                return local and short in names
            return e.cls == "Organization" and e.subclass != "MediaOutlet" and \
                any(n == short or n.startswith(short + " ") for n in names)
        bodies = {m.entity: m for m in ctx.mentions if m.entity and m.end <= end - len(words.group(0))
                  and fits(ctx.entities[m.entity])}
        if len(bodies) != 1:
            return None
        m = next(iter(bodies.values()))
        return Mention(end - len(words.group(0)), end, words.group(0), "alias", sent=role.sent, entity=m.entity)


    def _place_office(self, ctx: Context, role: Mention) -> str | None:
        """"el alcalde distrital de P, X" where the report names the municipality of P ("la municipalidad
        distrital de P", "el Gobierno Autónomo Municipal de P"), "el fiscal adjunto de P" where it names "la Fiscalía
        de P": the title's office is that body, not the place (roles.yaml `place_offices`; a language without it
        reads none)."""
        bodies = next((b for titles, b in self.place_offices if role.title.split(" of ")[0] in titles), None)
        of = self.g.title_of.match(ctx.report.text, role.end) if bodies else None
        words = MINISTRY_NAME.match(ctx.report.text, of.end()) if of else None
        if words is None:
            return None
        place = key(words.group(0))
        found = {e.id for e in ctx.entities.values() if e.cls == "Organization" and any(
            bodies.match(n) and key(n).endswith(" " + place) for n in (e.name, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    def _pronoun_owner(self, ctx: Context, role: Mention) -> Mention | None:
        """"its spokesperson", "the company's chief executive": the body the possessive points
        back to — for "its", the first body of the sentence (its subject, mostly), or of the
        sentence before when the title opens its sentence; for "the <kind>'s", the body of that
        kind named last."""
        before = ctx.report.text[max(0, role.start - 30):role.start]
        pronoun = self.pronoun.search(before)
        kind = self.kind_possessive.search(before)
        subclass = self.lex.typing["anaphora"].get(kind.group("noun").lower()) if kind else None
        if pronoun is None and subclass is None:
            # "The association's president": a kind of body with no subclass of its own (kind_before_title)
            # is the civil body named last, here or in the two sentences before (a quote may stand between).
            if kind is None or kind.group("noun").lower() not in self.kind_before:
                return None
            noun = kind.group("noun").lower()
            before = [m for sent in (role.sent - 2, role.sent - 1, role.sent) for m in ctx.in_sentence(sent, ORG) if m.end <= role.start]
            # "the group's coordinator", "the committee's vice-chairperson": a body whose name has the noun, whatever
            # its type, before a civil body named since.
            named = [m for m in before if re.search(rf"\b{re.escape(noun)}\b", ctx.entities[m.entity].name, re.I)]
            civil = named or [m for m in before if ctx.entities[m.entity].subclass in CIVIL]
            return civil[-1] if civil else None
        joined = next((m for m in reversed(ctx.in_sentence(role.sent, ORG)) if m.end <= role.start and m.source != "role"), None) \
            if pronoun else None
        if joined is not None and COORDINATED_OWNER.fullmatch(ctx.report.text, joined.end, role.start - len(before) + pronoun.start()) \
                and ctx.entities[joined.entity].subclass != "MediaOutlet":
            return joined   # "sometió a la empresa C, S.R.L. y a su gerente general, X": the body "y" joins it to
        # The sentence before only where the title opens its sentence ("Its manager, X, said").
        opens = not ctx.report.text[ctx.sents[role.sent].start_char:role.start - len(before) + pronoun.start()].strip() \
            if pronoun else False
        # ... or where nobody is named before it in its own ("La Dirección nunca nos atendió. Le escribimos a su
        # director, X": the body the passage is about, not a person the possessive could be of).
        alone = pronoun is not None and not any(m.end <= role.start and m.source != "role" and m.entity
                                                for m in ctx.mentions if m.sent == role.sent)
        sents = (role.sent, role.sent - 1) if opens or alone or subclass else (role.sent,)
        if subclass:
            # "the community's president": a body whose name has the noun ("the Kichwa community of P"),
            # here or in the sentence before, before one that is merely of its kind.
            noun = kind.group("noun").lower()
            for sent in sents:
                named = [m for m in ctx.in_sentence(sent, ORG) if m.end <= role.start and m.source != "role"
                         and ctx.entities[m.entity].subclass == subclass and noun in ctx.entities[m.entity].name.lower()]
                if named:
                    return named[-1]
        for sent in sents:
            bodies = [m for m in ctx.in_sentence(sent, ORG) if m.end <= role.start and m.source != "role"
                      and ctx.entities[m.entity].subclass != "MediaOutlet"
                      and (subclass is None or ctx.entities[m.entity].subclass == subclass)]
            # "The Consejo denounced threats against its spokesperson": a body typing left without a
            # subclass is still the one "its" points to, where the sentence names no typed one.
            bodies = [m for m in bodies if ctx.entities[m.entity].subclass is not None] or bodies
            if pronoun is not None and pronoun.group(0).split()[0].lower() in self.singular_pronouns:
                # "Residents of W and the X Government ... Its president": "its" is a singular body's, not residents'.
                bodies = [m for m in bodies if not self._plural_noun(ctx, m)] or bodies
            if bodies:
                return bodies[-1] if subclass else bodies[0]
        if subclass:
            named = [m for m in ctx.mentions if m.entity and m.end <= role.start and ctx.entities[m.entity].subclass == subclass]
            return named[-1] if named else None
        return None

    @staticmethod
    def _one_body_of_kind(ctx: Context, role: Mention, subclass: str) -> str | None:
        """"said chief executive X", "under general manager Y": an officer's title told with no body is of the one
        body of its kind (roles.yaml `owner_kind`) named before it in its section or, of several, the report's
        publisher (a company's own release); none where two remain (a parent and its subsidiary: either's officer)."""
        text = ctx.report.text
        section = max(text.rfind("\n#", 0, role.start), 0)
        bodies = {m.entity for m in ctx.mentions if m.entity and section <= m.start and m.end <= role.start
                  and m.source != "anaphora" and ctx.cls_of(m) == "Organization" and ctx.entities[m.entity].subclass == subclass}
        publisher = key(ctx.report.publisher or "")
        own = {b for b in bodies if publisher and publisher.startswith(key(ctx.entities[b].name))}
        bodies = own or bodies
        return bodies.pop() if len(bodies) == 1 else None

    def _community_of_place(self, ctx: Context, place: Mention) -> str | None:
        """"president of the Uchucarcco peasant community": the one community the report names for the place the
        title's "of" reads, not the place (roles.yaml `place_community`)."""
        if ctx.cls_of(place) != "Place" or not self.place_community.match(ctx.report.text, place.end):
            return None
        town = re.compile(rf"\b{re.escape(key(ctx.entities[place.entity].name))}\b")
        found = {e.id for e in ctx.entities.values() if e.subclass == "Community" and any(town.search(key(n)) for n in (e.name, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    def _publisher_owner(self, ctx: Context, role: Mention) -> str | None:
        """"our spokesperson X", a bulletin's signature "Director: X": a post in the body that publishes the report
        (the one the report names by the publisher's name)."""
        text = ctx.report.text
        signed = text.startswith(":", role.end) and not text[text.rfind("\n", 0, role.start) + 1:role.start].strip()
        if not (signed or self.first_person.search(text, max(0, role.start - 12), role.start)) or not ctx.report.publisher:
            return None
        publisher = key(ctx.report.publisher)
        found = {e.id for e in ctx.entities.values() if e.cls == "Organization" and any(
            publisher == key(n) or publisher.startswith(key(n) + " ") for n in (e.name, *e.aliases))}
        return found.pop() if len(found) == 1 else None

    def _one_region(self, ctx: Context, role: Mention, body: str, new: bool = True) -> str | None:
        """"Governor X" told with no body or place: a post in the `body` ("Government of {portfolio}") of the one region
        (a state, a department) the report names before the title; none where it names two (either's governor). With
        `new` false, only a body the report names: never one made from the region's name."""
        regions = {m.entity: m for m in ctx.mentions if m.entity and m.end <= role.start and ctx.entities[m.entity].level == "region"}
        if len(regions) != 1:
            return None
        (region, named), = regions.items()
        # the one the report names, under a longer name too ("the Regional Government of Moquegua")
        wanted = key(body.format(portfolio=ctx.entities[region].name))
        told = {e.id for e in ctx.entities.values() if e.cls == "Organization" and key(e.name).endswith(wanted)}
        if len(told) == 1 or not new:
            return told.pop() if len(told) == 1 else None
        return self._portfolio_body(ctx, ctx.entities[region].name, named.start, named.sent, body, absorb=False)

    @staticmethod
    def _dateline_town(ctx: Context) -> str | None:
        """"MARIANA – ... Mayor X declared": a local title told alone, with no town named near it, is the office of
        the town the report is datelined in (a town, not a region or a country)."""
        text = ctx.report.text
        first = next((m for m in ctx.mentions if m.entity), None)
        if first is None or text[:first.start].strip() or not re.match(r"[ \t]*(?:,[^\n,]{0,30})?[ \t]*[–—-][ \t]", text[first.end:]):
            return None
        return first.entity if ctx.entities[first.entity].subclass == "Settlement" else None

    def _police_of_place(self, ctx: Context, role: Mention, place: Mention) -> str | None:
        """"head of the Cajamarca police", "head of the Cusco police division known as D": the police of the place,
        not the place: the unit named for it or right after, else the national force."""
        town = ctx.entities[place.entity].name.lower()
        units = [m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass == "PoliceUnit"]
        named = next((m for m in units if town in ctx.entities[m.entity].name.lower()), None) or next(
            (m for m in units if place.end < m.start <= place.end + 40 and m.sent == role.sent), None)
        if named is not None:
            return named.entity
        police = self._national_police(ctx)
        return gazetteer_entity(ctx, self.lex, police, role).id if police else None

    def _area_police(self, ctx: Context, role: Mention, area: Mention, told: str) -> str | None:
        """"Copperbelt police commissioner X": the area's police (roles.yaml `area_police`), a new PoliceUnit, where the
        report names no police unit for the area (then the rules for the unit named read it)."""
        towns = {ctx.entities[area.entity].name.lower(), area.text.lower()}
        if any(m.entity and m.entity != area.entity and ctx.entities[m.entity].subclass == "PoliceUnit"
               and any(t in ctx.entities[m.entity].name.lower() for t in towns) for m in ctx.mentions):
            return None
        # Named as told ("Copperbelt police", though the area is "Copperbelt Province").
        ident = self._portfolio_body(ctx, told, area.start, role.sent, self.area_police, absorb=False)
        ctx.entities[ident].subclass = "PoliceUnit"
        return ident

    def _kind_pointed_back(self, ctx: Context, role: Mention, noun: str, pos: int) -> str | None:
        """The body a kind's noun points back to: the one of its subclass named last ("the community's"), or the one
        body named before whose name starts with the noun ("the assembly's": an "Asamblea ..." too); first, the body a
        resolved kind word stands for ("the battalion's commander": the battalion named before)."""
        pointed = next((m for m in ctx.mentions if m.entity and m.source == "anaphora" and pos <= m.start and m.end < role.start
                        and ctx.cls_of(m) == "Organization"), None)
        if pointed is not None:
            return pointed.entity
        subclass = self.kind_before.get(noun)
        if subclass:
            return self._named_last(ctx, role, pos, lambda e: e.subclass == subclass)
        firsts = set(self.title_body_nouns.get(noun) or [])
        bodies = ctx.bodies_before(pos, lambda e: e.name.split()[0].lower() in firsts)
        return bodies.pop() if len(bodies) == 1 else None
