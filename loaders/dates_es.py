"""Spanish dates, resolved against the publication date at the precision they allow.

"el 22 de octubre" in a report of 2016-10 is 2016-10-22, "el pasado martes" the Tuesday before
the publication, "ayer" the day before, "hace 60 días" sixty days back, "desde el 13 de marzo"
the 13th of March, "a fines de 2014" the year 2014. The words are loaders/data/es/dates.yaml.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from loaders.dates import TOLD_KINDS, Dateline, DateMention, _fmt, _published, reference_date, told, told_date
from loaders.lexicon import rules


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[dict, re.Pattern]:
    w = rules("dates.yaml", "es")
    month = rf"(?P<month>{_alt(w['months'])})\.?"
    year = r"(?P<year>(?:19|20)\d{2})"
    weekday = rf"(?P<weekday>{_alt(w['weekdays'])})"
    number = rf"(?P<n>\d{{1,3}}|{_alt(w['numbers'])})"
    leads = _alt(w["leads"])
    rel_year = rf"(?P<rel_year>{_alt(w['relative_years'])})"
    kinds = [
        # ("el 3 de marzo del año pasado", "en marzo de este año": a year told relative to the publication's)
        ("rel_year", rf"\b(?:(?:{leads})\s+)?(?:(?P<day>[0-3]?\d)\s+de\s+)?{month}\s+(?:de|del)\s+{rel_year}\b"),
        ("dmy", rf"\b(?P<day>[0-3]?\d)(?:\.?º|\.?°)?\s+de\s+{month}(?:\s+(?:de|del)\s+{year})?\b"),
        ("dmy", rf"\b(?P<day>[0-3]?\d)\s+{month}(?:\s+{year})?\b"),
        ("numeric", r"\b(?P<day>[0-3]?\d)/(?P<nmonth>[01]?\d)/(?P<year>(?:19|20)\d{2})\b"),
        ("iso", r"\b(?P<iso>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)\b"),
        ("my", rf"\b{month}\s+(?:de|del)\s+{year}\b"),
        # ("en marzo de 2017": the lead's month keeps the year told after it)
        ("my", rf"\b(?:{leads})\s+(?:el\s+mes\s+de\s+)?{month}(?:\s+(?:de|del)\s+{year})?\b"),
        ("y", rf"\b(?:{leads})\s+(?:el\s+año\s+)?{year}\b"),
        # ("el jueves de la semana pasada": that weekday of the week before the publication's)
        ("last_week_day", rf"\b(?:el|del)\s+{weekday}\s+de\s+la\s+(?:semana\s+(?:pasada|anterior)|pasada\s+semana)\b"),
        # ("la sesión del martes", "la reunión del pasado viernes": a weekday told of a noun; "ese mismo viernes")
        ("weekday", rf"\b(?:el|este|esta|el\s+pasado|este\s+pasado|el\s+último|del|del\s+pasado|ese(?:\s+mismo)?|"
                    rf"la\s+(?:madrugada|mañana|tarde|noche)\s+(?:del|de\s+este|del\s+pasado))\s+{weekday}"
                    rf"(?:\s+(?:pasado|último))?\b(?!\s+\d)"),
        # "el martes 9": a weekday and a day, the month left to the reader (`_weekday_day`); not "el martes 9 de abril"
        ("weekday_day", rf"\b(?:el|este|el\s+pasado)\s+{weekday}\s+(?P<day>[0-3]?\d)\b(?!\s*(?:de\s+)?{month})"),
        ("ago", rf"\bhace\s+{number}\s+(?P<unit>días?|semanas?|mes(?:es)?|años?)\b"),
        ("back", rf"\b(?P<back>{_alt(w['days_back'])})\b"),
        # ("a inicios de mes", "a fines del presente mes": a part of the publication's month, its month named by none)
        ("this_month", rf"\b(?:{_alt(w['month_parts'])})\s+(?:de|del)\s+(?:(?:este|presente)\s+)?mes\b(?!\s+de\s+{month})"),
        ("relative", rf"\b(?P<rel>{_alt(w['relative'])})\b"),
    ]
    compiled = [(kind, re.compile(p, re.I)) for kind, p in kinds]
    # One scan for all kinds, so that overlapping phrases go to the first, longest match.
    names = re.compile(r"\(\?P<\w+>")
    combined = re.compile("|".join(f"(?P<k{i}>{names.sub('(?:', p)})" for i, (_, p) in enumerate(kinds)), re.I)
    return {"words": w, "single": compiled}, combined


def _day(d: dt.date) -> tuple[str, str]:
    return _fmt(d.year, d.month, d.day)


def resolve(kind: str, m: re.Match, published: str | None) -> tuple[str, str] | None:
    words = _patterns()[0]["words"]
    g = m.groupdict()
    if kind in TOLD_KINDS:
        # "el martes" in a Tuesday's paper is that day; "el pasado martes" the week before.
        said = m.group(0).lower()
        return told(kind, g, published, words["months"], words["weekdays"], same_day="pasado" not in said and "último" not in said)
    py, pm, pd = _published(published)
    if py is None:
        return None
    pub = dt.date(py, pm, pd) if pd else None
    if kind == "rel_year":
        return _fmt(py - words["relative_years"][re.sub(r"\s+", " ", g["rel_year"].lower())],
                    words["months"][g["month"].lower().rstrip(".")], int(g["day"]) if g["day"] else None)
    if kind == "this_month":
        return _fmt(py, pm) if pm else None
    if kind == "last_week_day":
        if pub is None:
            return None
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        return _day(monday + dt.timedelta(days=words["weekdays"][g["weekday"].lower()]))
    if kind == "weekday_day":
        return _weekday_day(int(g["day"]), words["weekdays"][g["weekday"].lower()], py, pm, pub)
    if kind == "back":
        days = words["days_back"][re.sub(r"\s+", " ", g["back"].lower())]
        return _day(pub - dt.timedelta(days=days)) if pub else _fmt(py, pm)
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else words["numbers"][g["n"].lower()]
        unit = g["unit"].lower()
        if unit.startswith("a"):
            return _fmt(py - n)
        if pm is None:
            return None
        if unit.startswith("d") and pub is not None:
            return _day(pub - dt.timedelta(days=n))
        base = pub or dt.date(py, pm, 1)
        days = n * (7 if unit.startswith("s") else 30 if unit.startswith("m") else 1)
        d = base - dt.timedelta(days=days)
        return _fmt(d.year, d.month)
    unit, back = words["relative"][re.sub(r"\s+", " ", g["rel"].lower())]
    if unit == "year":
        return _fmt(py - back)
    if pm is None:
        return None
    if unit == "week":
        if pub is None:         # "last week" in a month-precision report: that month (as in English)
            return _fmt(py, pm)
        d = pub - dt.timedelta(days=7 * back)
        return _fmt(d.year, d.month)
    month = pm - back
    return _fmt(py - 1, 12 + month) if month < 1 else _fmt(py, month)


def _weekday_day(day: int, weekday: int, py: int, pm: int | None, pub: dt.date | None) -> tuple[str, str] | None:
    """"El martes 9" in a paper of Friday 12 April: the 9th of the month, around the publication's, on which
    that weekday falls (the nearest to the publication), else of the publication's month."""
    if pm is None:
        return None
    fits = []
    for back in (-1, 0, 1, 2):
        y, m = (py, pm - back) if pm - back >= 1 else (py - 1, 12 + pm - back)
        if m > 12:
            y, m = y + 1, m - 12
        try:
            d = dt.date(y, m, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            fits.append(d)
    if fits:
        near = min(fits, key=lambda d: abs((d - pub).days)) if pub else fits[0]
        return _day(near)
    return _fmt(py, pm, day) if 1 <= day <= 31 else None


@cache
def _ahead_cue() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(rules('dates.yaml', 'es')['ahead'])})", re.I)


