"""The indexed fusion of `assign` finds exactly the incidents that comparing with every incident finds."""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence

import pytest

from sitrep.fuse.compat import ReferenceDates, compatible, dated, distance_score
from sitrep.fuse.fusion import Assignment, assign, incident_id_for
from sitrep.fuse.sides import NO_RELATIONS, ActorRelations
from sitrep.model import SUB_EVENT_TYPES, Event

START = dt.date(2022, 1, 1)
#: Days the made-up events spread over: a few date buckets, so neighbouring ones are exercised.
SPAN_DAYS = 100
#: Sub-event types in one family or another, so that types alone neither always nor never match.
SUB_TYPES = ("Armed clash", "Attack", "Non-state actor overtakes territory", "Peaceful protest",
             "Violent demonstration", "Air/drone strike", "Shelling/artillery/missile attack",
             "Abduction/forced disappearance")
ACTORS = ("Army of Exampleland", "Exampleland Police", "Example Rebels", "Rebel Allies",
          "Protesters (Exampleland)", "Unidentified Armed Group (Exampleland)", "Other Militia")
RELATIONS = ActorRelations(
    related={"Army of Exampleland": frozenset({"Exampleland Police"}),
             "Exampleland Police": frozenset({"Army of Exampleland"}),
             "Example Rebels": frozenset({"Rebel Allies"}), "Rebel Allies": frozenset({"Example Rebels"})},
    unknown=frozenset({"Unidentified Armed Group (Exampleland)"}))
#: Places: (name, admin1, latitude, longitude, geo_precision); transliterations, a place inside
#: another's name, a region named like an admin1, and places near, far and without coordinates.
PLACES = (
    ("Khan Yunis", "North Province", 31.34, 34.30, 1), ("Khan Younis", "North Province", 31.35, 34.31, 1),
    ("Kagara", "North Province", 31.60, 34.50, 1), ("the Kagara college", "North Province", None, None, 2),
    ("North Province", "North Province", 31.50, 34.40, 3), ("Farville", "South Province", 33.50, 36.00, 1),
    ("Farville", "South Province", None, None, 1), ("Nowhere Hamlet", None, None, None, 1),
    (None, None, None, None, None), ("Exampleland", None, None, None, 3),
)
COUNTRIES = ("Exampleland", "Exampleland", "Otherland", None, "")


def made_up_events(seed: int, reports: int) -> list[Event]:
    """Events of `reports` made-up reports that overlap in place, date, sides and type."""
    rng = random.Random(seed)
    events = []
    for report in range(reports):
        for number in range(rng.choice((1, 1, 1, 2, 3))):
            sub_type = rng.choice(SUB_TYPES)
            name, admin1, lat, lon, geo = rng.choice(PLACES)
            if lat is not None and rng.random() < 0.5:  # jitter: within, across and beyond the radii
                lat, lon = lat + rng.uniform(-1.5, 1.5), lon + rng.uniform(-1.5, 1.5)
            day = None if rng.random() < 0.15 else START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
            events.append(Event(
                event_type=SUB_EVENT_TYPES[sub_type].value, sub_event_type=sub_type,
                actor1=rng.choice(ACTORS), actor2=rng.choice((None, *ACTORS)),
                assoc_actor1=tuple(rng.sample(ACTORS, rng.choice((0, 0, 1)))),
                location=name, admin1=admin1, country=rng.choice(COUNTRIES),
                latitude=lat, longitude=lon, geo_precision=geo,
                date=day, time_precision=None if day is None else rng.choice((1, 1, 1, 2, 3, None)),
                fatalities=rng.choice((None, 0, 2, 5)), document_id=f"r{report:04d}",
                notes=f"event {number}",
            ))
    return events


def reference_dates(events: Sequence[Event], seed: int) -> dict[str, dt.date]:
    """A reference date for about half the reports, so some undated events take one."""
    rng = random.Random(seed)
    return {e.document_id: START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
            for e in events if rng.random() < 0.5}


