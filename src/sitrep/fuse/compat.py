"""Whether two per-report events can be one incident: type, sides, place and date, each compared.

Pure functions over `Event`s. Each test is true of conflict reporting in general:

- types: the same sub-event type, or one family of types outlets use for one incident (a raid
  is an "Attack" to one and an "Armed clash" to another; a fight and the capture it ends in),
  when the two share a side;
- sides: equal, or one report's named actors are the other's up to the ontology's relations
  (a parent, an ally, "the police" for "the army"), with unknown actors left out; or one side
  in common where the places are one;
- place: the same name (allowing for transliteration), one place inside the other's region,
  or within a radius that grows with the coarser geo_precision;
- date: within a window that grows with the coarser time_precision. An event with no date at
  all is compatible only with a day-dated one, on a day its report names without a year (a
  day of a month, else a weekday with strong other evidence); never when it names no day.

Fatalities never keep two events apart: early and late counts of one incident differ.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sitrep.fuse.sides import NO_RELATIONS, ActorRelations
from sitrep.geo import distance_km
from sitrep.model import Event, GeoPrecision, TimePrecision
from sitrep.recognise.dates import safe_date

#: Radius (km) within which two events' places may be one incident's, by the coarser geo_precision
#: of the two. Calibrated on the gold train same-incident pairs: a town and "near the town"
#: (precision 2) are within 20 km in every pair; a district or province centroid (precision 3)
#: lies up to ~120 km from the town the other report names.
RADIUS_KM = {1: 25.0, 2: 50.0, 3: 150.0}
#: Days apart two events' dates may be, by the coarser time_precision of the two. Reports of
#: one night attack are dated a day apart ("late Tuesday", "early Wednesday"); in the gold
#: train and dev same-incident pairs, day-precise dates of one place never differ by more (a
#: window of 2 fused no further train pair). A date only known to the week or the month can
#: be anywhere in it.
DAY_WINDOW = {1: 1, 2: 7, 3: 31}
#: Precision assumed when an event does not say (the codebook's default is the exact one).
DEFAULT_PRECISION = 1
#: How alike two normalised place names must be (rapidfuzz ratio, 0-100) to count as the same
#: name: transliterations ("Khan Yunis"/"Khan Younis", "Jandaris"/"Jinderis") score 85-95,
#: different towns of one region well below 80.
SAME_NAME_RATIO = 85.0
#: What place names keep when compared: letters and digits (so "Al-Azim" equals "al Azim").
NAME_NOISE = re.compile(r"[\W_]+")  # "Tal-Abyad," -> "tal abyad"
#: Words a place name may carry before the name proper ("the Kagara college" is at Kagara):
#: shorter than this, a word is an article or particle ("al", "el", "de") and proves nothing.
MIN_CONTAINED_WORD = 4

#: Sub-event types that change who holds a place; each is compatible with an Armed clash
#: between the same sides (one report tells the fight, another its outcome).
TERRITORY_SUB_EVENTS = frozenset({
    "Government regains territory", "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
})
#: Sub-event types of remote violence: a bomb is a roadside IED to one outlet and a grenade
#: or shelling to another.
REMOTE_SUB_EVENTS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike",
                               "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
#: Families of sub-event types that different reports use for one incident, compatible only
#: when the two events share a side: a raid on a village is an "Attack" to one outlet and an
#: "Armed clash" to another; a crowd the police disperse is a protest to one, a riot to another.
COMPATIBLE_FAMILIES = (
    TERRITORY_SUB_EVENTS | {"Armed clash", "Attack"},
    frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration", "Mob violence"}),
    REMOTE_SUB_EVENTS,
    # Gunmen who storm a school and carry off its pupils: an attack to one outlet, an abduction
    # to another.
    frozenset({"Attack", "Abduction/forced disappearance"}),
)
#: A raid told two ways: one outlet reports the fighting (an armed clash), another the strike or
#: shelling that came with it. Compatible only with the same sides, at one exact place, on one
#: day (`one_operation`): a clash and a strike of the same war a day or a town apart are two events.
OPERATION_SUB_EVENTS = (frozenset({"Armed clash"}), REMOTE_SUB_EVENTS)



@dataclass(frozen=True)
class StatedDays:
    """The days a report with no date names without a year: days of a month ("overnight on
    Dec. 19") and weekdays ("on Tuesday", Monday = 0)."""

    month_days: frozenset[tuple[int, int]] = frozenset()
    weekdays: frozenset[int] = frozenset()


class ReferenceDates(dict[str, dt.date]):
    """Reference dates (a report's publication, or its latest dated event) by document id: an
    undated event is taken to lie within a week of its report's date.

    `stated` holds, for each report with no reference date, the days it names without a year
    (`StatedDays`, empty when it names none): an undated report of the 19th of December is not
    one of a July incident, nor one of a Tuesday that of a Saturday, whatever else they share.
    """

    def __init__(self, dates: Mapping[str, dt.date] | None = None,
                 stated: Mapping[str, StatedDays] | None = None) -> None:
        super().__init__(dates or {})
        self.stated = dict(stated or {})


#: The time precision given to an undated event placed at its report's reference date.
REFERENCE_PRECISION = TimePrecision.WEEK
#: Place names and name pairs remembered by the cached comparisons below: fusion compares each
#: new event's place with every candidate incident's, so the same few thousand names recur.
NAME_CACHE_SIZE = 65_536

#: Everything about an event that `compatible_content` and `distance_score` read, as one value.
ContentKey = tuple[object, ...]


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def normalise_name(name: str | None) -> str:
    """A place name reduced for comparison: case-folded, punctuation as single spaces."""
    return NAME_NOISE.sub(" ", name or "").strip().casefold()


def same_place_name(a: Event, b: Event) -> bool:
    """Whether two events name the same place: equal, a transliteration, or one name inside the other."""
    return _same_name(normalise_name(a.location), normalise_name(b.location))


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _same_name(first: str, second: str) -> bool:
    # Cached: the fuzzy ratio is the dearest step of comparing two events.
    if not first or not second:
        return False
    if first == second:
        return True
    shorter, longer = sorted((first.split(), second.split()), key=len)
    if (len(shorter) < len(longer) and all(len(w) >= MIN_CONTAINED_WORD for w in shorter)
            and set(shorter) <= set(longer)):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(first, second) >= SAME_NAME_RATIO


def named_actors(event: Event, relations: ActorRelations = NO_RELATIONS) -> tuple[frozenset[str], frozenset[str]]:
    """An event's named main actors, and those with their allies, leaving out unknown actors."""
    return _named_actors((event.actor1, event.actor2), (*event.assoc_actor1, *event.assoc_actor2), relations)


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _named_actors(main_names: tuple[str | None, ...], ally_names: tuple[str, ...],
                  relations: ActorRelations) -> tuple[frozenset[str], frozenset[str]]:
    # Cached: fusion asks for one event's actors once for each event it is compared with.
    main = frozenset(a for a in main_names if a and not relations.is_unknown(a))
    allies = frozenset(a for a in ally_names if a and not relations.is_unknown(a))
    return main, main | allies


def _all_matched(names: frozenset[str], others: frozenset[str], relations: ActorRelations) -> bool:
    return all(relations.matched(name, others) for name in names)


def sides_match(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether one event's named actors are all the other's (up to relations): neither adds a side."""
    main_a, all_a = named_actors(a, relations)
    main_b, all_b = named_actors(b, relations)
    if not main_a or not main_b:
        return True
    return _all_matched(main_a, all_b, relations) or _all_matched(main_b, all_a, relations)


def _unknown_sides(event: Event, relations: ActorRelations) -> int:
    return sum(1 for a in (event.actor1, event.actor2) if a and relations.is_unknown(a))


def sides_equal(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether both events name actors and each one's sides are the other's (up to relations).

    An unknown actor ("unidentified gunmen") may stand for one side the other report names.
    """
    main_a, all_a = named_actors(a, relations)
    main_b, all_b = named_actors(b, relations)
    if not main_a or not main_b:
        return False
    unmatched_a = [n for n in main_a if not relations.matched(n, all_b)]
    unmatched_b = [n for n in main_b if not relations.matched(n, all_a)]
    return len(unmatched_a) <= _unknown_sides(b, relations) and len(unmatched_b) <= _unknown_sides(a, relations)


def share_a_side(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events name at least one actor that can be the same side (allies included)."""
    all_b = named_actors(b, relations)[1]
    return any(relations.matched(name, all_b) for name in named_actors(a, relations)[1])


def sides_compatible(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events can have the same sides.

    Their named actors match (`sides_match`); or, at one place, they share a side (outlets
    disagree on who the other side was: the army or its mercenaries, protesters or "residents").
    """
    if sides_match(a, b, relations):
        return True
    return share_a_side(a, b, relations) and (same_place_name(a, b) or place_within(a, b) or place_within(b, a))


def types_compatible(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events' types can describe one incident (same sub-type, or one family with a shared side)."""
    if a.sub_event_type == b.sub_event_type:
        return True
    family = any(a.sub_event_type in f and b.sub_event_type in f for f in COMPATIBLE_FAMILIES)
    return family and share_a_side(a, b, relations)


def one_operation(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None,
                  relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether a clash and a strike (or shelling) can be one raid: the same sides, one exact place, one day."""
    fighting, striking = OPERATION_SUB_EVENTS
    kinds = (a.sub_event_type, b.sub_event_type)
    if not ((kinds[0] in fighting and kinds[1] in striking) or (kinds[1] in fighting and kinds[0] in striking)):
        return False
    exact = max(a.geo_precision or DEFAULT_PRECISION, b.geo_precision or DEFAULT_PRECISION) < GeoPrecision.NEAR
    day = all(dated(e, reference)[1] == TimePrecision.DAY and e.date is not None for e in (a, b))
    return (exact and day and days_apart(a, b, reference) == 0 and same_place_name(a, b)
            and places_compatible(a, b, relations) and sides_equal(a, b, relations))


def coarse_dates(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None) -> bool:
    """Whether either event is dated only to the week or the month (or by its report's date)."""
    return max(dated(a, reference)[1], dated(b, reference)[1]) > TimePrecision.DAY


def place_within(region: Event, place: Event) -> bool:
    """Whether `region`'s place is a region (or the country) that holds `place`'s."""
    if (region.geo_precision or DEFAULT_PRECISION) < GeoPrecision.REGION:
        return False
    name = normalise_name(region.location)
    return bool(name) and name in {normalise_name(place.admin1), normalise_name(place.country)}


def places_compatible(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events' places can be one: same name, one inside the other, or within the allowed radius."""
    if a.country and b.country and a.country != b.country:
        return False
    if same_place_name(a, b) or place_within(a, b) or place_within(b, a):
        return True
    coarser = max(a.geo_precision or DEFAULT_PRECISION, b.geo_precision or DEFAULT_PRECISION)
    km = distance_km(a, b)
    if km is not None:
        return km <= RADIUS_KM.get(coarser, max(RADIUS_KM.values()))
    # No coordinates to compare: a region-level place can contain the other's. A place the
    # gazetteer lacks, or no place at all, may be anywhere in the country: compatible only
    # when the same sides do the same thing (and, for a named place, on the same day).
    if coarser >= GeoPrecision.REGION and a.admin1 and a.admin1 == b.admin1:
        return True
    same_day = a.date is not None and a.date == b.date
    return bool(a.country and a.country == b.country and a.sub_event_type == b.sub_event_type
                and sides_equal(a, b, relations) and (same_day or not (a.location and b.location)))


def dated(event: Event, reference: Mapping[str, dt.date] | None = None) -> tuple[dt.date | None, int]:
    """An event's date and time precision, falling back to its report's reference date (to the week)."""
    if event.date is not None:
        return event.date, event.time_precision or DEFAULT_PRECISION
    if reference and event.document_id in reference:
        return reference[event.document_id], REFERENCE_PRECISION
    return None, DEFAULT_PRECISION


def days_apart(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None) -> int | None:
    """How many days apart two events are dated, or None when one has no date at all."""
    first, second = dated(a, reference)[0], dated(b, reference)[0]
    if first is None or second is None:
        return None
    return abs((first - second).days)


def stated_days(event: Event, reference: Mapping[str, dt.date] | None = None) -> StatedDays | None:
    """The days an undated event's report names without a year; None when nobody looked."""
    if event.date is not None or not isinstance(reference, ReferenceDates):
        return None
    return reference.stated.get(event.document_id)


def _in_year_of(month_days: frozenset[tuple[int, int]], day: dt.date) -> list[dt.date]:
    # Placed in the other event's year and the years either side, so that "Dec. 31" and
    # "Jan. 1" are a day apart.
    return [when for month, number in month_days for year in (day.year - 1, day.year, day.year + 1)
            if (when := safe_date(year, month, number)) is not None]


def strongly_alike(a: Event, b: Event, relations: ActorRelations = NO_RELATIONS) -> bool:
    """Compatible types, the same named sides, and two concordant details: the same exact place,
    or compatible places and the same fatality figure."""
    if not (types_compatible(a, b, relations) and sides_equal(a, b, relations)):
        return False
    exact = max(a.geo_precision or DEFAULT_PRECISION, b.geo_precision or DEFAULT_PRECISION) < GeoPrecision.REGION
    if exact and same_place_name(a, b):
        return True
    return bool(a.fatalities and a.fatalities == b.fatalities and places_compatible(a, b, relations))


def dates_compatible(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None,
                     relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events' dates fall within the window their time precision allows.

    An event with no date (and no reference date) is compatible only with an event dated to
    the day: a month-dated report of a siege says nothing about which of its days an undated
    report tells. Its report's days without a year decide (`StatedDays`): one of its days of a
    month must be the other's day, give or take one; failing those, one of its weekdays must
    be, and the two be strongly alike (`strongly_alike`). A report that names no day at all
    could tell an incident of any year: it joins none. When nobody looked at the report's
    days, strong likeness alone decides.
    """
    apart = days_apart(a, b, reference)
    if apart is None:
        undated, other = (b, a) if dated(a, reference)[0] is not None else (a, b)
        day, precision = dated(other, reference)
        if day is None or precision != TimePrecision.DAY:
            return False
        stated = stated_days(undated, reference)
        if stated is None:
            return strongly_alike(a, b, relations)
        slack = DAY_WINDOW[TimePrecision.DAY]
        if stated.month_days:
            return any(abs((day - when).days) <= slack for when in _in_year_of(stated.month_days, day))
        near = {(day.weekday() + shift) % 7 for shift in range(-slack, slack + 1)}
        return bool(stated.weekdays & near) and strongly_alike(a, b, relations)
    coarser = max(dated(a, reference)[1], dated(b, reference)[1])
    return apart <= DAY_WINDOW.get(coarser, max(DAY_WINDOW.values()))


def compatible(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None,
               relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events from different reports may be the same incident (two of one report never are)."""
    return a.document_id != b.document_id and compatible_content(a, b, reference, relations)


def compatible_content(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None,
                       relations: ActorRelations = NO_RELATIONS) -> bool:
    """Whether two events' types, sides, places and dates may be one incident's, whichever reports they come from.

    Two sub-event types of one family are one incident's only when both are dated to the day:
    within a week's or a month's window, a city's protests and its riots, or a region's clashes
    and raids, are routinely several incidents.
    """
    if one_operation(a, b, reference, relations):
        return True
    if a.sub_event_type != b.sub_event_type and coarse_dates(a, b, reference):
        return False
    return (types_compatible(a, b, relations) and sides_compatible(a, b, relations)
            and places_compatible(a, b, relations) and dates_compatible(a, b, reference, relations))


def content_key(event: Event, reference: Mapping[str, dt.date] | None = None) -> ContentKey:
    """The event fields `compatible_content` and `distance_score` read, its reference date resolved.

    Two events with equal keys are compatible with the same events, and equally far from each,
    so fusion compares one of them and reuses the answer. A field that a test in this module
    starts to read must be added here.
    """
    return (event.sub_event_type, event.actor1, event.actor2, event.assoc_actor1, event.assoc_actor2,
            event.location, event.admin1, event.country, event.latitude, event.longitude,
            event.geo_precision, event.date, event.time_precision, event.fatalities,
            dated(event, reference), stated_days(event, reference))


def distance_score(a: Event, b: Event, reference: Mapping[str, dt.date] | None = None) -> float:
    """How far apart two compatible events are (lower is closer), to choose among incidents."""
    score = float(days_apart(a, b, reference) or 0)
    km = distance_km(a, b)
    score += (km or 0.0) / RADIUS_KM[1]
    score += 0.0 if same_place_name(a, b) else 1.0
    score += 0.0 if a.sub_event_type == b.sub_event_type else 0.5
    return score
