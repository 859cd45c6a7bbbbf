"""RSS and Atom feeds: each entry becomes a report (its content or summary, link, title, date)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from sitrep.errors import InputRejected
from sitrep.ingest.html import html_fragment_to_text
from sitrep.ingest.ids import derived_id
from sitrep.model import Document, content_hash

#: The root element of a feed, looked for near the start of the bytes:
#:   b'<?xml version="1.0"?><rss version="2.0">' and b'<feed xmlns="http://www.w3.org/2005/Atom">'
#:   match; b'<html><body>' and b'<?xml?><svg>' do not.
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
#: How far into the bytes the feed root may appear (after the XML declaration and comments).
FEED_SNIFF_BYTES = 2048


def looks_like_feed(data: bytes) -> bool:
    """True when bytes start like an RSS or Atom document."""
    return FEED_ROOT.search(data[:FEED_SNIFF_BYTES]) is not None


def documents_from_feed(data: bytes, source: str) -> Iterator[Document | InputRejected]:
    """Each entry of a feed as a Document, or an InputRejected for an entry (or a feed) that is unusable."""
    import feedparser

    # Bytes, never a str: feedparser treats a str as a URL or a file name and would fetch it.
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = str(parsed.get("bozo_exception") or "no entries")
        kind = InputRejected.MALFORMED if parsed.get("bozo") else InputRejected.EMPTY
        yield InputRejected(source, kind, f"not a usable RSS or Atom feed: {reason}")
        return
    feed_title = (parsed.get("feed") or {}).get("title") or None
    items: list[Document | InputRejected] = []
    for number, entry in enumerate(entries, 1):
        name = f"{source}#{number}"
        text = _entry_text(entry)
        if not text.strip():
            items.append(InputRejected(name, InputRejected.EMPTY, "the feed entry has no text"))
            continue
        link = entry.get("link") or None
        items.append(Document(
            id=derived_id(link or name, content_hash(text)),
            text=text,
            url=link,
            source=feed_title,
            title=entry.get("title") or None,
            published=_entry_date(entry),
        ))
    if parsed.get("bozo") and not any(isinstance(i, Document) for i in items):
        # A broken feed whose fragments hold no text: one rejection for the feed, not per scrap.
        yield InputRejected(source, InputRejected.MALFORMED,
                            f"not a usable RSS or Atom feed: {parsed.get('bozo_exception')}")
        return
    yield from items


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else ""
    html = html or entry.get("summary") or ""
    return html_fragment_to_text(html)


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
