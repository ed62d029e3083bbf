"""Reports into the store: read, extract, write — one transaction per report.

A bad file is reported with its name and the problem, the batch goes on, and nothing of that
report reaches the store. Reports already stored unchanged (same text, so same id) are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph.document import GraphDocument
from graph.store import GraphStore, StoreError, StoreUnavailable
from graph.validation import DocumentError

CHUNK = 64


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)
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
    with store.batch():
        for path in paths:
            _write(store, str(path), lambda: read(path), out)
            progress(out)
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
                out.failed.append((str(path), _problem(exc)))
                progress(out)
                continue
            if not force and store.get_node(report.doc_id) is not None:
                out.skipped.append(str(path))
                progress(out)
                continue
            yield report

    extractor = default_extractor()
    with store.batch():
        for report, doc in _extracted(extractor, readable()):
            source = str(report.path) if report.path else report.doc_id
            _write(store, source, lambda: stamp_ingested(doc, report.text), out)
            progress(out)
    return out


def _write(store: GraphStore, source: str, document: Callable[[], GraphDocument], out: LoadReport) -> None:
    """One document in one transaction; a bad one is recorded with its problem, and only a lost
    server stops the batch."""
    try:
        result = store.write(document(), source=source)
    except StoreUnavailable:
        raise
    except (OSError, ValueError, KeyError, TypeError, DocumentError, StoreError) as exc:
        out.failed.append((source, _problem(exc)))
    else:
        out.loaded.append(source)
        out.nodes += result.nodes
        out.relationships += result.relationships


def _extracted(extractor, reports: Iterator, chunk: int = CHUNK) -> Iterator:
    """(report, graph document) pairs, extracted in chunks so that nlp.pipe batches them and no
    more than one chunk of reports is held in memory."""
    while batch := list(islice(reports, chunk)):
        yield from zip(batch, extractor.extract_many(batch))


def _problem(exc: Exception) -> str:
    text = str(exc)
    return text or type(exc).__name__
