"""Event fusion: decide which per-report events describe one incident, and merge them.

Pure functions over `Event`s: nothing here reads or writes the store (that is
`sitrep.store.fusion_store`). An incoming event joins an existing incident when it is
compatible (`sitrep.fuse.compat`) with every event already in it; two events of one report are
never compatible, since the extractor already merged a report's own mentions of one event.
Otherwise it founds a new incident.

The merged event keeps the most precise place and date its reports give, the lowest fatality
figure (the most conservative), and records every disagreeing value with the report it came from.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from sitrep.fuse.compat import (
    DAY_WINDOW,
    TERRITORY_SUB_EVENTS,
    ContentKey,
    ReferenceDates,
    compatible_content,
    content_key,
    dated,
    distance_score,
)
from sitrep.fuse.sides import NO_RELATIONS, ActorRelations
from sitrep.model import Document, Event


@dataclass(frozen=True)
class Source:
    """One report behind an incident: its id, URL, outlet, when it was reported, and what it copies."""

    document_id: str
    url: str | None = None
    outlet: str | None = None
    reported: dt.date | None = None
    duplicate_of: str | None = None  # the stored report this one nearly copies

    @classmethod
    def from_document(cls, document: Document, duplicate_of: str | None = None) -> Source:
        """A report as a source: reported when it was published, else when it was ingested."""
        ingested = document.ingested_at.date() if document.ingested_at else None
        return cls(document_id=document.id, url=document.url, outlet=document.source,
                   reported=document.published or ingested, duplicate_of=duplicate_of)


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


def _order(event: Event) -> tuple[Any, ...]:
    return (event.date is None, event.date or dt.date.min, event.document_id,
            event.evidence_start or 0, event.id)


#: For each report, the reports an analyst split apart from it: their events never share an incident.
KeptApart = Mapping[str, AbstractSet[str]]


def assign(new_events: Sequence[Event], incidents: Mapping[str, Sequence[Event]],
           reference: ReferenceDates | None = None, relations: ActorRelations = NO_RELATIONS,
           apart: KeptApart | None = None) -> Assignment:
    """Put each new event into the closest incident it is compatible with, or a new one of its own.

    `incidents` maps incident ids to their current member events; it is not changed. An event
    never joins an incident holding a report that `apart` keeps apart from its own. Dated
    events are taken first, in date order, and an incident founded by one is open to the next.
    An event with no date at all joins only an incident with a day-dated member, and only when
    no other report's undated event would join it too: undated reports of a place and sides that
    recur (a siege, a campaign) cannot be told apart in time, so none of them is attached.
    """
    fuser = _Fuser(reference, relations, apart or {})
    for incident_id, current in incidents.items():
        for member in current:
            fuser.add(incident_id, member)
    result = Assignment()
    ordered = sorted(new_events, key=_order)
    timed = [e for e in ordered if dated(e, reference)[0] is not None]
    undated = [e for e in ordered if dated(e, reference)[0] is None]
    for event in timed:
        _place(event, fuser.closest(event), fuser, result)
    choices = {e.id: fuser.closest(e) for e in undated}
    reports: dict[str, set[str]] = {}
    for event in undated:
        chosen = choices[event.id]
        if chosen is not None:
            reports.setdefault(chosen, set()).add(event.document_id)
    for event in undated:
        chosen = choices[event.id]
        unique = chosen is not None and len(reports[chosen]) == 1
        _place(event, chosen if unique else None, fuser, result)
    return result


def _place(event: Event, incident_id: str | None, fuser: _Fuser, result: Assignment) -> None:
    if incident_id is None:
        incident_id = incident_id_for([event])
        result.created.append(incident_id)
        fuser.found(incident_id, event)
    else:
        fuser.add(incident_id, event)
    result.joined[event.id] = incident_id


#: Width in days of the date buckets incidents are filed under: the widest date window, so two
#: dated events that can be compatible lie in one bucket or in neighbouring ones.
DATE_BUCKET_DAYS = max(DAY_WINDOW.values())
#: How many (event content, member content) comparisons one `assign` call remembers before it
#: forgets them and starts again: a bound on memory (about 200 bytes a pair) that only a batch
#: far larger than the benchmark's 10,000 reports should reach.
MAX_REMEMBERED_PAIRS = 1_000_000

#: Where an incident is filed: its founding event's country and date bucket, None when unknown.
_Bucket = tuple[str | None, int | None]


@dataclass(eq=False)
class _Incident:
    """An incident being fused: the distinct contents of its members, and its reports."""

    id: str
    bucket: _Bucket  # where it is filed: its founding event's
    contents: dict[int, None] = field(default_factory=dict)  # content numbers, in arrival order
    documents: set[str] = field(default_factory=set)


class _Fuser:
    """The incidents of one `assign` call, filed so that a new event meets only those it may join.

    `compatible(event, member)` is "different reports" and `compatible_content`, and the latter
    (like `distance_score`) reads only an event's `content_key`. So each incident keeps its
    members' distinct contents and its report ids, and each pair of contents is compared once.
    Incidents are filed by their founding member's country and date bucket: two events of
    different countries are never compatible, nor two dated ones more than `DATE_BUCKET_DAYS`
    apart, so an event need only look in its own country (and the unknown one) and in the
    neighbouring buckets (and the undated one). An incident all of whose members are compatible
    with the event is compatible through its founder, so it is always among those looked at.
    """

    def __init__(self, reference: ReferenceDates | None, relations: ActorRelations, apart: KeptApart) -> None:
        self.reference, self.relations, self.apart = reference, relations, apart
        self.numbers: dict[ContentKey, int] = {}
        self.examples: list[Event] = []  # by content number: the first event seen with that content
        self.incidents: dict[str, _Incident] = {}
        self.buckets: dict[_Bucket, list[_Incident]] = {}
        # (event content, member content) -> distance score, or None when not compatible.
        self.pairs: dict[tuple[int, int], float | None] = {}

    def content(self, event: Event) -> int:
        """The number of an event's content (`content_key`), the same for events that say the same."""
        key = content_key(event, self.reference)
        number = self.numbers.get(key)
        if number is None:
            number = self.numbers[key] = len(self.examples)
            self.examples.append(event)
        return number

    def bucket(self, event: Event) -> _Bucket:
        """Where an incident founded by this event is filed."""
        day = dated(event, self.reference)[0]
        return event.country or None, None if day is None else day.toordinal() // DATE_BUCKET_DAYS

    def found(self, incident_id: str, event: Event) -> None:
        """Found (and file) an incident with this event, replacing any incident of that id."""
        old = self.incidents.pop(incident_id, None)
        if old is not None:
            self.buckets[old.bucket].remove(old)
        self.add(incident_id, event)

    def add(self, incident_id: str, event: Event) -> None:
        """Put an event into an incident, founding (and filing) the incident if there is none of that id."""
        incident = self.incidents.get(incident_id)
        if incident is None:
            incident = self.incidents[incident_id] = _Incident(incident_id, self.bucket(event))
            self.buckets.setdefault(incident.bucket, []).append(incident)
        incident.contents[self.content(event)] = None
        incident.documents.add(event.document_id)

    def candidates(self, event: Event) -> Iterator[_Incident]:
        """Every incident filed where one compatible with the event can be (and perhaps others)."""
        country, day = self.bucket(event)
        if country is not None and day is not None:
            for where in (country, None):
                for near in (day - 1, day, day + 1, None):
                    yield from self.buckets.get((where, near), ())
            return
        for (where, near), filed in self.buckets.items():
            if country is not None and where is not None and where != country:
                continue
            if day is not None and near is not None and abs(near - day) > 1:
                continue
            yield from filed

    def score(self, content: int, incident: _Incident) -> float | None:
        """How close an event's content is to an incident's nearest member, or None if one is incompatible."""
        best: float | None = None
        for member in incident.contents:
            pair = (content, member)
            if pair in self.pairs:
                score = self.pairs[pair]
            else:
                if len(self.pairs) >= MAX_REMEMBERED_PAIRS:
                    self.pairs.clear()
                event, other = self.examples[content], self.examples[member]
                score = (distance_score(event, other, self.reference)
                         if compatible_content(event, other, self.reference, self.relations) else None)
                self.pairs[pair] = score
            if score is None:
                return None
            if best is None or score < best:
                best = score
        return best

    def closest(self, event: Event) -> str | None:
        """The id of the closest incident the event is compatible with every member of, or None."""
        content = self.content(event)
        best: tuple[float, str] | None = None
        kept_apart = self.apart.get(event.document_id, frozenset())
        for incident in self.candidates(event):
            if event.document_id in incident.documents or not kept_apart.isdisjoint(incident.documents):
                continue
            score = self.score(content, incident)
            if score is not None and (best is None or (score, incident.id) < best):
                best = (score, incident.id)
        return best[1] if best else None


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
