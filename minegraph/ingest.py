"""Reports into the store: read, extract, write — each report all-or-nothing.

Documents go to the store WRITE_BATCH at a time (`write_many`: one transaction on Neo4j, which
writes them alone if the batch fails). A bad file is reported with its name and the problem,
the batch goes on, and nothing of that report reaches the store. Reports already stored
unchanged (same text, so same id) are skipped.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph.document import GraphDocument
from graph.store import GraphStore, StoreUnavailable

CHUNK = 64
WRITE_BATCH = 32  # documents per store.write_many (graph/bench_write.py: bulk costs a third of single)
log = logging.getLogger("minegraph.ingest")


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, what was repaired)
    nodes: int = 0
    relationships: int = 0


def stamp_ingested(doc: GraphDocument, text: str | None = None) -> GraphDocument:
    """The Document node gets the time it was stored (and its text, which `spans` point into)."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for node in doc.nodes:
        if "Document" in node.labels:
            node.properties.setdefault("ingested_at", now)
            if text is not None:
                node.properties.setdefault("text", text)
    return doc


def load_graph_documents(store: GraphStore, paths: Iterable[Path],
                         progress: Callable[[LoadReport], None] = lambda r: None,
                         read: Callable[[Path], GraphDocument] = GraphDocument.read) -> LoadReport:
    """Files that `read` turns into graph documents (by default JSON in the scorer's format),
    each in one transaction."""
    out = LoadReport()

    def readable() -> Iterator[tuple[str, GraphDocument]]:
        for path in paths:
            try:
                yield str(path), read(path)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                out.failed.append((str(path), _problem(exc, str(path))))
                progress(out)

    with store.batch():
        _write_all(store, readable(), out, progress)
    return out


def load_reference(store: GraphStore, paths: Iterable[Path],
                   progress: Callable[[LoadReport], None] = lambda r: None) -> LoadReport:
    """Curated reference files (YAML/CSV of known actors and structures)."""
    from loaders.reference import load_reference as read_reference

    return load_graph_documents(store, paths, progress, read=read_reference)


def load_reports(store: GraphStore, paths: list[Path], force: bool = False,
                 progress: Callable[[LoadReport], None] = lambda r: None) -> LoadReport:
    from loaders.pipeline import default_extractor
    from loaders.read import ReportError, read_report

    out = LoadReport()

    def readable() -> Iterator:
        for path in paths:
            try:
                report = read_report(path)
            except (ReportError, OSError, UnicodeDecodeError) as exc:
                out.failed.append((str(path), _problem(exc, str(path))))
                progress(out)
                continue
            out.warnings += [(str(path), warning) for warning in report.warnings]
            if not force and store.get_node(report.doc_id) is not None:
                out.skipped.append(str(path))
                progress(out)
                continue
            yield report

    extractor = default_extractor()
    stamped = ((str(report.path) if report.path else report.doc_id, stamp_ingested(doc, report.text))
               for report, doc in _extracted(extractor, readable(), out))
    with store.batch():
        _write_all(store, stamped, out, progress)
    return out


def _write_all(store: GraphStore, documents: Iterator[tuple[str, GraphDocument]], out: LoadReport,
               progress: Callable[[LoadReport], None]) -> None:
    """(source, document) pairs, WRITE_BATCH at a time; a bad one is recorded with its problem,
    and only a lost server stops the load."""
    while batch := list(islice(documents, WRITE_BATCH)):
        for (source, _), result in zip(batch, store.write_many([(doc, source) for source, doc in batch])):
            if isinstance(result, StoreUnavailable):
                raise result
            if isinstance(result, Exception):
                out.failed.append((source, _problem(result, source)))
            else:
                out.loaded.append(source)
                out.nodes += result.nodes
                out.relationships += result.relationships
            progress(out)


def _extracted(extractor, reports: Iterator, out: LoadReport, chunk: int = CHUNK) -> Iterator:
    """(report, graph document) pairs, extracted in chunks so that nlp.pipe batches them and no
    more than one chunk of reports is held in memory. A chunk that fails is done again one
    report at a time, so that the report at fault is named and the others still load."""
    while batch := list(islice(reports, chunk)):
        try:
            pairs = list(zip(batch, extractor.extract_many(batch)))
        except Exception:  # noqa: BLE001 - which report failed, and why, is found just below
            pairs = []
            for report in batch:
                source = str(report.path or report.doc_id)
                try:
                    pairs.append((report, extractor.extract(report)))
                except Exception as exc:  # noqa: BLE001 - any failure of one report is that report's
                    log.debug("extraction of %s failed", source, exc_info=True)
                    out.failed.append((source, f"extraction failed: {_problem(exc, source)}"))
        yield from pairs


def _problem(exc: Exception, source: str) -> str:
    """The problem alone: the caller names the file, so a message that names it too loses it."""
    text = getattr(exc, "problem", None) or str(exc) or type(exc).__name__
    return text.removeprefix(f"{source}: ")
