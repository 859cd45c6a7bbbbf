"""The order of fused incidents, worked out in SQL, so a page of incidents is chosen before any is merged.

`sitrep.fuse.fusion.merge` gives an incident's merged event the date of its lead member (the
first by `_lead_key`), the highest confidence, the lowest fatality figure, the country of its
most precisely placed member, and the lead's event type (or, when the lead is an armed clash
and another member takes territory, that member's). Those are the fields an `EventFilter` sorts
by; here they are the same choices written as window functions over each incident's members,
so the database sorts, offsets and limits the incidents, and `fused_events` loads and merges
only the page. An event in no incident is an incident of one, under its own id.

Computed at each request rather than stored on the incident, so a re-extraction that changes a
member (its id kept, its figures changed) can never leave a stale order behind.
`tests/store/test_incident_order.py` checks, for every sort key, that this order is the one
`merge` then sorting in Python gives.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from sitrep.fuse.compat import TERRITORY_SUB_EVENTS
from sitrep.store.query import EventFilter
from sitrep.store.tables import EventRow, IncidentEventRow

#: What `_lead_key` and `merge` give a missing time or geo precision (`precision or 9`).
UNKNOWN_PRECISION = 9
#: The sub-event type whose lead gives way to a territorial member's type (as in `merge`).
CLASH = "Armed clash"


def _or(column: Any, default: int) -> Any:
    # Python's `value or default`: None and 0 both take the default.
    return case((or_(column.is_(None), column == 0), default), else_=column)


def _missing(column: Any) -> Any:
    # 1 where the value is missing, so it sorts after every present one (False < True in Python).
    return case((column.is_(None), 1), else_=0)


def _members(filters: EventFilter) -> Any:
    """Every member of a matching incident, and every unfused event that passes, with its incident's id.

    An incident matches when any of its member events passes the filter.
    """
    columns: tuple[Any, ...] = (EventRow.id, EventRow.document_id, EventRow.date, EventRow.time_precision,
               EventRow.latitude, EventRow.geo_precision, EventRow.confidence, EventRow.evidence_start,
               EventRow.fatalities, EventRow.country, EventRow.event_type, EventRow.sub_event_type)
    matching = filters.where(select(IncidentEventRow.incident_id)
                             .join(EventRow, EventRow.id == IncidentEventRow.event_id))
    fused = (select(*columns, IncidentEventRow.incident_id.label("incident_id"), literal(1).label("fused"))
             .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
             .where(IncidentEventRow.incident_id.in_(matching.scalar_subquery())))
    alone = filters.where(select(*columns, EventRow.id.label("incident_id"), literal(0).label("fused"))
                          .outerjoin(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                          .where(IncidentEventRow.event_id.is_(None)))
    return union_all(fused, alone).subquery("members")


def summaries(filters: EventFilter) -> Any:
    """One row per listed incident: its id, whether it is fused, and its merged event's sortable fields.

    Columns: incident_id, fused (1 for an incident, 0 for an unfused event), date, confidence,
    fatalities, country, event_type, as `merge` would give them.
    """
    m = _members(filters)
    lead = (_missing(m.c.date), _or(m.c.time_precision, UNKNOWN_PRECISION), _missing(m.c.latitude),
            _or(m.c.geo_precision, UNKNOWN_PRECISION), m.c.confidence.desc(), m.c.document_id,
            func.coalesce(m.c.evidence_start, 0), m.c.id)
    territorial = case((m.c.sub_event_type.in_(sorted(TERRITORY_SUB_EVENTS)), 1), else_=0)
    ranked = select(
        m.c.incident_id, m.c.fused, m.c.date, m.c.event_type, m.c.sub_event_type,
        func.row_number().over(partition_by=m.c.incident_id, order_by=lead).label("rank"),
        func.max(m.c.confidence).over(partition_by=m.c.incident_id).label("confidence"),
        func.min(m.c.fatalities).over(partition_by=m.c.incident_id).label("fatalities"),
        # The most precisely placed member gives the place, its precision first, then as the lead.
        func.first_value(m.c.country).over(
            partition_by=m.c.incident_id,
            order_by=(_missing(m.c.latitude), _or(m.c.geo_precision, UNKNOWN_PRECISION), *lead)).label("country"),
        # The first territorial member in lead order, and whether there is one.
        func.first_value(m.c.event_type).over(
            partition_by=m.c.incident_id, order_by=(territorial.desc(), *lead)).label("territorial_type"),
        func.max(territorial).over(partition_by=m.c.incident_id).label("territorial"),
    ).subquery("ranked")
    clash_taking_ground = (ranked.c.sub_event_type == CLASH) & (ranked.c.territorial == 1)
    event_type = case((clash_taking_ground, ranked.c.territorial_type), else_=ranked.c.event_type)
    return (select(ranked.c.incident_id, ranked.c.fused, ranked.c.date, ranked.c.confidence,
                   ranked.c.fatalities, ranked.c.country, event_type.label("event_type"))
            .where(ranked.c.rank == 1).subquery("incidents"))


def _ordered(filters: EventFilter, listed: Any) -> Select[Any]:
    # As `_sort_key` in fusion_store: missing values last, then the value, then the incident id.
    column = listed.c[filters.sort.lstrip("-")]
    value = column.desc() if filters.sort.startswith("-") else column.asc()
    statement = select(listed.c.incident_id, listed.c.fused).order_by(
        _missing(column), value, listed.c.incident_id)
    if filters.offset:
        statement = statement.offset(filters.offset)
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    return statement


def incident_page(session: Session, filters: EventFilter) -> list[tuple[str, bool]]:
    """The ids of the incidents (and unfused events) on the filter's page, in order, and whether each is fused."""
    return [(row.incident_id, bool(row.fused))
            for row in session.execute(_ordered(filters, summaries(filters)))]


def incident_dates(session: Session, filters: EventFilter) -> dict[dt.date | None, int]:
    """How many listed incidents (and unfused events) fall on each merged date (None: undated)."""
    listed = summaries(filters)
    return {day: count for day, count in session.execute(
        select(listed.c.date, func.count()).group_by(listed.c.date))}
