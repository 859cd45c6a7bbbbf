"""GET /api/control?date=YYYY-MM-DD: who holds which places on a date, from territory events.

The timelines come from `sitrep.fuse.control` over the fused incidents whose sub-event type
transfers territory (as `sitrep control` reads them); a place's holder on a date is the side of
its latest change on or before it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from sitrep.api.deps import StoreDep
from sitrep.store import EventFilter
from sitrep.store.query import parse_bbox, parse_date_option

if TYPE_CHECKING:
    from sitrep.fuse.control import ControlChange

router = APIRouter(tags=["control"])


class Holding(BaseModel):
    place: str
    holder: str
    previous: str | None
    since: dt.date | None
    sub_event_type: str
    evidence: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    incident_id: str
    sources: list[str] = Field(description="The reports that tell the change: each one's URL, else its document id.")


class ControlOut(BaseModel):
    """Each place's holder on `date`, and the territory claims no date places."""

    date: dt.date
    places: list[Holding]
    undated: list[Holding]


def _holding(change: ControlChange) -> Holding:
    return Holding(
        place=change.place,
        holder=change.holder,
        previous=change.previous,
        since=change.date,
        sub_event_type=change.sub_event_type,
        evidence=change.evidence,
        country=change.country,
        latitude=change.latitude,
        longitude=change.longitude,
        incident_id=change.incident_id,
        sources=[s.url or s.document_id for s in change.sources],
    )


@router.get("/control", response_model=ControlOut)
def control(
    store: StoreDep,
    date: str | None = Query(None, description="The date (YYYY-MM-DD); default: today."),
    bbox: str | None = Query(None, description="Only places inside WEST,SOUTH,EAST,NORTH."),
) -> ControlOut:
    """Who holds what on a date: each place's latest change of hands on or before it."""
    from sitrep.fuse.control import build_timelines, control_at, undated_claims
    from sitrep.store.incidents import territory_incidents

    day = parse_date_option(date, "date") or dt.date.today()
    box = parse_bbox(bbox)
    if box is not None:
        EventFilter(bbox=box)  # validates the box, raising a QueryError (400) when it is wrong
    # Fused incidents, as `sitrep control` reads them: one change per incident, however many reports.
    timelines = build_timelines(territory_incidents(store))
    return ControlOut(
        date=day,
        places=[_holding(c) for c in control_at(timelines, day, box)],
        undated=[_holding(c) for c in undated_claims(timelines, box)],
    )
