"""GET /api/events (filtered, sorted, paged), /api/events/timeline and /api/events/{id}."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from sitrep.api.deps import StoreDep
from sitrep.api.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, FilterValues, build_filter
from sitrep.api.schemas import DocumentSummary, EventOut, EventPage, Timeline, TimelineBin

router = APIRouter(tags=["events"])


class EventDetail(BaseModel):
    """One event and the reports it comes from."""

    event: EventOut
    sources: list[DocumentSummary]


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
    """One event, with the report (or reports) it was coded from."""
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    sources = [DocumentSummary.from_document(d) for d in store.documents([event.document_id])]
    return EventDetail(event=EventOut.from_event(event), sources=sources)
