"""Merge the candidates of one report that are one event: same type, sides, place and day.

The headline and the body telling the same clash, or two sentences about it, give one record.
Tellings of one place and day may differ in type where one of them only guesses it: a headline
or a sentence naming no side that tells a killing generically ("Three soldiers killed") is the
bomb blast the body tells, and a demonstration and the riot it turned into are one riot.
The merged record keeps the evidence that says the most (the longest sentence), the highest
confidence, and the fatality figure that evidence states (else the most conservative of the
others): a figure stays traced to the sentence that gives it. A telling that names the act
beats one that tells a death alone, and the kept record takes the sides and the day another
telling's sentence names where its own were inferred (`tellings`).
"""
from __future__ import annotations

import re

from sitrep.events.crowds import sharper_demonstration
from sitrep.events.notes import sides_from_context
from sitrep.events.sides import CIVILIAN_TARGET_TYPES, VIOLENT_EVENT_TYPES
from sitrep.events.tellings import tells_death_only, with_named_day, with_named_sides
from sitrep.geo import distance_km
from sitrep.model import Event, EventType

#: Two tellings of one incident in one report are at most this far apart.
SAME_PLACE_KM = 10.0
#: A headline dated by its publication day may tell an event of a few days before.
VAGUE_DATE_SLACK_DAYS = 3
#: One incident at one place told with dates a day apart: an overnight attack, or the day it
#: happened and the day it was reported (train: merging these drops 11 duplicates, loses 2 events).
ADJACENT_DAY_SLACK = 1


#: Words that tell a new act of the same kind, not more of the act told before: "the camps
#: were attacked again", "another strike hit the market", "a second blast", "renewed fighting",
#: "the raid came a day after gunmen killed six" (two acts, days apart), "in two separate
#: attacks", "in a separate incident", "Separately, artillery struck ...", "other protests took
#: place in ..." (acts beside the one told). Not a unit's name ("the 47th Separate Brigade": the
#: word is matched in lower case, or opening the sentence), nor "the other attacks" (those told).
NEW_OCCURRENCE = re.compile(r"\b(?:again|another|once more|a (?:second|third|fourth)|fresh|renewed"
                            r"|(?:a|one|two|three|\d{1,2}) days? after)\b"
                            r"|(?-i:\bseparate(?:ly)?\b)|^\W*separately\b"
                            r"|(?<!\bthe\s)\bother\s+(?:protests|demonstrations|rallies|attacks|strikes|airstrikes"
                            r"|raids|clashes|bombings|explosions|blasts)\b", re.I)

#: Words that set one telling apart from the one before: "Separately, bandits killed four in
#: Anka", "in a separate attack". Not "the 47th Separate Brigade" (a unit's name), nor "in 17
#: separate incidents" (a tally of many acts, no one act set apart).
SEPARATE_TELLING = re.compile(r"\bseparately\b|(?-i:\ba\s+separate\b)", re.I)


#: Harms to civilians the codebook records apart even when one sentence tells them together:
#: a killing and an abduction are two events ("killed three villagers and abducted a woman"),
#: where a shelling and an air strike of one raid are one. They are the sub-event types whose
#: target is civilians by definition.
DISTINCT_CIVILIAN_HARMS = CIVILIAN_TARGET_TYPES
#: The crowd of a demonstration, as the ontology names it: "Protesters (Chad)", "Rioters (Chad)".
CROWD_NAME = re.compile(r"^(?:Protesters|Rioters) \((?P<country>[^)]+)\)$")
DEMONSTRATION_TYPES = frozenset({EventType.PROTESTS.value, EventType.RIOTS.value})
#: A side the report does not name: "Unidentified Armed Group (Libya)".
UNIDENTIFIED_GROUP = re.compile(r"^Unidentified Armed Group\b")
#: Sub-event types that a follow-up sentence ("the attack killed four") may state generically.
GENERIC_SUB_EVENTS = frozenset({"Armed clash", "Attack"})
#: Event types one act may be told as, by tellings that guess its type: a clash's toll told as
#: an attack on the dead, a protest told as the riot it turned into.
TYPE_FAMILIES = {**{t.value: "violence" for t in VIOLENT_EVENT_TYPES},
                 EventType.PROTESTS.value: "demonstration", EventType.RIOTS.value: "demonstration"}


