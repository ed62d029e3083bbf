"""The typed results that pass from one pipeline step to the next."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from loaders.lexicon import grammar
from loaders.read import Report

# The subclasses of the state's armed bodies: who uses force in a clash, and whose line of command
# the command rules read.
FORCES = frozenset({"PoliceUnit", "MilitaryUnit"})


def verb_of(token):
    """The verb a trigger word is or hangs from ("the march" in "police charged the march":
    "charged"); the root of its sentence when no verb is above it."""
    verb = token
    while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def has_features(token, features: dict[str, str]) -> bool:
    """The token's morphological features (UD's, in the parse) hold each of `features`, with that one
    value ("exigimos": {"Person": "1", "Number": "Plur"}); the rules' data name them."""
    return all(token.morph.get(k) == [v] for k, v in features.items())


@dataclass
class Mention:
    start: int                      # character offsets in report.text
    end: int
    text: str
    source: str                     # gazetteer | generic | ner | group | acronym | role | anaphora
    sent: int = 0
    label: str | None = None        # the NER label, a weak hint only
    entry: str | None = None        # canonical gazetteer name
    name: str | None = None         # canonical name a pattern proposes
    cls: str | None = None
    subclass: str | None = None
    weight: int = 0                 # how sure the typing cue is
    title: str | None = None        # role mentions: "vice-president"
    body: str | None = None         # role mentions: the body the title names (gazetteer name)
    country: str | None = None      # role mentions: "Peru's vice-president"
    former: bool = False
    holder: "Mention | None" = None  # role mentions: the named person the title belongs to
    acronym_of: "Mention | None" = None  # an acronym defined in the text names that mention's entity
    entity: str | None = None       # set by resolution: the id of its entity
    aliases: list[str] = field(default_factory=list)   # other names the text gives it in the same place


@dataclass
class Entity:
    id: str
    cls: str
    subclass: str | None
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entry: str | None = None
    level: str | None = None
    wikidata: str | None = None
    country: str | None = None      # state bodies: the ISO code of the state they belong to


@dataclass
class Fact:
    """A relationship read from one sentence."""
    type: str
    start: str
    end: str
    evidence: str
    extractor: str
    confidence: float
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class EventMention:
    subclass: str
    sent: int
    trigger: tuple[int, int]        # character span
    evidence: str
    date: str | None = None
    precision: str | None = None
    # The date came from the sentences around, not the event's own: a told date of another
    # mention of the event outweighs it.
    date_carried: bool = False
    # The carried date is the dated heading of the event's bullet ("**12 de abril.** Se produjo el desalojo"):
    # two mentions under two such headings are two events, unless one points back to the other.
    date_headed: bool = False
    places: list[str] = field(default_factory=list)
    participants: list[tuple[str, str]] = field(default_factory=list)   # (entity id, role)
    outlets: list[str] = field(default_factory=list)
    quote: str | None = None
    more_evidence: list[str] = field(default_factory=list)   # later sentences about the same event
    # The sentence that names a participant, where it is not `evidence` ("X, present with Y at Z").
    participant_evidence: dict[str, str] = field(default_factory=dict)
    id: str | None = None


@dataclass
class CommitmentMention:
    text: str
    evidence: str
    status: str = "unknown"
    makers: list[str] = field(default_factory=list)
    endorsers: list[str] = field(default_factory=list)
    made_at: str | None = None      # event id
    span: tuple[int, int] = (0, 0)  # where the text of the promise is
    id: str | None = None


@dataclass
class IssueMention:
    name: str
    evidence: str
    demanders: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    id: str | None = None