def _ahead(text: str, start: int) -> bool:
    """Whether the clause before a date tells of what is to come ("realizará el 1 de marzo",
    "se comprometió a instalar una mesa el 2 de agosto"; dates.yaml `ahead`)."""
    opening = max(text.rfind(c, 0, start) for c in ".;\n")
    return bool(_ahead_cue().search(text, max(opening + 1, start - 120), start))


def _next_year(resolved: tuple[str, str], published: str | None) -> tuple[str, str]:
    """A day or month without a year, in a clause of what is to come: the next one after the
    publication, not the last one before it (a March in a February report is this year's)."""
    py, _, _ = _published(published)
    date, precision = resolved
    if py is None or int(date[:4]) >= py:
        return resolved
    return f"{py:04d}{date[4:]}", precision


def _next_week(resolved: tuple[str, str], published: str | None) -> tuple[str, str]:
    """A weekday in a clause of what is to come ("convocó a concentrarse este jueves" in a Wednesday's
    paper): the next one after the publication, not the last one before it."""
    py, pm, pd = _published(published)
    if pd is None or resolved[0] >= f"{py:04d}-{pm:02d}-{pd:02d}":
        return resolved
    return _day(dt.date.fromisoformat(resolved[0]) + dt.timedelta(days=7))


@cache
def _dateline() -> re.Pattern:
    """"La Paz, 14 may (EFE).-", "Lima, jul. 18 (ANDINA).", "NOTA DE PRENSA / Lima, 6 de noviembre
    de 2014.-": a city, a date and a dash or a full stop, perhaps under a heading in capitals."""
    w = rules("dates.yaml", "es")
    cap = r"(?-i:[A-ZÁÉÍÓÚÑ])[\w\u00C0-\u017F'.-]*"
    month = rf"(?:{_alt(w['months'])})\.?"
    return re.compile(
        rf"\A\s*(?:(?-i:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .:°º-]{{2,60}})\n\s*)?"
        rf"(?P<city>{cap}(?:[ \t]+(?:de[ \t]+)?{cap}){{0,3}})(?:,[ \t]*{cap}(?:[ \t]+{cap}){{0,2}})?,[ \t]*"
        rf"(?P<date>[0-3]?\d[ \t]+(?:de[ \t]+)?{month}(?:[ \t]+(?:de|del)[ \t]+(?:19|20)\d{{2}})?"
        rf"|{month}[ \t]+[0-3]?\d(?:,?[ \t]+(?:19|20)\d{{2}})?)"
        rf"(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*(?:(?:\.[ \t]*)?[-\u2013\u2014]+|\.(?=\s))", re.I)


