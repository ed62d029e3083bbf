"""Deterministic ids (ONTOLOGY.md "Stable ids"): the same input always gives the same id."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from itertools import repeat
from json.encoder import encode_basestring


def fold(text: str) -> str:
    """Lower case without accents: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("\u2019", "'").replace("'", "")).strip("-")


def entity_id(prefix: str, name: str) -> str:
    """`person:martin-vizcarra` from ("person", "Martín Vizcarra")."""
    return f"{prefix}:{slug(name)}"


def event_id(subclass: str, date: str | None, anchor: str) -> str:
    """`event:visit:2016-10-22:las-bambas`; `anchor` is the place or lead actor slug."""
    kind = re.sub(r"(?<!^)(?=[A-Z])", "_", subclass).lower()
    return f"event:{kind}:{date or 'undated'}:{slug(anchor)}"


def document_id(text: str, metadata: dict[str, object] | None = None) -> str:
    """The text's hash, and with `metadata` (the values a report states about itself) theirs
    too: a report whose front matter was corrected is a new version, not "unchanged"."""
    stated = {k: v for k, v in (metadata or {}).items() if v is not None}
    if not stated:
        return f"doc:{sha256(text)[:16]}"
    return f"doc:{sha256(json.dumps([text, sorted(stated.items())], ensure_ascii=False))[:16]}"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def relationship_id(rel_type: str, start: str, end: str, key: dict[str, object]) -> str:
    """One fact, one id: the type, both ends and the type's key properties (schema `key`)."""
    # The JSON of [type, start, end, [[key, value], ...]], its strings encoded as json.dumps
    # encodes them (the ids stay those of earlier versions), without walking the list. Not
    # remembered here: a Relationship keeps its own (graph/document.py), and a bulk load's ids
    # are nearly all new (a cache's misses cost more than its hits saved).
    if not key:
        keyed = "[]"
    elif all(map(isinstance, key.values(), repeat(str))):  # the usual key (a role, a basis): no encoder
        keyed = "[" + ", ".join([f"[{encode_basestring(k)}, {encode_basestring(v)}]" for k, v in sorted(key.items())]) + "]"
    else:
        keyed = _ENCODER.encode([list(i) for i in sorted(key.items())])
    payload = f"[{encode_basestring(rel_type)}, {encode_basestring(start)}, {encode_basestring(end)}, {keyed}]"
    return f"rel:{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


# json.dumps with options builds an encoder per call (a third of an id's cost).
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
