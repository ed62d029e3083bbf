"""Name keys: the forms under which two reports' names of one actor compare equal.

"Compañía Minera Antapaccay S.A." and "Compañía Minera Antapaccay", "comunidad campesina de
Fuerabamba" and "Fuerabamba community", "Ollanta Humala Tasso" and "Ollanta Humala" share a
key. Company types are removed by OpenSanctions' rigour (its list of legal forms across
jurisdictions); schema/names.yaml holds what that list leaves and the community wording.
A key is scoped by class, and by country for a body that has one, so Guatemala's "Ministry of
the Interior" never shares a key with Peru's.
"""
from __future__ import annotations

import re
from functools import cache

import yaml
from rigour.names import remove_org_types

from graph.ids import fold
from graph.ontology import SCHEMA_DIR

NAMES_FILE = SCHEMA_DIR / "names.yaml"
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")

# Rules, weakest last: a key made by dropping a second surname only joins a name that is
# exactly that key, never another dropped surname ("Juan Pérez García" and "Juan Pérez Quispe").
NAME, ACRONYM_RULE, ALIAS, SECOND_SURNAME = "name", "acronym", "alias", "second_surname"


@cache
def _data() -> dict:
    return yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).replace("\u2019", "'").replace("'", ""))


def base_key(name: str, cls: str | None = None) -> str:
    """The folded words of a name; an organisation's without its legal form or community wording."""
    if cls != "Organization":
        return " ".join(_words(name))
    data = _data()
    text = " ".join(_words(remove_org_types(fold(name).replace(".", ""), replacement=" ")))
    forms = set(data["legal_forms"])
    words = text.split()
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    text = " ".join(words)
    for prefix in data["community_prefixes"]:
        if text.startswith(prefix + " ") and len(text) > len(prefix) + 1:
            return text[len(prefix) + 1:]
    for suffix in data["community_suffixes"]:
        if text.endswith(" " + suffix):
            return text[:-len(suffix) - 1]
    return text


def person_keys(name: str) -> list[tuple[str, str]]:
    words = base_key(name).split()
    keys = [(" ".join(words), NAME)] if words else []
    particles = set(_data()["particles"])
    # "Ollanta Humala Tasso": given name, first surname, second surname; the second may be left out.
    if len(words) >= 3 and words[-1] not in particles and words[-2] not in particles:
        keys.append((" ".join(words[:-1]), SECOND_SURNAME))
    return keys


def name_keys(cls: str, name: str | None, aliases: list[str] = (), country: str | None = None) -> list[tuple[str, str]]:
    """(key id, rule) for a node of class `cls`: its name, its multi-word aliases and acronyms."""
    scope = f"{cls.lower()}:{country.lower() + ':' if country else ''}"
    keys: list[tuple[str, str]] = []
    if not name or name == name.lower():
        return []           # "regional government", "the police": a description, not a name
    keys += person_keys(name) if cls == "Person" else [(base_key(name, cls), NAME)]
    for alias in aliases or ():
        if ACRONYM.fullmatch(alias):
            if cls != "Organization":
                continue
            keys.append((alias.lower(), ACRONYM_RULE))
        elif len(alias.split()) >= 2 and alias[:1].isupper():
            keys.append((base_key(alias, cls), ALIAS))
    out: dict[str, str] = {}
    for key, rule in keys:
        if key and key not in out:
            out[key] = rule
    return [(scope + key, rule) for key, rule in out.items()]


def may_join(rule_a: str, rule_b: str) -> bool:
    return not (rule_a == SECOND_SURNAME and rule_b == SECOND_SURNAME)
