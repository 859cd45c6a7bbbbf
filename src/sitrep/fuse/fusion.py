"""Event fusion: decide which per-report events describe one incident, and merge them.

Pure functions over `Event`s: nothing here reads or writes the store (that is
`sitrep.store.fusion_store`). An incoming event joins an existing incident when it is
compatible with every event already in it: a compatible type, compatible sides, places within
a radius that grows with geo_precision, dates within a window that grows with time_precision,
and no event of the same report already there (a report's own events were already merged by
the extractor; two left apart are two events). Otherwise it founds a new incident.

The merged event keeps the most precise place and date its reports give, the lowest fatality
figure (the most conservative), and records every disagreeing value with the report it came from.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sitrep.model import Event

#: Radius (km) within which two events' places may be one incident's, by the coarser geo_precision
#: of the two. Calibrated on the gold train same-incident pairs: a town and "near the town"
#: (precision 2) are within 20 km in every pair; a district or province centroid (precision 3)
#: lies up to ~120 km from the town the other report names.
RADIUS_KM = {1: 25.0, 2: 50.0, 3: 150.0}
#: Days apart two events' dates may be, by the coarser time_precision of the two. Reports of
#: one night attack are dated a day apart ("late Tuesday", "early Wednesday"); a date only known
#: to the week or the month can be anywhere in it.
DAY_WINDOW = {1: 1, 2: 7, 3: 31}
#: Precision assumed when an event does not say (the codebook's default is the exact one).
DEFAULT_PRECISION = 1
#: How alike two normalised place names must be (rapidfuzz ratio, 0-100) to count as the same
#: name: transliterations ("Khan Yunis"/"Khan Younis", "Jandaris"/"Jinderis") score 85-95,
#: different towns of one region well below 80.
SAME_NAME_RATIO = 85.0
#: Earth's mean radius, for great-circle distances.
EARTH_RADIUS_KM = 6371.0

#: Sub-event types that change who holds a place; each is compatible with an Armed clash
#: between the same sides (one report tells the fight, another its outcome).
TERRITORY_SUB_EVENTS = frozenset({
    "Government regains territory", "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
})
#: Families of sub-event types that different reports use for one incident, compatible only
#: when the two events share an actor: a raid on a village is an "Attack" to one outlet and an
#: "Armed clash" to another; a crowd the police disperse is a protest to one, a riot to another.
COMPATIBLE_FAMILIES = (
    TERRITORY_SUB_EVENTS | {"Armed clash", "Attack"},
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration", "Mob violence"}),
)
#: Actor names that say who is unknown ("Unidentified Armed Group (Iraq)"): they do not
#: contradict a named actor, so they are left out when sides are compared.
UNKNOWN_ACTOR = re.compile(r"^unidentified\b", re.IGNORECASE)  # "Unidentified Armed Group (Mali)"
#: What place names keep when compared: letters and digits (so "Al-Azim" equals "al Azim").
NAME_NOISE = re.compile(r"[\W_]+")  # "Tal-Abyad," -> "tal abyad"


@dataclass(frozen=True)
class Source:
    """One report behind an incident: its id, URL, outlet, when it was reported, and what it copies."""

    document_id: str
    url: str | None = None
    outlet: str | None = None
    reported: dt.date | None = None
    duplicate_of: str | None = None  # the stored report this one nearly copies


@dataclass(frozen=True)
class Conflict:
    """A field on which an incident's reports disagree: every value with its report, and the one kept."""

    field: str
    kept: Any
    values: tuple[tuple[Any, str], ...]  # (value, document_id), in report order


@dataclass(frozen=True)
class FusedEvent:
    """One incident: the merged event (its id is the incident's), its member events and its sources."""

    incident_id: str
    event: Event
    members: tuple[Event, ...]
    sources: tuple[Source, ...]
    conflicts: tuple[Conflict, ...] = ()
    pinned: bool = False

    @property
    def source_count(self) -> int:
        """How many reports tell this incident."""
        return len(self.sources)

    @property
    def independent_source_count(self) -> int:
        """How many reports tell it independently: a near-copy counts with the report it copies."""
        return len({s.duplicate_of or s.document_id for s in self.sources})

    @property
    def first_reported(self) -> dt.date | None:
        dates = [s.reported for s in self.sources if s.reported]
        return min(dates) if dates else None

    @property
    def last_reported(self) -> dt.date | None:
        dates = [s.reported for s in self.sources if s.reported]
        return max(dates) if dates else None


@dataclass
class Assignment:
    """The outcome of fusing new events: which incident each joined, and which incidents are new."""

    joined: dict[str, str] = field(default_factory=dict)  # event id -> incident id
    created: list[str] = field(default_factory=list)  # ids of incidents founded by new events


def incident_id_for(events: Iterable[Event], salt: str = "") -> str:
    """A deterministic incident id from the ids of the events that found it."""
    key = salt + "|" + "|".join(sorted(e.id for e in events))
    return "in-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def normalise_name(name: str | None) -> str:
    """A place name reduced for comparison: case-folded, punctuation as single spaces."""
    return NAME_NOISE.sub(" ", name or "").strip().casefold()


