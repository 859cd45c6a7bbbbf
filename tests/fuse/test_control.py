"""Territorial control timelines: who holds a place after captures, retakes and handovers."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.control import build_timelines, control_at, undated_claims
from sitrep.model import Event

STATE, REBELS = "Military Forces of Exampleland", "Example Rebels"


def change(sub_event_type: str, actor1: str, actor2: str | None, date: dt.date | None,
           document_id: str = "a", location: str = "Exampleton") -> Event:
    event_type = "Strategic developments" if sub_event_type.startswith("Non-violent") else "Battles"
    return Event(event_type=event_type, sub_event_type=sub_event_type, actor1=actor1, actor2=actor2,
                 location=location, country="Syria", latitude=35.0, longitude=38.5, geo_precision=1,
                 date=date, time_precision=1 if date else None, document_id=document_id)


@pytest.fixture
def timelines():
    return build_timelines([
        change("Government regains territory", STATE, REBELS, dt.date(2021, 5, 1), "b"),
        change("Non-state actor overtakes territory", REBELS, STATE, dt.date(2021, 3, 1), "a"),
        change("Armed clash", STATE, REBELS, dt.date(2021, 4, 1), "c"),
        change("Non-violent transfer of territory", REBELS, None, None, "d", location="Otherville"),
    ])


@pytest.mark.parametrize("day, holder", [
    (dt.date(2021, 2, 1), None),
    (dt.date(2021, 3, 1), REBELS),
    (dt.date(2021, 4, 15), REBELS),
    (dt.date(2021, 5, 2), STATE),
])
def test_timeline_holder_at_follows_capture_then_retake(timelines, day, holder):
    found = timelines[("exampleton", "syria")].holder_at(day)
    assert (found.holder if found else None) == holder


def test_control_at_lists_places_and_keeps_undated_claims_aside(timelines):
    [row] = control_at(timelines, dt.date(2021, 6, 1))
    assert (row.place, row.holder, row.date, row.previous) == ("Exampleton", STATE, dt.date(2021, 5, 1), REBELS)
    assert [c.place for c in undated_claims(timelines)] == ["Otherville"]
    assert control_at(timelines, dt.date(2021, 6, 1), bbox=(0.0, 0.0, 1.0, 1.0)) == []
