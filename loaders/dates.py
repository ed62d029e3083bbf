"""Dates in the text, resolved against the publication date at the precision it allows.

"on 22 October" in a report published 2016-10 is 2016-10-22; "last week" in it is 2016-10; a
date that cannot be pinned down is left out, never guessed (ONTOLOGY.md).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
COUNTS = {w: i + 1 for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "eleven", "twelve"])}
COUNTS.update({"a": 1, "an": 1})
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

PATTERNS = [
    # "from 18 to 22 June 2018", "between 3 and 5 May": a span of days is told by its first day
    ("dmy", rf"\b(?:from|between)\s+{DAY}\s*(?:to|until|and|-|\u2013)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b"),
    ("dmy", rf"\b{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b"),
    ("mdy", rf"\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR})?"),
    # ("since Sept. 10" is a day: the month of "since" is not followed by one)
    ("my", rf"\b(?:in|during|since|from|until|by|of|early|late|mid-?|last)\s+{MONTH}(?!\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
           rf"(?:\s+(?:of\s+)?{YEAR})?\b"),
    ("my", rf"\b{MONTH}\s+{YEAR}\b"),
    ("iso", r"\b(?P<iso>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)\b"),
    ("y", rf"\b(?:in|during|since|of|early|late|mid-?)\s+{YEAR}\b"),
    ("weekday", r"\b(?:on|last|since|from|until)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    # "in the early hours of Thursday", "the night of Monday": a time of that day (not "of Thursday 16
    # February", where the day told after is the date)
    ("weekday", r"\bof\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!,?\s+(?:the\s+)?[0-3]?\d)"),
    ("weekday", r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b"),
    # "**19:10** — Convoy leaders emerged ...": a live story's entry opens on the clock time of the
    # day it is filed (the publication's), where no other day is told
    ("stamp", r"(?:(?<=\n)|\A)[ \t]*\**(?P<clock>[0-2]?\d[:.][0-5]\d)\**[ \t]*[\u2014\u2013-]"),
    ("ago", r"\b(?P<n>\d{1,3}|" + "|".join(COUNTS) + r")\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
    ("relative", r"\b(?P<rel>last week|this week|earlier this week|last month|this month|earlier this month|"
                 r"last year|this year|earlier this year|yesterday|today|the previous week|the week before|"
                 # a bulletin's own day ("this morning", "tonight"), and the night before it
                 r"this morning|this afternoon|this evening|tonight|earlier today|last night)\b"),
]
SAME_DAY = {"today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"}
DAY_BEFORE = {"yesterday", "last night"}
REGEX = re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(PATTERNS)).replace(
    "(?P<month>", "(?:").replace("(?P<year>", "(?:").replace("(?P<day>", "(?:").replace(
    "(?P<iso>", "(?:").replace("(?P<weekday>", "(?:").replace("(?P<rel>", "(?:").replace(
    "(?P<n>", "(?:").replace("(?P<unit>", "(?:").replace("(?P<clock>", "(?:"), re.I)
SINGLE = [(kind, re.compile(p, re.I)) for kind, p in PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str | None
    precision: str | None
    # A weekday resolved to the last one before the publication: a clause in the future means the next.
    weekday: bool = False


def _published(published: str | None) -> tuple[int | None, int | None, int | None]:
    if not published:
        return None, None, None
    parts = [int(p) for p in published.split("-")]
    return tuple(parts + [None] * (3 - len(parts)))  # type: ignore[return-value]


def _fmt(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str]:
    if d:
        return f"{y:04d}-{m:02d}-{d:02d}", "day"
    if m:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}", "year"


def calendar_date(year: int | None, month: int, day: int | None) -> tuple[str, str] | None:
    """A date told by its parts, at the precision they give; None when there is no such day
    (31 June) or the year cannot be told."""
    if year is None:
        return None
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return _fmt(year, month, day)


def told_date(parts: dict, month: int, py: int | None, pm: int | None) -> tuple[str, str] | None:
    """A matched date's day and year (the year of publication's context when not told)."""
    year = int(parts["year"]) if parts.get("year") else _year_for(month, py, pm)
    return calendar_date(year, month, int(parts["day"]) if parts.get("day") else None)


def _year_for(month: int, py: int | None, pm: int | None) -> int | None:
    """A month without a year lies on or before the publication: October in a January report is last year's."""
    if py is None:
        return None
    return py - 1 if pm and month > pm else py


# The kinds of date every language tells alike, each from its own month and weekday words.
TOLD_KINDS = {"iso", "dmy", "mdy", "my", "numeric", "y", "weekday"}


def told(kind: str, g: dict, published: str | None, months: dict[str, int], weekdays: dict[str, int],
         same_day: bool = False) -> tuple[str, str] | None:
    """A date of one of TOLD_KINDS: an ISO date, a day and month ("22 October", "22/10/2016"),
    a month, a year, or a weekday: the last one before the publication (on it, if `same_day`)."""
    py, pm, pd = _published(published)
    if kind == "iso":
        return _fmt(*[int(p) for p in g["iso"].split("-")])
    if kind in ("dmy", "mdy", "my", "numeric"):
        month = int(g["nmonth"]) if kind == "numeric" else months[g["month"].lower().rstrip(".")]
        return told_date(g, month, py, pm)
    if kind == "y":
        return _fmt(int(g["year"]))
    if py is None:
        return None
    if not pd:
        return _fmt(py, pm)
    pub = dt.date(py, pm, pd)
    back = (pub.weekday() - weekdays[g["weekday"].lower()]) % 7
    d = pub - dt.timedelta(days=back or (0 if same_day else 7))
    return _fmt(d.year, d.month, d.day)