def brute_force_assign(new_events: Sequence[Event], incidents: Mapping[str, Sequence[Event]],
                       reference: ReferenceDates | None, relations: ActorRelations) -> Assignment:
    """`assign` as first written: every new event compared with every member of every incident."""
    members = {k: list(v) for k, v in incidents.items()}
    result = Assignment()

    def closest(event: Event) -> str | None:
        best: tuple[float, str] | None = None
        for incident_id, current in members.items():
            if not current or not all(compatible(event, m, reference, relations) for m in current):
                continue
            score = min(distance_score(event, m, reference) for m in current)
            if best is None or (score, incident_id) < best:
                best = (score, incident_id)
        return best[1] if best else None

    def place(event: Event, incident_id: str | None) -> None:
        if incident_id is None:
            incident_id = incident_id_for([event])
            members[incident_id] = []
            result.created.append(incident_id)
        members[incident_id].append(event)
        result.joined[event.id] = incident_id

    ordered = sorted(new_events, key=lambda e: (e.date is None, e.date or dt.date.min, e.document_id,
                                                e.evidence_start or 0, e.id))
    timed = [e for e in ordered if dated(e, reference)[0] is not None]
    undated = [e for e in ordered if dated(e, reference)[0] is None]
    for event in timed:
        place(event, closest(event))
    choices = {e.id: closest(e) for e in undated}
    reports: dict[str, set[str]] = {}
    for event in undated:
        if choices[event.id] is not None:
            reports.setdefault(choices[event.id], set()).add(event.document_id)
    for event in undated:
        chosen = choices[event.id]
        place(event, chosen if chosen is not None and len(reports[chosen]) == 1 else None)
    return result


def incidents_of(outcome: Assignment, events: Sequence[Event]) -> dict[str, list[Event]]:
    """Each incident of an assignment with its member events."""
    by_id = {e.id: e for e in events}
    grouped: dict[str, list[Event]] = {}
    for event_id, incident_id in outcome.joined.items():
        grouped.setdefault(incident_id, []).append(by_id[event_id])
    return grouped


def member_sets(outcome: Assignment) -> set[frozenset[str]]:
    """The incidents of an assignment, each as the set of its event ids."""
    grouped: dict[str, set[str]] = {}
    for event_id, incident_id in outcome.joined.items():
        grouped.setdefault(incident_id, set()).add(event_id)
    return {frozenset(g) for g in grouped.values()}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("relations", [RELATIONS, NO_RELATIONS], ids=["relations", "no-relations"])
@pytest.mark.parametrize("with_reference", [True, False], ids=["reference", "no-reference"])
def test_assign_index_finds_the_incidents_brute_force_finds(seed, relations, with_reference):
    events = made_up_events(seed, reports=150)
    reference = reference_dates(events, seed) if with_reference else None
    expected = brute_force_assign(events, {}, reference, relations)
    outcome = assign(events, {}, reference, relations)
    assert outcome.joined == expected.joined and outcome.created == expected.created
    assert member_sets(outcome) == member_sets(expected)
    assert len(member_sets(outcome)) < len(events), "the made-up events should fuse somewhere"


@pytest.mark.parametrize("seed", [4, 5])
def test_assign_index_joins_stored_incidents_as_brute_force_does(seed):
    events = made_up_events(seed, reports=200)
    reference = reference_dates(events, seed)
    earlier, later = events[: len(events) // 2], events[len(events) // 2:]
    stored = incidents_of(brute_force_assign(earlier, {}, reference, RELATIONS), earlier)
    stored["in-empty"] = []  # an incident whose events are gone is no candidate
    expected = brute_force_assign(later, stored, reference, RELATIONS)
    outcome = assign(later, stored, reference, RELATIONS)
    assert outcome.joined == expected.joined and outcome.created == expected.created
    assert any(i in stored for i in outcome.joined.values()), "some later event should join a stored incident"
