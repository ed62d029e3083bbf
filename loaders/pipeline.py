"""The extractor: a report through spaCy and the components, in the order data flows.

    read → language → nlp → mentions → types → resolve → dates → relations → events → commitments → writer

Each component is a callable taking and returning the Context (the writer returns the
GraphDocument), so any one can be run, replaced or tested alone.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable, Iterable, Iterator

from graph.document import GraphDocument
from graph.validation import validate
from loaders import lexicon
from loaders.classify import MentionTyper
from loaders.commitments import CommitmentExtractor
from loaders.dates import DateFinder
from loaders.events import EventExtractor
from loaders.language import READ, language_of, not_read_note
from loaders.mentions import MentionDetector
from loaders.model import Context
from loaders.nlp import PART_CHARS, load_nlp, pipe_in_parts
from loaders.read import Report
from loaders.relations import RelationExtractor
from loaders.resolve import Resolver
from loaders.writer import GraphWriter


def default_components(nlp, lex: lexicon.Lexicon) -> list[Callable[[Context], Context]]:
    return [MentionDetector(nlp, lex), MentionTyper(lex), Resolver(lex), DateFinder(lex.language),
            RelationExtractor(lex), EventExtractor(nlp, lex), CommitmentExtractor(lex.language)]

# Reports parsed per call of nlp.pipe in extract_many: their parses are held until written.
CHUNK = 256


@dataclass
class Reader:
    """One language's model, lexicon and components."""
    nlp: Any
    lex: lexicon.Lexicon
    components: list[Callable[[Context], Context]]


class Extractor:
    """Reports of every language through one pipeline: the language picks the model and the
    lexicon (loaders/data/<language>/), the components are the same. A report in a language
    not read is kept as a Document that says so, and nothing is read from it."""

    def __init__(self, nlp=None, components: list[Callable[[Context], Context]] | None = None,
                 writer: Callable[[Context], GraphDocument] | None = None, check: bool = True,
                 part_chars: int = PART_CHARS):
        self._given = (nlp, components)      # the English reader's parts, where a caller sets them
        self._readers: dict[str, Reader] = {}
        self.writer = writer or GraphWriter()
        self.check = check
        self.part_chars = part_chars

    def reader(self, language: str = "en") -> Reader:
        if language not in self._readers:
            nlp, components = self._given if language == "en" else (None, None)
            nlp = nlp or load_nlp(language)
            lex = lexicon.load(language)
            self._readers[language] = Reader(nlp, lex, components if components is not None
                                             else default_components(nlp, lex))
        return self._readers[language]

    # The English reader's parts, as before there were languages (benchmark, tests).
    nlp = property(lambda self: self.reader().nlp)
    lex = property(lambda self: self.reader().lex)
    components = property(lambda self: self.reader().components)

    @staticmethod
    def with_language(report: Report) -> Report:
        """The report with its language: the front matter's, else detected from the text."""
        found = language_of(report.language, report.text)
        if found == report.language:
            return report
        return dataclasses.replace(report, language=found, language_detected=report.language is None)

    def context(self, report: Report, doc=None) -> Context:
        """The Context after every component, for inspection and tests."""
        report = self.with_language(report)
        reader = self.reader(report.language)
        if doc is None:
            (doc,) = pipe_in_parts(reader.nlp, [report.text], self.part_chars)
        ctx = Context(report, doc)
        for component in reader.components:
            ctx = component(ctx)
        return ctx

    def extract(self, report: Report, doc=None) -> GraphDocument:
        report = self.with_language(report)
        if report.language not in READ:
            return self._not_read(report)
        graph = self.writer(self.context(report, doc))
        if self.check:
            validate(graph, source=str(report.path or report.doc_id))
        return graph

    def _not_read(self, report: Report) -> GraphDocument:
        graph = self.writer(Context(report, None))
        graph.nodes[0].properties["extraction_note"] = not_read_note(report.language)
        return graph

    def extract_many(self, reports: Iterable[Report], batch_size: int = 16, n_process: int = 1) -> Iterator[GraphDocument]:
        """Batched parsing with nlp.pipe, each language's reports by its model, in the order
        given, a bounded number of reports at a time; `n_process` > 1 parses in that many
        processes (the rules after parsing stay in this one, they take a fraction of the
        parser's time)."""
        chunk: list[Report] = []
        for report in reports:
            chunk.append(self.with_language(report))
            if len(chunk) == CHUNK:
                yield from self._extract_chunk(chunk, batch_size, n_process)
                chunk = []
        yield from self._extract_chunk(chunk, batch_size, n_process)

    def _extract_chunk(self, reports: list[Report], batch_size: int, n_process: int) -> Iterator[GraphDocument]:
        docs: dict[int, Any] = {}
        for language in dict.fromkeys(r.language for r in reports if r.language in READ):
            mine = [i for i, r in enumerate(reports) if r.language == language]
            parsed = pipe_in_parts(self.reader(language).nlp, (reports[i].text for i in mine), self.part_chars,
                                   batch_size=batch_size, n_process=n_process)
            docs.update(zip(mine, parsed))
        for i, report in enumerate(reports):
            yield self.extract(report, docs.pop(i, None))

@cache
def default_extractor() -> Extractor:
    return Extractor()
