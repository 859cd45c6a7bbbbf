"""Plain-text and Markdown reports: the text itself, with a title and date where the file gives them."""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from sitrep.ingest.json_documents import parse_date

log = logging.getLogger(__name__)

#: YAML front matter at the very start of a Markdown file:
#:   "---\ntitle: Clashes in the north\ndate: 2021-03-04\n---\nBody..." -> the two key lines.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
#: A level-one Markdown heading: "# Clashes in the north" -> "Clashes in the north";
#: not "## Background" and not "#hashtag".
MARKDOWN_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


@dataclass(frozen=True)
class ReportParts:
    """What a reader found in one input: its text and, where present, its title and date."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None  # the outlet, where the input names it


def plain_report(text: str) -> ReportParts:
    """A .txt report: the text as it is; plain text carries no metadata."""
    return ReportParts(text=text)


def markdown_report(text: str) -> ReportParts:
    """A .md report: title and date from YAML front matter, else the title from the first # heading."""
    import yaml

    meta: dict[str, object] = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            # Not front matter after all (a "---" rule opening the text): keep it as text.
            log.debug("front matter not read: %s", exc)
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text[match.end():]
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        heading = MARKDOWN_TITLE.search(text)
        title = heading.group(1).strip() if heading else None
    published = parse_date(meta.get("published") or meta.get("date"))
    return ReportParts(text=text, title=title, published=published)
