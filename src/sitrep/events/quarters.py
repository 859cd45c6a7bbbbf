"""A neighbourhood the gazetteer lacks lies in its town: the event keeps the quarter's name and
takes the town's coordinates, geo_precision 2 (a district of the place).

Reports place urban fighting by quarter ("troops freed the neighbourhood of X", "insurgents
opened fire in the neighborhood of X", "the X quarter"). The gazetteer rarely knows a quarter,
so such an event had a name and no coordinates. Coders put it at the town it is part of: the
town named with it ("the X neighbourhood of Mosul"), else the town the report told just before.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from sitrep.events.location import PLACE_LOOKBACK_SENTENCES, EventLocator, place_of
from sitrep.model import Event, GeoPrecision, Mention, Place, WorkingDoc

#: The words that call a place a quarter of a town.
_QUARTER = r"(?:neighbou?rhoods?|quarters?|suburbs?)"
#: A quarter word before the name: "the neighbourhood of X", "the nearby neighborhoods of X and Y",
#: "the suburb of X" (not "the district of X": districts are often a country's second-level division).
QUARTER_BEFORE = re.compile(rf"\b{_QUARTER}\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?){{0,3}}$")
#: A quarter word after the name: "X neighbourhood", "the X quarter", "X suburb".
QUARTER_AFTER = re.compile(rf"\s+{_QUARTER}\b")
#: How far back (characters) a quarter word is looked for before a name (a short list may stand between).
QUARTER_WINDOW = 60
#: The town right after a quarter: "the X neighbourhood of Mosul", "X, a suburb of Aleppo", "X in
#: Mosul" (what may stand between the quarter's name and the town's).
TOWN_AFTER = re.compile(rf"(?:\s+{_QUARTER})?(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{_QUARTER})?"
                        r"\s+(?:of|in)\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town)\s+of\s+)?$")


def is_quarter(text: str, mention: Mention) -> bool:
    """Whether the text calls a place mention a quarter of a town."""
    return (QUARTER_BEFORE.search(text, max(0, mention.start - QUARTER_WINDOW), mention.start) is not None
            or QUARTER_AFTER.match(text, mention.end) is not None)


def _town(place: Place | None, country: str | None) -> bool:
    return (place is not None and place.has_coordinates and place.feature in ("city", "capital")
            and (country is None or place.country == country))


def town_of(doc: WorkingDoc, mention: Mention, country: str | None) -> Place | None:
    """The town a quarter lies in: the located town named right after it, else the nearest one named
    before it in its sentence or the few before, else the report's own place (all in `country`)."""
    text = doc.text
    after = [m for m in doc.place_mentions if m.start >= mention.end and _town(place_of(m), country)]
    if after and TOWN_AFTER.match(text[mention.end:after[0].start]):
        return place_of(after[0])
    starts = [s.start for s in doc.sentences]
    index = bisect_right(starts, mention.start) - 1
    first = doc.sentences[max(0, index - PLACE_LOOKBACK_SENTENCES)].start if doc.sentences else 0
    before = [m for m in doc.place_mentions if first <= m.start < mention.start and _town(place_of(m), country)]
    if before:
        return place_of(max(before, key=lambda m: m.start))
    anchor = EventLocator(doc).anchor()
    return place_of(anchor) if anchor is not None and _town(place_of(anchor), country) else None


def in_its_town(doc: WorkingDoc, event: Event) -> Event:
    """The event at an unlocated quarter given its town's coordinates (unchanged otherwise)."""
    if event.latitude is not None or event.location is None or event.evidence is None:
        return event
    mention = next((m for m in doc.place_mentions if event.evidence.start <= m.start < event.evidence.end
                    and isinstance(m.value, Place) and m.value.name == event.location), None)
    if mention is None or not is_quarter(doc.text, mention):
        return event
    town = town_of(doc, mention, event.country)
    if town is None:
        return event
    return event.with_changes(admin1=town.admin1, latitude=town.latitude, longitude=town.longitude,
                              geo_precision=int(GeoPrecision.NEAR))
