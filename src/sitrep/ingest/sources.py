"""Read reports from files, folders, URLs and feeds: each input gives Documents or one InputRejected.

    for item in read_sources(["reports/", "https://example.org/feed.xml"], max_bytes):
        if isinstance(item, InputRejected): ...   # one line naming the input; the batch goes on
        else: store.add_document(item)
"""
from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from sitrep.config import MAX_INPUT_BYTES
from sitrep.errors import InputRejected
from sitrep.ingest.decode import decode_text, looks_binary
from sitrep.ingest.feeds import documents_from_feed, looks_like_feed
from sitrep.ingest.fetch import fetch, is_url
from sitrep.ingest.ids import derived_id
from sitrep.ingest.json_documents import document_from_record
from sitrep.ingest.text import ReportParts, markdown_report, plain_report
from sitrep.model import Document, content_hash

log = logging.getLogger(__name__)


class Kind(enum.StrEnum):
    """What an input holds, which decides how it is read."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    FEED = "feed"


SUFFIX_KINDS = {
    ".txt": Kind.TEXT, ".text": Kind.TEXT, ".md": Kind.MARKDOWN, ".markdown": Kind.MARKDOWN,
    ".html": Kind.HTML, ".htm": Kind.HTML, ".json": Kind.JSON, ".jsonl": Kind.JSONL,
    ".ndjson": Kind.JSONL, ".xml": Kind.FEED, ".rss": Kind.FEED, ".atom": Kind.FEED,
}
CONTENT_TYPE_KINDS = {
    "text/html": Kind.HTML, "application/xhtml+xml": Kind.HTML,
    "application/rss+xml": Kind.FEED, "application/atom+xml": Kind.FEED,
    "application/rdf+xml": Kind.FEED, "application/xml": Kind.FEED, "text/xml": Kind.FEED,
    "application/json": Kind.JSON, "application/x-ndjson": Kind.JSONL,
    "application/jsonl": Kind.JSONL, "text/markdown": Kind.MARKDOWN, "text/plain": Kind.TEXT,
}


def expand_sources(sources: Sequence[str]) -> list[str]:
    """The inputs to read: URLs and files as given, folders replaced by the reports inside them."""
    inputs: list[str] = []
    for source in sources:
        path = Path(source).expanduser()
        if not is_url(source) and path.is_dir():
            inputs.extend(str(p) for p in _reports_in(path))
        else:
            inputs.append(source)
    return inputs


def read_sources(sources: Sequence[str], max_bytes: int = MAX_INPUT_BYTES
                 ) -> Iterator[Document | InputRejected]:
    """Every report in these inputs, and an InputRejected for each input (or entry) that is unusable."""
    for source in expand_sources(sources):
        yield from read_input(source, max_bytes)


def read_input(source: str, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Document | InputRejected]:
    """The reports in one file or URL; a bad input yields one InputRejected instead."""
    now = dt.datetime.now(dt.UTC)
    try:
        items = list(_read_url(source, max_bytes) if is_url(source) else _read_path(source, max_bytes))
    except InputRejected as rejected:
        yield rejected
        return
    for item in items:
        yield replace(item, ingested_at=now) if isinstance(item, Document) else item


def documents_from_bytes(data: bytes, name: str, kind: Kind, url: str | None = None,
                         charset: str | None = None, source: str | None = None
                         ) -> list[Document | InputRejected]:
    """Read the reports in some bytes of a known kind; raise InputRejected when they are unusable."""
    if kind is Kind.FEED:
        if not data.strip():
            raise InputRejected(name, InputRejected.EMPTY)
        if looks_binary(data):
            raise InputRejected(name, InputRejected.BINARY, "not a text file")
        if not looks_like_feed(data):
            raise InputRejected(name, InputRejected.MALFORMED, "not an RSS or Atom feed")
        return list(documents_from_feed(data, name))
    text = decode_text(data, name, charset)
    if kind is Kind.JSON:
        return list(_json_documents(text, name))
    if kind is Kind.JSONL:
        return list(_jsonl_documents(text, name))
    text = text.replace("\r\n", "\n")
    parts = _report_parts(text, kind, name)
    if not parts.text.strip():
        raise InputRejected(name, InputRejected.EMPTY)
    return [Document(id=derived_id(name, content_hash(parts.text)), text=parts.text, url=url,
                     source=parts.source or source, title=parts.title, published=parts.published)]


def _report_parts(text: str, kind: Kind, name: str) -> ReportParts:
    if kind is Kind.HTML:
        from sitrep.ingest.html import html_report

        return html_report(text, name)
    if kind is Kind.MARKDOWN:
        return markdown_report(text)
    return plain_report(text)


def _reports_in(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if name.startswith("."):
                continue
            if path.suffix.lower() in SUFFIX_KINDS:
                found.append(path)
            else:
                log.info("skipping %s: not a report format sitrep reads", path)
    return found


def _read_path(source: str, max_bytes: int) -> list[Document | InputRejected]:
    path = Path(source).expanduser()
    if path.is_dir():
        return [item for p in _reports_in(path) for item in read_input(str(p), max_bytes)]
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputRejected(source, InputRejected.NOT_FOUND, "no such file or folder") from exc
    except OSError as exc:
        raise InputRejected(source, InputRejected.NOT_FOUND, exc.strerror or str(exc)) from exc
    # The size is checked before reading, so an enormous file is never loaded.
    if size > max_bytes:
        raise InputRejected(source, InputRejected.TOO_LARGE, f"{size} bytes, the limit is {max_bytes}")
    if size == 0:
        raise InputRejected(source, InputRejected.EMPTY)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputRejected(source, InputRejected.NOT_FOUND, exc.strerror or str(exc)) from exc
    kind = SUFFIX_KINDS.get(path.suffix.lower()) or _sniff(data, source)
    return documents_from_bytes(data, source, kind, url=path.resolve().as_uri())


def _read_url(url: str, max_bytes: int) -> list[Document | InputRejected]:
    fetched = fetch(url, max_bytes)
    kind = CONTENT_TYPE_KINDS.get(fetched.content_type)
    if kind is Kind.FEED and not looks_like_feed(fetched.data):
        kind = None  # generic XML that is not a feed: let the content decide
    if kind is None or kind is Kind.TEXT:
        suffix = Path(urlsplit(fetched.url).path).suffix.lower()
        kind = SUFFIX_KINDS.get(suffix) or _sniff(fetched.data, url)
    host = urlsplit(fetched.url).hostname
    return documents_from_bytes(fetched.data, url, kind, url=fetched.url, charset=fetched.charset,
                                source=host)


def _sniff(data: bytes, name: str) -> Kind:
    """The kind of an input whose name and server say nothing useful, from its first bytes."""
    if looks_binary(data):
        raise InputRejected(name, InputRejected.BINARY, "not a text file")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")) and _parses_as_json(data):
        return Kind.JSON
    if looks_like_feed(data):
        return Kind.FEED
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return Kind.HTML
    return Kind.TEXT


def _parses_as_json(data: bytes) -> bool:
    # "[section]" opens TOML and INI files too: only what parses is taken for JSON.
    try:
        json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return True


def _json_documents(text: str, name: str) -> Iterator[Document]:
    """A .json file: one gold-shaped record or a list of them; one bad record rejects the file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRejected(name, InputRejected.MALFORMED, f"not JSON: {exc}") from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputRejected(name, InputRejected.EMPTY, "an empty JSON list")
    documents = [document_from_record(record, name, _fallback_id(record, f"{name}-{n}" if len(records) > 1
                                                                  else name))
                 for n, record in enumerate(records, 1)]
    yield from documents


def _jsonl_documents(text: str, name: str) -> Iterator[Document | InputRejected]:
    """A .jsonl file: one record per line; a bad line is rejected on its own, naming file and line."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
            yield document_from_record(record, where, _fallback_id(record, f"{name}-{number}"))
        except json.JSONDecodeError as exc:
            yield InputRejected(where, InputRejected.MALFORMED, f"not JSON: {exc}")
        except InputRejected as rejected:
            yield rejected


def _fallback_id(record: object, name: str) -> str:
    text = record.get("text") if isinstance(record, dict) else None
    return derived_id(name, content_hash(text) if isinstance(text, str) else "")
