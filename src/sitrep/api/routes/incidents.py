"""POST /api/incidents/{id}/split: an analyst undoes a fusion (needs the bearer token).

The split is the one `sitrep incidents split` makes: the events named leave together as a new
incident (none named: every event on its own), and no later fusion puts them back together.
"""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from sitrep.api.deps import StoreDep, TokenChecked
from sitrep.api.schemas import EventListItem

router = APIRouter(tags=["incidents"], dependencies=[TokenChecked])


class SplitIn(BaseModel):
    """Which events leave the incident; empty or absent: every event becomes an incident of its own."""

    event_ids: list[str] = Field(default_factory=list, description="Per-report event ids to move out together.")


class SplitOut(BaseModel):
    """The incidents the events are now in, the original's first."""

    incidents: list[EventListItem]


@router.post("/incidents/{incident_id}/split", response_model=SplitOut)
def split(incident_id: str, request: SplitIn, store: StoreDep) -> SplitOut:
    """Split a fused incident; an unknown incident or event is a 400 that says which."""
    from sitrep.store.fusion_store import split_incident
    from sitrep.store.incidents import fused_event

    ids = split_incident(store, incident_id, request.event_ids or None)
    found = [fused_event(store, i) for i in ids]
    return SplitOut(incidents=[EventListItem.from_fused(f) for f in found if f is not None])