def find_dateline(text: str, published: str | None) -> Dateline | None:
    m = _dateline().match(text)
    if not m:
        return None
    date = m.group("date")
    parsed = re.match(r"(?P<day>\d+)\s+(?:de\s+)?(?P<month>[^\W\d]+)\.?(?:\s+(?:de|del)\s+(?P<year>\d{4}))?$", date) or \
        re.match(r"(?P<month>[^\W\d]+)\.?\s+(?P<day>\d+)(?:,?\s+(?P<year>\d{4}))?$", date)
    month = _patterns()[0]["words"]["months"].get(parsed.group("month").lower()) if parsed else None
    py, pm, _ = _published(published)
    resolved = told_date(parsed.groupdict(), month, py, pm) if month else None
    return Dateline(m.span("city"), m.span("date"), resolved[0] if resolved else None)


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every Spanish date of the text, each resolved against `published` (or the dateline's
    day), the dateline's own excepted."""
    tables, combined = _patterns()
    line = find_dateline(text, published)
    published = reference_date(line, published)
    out = []
    heading = None      # the month and year heading the section the scan is in (`_section_heading`)
    for m in combined.finditer(text):
        if line and line.date[0] <= m.start() < line.date[1]:
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        kind, single = tables["single"][i]
        sm = single.match(text, m.start())
        resolved = resolve(kind, sm, published) if sm else None
        if resolved and kind == "my" and sm.group("year") and _heads_a_section(text, m):
            heading = (int(sm.group("year")), tables["words"]["months"][sm.group("month").lower().rstrip(".")])
        elif resolved and heading and kind in SECTION_KINDS and not sm.groupdict().get("year"):
            resolved = _in_section(kind, sm.groupdict(), heading)
        elif resolved and kind in ("dmy", "my") and not sm.groupdict().get("year") and _ahead(text, m.start()):
            resolved = _next_year(resolved, published)
        if resolved and kind == "weekday" and resolved[1] == "day" and _ahead(text, m.start()):
            resolved = _next_week(resolved, published)
        out.append(DateMention(m.start(), m.end(), m.group(0), *(resolved or (None, None))))
    return sorted(out + _clock_bullets(text, published, out) + _bare_days(text, out), key=lambda d: d.start)


