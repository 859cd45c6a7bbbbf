"""Reports stored as JSON or JSON Lines in the gold file shape (id, url, source, published, title, text)."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sitrep.errors import InputRejected
from sitrep.model import Document

DOCUMENT_KEYS = ("id", "url", "source", "published", "title", "text")


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) string to a date; None when absent or unreadable."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def document_from_record(record: Any, source_name: str, fallback_id: str) -> Document:
    """Build a Document from one gold-shaped record, rejecting records that have no text."""
    if not isinstance(record, dict):
        raise InputRejected(source_name, InputRejected.MALFORMED, "expected a JSON object per document")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputRejected(source_name, InputRejected.MALFORMED, "no 'text' string")
    if not text.strip():
        raise InputRejected(source_name, InputRejected.EMPTY, "the 'text' is empty")
    return Document(
        id=str(record.get("id") or fallback_id),
        text=text,
        url=record.get("url"),
        source=record.get("source"),
        title=record.get("title"),
        published=parse_date(record.get("published")),
        language=record.get("language") or "en",
    )


def documents_from_json(text: str, source_name: str, fallback_id: str) -> list[Document]:
    """A .json file: one document object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRejected(source_name, InputRejected.MALFORMED, f"not JSON: {exc}") from exc
    records = data if isinstance(data, list) else [data]
    return [document_from_record(r, source_name, f"{fallback_id}-{i}" if len(records) > 1 else fallback_id)
            for i, r in enumerate(records)]


def documents_from_jsonl(text: str, source_name: str, fallback_id: str) -> Iterator[Document]:
    """A .jsonl file: one document object per line."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputRejected(f"{source_name}:{n}", InputRejected.MALFORMED, f"not JSON: {exc}") from exc
        yield document_from_record(record, f"{source_name}:{n}", f"{fallback_id}-{n}")