def is_new_act(event: Event) -> bool:
    """Whether an event's sentence says it is a new act ("attacked again", "another strike")."""
    return event.evidence is not None and NEW_OCCURRENCE.search(event.evidence.text) is not None


#: Sub-event types of a place changing hands.
TERRITORY_CHANGES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def taken_back(later: Event, earlier: Event) -> bool:
    """Whether a later telling is the other side taking back a place the earlier one told taken ("briefly
    captured a base ... the military recaptured the base"): two acts, not one told twice."""
    return ({later.sub_event_type, earlier.sub_event_type} <= TERRITORY_CHANGES and later.actor1 is not None
            and later.actor1 != earlier.actor1 and later.actor1 == earlier.actor2)


def distinct_developments(a: Event, b: Event) -> bool:
    """Whether two strategic developments are two acts by their sub-event types: the type groups
    unlike acts (weapons seized at a town are no telling of an arrest there, nor a truce of either)."""
    return (a.event_type == b.event_type == EventType.STRATEGIC_DEVELOPMENTS.value
            and a.sub_event_type != b.sub_event_type)


def event_key(event: Event) -> tuple:
    sides = frozenset(a for a in (event.actor1, event.actor2) if a)
    return (event.sub_event_type, sides, (event.location or "").lower(), event.date)


def merge_duplicates(events: list[Event], headline_end: int = 0) -> list[Event]:
    """One event per key, in order of first appearance; vaguer tellings fold into precise ones.

    `headline_end` is where the report's headline ends (0 when it has none): a headline event
    is dated by publication, so it joins the body's telling of the same incident days before.
    """
    return _fold_misplaced(_fold_division_named(_fold_same_incident(_fold_vague(_merge_same_key(events)),
                                                                      headline_end)))


def _merge_same_key(events: list[Event]) -> list[Event]:
    merged: dict[tuple, Event] = {}
    for event in events:
        key = event_key(event)
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
            continue
        best = event if _says_more(event, kept) else kept
        merged[key] = _combine(best, kept, event)
    return list(merged.values())


def _combine(best: Event, a: Event, b: Event) -> Event:
    """`best` with what `a` and `b` add: the death toll its own evidence states, else theirs.

    Two sentences about one incident often count different groups ("a police officer and
    three attackers were killed" beside "three attackers were killed"): the smaller figure is
    then a part, not a more conservative estimate. The toll stays with the evidence kept (on
    gold/train, fatalities accuracy 0.658 against 0.631 taking the smaller figure).
    """
    figures = [f for f in (a.fatalities, b.fatalities) if f is not None]
    return best.with_changes(
        fatalities=best.fatalities if best.fatalities is not None else (min(figures) if figures else None),
        confidence=max(a.confidence, b.confidence),
        date=best.date or a.date or b.date,
        time_precision=best.time_precision if best.date else (a.time_precision or b.time_precision),
        assoc_actor1=tuple(dict.fromkeys(a.assoc_actor1 + b.assoc_actor1)),
        assoc_actor2=tuple(dict.fromkeys(a.assoc_actor2 + b.assoc_actor2)),
    )


def _is_vague_place(event: Event) -> bool:
    return event.location is None or (event.geo_precision or 3) >= 3


#: A telling that sets its act beside another: "Russian forces also shelled Kupiansk", "rebels
#: likewise attacked". Not "alsoeh" or "as welly" (whole words only).
BESIDE_ANOTHER = re.compile(r"\b(?:also|likewise|as well)\b", re.I)


def names_division(event: Event) -> bool:
    """Whether a telling's place bears its division's name ("Deir ez-Zor", "Kharkiv", "Kirkuk"):
    the city or the province around it, which reports name alike ("troops at their former
    stronghold in Deir Ezzor" beside "a counterattack in Sha'fah", a village of that province)."""
    place, division = event.location, event.admin1
    return place is not None and division is not None and place.lower() == division.lower()


def _frame_like(event: Event) -> bool:
    """Whether a telling's place may only frame another's: vague, or named as its division."""
    return _is_vague_place(event) or names_division(event)


