"""Incident summaries and the order of incidents in SQL, so a page of incidents is chosen before any is merged.

Each incident row keeps its merged event's fields that listings sort by (date, confidence,
fatalities, country, event type: what `sitrep.fuse.fusion.merge` gives them) and how many of
its member events are stored. `summarise` renews them from the members, and every write that
changes an incident's members or their events calls it: fusion, a split, a re-extraction, a
report's new text, and the migration that added them. An event in no incident is an incident of
one under its own id, its own fields its summary. So the database sorts, offsets and limits the
listing, and `fused_events` loads and merges only the page's incidents.

`tests/store/test_incident_order.py` checks, for every sort key, that the pages are those of
merging every incident and sorting in Python.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, literal_column, select, union_all, update
from sqlalchemy.orm import Session

from sitrep.fuse.fusion import merge
from sitrep.model import Event
from sitrep.store.convert import event_from_row
from sitrep.store.query import EventFilter
from sitrep.store.tables import EventRow, IncidentEventRow, IncidentRow

#: How many ids one `IN (...)` list holds, well under every database's limit on bound parameters.
ID_CHUNK = 500
#: The fields of a merged event an incident row keeps (the sortable ones of `EventFilter`).
SUMMARY_FIELDS = ("date", "confidence", "fatalities", "country", "event_type")
#: The events columns `event_from_row` reads, named one by one so that the backfill of migration
#: 0005 reads only columns that existed then.
MERGE_COLUMNS: tuple[Any, ...] = tuple(EventRow.__table__.c[name] for name in (
    "id", "document_id", "event_type", "sub_event_type", "actor1", "assoc_actor1", "inter1", "actor2",
    "assoc_actor2", "inter2", "location", "admin1", "country", "latitude", "longitude", "geo_precision",
    "date", "time_precision", "fatalities", "evidence_start", "evidence_end", "evidence", "notes",
    "confidence", "extractor", "extractor_version"))
#: The incident a member event is in, read beside `MERGE_COLUMNS`.
INCIDENT_OF: tuple[Any, ...] = (IncidentEventRow.incident_id,)
INCIDENTS = cast(Table, IncidentRow.__table__)


def summarise(session: Session, incident_ids: Iterable[str]) -> None:
    """Renew these incidents' summaries from their stored member events (none left: 0 events, no fields)."""
    ids = sorted(set(incident_ids))
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        members: dict[str, list[Event]] = {incident_id: [] for incident_id in chunk}
        for row in session.execute(select(*MERGE_COLUMNS, *INCIDENT_OF)
                                   .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                                   .where(IncidentEventRow.incident_id.in_(chunk))):
            members[row.incident_id].append(event_from_row(row))
        summarise_members(session, members)


def summarise_members(session: Session, members: Mapping[str, Sequence[Event]]) -> None:
    """Write these incidents' summaries from member events the caller holds: all of each one's
    stored members (fusion knows them for the incidents it has just founded)."""
    if not members:
        return
    statement = (update(INCIDENTS).where(INCIDENTS.c.id == bindparam("summarised_id"))
                 .values(events=bindparam("summary_events"),
                         **{name: bindparam(f"summary_{name}") for name in SUMMARY_FIELDS}))
    values = []
    for incident_id, group in members.items():
        merged = merge(incident_id, group).event if group else None
        values.append({"summarised_id": incident_id, "summary_events": len(group),
                       **{f"summary_{name}": getattr(merged, name) if merged else None
                          for name in SUMMARY_FIELDS}})
    session.execute(statement, values)


def summarise_documents(session: Session, document_ids: Iterable[str]) -> None:
    """Renew the summaries of every incident with an event of these reports (their events changed)."""
    ids = list(document_ids)
    found: set[str] = set()
    for start in range(0, len(ids), ID_CHUNK):
        found.update(session.scalars(select(IncidentEventRow.incident_id).distinct()
                                     .where(IncidentEventRow.document_id.in_(ids[start:start + ID_CHUNK]))))
    summarise(session, found)


def _listed(filters: EventFilter) -> Any:
    # Incidents with a member that passes the filter, and unfused events that pass, with their summaries.
    incidents = (select(INCIDENTS.c.id.label("incident_id"), literal_column("1").label("fused"),
                        *(INCIDENTS.c[name] for name in SUMMARY_FIELDS))
                 .where(INCIDENTS.c.events > 0))
    if filters.conditions():
        matching = filters.where(select(IncidentEventRow.incident_id)
                                 .join(EventRow, EventRow.id == IncidentEventRow.event_id))
        incidents = incidents.where(INCIDENTS.c.id.in_(matching.scalar_subquery()))
    columns: tuple[Any, ...] = tuple(EventRow.__table__.c[name] for name in SUMMARY_FIELDS)
    alone = filters.where(select(EventRow.id.label("incident_id"), literal_column("0").label("fused"), *columns)
                          .outerjoin(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                          .where(IncidentEventRow.event_id.is_(None)))
    return union_all(incidents, alone).subquery("listed")


def _ordered(filters: EventFilter, listed: Any) -> Select[Any]:
    # As the Python sort of merged events: missing values last, then the value, then the incident id.
    column = listed.c[filters.sort.lstrip("-")]
    value = column.desc() if filters.sort.startswith("-") else column.asc()
    statement = select(listed.c.incident_id, listed.c.fused).order_by(
        column.is_(None), value, listed.c.incident_id)
    if filters.offset:
        statement = statement.offset(filters.offset)
    if filters.limit is not None:
        statement = statement.limit(filters.limit)
    return statement


def incident_page(session: Session, filters: EventFilter) -> list[tuple[str, bool]]:
    """The ids of the incidents (and unfused events) on the filter's page, in order, and whether each is fused."""
    return [(row.incident_id, bool(row.fused)) for row in session.execute(_ordered(filters, _listed(filters)))]


def incident_count(session: Session, filters: EventFilter) -> int:
    """How many incidents (and unfused events) the filter lists, ignoring its limit and offset."""
    return session.scalar(select(func.count()).select_from(_listed(filters))) or 0


def incident_dates(session: Session, filters: EventFilter) -> dict[dt.date | None, int]:
    """How many listed incidents (and unfused events) fall on each merged date (None: undated)."""
    listed = _listed(filters)
    return {day: count for day, count in session.execute(
        select(listed.c.date, func.count()).group_by(listed.c.date))}
