"""Territorial control: from events that change who holds a place, a per-place timeline.

Who holds a place after each territory sub-event (ANNOTATION.md, the ACLED codebook):

- Government regains territory: actor1 (state forces, or a militia allied to them) takes the
  place back from actor2; actor1 holds it.
- Non-state actor overtakes territory: actor1 (a non-state armed group) takes it from
  actor2; actor1 holds it.
- Non-violent transfer of territory: "a side withdraws and another moves in without
  fighting". The coder puts the side that moves in as actor1 (the gold train events: the
  army entering towns the rebels left, a group occupying a field the army abandoned), and
  the side that left, when named, as actor2; actor1 holds it.

An event with no actor1 says a place changed hands but not to whom: it is left out. An
undated event cannot be placed in a timeline: it is kept aside as an undated claim.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.fuse.compat import TERRITORY_SUB_EVENTS, normalise_name
from sitrep.fuse.fusion import FusedEvent, Source, merge
from sitrep.model import Event

#: (west, south, east, north) in decimal degrees, as `--bbox` gives it.
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class ControlChange:
    """A place passing to a holder, on a date, by one incident, with its evidence and sources."""

    place: str
    holder: str
    previous: str | None  # the side it was taken from, when the report names it
    date: dt.date | None
    sub_event_type: str
    incident_id: str
    evidence: str | None
    sources: tuple[Source, ...]
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Timeline:
    """Who held one place when: dated changes in date order, and the undated claims beside them."""

    place: str
    country: str | None
    changes: list[ControlChange] = field(default_factory=list)
    undated: list[ControlChange] = field(default_factory=list)

    def holder_at(self, day: dt.date) -> ControlChange | None:
        """The latest change on or before `day` (its holder held the place then), or None."""
        current = None
        for change in self.changes:
            if change.date is not None and change.date <= day:
                current = change
        return current


def control_change(fused: FusedEvent | Event) -> ControlChange | None:
    """The change of control an incident records, or None if it is no territory change or names no taker."""
    if isinstance(fused, Event):
        fused = merge(fused.id, [fused])
    event = fused.event
    if event.sub_event_type not in TERRITORY_SUB_EVENTS or not event.actor1 or not event.location:
        return None
    return ControlChange(
        place=event.location, holder=event.actor1, previous=event.actor2, date=event.date,
        sub_event_type=event.sub_event_type, incident_id=fused.incident_id,
        evidence=event.evidence.text if event.evidence else None, sources=fused.sources,
        country=event.country, latitude=event.latitude, longitude=event.longitude,
    )


def place_key(place: str, country: str | None) -> tuple[str, str]:
    """How a place is told apart from others: its normalised name within its country."""
    return normalise_name(place), (country or "").casefold()


def build_timelines(events: Iterable[FusedEvent | Event]) -> dict[tuple[str, str], Timeline]:
    """A timeline per place from territory-change incidents; other incidents are ignored."""
    timelines: dict[tuple[str, str], Timeline] = {}
    for item in events:
        change = control_change(item)
        if change is None:
            continue
        key = place_key(change.place, change.country)
        timeline = timelines.setdefault(key, Timeline(place=change.place, country=change.country))
        (timeline.changes if change.date is not None else timeline.undated).append(change)
    for timeline in timelines.values():
        # Same-day changes keep the order in which they were first reported.
        timeline.changes.sort(key=lambda c: (c.date, _first_reported(c), c.incident_id))
    return timelines


def _first_reported(change: ControlChange) -> dt.date:
    dates = [s.reported for s in change.sources if s.reported]
    return min(dates) if dates else dt.date.max


def _inside(change: ControlChange, bbox: BBox) -> bool:
    if change.latitude is None or change.longitude is None:
        return False
    west, south, east, north = bbox
    return west <= change.longitude <= east and south <= change.latitude <= north


def control_at(timelines: dict[tuple[str, str], Timeline] | Sequence[Timeline], day: dt.date,
               bbox: BBox | None = None) -> list[ControlChange]:
    """Each place's holder on `day` (the change that made it holder), by place name; bbox keeps those inside."""
    found = []
    for timeline in (timelines.values() if isinstance(timelines, dict) else timelines):
        change = timeline.holder_at(day)
        if change is None or (bbox is not None and not _inside(change, bbox)):
            continue
        found.append(change)
    return sorted(found, key=lambda c: (c.place.casefold(), c.country or ""))


def undated_claims(timelines: dict[tuple[str, str], Timeline] | Sequence[Timeline],
                   bbox: BBox | None = None) -> list[ControlChange]:
    """The territory changes with no date, which no timeline can place."""
    found = [c for t in (timelines.values() if isinstance(timelines, dict) else timelines)
             for c in t.undated if bbox is None or _inside(c, bbox)]
    return sorted(found, key=lambda c: (c.place.casefold(), c.incident_id))
