"""Deterministic ids for reports that do not bring their own."""
from __future__ import annotations

import re

#: Runs of characters that are not ASCII letters or digits: "Report 12 (final).txt" -> "report-12-final-txt".
NON_SLUG = re.compile(r"[^a-z0-9]+")
#: Keep ids short enough to read in a table.
SLUG_LENGTH = 48
HASH_LENGTH = 12


def derived_id(name: str, text_hash: str) -> str:
    """An id from where a report came from (its file or URL name) and the hash of its text."""
    stem = name.rstrip("/").rsplit("/", 1)[-1]
    slug = NON_SLUG.sub("-", stem.lower()).strip("-")[:SLUG_LENGTH].strip("-") or "doc"
    return f"{slug}-{text_hash[:HASH_LENGTH]}"