def resolve(kind: str, m: re.Match, published: str | None) -> tuple[str, str] | None:
    g = m.groupdict()
    last = m.group(0).lower().startswith("last")
    if kind == "my" and last and not g.get("year"):
        # "last May" in a May story is a year back; "last November" in it, the November before.
        py, pm, _ = _published(published)
        if py is not None and pm == MONTHS[g["month"].lower().rstrip(".")]:
            return _fmt(py - 1, pm)
    if kind in TOLD_KINDS:
        # "said on Friday" in a Friday story is that day; "last Friday" is the week before.
        return told(kind, g, published, MONTHS, WEEKDAYS, same_day=not last)
    py, pm, pd = _published(published)
    if py is None:
        return None
    pub = dt.date(py, pm, pd) if pd else None
    if kind == "ago":
        return _ago(int(g["n"]) if g["n"].isdigit() else COUNTS[g["n"].lower()], g["unit"].lower().rstrip("s"),
                    py, pm, pub)
    if kind == "stamp":
        return _fmt(py, pm, pd) if pd else None
    rel = g["rel"].lower()
    if rel in SAME_DAY or rel in DAY_BEFORE:
        if pub is None:
            return _fmt(py, pm)
        d = pub - dt.timedelta(days=1 if rel in DAY_BEFORE else 0)
        return _fmt(d.year, d.month, d.day)
    if rel.endswith("week") or rel == "the week before":
        if pub is None:
            return _fmt(py, pm)
        d = pub - dt.timedelta(days=7 if "this" not in rel else 0)
        return _fmt(d.year, d.month)
    if rel == "last month":
        if pm is None:
            return None
        return _fmt(py - 1, 12) if pm == 1 else _fmt(py, pm - 1)
    if rel.endswith("this month"):
        return _fmt(py, pm) if pm else None
    if rel == "last year":
        return _fmt(py - 1)
    return _fmt(py)


def _ago(n: int, unit: str, py: int, pm: int | None, pub: dt.date | None) -> tuple[str, str] | None:
    """"40 days ago", "two weeks ago", "three years ago": counted back from the publication, at
    the precision that the count and the publication's date allow (weeks and months give a month)."""
    if unit == "year":
        return _fmt(py - n)
    if unit == "month":
        if pm is None:
            return None
        y, m = divmod(py * 12 + pm - 1 - n, 12)
        return _fmt(y, m + 1)
    if pub is None:
        return None
    d = pub - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return _fmt(d.year, d.month, d.day if unit == "day" else None)


# A wire story's dateline: "LIMA, Aug 7 (Reuters) -", "PANAMA CITY, Nov 28 -". Its city is where
# the story was filed; its date is the day the story speaks from.
def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Or "MEXICO CITY, 14 September 2021 —", "QUITO, Thursday 27 January 2022 —": the day first,
# after the weekday.
DATELINE = re.compile(
    rf"\A\s*(?P<city>[A-Z][A-Z\u00C0-\u00DE'.-]+(?:[ \t]+[A-Z][A-Z\u00C0-\u00DE'.-]+)*)"
    rf"(?:,[ \t]*[A-Z][\w\u00C0-\u017F.]*(?:[ \t]+[A-Z][\w\u00C0-\u017F.]*)*)?,[ \t]*"
    rf"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
    rf"(?P<date>(?i:{MONTH})[ \t]+{DAY}(?:,?[ \t]+{YEAR})?|{_unnamed(DAY)}[ \t]+(?i:{_unnamed(MONTH)})(?:,?[ \t]+{_unnamed(YEAR)})?)"
    rf"(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*[-\u2013\u2014]+[ \t]")


@dataclass(frozen=True)
class Dateline:
    city: tuple[int, int]           # character span of the city
    date: tuple[int, int]           # character span of the date
    resolved: str | None            # ISO date at its precision


def find_dateline(text: str, published: str | None, language: str = "en") -> Dateline | None:
    """The dateline a wire story opens with, in the report's language."""
    if language == "es":
        from loaders.dates_es import find_dateline as spanish
        return spanish(text, published)
    m = DATELINE.match(text)
    if not m:
        return None
    kind = "mdy" if text[m.start("date")].isalpha() else "dmy"
    single = dict(SINGLE)[kind].match(text, m.start("date"))
    resolved = resolve(kind, single, published) if single else None
    return Dateline(m.span("city"), m.span("date"), resolved[0] if resolved else None)


def reference_date(line: Dateline | None, published: str | None) -> str | None:
    """What relative dates count from: the dateline's day when the front matter gives less."""
    if line and line.resolved and len(line.resolved) > len(published or ""):
        if not published or line.resolved.startswith(published):
            return line.resolved
    return published


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date of the text, the dateline's excepted (it dates the story, not an event)."""
    line = find_dateline(text, published)
    published = reference_date(line, published)
    out = []
    for m in REGEX.finditer(text):
        if line and line.date[0] <= m.start() < line.date[1]:
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None and k.startswith("k"))
        kind, single = SINGLE[i]
        sm = single.match(text, m.start())
        resolved = resolve(kind, sm, published) if sm else None
        out.append(DateMention(m.start(), m.end(), m.group(0), *(resolved or (None, None)),
                               weekday=kind == "weekday" and resolved is not None and resolved[1] == "day"))
    return out


class DateFinder:
    name = "dates"

    def __init__(self, language: str = "en"):
        if language == "es":
            from loaders.dates_es import find_dates as spanish
            self.find = spanish
        else:
            self.find = find_dates

    def __call__(self, ctx):
        ctx.dates = self.find(ctx.report.text, ctx.report.published)
        return ctx
