"""The extractor: a report through spaCy and the components, in the order data flows.

    read → nlp → mentions → types → resolve → dates → relations → events → commitments → writer

Each component is a callable taking and returning the Context (the writer returns the
GraphDocument), so any one can be run, replaced or tested alone.
"""
from __future__ import annotations

from functools import cache
from typing import Callable, Iterable, Iterator

from graph.document import GraphDocument
from graph.validation import validate
from loaders import lexicon
from loaders.classify import MentionTyper
from loaders.commitments import CommitmentExtractor
from loaders.dates import DateFinder
from loaders.events import EventExtractor
from loaders.mentions import MentionDetector
from loaders.model import Context
from loaders.nlp import PART_CHARS, load_nlp, pipe_in_parts
from loaders.read import Report
from loaders.relations import RelationExtractor
from loaders.resolve import Resolver
from loaders.writer import GraphWriter


def default_components(nlp, lex: lexicon.Lexicon) -> list[Callable[[Context], Context]]:
    return [MentionDetector(nlp, lex), MentionTyper(lex), Resolver(lex), DateFinder(),
            RelationExtractor(lex), EventExtractor(nlp, lex), CommitmentExtractor()]


class Extractor:
    def __init__(self, nlp=None, components: list[Callable[[Context], Context]] | None = None,
                 writer: Callable[[Context], GraphDocument] | None = None, check: bool = True,
                 part_chars: int = PART_CHARS):
        self.nlp = nlp or load_nlp()
        self.lex = lexicon.load()
        self.components = components if components is not None else default_components(self.nlp, self.lex)
        self.writer = writer or GraphWriter()
        self.check = check
        self.part_chars = part_chars

    def context(self, report: Report, doc=None) -> Context:
        """The Context after every component, for inspection and tests."""
        if doc is None:
            (doc,) = pipe_in_parts(self.nlp, [report.text], self.part_chars)
        ctx = Context(report, doc)
        for component in self.components:
            ctx = component(ctx)
        return ctx

    def extract(self, report: Report, doc=None) -> GraphDocument:
        graph = self.writer(self.context(report, doc))
        if self.check:
            validate(graph, source=str(report.path or report.doc_id))
        return graph

    def extract_many(self, reports: Iterable[Report], batch_size: int = 16, n_process: int = 1) -> Iterator[GraphDocument]:
        """Batched parsing with nlp.pipe; `n_process` > 1 parses in that many processes (the rules
        after parsing stay in this one, they take a fraction of the parser's time)."""
        reports = list(reports)
        docs = pipe_in_parts(self.nlp, (r.text for r in reports), self.part_chars,
                             batch_size=batch_size, n_process=n_process)
        for report, doc in zip(reports, docs):
            yield self.extract(report, doc)


@cache
def default_extractor() -> Extractor:
    return Extractor()
