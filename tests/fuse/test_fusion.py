"""Fusion of per-report events into incidents: matching rules, incremental assignment, merging."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.compat import compatible
from sitrep.fuse.fusion import Source, assign, merge
from sitrep.model import Event

DAY = dt.date(2021, 3, 1)


def clash(document_id: str, **fields) -> Event:
    """An Armed clash told by one report; override any field."""
    values = {"event_type": "Battles", "sub_event_type": "Armed clash",
              "actor1": "Military Forces of Exampleland", "actor2": "Example Rebels",
              "location": "Exampleton", "country": "Syria", "latitude": 35.0, "longitude": 38.5,
              "geo_precision": 1, "date": DAY, "time_precision": 1, "document_id": document_id}
    values.update(fields)
    return Event(**values)


def test_assign_joins_a_later_report_to_the_earlier_incident():
    first = assign([clash("a")], {})
    [incident_id] = first.created
    second = assign([clash("b", date=DAY + dt.timedelta(days=1))], {incident_id: [clash("a")]})
    assert second.created == [] and list(second.joined.values()) == [incident_id]


@pytest.mark.parametrize("other, why", [
    (clash("b", date=DAY + dt.timedelta(days=7)), "same place, a week later"),
    (clash("b", latitude=36.5, longitude=40.0, location="Farville"), "same day, ~200 km apart"),
    (clash("b", actor1="Other Militia", actor2="Another Group"), "different sides"),
    (clash("b", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Syria)",
           actor2=None), "different kinds of event"),
    (clash("a", evidence=None, notes="another sentence"), "two events of one report"),
])
def test_compatible_keeps_different_incidents_apart(other, why):
    assert not compatible(clash("a"), other), why


@pytest.mark.parametrize("other, why", [
    (clash("b", latitude=35.1, longitude=38.6, location="Exampleton outskirts"), "~14 km apart"),
    (clash("b", actor2=None), "one report does not name the other side"),
    (clash("b", sub_event_type="Non-state actor overtakes territory", actor1="Example Rebels",
           actor2="Military Forces of Exampleland"), "the fight and its outcome"),
    (clash("b", date=DAY + dt.timedelta(days=5), time_precision=2), "a date known to the week"),
    (clash("b", date=None, time_precision=None), "undated, same place and sides"),
])
def test_compatible_accepts_one_incident_told_differently(other, why):
    assert compatible(clash("a"), other), why


def test_assign_leaves_an_undated_event_alone_without_a_dated_one():
    outcome = assign([clash("a", date=None), clash("b", date=None)], {})
    assert len(outcome.created) == 2


def test_merge_keeps_the_lowest_fatalities_and_shows_both():
    fused = merge("in-1", [clash("a", fatalities=7), clash("b", fatalities=5)],
                  {"a": Source("a", url="https://one.example/a"), "b": Source("b", url="https://two.example/b")})
    assert fused.event.fatalities == 5 and fused.event.id == "in-1"
    [conflict] = fused.conflicts
    assert conflict.field == "fatalities" and conflict.kept == 5
    assert sorted(conflict.values) == [(5, "b"), (7, "a")]
    assert [s.url for s in fused.sources] == ["https://one.example/a", "https://two.example/b"]


def test_merge_counts_a_near_copy_as_one_independent_source():
    fused = merge("in-1", [clash("a"), clash("b")], {"a": Source("a"), "b": Source("b", duplicate_of="a")})
    assert (fused.source_count, fused.independent_source_count) == (2, 1)


def test_merge_prefers_the_territory_outcome_over_the_clash():
    fused = merge("in-1", [clash("a"), clash("b", sub_event_type="Non-state actor overtakes territory",
                                             actor1="Example Rebels", actor2="Military Forces of Exampleland")])
    assert fused.event.sub_event_type == "Non-state actor overtakes territory"
    assert fused.event.actor1 == "Example Rebels"


def test_assign_attaches_one_undated_report_to_a_day_dated_incident():
    dated = assign([clash("a")], {})
    [incident_id] = dated.created
    undated = clash("b", date=None, time_precision=None)
    outcome = assign([undated], {incident_id: [clash("a")]})
    assert outcome.joined == {undated.id: incident_id}


def test_assign_leaves_undated_reports_apart_when_several_match_one_incident():
    # A siege told by several undated reports: nothing says which of its days each one tells.
    [incident_id] = assign([clash("a")], {}).created
    first, second = clash("b", date=None), clash("c", date=None)
    outcome = assign([first, second], {incident_id: [clash("a")]})
    assert len(outcome.created) == 2
    assert incident_id not in outcome.joined.values()


def test_assign_never_fuses_an_undated_report_with_a_month_dated_one():
    month = clash("a", date=dt.date(2021, 3, 1), time_precision=3)
    outcome = assign([month, clash("b", date=None)], {})
    assert len(outcome.created) == 2
