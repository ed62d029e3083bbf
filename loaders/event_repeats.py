"""One trigger told on several days: "Residents blocked the haul road on May 21 and again on June 12", "the
table met in Cajatambo in March 2013 and again in July" are as many events as dates, each on its own."""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.model import Context, EventMention

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def told_again(ctx: Context, events: list[EventMention], words: set) -> list[EventMention]:
    """The events added for the later dates of a verb whose date phrases follow each other joined only by
    `words` (event_dates.yaml `again_words`; none, the rule is off). A later month told without a year is
    in the year of the first ("in March 2013 and again in July")."""
    if not words:
        return []
    added = []
    text = ctx.report.text
    for e in events:
        root = ctx.root_of(e)
        verb = root if root.tag_.startswith("VB") else root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            continue
        own = []
        for d in ctx.dates:
            span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand") if d.date else None
            if span is None or ctx.sent_of(d.start) != e.sent:
                continue
            head = next((t for t in span.root.ancestors if t.tag_.startswith("VB")), None)
            if head is not None and head.i == verb.i:
                own.append(d)
        own.sort(key=lambda d: d.start)
        if len(own) < 2 or e.date not in (None, own[0].date):
            continue
        joined = [own[0]]
        for d in own[1:]:
            between = re.findall(r"[\w']+", text[joined[-1].end:d.start].lower())
            if not between or not set(between) <= words or "and" not in between and "again" not in between:
                break
            joined.append(d)
        if len(joined) < 2:
            continue
        first = joined[0]
        e.date, e.precision = first.date, first.precision
        for d in joined[1:]:
            date = d.date
            if not YEAR.search(d.text) and YEAR.search(first.text) and d.precision in ("month", "day"):
                date = first.date[:4] + date[4:]
            if date != e.date:
                added.append(replace(e, date=date, precision=d.precision, places=list(e.places),
                                     participants=list(e.participants)))
    return added