def _folds_into(vague: Event, precise: Event) -> bool:
    """A vague telling (a headline naming the province) of the event a precise one states."""
    if vague.sub_event_type != precise.sub_event_type or not _frame_like(vague) or _is_vague_place(precise):
        return False
    if _told_apart(vague) or _told_apart(precise):
        return False  # "Separately, bandits killed four in Anka": not the act the province's telling told
    if not _is_vague_place(vague) and names_division(precise):
        return False  # two places each named as a division: neither frames the other
    if not _is_vague_place(vague) and vague.evidence is not None and precise.evidence is not None \
            and vague.evidence.start == precise.evidence.start:
        return False  # "shelled Kharkiv and Kupyansk": a list names the city as a place of its own
    if not _is_vague_place(vague) and vague.date != precise.date:
        return False  # the city may be a place of its own: only a telling of the same day frames
    sides_vague = {a for a in (vague.actor1, vague.actor2) if a}
    sides_precise = {a for a in (precise.actor1, precise.actor2) if a}
    # "clashes between two armed groups" told before the body names them: an unidentified
    # group stands for a side the precise telling names and the vague one does not.
    unnamed = {a for a in sides_vague - sides_precise if UNIDENTIFIED_GROUP.match(a)}
    if not sides_vague - unnamed or not sides_vague - unnamed <= sides_precise \
            or len(unnamed) > len(sides_precise - sides_vague):
        return False
    if vague.country and precise.country and vague.country != precise.country:
        return False
    if vague.admin1 and precise.admin1 and vague.location and vague.location != vague.country \
            and vague.admin1 != precise.admin1:
        return False
    if vague.date is None or precise.date is None:
        return True
    return abs((vague.date - precise.date).days) <= VAGUE_DATE_SLACK_DAYS


def _fold_vague(events: list[Event]) -> list[Event]:
    out = list(events)
    for vague in events:
        if not _is_vague_place(vague):
            continue
        target = next((p for p in out if p is not vague and _folds_into(vague, p)), None)
        if target is not None and vague in out:
            out[out.index(target)] = _combine(target, target, vague)
            out.remove(vague)
    return out


def _fold_division_named(events: list[Event]) -> list[Event]:
    """Fold a telling at a place named as its division into the telling of the same act at a
    town of that division (`names_division`), once the tellings at each place are one."""
    out = list(events)
    for framing in events:
        if not names_division(framing) or _is_vague_place(framing) or _beside_another(framing):
            continue
        target = next((p for p in out if p is not framing and not _beside_another(p) and _folds_into(framing, p)),
                      None)
        if target is not None and framing in out:
            out[out.index(target)] = _combine(target, target, framing)
            out.remove(framing)
    return out


def _in_sides_country(event: Event) -> bool:
    """Whether a telling's place lies in a country its sides are named by ("Military Forces of
    Mali", "Civilians (Iran)")."""
    country = event.country
    return country is not None and any(country in name for name in (event.actor1, event.actor2) if name)


def _misplaced_telling(stray: Event, placed: Event) -> bool:
    """Whether a telling is another's act placed where it was told from: the same act, sides and
    day, but in a country neither side is named by, where the other lies in theirs at a
    place no vaguer than a town ("the toll is two dead on the army's side, it added" placed at the agency's
    Washington dateline). A country told by itself ("Israel") holds no act a village abroad
    states."""
    return (stray.sub_event_type == placed.sub_event_type and stray.date is not None and stray.date == placed.date
            and bool(stray.country) and bool(placed.country) and stray.country != placed.country
            and _sides(stray) == _sides(placed) and not _in_sides_country(stray) and _in_sides_country(placed)
            and not _is_vague_place(placed) and not _beside_another(stray)
            and not _one_sentence(stray, placed))


def _one_sentence(a: Event, b: Event) -> bool:
    """Whether two events come from one sentence (its list of places names each as its own)."""
    return a.evidence is not None and b.evidence is not None and a.evidence.start == b.evidence.start


def _fold_misplaced(events: list[Event]) -> list[Event]:
    """Fold each telling placed outside its sides' countries into the telling of its act inside them."""
    out = list(events)
    for stray in events:
        target = next((p for p in out if p is not stray and _misplaced_telling(stray, p)), None)
        if target is not None and stray in out:
            out[out.index(target)] = _combine(target, target, stray)
            out.remove(stray)
    return out