def same_place_name(a: Event, b: Event) -> bool:
    """Whether two events name the same place (allowing for transliteration)."""
    first, second = normalise_name(a.location), normalise_name(b.location)
    if not first or not second:
        return False
    if first == second:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(first, second) >= SAME_NAME_RATIO


def distance_km(a: Event, b: Event) -> float | None:
    """The great-circle distance between two events' coordinates, or None when one has none."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _actors(event: Event) -> tuple[set[str], set[str]]:
    main = {a for a in (event.actor1, event.actor2) if a and not UNKNOWN_ACTOR.match(a)}
    allies = {a for a in (*event.assoc_actor1, *event.assoc_actor2) if a and not UNKNOWN_ACTOR.match(a)}
    return main, main | allies


def sides_compatible(a: Event, b: Event) -> bool:
    """Whether two events can have the same sides.

    Equal sides, one side unknown, or one event's actors a subset of the other's; or, at the
    same named place, one actor in common (outlets disagree on who the other side was: the
    police or "residents", protesters or rioters).
    """
    main_a, all_a = _actors(a)
    main_b, all_b = _actors(b)
    if not main_a or not main_b:
        return True
    return main_a <= all_b or main_b <= all_a or (bool(main_a & main_b) and same_place_name(a, b))


def share_an_actor(a: Event, b: Event) -> bool:
    """Whether two events name at least one actor in common (allies included)."""
    return bool(_actors(a)[1] & _actors(b)[1])


def types_compatible(a: Event, b: Event) -> bool:
    """Whether two events' types can describe one incident (same sub-type, or one family with a shared actor)."""
    if a.sub_event_type == b.sub_event_type:
        return True
    family = any(a.sub_event_type in f and b.sub_event_type in f for f in COMPATIBLE_FAMILIES)
    return family and share_an_actor(a, b)


def places_compatible(a: Event, b: Event) -> bool:
    """Whether two events' places can be one: same name, or within the radius their precision allows."""
    if a.country and b.country and a.country != b.country:
        return False
    if same_place_name(a, b):
        return True
    coarser = max(a.geo_precision or DEFAULT_PRECISION, b.geo_precision or DEFAULT_PRECISION)
    km = distance_km(a, b)
    if km is not None:
        return km <= RADIUS_KM.get(coarser, max(RADIUS_KM.values()))
    # No coordinates to compare: a region-level place can contain the other's; and a place the
    # gazetteer lacks may be anywhere in the country, if all else about the events agrees.
    if coarser >= 3 and a.admin1 and a.admin1 == b.admin1:
        return True
    main_a, main_b = _actors(a)[0], _actors(b)[0]
    return bool(a.country and a.country == b.country and main_a and main_a == main_b
                and a.sub_event_type == b.sub_event_type and a.date and a.date == b.date)


#: Reference dates (a report's publication, or its latest dated event) by document id: an
#: undated event is taken to lie within a week of its report's date.
ReferenceDates = Mapping[str, dt.date]
#: The time precision given to an undated event placed at its report's reference date.
REFERENCE_PRECISION = 2


def dated(event: Event, reference: ReferenceDates | None = None) -> tuple[dt.date | None, int]:
    """An event's date and time precision, falling back to its report's reference date (to the week)."""
    if event.date is not None:
        return event.date, event.time_precision or DEFAULT_PRECISION
    if reference and event.document_id in reference:
        return reference[event.document_id], REFERENCE_PRECISION
    return None, DEFAULT_PRECISION


def days_apart(a: Event, b: Event, reference: ReferenceDates | None = None) -> int | None:
    """How many days apart two events are dated, or None when one has no date at all."""
    first, second = dated(a, reference)[0], dated(b, reference)[0]
    if first is None or second is None:
        return None
    return abs((first - second).days)


def strongly_alike(a: Event, b: Event) -> bool:
    """Compatible types, the same exactly named place (not a region), and the same named sides."""
    exact = max(a.geo_precision or DEFAULT_PRECISION, b.geo_precision or DEFAULT_PRECISION) < 3
    main_a, main_b = _actors(a)[0], _actors(b)[0]
    return exact and same_place_name(a, b) and types_compatible(a, b) and bool(main_a) and main_a == main_b


def dates_compatible(a: Event, b: Event, reference: ReferenceDates | None = None) -> bool:
    """Whether two events' dates fall within the window their time precision allows.

    An event with no date (and no reference date) is compatible only on strong other
    evidence: `strongly_alike`.
    """
    apart = days_apart(a, b, reference)
    if apart is None:
        return strongly_alike(a, b)
    coarser = max(dated(a, reference)[1], dated(b, reference)[1])
    return apart <= DAY_WINDOW.get(coarser, max(DAY_WINDOW.values()))


def compatible(a: Event, b: Event, reference: ReferenceDates | None = None) -> bool:
    """Whether two events from different reports may be the same incident."""
    return (a.document_id != b.document_id and types_compatible(a, b) and sides_compatible(a, b)
            and places_compatible(a, b) and dates_compatible(a, b, reference))


