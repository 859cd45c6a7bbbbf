"""Reading fused incidents from the store: pages, counts, dates, one incident, an export's selection.

Incidents are written by `fusion_store`; this module only reads them, merging each incident's
member events (`fuse.fusion.merge`) with the reports they came from.

    fused_events(store, EventFilter(...))   # incidents (and unfused events) as FusedEvents
    fused_event(store, "in-...")            # one incident, or None
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.fuse.compat import TERRITORY_SUB_EVENTS
from sitrep.fuse.fusion import FusedEvent, Source, merge
from sitrep.model import Document, Event
from sitrep.store.convert import as_utc, event_from_row
from sitrep.store.fusion_store import EVENTS, store_session
from sitrep.store.incident_order import ID_CHUNK, incident_count, incident_dates, incident_page
from sitrep.store.query import EventFilter
from sitrep.store.repository import Store
from sitrep.store.tables import DocumentLinkRow, DocumentRow, EventRow, IncidentEventRow, IncidentRow


def fused_events(store: Store, filters: EventFilter | None = None) -> list[FusedEvent]:
    """Incidents with a member event that passes the filter, plus unfused events as incidents of one.

    The filter's order, offset and limit apply to the merged events. With a limit, the database
    picks the page (`incident_order`) and only the page's incidents are loaded and merged.
    """
    filters = filters or EventFilter()
    with store_session(store) as session:
        members: dict[str, list[Event]] = defaultdict(list)
        if filters.limit is None:
            # Every match is loaded anyway: merging them all and sorting here is as cheap.
            order = None
            matching = filters.where(select(IncidentEventRow.incident_id)
                                     .join(EventRow, EventRow.id == IncidentEventRow.event_id)).distinct()
            for row in session.execute(
                    select(EVENTS, IncidentEventRow.incident_id)
                    .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                    .where(IncidentEventRow.incident_id.in_(matching.scalar_subquery()))):
                members[row.incident_id].append(event_from_row(row))
            for row in session.scalars(_unfused(filters)):
                members[row.id].append(event_from_row(row))
        else:
            order = incident_page(session, filters)
            _load_members(session, order, members)
        pinned = set(session.scalars(select(IncidentRow.id).where(
            IncidentRow.id.in_(list(members)), IncidentRow.pinned.is_(True))))
        sources = _sources(session, {e.document_id for group in members.values() for e in group})
    fused = [merge(i, group, sources, pinned=i in pinned) for i, group in members.items()]
    if order is None:
        fused.sort(key=_sort_key(filters.sort))
        return fused[filters.offset:]
    position = {incident_id: n for n, (incident_id, _) in enumerate(order)}
    fused.sort(key=lambda f: position[f.incident_id])
    return fused


def _load_members(session: Session, page: Sequence[tuple[str, bool]], members: dict[str, list[Event]]) -> None:
    # The member events of the page's incidents, and the page's unfused events by their own id.
    incidents = [i for i, fused in page if fused]
    alone = [i for i, fused in page if not fused]
    for start in range(0, len(incidents), ID_CHUNK):
        for row in session.execute(select(EVENTS, IncidentEventRow.incident_id)
                                   .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                                   .where(IncidentEventRow.incident_id.in_(incidents[start:start + ID_CHUNK]))):
            members[row.incident_id].append(event_from_row(row))
    for start in range(0, len(alone), ID_CHUNK):
        for row in session.execute(select(EVENTS).where(EventRow.id.in_(alone[start:start + ID_CHUNK]))):
            members[row.id].append(event_from_row(row))


def fused_event_dates(store: Store, filters: EventFilter | None = None) -> dict[dt.date | None, int]:
    """How many of the incidents `fused_events` lists fall on each merged date (None: undated)."""
    with store_session(store) as session:
        return incident_dates(session, filters or EventFilter())


@dataclass(frozen=True)
class ExportSelection:
    """What an export writes: the events, their reports, and each fused event's sources."""

    events: list[Event]
    documents: dict[str, Document]
    incidents: dict[str, FusedEvent] | None  # by merged event id; None when each report's own events are exported


def export_selection(store: Store, filters: EventFilter, per_report: bool = False) -> ExportSelection:
    """The events an export of these filters writes: one per incident, or each report's own."""
    incidents = None
    if per_report:
        found = store.events(filters)
    else:
        fused = fused_events(store, filters)
        found = [f.event for f in fused]
        incidents = {f.event.id: f for f in fused}
    documents = {d.id: d for d in store.documents({e.document_id for e in found})}
    return ExportSelection(found, documents, incidents)


def territory_incidents(store: Store) -> list[FusedEvent]:
    """Every incident with a member that changes who holds a place (the input of control timelines)."""
    found = {f.incident_id: f for kind in sorted(TERRITORY_SUB_EVENTS)
             for f in fused_events(store, EventFilter(event_type=kind))}
    return list(found.values())


def count_fused_events(store: Store, filters: EventFilter | None = None) -> int:
    """How many incidents (and unfused events) `fused_events` would list, ignoring limit and offset."""
    with store_session(store) as session:
        return incident_count(session, filters or EventFilter())


def fused_event(store: Store, incident_id: str) -> FusedEvent | None:
    """One incident by id (or an unfused event by its own id), or None."""
    with store_session(store) as session:
        rows = list(session.scalars(select(EventRow).join(
            IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
            .where(IncidentEventRow.incident_id == incident_id)))
        pinned = bool(session.scalar(select(IncidentRow.pinned).where(IncidentRow.id == incident_id)))
        if not rows:
            alone = session.scalar(_unfused(EventFilter()).where(EventRow.id == incident_id))
            rows = [alone] if alone is not None else []
        if not rows:
            return None
        events = [event_from_row(r) for r in rows]
        sources = _sources(session, {e.document_id for e in events})
    return merge(incident_id, events, sources, pinned=pinned)


def incident_of(store: Store, event_id: str) -> FusedEvent | None:
    """The incident a per-report event belongs to (or the incident with that id), or None."""
    with store_session(store) as session:
        incident_id = session.scalar(select(IncidentEventRow.incident_id)
                                     .where(IncidentEventRow.event_id == event_id))
    return fused_event(store, incident_id or event_id)


def _unfused(filters: EventFilter) -> Any:
    return filters.where(select(EventRow).outerjoin(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                         .where(IncidentEventRow.event_id.is_(None)))


def _sources(session: Session, document_ids: Iterable[str]) -> dict[str, Source]:
    ids = list(document_ids)
    links = dict(session.execute(select(DocumentLinkRow.document_id, DocumentLinkRow.duplicate_of)
                                 .where(DocumentLinkRow.document_id.in_(ids))).all())
    sources = {}
    for row in session.execute(select(DocumentRow.id, DocumentRow.url, DocumentRow.source,
                                      DocumentRow.published, DocumentRow.ingested_at)
                               .where(DocumentRow.id.in_(ids))):
        ingested = as_utc(row.ingested_at)
        sources[row.id] = Source(document_id=row.id, url=row.url, outlet=row.source,
                                 reported=row.published or (ingested.date() if ingested else None),
                                 duplicate_of=links.get(row.id))
    return sources


def _sort_key(sort: str) -> Any:
    descending = sort.startswith("-")
    name = sort.lstrip("-")

    def key(fused: FusedEvent) -> tuple[Any, ...]:
        value = getattr(fused.event, name)
        if value is None:
            return (1, 0, fused.incident_id)
        if descending:  # only dates and numbers sort descending (see SORT_KEYS)
            value = -value.toordinal() if isinstance(value, dt.date) else -value
        return (0, value, fused.incident_id)

    return key

