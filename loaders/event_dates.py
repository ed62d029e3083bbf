"""Dates flowing to the events of a text, as a reader's do.

A date goes to the event its phrase hangs from, then to the other clauses of its sentence; an
event told as some time before or after another takes that date moved; a sentence that opens on
a time of the day told before takes that day (those told relative to another: loaders/relative_dates.py).
A day the text does not give is never guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from loaders.clause_times import governing, in_its_clause, noun_of_date, other_time, since_clause
from loaders.event_repeats import told_again
from loaders.lexicon import alternatives
from loaders.model import Context, EventMention
from loaders.relative_dates import RelativeDates
from loaders.story_time import StoryTime

HARMS = {"Killing", "Injury"}


class DateFlow(RelativeDates):
    def __init__(self, table: dict):
        self._relative_setup(table)
        # A new bullet or heading between two sentences starts a new time; a new paragraph of
        # prose goes on with the story.
        self.block_break = re.compile(r"\n\s*(?:[-*•]|#+|\d+\.)\s")
        self.future = set(table["future"])
        # "desde el 28 de octubre bloqueaban": a date a state is told as lasting since is the
        # background of the story, not its time; the sentences after go on with the time before.
        since = table.get("since") or []
        self.since = re.compile(rf"(?:{alternatives(since).pattern})\s+(?:(?:el|la|the|pasado)\s+)*$" if since else "(?!)", re.I)
        self.since_opens = re.compile(rf"{alternatives(since).pattern}\s" if since else "(?!)", re.I)
        self.definite = set(table.get("definite", ()))
        self.definite_case = set(table.get("definite_case", ()))     # "del": a preposition with the article in it
        self.clause_bound = set(table.get("clause_bound", ()))
        self.noun_date_cases = set(table.get("noun_date_cases", ()))
        self.background_marks = set(table.get("background_marks", ()))
        self.again_words = set(table.get("again_words", ()))
        self.through_subject = frozenset(table.get("date_through_subject", ()))
        self.through_object = frozenset(table.get("date_through_object", ()))
        self.other_time_marks = set(table.get("other_time_marks", ()))
        self.pointing_preps = set(table.get("pointing_preps", ()))
        self.pointing_verbs = set(table.get("pointing_verbs", ()))
        self.ongoing = set(table.get("ongoing", ()))
        # Which dates and triggers are the story's time (loaders/story_time.py; Spanish data keys).
        self.story = StoryTime(table)
        self._reported: set[int] = set()

    @staticmethod
    def harms_in_clashes(events: list[EventMention], sents: dict[int, set[int]]) -> None:
        """Deaths, injuries and arrests "in the clash" take the clash's date and place when their own
        sentence gives none: the clash of their sentence, or of the sentence before."""
        clashes = [e for e in events if e.subclass == "Clash"]
        for harm in (e for e in events if e.subclass in HARMS | {"Arrest"}):
            own = sents[id(harm)]
            clash = next((c for c in clashes if sents[id(c)] & own), None) or \
                next((c for c in clashes if sents[id(c)] & {s - 1 for s in own}), None)
            if clash is None or harm.subclass == "Arrest" and harm.date and harm.date != clash.date:
                continue    # an arrest told on a day of its own is a scene of its own
            if harm.date is None and clash.date:
                harm.date, harm.precision = clash.date, clash.precision
            if not harm.places:
                harm.places = list(clash.places)

    def __call__(self, ctx: Context, events: list[EventMention]) -> list[EventMention]:
        """Each date goes to the event whose trigger it hangs from, or the closest of its sentence,
        then flows on to the events without one. Returns the events one trigger turned out to
        tell several of."""
        ctx.dates = [self._ahead(ctx, d) if d.weekday else d for d in ctx.dates]
        self._reported = self.story.reported(ctx, events)
        self._year_before_noun(ctx, events)
        # Dates that hang from a trigger in the parse go first: "SANTIAGO, 2 March — X reports
        # that on 28 February a team met ...": the meeting is the 28th's, the 2nd is the report's.
        # Of two that hang from one, the one nearer it in the tree ("Update of 2 March: on 28 February ... met").
        in_sent: dict[int, list[EventMention]] = {}
        for e in events:
            in_sent.setdefault(e.sent, []).append(e)
        governed = {id(d): governing(ctx, d, in_its_clause(ctx, d, in_sent.get(ctx.sent_of(d.start), []), self.clause_bound,
                                                         self.background_marks, self.noun_date_cases), self.through_subject,
                                     self.through_object)
                    for d in ctx.dates if d.date}
        # "suspended on Monday the licence, granted in 2006": a trigger a date of its own hangs from
        # shares no other date of its sentence.
        own = {id(g) for g, _ in governed.values() if g}

        def order(d) -> tuple[int, int]:
            # ("lo liberó el 12 de marzo y una semana después, el 19, se instaló una mesa": of the dates the parse
            # hangs from no trigger, the one nearer a trigger gives it its day first)
            depth = governed.get(id(d), (None, 99))[1]
            here = in_sent.get(ctx.sent_of(d.start), []) if depth == 99 else []
            return depth, min((min(abs(e.trigger[0] - d.end), abs(d.start - e.trigger[1])) for e in here), default=0)
        for date in sorted(ctx.dates, key=order):
            if not date.date or id(date) in self._reported:
                continue
            here = in_sent.get(ctx.sent_of(date.start), [])
            if not here:
                continue
            mine = in_its_clause(ctx, date, here, self.clause_bound, self.background_marks, self.noun_date_cases)
            nearest = governed[id(date)][0] or min(mine, key=lambda e: (min(abs(e.trigger[0] - date.end), abs(date.start - e.trigger[1])),
                                                                        e.trigger[0]), default=None)
            if nearest is None:
                continue
            if nearest.date is None:
                nearest.date, nearest.precision = date.date, date.precision
            hub = ctx.root_of(nearest)
            for e in here:
                # "El lunes, en una reunión realizada en X, las partes acordaron": a noun the verb the date
                # hangs from takes as its oblique (the language's `told_deps`) happens that day; not one a date of
                # its own hangs from ("concedió el 11 de mayo la suspensión, a raíz del amparo que presentaron el 26 de abril").
                if e.date is None and governed[id(date)][0] is nearest and hub.tag_.startswith("VB") and id(e) not in own:
                    root = ctx.root_of(e)
                    if root.head.i == hub.i and self.story.carried(root):
                        e.date, e.precision = date.date, date.precision
                    # "11 campesinos resultaron heridos y 23 fueron aprehendidos este lunes": a date after two
                    # verbs "and" joins is the day of both.
                    elif root in hub.conjuncts and root.tag_.startswith("VB") and root.i < hub.i and date.start > e.trigger[1]:
                        e.date, e.precision = date.date, date.precision
                # Mentions of the same kind share it; so does a trigger right before it
                # ("the mesa de diálogo on 6 October" while the date hangs from "agreement").
                adjacent = 0 <= date.start - e.trigger[1] <= 5
                if e.date is None and (e.subclass == nearest.subclass and id(e) not in own or adjacent):
                    e.date, e.precision = date.date, date.precision

        added = self._coordinated(ctx, events)
        added += told_again(ctx, [e for e in events if e not in added], self.again_words)
        events = events + added
        self._intervals(ctx, events)
        self._sentence_date(ctx, events)
        self._same_time(ctx, events)
        self._during_event(ctx, events)
        self._narration(ctx, events)
        self.story.recapped(ctx, events, self.blocks(ctx))
        self.story.counted_from_events(ctx, events)
        return added

    YEAR = re.compile(r"(?:1[89]|20)\d\d")

    def _year_before_noun(self, ctx: Context, events: list[EventMention]) -> None:
        """"renegotiate the 2003 framework agreement", "the 2019 blockade": a year that modifies a
        trigger noun is that event's date (the date phrases of the text do not hold a bare year)."""
        for e in events:
            root = ctx.root_of(e)
            # (a plural is counted, not dated: "1900 arrests")
            if e.date is None and root.tag_ in ("NN", "NNP"):
                year = next((t for t in root.subtree if t.i < root.i and t.dep_ in ("nummod", "compound", "amod", "npadvmod")
                             and t.head.i in (root.i, *(c.i for c in root.lefts)) and self.YEAR.fullmatch(t.text)), None)
                if year is not None and not (year.i and year.nbor(-1).lower_ in ("of", "per")):
                    e.date, e.precision = year.text, "year"

    @staticmethod
    def _coordinated(ctx: Context, events: list[EventMention]) -> list[EventMention]:
        """"Talks stalled in May and collapsed in June": one noun, the subject of verbs joined by
        "and" that each tell their own date, is as many events, each on its verb's date. Returns
        the events added."""
        added = []
        for e in events:
            root = ctx.root_of(e)
            # The noun's verbs: the one it is the subject of, those the parse hangs from it, and
            # the verbs joined to them.
            heads = [c for c in root.children if c.dep_ in ("acl", "relcl")]
            if root.dep_ in ("nsubj", "nsubjpass"):
                heads.append(root.head)
            verbs = sorted({t for h in heads for t in (h, *h.conjuncts) if t.tag_.startswith("VB")}, key=lambda t: t.i)
            if len(verbs) < 2:
                continue
            own = {}
            for d in ctx.dates:
                span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
                if not d.date or span is None or ctx.sent_of(d.start) != e.sent:
                    continue
                verb = next((t for t in span.root.ancestors if t in verbs), None)
                if verb is not None:
                    own.setdefault(verb.i, d)
            told = [own[v.i] for v in verbs if v.i in own]
            if len(told) < 2 or len({d.date for d in told}) < 2:
                continue
            e.date, e.precision = told[0].date, told[0].precision
            added += [replace(e, date=d.date, precision=d.precision, places=list(e.places),
                              participants=list(e.participants)) for d in told[1:]]
        return added

    def _ahead(self, ctx: Context, date):
        """"called on both sides to meet on Friday", "will meet on Monday": a weekday of a clause
        in the future is the next one, not the last."""
        span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
        verb = next((t for t in span.root.ancestors if t.tag_.startswith("VB")), None) if span is not None else None
        if verb is None or not any(c.dep_ == "aux" and c.lower_ in self.future for c in verb.children):
            return date
        day = dt.date.fromisoformat(date.date) + dt.timedelta(days=7)
        return replace(date, date=day.isoformat())

    def blocks(self, ctx: Context) -> list[int]:
        """The bullet or section each sentence is in, by number: what is told in one goes on."""
        # Seven steps read them per report; the sentences and the text do not change once parsed.
        if getattr(ctx, "_blocks", None) is not None:
            return ctx._blocks
        text, out, n = ctx.report.text, [], 0
        for i, sent in enumerate(ctx.sents):
            before = ctx.sents[i - 1] if i else None
            if before is not None and self.block_break.search(
                    text, before.start_char + len(before.text.rstrip()), sent.start_char + 8):
                n += 1
            out.append(n)
        ctx._blocks = out
        return out

    def _narration(self, ctx: Context, events: list[EventMention]) -> None:
        """"- 9 July: Police dispersed a sit-in. Two members were detained.": a sentence that tells
        no date of its own goes on with the time of the one before it, within a bullet or a
        section: the date that sentence told, or the one its events took."""
        # (not a date of a noun's own act: "pide que investigue el ataque del 5 de marzo" goes on in the time before)
        told = {ctx.sent_of(d.start): d for d in ctx.dates if d.date and noun_of_date(
            ctx.doc.char_span(d.start, d.end, alignment_mode="expand"), self.noun_date_cases) is None}
        by_sent: dict[int, list[EventMention]] = {}
        for e in events:
            by_sent.setdefault(e.sent, []).append(e)
        blocks = self.blocks(ctx)
        current, heading = None, None
        for i in range(len(ctx.sents)):
            if i and blocks[i] != blocks[i - 1] and not self.story.list_goes_on(ctx, i):
                current = None
            if i in told:
                heading = i if self._only_a_date(ctx, i) else None
                here = [d for d in ctx.dates if d.date and ctx.sent_of(d.start) == i]
                timed = [d for d in here if not self._not_story_time(ctx, d)]
                if not timed:
                    continue    # only a "since" date: the story's time goes on
                # ("on Monday, 25 February": two phrases of one day are one time)
                if len(timed) < len(here):
                    current = (timed[0].date, timed[0].precision) if len({d.date for d in timed}) == 1 else None
                    continue
                current = None if len({d.date for d in here}) > 1 else (told[i].date, told[i].precision)
                dated = [e for e in by_sent.get(i, []) if e.date]
                if current is None and dated:
                    current = (dated[-1].date, dated[-1].precision)
                continue
            for e in by_sent.get(i, []):
                if e.date is None and current and self._told_here(ctx, e, carried=True):
                    (e.date, e.precision), e.date_carried = current, True
                    e.date_headed = heading is not None and self._headed(ctx, e, heading)
            # "said X at the close of the session. Y stressed that ...": a time an event of a sentence
            # that tells no date took from another event goes on to the next sentences.
            timed = [e for e in by_sent.get(i, []) if e.date and not e.date_carried]
            if current is None and timed:
                current, heading = (timed[-1].date, timed[-1].precision), None

    @staticmethod
    def _headed(ctx: Context, e: EventMention, heading: int) -> bool:
        """"**12 de abril.** Se produjo el desalojo": a bulletin's dated heading, in the event's paragraph, is the day of
        what its bullet tells (a verb, or its verb's subject), not of a trigger named in a modifier or an object ("el
        desalojo del plantón", "filed a complaint over the injuries", "ataca el bloqueo": the ones told before)."""
        root = ctx.root_of(e)
        return "\n\n" not in ctx.report.text[ctx.sents[heading].end_char:ctx.sents[e.sent].start_char] and (
            root.tag_.startswith("VB") or root.dep_ in ("ROOT", "nsubj", "nsubjpass"))

    @staticmethod
    def _only_a_date(ctx: Context, i: int) -> bool:
        """Whether sentence `i` is a date and nothing more ("**12 de abril.**", "- 7 de mayo."): a heading."""
        sent = ctx.sents[i]
        dates = [d for d in ctx.dates if d.date and sent.start_char <= d.start < sent.end_char]
        rest = ctx.report.text[sent.start_char:sent.end_char]
        for d in dates:
            rest = rest.replace(ctx.report.text[d.start:d.end], " ")
        return bool(dates) and not re.sub(r"[\W_]+", "", rest)

    def _not_story_time(self, ctx: Context, date) -> bool:
        """A date that does not set the time the next sentences go on with: "desde el 2 de febrero",
        one a verb of reporting governs, or one after the publication ("realizará el 1 de marzo")."""
        return self._since(ctx, date) or id(date) in self._reported or self.story.after(ctx, date) or \
            since_clause(ctx.doc.char_span(date.start, date.end, alignment_mode="expand"), self.background_marks) is not None

    def _since(self, ctx: Context, date) -> bool:
        text = ctx.report.text
        # ("since Monday": the phrase itself may open on the word)
        return bool(self.since.search(text, max(0, date.start - 20), date.start) or self.since.match(date.text + " ")
                    or self.since_opens.match(date.text))

    def _sentence_date(self, ctx: Context, events: list[EventMention]) -> None:
        """"On 4 June, as police cleared the road, a village agreed to a truce": a sentence's only
        date reaches every clause of it: a verb, or a noun that is what a verb acts on ("charged a
        march"), not a noun subject: "as the strike entered its fourth week" tells of a strike
        that began before."""
        dates: dict[int, list] = {}
        for d in ctx.dates:
            if d.date and id(d) not in self._reported:
                dates.setdefault(ctx.sent_of(d.start), []).append(d)
        for e in events:
            told = dates.get(e.sent, [])
            if e.date or len(told) != 1:
                continue
            if self._told_here(ctx, e) and self._reaches(ctx, told[0], e) and not other_time(ctx, told[0], e, self.other_time_marks):
                e.date, e.precision = told[0].date, told[0].precision
                e.date_carried = self.story.carried(ctx.root_of(e))

    # Dependencies that open a clause of its own: a date inside one that follows its head tells
    # of that clause alone ("blocked the road, demanding the lease agreed in 2019": 2019 is the
    # lease's). A clause before its head is how the parse joins two main clauses ("X occupied
    # the galleries in October 2006; in the clashes that followed, 16 were killed").
    CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp"}
    NOUN_CLAUSES = {"relcl", "acl"}

    def _reaches(self, ctx: Context, date, e: EventMention) -> bool:
        """Whether a sentence's date reaches an event: a date of the main clause reaches every
        clause; one inside a subordinate clause reaches what that clause holds, and the noun a
        relative clause tells of ("the strike, which began on 21 May")."""
        span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            return True
        noun = noun_of_date(span, self.noun_date_cases)
        if noun is not None:
            return ctx.root_of(e) in noun.subtree
        clauses = [t for t in [span.root, *span.root.ancestors] if t.dep_ in self.CLAUSES and t.i > t.head.i]
        if not clauses:
            return True
        clause = clauses[-1]
        root = ctx.root_of(e)
        return root in clause.subtree or (clause.dep_ in self.NOUN_CLAUSES and root.i == clause.head.i)

    def _told_here(self, ctx: Context, e: EventMention, carried: bool = False) -> bool:
        """A verb, or a noun that is what a verb acts on ("charged a march"), happens in the time
        its sentence speaks of; a noun subject ("as the strike entered its fourth week") may be
        older, and so is one that a verb of blame gives with a definite article (event_dates.yaml
        `definite`, `pointing_preps`, `pointing_verbs`): "charged two guards with the killing"
        tells of a killing told before; "killed in the clashes" does not."""
        root = ctx.root_of(e)
        # (a verb the parse joins to a noun as its conjunct, after a sentence split: "El miércoles, | unos 300
        # mineros ... marcharon", is a verb of its own)
        while root.dep_ in ("conj", "appos") and root.head.i != root.i and not (root.tag_.startswith("VB") and not root.head.tag_.startswith("VB")):
            root = root.head        # "a meeting between X, Y and a delegation of Z": as the first of its list
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in self.pointing_preps and prep.head.lower_ in self.pointing_verbs and \
                any(c.dep_ == "det" and c.lower_ in self.definite for c in root.children):
            return False
        if self.story.background_of(root, carried):
            return False
        if root.tag_.startswith("VB") or root.dep_ in self.story.told_deps:
            return True
        if not carried:
            return False
        # "- 15 August:\nTalks between X and Y collapsed", "(on 25 February ...). The meeting, held at X,
        # was chaired by Y": in a sentence that goes on with the time told before, the subject of its
        # own verb happens then, unless that verb tells it goes on (event_dates.yaml `ongoing`; a
        # language without it has the rule off).
        verb = root.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ROOT" and bool(self.ongoing) and \
            not any(v.lower_ in self.ongoing for v in (root.head, verb))
