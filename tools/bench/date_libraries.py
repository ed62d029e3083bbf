"""The date resolver (loaders/dates.py, loaders/dates_es.py) against dateparser, the maintained
library the issue names, on the expressions reports use (issue 8 item 10, issue 9): which
resolves each to the date the shared rules annotate, at the precision the text gives, and how
fast. dateparser is given the publication as its RELATIVE_BASE and PREFER_DATES_FROM past.

    python -m venv /tmp/dp && /tmp/dp/bin/pip install dateparser    # a scratch venv: not a dependency
    /tmp/dp/bin/python tools/bench/date_libraries.py --dateparser > /tmp/dp.json
    .venv/bin/python tools/bench/date_libraries.py --compare /tmp/dp.json

Measured before switching (2026-12-02): dateparser 15/24 at ~25 ms an expression, ours 24/24 at
~3 ms. Its misses are what a report needs most: it has no notion of the publication's
precision (a month-dated report's "yesterday" becomes a day it invents, "on 22 October" in an
October report the previous year's) and reads no Spanish "el 22 de octubre", "el pasado martes",
"desde el 13 de marzo", "a fines de 2014". So the hand-written resolver stays; this benchmark
says when that changes.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

# (language, expression, publication, the date the rules annotate at its precision); None: no date.
CASES = [
    ("en", "on 22 October", "2016-10", "2016-10-22"),
    ("en", "last week", "2016-10", "2016-10"),
    ("en", "last week", "2016-10-24", "2016-10"),
    ("en", "yesterday", "2019-08-07", "2019-08-06"),
    ("en", "yesterday", "2019-08", "2019-08"),
    ("en", "on Monday", "2016-10-26", "2016-10-24"),
    ("en", "in November", "2016-10", "2015-11"),
    ("en", "October 22, 2015", None, "2015-10-22"),
    ("en", "in 2014", None, "2014"),
    ("en", "last month", "2017-01", "2016-12"),
    ("en", "40 days ago", "2016-10-27", "2016-09-17"),
    ("en", "two weeks ago", "2016-10-27", "2016-10"),
    ("en", "on Friday", "2018-03-10", "2018-03-09"),
    ("en", "last Tuesday", "2013-06-11", "2013-06-04"),
    ("en", "on 31 February", "2016-10", None),
    ("es", "el 22 de octubre", "2016-10-27", "2016-10-22"),
    ("es", "el pasado martes", "2016-10-27", "2016-10-25"),
    ("es", "ayer", "2016-10-27", "2016-10-26"),
    ("es", "hace 60 días", "2016-10-27", "2016-08-28"),
    ("es", "desde el 13 de marzo", "2020-05", "2020-03-13"),
    ("es", "a fines de 2014", "2015-02", "2014"),
    ("es", "el 5 de diciembre", "2017-01-10", "2016-12-05"),
    ("es", "la semana pasada", "2016-10", "2016-10"),
    ("es", "el mes pasado", "2016-01-15", "2015-12"),
]
PERIOD_FORMAT = {"time": "%Y-%m-%d", "day": "%Y-%m-%d", "week": "%Y-%m", "month": "%Y-%m", "year": "%Y"}


def ours(lang: str, text: str, published: str | None) -> str | None:
    from loaders import dates, dates_es

    found = (dates_es if lang == "es" else dates).find_dates(text, published)
    return found[0].date if found else None


def dateparser_date(lang: str, text: str, published: str | None) -> str | None:
    from dateparser.date import DateDataParser

    parts = [int(p) for p in (published or "2026").split("-")] + [1, 1]
    parser = DateDataParser(languages=[lang], settings={
        "RELATIVE_BASE": dt.datetime(*parts[:3]), "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True})
    found = parser.get_date_data(text)
    return found.date_obj.strftime(PERIOD_FORMAT[found.period]) if found and found.date_obj else None


def answers(resolve) -> dict:
    start = time.perf_counter()
    got = [resolve(lang, text, pub) for lang, text, pub, _ in CASES]
    return {"dates": got, "ms": (time.perf_counter() - start) / len(CASES) * 1000}


def main() -> None:
    if sys.argv[1:] == ["--dateparser"]:
        print(json.dumps(answers(dateparser_date)))
        return
    lib = json.loads(Path(sys.argv[2]).read_text()) if sys.argv[1:2] == ["--compare"] else None
    mine = answers(ours)
    for i, (lang, text, pub, want) in enumerate(CASES):
        print(f"{lang} {text!r:24} published {pub!s:10} rules {want!s:10} minegraph {mine['dates'][i]!s:10}"
              + (f" dateparser {lib['dates'][i]}" if lib else ""))
    n = len(CASES)
    right = sum(d == c[3] for d, c in zip(mine["dates"], CASES))
    print(f"minegraph {right}/{n} right at {mine['ms']:.1f} ms an expression")
    if lib:
        right = sum(d == c[3] for d, c in zip(lib["dates"], CASES))
        print(f"dateparser {right}/{n} right at {lib['ms']:.1f} ms an expression")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
