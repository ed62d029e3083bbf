"""The rules and lexicons of loaders/data/*.yaml, loaded once per language and indexed for matching.

loaders/data/<file>.yaml is English; loaders/data/<language>/<file>.yaml holds another
language's words for the same rules. A file a language lacks (the gazetteer, whose entries carry
the names of every language as aliases; the given names) is the English one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

import yaml

from graph.ids import fold

DATA_DIR = Path(__file__).resolve().parent / "data"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1 << 16)     # the rules fold the same names over and over (~2200 calls a report)
def key(text: str) -> str:
    """The form surface names are compared in: no accents, case, punctuation or 's."""
    text = fold(text).replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^(the|a|an) ", "", text)


@dataclass
class GazEntry:
    name: str
    cls: str
    subclass: str | None = None
    aliases: list[str] = field(default_factory=list)
    generic: list[str] = field(default_factory=list)
    country: str | None = None
    level: str | None = None
    operator: str | None = None
    government_of: str | None = None
    leads: str | None = None
    wikidata: str | None = None


@dataclass
class Lexicon:
    entries: dict[str, GazEntry]            # canonical name → entry
    countries: dict[str, str]               # ISO code → canonical country name
    governments: dict[str, str]             # ISO code → canonical government name
    titles: list[dict]
    modifiers: list[str]
    standalone: set[str]
    portfolios: dict[str, str]
    triggers: dict[str, dict]
    authored_when: set[str]
    saying_verbs: set[str]
    typing: dict
    groups: list[tuple[re.Pattern, str, str, re.Pattern | None]]     # pattern, class, subclass, not after
    not_entities: set[str]
    given_names: set[str]
    language: str = "en"
    # The countries' demonyms ("Australian": AU), which say where a company is from, not its name.
    demonyms: dict[str, str] = field(default_factory=dict)
    # Words the title patterns are built from: articles before a title, "of" between a title
    # and its portfolio ("minister of the interior", "ministro del Interior").
    articles: list[str] = field(default_factory=lambda: ["the", "a", "an", "its", "their", "his", "her"])
    title_links: list[str] = field(default_factory=lambda: ["of", "for"])
    # "El ministro se reunió": a title told again alone is its earlier holder (roles.yaml `repeat_titles`).
    repeat_titles: bool = False

    def entry(self, name: str | None) -> GazEntry | None:
        return self.entries.get(name) if name else None

    @cached_property
    def by_key(self) -> dict[str, str]:
        """Folded alias → canonical name, for names the matcher did not see (acronym definitions)."""
        index: dict[str, str] = {}
        for e in self.entries.values():
            for alias in [e.name, *e.aliases]:
                index.setdefault(key(alias), e.name)
        return index

    @cached_property
    def _titles_by_key(self) -> dict[str, dict]:
        index: dict[str, dict] = {}
        for t in self.titles:
            index.setdefault(key(t["title"]), t)    # the first of the list, as before
        return index

    def title_spec(self, title: str) -> dict | None:
        return self._titles_by_key.get(key(title))


def data_file(name: str, language: str = "en") -> Path:
    """The file of `language` for one rule file, the English one where the language has none."""
    own = DATA_DIR / language / name
    return own if language != "en" and own.exists() else DATA_DIR / name


def _read(name: str, language: str = "en"):
    # libyaml's loader where PyYAML has it: the rule files are large, and the pure-Python one took seconds.
    return yaml.load(data_file(name, language).read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@cache
def rules(name: str, language: str = "en") -> dict:
    """One rule file of loaders/data (events.yaml, relations.yaml ...) in `language`, read once."""
    return _read(name, language)


class Grammar(dict):
    """One language's grammar.yaml: each pattern compiled, the other values (word lists,
    numbers) as they are; read as attributes (`grammar("es").list_gap`)."""
    __getattr__ = dict.__getitem__


@cache
def grammar(language: str = "en") -> Grammar:
    """The small words the rules read around mentions ("of", "and", "by", "in"), as the
    patterns of loaders/data(/<language>)/grammar.yaml."""
    return Grammar({k: re.compile(v) if isinstance(v, str) else v for k, v in rules("grammar.yaml", language).items()})


def alternatives(phrases: list[str]) -> re.Pattern:
    """One regex for a list of phrases, longest first, any white space between words."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                           for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.I)


def _entries(raw: dict) -> tuple[dict[str, GazEntry], dict[str, str], dict[str, str]]:
    entries: dict[str, GazEntry] = {}
    countries: dict[str, str] = {}
    for c in raw.get("countries", []):
        entries[c["name"]] = GazEntry(c["name"], "Place", "AdministrativeArea", list(c.get("aliases") or []),
                                      country=c["code"], level="country", wikidata=c.get("wikidata"))
        countries[c["code"]] = c["name"]
    for e in raw.get("entries", []):
        entries[e["name"]] = GazEntry(
            e["name"], e["class"], e.get("subclass"), list(e.get("aliases") or []), list(e.get("generic") or []),
            e.get("country"), e.get("level"), e.get("operator"), e.get("government_of"), e.get("leads"),
            e.get("wikidata"))
    known = {key(a) for e in entries.values() for a in [e.name, *e.aliases]}
    for row in _read("regions.yaml"):
        for name in row["names"]:
            if key(name) not in known:
                entries[name] = GazEntry(name, "Place", "AdministrativeArea", [], country=row["country"], level=row["level"])
                known.add(key(name))
    governments = {e.government_of: e.name for e in entries.values() if e.government_of}
    # "the PPK government", "the Humala administration": a leader's names name the government.
    for e in list(entries.values()):
        if e.leads and e.leads in entries:
            surname = e.name.split()[-1]
            for alias in dict.fromkeys([e.name, surname, *e.aliases]):  # in order: a set's differs per process
                for noun in ("government", "administration"):
                    entries[e.leads].aliases.append(f"{alias} {noun}")
    return entries, countries, governments


@cache
def load(language: str = "en") -> Lexicon:
    entries, countries, governments = _entries(_read("gazetteer.yaml", language))
    roles = _read("roles.yaml", language)
    events = _read("events.yaml", language)
    typing = _read("typing.yaml", language)
    groups = [(re.compile(g["pattern"], re.I if g.get("ignore_case", True) else 0), g["class"], g["subclass"],
               re.compile(g["not_after"] + r"\s*$", re.I) if g.get("not_after") else None)
              for g in _read("groups.yaml", language)]
    words = {k: roles[k] for k in ("articles", "title_links", "repeat_titles") if k in roles}
    return Lexicon(
        entries=entries, countries=countries, governments=governments,
        titles=roles["titles"], modifiers=roles["modifiers"], standalone=set(roles["standalone"]),
        portfolios=roles["portfolios"], triggers=events["triggers"],
        authored_when=set(events["authored_when"]), saying_verbs=set(events["saying_verbs"]),
        typing=typing, groups=groups, not_entities={key(n) for n in [*typing["not_entities"], *(typing.get("peoples") or [])]},
        given_names={n for row in _read("given_names.yaml", language) for n in row},
        demonyms={c["demonym"]: c["code"] for c in _read("gazetteer.yaml", language).get("countries", []) if c.get("demonym")},
        language=language, **words,
    )
