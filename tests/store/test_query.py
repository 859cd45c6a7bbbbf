"""Event filters: each filter keeps the right events, bad values raise QueryError."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.errors import QueryError
from sitrep.store import EventFilter


@pytest.fixture
def stored(store, report, make_event):
    """Four events of one report, differing in date, actors, type, place and country."""
    store.add_document(report)
    events = [
        make_event(report, "Government forces clashed with rebels near Exampleton on Monday, "
                           "killing three fighters.", date=dt.date(2021, 3, 1), fatalities=3),
        make_event(report, "On Tuesday an air strike hit a market in Otherville.",
                   event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   actor1="Military Forces of Russia", actor2="Civilians (Syria)",
                   assoc_actor1=("Wagner Group",), location="Otherville", latitude=36.2, longitude=37.1,
                   date=dt.date(2021, 3, 2), confidence=0.6),
        make_event(report, location="Farplace", country="Iraq", latitude=33.3, longitude=44.4,
                   date=dt.date(2021, 4, 10), notes="Fighting at the Farplace checkpoint"),
        make_event(report, location="Nowhere", latitude=None, longitude=None, date=None,
                   actor1="Islamic State"),
    ]
    store.replace_events(report.id, events)
    return {e.location: e for e in events}


def locations(store, **filters):
    return [e.location for e in store.events(EventFilter(**filters))]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["Exampleton", "Otherville", "Farplace", "Nowhere"]),
    ({"since": dt.date(2021, 3, 2)}, ["Otherville", "Farplace"]),
    ({"until": dt.date(2021, 3, 2)}, ["Exampleton", "Otherville"]),
    ({"since": dt.date(2021, 3, 2), "until": dt.date(2021, 3, 2)}, ["Otherville"]),
    ({"actor": "russia"}, ["Otherville"]),
    ({"actor": "WAGNER"}, ["Otherville"]),
    ({"actor": "rebels"}, ["Exampleton", "Farplace", "Nowhere"]),
    ({"event_type": "explosions/remote violence"}, ["Otherville"]),
    ({"event_type": "Armed clash"}, ["Exampleton", "Farplace", "Nowhere"]),
    ({"country": "iraq"}, ["Farplace"]),
    ({"bbox": (36.0, 34.0, 39.0, 37.0)}, ["Exampleton", "Otherville"]),
    ({"text": "checkpoint"}, ["Farplace"]),
    ({"text": "market"}, ["Otherville"]),
    ({"text": "100%"}, []),
    ({"sort": "-date"}, ["Farplace", "Otherville", "Exampleton", "Nowhere"]),
    ({"sort": "-fatalities", "limit": 1}, ["Exampleton"]),
    ({"sort": "confidence", "limit": 1}, ["Otherville"]),
    ({"limit": 2}, ["Exampleton", "Otherville"]),
    ({"limit": 2, "offset": 2}, ["Farplace", "Nowhere"]),
])
def test_event_filter_keeps_matching_events(store, stored, filters, expected):
    assert locations(store, **filters) == expected


def test_count_events_ignores_paging(store, stored):
    assert store.count_events(EventFilter(limit=1, offset=1)) == 4
    assert store.count_events(EventFilter(country="Syria")) == 3


@pytest.mark.parametrize("values, message", [
    ({"since": "2021-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2021-05-01", "until": "2021-04-01"}, "after"),
    ({"bbox": "1,2,3"}, "WEST,SOUTH,EAST,NORTH"),
    ({"bbox": "a,b,c,d"}, "four numbers"),
    ({"bbox": "10,50,20,40"}, "south"),
    ({"bbox": "170,0,-170,10"}, "antimeridian"),
    ({"bbox": "0,-95,10,10"}, "latitudes"),
    ({"event_type": "Skirmish"}, "not an event"),
    ({"limit": -1}, "limit"),
    ({"offset": -5}, "offset"),
    ({"sort": "actor1"}, "sort"),
])
def test_event_filter_rejects_bad_values(values, message):
    with pytest.raises(QueryError, match=message):
        EventFilter.from_strings(**values)


def test_event_filter_from_strings_parses_dates_and_bbox():
    parsed = EventFilter.from_strings(since="2021-03-01", bbox="36,34,39,37.5", country="Syria")
    assert parsed.since == dt.date(2021, 3, 1)
    assert parsed.bbox == (36.0, 34.0, 39.0, 37.5)
    assert parsed.country == "Syria"
