"""The event filter query parameters, shared by /api/events, its timeline and /api/exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from sitrep.store import EventFilter
from sitrep.store.query import SORT_KEYS

#: The most events one page may hold; /api/exports has no limit.
MAX_PAGE_SIZE = 5000
#: A page's size when the request does not say.
DEFAULT_PAGE_SIZE = 100


def filter_values(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    actor: Annotated[
        str | None, Query(description="Any part of an actor's name, either side or an ally.", max_length=200)
    ] = None,
    event_type: Annotated[
        str | None,
        Query(alias="type", description="An event type (Battles) or a sub-event type (Armed clash)."),
    ] = None,
    country: Annotated[str | None, Query(max_length=100)] = None,
    bbox: Annotated[str | None, Query(description="WEST,SOUTH,EAST,NORTH in decimal degrees.")] = None,
    text: Annotated[
        str | None, Query(description="Words in the evidence, notes or location.", max_length=200)
    ] = None,
    document: Annotated[str | None, Query(description="Only events of this document id.")] = None,
    sort: Annotated[str, Query(description=f"One of: {', '.join(SORT_KEYS)}.")] = "date",
) -> dict[str, str | None]:
    """The filter's values as given (validated when the EventFilter is built)."""
    return {
        "since": since,
        "until": until,
        "actor": actor or None,
        "event_type": event_type or None,
        "country": country or None,
        "bbox": bbox,
        "text": text or None,
        "document_id": document or None,
        "sort": sort,
    }


FilterValues = Annotated[dict[str, str | None], Depends(filter_values)]


def build_filter(values: dict[str, str | None], limit: int | None = None, offset: int = 0) -> EventFilter:
    """The EventFilter of these values; a bad one raises QueryError, answered as a 400."""
    return EventFilter.from_strings(limit=limit, offset=offset, **values)
