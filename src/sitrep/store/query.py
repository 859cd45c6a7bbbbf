"""Event filters: validated once, then turned into SQL that runs on SQLite and PostgreSQL alike."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Text, and_, cast, func, or_

from sitrep.errors import QueryError
from sitrep.model import SUB_EVENT_TYPES, EventType
from sitrep.store.tables import EventRow

#: How results may be ordered; a leading "-" means descending. The id breaks ties so pages
#: never overlap.
SORT_KEYS = ("date", "-date", "confidence", "-confidence", "fatalities", "-fatalities",
             "country", "event_type")
_SORT_COLUMNS = {"date": EventRow.date, "confidence": EventRow.confidence,
                 "fatalities": EventRow.fatalities, "country": EventRow.country,
                 "event_type": EventRow.event_type}

#: The names an event-type filter accepts: the 6 event types and the 25 sub-event types.
_TYPE_NAMES = {t.value.lower(): t.value for t in EventType} | {s.lower(): s for s in SUB_EVENT_TYPES}

BBox = tuple[float, float, float, float]


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    """An ISO date given as a filter (YYYY-MM-DD), or a QueryError that names the filter."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise QueryError(f"{name}: {value!r} is not a date; use YYYY-MM-DD") from exc


def parse_bbox(value: str | None) -> BBox | None:
    """A bounding box given as "WEST,SOUTH,EAST,NORTH" in decimal degrees."""
    if value is None or value == "":
        return None
    parts = value.split(",")
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError as exc:
        raise QueryError(f"bbox: {value!r} is not four numbers WEST,SOUTH,EAST,NORTH") from exc
    if len(numbers) != 4:
        raise QueryError(f"bbox: {value!r} has {len(numbers)} numbers; give WEST,SOUTH,EAST,NORTH")
    return numbers


@dataclass(frozen=True)
class EventFilter:
    """Which events to list, and in what order. Every field is optional; invalid ones raise QueryError.

    `actor` matches actor1, actor2 and their associates by case-insensitive substring;
    `event_type` takes an event type or a sub-event type; `country` is matched
    case-insensitively; `bbox` is (west, south, east, north); `text` searches evidence,
    notes and location.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    event_type: str | None = None
    country: str | None = None
    bbox: BBox | None = None
    text: str | None = None
    document_id: str | None = None
    limit: int | None = None
    offset: int = 0
    sort: str = "date"

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until})")
        if self.event_type is not None:
            canonical = _TYPE_NAMES.get(self.event_type.strip().lower())
            if canonical is None:
                raise QueryError(f"type: {self.event_type!r} is not an event or sub-event type; "
                                 f"use one of: {', '.join(t.value for t in EventType)} "
                                 "(or a sub-event type such as 'Armed clash')")
            object.__setattr__(self, "event_type", canonical)
        if self.bbox is not None:
            _check_bbox(self.bbox)
        if self.limit is not None and self.limit < 0:
            raise QueryError(f"limit must be 0 or more, got {self.limit}")
        if self.offset < 0:
            raise QueryError(f"offset must be 0 or more, got {self.offset}")
        if self.sort not in SORT_KEYS:
            raise QueryError(f"sort: {self.sort!r} is not one of {', '.join(SORT_KEYS)}")

    @classmethod
    def from_strings(cls, *, since: str | None = None, until: str | None = None,
                     bbox: str | None = None, **others: Any) -> EventFilter:
        """Build a filter from command-line or query-string values (dates and bbox as text)."""
        return cls(since=parse_date_option(since, "since"), until=parse_date_option(until, "until"),
                   bbox=parse_bbox(bbox), **others)

    def where(self, statement: Select[Any]) -> Select[Any]:
        """Add this filter's conditions to a SELECT over events (no ordering or paging)."""
        conditions = self.conditions()
        return statement.where(*conditions) if conditions else statement

    def conditions(self) -> list[Any]:
        """This filter's conditions on the events table, as SQL expressions (none: every event passes)."""
        conditions: list[Any] = []
        if self.since:
            conditions.append(EventRow.date >= self.since)
        if self.until:
            conditions.append(EventRow.date <= self.until)
        if self.actor:
            needle = self.actor.strip().lower()
            # The associate lists are JSON; matching their text form keeps the SQL portable.
            conditions.append(or_(*(func.lower(column).contains(needle, autoescape=True) for column in (
                EventRow.actor1, EventRow.actor2,
                cast(EventRow.assoc_actor1, Text), cast(EventRow.assoc_actor2, Text)))))
        if self.event_type:
            conditions.append(or_(EventRow.event_type == self.event_type,
                                  EventRow.sub_event_type == self.event_type))
        if self.country:
            conditions.append(func.lower(EventRow.country) == self.country.strip().lower())
        if self.bbox:
            west, south, east, north = self.bbox
            conditions.append(and_(EventRow.longitude >= west, EventRow.longitude <= east,
                                   EventRow.latitude >= south, EventRow.latitude <= north))
        if self.text:
            needle = self.text.strip().lower()
            conditions.append(or_(*(func.lower(column).contains(needle, autoescape=True)
                                    for column in (EventRow.evidence, EventRow.notes, EventRow.location))))
        if self.document_id:
            conditions.append(EventRow.document_id == self.document_id)
        return conditions

    def page(self, statement: Select[Any]) -> Select[Any]:
        """Add this filter's ordering, offset and limit to a SELECT over events."""
        descending = self.sort.startswith("-")
        column = _SORT_COLUMNS[self.sort.lstrip("-")]
        key = column.desc() if descending else column.asc()
        statement = statement.order_by(key.nulls_last(), EventRow.id)
        if self.offset:
            statement = statement.offset(self.offset)
        if self.limit is not None:
            statement = statement.limit(self.limit)
        return statement


def _check_bbox(bbox: BBox) -> None:
    west, south, east, north = bbox
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise QueryError(f"bbox: longitudes must lie in [-180, 180], got {west}, {east}")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise QueryError(f"bbox: latitudes must lie in [-90, 90], got {south}, {north}")
    if south > north:
        raise QueryError(f"bbox: south ({south}) is north of north ({north})")
    if west > east:
        raise QueryError(f"bbox: west ({west}) is east of east ({east}); "
                         "a box across the antimeridian must be split in two")
