"""Make an event's sides conform to its type, as the codebook names them.

- Protest events: the protesters are actor1 ("Protesters (Kenya)"); a peaceful protest has no
  second side, force met by a protest always has one (the police or the army).
- An aircraft lost with no hostile fire (Other) has its force as its one side.
- Riots: the crowd is "Rioters (<country>)" as actor1.
- Violence against civilians: the victims, actor2, are civilians by definition.
- Mob violence against a person ("a suspected thief was set ablaze by residents") has the
  civilians of the place as its victims when no other side is named.
- Homes and goods looted or destroyed are the civilians' loss (`property.py`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Protocol, TypeGuard

from sitrep.events.property import civilian_property_lost
from sitrep.fuse.sides import UNKNOWN_ACTOR
from sitrep.model import SUB_EVENT_TYPES, Actor, ActorCategory, EventType

PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
RIOT_TYPES = frozenset({"Violent demonstration", "Mob violence"})
#: Armed groups that are not a state's.
NON_STATE_GROUPS = frozenset({ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA,
                              ActorCategory.IDENTITY_MILITIA})
CIVILIAN_TARGET_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
#: Words that name the army itself, so "security forces" at a protest are not the police. A
#: report that names the army anywhere ("the military seized power", "the National Guard") is
#: one where the army polices the streets: on gold/train the 5 protests coded against the army
#: are in such reports (Sudan under its military, Ecuador, Venezuela); of the 16 coded against
#: the police, only Chad's 2 are, and there the police are named outright.
ARMY_WORDS = re.compile(r"\b(?:army|military|soldiers?|troops|national guard)\b", re.I)
#: An aircraft lost: "a military helicopter crashed", "the plane went down near X", "an air
#: crash"; with no hostile fire stated the codebook makes it Strategic developments/Other by the
#: aircraft's force alone (the people on board are its toll, not a second side).
AIRCRAFT_LOST = re.compile(r"\b(?:helicopter|aircraft|plane|jet|warplane|fighter|drone)s?\b[^.;]{0,60}?"
                           r"\b(?:crashed|crash-landed|went down)\b|\b(?:plane|helicopter|air)\s+crash\b", re.I)
#: Who is a protest's second side when force met it and the sentence names none: the army where
#: the report names it (`ARMY_WORDS`), else the police. All 15 interventions and uses of
#: excessive force of gold/train have a second side.
FORCE_MET_TYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})
#: A person a mob set upon, named before its passive act or after its active one: "a suspected thief
#: ... was set ablaze by residents", "two men were lynched", "the crowd beat a driver to death", "the
#: residents killed the youth", "a mob stabbed two traders"; not "villagers burned down the village" (a
#: place, no person) nor "the villagers were angry".
MOB_PERSONS = (r"(?:man|men|woman|women|boy|girl|child|children|youth|teenager|person|thief|thieves|robber|"
               r"kidnapper|suspect|driver|trader|pastor|imam|cleric|herder|farmer|motorcyclist|stranger)s?")
MOB_PERSON_VICTIM = re.compile(
    rf"\b{MOB_PERSONS}\b[^.;]{{0,100}}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:lynched|set\s+ablaze|"
    rf"set\s+on\s+fire|beaten|stoned|burn(?:ed|t)|hacked|mobbed|killed)\b|"
    rf"\b(?:lynched|set\s+ablaze|set\s+fire\s+to|beat|stoned|burn(?:ed|t)\s+alive|hacked|killed|murdered|"
    rf"stabbed)\s+(?:a|an|the|his|her|their|two|three|four|five|\d+)\s+(?:[\w-]+\s+){{0,2}}?{MOB_PERSONS}\b",
    re.I)
#: How the ontology names a state's forces, which abroad are inter 8 ("Military Forces of Kenya",
#: `_own_force`) beside missions that are no state's (a UN mission placed in its country).
STATE_FORCE_NAMES = ("Military Forces of", "Police Forces of")
VIOLENT_EVENT_TYPES = frozenset({EventType.BATTLES, EventType.REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS})
#: How the ontology names a state's government ("Government of Syria").
GOVERNMENT_PREFIX = "Government of"
CROWDS = frozenset({ActorCategory.PROTESTERS, ActorCategory.RIOTERS, ActorCategory.CIVILIANS})


class RoleActors(Protocol):
    def role_actor(self, country: str | None, role: str, on: dt.date | None = None) -> Actor | None: ...

    def actor(self, id_or_name: str) -> Actor | None: ...

    def country_of(self, text: str) -> str | None: ...


def _is_crowd(actor: Actor | None) -> TypeGuard[Actor]:
    return actor is not None and actor.inter in CROWDS


def _policing(actor: Actor | None, text: str, roles: RoleActors, on: dt.date | None) -> Actor | None:
    """At a protest, "security forces" and "regime gunmen" are the police unless the text (the
    sentence, or the whole report where given) names the army."""
    if actor is None or actor.inter != ActorCategory.STATE_FORCES or ARMY_WORDS.search(text):
        return actor
    if actor.name.startswith(("Military Forces of", GOVERNMENT_PREFIX)):
        return roles.role_actor(actor.country, "police", on) or actor
    return actor


def _own_force(actor: Actor | None, country: str | None) -> bool:
    """Whether `actor` is a state force of the event's country (or of no known other country).

    A state whose army fights abroad has it coded as external forces ("Military Forces of Kenya"
    is inter 8), so the category alone does not say it; its home country does.
    """
    return actor is not None and actor.inter in (ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER) \
        and actor.country is not None and (country is None or actor.country == country)


def one_state(a: Actor | None, b: Actor | None) -> bool:
    """Whether two sides are state forces of one country ("soldiers and policemen"): one side, for
    reports list a state's army and police together; no event of gold/train or dev sets them
    against each other."""
    return (a is not None and b is not None and a.country is not None and a.country == b.country
            and all(x.inter == ActorCategory.STATE_FORCES or x.name.startswith(STATE_FORCE_NAMES) for x in (a, b)))


def named_armed_group(actor: Actor | None) -> bool:
    """Whether `actor` is a non-state armed group the report names (not an unidentified one)."""
    return actor is not None and actor.inter in NON_STATE_GROUPS and not UNKNOWN_ACTOR.match(actor.name)


def _is_violent(sub_event_type: str) -> bool:
    return SUB_EVENT_TYPES[sub_event_type] in VIOLENT_EVENT_TYPES


def _forces_of_government(actor: Actor | None, roles: RoleActors, on: dt.date | None) -> Actor | None:
    if actor is not None and actor.name.startswith(GOVERNMENT_PREFIX) and actor.country:
        return roles.role_actor(actor.country, "military", on) or actor
    return actor


def conform_sides(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, country: str | None,
                  roles: RoleActors, on: dt.date | None, sentence: str = "",
                  report: str = "") -> tuple[Actor | None, Actor | None]:
    """Return (actor1, actor2) named and ordered as the codebook wants for this sub-event type.

    `sentence` is the event's sentence, `report` the whole text (when given, it decides whether
    the army is named, see `ARMY_WORDS`).

    An actor is never coded against itself: where naming the sides by the codebook makes the two
    one actor (an unnamed arrester is the police, and the police are the one side named; a
    government's forces against those forces), the second side is left unknown.
    """
    actor1, actor2 = _conform(sub_event_type, actor1, actor2, country, roles, on, report or sentence)
    if sub_event_type == "Other" and AIRCRAFT_LOST.search(sentence):
        # An aircraft lost: its force alone ("a military plane crashed, killing 15 on board").
        sides = [a for a in (actor1, actor2) if a is not None and a.inter not in CROWDS]
        # Armies fly the aircraft that crash: a state force among the sides is the owner
        # ("one of its helicopters crashed" after the rebels' claim is the army's).
        actor1 = next((a for a in sides if a.inter == ActorCategory.STATE_FORCES), sides[0] if sides else None)
        return actor1, None
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        return actor1, None
    if sub_event_type == "Mob violence" and actor2 is None and MOB_PERSON_VICTIM.search(sentence):
        # A mob's victim is a person of the place, not a side the report names elsewhere.
        actor2 = roles.role_actor(country or (actor1.country if actor1 else None), "civilians", on)
    if civilian_property_lost(sub_event_type, actor1, actor2, sentence):
        # Homes and goods looted or burned are their owners' loss: the civilians of the place.
        actor2 = roles.role_actor(country or (actor1.country if actor1 else None), "civilians", on)
    return actor1, actor2


def _conform(sub_event_type: str, actor1: Actor | None, actor2: Actor | None, country: str | None,
             roles: RoleActors, on: dt.date | None, text: str) -> tuple[Actor | None, Actor | None]:
    if sub_event_type == "Arrests" and _own_force(actor2, country) and not _own_force(actor1, country) \
            and not named_armed_group(actor1):
        # A state's forces make the arrests on their own soil: no arrest of gold/train or dev has
        # them as the side arrested, so one read there ("..., police said, claiming they arrested
        # four suspects") is the arrester. A named armed group does capture soldiers ("soldiers
        # were captured during a Shabaab raid"): those stay.
        actor1, actor2 = actor2, actor1
    if sub_event_type == "Arrests" and actor1 is None:
        # "Twenty people were arrested": arrests are the police's unless the text says otherwise.
        return roles.role_actor(country or (actor2.country if actor2 else None), "police", on), actor2
    if sub_event_type in PROTEST_TYPES or sub_event_type in RIOT_TYPES:
        actor1 = _policing(actor1, text, roles, on)
        actor2 = _policing(actor2, text, roles, on)
        crowd_role = "protesters" if sub_event_type in PROTEST_TYPES else "rioters"
        # The crowd is named after where it gathers ("Serbian demonstrators" in Kosovo are
        # "Protesters (Kosovo)"); the crowd's own country only when the place is unknown.
        crowd_country = country or next((a.country for a in (actor1, actor2) if _is_crowd(a) and a.country), None)
        other = next((a for a in (actor1, actor2) if a is not None and not _is_crowd(a)), None)
        crowd = roles.role_actor(crowd_country, crowd_role, on)
        if crowd is None:
            crowd = next((a for a in (actor1, actor2) if _is_crowd(a)), None)
        if sub_event_type == "Peaceful protest":
            return crowd, None
        if other is None and sub_event_type in FORCE_MET_TYPES:
            # "Crowds were fired on": by the state's force, named or not.
            role = "military" if ARMY_WORDS.search(text) else "police"
            other = roles.role_actor(crowd_country or country, role, on)
        return (crowd, other) if crowd is not None else (other, None)
    if sub_event_type not in PROTEST_TYPES and _is_violent(sub_event_type):
        # Governments do not fight; their forces do ("government forces repelled an attack").
        actor1 = _forces_of_government(actor1, roles, on)
        actor2 = _forces_of_government(actor2, roles, on)
        if actor1 is not None and actor2 is not None and one_state(actor1, actor2) and actor1.name != actor2.name:
            # "Soldiers and policemen were killed": one side hit; its author nobody named.
            actor1 = roles.role_actor(country or actor1.country, "armed_group", on) or actor1
    if sub_event_type in CIVILIAN_TARGET_TYPES:
        if actor2 is not None and actor2.inter == ActorCategory.CIVILIANS:
            return actor1, actor2
        if actor1 is not None and actor1.inter == ActorCategory.CIVILIANS:
            return actor2, actor1
        victims = roles.role_actor(country or (actor1.country if actor1 else None), "civilians", on)
        return actor1, victims if victims is not None else actor2
    return actor1, actor2
