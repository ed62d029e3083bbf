"""Dates told relative to another: "two days later", "a week after the ministry granted the licence"
(an interval from a date told before), "that morning", "later that week" (the day or month told last), "at
the close of the session" (the date of an event told before by that word). None of these reads a date of
its own; each takes one told elsewhere and moves it or keeps part of it, at the precision the words allow,
so they run after the dates that hang from triggers have been given out.
A mixin of loaders/event_dates.py's DateFlow (needs its `story`), whose call runs them in its order.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from itertools import islice

from loaders.lexicon import alternatives
from loaders.model import Context, EventMention

RANK = {"year": 0, "month": 1, "day": 2}
# What may stand before the words that open a list item: its marker and the layout's emphasis.
ITEM_MARK = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])?[\s*_]*")


class RelativeDates:
    def _relative_setup(self, table: dict) -> None:
        self.same_month = re.compile(r"\s*(?:[-*•]\s*)?(?:" + "|".join(table["same_month"]) + r")\b", re.I)
        self.same_time = re.compile(r"\s*(?:[-*•]\s*)?(?:" + "|".join(table["same_time"]) + r")\b", re.I)
        # A time of the day told before, right after the trigger (event_dates.yaml `same_time_after`).
        self.same_time_after = re.compile(r"\b(?:" + "|".join(table.get("same_time_after") or ["(?!)"]) + r")\b", re.I)
        # "said X at the close of the session": an event told as at the time of one told before
        # takes its date (event_dates.yaml `during_event`; a language without it has the rule off).
        during = table.get("during_event") or []
        self.during_event = re.compile(rf"\b(?:{alternatives(during).pattern})\s+the\s+(?P<noun>\w+)" if during else "(?!)", re.I)
        self.numbers = table["numbers"]
        spec = table["interval"]
        self.units, self.directions, self.since_told = spec["units"], spec["directions"], set(spec["since_told"])
        self.interval_opens = bool(spec.get("opens_sentence"))
        # ("Días después, ...": a count not told keeps only the base's month, or its year for months and years)
        self.interval = re.compile(rf"(?:(?P<n>{alternatives(self.numbers).pattern}|\b\d{{1,2}})\s+|(?<!\w)(?<!\w\s))"
                                   rf"(?P<unit>{alternatives(self.units).pattern})\s+"
                                   rf"(?P<dir>{alternatives(self.directions).pattern})", re.I)

    def _during_event(self, ctx: Context, events: list[EventMention]) -> None:
        """"X said at the close of the session", "after the session, the minister travelled to
        Y": an undated event whose sentence names, with a definite article, an event told before
        by the same word takes that event's date."""
        text = ctx.report.text
        for e in events:
            if e.date is not None:
                continue
            sent = ctx.sents[e.sent]
            for m in self.during_event.finditer(text, sent.start_char, sent.end_char):
                noun = m["noun"].lower()
                told = [x for x in events if x is not e and x.date and x.trigger[1] <= sent.start_char
                        and text[x.trigger[0]:x.trigger[1]].lower().split()[-1].rstrip("s") == noun.rstrip("s")]
                if told:
                    e.date, e.precision = told[-1].date, told[-1].precision
                    break

    def _same_time(self, ctx: Context, events: list[EventMention]) -> None:
        """"Police charged a march yesterday. At 3 pm, twelve were injured": a sentence that opens
        on a time of the day told before ("that morning", "later that day") takes that day; one
        that opens on "later that week" takes its month."""
        text = ctx.report.text
        for e in events:
            # "Ese mismo día fue detenido X, quien fue liberado el sábado": the day the sentence opens on is
            # the event's, not that of a clause after it.
            later = e.date and not any(d.date and ctx.sent_of(d.start) == e.sent and d.start < e.trigger[0] for d in ctx.dates)
            opening = ctx.sents[e.sent].start_char
            if e.date and not (later and (self.same_time.match(text, opening) or self.same_month.match(text, opening))):
                continue
            sent = ctx.sents[e.sent]
            if self.same_time.match(text, sent.start_char) or (e.date is None and self.same_time_after.search(
                    text, e.trigger[1], sent.end_char)):
                precision = "day"       # "la detención de X, ocurrida ese mismo día en Lircay"
            elif self.same_month.match(text, ctx.sents[e.sent].start_char):
                precision = "month"     # "Later that week": the week may cross no month, the day is not told
            else:
                continue
            before = [d for d in ctx.dates if d.date and RANK[d.precision or "year"] >= RANK[precision]
                      and e.sent - 3 <= ctx.sent_of(d.start) < e.sent]
            dated = [x for x in events if x.date and RANK[x.precision or "year"] >= RANK[precision]
                     and e.sent - 3 <= x.sent < e.sent]
            cut = 10 if precision == "day" else 7       # characters of an ISO date at that precision
            # The time told last before it: "regrets the events of 12 September. That morning, ..."
            # is the 12th, though the statement itself is dated the 14th.
            told = [(x.trigger[0], x.date) for x in dated] + [(d.start, d.date) for d in before]
            if told:
                e.date, e.precision = max(told)[1][:cut], precision

    def _intervals(self, ctx: Context, events: list[EventMention]) -> None:
        """"The strike began on 15 July, a week after the ministry granted the licence", "two days
        later he was arrested", "he resigned two years later": an event told as some time before or
        after a dated one takes that date moved back or on, at the precision the interval allows
        (days keep the day, weeks and months the month, years the year) and the base has."""
        text = ctx.report.text
        starts = [d.start for d in ctx.dates]
        blocks = self.blocks(ctx)
        for e in events:
            if e.date:
                continue
            start, end = ctx.sents[e.sent].start_char, ctx.sents[e.sent].end_char
            # ("Al día siguiente, efectivos desalojaron a los ocupantes; ... informó que X fueron detenidos": a count
            # that opens the sentence reaches all of it, where the language says so: event_dates.yaml `interval_opens`)
            found = [m for m in self.interval.finditer(text, start, e.trigger[0]) if e.trigger[0] - m.end() <= 80
                     or self.interval_opens and not text[start:m.start()].strip(" \n*-•")]
            # "resigned two years later": a count from the last date told may follow its verb.
            found += [m for m in self.interval.finditer(text, e.trigger[1], min(end, e.trigger[1] + 40))
                      if m.group("dir").lower() in self.since_told]
            if not found:
                continue
            m = found[-1]
            if self.story.counts_from_event(text, m.start()):
                continue    # "Un día antes del operativo": counted from that event (story_time.counted_from_events)
            direction = " ".join(m.group("dir").lower().split())
            later = direction in self.since_told
            # "Two days later X was arrested": counted from the last date told, here or in the two sentences
            # before (a paragraph's break, a sentence of blanks to the parser, is none of them).
            told_before = list(islice((i for i in range(e.sent - 1, -1, -1) if ctx.sents[i].text.strip()), 2))
            if later and told_before and not ITEM_MARK.sub("", text[start:m.start()]).strip() \
                    and (blocks[told_before[0]] != blocks[e.sent] or "\n\n" in text[ctx.sents[told_before[0]].end_char:start]):
                # "2. El 6 de agosto, ... Catorce mineros resultaron heridos. | 3. Al día siguiente, ...": an item or a
                # paragraph that opens on the count counts from the item or paragraph before it, all of it.
                paragraph = text.rfind("\n\n", 0, ctx.sents[told_before[0]].start_char)
                told_before.append(max(blocks.index(blocks[told_before[0]]), ctx.sent_of(paragraph + 2) if paragraph >= 0 else 0))
            since = ctx.sents[told_before[-1] if told_before else e.sent].start_char if later else start
            lo, hi = bisect_left(starts, since), bisect_left(starts, min(m.start(), e.trigger[0]))
            n = m.group("n") and (self.numbers.get(m.group("n").lower()) or int(m.group("n")))
            days = self.directions[direction] * (n or 0) * self.units[m.group("unit").lower()]
            precision = "day" if n and abs(days) == n else "month" if self.units[m.group("unit").lower()] < 30 or n and abs(days) < 365 * n else "year"
            base = [d for d in ctx.dates[lo:hi] if d.date and RANK[d.precision] >= RANK[precision]]
            if not base:
                continue
            y, mo, d = (int(p) for p in (base[-1].date + "-01-01")[:10].split("-"))
            if precision == "year":
                e.date, e.precision = f"{y + days // 365:04d}", "year"
                continue
            when = dt.date(y, mo, d) + dt.timedelta(days=days)
            e.date, e.precision = (when.isoformat(), "day") if precision == "day" else (when.isoformat()[:7], "month")
