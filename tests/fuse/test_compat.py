"""Compatibility of two reports' events: sides up to the ontology, places inside regions, undated events."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.fuse.compat import ReferenceDates, StatedDays, compatible, place_within, same_place_name, sides_equal
from sitrep.fuse.sides import packaged_relations
from sitrep.model import Event

DAY = dt.date(2022, 5, 10)


def event(document_id: str, **fields) -> Event:
    """An Armed clash between Mali's army and a rebel coalition at a made-up town; override any field."""
    values = {"event_type": "Battles", "sub_event_type": "Armed clash",
              "actor1": "Military Forces of Mali",
              "actor2": "Permanent Strategic Framework for the Defense of the People of Azawad",
              "location": "Exampleville", "admin1": "Kidal", "country": "Mali", "latitude": 18.4,
              "longitude": 1.4, "geo_precision": 1, "date": DAY, "time_precision": 1,
              "document_id": document_id}
    values.update(fields)
    return Event(**values)


@pytest.mark.parametrize("other, why", [
    (event("b", actor1="Police Forces of Mali"), "the police for the army: one state's forces"),
    (event("b", actor2="Unidentified Armed Group (Mali)"), "an unknown attacker contradicts no one"),
    (event("b", location="Mali", admin1=None, latitude=17.6, longitude=-4.0, geo_precision=3),
     "a report that only names the country"),
    (event("b", location="Kidal", admin1="Kidal", latitude=19.0, longitude=2.0, geo_precision=3),
     "a report that only names the region"),
    (event("b", location=None, admin1=None, latitude=None, longitude=None, geo_precision=None),
     "a report that names no place, same sides and type"),
    (event("b", fatalities=40), "a different toll never keeps two reports apart"),
    (event("b", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
     "a raid told as the fighting by one outlet and as its air strike by another, same place and day"),
    (event("b", time_precision=3, date=DAY.replace(day=1)),
     "a month-dated account of the same type, sides and place stays compatible"),
])
def test_compatible_with_relations_accepts_one_incident(other, why):
    assert compatible(event("a", fatalities=3), other, relations=packaged_relations()), why


@pytest.mark.parametrize("other, why", [
    (event("b", actor1="Military Forces of Niger", actor2="Example Militia"), "other sides at one place"),
    (event("b", location="Nowhereton", admin1=None, latitude=None, longitude=None,
           date=DAY + dt.timedelta(days=1)), "a place the gazetteer lacks, on another day"),
    (event("b", country="Niger"), "another country"),
    (event("b", date=DAY + dt.timedelta(days=3)), "three days later"),
    (event("b", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
           date=DAY + dt.timedelta(days=1)), "a strike the next day is another event of the war"),
    (event("b", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
           location="Kidal", latitude=18.44, longitude=1.41), "a shelling of the next town is another event"),
    (event("b", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
           actor2="Unidentified Armed Group (Mali)", actor1="Military Forces of France"),
     "a strike by other sides at the same place and day"),
    (event("b", sub_event_type="Non-state actor overtakes territory", date=DAY.replace(day=1), time_precision=3),
     "a month-dated capture: within a month, a fight and a capture at one place are two events"),
])
def test_compatible_with_relations_keeps_different_incidents_apart(other, why):
    assert not compatible(event("a"), other, relations=packaged_relations()), why


@pytest.mark.parametrize("first, second, expected", [
    ({"sub_event_type": "Violent demonstration", "event_type": "Riots"},
     {"sub_event_type": "Excessive force against protesters", "event_type": "Protests"}, True),
    ({"sub_event_type": "Violent demonstration", "event_type": "Riots", "time_precision": 3},
     {"sub_event_type": "Excessive force against protesters", "event_type": "Protests"}, False),
    ({"sub_event_type": "Violent demonstration", "event_type": "Riots", "time_precision": 2},
     {"sub_event_type": "Violent demonstration", "event_type": "Riots"}, True),
])
def test_compatible_needs_one_sub_event_type_when_a_date_is_coarse(first, second, expected):
    crowd = {"actor1": "Protesters (Mali)", "actor2": "Police Forces of Mali"}
    a, b = event("a", **crowd, **first), event("b", **crowd, **second)
    assert compatible(a, b, relations=packaged_relations()) is expected


def test_sides_equal_lets_an_unknown_actor_stand_for_one_named_side():
    relations = packaged_relations()
    unknown = event("b", actor2="Unidentified Armed Group (Mali)")
    assert sides_equal(event("a"), unknown, relations)
    assert not sides_equal(event("a"), event("b", actor2=None), relations)


def test_same_place_name_accepts_a_name_inside_a_longer_one():
    assert same_place_name(event("a", location="Kagara"), event("b", location="GSC Kagara"))
    # A short word proves nothing: "Sur" (Tyre) is not "Sur Baher" (Jerusalem).
    assert not same_place_name(event("a", location="Sur"), event("b", location="Sur Baher"))
    assert not same_place_name(event("a", location="Kagara"), event("b", location="Tegina"))


def test_place_within_needs_a_region_level_place():
    town = event("a")
    assert place_within(event("b", location="Kidal", geo_precision=3), town)
    assert not place_within(event("b", location="Kidal", geo_precision=1), town)


@pytest.mark.parametrize("stated, expected", [
    (StatedDays(month_days=frozenset({(5, 10)})), True),
    (StatedDays(month_days=frozenset({(5, 9)})), True),
    (StatedDays(month_days=frozenset({(7, 1), (5, 11)})), True),
    (StatedDays(month_days=frozenset({(12, 19)}), weekdays=frozenset({1})), False),
    # 10 May 2022 was a Tuesday (1); an overnight raid may be told as Monday's or Wednesday's.
    (StatedDays(weekdays=frozenset({1})), True),
    (StatedDays(weekdays=frozenset({0})), True),
    (StatedDays(weekdays=frozenset({5})), False),
    # A report that names no day could tell an incident of any year.
    (StatedDays(), False),
    # Nobody looked at the report's days: strong likeness (same sides, exact place) decides.
    (None, True),
])
def test_compatible_places_an_undated_report_on_the_days_it_states(stated, expected):
    reference = ReferenceDates(stated={"b": stated} if stated is not None else {})
    undated = event("b", date=None, time_precision=None)
    assert compatible(event("a"), undated, reference, packaged_relations()) is expected
    assert compatible(undated, event("a"), reference, packaged_relations()) is expected


def test_compatible_lets_a_stated_day_join_without_an_exact_place():
    # The town in one report, its region in the other: not strongly alike, but the same day.
    region = event("b", date=None, time_precision=None, location="Kidal", latitude=19.0, longitude=2.0,
                   geo_precision=3)
    relations = packaged_relations()
    assert not compatible(event("a"), region, ReferenceDates(), relations)
    stated = StatedDays(month_days=frozenset({(5, 10)}))
    assert compatible(event("a"), region, ReferenceDates(stated={"b": stated}), relations)
    # A weekday is weaker evidence than a day of a month: it needs strong likeness too.
    stated = StatedDays(weekdays=frozenset({1}))
    assert not compatible(event("a"), region, ReferenceDates(stated={"b": stated}), relations)


def test_compatible_an_attack_and_an_abduction_by_the_same_gunmen_are_one_raid():
    relations = packaged_relations()
    raid = {"actor1": "Unidentified Armed Group (Mali)", "actor2": "Civilians (Mali)",
            "event_type": "Violence against civilians"}
    attack = event("a", sub_event_type="Attack", **raid)
    abduction = event("b", sub_event_type="Abduction/forced disappearance", **raid)
    assert compatible(attack, abduction, relations=relations)
    # Not when they share no side: another group's kidnapping the same day.
    other = abduction.with_changes(actor1="Islamic State Sahel Province", actor2="Military Forces of Mali")
    assert not compatible(attack, other, relations=relations)