def distance_score(a: Event, b: Event, reference: ReferenceDates | None = None) -> float:
    """How far apart two compatible events are (lower is closer), to choose among incidents."""
    score = float(days_apart(a, b, reference) or 0)
    km = distance_km(a, b)
    score += (km or 0.0) / RADIUS_KM[1]
    score += 0.0 if same_place_name(a, b) else 1.0
    score += 0.0 if a.sub_event_type == b.sub_event_type else 0.5
    return score


def _order(event: Event) -> tuple[Any, ...]:
    return (event.date is None, event.date or dt.date.min, event.document_id,
            event.evidence_start or 0, event.id)


def assign(new_events: Sequence[Event], incidents: Mapping[str, Sequence[Event]],
           reference: ReferenceDates | None = None) -> Assignment:
    """Put each new event into the closest incident it is compatible with, or a new one of its own.

    `incidents` maps incident ids to their current member events; it is not changed. New
    events are taken in date order, and an incident founded by one is open to the next. An
    event with no date at all joins only an incident with a dated member: two undated
    reports of one place and the same sides are as likely two days of a long fight as one.
    """
    members: dict[str, list[Event]] = {k: list(v) for k, v in incidents.items()}
    result = Assignment()
    for event in sorted(new_events, key=_order):
        best: tuple[float, str] | None = None
        for incident_id, current in members.items():
            if not current or not all(compatible(event, m, reference) for m in current):
                continue
            if dated(event, reference)[0] is None and all(dated(m, reference)[0] is None for m in current):
                continue
            score = min(distance_score(event, m, reference) for m in current)
            if best is None or (score, incident_id) < best:
                best = (score, incident_id)
        if best is None:
            incident_id = incident_id_for([event])
            members[incident_id] = []
            result.created.append(incident_id)
        else:
            incident_id = best[1]
        members[incident_id].append(event)
        result.joined[event.id] = incident_id
    return result


def _lead_key(event: Event) -> tuple[Any, ...]:
    # The most informative report leads: a dated, exactly placed event, then the most confident.
    return (event.date is None, event.time_precision or 9, event.latitude is None,
            event.geo_precision or 9, -event.confidence, event.document_id, event.evidence_start or 0)


def _conflict(name: str, kept: Any, members: Sequence[Event]) -> Conflict | None:
    values = [(getattr(m, name), m.document_id) for m in members if getattr(m, name) is not None]
    if len({v for v, _ in values}) < 2:
        return None
    return Conflict(field=name, kept=kept, values=tuple(values))


def merge(incident_id: str, members: Sequence[Event], sources: Mapping[str, Source] | None = None,
          pinned: bool = False) -> FusedEvent:
    """Merge an incident's member events into one, keeping every source and every disagreement."""
    if not members:
        raise ValueError(f"incident {incident_id} has no events")
    ordered = sorted(members, key=_lead_key)
    lead = ordered[0]
    changes: dict[str, Any] = {}
    # A fight told by one report and its outcome (a place taken) by another: the outcome codes it.
    if lead.sub_event_type not in TERRITORY_SUB_EVENTS:
        territorial = next((m for m in ordered if m.sub_event_type in TERRITORY_SUB_EVENTS), None)
        if territorial is not None and lead.sub_event_type == "Armed clash":
            changes.update(event_type=territorial.event_type, sub_event_type=territorial.sub_event_type,
                           actor1=territorial.actor1, actor2=territorial.actor2 or lead.actor2,
                           inter1=territorial.inter1, inter2=territorial.inter2)
    if lead.actor2 is None and "actor2" not in changes:
        other = next((m for m in ordered if m.actor2 and m.actor2 != lead.actor1), None)
        if other is not None:
            changes.update(actor2=other.actor2, inter2=other.inter2)
    placed = min(ordered, key=lambda m: (m.latitude is None, m.geo_precision or 9, _lead_key(m)))
    changes.update(location=placed.location, admin1=placed.admin1, country=placed.country,
                   latitude=placed.latitude, longitude=placed.longitude,
                   geo_precision=placed.geo_precision)
    figures = [m.fatalities for m in ordered if m.fatalities is not None]
    changes["fatalities"] = min(figures) if figures else None
    changes["confidence"] = max(m.confidence for m in ordered)
    merged = replace(lead, id=incident_id, **changes)
    in_order = sorted(members, key=_order)
    conflicts = [c for c in (
        _conflict("fatalities", merged.fatalities, in_order),
        _conflict("date", merged.date, in_order),
        _conflict("location", merged.location, in_order),
        _conflict("sub_event_type", merged.sub_event_type, in_order),
    ) if c is not None]
    known = sources or {}
    document_ids = list(dict.fromkeys(m.document_id for m in in_order))
    return FusedEvent(
        incident_id=incident_id, event=merged, members=tuple(in_order),
        sources=tuple(known.get(d) or Source(d) for d in document_ids),
        conflicts=tuple(conflicts), pinned=pinned,
    )