@dataclass
class Context:
    """Everything the pipeline knows about one report; each step adds its part."""
    report: Report
    doc: Any                                            # the spaCy Doc of report.text
    country: str | None = None                          # ISO code the report is about
    mentions: list[Mention] = field(default_factory=list)
    dates: list = field(default_factory=list)           # dates.DateMention, in text order
    roles: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    commitments: list[CommitmentMention] = field(default_factory=list)
    issues: list[IssueMention] = field(default_factory=list)
    forces: dict[str, str] = field(default_factory=dict)  # the force nodes a word made (event_actors.py), by name

    @property
    def grammar(self):
        """The small words of the report's language the rules read around mentions (grammar.yaml)."""
        return grammar(self.report.language or "en")

    def entity_of(self, m: Mention | None) -> Entity | None:
        return self.entities.get(m.entity) if m is not None and m.entity else None

    def cls_of(self, m: Mention | None) -> str | None:
        e = self.entity_of(m)
        return e.cls if e else None

    def sentence(self, index: int) -> str:
        return self.sents[index].text.strip()

    @property
    def sents(self) -> list:
        if not hasattr(self, "_sents"):
            self._sents = _joined_at_commas(list(self.doc.sents))
        return self._sents

    def root_of(self, event: EventMention):
        """The head token, in the parse, of an event's trigger."""
        return self.doc.char_span(*event.trigger, alignment_mode="expand").root

    def add_mentions(self, *mentions: Mention) -> None:
        """Mentions a rule found (or made) after NER, kept with the others in reading order."""
        self.mentions = sorted(self.mentions + list(mentions), key=lambda m: (m.start, m.end))

    def sent_of(self, char: int) -> int:
        from bisect import bisect_right
        if not hasattr(self, "_starts"):
            self._starts = [s.start_char for s in self.sents]
        return max(bisect_right(self._starts, char) - 1, 0)

    # --- finding mentions around a position: the rules read text the way an analyst does ---

    def in_subtree(self, token, classes: tuple[str, ...] = ()) -> list[Mention]:
        """The mentions of `classes` (any, when none are given) that start inside the phrase the
        parse makes of a token: its subtree, from its left edge to the end of its right edge."""
        s, e = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return [m for m in self.in_sentence(self.sent_of(token.idx), classes) if s <= m.start < e]

    def in_sentence(self, sent: int, classes: tuple[str, ...] = ()) -> list[Mention]:
        # Mentions indexed by sentence, rebuilt when the list is replaced or grows: linear per report.
        src = getattr(self, "_by_sent_src", None)
        if src is not self.mentions or getattr(self, "_by_sent_len", -1) != len(self.mentions):
            index: dict[int, list[Mention]] = {}
            for m in self.mentions:
                index.setdefault(m.sent, []).append(m)
            self._by_sent, self._by_sent_src, self._by_sent_len = index, self.mentions, len(self.mentions)
        return [m for m in self._by_sent.get(sent, ()) if m.entity and (not classes or self.cls_of(m) in classes)]

    def mention_at(self, pos: int, classes: tuple[str, ...] = ()) -> Mention | None:
        """The entity mention starting at `pos`, past blanks, quotes, "the"/"a", "either" and
        honorifics ("Mr", "General PNP"); where a title starts there instead ("led by the mayor,
        Richard Ale"), the title's holder."""
        skip = self.grammar.skip_before_name.match(self.report.text, pos)
        start = skip.end() if skip else pos
        found = next((m for m in self.mentions if m.start == start and m.entity
                      and (not classes or self.cls_of(m) in classes)), None)
        if found is None and start > pos:
            # "the General Command of the Police": a name that starts with an honorific's word.
            found = next((m for m in self.mentions if pos <= m.start < start and m.entity and m.end > start
                          and (not classes or self.cls_of(m) in classes)), None)
        if found is None and (not classes or "Person" in classes):
            role = next((r for r in self.roles if r.start <= start <= r.start + 4 and r.holder is not None
                         and r.holder.entity and self.cls_of(r.holder) == "Person"), None)
            found = role.holder if role else None
        return found

    def actor_at(self, pos: int, classes: tuple[str, ...] = ("Person", "Organization")) -> Mention | None:
        """`mention_at`, or the body a short noun phrase names with "of" ("officials of the
        Defensoría", "the Director General of the PNP")."""
        found = self.mention_at(pos, classes)
        if found is None:
            of = self.grammar.of_phrase.match(self.report.text, pos)
            found = self.mention_at(of.end(), classes) if of else None
        return found

    def chain_at(self, pos: int, classes: tuple[str, ...] = ("Person", "Organization")) -> list[Mention]:
        """The actors of a list starting at `pos`: "the Junta de Usuarios, an irrigators'
        association, and the Frente de Defensa" gives both bodies."""
        first = self.actor_at(pos, classes)
        return [] if first is None else self.list_from(first, classes)

    def list_from(self, first: Mention, classes: tuple[str, ...], gap: re.Pattern | None = None) -> list[Mention]:
        """`first` and the mentions that follow it in one list, each separated from the one
        before by text `gap` matches (a comma, "and", an aside; the language's list_gap unless given)."""
        gap = gap or self.grammar.list_gap
        out, last = [first], first
        for m in self.in_sentence(first.sent, classes):
            if m.start < last.end or m.entity == last.entity:
                continue
            if not gap.match(self.report.text[last.end:m.start]):
                break
            out.append(m)
            last = m
        return out

    def bodies_before(self, pos: int, fits) -> set[str]:
        """The bodies (Organization entities) mentioned before `pos` that `fits(entity)` accepts: the rules that
        read "the council", "the assembly's", "del frente" as the one body named before with that word."""
        return {m.entity for m in self.mentions if m.entity and m.end <= pos and self.cls_of(m) == "Organization"
                and fits(self.entities[m.entity])}

    def nearest_before(self, pos: int, sent: int, classes: tuple[str, ...] = ()) -> Mention | None:
        """The closest mention before `pos` in the sentence, skipping asides in parentheses."""
        found = [m for m in self.in_sentence(sent, classes) if m.end <= pos and not self.in_parentheses(m.start)]
        return found[-1] if found else None

    def in_parentheses(self, pos: int) -> bool:
        sent = self.sents[self.sent_of(pos)]
        before = self.report.text[sent.start_char:pos]
        return before.count("(") > before.count(")")


# A list item's number alone, as the Spanish parse ends a sentence on its dot: "3." of "3. Al día siguiente, ...".
LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")


def _joined_at_commas(sents: list) -> list:
    """"Anoche, | un grupo de huelguistas levantó barricadas", "En Cerro de Pasco, | el titular se reunió": the
    parse may end a sentence on a fronted phrase's comma (a tree of its own); the rules read the two as one,
    and a list item's number with the item it opens ("3. | Al día siguiente, ...")."""
    out = []
    text = sents[0].doc.text if sents else ""    # Doc.text joins every token: read it once, not per sentence
    for s in sents:
        between = text[out[-1].end_char:s.start_char] if out else ""
        if out and (out[-1].text.rstrip().endswith(",") or LIST_NUMBER.fullmatch(out[-1].text)) and "\n" not in between:
            out[-1] = out[-1].doc[out[-1].start:s.end]
        else:
            out.append(s)
    return out

