"""Who stands at a token of the parse: the mention there (or the title's holder, a pronoun's
antecedent, the community "los comuneros" stand for, a force or government named by its word),
a verb's subject and object, the agent after "by", those who underwent it, and conjuncts. The
parse readers that loaders/event_roles.py (and events.py) build participants from.
"""
from __future__ import annotations

from loaders.event_actors import Actors
from loaders.lexicon import Lexicon
from loaders.model import Context, Mention, has_features, verb_of

ACTORS = ("Person", "Organization")
CROWDS = {"Community", "CivilSocietyOrganization"}


class ClauseActors:
    def __init__(self, lex: Lexicon, table: dict):
        self.lex = lex
        self.pronouns = {w: cls for cls, words in table["pronouns"].items() for w in words}
        # "los comuneros" with no community named with them: the community the report named just before.
        # (participants.yaml `people_back` where the language's typing.yaml gives no `people_of`)
        self.people = set(lex.typing.get("people_of") or table.get("people_back") or ())
        # "nuestras bases mantienen un paro": in a body's own communiqué, "our" people are that body.
        self.ours = set(table.get("first_person") or ())
        # "Denunciamos ante el país ... y exigimos": a verb of the first person plural (participants.yaml
        # `first_person_verbs`, morphological features; none: the rule is off) is said by that body too.
        self.we_verbs = dict(table.get("first_person_verbs") or {})
        self.we = set(table.get("first_person_pronouns") or ())     # none: the rule is off
        self.undergoer_verbs = set(table["undergoer_verbs"])
        self.agent_preps = set(table["agent"])
        self.body_nouns = set(table.get("body_nouns", ()))     # none: the rule is off
        # "the association" for "Associação dos Moradores X": the heads other languages give a body's name
        self.body_heads = {k: set(v) for k, v in (table.get("body_heads") or {}).items()}
        self.people_at_gatherings = bool(table.get("people_at_gatherings"))     # none: the rule is off
        # "Llegaron agentes de la PNC. ... los agentes lanzaron gases": a force's bare plural, the force named just
        # before (participants.yaml `forces_back`: the word and the kinds of body it stands for; none: off).
        self.forces_back = {w: set(kinds) for w, kinds in (table.get("forces_back") or {}).items()}
        self.actors = Actors(lex, table)

    def mention_of(self, ctx: Context, token) -> Mention | None:
        if token is None:
            return None
        found = next((m for m in ctx.mentions if m.entity and m.start <= token.idx < m.end), None)
        if found is not None and found.source == "group" and token.lower_ in self.people:
            # "los habitantes de la vereda X, agrupados en la Junta de Acción Comunal de X": the body their
            # phrase names, not the people a pattern read.
            found = next((m for m in ctx.in_subtree(token) if m.source != "group" and m.start >= found.end
                          and ctx.entities[m.entity].subclass in CROWDS), None) or found
        if found is None:
            # "arrested the mayor", the mayor named before: the title's holder.
            role = next((r for r in ctx.roles if r.start <= token.idx < r.end and r.holder is not None
                         and r.holder.entity), None)
            found = role.holder if role else None
        if found is None and token.lower_ in self.pronouns:
            return self._antecedent(ctx, token.idx, self.pronouns[token.lower_])
        if found is None and (token.lower_ in self.we or any(c.lower_ in self.ours for c in token.children)) \
                and not _quoted(ctx, token):
            return self._first_body(ctx)
        if found is None and token.lower_ in self.people:
            # "los habitantes de la vereda X, agrupados en la Junta de X": the body their phrase names, else
            # the community named just before.
            sent = ctx.sent_of(token.idx)
            return next((m for m in ctx.in_subtree(token) if ctx.entities[m.entity].subclass in CROWDS),
                        None) or next((m for m in reversed(ctx.mentions) if m.entity and m.end <= token.idx
                                       and sent - 4 <= m.sent and ctx.entities[m.entity].subclass == "Community"), None)
        if found is None and token.lower_ in self.forces_back:
            found = self._force_named_before(ctx, token)
        if found is None:
            found = self.actors.unnamed(ctx, token)
        if found is None and token.lower_ in self.body_nouns:
            found = self._body_named_before(ctx, token)
        return found

    def _force_named_before(self, ctx: Context, token) -> Mention | None:
        """The body of the kinds a force's plural stands for that its own phrase names ("agentes de la PNC"), else the
        one named last before it, in its sentence or the four before ("los agentes lanzaron gases")."""
        kinds, sent = self.forces_back[token.lower_], ctx.sent_of(token.idx)
        return next((m for m in ctx.in_subtree(token) if ctx.entities[m.entity].subclass in kinds), None) or \
            next((m for m in reversed(ctx.mentions) if m.entity and m.end <= token.idx and sent - 4 <= m.sent
                  and ctx.entities[m.entity].subclass in kinds), None)

    @staticmethod
    def _first_body(ctx: Context) -> Mention | None:
        """In a body's own communiqué, "we" are the community or organisation the report names first."""
        return next((m for m in ctx.mentions if m.entity and ctx.entities[m.entity].subclass in CROWDS), None)

    def we_of(self, ctx: Context, verb) -> Mention | None:
        """The body a subjectless verb of the first person plural speaks for ("exigimos al Ministerio ...")."""
        if not self.we_verbs or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        return self._first_body(ctx) if has_features(verb, self.we_verbs) else None

    def unnamed_in_sentence(self, ctx: Context, sent: int) -> list[Mention]:
        """"una asamblea con la presencia de unos 400 comuneros": the community a sentence tells by its
        people's noun alone, as `mention_of` reads it (participants.yaml `people_at_gatherings`; none: off)."""
        if not self.people_at_gatherings:
            return []
        out = []
        for token in ctx.sents[sent]:
            if token.lower_ in self.people and not ctx.in_parentheses(token.idx) and \
                    not any(m.entity and m.start <= token.idx < m.end for m in ctx.mentions):
                found = self.mention_of(ctx, token)
                if found is not None and ctx.cls_of(found) in ACTORS:
                    out.append(found)
        return out

    def _body_named_before(self, ctx: Context, token) -> Mention | None:
        """"The Chubut Water Assembly reports ... The assembly denounced the tour": a body's head noun after
        a definite article stands for the last body named before whose name holds it (participants.yaml
        `body_nouns`; a language without them has the rule off)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        heads = {token.lower_} | self.body_heads.get(token.lower_, set())
        return next((m for m in reversed(ctx.mentions) if m.entity and m.end <= token.idx and ctx.cls_of(m) == "Organization"
                     and heads & set(ctx.entities[m.entity].name.lower().split())), None)

    def _antecedent(self, ctx: Context, pos: int, cls: str) -> Mention | None:
        sent = ctx.sent_of(pos)
        for m in reversed([m for m in ctx.mentions if m.entity and m.end <= pos and sent - 2 <= m.sent <= sent]):
            if ctx.cls_of(m) == cls and not (cls == "Organization" and ctx.entities[m.entity].subclass == "MediaOutlet"):
                return m
        return None

    def subject(self, ctx: Context, root) -> Mention | None:
        verb = verb_of(root)
        while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "officers stormed the hall and arrested him", "police arrived, cleared the road and
            # detained six": the subject of the first verb of the chain
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ == "PRP" and verb.dep_ == "advcl" and verb.head.tag_.startswith("VB"):
            # "X violated the right of Y when it granted the concession": a pronoun subject of an
            # adverbial clause is the subject of the verb the clause tells the time or way of.
            found = self.subject(ctx, verb.head)
            if found is not None:
                return found
        if subj is not None and (subj.tag_ in ("WDT", "WP") or self._relative_pronoun(ctx, subj, verb)):
            # "a team from the commission that had come to inspect", "villagers who had blocked the
            # trail": the relative pronoun stands for the noun the clause tells of; where the parse
            # does not hang the clause from it, the actor named right before the pronoun.
            if verb.dep_ == "relcl" or self._relative_pronoun(ctx, subj, verb):
                head = verb.head
                return self.mention_of(ctx, head) or next((m for m in ctx.in_subtree(head, ACTORS) if m.start < verb.idx
                                                           and not ctx.in_parentheses(m.start)), None)
            return next((m for m in reversed(ctx.mentions) if m.entity and m.end <= subj.idx and m.sent == ctx.sent_of(subj.idx)
                         and subj.idx - m.end <= 40 and ctx.cls_of(m) in ACTORS), None)
        if verb.dep_ in ctx.grammar.relative_clause_deps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "los indígenas de la comunidad X que ocupaban el campamento": the actor the clause hangs from.
            s = verb.head.left_edge.idx
            return next((m for m in ctx.mentions if m.entity and s <= m.start < verb.idx and ctx.cls_of(m) in ACTORS), None)
        if subj is None and ctx.grammar.get("subject_before_verb") and verb.dep_ == "ROOT" and verb.tag_.startswith("VB"):
            return self._unparsed_subject(ctx, verb)
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = self.mention_of(ctx, child) or self._mention_within(ctx, child)
                if found and ctx.cls_of(found) == "Organization":
                    # "the Ombudsman, Walter Gutiérrez, travelled": the person named in apposition.
                    person = next((p for a in child.children if a.dep_ == "appos"
                                   if (p := self.mention_of(ctx, a)) and ctx.cls_of(p) == "Person"), None)
                    found = person or found
                if found and ctx.cls_of(found) == "Place":
                    # "NSUAEM, Amansie West — Residents of Nsuaem took to the streets": the parse makes a dateline's
                    # place the subject and the people after the dash its apposition; they are who acted.
                    found = next((p for a in child.subtree if a.dep_ == "appos"
                                  if (p := self.mention_of(ctx, a)) and ctx.cls_of(p) in ACTORS), found)
                if found and ctx.cls_of(found) in ACTORS:
                    return found
        return None

    def _unparsed_subject(self, ctx: Context, verb) -> Mention | None:
        """"El lunes, pobladores del distrito de X bloquearon el puente": a main verb the small parse gives
        no subject (it hangs the people from the date) has for subject the first actor of its sentence
        before it, where no other verb and no preposition of its own stand between (grammar.yaml
        `subject_before_verb`; none: the rule is off)."""
        sent = ctx.sent_of(verb.idx)
        first = next((m for m in ctx.in_sentence(sent, ACTORS) if m.end <= verb.idx and not ctx.in_parentheses(m.start)), None)
        if first is None:
            return None
        token = ctx.doc.char_span(first.start, first.end, alignment_mode="expand").root
        between = ctx.doc[token.i + 1:verb.i]
        if any(t.tag_.startswith("VB") for t in between) or any(c.dep_ == "case" for c in token.children) or \
                ctx.grammar.get("subject_blockers") and ctx.report.text[ctx.sents[sent].start_char:first.start].strip().lower().endswith(
                    tuple(ctx.grammar.subject_blockers)):
            return None
        return first

    @staticmethod
    def _relative_pronoun(ctx: Context, subj, verb) -> bool:
        """"las comunidades de X, que desde el 2 de febrero acatan un paro": a parse that tags the
        relative pronoun as any pronoun (UD) and hangs its clause as a noun's `acl`; the language's
        relative pronouns are grammar.yaml `relative_pronouns` (none: the rule is off)."""
        return subj.lower_ in (ctx.grammar.get("relative_pronouns") or ()) and verb.dep_ in ctx.grammar.relative_clause_deps

    def object_of(self, ctx: Context, root) -> Mention | None:
        for child in root.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr"):
                # "arrested the cacique Silvia Carrera's deputy, Rogelio Montezuma": the one the
                # apposition names, not the possessor inside the phrase.
                found = next((p for a in child.children if a.dep_ == "appos"
                              if (p := self.mention_of(ctx, a)) and ctx.cls_of(p) == "Person"), None)
                found = found or self.mention_of(ctx, child) or self._mention_within(ctx, child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    found = self.mention_of(ctx, grandchild) or self._mention_within(ctx, grandchild)
                    if found:
                        return found
            if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ctx.grammar.of_words for c in child.children):
                found = self.mention_of(ctx, child) or self._mention_within(ctx, child)
                if found:
                    return found
        return None

    def _mention_within(self, ctx: Context, token) -> Mention | None:
        """The first mention in a token's subtree, not inside an aside in parentheses."""
        return next((m for m in ctx.in_subtree(token, ACTORS + ("Place",)) if not ctx.in_parentheses(m.start)), None)

    def _sentence_subject(self, ctx: Context, sent: int) -> Mention | None:
        span = ctx.sents[sent]
        # ("1. | Que desde el 13 de marzo nuestras bases mantienen un paro": a sentence the rules read as one may hold
        # two trees, the list number's first; the clause is the last.)
        roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
        subjects = [c for c in roots[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((found for c in subjects if (found := self.mention_of(ctx, c) or self._mention_within(ctx, c))), None)

    def _with_conjuncts(self, ctx: Context, head: Mention) -> list[Mention]:
        """"Fuerabamba and the neighbouring Huancuire community occupied": both."""
        token = ctx.doc.char_span(head.start, head.end, alignment_mode="expand").root
        out = [head]
        for t in token.conjuncts:
            found = self.mention_of(ctx, t) or self._mention_within(ctx, t)
            if found is not None and found.entity not in {m.entity for m in out}:
                out.append(found)
        return out

    def _agent(self, ctx: Context, root) -> Mention | None:
        """"killed by police", "the killing of a protester by the police": the actor after "by"
        where it hangs from the trigger itself, not from a clause of its own ("clashed outside the
        mine, operated by X")."""
        for t in root.subtree:
            if t.lower_ not in self.agent_preps or t.i == root.i:
                continue
            head = t.head
            while head.i != root.i and not head.tag_.startswith("VB"):
                head = head.head
            if head.i == root.i:
                found = next((m for c in t.children if (m := self.mention_of(ctx, c) or self._mention_within(ctx, c))
                              and ctx.cls_of(m) in ACTORS), None)
                if found:
                    return found
        return None

    def passive_told_after(self, ctx: Context, root) -> tuple[list[Mention], Mention | None]:
        """"Fue detenido por agentes de la Policía Estatal el comunero X": a passive participle whose
        agent (a noun of `agent` case, as UD parses it) and undergoer both follow it; the small parse
        hangs the undergoer from the agent as an apposition. The persons reached from the verb through
        appositions alone (not "por orden del fiscal Y", an nmod) underwent it; the first actor of the
        agent phrase did it. Only where the language marks the passive with a copula of `passive_aux`."""
        aux = ctx.grammar.get("passive_aux") or ()
        if not root.tag_.startswith("VB") or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in aux for c in root.children):
            return [], None
        agent_noun = next((t for t in root.subtree if t.dep_ == "case" and t.lower_ in self.agent_preps
                           and t.head.head.i == root.i), None)
        agent = None
        if agent_noun is not None:
            agent = next((m for m in ctx.in_subtree(agent_noun.head, ACTORS) if ctx.cls_of(m) == "Organization"
                          and not ctx.in_parentheses(m.start)), None)
        people = []
        for m in ctx.in_subtree(root, ("Person",)):
            token = ctx.doc.char_span(m.start, m.end, alignment_mode="expand").root
            path = [token, *token.ancestors]
            path = path[:next(i for i, a in enumerate(path) if a.i == root.i)]
            if not ctx.in_parentheses(m.start) and not any(a.dep_ not in ("appos", "flat", "dobj", "obj") for a in path[:-1]) \
                    and path and path[-1].dep_ in ("dobj", "obj", "nsubjpass", "appos"):
                people.append(m)
        return people, agent

    def _passive_agent(self, ctx: Context, root) -> Mention | None:
        """The actor after "by" of the passive verb the trigger is (or is the subject of)."""
        verb = root.head if root.dep_ == "nsubjpass" else root
        if not verb.tag_.startswith("VB"):
            return None
        for by in (c for c in verb.children if c.dep_ == "agent"):
            for c in by.children:
                found = self.mention_of(ctx, c)
                if found and ctx.cls_of(found) in ACTORS:
                    return found
                # "by the Federación Kichwa del Napo": the first actor of the phrase, not its place.
                found = next((m for m in ctx.in_subtree(c, ACTORS) if not ctx.in_parentheses(m.start)), None)
                if found:
                    return found
        return None

    def _undergoers(self, ctx: Context, root) -> list[Mention]:
        """The persons of the subject of "died" or of a passive ("X and Y were killed")."""
        if not root.tag_.startswith("VB"):
            return []
        subjects = [c for c in root.children if c.dep_ == "nsubjpass" or
                    (c.dep_ == "nsubj" and root.lower_ in self.undergoer_verbs)]
        out = []
        for c in subjects:
            out += [m for m in ctx.in_subtree(c, ("Person",)) if m not in out]
        return out


def _quoted(ctx: Context, token) -> bool:
    """Whether a token stands inside a quotation of its sentence: "we" in a quote is the speaker's, not the report's."""
    before = ctx.report.text[token.sent.start_char:token.idx]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
