"""Fold a report's headline into the body that tells its act in full.

A headline sums up the report in a few words ("Gunmen storm school, kidnap students", "Airstrikes
kill civilians in the north"): its place is often a region, its day the publication's, its sides
loose. When the body tells an act of the same family (violence, or demonstrations), the headline
is that act told again, or a summary of several, and the body's tellings are the events. Merging
by key (`merge._same_incident`) already folds a headline that matches a body event closely; this
catches the rest. On gold/train, keeping every candidate, 12 of 14 headline candidates are no gold
event and no gold event's evidence is a headline.
"""
from __future__ import annotations

import re

from sitrep.events.merge import TYPE_FAMILIES, in_headline
from sitrep.model import Event

#: A sentence ending inside a first line: "Daesh attacked the base. Isis wants to reorganise"
#: is body text with its line break lost, not a headline. Not: "U.S. strikes hit Yemen" (an
#: initial), "Gunmen storm school, kidnap students".
SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?]\s+[A-Z]")


#: Blank lines between a headline and its repeat: a page's title and the article's heading.
_BLANK_LINES = re.compile(r"\s*")


def repeat_end(text: str, end: int) -> int:
    """Where the headline `text[:end]` ends once its repeat is counted: scraped pages often give
    the title twice ("Gunmen storm school\n\nGunmen storm school\n\nGunmen stormed ..."), and the
    second copy is the headline too, not the body's first telling. `end` when no repeat follows."""
    if end == 0:
        return 0
    blanks = _BLANK_LINES.match(text, end)
    after = blanks.end() if blanks else end  # "\s*" always matches; the guard is for the type checker
    headline = text[:end]
    if text.startswith(headline, after) and (after + end == len(text) or text[after + end] == "\n"):
        return after + end
    return end


def fold_headline(events: list[Event], headline: str) -> list[Event]:
    """The report's events less those told only in its headline (the report's first line,
    "" when it has none) when the body tells an act of the same family (`merge.TYPE_FAMILIES`);
    a headline with no such act in the body is kept."""
    if not headline or SENTENCE_BREAK.search(headline):
        return events
    headline_end = len(headline)
    body_families = {TYPE_FAMILIES.get(e.event_type, e.event_type) for e in events if not in_headline(e, headline_end)}
    return [e for e in events
            if not (in_headline(e, headline_end) and TYPE_FAMILIES.get(e.event_type, e.event_type) in body_families)]
