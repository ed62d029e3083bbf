"""Reading reports: Markdown or plain text with YAML front matter, and HTML pages."""
from __future__ import annotations

import datetime as dt
import glob
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from graph.ids import document_id, sha256 as text_sha256

SUFFIXES = {".md", ".txt", ".markdown", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class ReportError(ValueError):
    """A report that cannot be read; the message names the file and the problem."""

    def __init__(self, source: str | Path | None, problem: str):
        self.source = str(source) if source else "<text>"
        self.problem = problem
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

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @property
    def doc_id(self) -> str:
        return document_id(self.text)


def normalise_date(value, source=None) -> str | None:
    """The ISO date at the precision given: YAML hands over ints (2016) and dates."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = ISO_DATE.match(text)
    if not m:
        raise ReportError(source, f"bad published date {value!r} (use 2016, 2016-10 or 2016-10-22)")
    year, month, day = m.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month and not 1 <= int(month) <= 12:
            raise ValueError
    except ValueError:
        raise ReportError(source, f"bad published date {value!r}") from None
    return f"{year}-{month}" if month else year


def split_front_matter(text: str, source=None) -> tuple[dict, str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ReportError(source, f"malformed front matter: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise ReportError(source, "malformed front matter: not a mapping of keys to values")
    return meta, text[m.end():]


def report_from_text(text: str, metadata: dict | None = None, path: Path | None = None) -> Report:
    """A report from its text; front matter in the text fills what `metadata` leaves out."""
    meta, body = split_front_matter(text, path)
    meta = {**meta, **{k: v for k, v in (metadata or {}).items() if v is not None}}
    body = body.strip("\n")
    if not body.strip():
        raise ReportError(path, "empty report (no text after the front matter)")
    strings = {k: (str(meta[k]).strip() if meta.get(k) is not None else None)
               for k in ("title", "publisher", "url", "language")}
    return Report(path=path, text=body, published=normalise_date(meta.get("published"), path), **strings)


def _meta_content(soup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name}) \
            or soup.find("meta", attrs={"itemprop": name})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def html_to_report(html: str, path: Path | None = None) -> Report:
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
            "published": published[:10] if published else None}
    return report_from_text(text, meta, path)


def read_report(path: Path) -> Report:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportError(path, f"unreadable: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if not text.strip():
        raise ReportError(path, "empty file")
    if path.suffix.lower() in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return html_to_report(text, path)
    return report_from_text(text, None, path)


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
