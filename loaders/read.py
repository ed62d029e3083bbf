"""Reading reports: Markdown or plain text with YAML front matter, and HTML pages.

One reader for every way in (the command line reads files, the API request bodies): bytes are
decoded here, binary files and PDFs are refused, the front matter is checked (front_matter.py).
PDFs are refused, not read: their text comes out of a layout (columns, running heads, hyphens)
that would need its own cleaning; convert them (`pdftotext -layout`) and check the text first.
"""
from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer

from graph.ids import document_id, sha256 as text_sha256
from loaders.front_matter import FrontMatterError, split_front_matter, validate_front_matter

SUFFIXES = {".md", ".txt", ".markdown", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_MAGIC = b"%PDF-"
# Bytes that never occur in a text report (C0 controls but tab, newlines, form feed, escape).
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27})
BINARY_SNIFF = 65536          # bytes looked at to tell text from binary
BINARY_CONTROL_SHARE = 0.05   # more control bytes than this share of them: not text
# The metadata the Document id covers: a correction to any of these is a new report version.
ID_METADATA = ("title", "publisher", "url", "published", "language")


class ReportError(ValueError):
    """A report that cannot be read; the message names the file and the problem."""

    def __init__(self, source: str | Path | None, problem: str, field: str | None = None):
        self.source = str(source) if source else "<text>"
        self.problem = problem
        self.field = field  # the front matter field at fault, if one is
        super().__init__(f"{self.source}: {problem}")


@dataclass
class Report:
    path: Path | None
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)      # front matter keys beyond the known ones
    warnings: list[str] = field(default_factory=list)        # what was repaired while reading
    language_detected: bool = False  # `language` read from the text, not stated: not part of the id

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def doc_id(self) -> str:
        stated = {k: getattr(self, k) for k in ID_METADATA}
        if self.language_detected:
            stated["language"] = None
        return document_id(self.text, stated)


def decode(raw: bytes, source=None) -> tuple[str, list[str]]:
    """The text of a report file and the warnings of its decoding: UTF-8, with a stray invalid
    byte replaced (and said so); a file that is not UTF-8 at all in the legacy encoding
    charset_normalizer finds; binary files and PDFs refused."""
    if raw.startswith(PDF_MAGIC):
        raise ReportError(source, "a PDF, which is not read: convert it to text first (pdftotext -layout)")
    sample = raw[:BINARY_SNIFF]
    if b"\0" in sample or sum(sample.count(b) for b in CONTROL_BYTES) > BINARY_CONTROL_SHARE * len(sample):
        raise ReportError(source, "binary data, not a text report")
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - raw.count("\ufffd".encode())
    well_formed = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if replaced <= well_formed or replaced <= 2:
        return text, [f"{replaced} invalid UTF-8 byte sequence(s) replaced by U+FFFD (the first at byte {first_bad})"]
    guess = charset_normalizer.from_bytes(raw).best()
    if guess is None:
        raise ReportError(source, "binary data, not a text report")
    return str(guess), [f"not UTF-8: read as {guess.encoding}"]


def report_from_text(text: str, metadata: dict | None = None, path: Path | None = None,
                     warnings: list[str] | None = None) -> Report:
    """A report from its text; front matter in the text fills what `metadata` leaves out."""
    try:
        meta, body = split_front_matter(text)
        given = {k: v for k, v in (metadata or {}).items() if v is not None}
        checked = validate_front_matter({**meta, **given})
    except FrontMatterError as exc:
        raise ReportError(path, str(exc), exc.field) from None
    body = body.strip("\n")
    if not body.strip():
        raise ReportError(path, "empty report (no text after the front matter)")
    known = checked.model_dump(exclude=set(checked.model_extra or {}))
    return Report(path=path, text=body, extra=dict(checked.model_extra or {}), warnings=list(warnings or []), **known)


def _meta_content(soup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name}) \
            or soup.find("meta", attrs={"itemprop": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def html_to_report(html: str, path: Path | None = None, warnings: list[str] | None = None,
                   metadata: dict | None = None) -> Report:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = _meta_content(soup, "og:title", "citation_title", "dc.title", "DC.title") \
        or (soup.title.get_text(strip=True) if soup.title else None)
    published = _meta_content(soup, "article:published_time", "citation_date", "citation_publication_date",
                              "date", "dc.date", "DC.date", "datePublished")
    if not published:
        time = soup.find("time", attrs={"datetime": True})
        published = time["datetime"] if time else None
    publisher = _meta_content(soup, "og:site_name", "citation_publisher", "publisher", "dc.publisher")
    url = _meta_content(soup, "og:url") or (soup.find("link", rel="canonical") or {}).get("href")
    language = soup.html.get("lang") if soup.html else None
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template"]):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [b.get_text(" ", strip=True) for b in main.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote"])]
    text = "\n\n".join(re.sub(r"\s+", " ", b) for b in blocks if b) or main.get_text("\n", strip=True)
    meta = {"title": title, "publisher": publisher, "url": url, "language": language,
            "published": published[:10] if published else None, **(metadata or {})}
    return report_from_text(text, meta, path, warnings)


def is_html(text: str, suffix: str = "") -> bool:
    return suffix.lower() in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def report_from_bytes(raw: bytes, source: Path | None = None, html: bool | None = None,
                      metadata: dict | None = None) -> Report:
    """A report from a file's bytes; HTML when `html` says so, or (None) when the suffix or the
    start of the text does."""
    text, warnings = decode(raw, source)
    if not text.strip():
        raise ReportError(source, "empty file")
    if html if html is not None else is_html(text, source.suffix if source else ""):
        return html_to_report(text, source, warnings, metadata)
    return report_from_text(text, metadata, source, warnings)


def read_report(path: Path) -> Report:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportError(path, f"unreadable: {exc.strerror or exc}") from None
    return report_from_bytes(raw, path)


def missing_paths(paths: list[Path]) -> list[Path]:
    """The paths that name no file or folder and match no file as a glob pattern."""
    return [Path(p) for p in paths if not Path(p).exists() and not glob.glob(str(p), recursive=True)]


def iter_report_paths(paths: list[Path]) -> list[Path]:
    """Report files named by files, folders (recursively) and glob patterns, sorted, once each."""
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            found.add(p)
        else:
            found.update(Path(f) for f in glob.glob(str(p), recursive=True)
                         if Path(f).is_file() and Path(f).suffix.lower() in SUFFIXES)
    return sorted(found)
