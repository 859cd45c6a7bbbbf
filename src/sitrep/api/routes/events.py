"""GET /api/events (filtered, sorted, paged), /api/events/timeline and /api/events/{id}.

The list and the timeline show fused incidents by default, as `sitrep events` does: one item
per incident, with how many reports tell it; `per_report=true` shows each report's own events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from sitrep.api.deps import StoreDep
from sitrep.api.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, FilterValues, build_filter
from sitrep.api.schemas import (
    ConflictOut,
    ConflictValue,
    DocumentSummary,
    EventListItem,
    EventOut,
    EventPage,
    IncidentOut,
    SourceOut,
    Timeline,
    TimelineBin,
)
from sitrep.fuse.fusion import FusedEvent
from sitrep.store import DocumentHead, EventFilter, Store

router = APIRouter(tags=["events"])


class EventDetail(BaseModel):
    """One event, the incident it was fused into, and every report that tells that incident."""

    event: EventOut
    incident: IncidentOut
    sources: list[SourceOut]


#: The query parameter that asks for each report's own events instead of fused incidents.
PerReport = Annotated[
    bool, Query(description="One item per report's event, instead of one per fused incident (the default).")
]


def _listed(store: Store, filters: EventFilter, per_report: bool) -> tuple[list[FusedEvent], int]:
    # Each report's own event is listed as an incident of one, so both views have one shape.
    from sitrep.fuse.fusion import Source
    from sitrep.store.incidents import count_fused_events, fused_events

    if not per_report:
        return fused_events(store, filters), count_fused_events(store, filters)
    found = store.events(filters)
    documents = {d.id: d for d in store.documents({e.document_id for e in found})}
    alone = [
        FusedEvent(e.id, e, (e,), (Source.from_document(documents[e.document_id]) if e.document_id in documents
                                   else Source(e.document_id),))
        for e in found
    ]
    return alone, store.count_events(filters)


@router.get("/events", response_model=EventPage)
def list_events(
    store: StoreDep,
    values: FilterValues,
    limit: Annotated[int, Query(ge=0, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
    per_report: PerReport = False,
) -> EventPage:
    """Incidents that pass the filters (one per incident, with its number of reports), a page at a
    time, with the total that pass; `per_report=true` lists each report's own events instead."""
    filters = build_filter(values, limit=limit, offset=offset)
    found, total = _listed(store, filters, per_report)
    return EventPage(total=total, limit=limit, offset=offset, items=[EventListItem.from_fused(f) for f in found])


@router.get("/events/timeline", response_model=Timeline)
def timeline(store: StoreDep, values: FilterValues, per_report: PerReport = False) -> Timeline:
    """How many incidents (or, with `per_report`, reports' events) pass the filters on each day."""
    filters = replace(build_filter(values), sort="date")
    if per_report:
        counts: Counter = Counter(e.date for e in store.events(filters))
    else:
        # Counted in the database from each incident's merged date: no incident is merged here.
        from sitrep.store.incidents import fused_event_dates

        counts = Counter(fused_event_dates(store, filters))
    undated = counts.pop(None, 0)
    return Timeline(bins=[TimelineBin(date=d, count=n) for d, n in sorted(counts.items())], undated=undated)


@router.get("/events/{event_id}", response_model=EventDetail)
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    """One event (by its own id or its incident's), with its incident's reports and disagreements."""
    from sitrep.store.incidents import incident_of

    fused = incident_of(store, event_id)
    if fused is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    event = next((m for m in fused.members if m.id == event_id), fused.event)
    documents = {d.id: d for d in store.documents([s.document_id for s in fused.sources])}
    sources = [
        SourceOut(**DocumentSummary.model_validate(DocumentHead.of(documents[s.document_id])).model_dump(),
                  duplicate_of=s.duplicate_of)
        for s in fused.sources
        if s.document_id in documents
    ]
    incident = IncidentOut(
        id=fused.incident_id,
        event=EventOut.from_event(fused.event),
        member_ids=[m.id for m in fused.members],
        source_count=fused.source_count,
        independent_source_count=fused.independent_source_count,
        first_reported=fused.first_reported,
        last_reported=fused.last_reported,
        conflicts=[
            ConflictOut(
                field=c.field,
                kept=_plain(c.kept),
                values=[ConflictValue(value=_plain(v), document_id=d) for v, d in c.values],
            )
            for c in fused.conflicts
        ],
        pinned=fused.pinned,
    )
    return EventDetail(event=EventOut.from_event(event), incident=incident, sources=sources)


def _plain(value: Any) -> Any:
    # Conflicting dates travel as ISO text, like every other date of the API.
    return value.isoformat() if isinstance(value, dt.date) else value
