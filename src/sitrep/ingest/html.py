"""HTML pages to reports: the main text via trafilatura, title and date from the page's metadata."""
from __future__ import annotations

import logging
from html.parser import HTMLParser
from typing import TYPE_CHECKING, cast

from sitrep.errors import InputRejected
from sitrep.ingest.json_documents import parse_date
from sitrep.ingest.text import ReportParts

if TYPE_CHECKING:
    from trafilatura.settings import Document as TrafilaturaDocument

log = logging.getLogger(__name__)

#: Elements whose end starts a new line of text when an HTML fragment is flattened.
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "tr", "table", "section", "article", "header", "footer"})
#: Elements whose content is never text a reader sees.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})

_LINE_BREAKS_TO_SPACES = str.maketrans("\n\r\f\v", "    ")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Line breaks in HTML source are spaces; only block elements break lines.
            self.parts.append(data.translate(_LINE_BREAKS_TO_SPACES))


def html_fragment_to_text(fragment: str) -> str:
    """Flatten an HTML fragment (a feed entry, a broken page) to text, one paragraph per line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def html_report(html: str, source: str) -> ReportParts:
    """The main text, title and ISO date of an HTML page; broken HTML falls back to all its text."""
    import trafilatura

    # Its return type admits a dict, which it gives only when called with as_dict=True.
    extracted = cast("TrafilaturaDocument | None",
                     trafilatura.bare_extraction(html, with_metadata=True, include_comments=False))
    text = (extracted.text or "") if extracted is not None else ""
    title = extracted.title if extracted is not None else None
    date = extracted.date if extracted is not None else None
    site = extracted.sitename if extracted is not None else None
    if not text.strip():
        # trafilatura finds no main text in very short or badly broken pages; every visible
        # word is better than nothing there.
        log.debug("%s: no main text found, keeping all the page's text", source)
        text = html_fragment_to_text(html)
    if not text.strip():
        raise InputRejected(source, InputRejected.EMPTY, "the HTML has no text")
    return ReportParts(text=text, title=title or None, published=parse_date(date), source=site or None)
