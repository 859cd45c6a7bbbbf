"""Distances on the Earth, for place disambiguation, merging and fusion alike."""
from __future__ import annotations

import math
from typing import Protocol

#: The Earth's mean radius.
EARTH_RADIUS_KM = 6371.0


class Located(Protocol):
    """Anything with a position; read-only, so frozen records (Event, Place) qualify."""

    @property
    def latitude(self) -> float | None: ...

    @property
    def longitude(self) -> float | None: ...


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle (haversine) distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def distance_km(a: Located, b: Located) -> float | None:
    """The distance between two located things (events, places), or None when one has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)
