"""GET /api/events (filtered, sorted, paged), /api/events/timeline and /api/events/{id}."""

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
    EventOut,
    EventPage,
    IncidentOut,
    SourceOut,
    Timeline,
    TimelineBin,
)

router = APIRouter(tags=["events"])


class EventDetail(BaseModel):
    """One event, the incident it was fused into, and every report that tells that incident."""

    event: EventOut
    incident: IncidentOut
    sources: list[SourceOut]


@router.get("/events", response_model=EventPage)
def list_events(
    store: StoreDep,
    values: FilterValues,
    limit: Annotated[int, Query(ge=0, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventPage:
    """Events that pass the filters, one page at a time, with the total that pass."""
    filters = build_filter(values, limit=limit, offset=offset)
    items = [EventOut.from_event(e) for e in store.events(filters)]
    return EventPage(total=store.count_events(filters), limit=limit, offset=offset, items=items)


@router.get("/events/timeline", response_model=Timeline)
def timeline(store: StoreDep, values: FilterValues) -> Timeline:
    """How many events pass the filters on each day (for the timeline histogram)."""
    filters = replace(build_filter(values), sort="date")
    counts: Counter = Counter()
    undated = 0
    for event in store.events(filters):
        if event.date is None:
            undated += 1
        else:
            counts[event.date] += 1
    return Timeline(bins=[TimelineBin(date=d, count=n) for d, n in sorted(counts.items())], undated=undated)


@router.get("/events/{event_id}", response_model=EventDetail)
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    """One event (by its own id or its incident's), with its incident's reports and disagreements."""
    from sitrep.store.fusion_store import incident_of

    fused = incident_of(store, event_id)
    if fused is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    event = next((m for m in fused.members if m.id == event_id), fused.event)
    documents = {d.id: d for d in store.documents([s.document_id for s in fused.sources])}
    sources = [
        SourceOut(**DocumentSummary.from_document(documents[s.document_id]).model_dump(), duplicate_of=s.duplicate_of)
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