def _told_apart(event: Event) -> bool:
    """Whether a telling says it is set apart from the one before (`SEPARATE_TELLING`)."""
    return event.evidence is not None and SEPARATE_TELLING.search(event.evidence.text) is not None


def _beside_another(event: Event) -> bool:
    """Whether a telling says it is an act of its own or one beside another ("also shelled")."""
    return is_new_act(event) or (event.evidence is not None and BESIDE_ANOTHER.search(event.evidence.text) is not None)


def _says_more(candidate: Event, kept: Event) -> bool:
    """Whether a telling is the better evidence of the two: one naming the act by its own word
    before a death told alone (`tellings.tells_death_only`), then the one the rules doubt less (no
    hedge, an act stated by a verb), then the one that fills more fields, then the longer."""
    def richness(e: Event) -> tuple[bool, float, int, int]:
        filled = sum(x is not None for x in (e.actor2, e.location, e.date, e.fatalities))
        return not tells_death_only(e), round(e.confidence, 2), filled, len(e.evidence.text) if e.evidence else 0

    return richness(candidate) > richness(kept)




def in_headline(event: Event, headline_end: int) -> bool:
    """Whether a telling's evidence lies in the report's headline (its text up to `headline_end`)."""
    return event.evidence is not None and event.evidence.end <= headline_end


def _same_incident(a: Event, b: Event, headline_end: int = 0) -> bool:
    """Two tellings in one report of one incident: same event type, a shared side, the same
    day (a headline's within a few days), and the same place (by name, or within SAME_PLACE_KM
    on a known day; a headline naming no place matches any)."""
    headline = in_headline(a, headline_end) or in_headline(b, headline_end)
    if a.event_type != b.event_type and not ((_guessed(a, headline_end) or _guessed(b, headline_end) or _turned(a, b))
                                             and _family(a) == _family(b)):
        return False
    if _listed_apart(a, b):
        return False
    if a.sub_event_type != b.sub_event_type and {a.sub_event_type, b.sub_event_type} <= DISTINCT_CIVILIAN_HARMS:
        return False
    if distinct_developments(a, b):
        return False
    if taken_back(a, b) or taken_back(b, a):
        return False  # "captured the base ... the military recaptured it": lost and won back, two acts
    days_apart = abs((a.date - b.date).days) if a.date and b.date else None
    same_place = bool(a.location) and a.location == b.location
    adjacent = days_apart is not None and days_apart <= ADJACENT_DAY_SLACK and not (is_new_act(a) or is_new_act(b))
    if a.date != b.date and not (headline and days_apart is not None and days_apart <= VAGUE_DATE_SLACK_DAYS) \
            and not (same_place and adjacent):
        return False
    if not (_sides(a) & _sides(b)):
        return False
    if same_place:
        return True
    if headline and (a.location is None or b.location is None):
        return True
    if a.date is not None and (_is_vague_place(a) != _is_vague_place(b)) and a.country == b.country \
            and not (_told_apart(a) or _told_apart(b)) and _frames(*((a, b) if _is_vague_place(a) else (b, a))) \
            and not _unlike_acts(a, b):
        # "gangs attacked the capital" and "the attack on Petionville", the same day; not "shelling
        # killed two in Kharkiv region" beside "a drone killed a woman in Kupiansk" (unlike acts).
        return True
    if a.date is not None and (_unlocated_in(a, b) or _unlocated_in(b, a)) and not _unlike_acts(a, b):
        return True  # a village the gazetteer lacks may be the one named, if the act is alike
    # Nearby places are one incident's only on one known day: two undated tellings at villages
    # a few km apart are two acts told in a round-up (train: +2 events, +1 false, keep-all +0.003).
    distance = distance_km(a, b)
    return a.date is not None and distance is not None and distance <= SAME_PLACE_KM


def _unlike_acts(a: Event, b: Event) -> bool:
    """Whether two tellings name unlike acts by their own words ("shelling killed a farmer in A",
    "bombs were dropped on B"): neither is a generic killing the rules typed by its sides."""
    return a.sub_event_type != b.sub_event_type and not ({a.sub_event_type, b.sub_event_type} & GENERIC_SUB_EVENTS)


