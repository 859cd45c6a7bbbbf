"""Give an event at a place the gazetteer lacks the first-level division its report is about.

A village, a neighbourhood or an outpost the gazetteer does not know keeps its name and no
coordinates; the resolver lends it the division of a known place named beside it in its own
clause, and otherwise none. Yet a report about one area names its villages around the towns
and the division it is about ("fighting in Tal Fandar ... north of Raqqa"), so a coder files
the village under that division. This stage, after the events are merged (the merger reads a
division only where the text put one beside the place), fills the division of such an event
from the division most of the report's known places in its country lie in.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sitrep.model import Place, WorkingDoc


def main_divisions(doc: WorkingDoc) -> dict[str, str]:
    """The division of each country that most of the report's located place mentions there lie
    in (country name -> division; the first named wins a tie)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in doc.place_mentions:
        place = mention.value
        if isinstance(place, Place) and place.has_coordinates and place.admin1 and place.country:
            counts[place.country][place.admin1] += 1
    return {country: divisions.most_common(1)[0][0] for country, divisions in counts.items()}


class ReportDivision:
    """Fills the division of events at unlocated places from the report's main division there."""

    name, version = "events.divisions", "1"
    reads, adds = ("place_mentions", "events"), ("events",)

    def __call__(self, doc: WorkingDoc) -> WorkingDoc:
        divisions = main_divisions(doc)
        filled = []
        for event in doc.events:
            # A country or a region alone stays undivided: only a named spot lies in one division.
            if event.admin1 is None and event.latitude is None and event.location \
                    and event.location != event.country and event.country in divisions:
                event = event.with_changes(admin1=divisions[event.country])
            filled.append(event)
        doc.events = filled
        return doc
