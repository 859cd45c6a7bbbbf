"""Place the events a report leaves vague within the report's own frame: its place and division.

Two gaps remain after the events are merged (the merger reads places as the sentences gave
them, so this stage runs after it):

- An event placed only at a country ("ten soldiers were killed in an ambush in southwest
  Niger"), or nowhere, is told in a report about one place: a coder files it there. It takes
  the report's own place (`EventLocator.anchor`, the precise place the report names most often)
  when that place lies in the event's country, with geo_precision 2 (near it).
- A village, a neighbourhood or an outpost the gazetteer does not know keeps its name and no
  coordinates; the resolver lends it the division of a known place named beside it in its own
  clause, and otherwise none. A report about one area names its villages around the towns and
  the division it is about ("fighting in Tal Fandar ... north of Raqqa"), so such an event takes
  the division most of the report's known places in its country lie in.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sitrep.events.location import EventLocator, place_of
from sitrep.events.quarters import in_its_town
from sitrep.model import Event, GeoPrecision, Place, WorkingDoc


def main_divisions(doc: WorkingDoc) -> dict[str, str]:
    """The division of each country that most of the report's located place mentions there lie
    in (country name -> division; the first named wins a tie)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in doc.place_mentions:
        place = mention.value
        if isinstance(place, Place) and place.has_coordinates and place.admin1 and place.country:
            counts[place.country][place.admin1] += 1
    return {country: divisions.most_common(1)[0][0] for country, divisions in counts.items()}


def placed_at(event: Event, place: Place) -> Event:
    """The event moved from its country (or from nowhere) to near `place`."""
    return event.with_changes(location=place.name, admin1=place.admin1, country=place.country,
                              latitude=place.latitude, longitude=place.longitude,
                              geo_precision=int(GeoPrecision.NEAR))


class ReportFrame:
    """Gives country-level and unplaced events the report's place, and unlocated places its division."""

    name, version = "events.frame", "1"
    reads, adds = ("sentences", "place_mentions", "events"), ("events",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        divisions = main_divisions(doc)
        anchor_mention = EventLocator(doc).anchor()
        anchor = place_of(anchor_mention) if anchor_mention is not None else None
        framed = []
        for event in doc.events:
            if anchor is not None and (event.location is None or event.location == event.country) \
                    and event.country in (None, anchor.country):
                event = placed_at(event, anchor)
            # A country or a region alone stays undivided: only a named spot lies in one division.
            if event.admin1 is None and event.latitude is None and event.location \
                    and event.location != event.country and event.country in divisions:
                event = event.with_changes(admin1=divisions[event.country])
            framed.append(in_its_town(doc, event))
        doc.events = framed
        return doc