def _frames(vague: Event, precise: Event) -> bool:
    """Whether a vague telling's place may hold a precise one's: a province holds its own towns
    only ("an operation in Kirkuk province" is no telling of one at a town of Diyala); a country,
    a part of one ("northern Mali", whose province is a guess) or no place holds any."""
    province = vague.admin1 is not None and vague.location == vague.admin1
    return not province or precise.admin1 is None or vague.admin1 == precise.admin1


def _sides(event: Event) -> set[str]:
    """The sides of an event, a demonstration's crowd named by its country alone: the same crowd
    is "Protesters (X)" in one telling and "Rioters (X)" in the telling of its violence."""
    sides = set()
    for name in (event.actor1, event.actor2):
        if name:
            crowd = CROWD_NAME.match(name)
            sides.add(f"crowd ({crowd['country']})" if crowd else name)
    return sides


def _turned(a: Event, b: Event) -> bool:
    """Whether two tellings are a demonstration and the riot it turned into, told at one place."""
    return {a.event_type, b.event_type} == DEMONSTRATION_TYPES and bool(a.location) and a.location == b.location


def _family(event: Event) -> str | None:
    return TYPE_FAMILIES.get(event.event_type)


def _guessed(event: Event, headline_end: int) -> bool:
    """Whether a telling guesses the act's type: it tells the act generically ("four villagers
    were killed", an Armed clash or an Attack by its sides) in a headline's few words, or in a
    sentence naming no side (its sides, and so its type, taken from the event told before it)."""
    if event.sub_event_type not in GENERIC_SUB_EVENTS or is_new_act(event):
        return False
    return sides_from_context(event) or in_headline(event, headline_end)


def _listed_apart(a: Event, b: Event) -> bool:
    """Whether two events are one sentence's act spread over the places it lists ("shelled the
    villages of A and B"): the codebook's one event per place, however close the places lie."""
    return (a.evidence is not None and b.evidence is not None and a.evidence.start == b.evidence.start
            and a.location != b.location and a.sub_event_type == b.sub_event_type)


def _listed(events: list[Event]) -> set[str]:
    """The ids of the events that are one of the places a sentence lists ("the villages of A,
    B and C"): each is named there as a place of its own, not a village of a town told elsewhere."""
    places: dict[int, set[str | None]] = {}
    for e in events:
        if e.evidence is not None:
            places.setdefault(e.evidence.start, set()).add(e.location)
    return {e.id for e in events if e.evidence is not None and len(places[e.evidence.start]) > 1}


def _unlocated_in(unlocated: Event, located: Event) -> bool:
    """Whether a place the gazetteer lacks (a village, a neighbourhood) lies in the other's
    division: a report names the village once, and the town or the division elsewhere."""
    return (unlocated.latitude is None and located.latitude is not None
            and bool(unlocated.location) and bool(unlocated.admin1) and unlocated.admin1 == located.admin1
            and unlocated.country == located.country)


def _type_told(event: Event, headline_end: int) -> tuple[bool, bool, bool]:
    """How surely a telling states its event's type: not a guess (`_guessed`), then an act named
    by its own word rather than a death (`tellings.tells_death_only`), then violence (a
    demonstration told as the riot it turned into is a riot)."""
    return not _guessed(event, headline_end), not tells_death_only(event), event.event_type == EventType.RIOTS.value


def _rank(event: Event, headline_end: int) -> tuple:
    """Which telling to keep: a body sentence before a headline, then one naming the act by its
    own word before a death told alone (`tellings.tells_death_only`), then the most precise place."""
    return (in_headline(event, headline_end), tells_death_only(event), event.geo_precision or 9, -event.confidence)


def _fold_same_incident(events: list[Event], headline_end: int) -> list[Event]:
    listed = _listed(events)
    out: list[Event] = []
    for event in events:
        target = next((k for k in out if _same_incident(k, event, headline_end)
                       and not (event.id in listed and _unlocated_in(event, k))), None)
        if target is None:
            out.append(event)
            continue
        if event.event_type != target.event_type:
            best = target if _type_told(target, headline_end) >= _type_told(event, headline_end) else event
        else:
            best = event if _rank(event, headline_end) < _rank(target, headline_end) else target
        other = event if best is target else target
        best = with_named_day(with_named_sides(best, other), other)
        best = best.with_changes(**sharper_demonstration(best, other))  # the protest met by force
        out[out.index(target)] = _combine(best, target, event)
    return out
