"""Where one sentence states several acts: the clauses that part them, and when a second act
is an event of its own ("jets struck A while rebels shelled B") rather than a restatement of the
first ("clashes broke out, and fighting continued")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.events.descriptions import DATED_RELATIVE
from sitrep.events.merge import DISTINCT_CIVILIAN_HARMS
from sitrep.events.triggers import TriggerHit
from sitrep.model import SUB_EVENT_TYPES, Actor, EventType, Mention

#: What parts two clauses of one sentence, each able to state an act of its own: a semicolon,
#: "while"/"whereas", "as" after a comma, or a second reported fact ("..., and that"): "jets struck A
#: while rebels shelled B"; "said the factions shelled A, and that clashes are continuing in B";
#: "fought off the militants in A, as new airstrikes hit them". Not the "as" of a source ("as
#: confirmed by the ministry"), nor a bare ", and", which mostly
#: lists places or tolls ("struck Kyiv, and the city of Kharkiv"; "killed three, and 27 others
#: injured, after a suicide bomber ..."), nor "as well as", a participle ("attacked A, killing
#: three") or a means ("struck A with drones").
CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas)\b|,\s*(?:as(?!\s+(?:well|\w+ed\s+by)\b)|and\s+that)\b", re.IGNORECASE)
#: A relative clause set off by commas, which tells who someone is: "The militants, who attacked
#: the base in Menaka on 3 March 2024, were killed in Gao on Monday"; "the junta, which seized
#: power in 2021, launched airstrikes". It ends at the first comma that opens no year or day
#: number ("on March 3, 2024," runs on). Not "militants who attacked the base" (no comma: a
#: restrictive clause, which may be the act told).
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^;.]{1,150}?,(?!\s*\d)", re.IGNORECASE)


def clause_span(text: str, hit: TriggerHit, hits: list[TriggerHit], start: int, end: int) -> tuple[int, int]:
    """The span of a trigger's own clause within its sentence (`start`, `end`): the clause breaks
    that part it from the sentence's other triggers bound it ("government forces shelled A while
    Russian jets struck B": the jets are neither the shelling's target nor its means); the whole
    sentence when no break parts it from another trigger."""
    for other in hits:
        if other.end <= hit.start:
            parted = _last_break(text, other.end, hit.start)
            if parted is not None:
                start = max(start, parted)
        elif other.start >= hit.end:
            parted = _first_break(text, hit.end, other.start)
            if parted is not None:
                end = min(end, parted)
    return start, end


def relative_aside(text: str, hit: TriggerHit, hits: list[TriggerHit], start: int,
                   end: int) -> tuple[int, int] | None:
    """The span of a relative clause set off by commas within text[start:end] that states an act
    of its own (another trigger stands in it) or is dated by a bare year (`DATED_RELATIVE`), while
    `hit` stands outside it: the background of someone the sentence names, whose places and dates
    are not the act's ("The militants, who attacked the base in Menaka on 3 March, were killed in
    Gao on Monday": Gao, Monday; "the junta, which seized power in 2021, launched airstrikes on
    Tuesday": Tuesday). None when there is none."""
    for match in RELATIVE_ASIDE.finditer(text, start, end):
        if match.start() <= hit.start < match.end():
            continue
        dated = DATED_RELATIVE.match(text[match.start():match.end()].lower()) is not None
        if dated or any(match.start() <= other.start and other.end <= match.end() for other in hits):
            return match.start(), match.end()
    return None


def in_relative_aside(text: str, hit: TriggerHit, start: int, end: int) -> bool:
    """Whether a trigger stands in a relative clause set off by commas (`RELATIVE_ASIDE`): the
    background of someone the sentence names, told after the sentence's own act."""
    return any(m.start() <= hit.start < m.end() for m in RELATIVE_ASIDE.finditer(text, start, end))


def _last_break(text: str, start: int, end: int) -> int | None:
    """Where the last clause break between two positions ends, or None."""
    found = None
    for match in CLAUSE_BREAK.finditer(text, start, end):
        found = match.end()
    return found


def _first_break(text: str, start: int, end: int) -> int | None:
    """Where the first clause break between two positions starts, or None."""
    match = CLAUSE_BREAK.search(text, start, end)
    return match.start() if match else None


def second_event_allowed(primary: str, sub: str, hit: TriggerHit) -> bool:
    """A sentence states one event, unless a second verb states a different kind of act
    ("killed three villagers and abducted a woman")."""
    other_kind = SUB_EVENT_TYPES[sub] != SUB_EVENT_TYPES[primary] or {sub, primary} <= DISTINCT_CIVILIAN_HARMS
    return hit.verbal and sub != primary and other_kind and SUB_EVENT_TYPES[sub] is not EventType.BATTLES


@dataclass(frozen=True)
class ToldAct:
    """An act a sentence already states: its trigger, type, own sides and places."""

    hit: TriggerHit
    sub: str
    actor1: Actor | None
    actor2: Actor | None
    places: list[Mention]


def separate_act(text: str, act: ToldAct, told: list[ToldAct]) -> bool:
    """Whether an act stands in a clause of its own beside each act the sentence already states,
    and differs from it in type, sides or place ("bombed A with rockets, and clashes are continuing
    in B"; "jets struck A while rebels shelled B"). A participle or a means is no clause of its own
    ("attacked A, killing three"; "struck A with drones"), and a clause with the same type, no sides
    of its own and no other place restates the act ("clashes broke out, and fighting continued")."""
    for earlier in told:
        between = sorted((earlier.hit.start, earlier.hit.end, act.hit.start, act.hit.end))
        if not CLAUSE_BREAK.search(text, between[1], between[2]):
            return False
        own_sides = act.actor1 is not None or act.actor2 is not None
        other_sides = own_sides and {_name(act.actor1), _name(act.actor2)} != {_name(earlier.actor1),
                                                                                _name(earlier.actor2)}
        other_place = bool(act.places) and all(p.start != q.start for p in act.places for q in earlier.places)
        if act.sub == earlier.sub and not other_sides and not other_place:
            return False
    return True


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None