# Days told without a year, which a chronology's section heading dates ("**Octubre de 2019.** El 2 de octubre, ...").
SECTION_KINDS = ("dmy", "my", "weekday_day")


def _heads_a_section(text: str, m: re.Match) -> bool:
    """"**Marzo de 2019.** El 4 de marzo, la comisión aprobó", "### Octubre de 2020": a month and year that open
    their line, bold or as a heading, and end it or their bold, head a chronology's section."""
    opening = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return not opening.strip(" \t*#-•") and bool(re.match(r"[ \t]*[.:]?[ \t]*(?:\*\*|\n|$)", text[m.end():]))


def _in_section(kind: str, g: dict, heading: tuple[int, int]) -> tuple[str, str] | None:
    """A day or month without a year under a section heading of a month and year: in the year that puts it
    nearest the heading's month ("El jueves 3" under "Septiembre de 2020" is 3 September 2020)."""
    hy, hm = heading
    words = _patterns()[0]["words"]
    if kind == "weekday_day":
        return _weekday_day(int(g["day"]), words["weekdays"][g["weekday"].lower()], hy, hm, dt.date(hy, hm, 15))
    month = words["months"][g["month"].lower().rstrip(".")]
    year = min((hy - 1, hy, hy + 1), key=lambda y: abs(y * 12 + month - hy * 12 - hm))
    return _fmt(year, month, int(g["day"]) if g.get("day") else None)


def _clock_bullets(text: str, published: str | None, told: list[DateMention]) -> list[DateMention]:
    """"**9:30 a. m.** La policía lanzó bombas lacrimógenas": live coverage, a bullet headed by a time of day and no
    date, tells of the day of the last date that heads a line before it, or else of the publication's
    (dates.yaml `clock_bullet`; none: the rule is off)."""
    pattern = _clock_pattern()
    if pattern is None:
        return []
    heads = [d for d in told if d.date and d.precision == "day" and text.rfind("\n", 0, d.start) >= text.rfind(".", 0, d.start)
             and not text[text.rfind("\n", 0, d.start) + 1:d.start].strip(" *-•#")]
    out = []
    for m in pattern.finditer(text):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in told):
            continue
        last = next((d for d in reversed(heads) if d.start < m.start()), None)
        day = (last.date, last.precision) if last else (_fmt(*_published(published)) if published and len(published) >= 10 else None)
        if day:
            out.append(DateMention(m.start(), m.end(), m.group(0), *day))
    return out


@cache
def _clock_pattern() -> re.Pattern | None:
    spec = rules("dates.yaml", "es").get("clock_bullet")
    return re.compile(spec, re.I | re.M) if spec else None


def _bare_days(text: str, told: list[DateMention]) -> list[DateMention]:
    """"lo liberó el 12 de marzo y una semana después, el 19, se instaló una mesa": a day told bare after a day of
    a month, in its sentence, is a later day of that month (dates.yaml `bare_day`; none: the rule is off)."""
    spec = rules("dates.yaml", "es").get("bare_day")
    if not spec:
        return []
    days = [d for d in told if d.date and d.precision == "day"]
    out = []
    for m in re.finditer(spec, text, re.I):
        if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in told):
            continue
        last = next((d for d in reversed(days) if d.end <= m.start()), None)
        if last is None or re.search(r"[.!?](?:\s|$)|\n", text[last.end:m.start()]):
            continue
        y, mo, first = (int(p) for p in last.date.split("-"))
        day = int(m["day"])
        if first < day <= calendar.monthrange(y, mo)[1]:
            out.append(DateMention(m.start(), m.end(), m.group(0), f"{y:04d}-{mo:02d}-{day:02d}", "day"))
    return out
