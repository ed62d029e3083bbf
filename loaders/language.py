"""The language of a report: its front matter's `language` when given, else detected from its text.

Detection is py3langid's (langid.py's model, shipped in the package, 97 languages, nothing
fetched): on short and long English, Spanish, Portuguese and French texts it was as accurate as
lingua at a twentieth of the install size and memory (tools/bench/language_detectors.py, README).
The languages in play are those of reports on mining conflicts (CANDIDATES), not only the ones
read, so a Portuguese report is called Portuguese, not the nearest language minegraph reads;
langid's rarer languages are left out, since on a short English text it may answer Aragonese.
"""
from __future__ import annotations

import re

# Languages whose reports are read: a spaCy model and loaders/data(/<code>) rules for each.
READ = ("en", "es")
# Languages a report may be detected in: those read, and those of the countries, companies and
# agencies that write about the region's mines (Brazil, Canada, China, Europe).
CANDIDATES = {"en", "es", "pt", "fr", "de", "it", "nl", "zh"}
# The detector needs no more than this to be sure; the rest of a long report only costs time.
SAMPLE_CHARS = 4000
# Names a front matter may give instead of the ISO 639-1 code.
NAMES = {"english": "en", "eng": "en", "inglés": "en", "ingles": "en",
         "spanish": "es", "spa": "es", "español": "es", "espanol": "es", "castellano": "es",
         "portuguese": "pt", "por": "pt", "português": "pt", "french": "fr", "fra": "fr", "fre": "fr",
         "français": "fr", "francés": "fr", "quechua": "qu", "que": "qu"}


def normalise(value: str | None) -> str | None:
    """"es", "es-PE", "ES_pe", "Spanish", "español" → "es"; None for nothing given."""
    if not value or not str(value).strip():
        return None
    text = str(value).strip().lower()
    if text in NAMES:
        return NAMES[text]
    return re.split(r"[-_]", text)[0]


def detect(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in, among CANDIDATES (the model
    loads on first use)."""
    import py3langid

    return next(lang for lang, _ in py3langid.rank(text[:SAMPLE_CHARS]) if lang in CANDIDATES)


def language_of(given: str | None, text: str) -> str:
    """The report's language: what its metadata says, else what its text is written in."""
    return normalise(given) or detect(text)


def not_read_note(language: str) -> str:
    """What the Document of a report in a language minegraph does not read says about it."""
    return (f"language {language!r} is not read (minegraph reads {', '.join(READ)}): the report is stored, "
            f"its facts are not extracted")
