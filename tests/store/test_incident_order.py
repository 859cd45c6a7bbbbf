"""Incidents sorted and paged in SQL: the same pages as merging every incident and sorting in Python."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.fuse.fusion import FusedEvent, merge
from sitrep.model import Document, Event
from sitrep.store import EventFilter
from sitrep.store.convert import event_from_row
from sitrep.store.fusion_store import fuse_stored, split_incident
from sitrep.store.incidents import _sources, count_fused_events, fused_event_dates, fused_events
from sitrep.store.query import SORT_KEYS
from sitrep.store.tables import EventRow, IncidentEventRow, IncidentRow

START = dt.date(2021, 3, 1)
FILTERS = [
    EventFilter(),
    EventFilter(country="Syria"),
    EventFilter(event_type="Battles"),
    EventFilter(since=START + dt.timedelta(days=10)),
    EventFilter(actor="rebels"),
    EventFilter(document_id="r2-1"),
]
PAGES = [(None, 0), (None, 5), (0, 0), (3, 0), (3, 2), (4, 7), (100, 0), (5, 40)]


def reference_fused_events(store: Any, filters: EventFilter) -> list[FusedEvent]:
    """The listing as it was first written: load every match, merge each, sort in Python, slice."""
    with Session(store.engine) as session:
        matching = filters.where(select(IncidentEventRow.incident_id)
                                 .join(EventRow, EventRow.id == IncidentEventRow.event_id)).distinct()
        members: dict[str, list[Event]] = defaultdict(list)
        for row, incident_id in session.execute(
                select(EventRow, IncidentEventRow.incident_id)
                .join(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                .where(IncidentEventRow.incident_id.in_(matching.scalar_subquery()))):
            members[incident_id].append(event_from_row(row))
        pinned = set(session.scalars(select(IncidentRow.id).where(IncidentRow.pinned.is_(True))))
        for row in session.scalars(filters.where(
                select(EventRow).outerjoin(IncidentEventRow, IncidentEventRow.event_id == EventRow.id)
                .where(IncidentEventRow.event_id.is_(None)))):
            members[row.id].append(event_from_row(row))
        sources = _sources(session, {e.document_id for group in members.values() for e in group})
    fused = [merge(i, group, sources, pinned=i in pinned) for i, group in members.items()]
    descending, name = filters.sort.startswith("-"), filters.sort.lstrip("-")

    def key(item: FusedEvent) -> tuple[Any, ...]:
        value = getattr(item.event, name)
        if value is None:
            return (1, 0, item.incident_id)
        if descending:
            value = -value.toordinal() if isinstance(value, dt.date) else -value
        return (0, value, item.incident_id)

    fused.sort(key=key)
    end = None if filters.limit is None else filters.offset + filters.limit
    return fused[filters.offset:end]


def _report(store: Any, make_event: Any, document_id: str, **fields: Any) -> None:
    document = Document(id=document_id, text=f"Report {document_id}.", url=f"https://example.org/{document_id}")
    store.add_document(document)
    store.replace_events(document_id, [make_event(document, **fields)])


# Each incident: the fields its reports share, then each report's own.
INCIDENTS: list[tuple[dict[str, Any], list[dict[str, Any]]]] = [
    ({"location": "Exampleton"}, [{"fatalities": 7, "confidence": 0.6}, {"fatalities": 5, "confidence": 0.9},
                                  {"fatalities": None, "confidence": 0.7, "time_precision": 2}]),
    ({"location": "Otherville", "country": "Iraq"}, [{"fatalities": None}, {"fatalities": None, "confidence": 0.95}]),
    # A clash leads (placed more precisely); another report's taking of the place codes it.
    ({"location": "Hilltown"}, [{"geo_precision": 1, "confidence": 0.9},
                                {"event_type": "Strategic developments", "confidence": 0.5, "geo_precision": 2,
                                 "sub_event_type": "Non-violent transfer of territory", "fatalities": 2}]),
    ({"location": "Rivertown", "country": "Iraq"}, [{"latitude": None, "longitude": None, "country": None,
                                                     "confidence": 0.99},
                                                    {"geo_precision": 2, "fatalities": 12}]),
    ({"location": "Bridgeton", "event_type": "Violence against civilians", "sub_event_type": "Attack",
      "actor2": "Civilians (Syria)"}, [{"fatalities": 3}, {"fatalities": 3, "confidence": 0.85},
                                       {"fatalities": 4, "confidence": 0.4}]),
    # The lead (better dated) is not the best placed: the place, country included, is the other's.
    ({"location": "Stonebridge"}, [{"time_precision": 1, "geo_precision": 2, "country": None},
                                   {"time_precision": 2, "geo_precision": 1, "country": "Lebanon"}]),
    ({"location": "Lakeside"}, [{"fatalities": 1, "confidence": 0.8}, {"fatalities": 1, "confidence": 0.8}]),
]


@pytest.fixture
def incidents(store: Any, make_event: Any) -> Any:
    """A store with several multi-report incidents, a split one, a re-extracted member and unfused events."""
    for number, (shared, reports) in enumerate(INCIDENTS):
        for index, own in enumerate(reports):
            _report(store, make_event, f"r{number}-{index}",
                    **{"date": START + dt.timedelta(days=6 * number), **shared, **own})
    fuse_stored(store)
    # An analyst splits one report out of the first incident; a re-extraction changes a member's toll.
    first = next(f for f in fused_events(store) if f.source_count == 3 and f.event.location == "Exampleton")
    split_incident(store, first.incident_id, [first.members[-1].id])
    document = store.document("r4-1")
    store.replace_events("r4-1", [make_event(document, location="Bridgeton", event_type="Violence against civilians",
                                             sub_event_type="Attack", actor2="Civilians (Syria)", fatalities=9,
                                             date=START + dt.timedelta(days=24))])
    # Reports extracted since the last fusion: events in no incident yet.
    for number, fields in enumerate([{"date": None, "location": "Nowhere", "fatalities": 6},
                                     {"date": START + dt.timedelta(days=6), "location": "Farfield",
                                      "confidence": 0.95, "country": "Iraq"},
                                     {"date": START + dt.timedelta(days=50), "fatalities": 0, "time_precision": 3}]):
        _report(store, make_event, f"new-{number}", **fields)
    return store


def test_incidents_fixture_has_multi_report_incidents_and_unfused_events(incidents: Any) -> None:
    listed = reference_fused_events(incidents, EventFilter())
    assert sum(1 for f in listed if len(f.members) > 1) >= 5
    assert sum(1 for f in listed if f.incident_id.startswith("ev-")) == 3
    assert any(f.pinned for f in listed)
    assert any(f.event.event_type == "Strategic developments" and len(f.members) > 1 for f in listed)
    assert any(f.event.country == "Lebanon" and f.members[0].country is None for f in listed)


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_fused_events_pages_equal_merging_everything_then_sorting(incidents: Any, sort: str) -> None:
    for base in FILTERS:
        for limit, offset in PAGES:
            filters = EventFilter(**{**base.__dict__, "sort": sort, "limit": limit, "offset": offset})
            assert fused_events(incidents, filters) == reference_fused_events(incidents, filters), filters


@pytest.mark.parametrize("filters", FILTERS)
def test_count_fused_events_counts_what_is_listed(incidents: Any, filters: EventFilter) -> None:
    assert count_fused_events(incidents, filters) == len(reference_fused_events(incidents, filters))


@pytest.mark.parametrize("filters", FILTERS)
def test_fused_event_dates_count_the_merged_dates(incidents: Any, filters: EventFilter) -> None:
    expected = Counter(f.event.date for f in reference_fused_events(incidents, filters))
    assert fused_event_dates(incidents, filters) == dict(expected)


def test_migration_0005_backfills_the_summaries_of_stored_incidents(incidents: Any) -> None:
    from alembic import command

    from sitrep.store.migrate import _config, upgrade

    filters = EventFilter(sort="-fatalities", limit=100)
    expected = reference_fused_events(incidents, filters)
    # A store from before the summaries: back to revision 0004, which drops them, then up again.
    with incidents.engine.begin() as connection:
        command.downgrade(_config(connection), "0004")
    with incidents.engine.begin() as connection:
        upgrade(connection)
    assert fused_events(incidents, filters) == expected



def _assert_every_order_matches(store: Any) -> None:
    for sort in SORT_KEYS:
        for base in FILTERS:
            filters = EventFilter(**{**base.__dict__, "sort": sort, "limit": 4, "offset": 1})
            assert fused_events(store, filters) == reference_fused_events(store, filters), filters


def test_fused_events_stay_exact_after_new_text_reextraction_and_refusion(incidents: Any, make_event: Any) -> None:
    # A report's new text drops its events: its incident shrinks until the next fusion.
    revised = Document(id="r0-1", text="Report r0-1, revised.", url="https://example.org/r0-1")
    incidents.add_document(revised)
    _assert_every_order_matches(incidents)
    # Re-extracted with a new event (a new id), then fused: the stale link goes, the event joins.
    incidents.replace_events("r0-1", [make_event(revised, location="Exampleton", fatalities=1, confidence=0.97)])
    _assert_every_order_matches(incidents)
    fuse_stored(incidents)
    _assert_every_order_matches(incidents)
    # A report re-extracted with no events at all: an incident of one is left with none, and is listed nowhere.
    lone = next(f for f in reference_fused_events(incidents, EventFilter())
                if f.incident_id.startswith("in-") and len(f.members) == 1)
    incidents.replace_events(lone.members[0].document_id, [])
    assert lone.incident_id not in {f.incident_id for f in fused_events(incidents, EventFilter(limit=100))}
    _assert_every_order_matches(incidents)
