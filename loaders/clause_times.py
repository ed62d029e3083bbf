"""Which clause's time a date is: a date inside a relative clause is not the time of the verb outside
it, and an event of a clause "after" or "since" opens is not at the time of the clause it hangs from."""
from __future__ import annotations

from loaders.model import Context, EventMention


OPENING, CLOSING = '"“«', '"”»'


def quoted(ctx: Context, char: int) -> tuple[int, int] | None:
    """The (start, end) characters of the quoted words of its sentence that `char` stands in, if any."""
    sent = ctx.sents[ctx.sent_of(char)]
    start, text = sent.start_char, sent.text
    opened = None
    for i, c in enumerate(text):
        if opened is None and c in OPENING:
            opened = start + i
        elif opened is not None and c in CLOSING:
            if opened < char < start + i:
                return opened, start + i
            opened = None
    return None


def noun_of_date(span, cases: set) -> object | None:
    """"pide que investigue el ataque del 5 de marzo": the noun before a date that one of `cases` ties to it
    (event_dates.yaml `noun_date_cases`; none: the rule is off), whose time the date is; None if there is none."""
    root = span.root if span is not None else None
    if not cases or root is None or root.dep_ != "nmod" or root.i < root.head.i or not root.head.tag_.startswith("NN"):
        return None
    return root.head if any(c.dep_ == "case" and c.lower_ in cases for c in root.children) else None


def in_its_clause(ctx: Context, date, here: list[EventMention], bound: set[str], marks: set = frozenset(),
                  noun_cases: set = frozenset()) -> list[EventMention]:
    """The events of a sentence a date may be the time of. "Silverstone, which bought the concession in
    2013, said": a date inside a relative clause is not the time of the events outside it, but of the
    noun it tells of (event_dates.yaml `clause_bound`: the dependencies of a relative clause in the
    language's parse; a language without it has the rule off). A
    participle's date ("the decree, published today") stays the time of its noun's act. A date inside a
    clause one of `marks` opens ("the third confrontation since mining resumed in May") is the time of that
    clause's events alone, not of the noun it hangs from."""
    quote = quoted(ctx, date.start)
    if quote is not None:
        # ("'Venimos denunciando esto desde 2004', dijo X": a date inside quoted words is the time of what
        # they tell, not of the saying around them)
        here = [e for e in here if quote[0] <= e.trigger[0] < quote[1]]
    span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
    noun = noun_of_date(span, noun_cases)
    if noun is not None:
        # (the time of the act the noun names, or of an event told inside its phrase, not of the clause it stands in)
        return [e for e in here if ctx.root_of(e) in noun.subtree]
    background = since_clause(span, marks)
    if background is not None:
        return [e for e in here if ctx.root_of(e) in background.subtree]
    relative = next((t for t in [span.root, *span.root.ancestors] if t.dep_ in bound and t.i > t.head.i),
                    None) if bound and span is not None else None
    if relative is None:
        return here
    return [e for e in here if (r := ctx.root_of(e)) in
            relative.subtree or r.i == relative.head.i]


def other_time(ctx: Context, date, e: EventMention, marks: set) -> bool:
    """"walked to the town hall on Monday ... after the tailings pond spilled into the river": an event of
    a clause a word of another time opens (event_dates.yaml `other_time_marks`; none, the rule is off)
    happened at a time of its own, not at the date of the clause it hangs from."""
    if not marks:
        return False
    root = ctx.root_of(e)
    span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
    for t in [root, *root.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return span is None or span.root not in t.subtree
    return False


def since_clause(span, marks: set):
    """The clause a word of `marks` opens that holds a date's phrase ("since mining resumed in the district in
    May"): what it tells is the background of the story (event_dates.yaml `background_marks`; none, the rule is off)."""
    if not marks or span is None:
        return None
    return next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "advcl"
                 and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children)), None)


def governing(ctx: Context, date, events: list[EventMention], through_subject: frozenset = frozenset(),
              through_object: frozenset = frozenset()) -> tuple[EventMention | None, int]:
    """The event whose trigger the date hangs from in the parse ("a visit ... on 22 October"),
    nearest up the tree, and how many heads up it is (99: none)."""
    span = ctx.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return None, 99
    ancestors = [t.i for t in span.root.ancestors]
    roots = {id(e): ctx.root_of(e).i for e in events}
    if through_subject:
        # "the first dialogue round was held in X on 14 October": a verb of taking place (event_dates.yaml
        # `date_through_subject`) that the date hangs from tells of the event its subject names
        verb = next((t for t in span.root.ancestors if t.tag_.startswith("VB")), None)
        for e in events:
            root = ctx.root_of(e)
            if verb is not None and verb.lower_ in through_subject and root.dep_ in ("nsubj", "nsubjpass") \
                    and root.head.i == verb.i and verb.i not in roots.values():
                roots[id(e)] = verb.i
    if through_object:
        # "el 2 de mayo la comunidad presentó una acción de amparo": a verb of doing (event_dates.yaml
        # `date_through_object`) that the date hangs from tells of the event its object names
        verb = next((t for t in span.root.ancestors if t.tag_.startswith("VB")), None)
        for e in events:
            root = ctx.root_of(e)
            if verb is not None and verb.lower_ in through_object and root.dep_ == "dobj" \
                    and root.head.i == verb.i and verb.i not in roots.values():
                roots[id(e)] = verb.i
    ranked = [(ancestors.index(roots[id(e)]), e.trigger[0], i) for i, e in enumerate(events)
              if roots[id(e)] in ancestors]
    if not ranked:
        return None, 99
    depth, _, i = min(ranked)
    return events[i], depth
