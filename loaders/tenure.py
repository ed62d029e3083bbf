"""When a post was held: the words beside a holder's name that date a position or a headship.

"the newly appointed interior minister X" (since the sentence's date), "X, who resigned",
"X, interior minister until March 2016" (until that date). "former", "ex-" and "then" are read
with the title itself (loaders/mentions.py). The words are data, one file per language
(loaders/data/tenure.yaml, loaders/data/es/tenure.yaml).
"""
from __future__ import annotations

from functools import cache

from loaders.lexicon import DATA_DIR, alternatives, rules
from loaders.model import Context, Fact

DATED = ("HOLDS_POSITION", "HEADS")
BEFORE, AFTER = 50, 70      # characters around the holder's name that the words may stand in


@cache
def _words(language: str | None) -> dict[str, object]:
    words = {k: list(v) for k, v in rules("tenure.yaml").items()}
    if language and language != "en" and (DATA_DIR / language / "tenure.yaml").exists():
        for k, v in rules(f"{language}/tenure.yaml").items():
            words[k] = words.get(k, []) + list(v)
    return {k: alternatives(v) for k, v in words.items()}


def tenure(ctx: Context, fact: Fact, observed: str | None) -> dict[str, str]:
    """`since`/`until` of a position or headship fact, from the words around its holder."""
    if fact.type not in DATED:
        return {}
    person = ctx.entities.get(fact.start)
    if person is None:
        return {}
    words = _words(ctx.report.language)
    text = ctx.report.text
    out: dict[str, str] = {}
    for m in person.mentions:
        sent = ctx.sents[m.sent]
        if ctx.sentence(m.sent) != fact.evidence:
            continue
        lo, hi = max(sent.start_char, m.start - BEFORE), min(sent.end_char, m.end + AFTER)
        window = text[lo:hi]
        if observed and words["starts"].search(window):
            out.setdefault("since", observed)
        if observed and words["ends"].search(window):
            out.setdefault("until", observed)
        for field in ("since", "until"):
            for found in words[field].finditer(window):
                stated = next((d for d in ctx.dates if lo + found.end() <= d.start <= lo + found.end() + 3 and d.date),
                              None)
                if stated is not None:
                    out[field] = stated.date
    return out
