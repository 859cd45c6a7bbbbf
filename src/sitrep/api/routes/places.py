"""GET /api/places: the places stored events happened at, with how many events each."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query

from sitrep.api.deps import StoreDep
from sitrep.api.filters import FilterValues, build_filter
from sitrep.api.schemas import PlaceOut

router = APIRouter(tags=["places"])


@router.get("/places", response_model=list[PlaceOut])
def list_places(
    store: StoreDep,
    values: FilterValues,
    q: Annotated[str | None, Query(description="Any part of the place's name.", max_length=200)] = None,
) -> list[PlaceOut]:
    """Places of the events that pass the filters (same parameters as /api/events), most events first."""
    groups: dict[tuple[str, str | None, str | None], list[tuple[float | None, float | None]]] = defaultdict(
        list
    )
    for event in store.events(build_filter(values)):
        if event.location:
            groups[(event.location, event.admin1, event.country)].append((event.latitude, event.longitude))
    needle = (q or "").strip().lower()
    places = []
    for (name, admin1, country), points in groups.items():
        if needle and needle not in name.lower():
            continue
        located = [(lat, lon) for lat, lon in points if lat is not None and lon is not None]
        # Events of one place share its gazetteer point; the mean only smooths rounding.
        lat = sum(p[0] for p in located) / len(located) if located else None
        lon = sum(p[1] for p in located) / len(located) if located else None
        places.append(
            PlaceOut(
                name=name, admin1=admin1, country=country, latitude=lat, longitude=lon, events=len(points)
            )
        )
    places.sort(key=lambda p: (-p.events, p.name))
    return places
